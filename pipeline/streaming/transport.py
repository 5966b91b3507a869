"""The worker's Kafka consumer: gapless commits, the fetch wait taken from settings, no
fetched record taken that Faust would throw away, and seeks run on the consumer thread.

Faust builds its worker consumer with ``fetch_max_wait_ms=1500`` and no setting for it.
aiokafka keeps one fetch request in flight per broker, and a partition with buffered
records is left out of it; once those records are handled, the partition's next record
waits until that request returns: when any partition in it gets data, else after the full
fetch wait. In a pipeline of idle hops (one article every few hundred ms) that wait is
paid again and again on the way to an alert. ``WIREWATCH_FETCH_MAX_WAIT_MS`` bounds it
(measured: ``benchmarks/bench_latency.py``; see the README's settings table).

Faust asks aiokafka for the records of its *active* partitions, passing its own set of
them, which it changes in place as partitions are paused and resumed. aiokafka reads that
set only when it takes records from its buffer, which can be long after the call began (a
call made before a rebalance waits through it), and an *empty* set means "every
partition" to aiokafka. The records taken advance aiokafka's position; Faust then throws
away those of a partition not active by then, or all of them if its flow stopped. During
a rebalance every partition is paused (the set is empty) until table recovery resumes the
changelogs it replays: records a stale call took after recovery had sought a changelog
partition were thrown away, its position was past them, and recovery waited for them
forever (CI: one small changelog partition, 1-3 records, never restored after a second
worker joined, about 1 run in 15). So aiokafka is handed :class:`Deliverable`: the
partitions Faust would pass records of at the moment aiokafka takes them, never "all".

aiokafka's consumer lives on Faust's consumer thread (its own event loop), which drains
the buffer; a seek drops the partition's buffered records from it. Faust's
``Consumer.seek`` called aiokafka's seek straight from the worker's event loop, another
thread, so a seek could change the buffer in the middle of a drain: with Deliverable a
paused partition's records wait in the buffer until it resumes, which is when
``GaplessConsumer.perform_seek`` seeks the stream partitions the group never committed on
(its rereads seek too), and a worker crashed
(``KeyError`` at ``del self._records[tp]`` in aiokafka's ``fetched_records``; CI, the
kill -9 test, 1 of 6 full runs). A drain that took records as the seek landed would also
move the position past the seek. So :meth:`WorkerConsumer._seek` runs the seek on the
consumer thread, between drains, as Faust already runs its other seeks.
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from typing import Any

from faust.transport.drivers import aiokafka as driver
from faust.types import TP

from pipeline.streaming.commits import GaplessConsumer


class Deliverable(Set[TP]):
    """The partitions whose fetched records Faust hands on now: active (Faust's live set,
    changed in place) while the flow runs. aiokafka takes from its buffer only records of
    a partition ``in`` this; the rest stay buffered, at their position, until the
    partition is resumed or sought (a seek drops them). Always true: aiokafka takes an
    empty (false) set to mean every partition."""

    def __init__(self, consumer: Any, active: Set[TP]) -> None:
        self._consumer = consumer  # Faust's consumer: its ``flow_active``
        self._active = active

    def __contains__(self, tp: object) -> bool:
        return bool(self._consumer.flow_active) and tp in self._active

    def __iter__(self) -> Iterator[TP]:
        return (tp for tp in list(self._active) if tp in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return True


class ConsumerThread(driver.AIOKafkaConsumerThread):
    async def _fetch_records(
        self,
        consumer: Any,
        active_partitions: Set[TP] | None,
        timeout: float | None = None,
        max_records: int | None = None,
    ) -> Any:
        partitions = active_partitions  # None: a client-only app, every partition
        if active_partitions is not None:
            partitions = Deliverable(self.consumer, active_partitions)
        # Faust annotates a set; aiokafka only asks ``in`` and truth of it
        return await super()._fetch_records(
            consumer, partitions, timeout=timeout, max_records=max_records)  # type: ignore[arg-type]

    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        wait = getattr(self.app, "fetch_max_wait_ms", None)
        if wait is not None:
            # Read by AIOKafkaConsumer.start() when it builds its fetcher.
            consumer._fetch_max_wait_ms = int(wait)
        return consumer


class WorkerConsumer(GaplessConsumer):
    """The worker's consumer: gapless commits (``commits.py``), our fetch wait, records
    taken only for Faust's active partitions and seeks on the consumer thread. The app
    puts it on Faust's aiokafka transport (``WirewatchApp._new_transport``)."""

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def _seek(self, partition: TP, offset: int) -> None:
        """aiokafka's seek, run on the consumer thread: never in the middle of a drain of
        its buffer (Faust calls it from this loop's thread)."""
        thread = self._thread
        await thread.call_thread(_seek_on, thread, partition, offset)


async def _seek_on(thread: driver.AIOKafkaConsumerThread, partition: TP, offset: int) -> None:
    thread.seek(partition, offset)
