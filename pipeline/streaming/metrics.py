"""What a worker tells ops, with prometheus-client, one registry per app.

Each app gets its own :class:`~prometheus_client.CollectorRegistry` (never the global
one), so several apps in one process (tests) do not clash. The agents feed it through
:meth:`WorkerMetrics.step` (times a step) and :meth:`WorkerMetrics.sent` (counts one
output record by what it is); the Faust sink adds :meth:`WorkerMetrics.carry`'s header
(the ingest time) to every record it sends; the web view's scrape reads the rest from
Faust's monitor (consumer lag) and the broker (reachability). Series, all prefixed
``wirewatch_``:

- ``articles_in_total``, ``articles_processed_total``, ``articles_gated_total``,
  ``duplicates_total``, ``rejected_total`` (dead letters), ``alerts_total``;
  ``records_sent_total{topic}``, ``events_total`` (records consumed by the agents);
  every one exists at 0 before its first event, so ``rate()`` works from the start.
- ``stage_seconds{stage}``: time in each step (``extract``: the NLP call alone), and
  waits beside them (:data:`WAITS`).
- ``gc_pause_seconds{generation}``: the interpreter's garbage collections, once a worker
  calls :meth:`WorkerMetrics.watch_gc` (a pause stops the event loop).
- ``ingest_to_alert_seconds``: from the ``wire.articles`` record's timestamp to the send
  of an alert that the article triggered (the timestamp travels in a record header).
- ``event_time_delay_seconds``: wall clock minus the article's ``published`` at ingest.
- ``consumer_lag{topic,partition}``: records not yet consumed per assigned partition.
- ``broker_up``: 1 when a bootstrap broker accepts a connection, 0 while none does.
- ``process_resident_memory_bytes`` and the rest of prometheus-client's process series.

Topic labels are base names (``wire.alerts``) whatever the deployment's prefix; topics
that are not wirewatch's (table changelogs) keep their full name.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, TypeVar

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from pipeline.streaming import topics

T = TypeVar("T")

NAMESPACE = "wirewatch"
CONTENT_TYPE = "text/plain; version=0.0.4"  # the text format (UTF-8)
# The header that carries an article's ingest time (seconds since the epoch) down the topics.
INGEST_HEADER = "wirewatch-ingested"
# The agents' steps, by the names they use for dead-letter reasons.
STAGES = ("ingest", "dedup probe", "dedup gather", "extract", "route", "conflicts")
# Waits timed beside the steps, in the same histogram: "extract wait" is a record's time
# from reaching the parser's queue to its parse call starting (the batch before it);
# "extract order" from its parse ending to its results going out (after earlier ones).
WAITS = ("extract wait", "extract order")
STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
ALERT_BUCKETS = (0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30, 60, 120, 300)
_HOUR = 3600.0
DELAY_BUCKETS = (1, 5, 15, 60, 300, 900, _HOUR, 6 * _HOUR, 24 * _HOUR, 7 * 24 * _HOUR)


def stage_label(stage: str) -> str:
    return stage.replace(" ", "_")


def base_topic(topic: str, names: topics.TopicNames) -> str:
    """``prefix.wire.x`` -> ``wire.x``; any other topic unchanged."""
    for base in topics.ALL:
        if topic == names.name(base):
            return base
    return topic


class WorkerMetrics:
    """One app's series, in its own registry."""

    def __init__(self, names: topics.TopicNames | None = None) -> None:
        self.names = names or topics.TopicNames()
        self.registry = CollectorRegistry(auto_describe=True)
        reg = self.registry

        def counter(name: str, doc: str, labels: Iterable[str] = ()) -> Counter:
            return Counter(name, doc, list(labels), namespace=NAMESPACE, registry=reg)

        self.articles_in = counter("articles_in", "Articles read from wire.articles.")
        self.processed = counter(
            "articles_processed", "Unique articles through extraction (gated ones included)."
        )
        self.gated = counter("articles_gated", "Articles the topic gate kept from the parse.")
        self.duplicates = counter(
            "duplicates", "Duplicate records sent (copies, corrections, rewrites)."
        )
        self.rejected = counter("rejected", "Records sent to the dead-letter topic.")
        self.alerts = counter("alerts", "Alert versions sent.")
        self.late = counter(
            "late_claims", "Claims that joined or opened an event behind its window."
        )
        self.records_sent = counter(
            "records_sent", "Records sent by this worker, per output topic.", ["topic"]
        )
        for base in topics.ALL:
            self.records_sent.labels(topic=base)
        self.stage_seconds = Histogram(
            "stage_seconds",
            "Time spent in each pipeline step, per record.",
            ["stage"],
            namespace=NAMESPACE,
            buckets=STAGE_BUCKETS,
            registry=reg,
        )
        for stage in (*STAGES, *WAITS):
            self.stage_seconds.labels(stage=stage_label(stage))
        self.ingest_to_alert = Histogram(
            "ingest_to_alert_seconds",
            "From an article's wire.articles record timestamp to the alert it triggered.",
            namespace=NAMESPACE,
            buckets=ALERT_BUCKETS,
            registry=reg,
        )
        self.event_time_delay = Histogram(
            "event_time_delay_seconds",
            "Wall clock minus the article's published time, at ingest.",
            namespace=NAMESPACE,
            buckets=DELAY_BUCKETS,
            registry=reg,
        )
        self.gc_pause = Histogram(
            "gc_pause_seconds",
            "Garbage-collection pauses of the worker process, per generation.",
            ["generation"],
            namespace=NAMESPACE,
            buckets=STAGE_BUCKETS,
            registry=reg,
        )
        self._gc_started = 0.0
        self.broker_up = Gauge(
            "broker_up",
            "1 if a bootstrap broker accepts connections, else 0.",
            namespace=NAMESPACE,
            registry=reg,
        )
        ProcessCollector(registry=reg)
        self.monitor: Any = None  # Faust's monitor, read at scrape time
        reg.register(_MonitorCollector(self))

    # --- hooks for the agents ---------------------------------------------------------

    def late_claims(self, n: int = 1) -> None:
        self.late.inc(n)

    def step(self, stage: str, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)``, timed as ``stage``."""
        if stage == "ingest":
            self.articles_in.inc()
        started = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.stage_seconds.labels(stage=stage_label(stage)).observe(
                time.perf_counter() - started
            )

    def waited(self, stage: str, seconds: float) -> None:
        """A wait beside the steps (:data:`WAITS`), in the stage histogram."""
        self.stage_seconds.labels(stage=stage_label(stage)).observe(seconds)

    def watch_gc(self) -> Callable[[], None]:
        """Time every garbage collection of this process into ``gc_pause_seconds``;
        returns the function that stops it."""

        def timed(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                self._gc_started = time.perf_counter()
            else:
                self.gc_pause.labels(generation=str(info["generation"])).observe(
                    time.perf_counter() - self._gc_started)

        gc.callbacks.append(timed)
        return lambda: gc.callbacks.remove(timed)

    def carry(self) -> dict[str, bytes] | None:
        """Headers for a record sent while handling the current event: its ingest time."""
        when = self._ingest_time()
        return None if when is None else {INGEST_HEADER: f"{when:.3f}".encode()}

    def _ingest_time(self) -> float | None:
        from faust.streams import current_event

        return ingest_time(current_event(), self.names.articles)

    def sent(self, topic: str, value: dict[str, Any]) -> None:
        """Count one output record (``topic``: base name) by what it is; an alert also
        observes the time since the ingest of the article being handled."""
        self.records_sent.labels(topic=topic).inc()
        kind = value.get("type")
        if topic == topics.ANALYSED and kind == "analysis":
            self.processed.inc()
            if value.get("analysis", {}).get("gated"):
                self.gated.inc()
        elif topic == topics.DUPLICATES:
            self.duplicates.inc()
        elif topic == topics.DEADLETTER:
            self.rejected.inc()
        elif topic == topics.ALERTS:
            self.alerts.inc()
            ingested = self._ingest_time()
            if ingested is not None:
                self.ingest_to_alert.observe(max(0.0, time.time() - ingested))
        elif topic == topics.DEDUP_BANDS and "arrival" in value:  # once an article
            self._published(value["arrival"].get("article", {}).get("published"))

    def _published(self, published: Any) -> None:
        if not isinstance(published, str):
            return
        try:
            when = datetime.fromisoformat(published)
        except ValueError:
            return
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        self.event_time_delay.observe(max(0.0, (datetime.now(UTC) - when).total_seconds()))

    # --- scrape -----------------------------------------------------------------------

    async def check_broker(self, bootstrap: str, timeout: float = 1.0) -> bool:
        """Set ``broker_up`` from a TCP connect to each ``host:port`` of ``bootstrap``."""
        up = await broker_reachable(bootstrap, timeout)
        self.broker_up.set(1 if up else 0)
        return up

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


async def broker_reachable(bootstrap: str, timeout: float = 1.0) -> bool:
    """True if any ``host:port`` of a comma-separated bootstrap list accepts a connection."""
    for address in filter(None, (a.strip() for a in bootstrap.split(","))):
        host, _, port = address.rpartition(":")
        try:
            _, writer = await asyncio.wait_for(
                asyncio.open_connection(host.strip("[]"), int(port)), timeout
            )
        except (OSError, ValueError, TimeoutError):
            continue
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return True
    return False


def ingest_time(event: Any, articles_topic: str) -> float | None:
    """The ingest time (s since the epoch) an event carries: its header, or for a
    ``wire.articles`` record its own timestamp; None when it has neither."""
    if event is None:
        return None
    raw = (getattr(event, "headers", None) or {}).get(INGEST_HEADER)
    if isinstance(raw, bytes):
        try:
            return float(raw.decode())
        except ValueError:
            return None
    message = getattr(event, "message", None)
    if message is not None and message.topic == articles_topic and message.timestamp:
        return float(message.timestamp)
    return None


class _MonitorCollector(Collector):
    """Series read from Faust's monitor when scraped: records consumed, consumer lag."""

    def __init__(self, metrics: WorkerMetrics) -> None:
        self._metrics = metrics

    def describe(self) -> list[Metric]:
        return [
            CounterMetricFamily(f"{NAMESPACE}_events", "Records consumed by the agents."),
            GaugeMetricFamily(f"{NAMESPACE}_consumer_lag", "", labels=["topic", "partition"]),
        ]

    def collect(self) -> Iterable[Metric]:
        monitor = self._metrics.monitor
        events = CounterMetricFamily(
            f"{NAMESPACE}_events", "Records consumed by this worker's agents."
        )
        events.add_metric([], float(getattr(monitor, "events_total", 0) or 0))
        lag = GaugeMetricFamily(
            f"{NAMESPACE}_consumer_lag",
            "Records not yet consumed, per assigned partition.",
            labels=["topic", "partition"],
        )
        for (topic, partition), behind in sorted(consumer_lag(monitor).items()):
            lag.add_metric([base_topic(topic, self._metrics.names), str(partition)], behind)
        return [events, lag]


def consumer_lag(monitor: Any) -> dict[tuple[str, int], int]:
    """(topic, partition) -> records between the consumer's position and the end."""
    if monitor is None:
        return {}
    read = monitor.tp_read_offsets or {}
    return {
        (tp.topic, tp.partition): max(0, end - read.get(tp, -1) - 1)
        for tp, end in (monitor.tp_end_offsets or {}).items()
    }
