"""A worker's offset commit never passes a record it has not finished (issue 10: articles
lost after kill -9). faust-streaming 0.15.3 alone commits past an unfinished record at the
committed offset when the records after it are finished (faust-streaming/faust#606)."""

from __future__ import annotations

from itertools import combinations
from types import SimpleNamespace
from typing import Any

import pytest
from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP

from pipeline.settings import Settings
from pipeline.streaming.app import create_app
from pipeline.streaming.commits import REREAD_SECONDS, GaplessConsumer, ReadOffsets

TP0 = TP("wire.dedup-votes", 0)


class Record:
    """A fetched record as Faust hands it on (weakly referable, as Faust's Message)."""

    def __init__(self, offset: int, generation_id: int = 0) -> None:
        self.tp, self.topic, self.offset = TP0, TP0.topic, offset
        self.acked, self.generation_id = False, generation_id


@pytest.fixture
async def consumer() -> Any:  # built on the test's running loop
    consumer = create_app(Settings.from_env({}), analyser=SimpleNamespace()).consumer
    consumer.reads = []
    consumer.app.topics._acking_topics.add(TP0.topic)  # as the subscription makes it
    consumer.reread = lambda tp, offset: consumer.reads.append((tp, offset))
    return consumer


def commit_now(consumer: Any, committed: int | None, acked: list[int],
               gaps: tuple[tuple[int, int], ...] = ()) -> int | None:
    """The offset the consumer would commit for TP0 now (None: none)."""
    consumer._committed_offset[TP0] = committed
    consumer._acked[TP0] = list(acked)
    consumer._acked_index[TP0] = set(acked)
    consumer._gap.pop(TP0, None)
    for begin, end in gaps:
        consumer._gap[TP0].addi(begin, end)
    return consumer._new_offset(TP0)  # type: ignore[no-any-return]


def test_the_worker_uses_the_gapless_consumer(consumer: Any) -> None:
    assert isinstance(consumer, GaplessConsumer)


def test_faust_alone_commits_past_the_unfinished_record(consumer: Any) -> None:
    # The defect guarded against. If faust-streaming fixes it this fails: drop commits.py.
    consumer._committed_offset[TP0] = 10
    consumer._acked[TP0] = [11, 12]
    consumer._acked_index[TP0] = {11, 12}
    assert Consumer._new_offset(consumer, TP0) == 13


@pytest.mark.parametrize(
    ("committed", "acked", "gaps", "commit"),
    [
        (10, [11, 12], (), None),  # record 10 unfinished: hold (Faust commits 13)
        (10, [12, 13], (), None),
        (10, [10, 11, 12], (), 13),  # all finished: commit after them
        (10, [10, 11, 13], (), 12),  # up to the first unfinished one
        (10, [11, 12], ((10, 11),), 13),  # 10 is a gap Faust saw in the log, not a record
        (None, [5, 6], (), 7),  # nothing committed yet: Faust's own rule
    ],
)
def test_commit_stops_at_the_first_unfinished_record(
    consumer: Any, committed: int | None, acked: list[int],
    gaps: tuple[tuple[int, int], ...], commit: int | None,
) -> None:
    assert commit_now(consumer, committed, acked, gaps) == commit


def test_no_commit_ever_passes_an_unacknowledged_record(consumer: Any) -> None:
    """Every committed offset and every set of acknowledged records among the next 7."""
    checked = 0
    for committed in range(4):
        later = range(committed, committed + 7)
        for n in range(1, len(later) + 1):
            for acked in combinations(later, n):
                commit = commit_now(consumer, committed, list(acked))
                unfinished = min(set(later) - set(acked), default=None)
                if commit is not None:
                    assert commit > committed
                    assert unfinished is None or commit <= unfinished, (committed, acked)
                else:  # held: only when the record at the committed offset is unfinished
                    assert committed not in acked, (committed, acked)
                checked += 1
    assert checked == 4 * 127


def test_a_held_record_that_never_comes_is_read_again_and_never_passed(
    consumer: Any, caplog: pytest.LogCaptureFixture
) -> None:
    now = [100.0]
    consumer.clock = lambda: now[0]
    assert commit_now(consumer, 10, [11, 12]) is None
    now[0] += REREAD_SECONDS - 1
    assert commit_now(consumer, 10, [11, 12]) is None and consumer.reads == []  # may come
    now[0] += 1
    assert commit_now(consumer, 10, [11, 12]) is None
    assert consumer.reads == [(TP0, 10)]  # the partition is read again from record 10
    now[0] += 10 * REREAD_SECONDS
    assert commit_now(consumer, 10, [11, 12]) is None  # still never past it
    assert consumer.reads == [(TP0, 10)] * 2
    assert sum("holding the commit" in r.message for r in caplog.records) == 1  # said once
    assert commit_now(consumer, 10, [10, 11, 12]) == 13  # it came: the commit moves on


def test_a_record_still_in_flight_is_waited_for_not_read_again(consumer: Any) -> None:
    now = [100.0]
    consumer.clock = lambda: now[0]
    slow = SimpleNamespace(tp=TP0, offset=10, acked=False)  # e.g. a long article
    consumer._unacked_messages = [slow]
    assert commit_now(consumer, 10, [11, 12]) is None
    now[0] += 2 * REREAD_SECONDS
    assert commit_now(consumer, 10, [11, 12]) is None and consumer.reads == []


