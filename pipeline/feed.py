"""Read archived feeds: a JSON-lines file or a folder of them.

Yields raw lines with where they came from, so a bad line can be reported by file and
line number and still travel on as a rejection: nothing is dropped silently.
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
    path: str
    line_no: int
    raw: str


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
    """Every non-blank line of every feed file under ``path``."""
    for file in feed_files(path):
        with file.open("r", encoding="utf-8", errors="replace") as handle:
            for line_no, line in enumerate(handle, start=1):
                if line.strip():
                    yield FeedLine(path=str(file), line_no=line_no, raw=line.rstrip("\n"))


def count_lines(path: str | Path) -> int:
    """Non-blank lines in the feed (for progress bars)."""
    return sum(1 for _ in read_feed(path))
