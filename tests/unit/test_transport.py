"""aiokafka hands the worker only records Faust will pass on (transport.py): a changelog
partition's records taken while Faust had it paused were thrown away after recovery had
sought it, and recovery waited for them forever (CI: one small changelog partition never
restored after a second worker joined). aiokafka's own buffer code runs here on stand-in
fetch results; Faust's consumer is the worker's."""

from __future__ import annotations

from contextlib import nullcontext
from types import SimpleNamespace
from typing import Any

import pytest
from aiokafka.consumer.fetcher import Fetcher, FetchResult
from faust.types import TP

from pipeline.settings import Settings
from pipeline.streaming.app import create_app
from pipeline.streaming.transport import ConsumerThread, Deliverable

CHANGELOG = TP("app-article-events-changelog", 4)
STREAM = TP("wire.enriched", 4)


class Records:
    """A partition's fetched records as aiokafka iterates them."""

    def __init__(self, offsets: list[int]) -> None:
        self._offsets = list(offsets)
        self.next_fetch_offset = offsets[0]

    def __iter__(self) -> Records:
        return self

    def __next__(self) -> Any:
        if not self._offsets:
            raise StopIteration
        offset = self._offsets.pop(0)
        self.next_fetch_offset = offset + 1
        return SimpleNamespace(offset=offset)


def buffered(**offsets: list[int]) -> Any:
    """aiokafka's fetcher with records buffered per partition (CHANGELOG, STREAM) and the
    position of each, which taking records advances."""
    tps = {"changelog": CHANGELOG, "stream": STREAM}
    positions = {tps[name]: o[0] for name, o in offsets.items()}

    def state(tp: Any) -> Any:
        def consumed_to(offset: int) -> None:
            positions[tp] = offset

        return SimpleNamespace(paused=False, position=positions[tp], consumed_to=consumed_to)

    assignment = SimpleNamespace(active=True, state_value=state)
    records = {
        tps[name]: FetchResult(tps[name], assignment=assignment,
                               partition_records=Records(o), backoff=0)
        for name, o in offsets.items()
    }
    subscriptions = SimpleNamespace(reassignment_in_progress=False, is_assigned=lambda tp: True)
    return SimpleNamespace(_records=records, _subscriptions=subscriptions, positions=positions,
                           _wait_consume_future=None, _notify=lambda future: None)


async def take(fetcher: Any, partitions: Any) -> dict[Any, list[int]]:
    """What aiokafka's ``fetched_records`` returns now (offsets per partition)."""
    got = await Fetcher.fetched_records(fetcher, partitions, timeout=0)
    return {tp: [r.offset for r in rs] for tp, rs in got.items()}


async def test_aiokafka_takes_every_partition_when_the_set_is_empty() -> None:
    # The defect worked around: Faust's set of active partitions is empty while a
    # rebalance has paused them all. If aiokafka changes this, Deliverable may go.
    fetcher = buffered(changelog=[0, 1, 2], stream=[7])
    assert await take(fetcher, set()) == {CHANGELOG: [0, 1, 2], STREAM: [7]}
    assert fetcher.positions[CHANGELOG] == 3  # past records Faust then throws away


async def test_a_paused_partitions_records_stay_buffered_at_their_position() -> None:
    fetcher = buffered(changelog=[0, 1, 2], stream=[7])
    flowing = SimpleNamespace(flow_active=True)
    assert await take(fetcher, Deliverable(flowing, set())) == {}
    assert await take(fetcher, Deliverable(flowing, {STREAM})) == {STREAM: [7]}
    assert fetcher.positions[CHANGELOG] == 0 and CHANGELOG in fetcher._records
    # recovery resumes the changelog: its records come, from where they were
    assert await take(fetcher, Deliverable(flowing, {CHANGELOG})) == {CHANGELOG: [0, 1, 2]}


async def test_nothing_is_taken_while_faust_has_stopped_its_flow() -> None:
    fetcher = buffered(changelog=[0, 1, 2])
    consumer = SimpleNamespace(flow_active=False)
    deliverable = Deliverable(consumer, {CHANGELOG})
    assert await take(fetcher, deliverable) == {}
    consumer.flow_active = True
    assert await take(fetcher, deliverable) == {CHANGELOG: [0, 1, 2]}


async def test_the_set_is_read_when_records_are_taken_not_when_the_call_began() -> None:
    # a call begun before a rebalance is answered after it: Faust's set changed meanwhile
    active = {CHANGELOG, STREAM}
    deliverable = Deliverable(SimpleNamespace(flow_active=True), active)
    active.clear()  # the rebalance pauses everything
    assert await take(buffered(changelog=[0], stream=[7]), deliverable) == {}
    assert bool(deliverable) and len(deliverable) == 0 and list(deliverable) == []
    active.add(CHANGELOG)
    assert list(deliverable) == [CHANGELOG] and STREAM not in deliverable


@pytest.fixture
async def consumer() -> Any:  # built on the test's running loop
    return create_app(Settings.from_env({}), analyser=SimpleNamespace()).consumer


async def test_the_worker_asks_aiokafka_through_deliverable(consumer: Any) -> None:
    thread = consumer._thread
    assert isinstance(thread, ConsumerThread)
    fetcher = buffered(changelog=[0, 1, 2], stream=[7])
    fetcher._closed = False
    fetcher._subscriptions.fetch_context = nullcontext

    async def fetched_records(partitions: Any, timeout: float, max_records: Any) -> Any:
        return await Fetcher.fetched_records(fetcher, partitions, timeout=0)

    fetcher.fetched_records = fetched_records
    aiokafka_consumer = SimpleNamespace(_closed=False, _fetcher=fetcher)
    active = {STREAM}  # the changelog is paused
    consumer.resume_flow()
    got = await thread._fetch_records(aiokafka_consumer, active, timeout=0.0)
    assert {tp: [r.offset for r in rs] for tp, rs in got.items()} == {STREAM: [7]}
    assert fetcher.positions[CHANGELOG] == 0
    active.clear()  # every partition paused (a rebalance): nothing is taken
    assert await thread._fetch_records(aiokafka_consumer, active, timeout=0.0) == {}
    assert CHANGELOG in fetcher._records
