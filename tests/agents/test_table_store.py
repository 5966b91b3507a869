"""The worker's table store remembers how far each changelog partition it holds is
applied, so recovery after a rebalance reads only what it does not have, and forgets a
partition the moment it leaves the worker (issue 10: failover time under load)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from faust.types import TP

from pipeline.settings import Settings
from pipeline.streaming.app import create_app
from pipeline.streaming.store import MemoryStore


@pytest.fixture
def table() -> Any:
    app = create_app(Settings.from_env({}), analyser=SimpleNamespace())
    return next(iter(app.tables.values()))


def changelog(table: Any, partition: int) -> TP:
    return TP(table.changelog_topic.get_topic_name(), partition)


def event(tp: TP, offset: int, key: str, value: Any) -> Any:
    message = SimpleNamespace(tp=tp, offset=offset, partition=tp.partition, value=value)
    return SimpleNamespace(key=key, value=value, message=message)


def test_the_worker_tables_use_the_offset_keeping_store(table: Any) -> None:
    assert isinstance(table.data, MemoryStore)


def test_own_changelog_writes_and_applied_changes_set_the_offset(table: Any) -> None:
    store, tp0, tp1 = table.data, changelog(table, 0), changelog(table, 1)
    assert store.persisted_offset(tp0) is None  # nothing held: replay from the start
    store.set_persisted_offset(tp0, 41)
    store.set_persisted_offset(tp0, 40)  # an earlier acknowledgement never moves it back
    store.apply_changelog_batch(
        [event(tp1, 7, "a", 1), event(tp1, 9, "b", 2)], lambda k: k, lambda v: v)
    assert store.persisted_offset(tp0) == 41
    assert store.persisted_offset(tp1) == 9
    assert store["a"] == 1 and store["b"] == 2  # the batch itself is applied as before


async def test_a_revoked_partition_is_forgotten_and_a_kept_one_is_not(table: Any) -> None:
    store, tp0, tp1 = table.data, changelog(table, 0), changelog(table, 1)
    store.set_persisted_offset(tp0, 41)
    store.set_persisted_offset(tp1, 12)
    source = TP("wire.dedup-bands", 1)  # revocations name the source topic's partitions
    await store.on_rebalance({TP("wire.dedup-bands", 0)}, {source}, set(), 2)
    assert store.persisted_offset(tp0) == 41
    assert store.persisted_offset(tp1) is None  # if it comes back: replayed from the start


async def test_recovery_forgets_partitions_that_are_not_active(table: Any) -> None:
    store, tp0, tp1 = table.data, changelog(table, 0), changelog(table, 1)
    store.set_persisted_offset(tp0, 41)
    store.set_persisted_offset(tp1, 12)
    await store.on_recovery_completed({tp0}, set())
    assert (store.persisted_offset(tp0), store.persisted_offset(tp1)) == (41, None)


def test_faust_recovery_starts_a_kept_partition_after_its_offset(table: Any) -> None:
    tp0, tp1 = changelog(table, 0), changelog(table, 1)
    table.data.set_persisted_offset(tp0, 41)
    recovery = table.app.tables.recovery
    recovery.add_active(table, tp0)
    recovery.add_active(table, tp1)
    assert recovery.active_offsets[tp0] == 41  # reads from 42 on, not its own writes again
    assert recovery.active_offsets[tp1] is None  # no offset: from the earliest