def test_a_record_read_again_is_not_dropped_behind_a_stale_batch(consumer: Any) -> None:
    """Faust hands a fetched record to the streams only at or past its read position, so
    records fetched before the seek must not move that position past the record again."""
    reads = consumer._read_offset
    assert isinstance(reads, ReadOffsets)
    set_read = reads.__setitem__  # what Faust's fetch loop holds
    set_read(TP0, 12)
    set_read(TP0, 10)  # the seek back to record 10
    reads.rereading[TP0] = 10
    set_read(TP0, 13)  # a record of a batch fetched before the seek
    assert reads[TP0] == 10  # so record 10, fetched again, is handed on, not dropped
    set_read(TP0, 10)  # it came
    set_read(TP0, 11)
    assert reads[TP0] == 11 and reads.rereading == {}
    reads.rereading[TP0] = 11
    reads.pop(TP0, None)  # the partition was revoked
    assert reads.rereading == {} and reads[TP0] is None


async def test_reading_again_seeks_then_holds_the_position(consumer: Any) -> None:
    seeks = []

    async def seek(tp: TP, offset: int) -> None:  # as Faust's: also sets the position
        seeks.append((tp, offset))
        consumer._read_offset[tp] = offset

    consumer.seek = seek
    await consumer._reread(TP0, 10)
    assert seeks == [(TP0, 10)] and consumer._read_offset.rereading == {TP0: 10}


async def test_records_already_finished_are_not_handed_on_again(consumer: Any) -> None:
    handed: list[int] = []

    async def deliver(message: Any) -> None:
        handed.append(message.offset)

    on_message = consumer._unless_finished(deliver)
    consumer._acked_index[TP0] = {11, 12}  # finished, held behind unfinished record 10
    for offset in (10, 11, 12, 13):  # read again from 10
        await on_message(Record(offset))
    assert handed == [10, 13]


async def test_a_record_waiting_in_an_agents_queue_is_not_read_again(consumer: Any) -> None:
    """Faust tracks a record only once a stream takes it from its agent's queue; after a
    failover the held record waits there longer than the interval, and reading it again
    handed it (and every unfinished record after it) to the queue once more each time."""
    now = [100.0]
    consumer.clock = lambda: now[0]
    queue: list[Any] = []

    async def deliver(message: Any) -> None:
        queue.append(message)

    on_message = consumer._unless_finished(deliver)
    await on_message(Record(10))
    await on_message(Record(11))
    for _ in range(4):  # 20 s in the queue: waited for, never read again
        assert commit_now(consumer, 10, [12]) is None
        now[0] += REREAD_SECONDS
    assert consumer.reads == []
    # fetched again meanwhile (a seek for another reason): not handed on twice
    await on_message(Record(10))
    await on_message(Record(11))
    assert [m.offset for m in queue] == [10, 11]
    queue.clear()  # dropped (e.g. by a stream, unacknowledged): read again, once per interval
    for _ in range(4):
        assert commit_now(consumer, 10, [12]) is None
        now[0] += REREAD_SECONDS / 2
    assert consumer.reads == [(TP0, 10)] * 2
    await on_message(Record(10))
    assert [m.offset for m in queue] == [10]


async def test_a_record_handed_on_before_a_rebalance_is_not_in_flight(consumer: Any) -> None:
    """A stream skips a record of an earlier generation without acknowledging it."""
    queue: list[Any] = []

    async def deliver(message: Any) -> None:
        queue.append(message)

    on_message = consumer._unless_finished(deliver)
    consumer.app.consumer_generation_id = 3
    await on_message(Record(10, generation_id=3))
    consumer.app.consumer_generation_id = 4  # a rebalance; the record is still queued
    await on_message(Record(10, generation_id=4))
    assert [(m.offset, m.generation_id) for m in queue] == [(10, 3), (10, 4)]


async def test_a_table_changelog_record_is_always_handed_on(consumer: Any) -> None:
    """Recovery may read a changelog partition again while it still buffers the records
    it read before: those are never acknowledged, and must not count as in flight."""
    queue: list[Any] = []

    async def deliver(message: Any) -> None:
        queue.append(message)

    on_message = consumer._unless_finished(deliver)
    record = Record(10)
    record.topic = "wirewatch-dedup-bands-changelog"
    again = Record(10)
    again.topic = record.topic
    await on_message(record)
    await on_message(again)
    assert queue == [record, again]


def test_with_nothing_committed_the_commit_holds_at_the_partitions_first_record(
    consumer: Any,
) -> None:
    """A partition the group never committed on: Faust's own rule would commit 13 with
    records 10 and 11 unfinished (skipped while the flow was stopped, never read again);
    from its first offset the worker holds the commit and reads the partition again."""
    now = [100.0]
    consumer.clock = lambda: now[0]
    assert commit_now(consumer, None, [12]) == 13  # first offset unknown: Faust's rule
    consumer._starts = {TP0: 10}
    assert commit_now(consumer, None, [12]) is None
    now[0] += REREAD_SECONDS
    assert commit_now(consumer, None, [12]) is None
    assert consumer.reads == [(TP0, 10)]
    assert commit_now(consumer, None, [10, 11, 12]) == 13


async def test_a_partition_never_committed_on_is_read_from_its_first_record(
    consumer: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    changelog = TP("app-events-changelog", 0)
    committed = TP(TP0.topic, 1)

    async def faust_seek(self: Any) -> None:  # aiokafka seeks only to a commit above 0
        self._committed_offset[committed] = 7

    async def earliest(*tps: TP) -> dict[TP, int]:
        return {tp: 3 for tp in tps}

    seeks: list[tuple[TP, int]] = []

    async def seek(tp: TP, offset: int) -> None:
        seeks.append((tp, offset))

    monkeypatch.setattr(Consumer, "perform_seek", faust_seek)
    consumer.assignment = lambda: {TP0, committed, changelog}
    consumer.earliest_offsets = earliest
    consumer.seek = seek
    await consumer.perform_seek()
    # only the agents' topic never committed on; not the committed one, not a changelog
    assert seeks == [(TP0, 3)] and consumer._starts == {TP0: 3}
