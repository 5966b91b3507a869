"""Read archived feeds: JSON lines, JSON documents and IPTC ninjs, RSS/Atom, gzip, folders.

One reader set for both drivers (``wirewatch run`` and ``wirewatch replay``). It yields
:class:`FeedLine` s: a native feed record as bytes with where it came from. A JSON-lines
line is passed on exactly as stored (invalid UTF-8 included), so a bad line can be
reported by file and line number and still travel on as a rejection: nothing is dropped
or silently repaired. Items of other formats (a ninjs object, an RSS/Atom entry) are
turned into native records (:mod:`pipeline.sources`) and numbered by their position in
their file.

Formats:

* gzip (magic bytes ``1f 8b``, or ``.gz``) of any format below, read as a stream;
* ``.jsonl``/``.ndjson``: JSON lines (a line holding a ninjs object is converted), so a
  line that is not JSON is one rejected line whatever it starts with;
* XML (first character ``<``): RSS or Atom, read with feedparser;
* ``.json`` and anything else that starts with ``{`` or ``[``: JSON lines when the first
  line is a whole JSON value with more after it, else one JSON document: an object (one
  record) or a list of them, native or ninjs.

A file that cannot be read (unknown format, broken JSON document or XML, a gzip stream
that ends early) is reported on standard error by name and becomes one line carrying the
reason (:attr:`FeedLine.error`, which the drivers turn into a rejection); the lines
before the fault and the files after it are read as usual. A folder is read recursively
in path order, every file with a supported extension.
"""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from pipeline.sources import NINJS_MARKERS, from_feed_entry, from_ninjs, looks_like_ninjs

LINE_SUFFIXES = (".jsonl", ".ndjson")
DOCUMENT_SUFFIXES = (".json",)
XML_SUFFIXES = (".xml", ".rss", ".atom")
FEED_SUFFIXES = LINE_SUFFIXES + DOCUMENT_SUFFIXES + XML_SUFFIXES
GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 4096
_BOM = b"\xef\xbb\xbf"


class FeedError(OSError):
    """The feed path cannot be read at all (missing, empty folder, not a file)."""


@dataclass(frozen=True, slots=True)
class FeedLine:
    """One feed record: ``data`` is a native record's bytes (a JSON-lines line as stored).

    ``line_no`` is the line in a JSON-lines file, else the item's number in its file.
    ``error`` says why a file (or its rest) could not be read; such a line has no data.
    """

    path: str
    line_no: int
    data: bytes
    error: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.data, str):  # callers that build lines from text
            object.__setattr__(self, "data", self.data.encode("utf-8", "surrogateescape"))

    @property
    def raw(self) -> str:
        """The line as text, for display (bytes that are not UTF-8 shown as U+FFFD)."""
        return self.data.decode("utf-8", errors="replace")

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line_no}"


ErrorReport = Callable[[FeedLine], None]


def report_to_stderr(line: FeedLine) -> None:
    print(f"wirewatch: error: {line.path}: {line.error}", file=sys.stderr)


def _supported(path: Path) -> bool:
    name = path.name.lower()
    name = name[: -len(".gz")] if name.endswith(".gz") else name
    return name.endswith(FEED_SUFFIXES)


def feed_files(path: str | Path) -> list[Path]:
    """The files a FEED argument names, in a stable order."""
    root = Path(path)
    if not root.exists():
        raise FeedError(f"feed not found: {root}")
    if root.is_file():
        return [root]
    files = sorted(p for p in root.rglob("*") if p.is_file() and _supported(p))
    if not files:
        raise FeedError(f"no {', '.join(FEED_SUFFIXES)} files (or .gz of them) under {root}")
    return files


def read_feed(
    path: str | Path, on_error: ErrorReport | None = report_to_stderr
) -> Iterator[FeedLine]:
    """Every record of every feed file under ``path``; unreadable files are reported to
    ``on_error`` and come through as one line with an ``error``."""
    for file in feed_files(path):
        for line in read_file(file):
            if line.error is not None and on_error is not None:
                on_error(line)
            yield line


def count_lines(path: str | Path) -> int:
    """The records ``read_feed`` yields (for progress bars): JSON lines are counted
    without being parsed, other formats are read."""
    total = 0
    for file in feed_files(path):
        if _plain_lines(file):
            with file.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += sum(1 for _ in read_file(file))
    return total


def _plain_lines(file: Path) -> bool:
    with file.open("rb") as handle:
        return file.suffix.lower() in LINE_SUFFIXES and not _gzipped(handle, file)


def _gzipped(raw: IO[bytes], file: Path) -> bool:
    """Named ``.gz``, or a gzip stream under another name: its magic bytes and a header
    gzip can read (a line that merely starts with those two bytes is a line)."""
    if file.suffix.lower() == ".gz":
        return True
    try:
        if raw.read(2) != GZIP_MAGIC:
            return False
        raw.seek(0)
        with gzip.GzipFile(fileobj=raw) as inner:
            inner.read(1)
        return True
    except (OSError, EOFError, zlib.error):
        return False
    finally:
        raw.seek(0)


