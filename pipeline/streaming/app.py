"""``create_app(settings)``: the Faust application, its topics, tables and agents.

No module-level app: every caller (the worker command, agent tests) builds its own from
a :class:`~pipeline.settings.Settings`. Agents only decode, call a step from
:mod:`pipeline.streaming.steps` (which calls the domain and nlp), and send.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import faust

from pipeline.domain import dedup
from pipeline.domain.clock import FeedClock, wall_clock
from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.runner import ArticleAnalyser
from pipeline.settings import Settings
from pipeline.streaming import steps, topics
from pipeline.streaming.codecs import encode
from pipeline.streaming.metrics import Counters
from pipeline.streaming.partitions import PartitionSweeper, PartitionView
from pipeline.streaming.replay import arrived_at
from pipeline.streaming.topics import TopicNames

log = logging.getLogger("wirewatch")


class Sink(Protocol):
    """Where agents send records; a Faust producer in production, a list in tests."""

    async def send(self, topic: str, key: str | None, value: dict[str, Any]) -> None: ...


@dataclass
class FaustSink:
    app: faust.App
    _topics: dict[str, Any] = field(default_factory=dict)

    async def send(self, topic: str, key: str | None, value: dict[str, Any]) -> None:
        channel = self._topics.get(topic)
        if channel is None:
            channel = self._topics[topic] = self.app.topic(
                topic, key_serializer="raw", value_serializer="raw"
            )
        await channel.send(key=key.encode() if key is not None else None, value=encode(value))


class WirewatchApp(faust.App):
    """A Faust app that also carries wirewatch's settings, sink and counters."""

    wire_settings: Settings
    sink: Sink
    counters: Counters


