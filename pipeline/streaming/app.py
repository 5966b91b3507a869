"""``create_app(settings)``: the Faust application.

No module-level app: every caller (the worker command, agent tests) builds its own from
a :class:`~pipeline.settings.Settings`. The pieces live apart: topic and table
declarations (:mod:`.topology`), agents (:mod:`.agents`, each calling one edge function
of :mod:`.steps`, which call the domain's steps) and web views (:mod:`.web`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import faust

from pipeline.assembly import step_context
from pipeline.domain.clock import wall_clock
from pipeline.domain.flow import ArticleAnalyser, StepContext
from pipeline.settings import Settings
from pipeline.streaming import commits, steps
from pipeline.streaming.agents import register_agents
from pipeline.streaming.codecs import encode
from pipeline.streaming.metrics import WorkerMetrics
from pipeline.streaming.topology import declare
from pipeline.streaming.transport import WorkerConsumer
from pipeline.streaming.web import register_views, web_options


class Sink(Protocol):
    """Where agents send records; a Faust producer in production, a list in tests."""

    async def send(self, topic: str, key: str | None, value: dict[str, Any]) -> None: ...

    async def flush(self) -> None:
        """Wait until every record sent so far is delivered."""


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
        key_bytes = key.encode() if key is not None else None
        headers = self.app.metrics.carry()  # the ingest time, for ingest-to-alert latency
        await channel.send(key=key_bytes, value=encode(value), headers=headers)

    async def flush(self) -> None:
        """Wait until every record sent so far is delivered (acknowledged by the broker)."""
        await self.app.producer.flush()


class WirewatchApp(faust.App):
    """A Faust app that also carries wirewatch's settings, sink and metrics."""

    wire_settings: Settings
    sink: Sink
    metrics: WorkerMetrics
    wire_agents: dict[str, Any]
    fetch_max_wait_ms: int | None = None  # the worker consumer's; None: Faust's 1500 ms

    def _new_transport(self) -> Any:
        transport = super()._new_transport()
        if issubclass(transport.Consumer, commits.Consumer):  # Faust's aiokafka driver:
            # commits never pass an unfinished record (commits.py), and the fetch wait is
            # ours (transport.py)
            transport.Consumer = WorkerConsumer
        return transport


def create_app(
    settings: Settings,
    *,
    analyser: ArticleAnalyser | None = None,
    sink: Sink | None = None,
    clock: Callable[[], datetime] = wall_clock,
    context: StepContext | None = None,
) -> WirewatchApp:
    """Build the app. ``analyser`` defaults to the real spaCy extractor, loaded lazily."""
    app = WirewatchApp(
        settings.app_id,
        broker=settings.broker,
        store="memory://",
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        datadir=settings.data_dir,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        producer_linger=settings.producer_linger_ms / 1000.0,
        producer_max_batch_size=settings.producer_max_batch_bytes,
        broker_request_timeout=90.0,
        stream_wait_empty=False,
        table_cleanup_interval=60.0,
        table_standby_replicas=0,
        broker_session_timeout=settings.session_timeout_seconds,
        broker_heartbeat_interval=settings.heartbeat_interval_seconds,
        env={},  # Faust's unprefixed variables (WEB_PORT ...) must not override these
        **web_options(settings),
    )
    app.wire_settings = settings
    app.fetch_max_wait_ms = settings.fetch_max_wait_ms
    app.sink = sink or FaustSink(app)
    topology = declare(app, settings)
    app.metrics = WorkerMetrics(topology.names)
    loaded: list[ArticleAnalyser] = [analyser] if analyser is not None else []

    def get_analyser() -> ArticleAnalyser:
        if not loaded:
            from pipeline.nlp.extract import Extractor

            loaded.append(Extractor.load(settings.model, gate=bool(settings.gate)))
        return loaded[0]

    async def emit(outs: list[steps.Out]) -> None:
        for out in outs:
            await app.sink.send(topology.names.name(out.topic), out.key, out.value)
            app.metrics.sent(out.topic, out.value)

    ctx = context or step_context(settings)
    app.wire_agents = register_agents(app, topology, settings, ctx, get_analyser, emit, clock)
    register_views(app, app.metrics, settings.bootstrap_servers)
    return app
