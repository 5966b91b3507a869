"""The stream's edge for the event stage (pipeline.streaming.steps.conflicts), no broker:
digest ticks, late-claim notes and their count, with the same stub articles as test_flow."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pipeline.domain import flow
from pipeline.domain.clock import FeedClock
from pipeline.domain.conflicts import is_event_key
from pipeline.domain.models import DuplicateRecord
from pipeline.streaming import steps, topics
from pipeline.streaming.codecs import encode, to_wire
from pipeline.streaming.partitions import PartitionView, partition_of
from tests.unit.test_flow import T0, conflicting

CTX = flow.StepContext()
WALL = T0 + timedelta(days=400)


def wire(item: flow.EventItem) -> bytes:
    return encode(to_wire(item))


def event_stage(raw: bytes, events: dict[str, Any], now: Any = WALL, **kw: Any) -> list[steps.Out]:
    return steps.conflicts(raw, events, CTX, FeedClock(lambda: WALL), now, **kw)


def test_tick_keys_reach_every_partition_once() -> None:
    keys = steps.tick_keys(6)
    assert sorted(partition_of(k, 6) for k in keys) == list(range(6))
    outs = steps.ticks(keys, WALL)
    assert {o.topic for o in outs} == {topics.ENRICHED} and len(outs) == 6


def test_a_tick_sends_the_digests_due_on_its_partition_only() -> None:
    events: dict[str, Any] = {}
    original = conflicting("o")
    key = "geo:SY"
    (first,) = event_stage(wire(flow.EventItem(key, analysis=original)), events)
    assert first.topic == topics.ALERTS and first.value["version"] == 1
    copy = DuplicateRecord("c1", "o", 0.9, "Wire B", "near")
    assert event_stage(wire(flow.EventItem(key, source=copy)), events) == []  # folded
    tick = encode(steps.ticks(["t"], WALL)[0].value)
    mine = partition_of(key, 6)
    other = PartitionView(events, (mine + 1) % 6, 6)
    later = WALL + timedelta(minutes=5)
    assert event_stage(tick, events, later, partition=other) == []  # not its partition
    assert event_stage(tick, events, WALL, partition=PartitionView(events, mine, 6)) == []
    # the event's own key lies on another partition: the tick reads it all the same
    (held,) = [k for k in events if is_event_key(k)]
    assert partition_of(held, 6) != mine
    (digest,) = event_stage(tick, events, later, partition=PartitionView(events, mine, 6))
    assert digest.value["version"] == 2 and "c1" in digest.value["article_ids"]
    assert event_stage(tick, events, later, partition=PartitionView(events, mine, 6)) == []


def test_late_claims_become_a_visible_note_with_reasons_and_a_count() -> None:
    events: dict[str, Any] = {}
    key = "geo:SY"
    event_stage(wire(flow.EventItem(key, analysis=conflicting("new", minutes=10 * 24 * 60))),
                events)
    outs = event_stage(wire(flow.EventItem(key, analysis=conflicting("old", minutes=0))), events)
    (note,) = [o for o in outs if o.value.get("type") == steps.LATE]
    assert note.topic == topics.ENRICHED and note.value["article_id"] == "old"
    assert len(note.value["late_claims"]) == 2
    assert all("behind the newest claim" in r for r in note.value["late_claims"])
    assert steps.late_claims(outs) == 2
    # the event stage reads its own topic: a note is skipped, never a dead letter
    assert event_stage(encode(note.value), events) == []


def test_an_event_closing_sends_its_folded_changes_before_they_are_dropped() -> None:
    # Events idle for the retention behind the watermark close (in both drivers); a copy
    # folded into a closed event's alert must still reach the desk, as a final digest
    # sends it when events stay open.
    events: dict[str, Any] = {}
    key = "geo:SY"
    (first,) = event_stage(wire(flow.EventItem(key, analysis=conflicting("o"))), events)
    copy = DuplicateRecord("c1", "o", 0.9, "Wire B", "near")
    assert event_stage(wire(flow.EventItem(key, source=copy)), events) == []  # folded
    later = conflicting("new", minutes=30 * 24 * 60)  # past the 14-day retention
    outs = event_stage(wire(flow.EventItem(key, analysis=later)), events)
    # the closed event's folded change keeps its pace: the digest tick sends it
    assert first.value["alert_id"] not in {o.value.get("alert_id") for o in outs}
    tick = encode(steps.ticks(["t"], WALL)[0].value)
    due = event_stage(tick, events, WALL + timedelta(hours=1))
    (digest,) = [o for o in due if o.value.get("alert_id") == first.value["alert_id"]]
    assert digest.value["version"] == 2 and "c1" in digest.value["article_ids"]
    # sent once: nothing of it is left for a tick to send again
    again = event_stage(tick, events, WALL + timedelta(hours=2))
    assert first.value["alert_id"] not in {o.value["alert_id"] for o in again}
