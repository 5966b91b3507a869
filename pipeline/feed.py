"""Read archived feeds: a JSON-lines file or a folder of them.

Yields raw lines (bytes, exactly as stored) with where they came from, so a bad line —
invalid UTF-8 included — can be reported by file and line number and still travel on as
a rejection: nothing is dropped or silently repaired.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FEED_SUFFIXES = (".jsonl", ".ndjson", ".json")


class FeedError(OSError):
    """The feed path cannot be read at all (missing, empty folder, not a file)."""


@dataclass(frozen=True, slots=True)
class FeedLine:
    """One non-blank feed line: ``data`` is its bytes without the line ending."""

    path: str
    line_no: int
    data: bytes

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


def feed_files(path: str | Path) -> list[Path]:
    """The files a FEED argument names, in a stable order."""
    root = Path(path)
    if not root.exists():
        raise FeedError(f"feed not found: {root}")
    if root.is_file():
        return [root]
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in FEED_SUFFIXES)
    if not files:
        raise FeedError(f"no {', '.join(FEED_SUFFIXES)} files under {root}")
    return files


def read_feed(path: str | Path) -> Iterator[FeedLine]:
    """Every non-blank line of every feed file under ``path``, as bytes."""
    for file in feed_files(path):
        with file.open("rb") as handle:
            for line_no, line in enumerate(handle, start=1):
                data = line.rstrip(b"\r\n")
                if data.strip():
                    yield FeedLine(path=str(file), line_no=line_no, data=data)


def count_lines(path: str | Path) -> int:
    """Non-blank lines in the feed (for progress bars)."""
    total = 0
    for file in feed_files(path):
        with file.open("rb") as handle:
            total += sum(1 for line in handle if line.strip())
    return total
