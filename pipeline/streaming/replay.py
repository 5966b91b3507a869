"""``wirewatch replay FEED``: produce an archived feed into ``wire.articles`` in event-time order.

Order: lines are sent by their ``published`` time. A line without a trusted time (no
``published``, an unreadable one, one further ahead of the wall clock than the clock
allowance, or a line that is not an article at all) is placed by its *arrival*: right
after the dated line before it in the file (before the first dated line if none
precedes it), so it reaches the pipeline among the articles it arrived with, not after
the whole archive. Each line carries that time in a ``wirewatch-arrived`` header.

Bad lines are sent too, so the pipeline's dead-letter topic accounts for them; a line
longer than ``WIREWATCH_MAX_LINE_BYTES`` is never produced (the broker would refuse it
and stop the replay): replay writes its rejection, with the reason, to
``wire.deadletter`` itself and goes on. ``--speed X`` paces sends at X times real time by
the gaps between published times; without it, as fast as the broker takes them.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from pipeline.domain.clock import FeedClock
from pipeline.domain.models import Rejection
from pipeline.domain.results import deadletter_record
from pipeline.domain.validate import ValidationLimits, oversize_rejection, parse_published
from pipeline.feed import FeedLine, read_feed
from pipeline.settings import Settings
from pipeline.streaming.admin import ensure_topics
from pipeline.streaming.topics import TopicNames

MAX_PAUSE_SECONDS = 60.0
ARRIVED_HEADER = "wirewatch-arrived"


def arrived_at(headers: Mapping[str, bytes] | None) -> datetime | None:
    """The arrival time replay put in a record's headers (``None``: absent or unreadable)."""
    value = (headers or {}).get(ARRIVED_HEADER)
    try:
        return parse_published(value.decode()) if isinstance(value, bytes) else None
    except (UnicodeDecodeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class Placed:
    """A feed line with the time it is sent at and whether that is its own date."""

    when: datetime | None  # its own published, else its dated neighbour's; None: no dates
    dated: bool
    line: FeedLine
    key: bytes | None
    oversize: bool = False


def _peek(line: FeedLine, limits: ValidationLimits) -> tuple[bytes | None, datetime | None]:
    """The line's key (its id) and published time, or ``None`` for whatever is unreadable."""
    if len(line.data) > limits.max_line_bytes:
        return None, None
    try:
        data = orjson.loads(line.data)
    except orjson.JSONDecodeError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    raw_id = data.get("id")
    key = str(raw_id).encode() if isinstance(raw_id, (str, int)) else None
    try:
        return key, parse_published(data.get("published"))
    except ValueError:
        return key, None


def in_event_order(
    lines: Sequence[FeedLine],
    limits: ValidationLimits | None = None,
    clock: FeedClock | None = None,
) -> list[Placed]:
    """Lines in the order replay sends them (see the module docstring)."""
    limits = limits or ValidationLimits()
    bound = (clock or FeedClock()).bound()
    peeked = [_peek(line, limits) for line in lines]
    own = [when if when is not None and when <= bound else None for _, when in peeked]
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
        range(len(lines)),
        key=lambda i: (placed_at[i] is not None, placed_at[i] or datetime.min, i),
    )
    return [
        Placed(
            when=placed_at[i],
            dated=own[i] is not None,
            line=lines[i],
            key=peeked[i][0],
            oversize=len(lines[i].data) > limits.max_line_bytes,
        )
        for i in order
    ]


def replay_feed(
    settings: Settings, feed: str | Path, *, speed: float | None = None, progress: bool = True
) -> int:
    if speed is not None and speed <= 0:
        raise ValueError(f"--speed must be positive, got {speed}")
    clock = FeedClock(allowance=settings.clock_allowance)
    ordered = in_event_order(list(read_feed(feed)), settings.validation_limits, clock)
    sent, dead = asyncio.run(_replay(settings, ordered, speed, progress))
    names = TopicNames(settings.topic_prefix)
    print(
        f"wirewatch: replayed {sent} lines into {names.articles} in event-time order "
        f"(undated lines after their dated neighbour in the file); "
        f"{dead} line(s) not sent, rejected to {names.deadletter}",
        file=sys.stderr,
    )
    return 0


def _rejection_value(rejection: Rejection, line: FeedLine) -> bytes:
    return orjson.dumps({**deadletter_record(rejection), "where": line.where})


async def _replay(
    settings: Settings, ordered: list[Placed], speed: float | None, progress: bool
) -> tuple[int, int]:
    from tqdm import tqdm

    await ensure_topics(settings)
    names = TopicNames(settings.topic_prefix)
    limits = settings.validation_limits
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks="all",
        enable_idempotence=True,
        max_request_size=max(1_048_576, limits.max_line_bytes + 65_536),
    )
    await producer.start()
    sent, dead = 0, 0
    in_flight: list[tuple[Placed, Any]] = []
    previous: datetime | None = None
    stamp = 0
    try:
        with tqdm(total=len(ordered), unit="article", disable=not progress, file=sys.stderr) as bar:
            for item in ordered:
                when = item.when if item.dated else None
                if speed and when is not None and previous is not None and when > previous:
                    gap = (when - previous).total_seconds() / speed
                    await asyncio.sleep(min(gap, MAX_PAUSE_SECONDS))
                previous = when or previous
                if item.oversize:
                    rejection = oversize_rejection(item.line.data, limits)
                    value = _rejection_value(rejection, item.line)
                    await producer.send(names.deadletter, value=value)
                    dead += 1
                else:
                    headers = (
                        [(ARRIVED_HEADER, item.when.isoformat().encode())] if item.when else []
                    )
                    # Strictly increasing record timestamps: the pipeline orders copies
                    # that their dates cannot by them, so lines never tie in one millisecond.
                    stamp = max(int(time.time() * 1000), stamp + 1)
                    future = await _send(producer, names.articles, item, headers, stamp)
                    in_flight.append((item, future))
                    sent += 1
                bar.update(1)
            await producer.flush()
            # A line the broker refused (e.g. a smaller message.max.bytes than ours): record
            # it on the dead-letter topic with the broker's reason instead of losing it.
            for item, future in in_flight:
                error = future if isinstance(future, Exception) else _failure(future)
                if error is not None:
                    reason = f"the broker refused the line: {type(error).__name__}: {error}"
                    rejection = Rejection(id=None, reason=reason, raw=item.line.raw[:2000])
                    await producer.send(
                        names.deadletter, value=_rejection_value(rejection, item.line)
                    )
                    sent, dead = sent - 1, dead + 1
            await producer.flush()
    finally:
        await producer.stop()
    return sent, dead


async def _send(
    producer: AIOKafkaProducer,
    topic: str,
    item: Placed,
    headers: list[tuple[str, bytes]],
    stamp: int,
) -> Any:
    try:
        return await producer.send(
            topic, value=item.line.data, key=item.key, headers=headers, timestamp_ms=stamp
        )
    except KafkaError as exc:  # refused before sending (e.g. over max_request_size)
        return exc


def _failure(future: Any) -> BaseException | None:
    if not future.done():
        return RuntimeError("not acknowledged by the broker after flush")
    if future.cancelled():
        return RuntimeError("send cancelled")
    error: BaseException | None = future.exception()
    return error
