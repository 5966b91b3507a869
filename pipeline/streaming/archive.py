"""An archived feed in the order ``wirewatch replay`` sends it.

Order: lines are sent by their ``published`` time. A line without a trusted time (no
``published``, an unreadable one, one further ahead of the wall clock than the clock
allowance, or a line that is not an article at all) is placed by its *arrival*: right
after the dated line before it in the file (before the first dated line if none
precedes it), so it reaches the pipeline among the articles it arrived with, not after
the whole archive.

Memory: sorting needs every line's place, not its text. :class:`SortedArchive` keeps
each line's bytes in an unnamed temporary file and only a small index entry (about 0.3
KB: offsets, id, date) in memory, then reads lines back in sorted order.
:class:`StreamedArchive` (``--no-sort``) sends in file order, reading as it goes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

import orjson

from pipeline.domain.clock import FeedClock
from pipeline.domain.validate import ValidationLimits, parse_published
from pipeline.feed import FeedLine, count_lines, read_feed


@dataclass(frozen=True, slots=True)
class Placed:
    """A feed line with the time it is sent at and whether that is its own date."""

    when: datetime | None  # its own published, else its dated neighbour's; None: no dates
    dated: bool
    line: FeedLine
    key: bytes | None
    oversize: bool = False


@dataclass(frozen=True, slots=True)
class Peek:
    """What ordering needs of a line: its key (id) and its own trusted date."""

    key: bytes | None
    when: datetime | None


def peek(line: FeedLine, limits: ValidationLimits, bound: datetime) -> Peek:
    """The line's key and published time; ``None`` for whatever is unreadable or beyond
    the clock's ``bound``."""
    if line.error is not None or len(line.data) > limits.max_line_bytes:
        return Peek(None, None)
    try:
        data = orjson.loads(line.data)
    except orjson.JSONDecodeError:
        return Peek(None, None)
    if not isinstance(data, dict):
        return Peek(None, None)
    raw_id = data.get("id")
    key = str(raw_id).encode() if isinstance(raw_id, (str, int)) else None
    try:
        when = parse_published(data.get("published"))
    except ValueError:
        return Peek(key, None)
    return Peek(key, when if when is not None and when <= bound else None)


def event_order(own: Sequence[datetime | None]) -> tuple[list[int], list[datetime | None]]:
    """The send order of lines with these own dates, and the time each is placed at."""
    placed_at: list[datetime | None] = []
    previous: datetime | None = None
    for when in own:
        previous = when if when is not None else previous
        placed_at.append(previous)
    following: datetime | None = None  # lines before the first dated one go just before it
    for i in range(len(own) - 1, -1, -1):
        following = own[i] if own[i] is not None else following
        if placed_at[i] is None:
            placed_at[i] = following
    order = sorted(
        range(len(own)),
        key=lambda i: (placed_at[i] is not None, placed_at[i] or datetime.min, i),
    )
    return order, placed_at


def _placed(line: FeedLine, seen: Peek, at: datetime | None, limits: ValidationLimits) -> Placed:
    return Placed(
        when=at,
        dated=seen.when is not None,
        line=line,
        key=seen.key,
        oversize=len(line.data) > limits.max_line_bytes,
    )


def in_event_order(
    lines: Sequence[FeedLine],
    limits: ValidationLimits | None = None,
    clock: FeedClock | None = None,
) -> list[Placed]:
    """Lines in the order replay sends them (see the module docstring)."""
    limits = limits or ValidationLimits()
    bound = (clock or FeedClock()).bound()
    peeks = [peek(line, limits, bound) for line in lines]
    order, placed_at = event_order([p.when for p in peeks])
    return [_placed(lines[i], peeks[i], placed_at[i], limits) for i in order]


class Archive(Protocol):
    """A feed in send order: ``total`` lines, read from any position."""

    total: int

    def items(self, start: int = 0) -> Iterator[Placed]: ...


class SortedArchive:
    """Every line of a feed, in event-time order; bytes spooled to a temporary file."""

    def __init__(self, feed: str | Path, limits: ValidationLimits, bound: datetime) -> None:
        self._limits = limits
        self._spool = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the archive
        self._paths: list[str] = []
        # per line: offset, length, path index, line number, error, peek
        self._index: list[tuple[int, int, int, int, str | None, Peek]] = []
        offset = 0
        for line in read_feed(feed):
            if not self._paths or self._paths[-1] != line.path:
                self._paths.append(line.path)
            self._spool.write(line.data)
            seen = peek(line, limits, bound)
            self._index.append(
                (offset, len(line.data), len(self._paths) - 1, line.line_no, line.error, seen)
            )
            offset += len(line.data)
        self._order, self._placed_at = event_order([entry[5].when for entry in self._index])
        self.total = len(self._index)

    def _line(self, i: int) -> FeedLine:
        offset, length, path, line_no, error, _ = self._index[i]
        self._spool.seek(offset)
        return FeedLine(self._paths[path], line_no, self._spool.read(length), error)

    def items(self, start: int = 0) -> Iterator[Placed]:
        for i in self._order[start:]:
            yield _placed(self._line(i), self._index[i][5], self._placed_at[i], self._limits)

    def close(self) -> None:
        self._spool.close()


class StreamedArchive:
    """A feed in file order (``--no-sort``): constant memory; an undated line is placed
    at the dated line before it (lines before the first date carry no time)."""

    def __init__(self, feed: str | Path, limits: ValidationLimits, bound: datetime) -> None:
        self._feed, self._limits, self._bound = feed, limits, bound
        self.total = count_lines(feed)

    def items(self, start: int = 0) -> Iterator[Placed]:
        previous: datetime | None = None
        for number, line in enumerate(read_feed(self._feed)):
            seen = peek(line, self._limits, self._bound)
            previous = seen.when or previous
            if number >= start:
                yield _placed(line, seen, previous, self._limits)

    def close(self) -> None:
        return None
