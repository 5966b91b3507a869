"""Topic configuration on the real broker: the alert topic is compacted by alert id."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from pipeline.settings import Settings
from pipeline.streaming.admin import ensure_topics
from pipeline.streaming.topics import TopicNames

pytestmark = pytest.mark.kafka


async def _policies(
    bootstrap: str, names: list[str], want: dict[str, str] | None = None, timeout: float = 30.0
) -> dict[str, str]:
    """Each topic's cleanup.policy. A topic created (or altered) a moment ago can be
    described with no configuration (or the old one) yet, so this asks again, bounded,
    until every topic names its policy (and, given ``want``, until they are those)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            found = await admin.describe_configs(
                [ConfigResource(ConfigResourceType.TOPIC, name) for name in names]
            )
            policies: dict[str, str] = {}
            for response in found:
                for resource in response.resources:
                    name, entries = resource[3], resource[4]
                    values: dict[str, Any] = {e[0]: e[1] for e in entries}
                    if "cleanup.policy" in values:
                        policies[name] = values["cleanup.policy"]
            if set(policies) == set(names) and (want is None or policies == want):
                return policies
            if time.monotonic() > deadline:
                return policies  # what the broker says by then: the caller's assert shows it
            await asyncio.sleep(0.2)
    finally:
        await admin.close()


async def _cleanup(bootstrap: str, names: list[str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.delete_topics(names)
    finally:
        await admin.close()


@pytest.fixture
def isolated(broker: str) -> Iterator[tuple[Settings, TopicNames]]:
    """Settings with a topic prefix of their own; the prefix's topics are deleted after."""
    prefix = f"it{uuid.uuid4().hex[:8]}"
    settings = Settings.from_env({}, broker=f"kafka://{broker}", topic_prefix=prefix, partitions=1)
    names = TopicNames(prefix)
    try:
        yield settings, names
    finally:
        asyncio.run(_cleanup(broker, list(names.all())))


def test_the_alert_topic_is_compacted_and_the_others_are_not(
    broker: str, isolated: tuple[Settings, TopicNames]
) -> None:
    settings, names = isolated
    asyncio.run(ensure_topics(settings))
    want = {names.alerts: "compact", names.articles: "delete"}
    assert asyncio.run(_policies(broker, [names.alerts, names.articles], want)) == want


async def _create_plain(bootstrap: str, name: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, num_partitions=1, replication_factor=1)])
    finally:
        await admin.close()


def test_an_alert_topic_created_before_it_was_compacted_becomes_compacted(
    broker: str, isolated: tuple[Settings, TopicNames]
) -> None:
    settings, names = isolated
    asyncio.run(_create_plain(broker, names.alerts))
    before = {names.alerts: "delete"}
    assert asyncio.run(_policies(broker, [names.alerts], before)) == before
    asyncio.run(ensure_topics(settings))
    after = {names.alerts: "compact"}
    assert asyncio.run(_policies(broker, [names.alerts], after)) == after
