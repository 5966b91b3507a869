"""The worker's table store reports, per changelog partition, the offset up to which it
holds every record, so recovery after a rebalance skips the worker's own writes but never
a write of another worker (issue 10: failover time under load, with no article lost)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from faust.types import TP

from pipeline.settings import Settings
from pipeline.streaming.app import create_app
from pipeline.streaming.store import MemoryStore


@pytest.fixture
async def table() -> Any:  # built on the test's running loop
    app = create_app(Settings.from_env({}), analyser=SimpleNamespace())
    return next(iter(app.tables.values()))


def changelog(table: Any, partition: int) -> TP:
    return TP(table.changelog_topic.get_topic_name(), partition)


def event(tp: TP, offset: int, key: str, value: Any) -> Any:
    message = SimpleNamespace(tp=tp, offset=offset, partition=tp.partition, value=value)
    return SimpleNamespace(key=key, value=value, message=message)


async def recovered(table: Any, read_to: dict[TP, int]) -> None:
    """Faust's recovery read these changelog partitions up to these offsets."""
    table.app.tables.recovery.active_highwaters.update(read_to)
    await table.data.on_recovery_completed(set(read_to), set())


def test_the_worker_tables_use_the_offset_keeping_store(table: Any) -> None:
    assert isinstance(table.data, MemoryStore)


async def test_own_writes_after_a_recovery_move_the_offset(table: Any) -> None:
    store, tp0 = table.data, changelog(table, 0)
    store.set_persisted_offset(tp0, 3)  # before any recovery: nothing is known
    assert store.persisted_offset(tp0) is None
    await recovered(table, {tp0: 40})
    assert store.persisted_offset(tp0) == 40
    store.set_persisted_offset(tp0, 42)  # acknowledged out of order
    store.set_persisted_offset(tp0, 41)
    assert store.persisted_offset(tp0) == 42


async def test_another_workers_write_is_never_skipped(table: Any) -> None:
    store, tp0 = table.data, changelog(table, 0)
    await recovered(table, {tp0: 40})
    store.set_persisted_offset(tp0, 41)
    # offset 42: the partition's previous owner finished a record after the rebalance
    store.set_persisted_offset(tp0, 43)
    store.set_persisted_offset(tp0, 44)
    assert store.persisted_offset(tp0) == 41  # the next recovery reads 42 on
    recovery = table.app.tables.recovery
    recovery.add_active(table, tp0)
    assert recovery.active_offsets[tp0] == 41
    store.apply_changelog_batch([event(tp0, 42, "k", 1)], lambda k: k, lambda v: v)
    assert store.persisted_offset(tp0) == 44 and store["k"] == 1  # and the hole is closed


async def test_an_empty_changelog_counts_as_read(table: Any) -> None:
    store, tp0 = table.data, changelog(table, 0)
    await recovered(table, {tp0: -1})
    store.set_persisted_offset(tp0, 0)
    assert store.persisted_offset(tp0) == 0


async def test_a_revoked_partition_is_forgotten_with_its_late_writes(table: Any) -> None:
    store, tp0, tp1 = table.data, changelog(table, 0), changelog(table, 1)
    await recovered(table, {tp0: 40, tp1: 12})
    source = TP("wire.dedup-bands", 1)  # revocations name the source topic's partitions
    await store.on_rebalance({TP("wire.dedup-bands", 0)}, {source}, set(), 2)
    store.set_persisted_offset(tp1, 13)  # a record it was still finishing
    assert store.persisted_offset(tp0) == 40
    assert store.persisted_offset(tp1) is None  # if it comes back: replayed from the start


async def test_recovery_forgets_partitions_that_are_not_active(table: Any) -> None:
    store, tp0, tp1 = table.data, changelog(table, 0), changelog(table, 1)
    await recovered(table, {tp0: 40, tp1: 12})
    await store.on_recovery_completed({tp0}, set())
    assert (store.persisted_offset(tp0), store.persisted_offset(tp1)) == (40, None)
