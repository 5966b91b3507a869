"""``wirewatch replay FEED``: produce an archived feed into ``wire.articles`` in event-time order.

Lines are sorted by their ``published`` time (lines without one keep their place after
the dated ones, in file order); bad lines are sent too, so the pipeline's dead-letter
topic accounts for them. ``--speed X`` paces sends at X times real time by the gaps
between published times; without it, as fast as the broker takes them.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path

import orjson
from aiokafka import AIOKafkaProducer
from tqdm import tqdm

from pipeline.feed import FeedLine, read_feed
from pipeline.settings import Settings
from pipeline.streaming.admin import ensure_topics
from pipeline.streaming.topics import TopicNames

MAX_PAUSE_SECONDS = 60.0


def event_time(line: FeedLine) -> datetime | None:
    from pipeline.domain.validate import parse_published

    try:
        data = orjson.loads(line.raw)
        return parse_published(data.get("published")) if isinstance(data, dict) else None
    except (orjson.JSONDecodeError, ValueError):
        return None


def key_of(line: FeedLine) -> bytes | None:
    try:
        data = orjson.loads(line.raw)
    except orjson.JSONDecodeError:
        return None
    if isinstance(data, dict) and isinstance(data.get("id"), (str, int)):
        return str(data["id"]).encode()
    return None


def in_event_order(lines: list[FeedLine]) -> list[tuple[datetime | None, FeedLine]]:
    timed = [(event_time(line), i, line) for i, line in enumerate(lines)]
    dated = sorted((t for t in timed if t[0] is not None), key=lambda t: (t[0], t[1]))
    undated = [t for t in timed if t[0] is None]
    return [(t, line) for t, _, line in dated + undated]


def replay_feed(
    settings: Settings, feed: str | Path, *, speed: float | None = None, progress: bool = True
) -> int:
    if speed is not None and speed <= 0:
        raise ValueError(f"--speed must be positive, got {speed}")
    lines = list(read_feed(feed))
    sent = asyncio.run(_replay(settings, in_event_order(lines), speed, progress))
    print(
        f"wirewatch: replayed {sent} lines into {TopicNames(settings.topic_prefix).articles}",
        file=sys.stderr,
    )
    return 0


async def _replay(
    settings: Settings,
    ordered: list[tuple[datetime | None, FeedLine]],
    speed: float | None,
    progress: bool,
) -> int:
    await ensure_topics(settings)
    topic = TopicNames(settings.topic_prefix).articles
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers, acks="all", enable_idempotence=True
    )
    await producer.start()
    sent = 0
    previous: datetime | None = None
    try:
        with tqdm(total=len(ordered), unit="article", disable=not progress, file=sys.stderr) as bar:
            for when, line in ordered:
                if speed and when is not None and previous is not None and when > previous:
                    gap = (when - previous).total_seconds() / speed
                    await asyncio.sleep(min(gap, MAX_PAUSE_SECONDS))
                previous = when or previous
                await producer.send(topic, value=line.raw.encode(), key=key_of(line))
                sent += 1
                bar.update(1)
            await producer.flush()
    finally:
        await producer.stop()
    return sent
