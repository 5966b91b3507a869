"""The agents' edge: decode a record, call the step of :mod:`pipeline.domain.flow`, and
say what to send where (:class:`Out`).

No faust import here and no pipeline logic: the steps are the domain's, the same ones the
embedded runner drives. What belongs to the stream is only the wiring: which topic a
step's output goes to, under which key (so that what must meet shares a partition), and
that a record that cannot be read becomes a dead letter instead of a dead agent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from pipeline.domain import flow
from pipeline.domain.clock import FeedClock
from pipeline.domain.dedup import BandIndex
from pipeline.domain.flow import State, StepContext
from pipeline.domain.models import (
    Article,
    ArticleAnalysis,
    ConflictAlert,
    DuplicateRecord,
    Rejection,
)
from pipeline.domain.results import alert_record, deadletter_record, duplicate_record
from pipeline.streaming import topics
from pipeline.streaming.codecs import RecordError, decode, from_wire, to_wire
from pipeline.streaming.partitions import partition_of


@dataclass(frozen=True, slots=True)
class Out:
    """One record to send: base topic name (prefix is applied by the app), key, value."""

    topic: str
    key: str | None
    value: dict[str, Any]


def _bad_record(raw: Any, exc: Exception, stage: str) -> list[Out]:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    rejection = Rejection(id=None, reason=f"{stage}: {exc}", raw=text[:2000])
    return [Out(topics.DEADLETTER, None, deadletter_record(rejection))]


def internal_error(stage: str, raw: Any, exc: Exception) -> list[Out]:
    """A record that a step could not handle (a bug, not bad input): keep it, with why."""
    return _bad_record(raw, exc, f"internal error in {stage} ({type(exc).__name__})")


def unreadable(stage: str, raw: Any, exc: RecordError) -> list[Out]:
    """A record this stage cannot read (bad input, not a bug): a dead letter with why."""
    return _bad_record(raw, exc, stage)


def _expect(payload: Any, *kinds: type) -> Any:
    """The typed record of one of ``kinds``; :class:`RecordError` (a dead letter) if not."""
    record = from_wire(payload)
    if not isinstance(record, kinds):
        raise RecordError(f"unexpected {type(record).__name__} record")
    return record


def group_by_partition(keys: Sequence[str], partitions: int) -> list[tuple[str, ...]]:
    """Keys grouped by the partition that owns them, in a stable order: one probe per
    owning partition, so 33 keys become at most ``partitions`` records each way."""
    grouped: dict[int, list[str]] = {}
    for key in keys:
        grouped.setdefault(partition_of(key, partitions), []).append(key)
    return [tuple(grouped[p]) for p in sorted(grouped)]


# --- ingest: admit, scatter to the owners of the article's keys ----------------------------


def ingest(
    raw: bytes,
    ctx: StepContext,
    partitions: int,
    clock: FeedClock,
    arrived: float = 0.0,
    arrived_at: datetime | None = None,
) -> list[Out]:
    """``arrived``: the feed record's timestamp (when the producer sent it), which orders
    copies; ``arrived_at``: the feed time replay placed the line at, if it said."""
    parsed = flow.admit(raw, ctx, clock, arrived_at)
    if isinstance(parsed, Rejection):
        return [Out(topics.DEADLETTER, parsed.id, deadletter_record(parsed))]
    groups = partial(group_by_partition, partitions=partitions)
    _, probes = flow.scatter(parsed, ctx, groups, arrived)  # the first carries the arrival
    return [Out(topics.DEDUP_BANDS, p.band_keys[0], to_wire(p)) for p in probes]


# --- band owner ----------------------------------------------------------------------------


def probe(raw: bytes, bands: BandIndex, ctx: StepContext, clock: FeedClock) -> list[Out]:
    record: flow.Probe = _expect(raw, flow.Probe)
    clock.observe(record.entry.event_time)
    # Judged as in the runner (no expiry while judging); the agent's sweep expires entries
    # older than the owner's watermark, and an undated entry counts from that watermark.
    votes = flow.probe(record, bands, ctx, stored_at=clock.now())
    return [Out(topics.DEDUP_VOTES, votes.article_id, to_wire(votes))]


# --- gatherer: one verdict per article once every probe group has voted -------------------


def gather(raw: bytes, pending: State, ctx: StepContext, now: float | None = None) -> list[Out]:
    record: flow.Arrival | flow.Votes = _expect(raw, flow.Arrival, flow.Votes)
    verdict = flow.gather(record, pending, ctx, now)
    return [] if verdict is None else verdict_outs(verdict)


def verdict_outs(verdict: flow.Verdict) -> list[Out]:
    """A unique article goes to extraction. Every other source (a duplicate, or an earlier
    arrival corrected into one) travels wire.unique -> wire.analysed behind the article it
    concerns, keyed like it (:func:`flow.route_key`), so its router sees them in order; so
    does a duplicate's own entry (:attr:`flow.Verdict.alias`), keyed by the copy."""
    duplicate = verdict.duplicate
    if duplicate is None:
        outs = [Out(topics.UNIQUE, verdict.article.id, to_wire(verdict.article))]
    else:
        outs = [
            Out(topics.DUPLICATES, duplicate.duplicate_of, duplicate_record(duplicate)),
            Out(topics.UNIQUE, flow.route_key(duplicate), to_wire(duplicate)),
        ]
    outs += [Out(topics.UNIQUE, flow.route_key(c), to_wire(c)) for c in verdict.follow_ups]
    return outs