def create_app(
    settings: Settings,
    *,
    analyser: ArticleAnalyser | None = None,
    sink: Sink | None = None,
    clock: Callable[[], datetime] = wall_clock,
) -> WirewatchApp:
    """Build the app. ``analyser`` defaults to the real spaCy extractor, loaded lazily."""
    app = WirewatchApp(
        settings.app_id,
        broker=settings.broker,
        store="memory://",
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        web_enabled=settings.web_port > 0,
        web_port=settings.web_port or 6066,
        web_bind="0.0.0.0",  # reachable by Prometheus inside a container network
        datadir=settings.data_dir,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        broker_request_timeout=90.0,
        stream_wait_empty=False,
        table_cleanup_interval=60.0,
        table_standby_replicas=0,
        broker_session_timeout=settings.session_timeout_seconds,
        broker_heartbeat_interval=settings.heartbeat_interval_seconds,
        env={},  # Faust's unprefixed variables (WEB_PORT ...) must not override these
    )
    app.wire_settings = settings
    app.sink = sink or FaustSink(app)
    app.counters = Counters()
    names = TopicNames(settings.topic_prefix)
    context = steps.StepContext.from_settings(settings)
    # Windows follow the feed's time, not the wall's. Each stage keeps its own watermark:
    # a replay burst can run ingest far ahead of the band owners, and entries must not be
    # judged against a time their owner hasn't reached.
    ingest_clock, band_clock, event_clock = (
        FeedClock(clock, settings.clock_allowance) for _ in range(3)
    )

    def topic(name: str) -> Any:
        return app.topic(
            name,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            internal=True,
        )

    def table(name: str) -> Any:
        # Each table is keyed like the topic its agent reads (band key, article id, event
        # key) and written only while that agent handles an event of the key's partition.
        return app.Table(name, default=None, partitions=settings.partitions)

    articles = topic(names.articles)
    bands = topic(names.dedup_bands)
    votes = topic(names.dedup_votes)
    unique = topic(names.unique)
    analysed = topic(names.analysed)
    enriched = topic(names.enriched)
    for extra in (names.duplicates, names.alerts, names.deadletter):
        topic(extra)  # declared with the others so consumers of them find them
    band_table = table(topics.BAND_TABLE)
    pending_table = table(topics.PENDING_TABLE)
    origin_table = table(topics.ORIGIN_TABLE)
    event_table = table(topics.EVENT_TABLE)
    state: dict[str, Any] = {"analyser": analyser}
    worker_id = f"{socket.gethostname()}:{os.getpid()}"

    def get_analyser() -> ArticleAnalyser:
        if state["analyser"] is None:
            from pipeline.nlp.extract import Extractor

            state["analyser"] = Extractor.load(settings.model)
        analyser_ = state["analyser"]
        assert analyser_ is not None
        return analyser_  # type: ignore[no-any-return]

    async def emit(outs: list[steps.Out]) -> None:
        for out in outs:
            await app.sink.send(names.name(out.topic), out.key, out.value)
            app.counters.sent(out.topic)

    async def guarded(
        stage: str, step: Callable[..., list[steps.Out]], raw: Any, *args: Any
    ) -> None:
        """Run a step; an unexpected error becomes a dead-letter record, never a dead agent."""
        try:
            outs = step(raw, *args)
        except Exception as exc:
            log.exception("wirewatch %s failed on a record; sent to the dead-letter topic", stage)
            outs = steps.internal_error(stage, raw, exc)
        await emit(outs)

    @app.agent(articles)
    async def ingest(stream: Any) -> None:
        async for event in stream.events():
            arrived = arrived_at(event.headers)  # set by `wirewatch replay`
            await guarded("ingest", steps.ingest, event.value, context, ingest_clock, arrived)

    sweeps = PartitionSweeper(interval=settings.sweep_interval_seconds)

    @app.agent(bands)
    async def dedup_band(stream: Any) -> None:
        async for event in stream.events():
            raw, partition = event.value, event.message.partition
            await guarded("dedup probe", steps.probe, raw, band_table, context, band_clock)
            if sweeps.due(partition):
                # Buckets nobody probes again still age out, so memory stays flat on an
                # endless feed. Only this event's partition is swept: table writes are
                # logged to the partition of the event being handled.
                view = PartitionView(band_table, partition, settings.partitions)
                dedup.expire(view, band_clock.now(), context.params)

    @app.agent(votes)
    async def dedup_gather(stream: Any) -> None:
        async for raw in stream:
            await guarded("dedup gather", steps.gather, raw, pending_table, context)

    async def analyse(articles: list[Article]) -> list[ArticleAnalysis]:
        # spaCy is CPU-bound: run it off the event loop so the consumer keeps heartbeating.
        loop = asyncio.get_running_loop()
        result: list[ArticleAnalysis] = await loop.run_in_executor(
            None, lambda: get_analyser().analyse(articles)
        )
        return result

    @app.agent(unique)
    async def extract(stream: Any) -> None:
        # One record at a time: stream.take() batches lost their buffered events across a
        # rebalance in our two-worker tests (faust-streaming 0.15.3), and nothing may be lost.
        async for raw in stream:
            items = steps.decode_unique([raw])
            articles = [item.article for item in items if item.article is not None]
            try:
                analyses = await analyse(articles) if articles else []
            except Exception as exc:
                log.exception("wirewatch extract failed on %s", [a.id for a in articles])
                analyses = [ArticleAnalysis(article=a) for a in articles]
                await emit(steps.internal_error("extract", raw, exc))
            await emit(steps.analysed(items, analyses, worker_id))

    @app.agent(analysed)
    async def route(stream: Any) -> None:
        async for raw in stream:
            await guarded("route", steps.route, raw, origin_table)

    @app.agent(enriched)
    async def conflicts(stream: Any) -> None:
        async for raw in stream:
            await guarded("conflicts", steps.conflicts, raw, event_table, context, event_clock)

    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        monitor = app.monitor
        app.counters.lag = {
            f"{tp.topic}/{tp.partition}": max(0, end - monitor.tp_read_offsets.get(tp, -1) - 1)
            for tp, end in monitor.tp_end_offsets.items()
        }
        body = app.counters.prometheus(events_total=monitor.events_total)
        return web.text(body, content_type="text/plain; version=0.0.4")

    app.wire_agents = {  # type: ignore[attr-defined]
        "ingest": ingest,
        "dedup_band": dedup_band,
        "dedup_gather": dedup_gather,
        "extract": extract,
        "route": route,
        "conflicts": conflicts,
    }
    return app
