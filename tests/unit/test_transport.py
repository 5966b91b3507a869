"""aiokafka hands the worker only records Faust will pass on (transport.py): a changelog
partition's records taken while Faust had it paused were thrown away after recovery had
sought it, and recovery waited for them forever (CI: one small changelog partition never
restored after a second worker joined). And a seek runs on the consumer thread, never in
the middle of its drain of aiokafka's buffer (CI: a worker crashed with a KeyError in
``fetched_records``). aiokafka's own buffer and seek code runs here on stand-in fetch
results; Faust's consumer and consumer thread are the worker's."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from contextlib import nullcontext
from types import SimpleNamespace
from typing import Any

import pytest
from aiokafka.consumer.consumer import AIOKafkaConsumer
from aiokafka.consumer.fetcher import Fetcher, FetchResult
from faust.types import TP

from pipeline.settings import Settings
from pipeline.streaming.app import create_app
from pipeline.streaming.transport import ConsumerThread, Deliverable

CHANGELOG = TP("app-article-events-changelog", 4)
STREAM = TP("wire.enriched", 4)


class Records:
    """A partition's fetched records as aiokafka iterates them (``on_next`` is called
    before each is given out)."""

    def __init__(self, offsets: list[int], on_next: Callable[[], None] = lambda: None) -> None:
        self._offsets = list(offsets)
        self.next_fetch_offset = offsets[0]
        self._on_next = on_next

    def __iter__(self) -> Records:
        return self

    def __next__(self) -> Any:
        if not self._offsets:
            raise StopIteration
        self._on_next()
        offset = self._offsets.pop(0)
        self.next_fetch_offset = offset + 1
        return SimpleNamespace(offset=offset)


def buffered(on_next: Callable[[], None] = lambda: None, **offsets: list[int]) -> Any:
    """aiokafka's fetcher with records buffered per partition (CHANGELOG, STREAM) and the
    position of each, which taking records advances and a seek sets."""
    tps = {"changelog": CHANGELOG, "stream": STREAM}
    positions = {tps[name]: o[0] for name, o in offsets.items()}

    def state(tp: Any) -> Any:
        def consumed_to(offset: int) -> None:
            positions[tp] = offset

        return SimpleNamespace(paused=False, position=positions[tp], consumed_to=consumed_to)

    assignment = SimpleNamespace(active=True, state_value=state)
    records = {
        tps[name]: FetchResult(tps[name], assignment=assignment,
                               partition_records=Records(o, on_next), backoff=0)
        for name, o in offsets.items()
    }
    subscriptions = SimpleNamespace(reassignment_in_progress=False, is_assigned=lambda tp: True,
                                    seek=positions.__setitem__, fetch_context=nullcontext)
    fetcher = SimpleNamespace(_records=records, _subscriptions=subscriptions, positions=positions,
                              _wait_consume_future=None, _notify=lambda future: None,
                              _closed=False)

    async def fetched_records(partitions: Any, timeout: float = 0, max_records: Any = None) -> Any:
        return await Fetcher.fetched_records(fetcher, partitions, timeout=0,
                                             max_records=max_records)

    fetcher.fetched_records = fetched_records
    fetcher.seek_to = lambda tp, offset: Fetcher.seek_to(fetcher, tp, offset)
    return fetcher


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
    aiokafka_consumer = SimpleNamespace(_closed=False, _fetcher=fetcher)
    active = {STREAM}  # the changelog is paused
    consumer.resume_flow()
    got = await thread._fetch_records(aiokafka_consumer, active, timeout=0.0)
    assert {tp: [r.offset for r in rs] for tp, rs in got.items()} == {STREAM: [7]}
    assert fetcher.positions[CHANGELOG] == 0
    active.clear()  # every partition paused (a rebalance): nothing is taken
    assert await thread._fetch_records(aiokafka_consumer, active, timeout=0.0) == {}
    assert CHANGELOG in fetcher._records


async def nothing() -> None:
    pass


async def test_a_seek_waits_for_the_drain_on_the_consumer_thread(consumer: Any) -> None:
    # CI: Faust's recovery sought a stream partition while the consumer thread was taking
    # its records from aiokafka's buffer; the seek dropped them from the buffer and the
    # drain's 'del self._records[tp]' raised KeyError, crashing the worker. Here the seek
    # is asked for while the consumer thread is inside the drain, between two records.
    inside, go_on = threading.Event(), threading.Event()

    def on_next() -> None:
        if threading.current_thread() is not threading.main_thread():
            inside.set()
            go_on.wait(2)  # the consumer thread holds its loop, as a drain does

    fetcher = buffered(on_next, stream=[7, 8])
    thread = consumer._thread
    stand_in = SimpleNamespace(_closed=False, _fetcher=fetcher, _max_poll_records=None,
                               start=nothing, stop=nothing)
    stand_in.seek = lambda tp, offset: AIOKafkaConsumer.seek(stand_in, tp, offset)
    thread._create_consumer = lambda loop: stand_in
    consumer.resume_flow()
    await thread.start()
    try:
        drain = asyncio.ensure_future(thread.getmany({STREAM}, timeout=0.0))
        assert await asyncio.to_thread(inside.wait, 2)
        seek = asyncio.ensure_future(consumer.seek(STREAM, 7))  # read the partition again
        await asyncio.sleep(0.1)
        go_on.set()
        got = await asyncio.wait_for(drain, 5)
        await asyncio.wait_for(seek, 5)
    finally:
        go_on.set()
        await thread.stop()
    assert {tp: [r.offset for r in rs] for tp, rs in got.items()} == {STREAM: [7, 8]}
    assert fetcher.positions[STREAM] == 7  # the seek came after the drain, not under it