def read_file(file: Path) -> Iterator[FeedLine]:
    """The records of one file, whatever its format (see the module docstring)."""
    name = str(file)
    try:
        with file.open("rb") as raw:
            if _gzipped(raw, file):
                stem = file.with_suffix("") if file.suffix.lower() == ".gz" else file
                with gzip.open(raw) as inner:
                    yield from _read_stream(inner, name, stem.suffix.lower())  # type: ignore[arg-type]
            else:
                yield from _read_stream(raw, name, file.suffix.lower())
    except (OSError, EOFError, zlib.error) as exc:
        # a gzip stream that is corrupt or ends early: what came before it is kept
        yield FeedLine(name, 0, b"", error=f"cannot read the file: {type(exc).__name__}: {exc}")


def _read_stream(stream: IO[bytes], name: str, suffix: str) -> Iterator[FeedLine]:
    head = _peek(stream)
    start = head.lstrip(_BOM).lstrip()[:1]
    if suffix in LINE_SUFFIXES:  # named as JSON lines: a line that is not JSON is rejected
        yield from _read_lines(_lines(stream), name)
    elif start == b"<":
        yield from _read_xml(stream.read(), name)
    elif start in (b"{", b"["):
        yield from _read_json(stream, name)
    elif not start:
        return  # an empty file holds no records
    else:
        yield FeedLine(
            name,
            0,
            b"",
            error="not a supported feed format (JSON lines, JSON or ninjs, "
            "RSS/Atom, or gzip of one of these)",
        )


def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    if peek is not None:
        return bytes(peek(_SNIFF_BYTES)[:_SNIFF_BYTES])
    position = stream.tell()
    head = stream.read(_SNIFF_BYTES)
    stream.seek(position)
    return head


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for line_no, line in enumerate(stream, start=1):
        data = line.rstrip(b"\r\n")
        if data.strip():
            yield line_no, data


def _read_lines(lines: Iterable[tuple[int, bytes]], name: str) -> Iterator[FeedLine]:
    for line_no, data in lines:
        yield FeedLine(name, line_no, _native_line(data))


def _native_line(data: bytes) -> bytes:
    """A JSON-lines line as stored, unless it holds a ninjs object (then converted)."""
    if not any(marker in data for marker in NINJS_MARKERS):
        return data
    try:
        record = orjson.loads(data)
    except (orjson.JSONDecodeError, RecursionError):
        return data
    if isinstance(record, dict) and looks_like_ninjs(record):
        return orjson.dumps(from_ninjs(record))
    return data


def _read_json(stream: IO[bytes], name: str) -> Iterator[FeedLine]:
    lines = _lines(stream)
    first = next(lines, None)
    if first is None:
        return
    second = next(lines, None)
    if second is not None and _whole_value(first[1]):  # JSON lines
        yield from _read_lines([first, second], name)
        yield from _read_lines(lines, name)
        return
    rest = b"\n".join(data for _, data in [first, *([second] if second else []), *lines])
    try:
        document = orjson.loads(rest)
    except (orjson.JSONDecodeError, RecursionError) as exc:
        yield FeedLine(name, 0, b"", error=f"not a valid JSON document: {exc}")
        return
    items = document if isinstance(document, list) else [document]
    for number, item in enumerate(items, start=1):
        yield FeedLine(name, number, _native_item(item))


def _whole_value(data: bytes) -> bool:
    try:
        orjson.loads(data)
    except (orjson.JSONDecodeError, RecursionError):
        return False
    return True


def _native_item(item: Any) -> bytes:
    if isinstance(item, dict) and looks_like_ninjs(item):
        item = from_ninjs(item)
    return orjson.dumps(item)  # not an object: validation rejects it by type


def _read_xml(data: bytes, name: str) -> Iterator[FeedLine]:
    import feedparser  # only for feeds that need it

    parsed: Any = feedparser.parse(data)
    entries = parsed.get("entries") or []
    is_feed = parsed.get("version") or entries
    if not is_feed:
        problem = parsed.get("bozo_exception")
        reason = f": {problem}" if problem else ""
        yield FeedLine(name, 0, b"", error=f"not an RSS or Atom feed{reason}")
        return
    title = parsed.get("feed", {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        yield FeedLine(name, number, orjson.dumps(from_feed_entry(entry, title)))
    if parsed.get("bozo") and not isinstance(
        parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride
    ):
        problem = parsed.get("bozo_exception")
        yield FeedLine(
            name,
            len(entries) + 1,
            b"",
            error=f"the feed breaks off after entry {len(entries)}: {problem}",
        )
