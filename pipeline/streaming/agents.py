"""The agents: each loops over its topic, calls one edge function of
:mod:`pipeline.streaming.steps` (decode, domain step, route outputs) and sends the result.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial
from typing import Any

from pipeline.domain.clock import FeedClock
from pipeline.domain.dedup import BandIndex, entry_route, expire
from pipeline.domain.flow import ArticleAnalyser, StepContext, forget_decided
from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.settings import Settings
from pipeline.streaming import steps
from pipeline.streaming.batches import Batcher
from pipeline.streaming.codecs import RecordError
from pipeline.streaming.partitions import PartitionSweeper, PartitionView, keys_of
from pipeline.streaming.replay import arrived_at
from pipeline.streaming.staged import Staged
from pipeline.streaming.topology import Topology

log = logging.getLogger("wirewatch")
# How long the gatherer keeps a decided article's entry for records delivered again after
# a failover (they come within one commit interval plus the failover, seconds).
DECIDED_KEEP_SECONDS = 600.0

Emit = Callable[[list[steps.Out]], Awaitable[None]]


def register_agents(
    app: Any,
    topology: Topology,
    settings: Settings,
    ctx: StepContext,
    analyser: Callable[[], ArticleAnalyser],
    emit: Emit,
    clock: Callable[[], datetime],
) -> dict[str, Any]:
    """Declare the six agents on ``app``; returns them by name (for tests)."""
    t = topology
    # Windows follow the feed's time, not the wall's. Each stage keeps its own watermark:
    # a replay burst can run ingest far ahead of the band owners, and entries must not be
    # judged against a time their owner hasn't reached.
    ingest_clock, band_clock, event_clock = (
        FeedClock(clock, settings.clock_allowance) for _ in range(3)
    )
    sweeps = PartitionSweeper(interval=settings.sweep_interval_seconds)
    decided_sweeps = PartitionSweeper(interval=settings.sweep_interval_seconds)
    worker_id = f"{socket.gethostname()}:{os.getpid()}"

    async def guarded(
        stage: str, step: Callable[..., list[steps.Out]], raw: Any, *a: Any, sink: Emit = emit
    ) -> None:
        """Run a step; an unexpected error becomes a dead-letter record, never a dead agent."""
        try:
            outs = app.metrics.step(stage, step, raw, *a)  # timed, per stage
        except RecordError as exc:
            outs = steps.unreadable(stage, raw, exc)
        except Exception as exc:
            log.exception("wirewatch %s failed on a record; sent to the dead-letter topic", stage)
            outs = steps.internal_error(stage, raw, exc)
        await sink(outs)

    async def ingest(stream: Any) -> None:
        async for event in stream.events():
            arrived = float(event.message.timestamp or 0.0)  # producer time: feed order
            placed = arrived_at(event.headers)  # the feed time `wirewatch replay` gave it
            await guarded(
                "ingest",
                steps.ingest,
                event.value,
                ctx,
                settings.partitions,
                ingest_clock,
                arrived,
                placed,
            )

    # One table entry per (probe group, article); the band key -> rows lookup is derived in
    # memory and rebuilt once recovery has filled the table from its changelog (after a
    # start or a rebalance, before the streams resume), and in any case on the first probe
    # of a new rebalance generation.
    bands = BandIndex(t.band_table)
    band_recovered = getattr(t.band_table, "on_recover", None)
    if band_recovered is not None:

        async def rebuild_bands() -> None:
            bands.invalidate()

        band_recovered(rebuild_bands)

    async def dedup_band(stream: Any) -> None:
        async for event in stream.events():
            partition = event.message.partition
            bands.sync(app.rebalancing_count)
            await guarded("dedup probe", steps.probe, event.value, bands, ctx, band_clock)
            if sweeps.due(partition):
                # Entries nobody probes again still age out, so memory stays flat on an
                # endless feed. Only this event's partition is swept: table writes are
                # logged to the partition of the event being handled.
                mine = keys_of(partition, settings.partitions, entry_route)
                expire(bands, band_clock.now(), ctx.params, mine)

    async def dedup_gather(stream: Any) -> None:
        async for event in stream.events():
            partition, now = event.message.partition, clock().timestamp()
            await guarded("dedup gather", steps.gather, event.value, t.pending_table, ctx, now)
            if decided_sweeps.due(partition):  # decided entries wait for re-deliveries
                view = PartitionView(t.pending_table, partition, settings.partitions)
                forget_decided(view, now, DECIDED_KEEP_SECONDS)

    metrics = getattr(app, "metrics", None)

    async def analyse(articles: list[Article]) -> list[ArticleAnalysis]:
        # spaCy is CPU-bound: run it off the event loop so the consumer keeps heartbeating
        # (a thread per call in flight, each waiting on its parse process).
        loop = asyncio.get_running_loop()
        timed = app.metrics.step  # the NLP call alone, as the "extract" stage
        return await loop.run_in_executor(
            None, lambda: timed("extract", analyser().analyse, articles)
        )

    async def extract(stream: Any) -> None:
        # The parser takes, as its next batch, the records that arrived while it was busy
        # (:class:`Batcher`), and this loop keeps reading meanwhile. Each record's result
        # is sent in order, and only then is its event acknowledged (acks are manual), so
        # no offset is committed before its analysis is out. An event read before a
        # rebalance is not acknowledged after it: the rebalance sends the consumer back to
        # the committed offset, so the event comes again (to this worker or another).
        events = stream.noack()
        waited = None if metrics is None else partial(metrics.waited, "extract wait")
        # one call at a time per parse process (WIREWATCH_WORKER_PARSE_PROCESSES)
        batcher: Batcher[Article, ArticleAnalysis] = Batcher(
            analyse, settings.nlp_batch_size, waited, calls=settings.worker_parse_count)
        window = asyncio.Semaphore(settings.extract_in_flight)
        pending: set[asyncio.Task[None]] = set()
        previous: asyncio.Task[None] | None = None
        loop = asyncio.get_running_loop()
        # when each parse finished, to time how long its results wait for earlier ones
        parsed_at: dict[asyncio.Future[list[ArticleAnalysis]], float] = {}

        def stamp(parsed: asyncio.Future[list[ArticleAnalysis]]) -> None:
            parsed_at[parsed] = loop.time()

        async def finish(
            event: Any, items: list[Any], articles: list[Article],
            parsed: asyncio.Future[list[ArticleAnalysis]],
            before: asyncio.Task[None] | None, epoch: int,
        ) -> None:
            try:
                if before is not None:
                    await asyncio.wait([before])  # results go out in the order read
                if metrics is not None:  # how long its parse's results were held back
                    done_at = parsed_at.get(parsed)
                    metrics.waited("extract order", 0.0 if done_at is None
                                   else loop.time() - done_at)
                try:
                    analyses = await parsed
                except Exception as exc:
                    log.exception("wirewatch extract failed on %s", [a.id for a in articles])
                    analyses = [ArticleAnalysis(article=a) for a in articles]
                    await emit(steps.internal_error("extract", event.value, exc))
                await emit(steps.analysed(items, analyses, worker_id))
                if app.rebalancing_count == epoch:
                    await events.ack(event)
            finally:
                parsed_at.pop(parsed, None)
                window.release()

        try:
            async for event in events.events():
                if previous is not None and previous.done() and previous.exception():
                    raise previous.exception()  # type: ignore[misc]  # as a one-by-one loop would
                await window.acquire()
                items = steps.decode_unique([event.value])
                articles = [item for item in items if isinstance(item, Article)]
                parsed = batcher.submit(articles)
                parsed.add_done_callback(stamp)
                # Created here, the task runs with this event as Faust's current event
                # (a context variable), so what it sends carries this event's ingest time.
                previous = asyncio.ensure_future(finish(
                    event, items, articles, parsed, previous,
                    app.rebalancing_count,
                ))
                pending.add(previous)
                previous.add_done_callback(pending.discard)
            if pending:
                await asyncio.wait(pending)
        finally:
            for task in pending:
                task.cancel()

    async def route(stream: Any) -> None:
        async for raw in stream:
            await guarded("route", steps.route, raw, t.origin_table)

    async def emit_counted(outs: list[steps.Out]) -> None:
        late = steps.late_claims(outs)
        if late and metrics is not None:
            metrics.late_claims(late)
        await emit(outs)

    async def conflicts(stream: Any) -> None:
        async for event in stream.events():
            # The step's table writes reach the table only once what it sent is
            # delivered, so a worker killed in between cannot keep the one and lose the
            # other (staged.py). A tick flushes the digests of its own partition only:
            # table writes are logged to the partition of the event being handled.
            staged = Staged(t.event_table)
            view = PartitionView(staged, event.message.partition, settings.partitions)
            sent: list[steps.Out] = []

            async def sink(outs: list[steps.Out], sent: list[steps.Out] = sent) -> None:
                sent += outs
                await emit_counted(outs)

            await guarded("conflicts", steps.conflicts, event.value, staged, ctx, event_clock,
                          clock(), view, sink=sink)
            if sent and staged.pending:
                await app.sink.flush()
            staged.apply()

    tick_keys = steps.tick_keys(settings.partitions)

    async def digest_tick() -> None:
        """Every few seconds a tick to each event partition: folded alert changes go out
        as digests inside the agent that owns their table entries (so the digest state
        moves with the partition on a failover)."""
        try:
            await emit(steps.ticks(tick_keys, clock()))
        except Exception as exc:  # the broker is away: the next tick tries again
            log.debug("wirewatch digest tick not sent: %s", exc)

    app.timer(interval=settings.digest_tick_seconds, name="digest_tick")(digest_tick)

    wiring = {
        "ingest": (t.articles, ingest),
        "dedup_band": (t.bands, dedup_band),
        "dedup_gather": (t.votes, dedup_gather),
        "extract": (t.unique, extract),
        "route": (t.analysed, route),
        "conflicts": (t.enriched, conflicts),
    }
    return {name: app.agent(channel, name=name)(fn) for name, (channel, fn) in wiring.items()}