# --- extract: NLP off the event loop (in the app); sources pass through ---------------------


def decode_unique(batch: Iterable[bytes]) -> list[Article | DuplicateRecord | list[Out]]:
    """Each record typed, or (unreadable) the dead letter to send in its place."""
    items: list[Article | DuplicateRecord | list[Out]] = []
    for raw in batch:
        try:
            items.append(_expect(raw, Article, DuplicateRecord))
        except RecordError as exc:
            items.append(unreadable("extract", raw, exc))
    return items


def analysed(
    items: Sequence[Article | DuplicateRecord | list[Out]],
    analyses: Sequence[ArticleAnalysis],
    worker: str = "",
) -> list[Out]:
    """Extraction results (and other sources) onward, keyed as they came."""
    outs: list[Out] = []
    found = iter(analyses)
    for item in items:
        if isinstance(item, list):
            outs += item
        elif isinstance(item, Article):
            value = to_wire(next(found), processed_by=worker)
            outs.append(Out(topics.ANALYSED, item.id, value))
        else:
            outs.append(Out(topics.ANALYSED, flow.route_key(item), to_wire(item)))
    return outs


# --- route: to the event (the one rule for sources lives in flow.route) --------------------


def route(raw: bytes, origins: State) -> list[Out]:
    value = decode(raw)
    record: ArticleAnalysis | DuplicateRecord = _expect(value, ArticleAnalysis, DuplicateRecord)
    worker = {"processed_by": str(value.get("processed_by", ""))}
    outs: list[Out] = []
    for out in flow.route(record, origins):
        if isinstance(out, flow.EventItem):
            extra = worker if out.analysis is not None else {}
            outs.append(Out(topics.ENRICHED, out.event_key, to_wire(out, **extra)))
        elif isinstance(out, flow.Redirect):
            outs.append(Out(topics.ANALYSED, flow.route_key(out.record), to_wire(out.record)))
        else:
            key = out.record.duplicate_of
            outs.append(Out(topics.DUPLICATES, key, duplicate_record(out.record)))
    return outs


# --- conflicts: claims per event, alerts, digests on a timer -------------------------------

TICK = "tick"  # the timer's record: flush the digests due on the partition it lands on
LATE = "late_claims"  # claims that joined or opened an event behind its window, with why


def tick_keys(partitions: int) -> list[str]:
    """One key per partition of wire.enriched, so a tick reaches every event partition."""
    keys: dict[int, str] = {}
    n = 0
    while len(keys) < partitions:
        key = f"wirewatch-tick:{n}"
        keys.setdefault(partition_of(key, partitions), key)
        n += 1
    return [keys[p] for p in sorted(keys)]


def ticks(keys: Sequence[str], now: datetime) -> list[Out]:
    return [Out(topics.ENRICHED, key, {"type": TICK, "sent": now.isoformat()}) for key in keys]


def conflicts(
    raw: bytes,
    events: State,
    ctx: StepContext,
    clock: FeedClock,
    now: datetime,
    partition: State | None = None,
) -> list[Out]:
    """An event item joins its events; a tick flushes the digests due by ``now`` on
    ``partition`` (the event table's keys of the tick's partition); a late-claims note
    is for people and ops, not for this stage."""
    value = decode(raw)
    kind = value.get("type")
    if kind == LATE:
        return []
    if kind == TICK:  # the routing keys of the partition; their closed events are read
        # from the whole table, under keys of their own that may hash elsewhere
        keys = None if partition is None else list(partition)
        return _alerts(flow.flush_digests(events, now, ctx, keys=keys))
    record: flow.EventItem = _expect(value, flow.EventItem)
    seen = flow.observe(record, events, clock, ctx, now)
    outs = _alerts(seen.alerts)
    if seen.rewrite is not None:  # a rewrite of an earlier article of its event
        copy = seen.rewrite
        outs.append(Out(topics.DUPLICATES, copy.duplicate_of, duplicate_record(copy)))
        # its claims under its other routing keys leave their events there
        outs += [Out(topics.ENRICHED, item.event_key, to_wire(item))
                 for item in flow.rewrite_leaves(record, copy)]
    # earlier articles found to be its copies: to their routers, as dedup's corrections go
    outs += [Out(topics.ANALYSED, flow.route_key(c), to_wire(c)) for c in seen.corrections]
    if seen.late and record.analysis is not None:  # kept in their events, and said so
        note = {"type": LATE, "article_id": record.analysis.article.id,
                "event_key": record.event_key, "late_claims": list(seen.late)}
        outs.append(Out(topics.ENRICHED, record.event_key, note))
    return outs


def late_claims(outs: Sequence[Out]) -> int:
    """How many late claims these records report (for the worker's counter)."""
    return sum(len(o.value[LATE]) for o in outs if o.value.get("type") == LATE)


def _alerts(alerts: Sequence[ConflictAlert]) -> list[Out]:
    return [Out(topics.ALERTS, alert.alert_id, alert_record(alert)) for alert in alerts]
