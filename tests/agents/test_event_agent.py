"""The event agent through Faust's test_context: digest ticks and late-claim notes, with
the production tables and a clock the test moves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from pipeline.domain import flow
from pipeline.domain.models import DuplicateRecord
from pipeline.streaming import steps
from pipeline.streaming.app import WirewatchApp
from pipeline.streaming.codecs import encode, to_wire
from pipeline.streaming.partitions import partition_of
from tests.agents.conftest import MemorySink, wait_until
from tests.unit.test_flow import T0, conflicting

KEY = "geo:SY"


async def test_a_tick_sends_a_folded_source_as_a_digest_once_it_is_due(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    wall = [T0 + timedelta(days=400)]

    def clock() -> datetime:
        return wall[0]

    app = make_app(clock=clock)
    part = partition_of(KEY, app.wire_settings.partitions)
    tick = encode(steps.ticks(["t"], wall[0])[0].value)
    copy = DuplicateRecord("c1", "o", 0.9, "Wire B", "near")
    agent = app.wire_agents["conflicts"]
    async with agent.test_context() as running:
        await running.put(encode(to_wire(flow.EventItem(KEY, analysis=conflicting("o")))),
                          key=KEY.encode(), partition=part)
        await wait_until(lambda: len(sink.on("wire.alerts")) == 1)
        await running.put(encode(to_wire(flow.EventItem(KEY, source=copy))),
                          key=KEY.encode(), partition=part)
        await running.put(tick, partition=part)  # not due yet: nothing
        wall[0] += timedelta(minutes=5)
        await running.put(tick, partition=(part + 1) % 6)  # another partition's keys
        await running.put(tick, partition=part)
        await wait_until(lambda: len(sink.on("wire.alerts")) == 2)
        await running.put(tick, partition=part)  # sent already: nothing more
        # the event stage's own late-claims notes pass through without a dead letter
        await running.put(encode({"type": steps.LATE, "article_id": "x", "event_key": KEY,
                                  "late_claims": ["why"]}), partition=part)
    (_, first), (_, digest) = sink.on("wire.alerts")
    assert digest["version"] == first["version"] + 1 and "c1" in digest["article_ids"]
    assert sink.on("wire.deadletter") == []


async def test_an_alert_is_delivered_before_the_event_table_holds_its_article(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    """Issue 10: a worker killed after its table write reached the changelog but before
    the alert did lost the alert for good: the record, delivered again to the next owner,
    found its article in the recovered table and did nothing. The table is written only
    once the sink says what was sent is delivered."""
    seen_at_flush: list[bool] = []

    async def flush() -> None:  # the sink's wait for delivery
        seen_at_flush.append(any(app.tables["events"].keys()))

    sink.flush = flush  # type: ignore[attr-defined]
    app = make_app()
    table = app.tables["events"]
    part = partition_of(KEY, app.wire_settings.partitions)
    agent = app.wire_agents["conflicts"]
    async with agent.test_context() as running:
        await running.put(encode(to_wire(flow.EventItem(KEY, analysis=conflicting("o")))),
                          key=KEY.encode(), partition=part)
        await wait_until(lambda: any(table.keys()))
    assert len(sink.on("wire.alerts")) == 1
    assert seen_at_flush == [False]  # delivered first, then written
