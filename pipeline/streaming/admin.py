"""Create wirewatch's topics up front with the configured partitions (idempotent)."""

from __future__ import annotations

import contextlib

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from pipeline.settings import Settings
from pipeline.streaming.topics import TopicNames


async def ensure_topics(settings: Settings, names: tuple[str, ...] | None = None) -> None:
    wanted = names or TopicNames(settings.topic_prefix).all()
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(
                name=name,
                num_partitions=settings.partitions,
                replication_factor=settings.replication_factor,
            )
            for name in wanted
            if name not in existing
        ]
        if missing:
            # another process may have created them first
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
    finally:
        await admin.close()
