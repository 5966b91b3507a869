"""An archived feed in the order ``wirewatch replay`` sends it.

Order: lines are sent by their ``published`` time. A line without a trusted time (no
``published``, an unreadable one, one further ahead of the wall clock than the clock
allowance, or a line that is not an article at all) is placed by its *arrival*: right
after the dated line before it in the file (before the first dated line if none
precedes it; :func:`pipeline.domain.clock.placed_by_arrival`, the rule ``wirewatch run``
uses too), so it reaches the pipeline among the articles it arrived with, not after
the whole archive.

Memory: sorting needs every line's place, not its text. :class:`SortedArchive` keeps
each line's bytes in an unnamed temporary file and only offsets, line number and date
in memory (arrays: about 40 bytes a line, 120 while sorting), then reads lines back in sorted order.
:class:`StreamedArchive` (``--no-sort``) sends in file order, reading as it goes.
"""

from __future__ import annotations

import bisect
import math
import os
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import orjson

from pipeline.domain.clock import FeedClock, placed_by_arrival, trusted_published
from pipeline.domain.validate import ValidationLimits
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


def _key(data: dict[str, Any]) -> bytes | None:
    raw_id = data.get("id")
    return str(raw_id).encode() if isinstance(raw_id, (str, int)) else None


def key_of(line: FeedLine, limits: ValidationLimits) -> bytes | None:
    """The line's key (its id), if it has one that can be read."""
    if line.error is not None or len(line.data) > limits.max_line_bytes:
        return None
    try:
        data = orjson.loads(line.data)
    except orjson.JSONDecodeError:
        return None
    return _key(data) if isinstance(data, dict) else None


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
    return Peek(_key(data), trusted_published(data, bound))


UNDATED = math.nan


def _stamp(when: datetime | None) -> float:
    return when.timestamp() if when is not None else UNDATED


def _dated_stamp(stamp: float) -> float | None:
    return None if math.isnan(stamp) else stamp


def _time(stamp: float) -> datetime | None:
    return None if math.isnan(stamp) else datetime.fromtimestamp(stamp, UTC)


def event_order(own: Sequence[float]) -> tuple[array[int], array[float]]:
    """The send order of lines with these own dates (POSIX seconds, NaN: undated), and
    the time each is placed at (NaN: the feed has no date at all)."""
    placed = placed_by_arrival(own, _dated_stamp)  # the rule `wirewatch run` uses too
    placed_at = array("d", (UNDATED if at is None else at for _, at in placed))
    keys = [-math.inf if math.isnan(t) else t for t in placed_at]
    return array("q", sorted(range(len(own)), key=keys.__getitem__)), placed_at  # stable


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
    order, placed_at = event_order([_stamp(p.when) for p in peeks])
    return [_placed(lines[i], peeks[i], _time(placed_at[i]), limits) for i in order]


class Archive(Protocol):
    """A feed in send order: ``total`` lines, read from any position."""

    total: int

    def items(self, start: int = 0) -> Iterator[Placed]: ...


class SortedArchive:
    """Every line of a feed, in event-time order. Lines are spooled to a temporary file;
    memory holds about 40 bytes a line (120 while sorting)."""

    def __init__(self, feed: str | Path, limits: ValidationLimits, bound: datetime) -> None:
        self._limits, self._bound = limits, bound
        self._spool = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the archive
        self._paths: list[str] = []
        self._first_of_path = array("q")  # index of each path's first line
        self._offsets = array("q", [0])  # line i is bytes offsets[i]:offsets[i + 1]
        self._line_nos = array("q")
        self._errors: dict[int, str] = {}  # lines standing for an unreadable file
        own = array("d")
        for i, line in enumerate(read_feed(feed)):
            if not self._paths or self._paths[-1] != line.path:
                self._paths.append(line.path)
                self._first_of_path.append(i)
            self._spool.write(line.data)
            self._offsets.append(self._offsets[-1] + len(line.data))
            self._line_nos.append(line.line_no)
            if line.error is not None:
                self._errors[i] = line.error
            own.append(_stamp(peek(line, limits, bound).when))
        self._own = own
        self._order, self._placed_at = event_order(own)
        self.total = len(self._line_nos)
        self._spool.flush()  # lines are read back with pread, not through the buffer

    def _line(self, i: int) -> FeedLine:
        offset = self._offsets[i]
        data = os.pread(self._spool.fileno(), self._offsets[i + 1] - offset, offset)
        path = self._paths[bisect.bisect_right(self._first_of_path, i) - 1]
        return FeedLine(path, self._line_nos[i], data, self._errors.get(i))

    def items(self, start: int = 0) -> Iterator[Placed]:
        for i in self._order[start:]:
            line = self._line(i)
            yield Placed(
                when=_time(self._placed_at[i]),
                dated=not math.isnan(self._own[i]),
                line=line,
                key=key_of(line, self._limits),
                oversize=len(line.data) > self._limits.max_line_bytes,
            )

    def close(self) -> None:
        self._spool.close()


class StreamedArchive:
    """A feed in file order (``--no-sort``): memory for the undated lines before the
    first dated one only; an undated line is placed as in :class:`SortedArchive`."""

    def __init__(self, feed: str | Path, limits: ValidationLimits, bound: datetime) -> None:
        self._feed, self._limits, self._bound = feed, limits, bound
        self.total = count_lines(feed)

    def items(self, start: int = 0) -> Iterator[Placed]:
        peeked = ((line, peek(line, self._limits, self._bound)) for line in read_feed(self._feed))
        placed = placed_by_arrival(peeked, lambda item: item[1].when)
        for number, ((line, seen), at) in enumerate(placed):
            if number >= start:
                yield _placed(line, seen, at, self._limits)

    def close(self) -> None:
        return None
