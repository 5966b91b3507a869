"""Create wirewatch's topics up front with the configured partitions (idempotent)."""

from __future__ import annotations

import asyncio
import contextlib

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import TopicAlreadyExistsError

from pipeline.settings import Settings
from pipeline.streaming.topics import COMPACTED, TopicNames, changelog_topics


async def ensure_topics(settings: Settings, *, with_changelogs: bool = False) -> None:
    """Create wirewatch's topics (and, for a worker, its tables' changelogs) if missing.

    A worker creates everything before its consumer subscribes: a topic created in the
    same breath can be missing from the first metadata, and Faust then ignores it (and
    refuses table writes) until the next metadata refresh, minutes later.
    """
    names = TopicNames(settings.topic_prefix)
    configs = names.configs()
    wanted = list(names.all())
    changelogs = set(changelog_topics(settings.app_id)) if with_changelogs else set()
    wanted += sorted(changelogs)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(
                name=name,
                num_partitions=settings.partitions,
                replication_factor=settings.replication_factor,
                topic_configs=COMPACTED if name in changelogs else configs.get(name, {}),
            )
            for name in wanted
            if name not in existing
        ]
        if missing:
            # another process may have created them first
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
        await _wait_listed(admin, set(wanted))
        # a topic created before its configuration was declared (the alert topic before it
        # was compacted) gets it now. Every declared topic, not only those listed above: a
        # topic another process created a moment ago may not have been listed yet, and
        # setting a value a topic already has changes nothing.
        await admin.alter_configs(
            [
                ConfigResource(ConfigResourceType.TOPIC, name, configs=config)
                for name, config in configs.items()
            ]
        )
    finally:
        await admin.close()


async def _wait_listed(admin: AIOKafkaAdminClient, wanted: set[str], timeout: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        missing = wanted - set(await admin.list_topics())
        if not missing:
            return
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"topics not visible after {timeout:.0f}s: {sorted(missing)}")
        await asyncio.sleep(0.2)
