"""``create_app(settings)``: the Faust application, its topics, tables and agents.

No module-level app: every caller (the worker command, agent tests) builds its own from
a :class:`~pipeline.settings.Settings`. Agents only decode, call a step from
:mod:`pipeline.streaming.steps` (which calls the domain and nlp), and send.
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import faust

from pipeline.domain import dedup
from pipeline.domain.clock import FeedClock, wall_clock
from pipeline.runner import ArticleAnalyser
from pipeline.settings import Settings
from pipeline.streaming import steps
from pipeline.streaming.codecs import encode
from pipeline.streaming.metrics import Counters
from pipeline.streaming.topics import TopicNames


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
    )
    app.wire_settings = settings
    app.sink = sink or FaustSink(app)
    app.counters = Counters()
    names = TopicNames(settings.topic_prefix)
    context = steps.StepContext.from_settings(settings)
    # One event-time clock per worker: windows follow the feed's time, not the wall's.
    feed_clock = FeedClock(clock)

    def topic(name: str) -> Any:
        return app.topic(
            name,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            internal=True,
        )

    def table(name: str) -> Any:
        return app.Table(name, default=None, partitions=settings.partitions)

    articles = topic(names.articles)
    bands = topic(names.dedup_bands)
    votes = topic(names.dedup_votes)
    unique = topic(names.unique)
    enriched = topic(names.enriched)
    for extra in (names.duplicates, names.alerts, names.deadletter):
        topic(extra)  # declared with the others so consumers of them find them
    band_table = table("dedup-bands")
    pending_table = table("dedup-pending")
    origin_table = table("article-events")
    event_table = table("events")
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

    @app.agent(articles)
    async def ingest(stream: Any) -> None:
        async for raw in stream:
            await emit(steps.ingest(raw, context, feed_clock))

    @app.agent(bands)
    async def dedup_band(stream: Any) -> None:
        async for raw in stream:
            await emit(steps.probe(raw, band_table, context, feed_clock))

    @app.agent(votes)
    async def dedup_gather(stream: Any) -> None:
        async for raw in stream:
            await emit(steps.gather(raw, pending_table, context))

    @app.agent(unique)
    async def extract(stream: Any) -> None:
        loop = asyncio.get_running_loop()
        async for batch in stream.take(settings.nlp_batch_size, within=0.5):
            items = steps.decode_unique(batch)
            articles = [item.article for item in items if item.article is not None]
            # spaCy is CPU-bound: run it off the event loop so the consumer keeps heartbeating.
            analyses = await loop.run_in_executor(None, get_analyser().analyse, articles)
            await emit(steps.enrich(items, analyses, origin_table, worker_id))

    @app.agent(enriched)
    async def conflicts(stream: Any) -> None:
        async for raw in stream:
            await emit(steps.conflicts(raw, event_table, context, feed_clock))

    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        monitor = app.monitor
        app.counters.lag = {
            f"{tp.topic}/{tp.partition}": max(0, end - monitor.tp_read_offsets.get(tp, -1) - 1)
            for tp, end in monitor.tp_end_offsets.items()
        }
        body = app.counters.prometheus(events_total=monitor.events_total)
        return web.text(body, content_type="text/plain; version=0.0.4")

    @app.timer(interval=60.0)
    async def expire_dedup_state() -> None:
        # buckets nobody probes again still age out, so memory stays flat on an endless feed
        dedup.expire(band_table, feed_clock.now(), context.params)

    app.wire_agents = {  # type: ignore[attr-defined]
        "ingest": ingest,
        "dedup_band": dedup_band,
        "dedup_gather": dedup_gather,
        "extract": extract,
        "conflicts": conflicts,
    }
    return app
