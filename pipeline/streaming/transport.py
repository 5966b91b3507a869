"""The worker's Kafka consumer: gapless commits, and the fetch wait taken from settings.

Faust builds its worker consumer with ``fetch_max_wait_ms=1500`` and no setting for it.
aiokafka keeps one fetch request in flight per broker, and a partition with buffered
records is left out of it; once those records are handled, the partition's next record
waits until that request returns: when any partition in it gets data, else after the full
fetch wait. In a pipeline of idle hops (one article every few hundred ms) that wait is
paid again and again on the way to an alert. ``WIREWATCH_FETCH_MAX_WAIT_MS`` bounds it
(measured: ``benchmarks/bench_latency.py``; see the README's settings table).
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import aiokafka as driver

from pipeline.streaming.commits import GaplessConsumer


class ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        wait = getattr(self.app, "fetch_max_wait_ms", None)
        if wait is not None:
            # Read by AIOKafkaConsumer.start() when it builds its fetcher.
            consumer._fetch_max_wait_ms = int(wait)
        return consumer


class WorkerConsumer(GaplessConsumer):
    """The worker's consumer: gapless commits (``commits.py``) and our fetch wait. The
    app puts it on Faust's aiokafka transport (``WirewatchApp._new_transport``)."""

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)
