"""``wirewatch alerts``: read the alert topic as the desk would.

Reads from the beginning (or from ``--since``), prints each alert readable or as JSON
lines, and with ``--follow`` keeps waiting for new ones. Uses no consumer group, so
reading never moves anybody's offsets.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, TopicPartition

from pipeline.domain.validate import parse_published
from pipeline.render import format_alert
from pipeline.settings import Settings
from pipeline.streaming.codecs import RecordError, decode
from pipeline.streaming.topics import TopicNames


def tail_alerts(
    settings: Settings,
    *,
    follow: bool = False,
    since: str | None = None,
    as_json: bool = False,
    idle_timeout: float = 5.0,
) -> int:
    start = parse_published(since) if since else None
    return asyncio.run(_tail(settings, follow, start, as_json, idle_timeout))


async def _tail(
    settings: Settings, follow: bool, since: datetime | None, as_json: bool, idle: float
) -> int:
    topic = TopicNames(settings.topic_prefix).alerts
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        if topic not in await consumer.topics():  # fetches the cluster's topic list
            print(f"wirewatch: topic {topic} does not exist yet: no alerts", file=sys.stderr)
            return 0
        tps = await _partitions(consumer, topic)
        consumer.assign(tps)
        if since is not None:
            found = await consumer.offsets_for_times(
                {tp: int(since.timestamp() * 1000) for tp in tps}
            )
            ends = await consumer.end_offsets(tps)
            for tp in tps:
                offset = found.get(tp)
                consumer.seek(tp, ends[tp] if offset is None else offset.offset)
        else:
            await consumer.seek_to_beginning(*tps)
        while True:
            batch = await consumer.getmany(timeout_ms=int(idle * 1000))
            if not batch and not follow:
                return 0
            for messages in batch.values():
                for message in messages:
                    _print(message.value, message.timestamp, as_json)
    finally:
        await consumer.stop()


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    """The topic's partitions (the consumer learns them once it is assigned the topic)."""
    for _ in range(50):
        found = consumer.partitions_for_topic(topic)
        if found:
            return [TopicPartition(topic, p) for p in sorted(found)]
        consumer.subscribe([topic])  # no group: asks the cluster for this topic's metadata
        await asyncio.sleep(0.1)
        consumer.unsubscribe()
    raise RuntimeError(f"no partition metadata for {topic}")


def _print(value: bytes | None, timestamp_ms: int, as_json: bool) -> None:
    if value is None:
        return
    if as_json:
        sys.stdout.write(value.decode("utf-8", "replace") + "\n")
    else:
        try:
            record = decode(value)
        except RecordError as exc:
            print(f"(unreadable alert record: {exc})", file=sys.stderr)
            return
        when = datetime.fromtimestamp(timestamp_ms / 1000, UTC).isoformat(timespec="seconds")
        sys.stdout.write(f"[{when}] {format_alert(record)}\n")
    sys.stdout.flush()
