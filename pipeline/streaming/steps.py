"""What each agent does to one record, as plain functions: decode, call the domain, route.

No faust import here: each step takes a record (bytes), the state it needs (a Faust
table in production, a dict in tests) and a clock reading, and returns the records to
send as :class:`Out` values. The agents in :mod:`pipeline.streaming.app` only loop and send.

Dedup is a scatter-gather so that near-duplicates on different partitions meet:
``ingest`` sends the article once to ``wire.dedup-votes`` (keyed by article id) and one
probe per LSH band (plus the exact hash) to ``wire.dedup-bands`` keyed by the band; the
band's owner answers with a vote keyed by article id; ``gather`` decides when every band
has answered.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pipeline.domain import conflicts as conflict_rules
from pipeline.domain import dedup
from pipeline.domain.clock import FeedClock
from pipeline.domain.events import EventParams
from pipeline.domain.models import (
    Article,
    ArticleAnalysis,
    DuplicateRecord,
    Rejection,
)
from pipeline.domain.records import from_dict, to_dict
from pipeline.domain.results import (
    alert_record,
    deadletter_record,
    duplicate_record,
    processed_result,
)
from pipeline.domain.validate import parse_line
from pipeline.settings import Settings
from pipeline.streaming import topics
from pipeline.streaming.codecs import RecordError, decode
from pipeline.streaming.partitions import partition_of


@dataclass(frozen=True, slots=True)
class Out:
    """One record to send: base topic name (prefix is applied by the app), key, value."""

    topic: str
    key: str | None
    value: dict[str, Any]


@dataclass(frozen=True, slots=True)
class StepContext:
    params: dedup.DedupParams
    event_window: timedelta
    partitions: int = 6

    @classmethod
    def from_settings(cls, settings: Settings) -> StepContext:
        return cls(
            params=dedup.DedupParams.from_settings(settings),
            event_window=settings.event_window,
            partitions=settings.partitions,
        )


def _bad_record(raw: Any, exc: Exception, stage: str) -> list[Out]:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    rejection = Rejection(id=None, reason=f"{stage}: {exc}", raw=text[:2000])
    return [Out(topics.DEADLETTER, None, deadletter_record(rejection))]


def internal_error(stage: str, raw: Any, exc: Exception) -> list[Out]:
    """A record that a step could not handle (a bug, not bad input): keep it, with why."""
    return _bad_record(raw, exc, f"internal error in {stage} ({type(exc).__name__})")


# --- ingest: validate, fingerprint, scatter to band owners ---------------------------------


def ingest(raw: bytes, ctx: StepContext, clock: FeedClock) -> list[Out]:
    parsed = parse_line(raw)
    if isinstance(parsed, Rejection):
        return [Out(topics.DEADLETTER, parsed.id, deadletter_record(parsed))]
    fp = dedup.fingerprint(parsed.text, ctx.params)
    clock.observe(parsed.published)
    entry = dedup.BandEntry.of(parsed.id, fp, parsed.published)
    groups = group_by_partition(fp.probe_keys(), ctx.partitions)
    outs = [
        Out(
            topics.DEDUP_VOTES,
            parsed.id,
            {"type": "article", "article": to_dict(parsed), "expected": len(groups)},
        )
    ]
    # One probe per owning partition, keyed by one of its keys (they all hash there), not
    # one per band: 33 band keys become at most `partitions` records each way.
    outs += [
        Out(
            topics.DEDUP_BANDS,
            keys[0],
            {"type": "probe", "band_keys": list(keys), "entry": to_dict(entry)},
        )
        for keys in groups
    ]
    return outs


def group_by_partition(keys: Sequence[str], partitions: int) -> list[tuple[str, ...]]:
    """Keys grouped by the partition that owns them, in a stable order."""
    grouped: dict[int, list[str]] = {}
    for key in keys:
        grouped.setdefault(partition_of(key, partitions), []).append(key)
    return [tuple(grouped[p]) for p in sorted(grouped)]


# --- band owner -----------------------------------------------------------------------------


def probe(
    raw: bytes, band_state: MutableMapping[str, Any], ctx: StepContext, clock: FeedClock
) -> list[Out]:
    try:
        record = decode(raw)
        entry = from_dict(dedup.BandEntry, record["entry"])
        band_keys = [str(key) for key in record["band_keys"]]
    except (RecordError, KeyError, TypeError, ValueError) as exc:
        return _bad_record(raw, exc, "dedup probe")
    clock.observe(entry.event_time)
    # A dated article is judged at its own time (probes from many partitions interleave, so
    # the owner's watermark may be ahead of it); an undated one at the owner's watermark.
    now = entry.event_time or clock.now()
    votes = [dedup.probe_band(key, entry, band_state, now, ctx.params) for key in band_keys]
    value = {"type": "vote", "article_id": entry.article_id, "group": band_keys[0]}
    return [Out(topics.DEDUP_VOTES, entry.article_id, {**value, "votes": to_dict(votes)})]


# --- gatherer: one decision per article once every band has voted -------------------------


def gather(raw: bytes, pending: MutableMapping[str, Any], ctx: StepContext) -> list[Out]:
    try:
        record = decode(raw)
        if record.get("type") == "article":
            article_id = str(record["article"]["id"])
        else:
            article_id = str(record["article_id"])
    except (RecordError, KeyError, TypeError) as exc:
        return _bad_record(raw, exc, "dedup gather")
    entry = dict(pending.get(article_id) or {"article": None, "expected": None, "votes": {}})
    if record.get("type") == "article":
        entry["article"] = record["article"]
        entry["expected"] = record["expected"]
    else:  # keyed by probe group, so a re-delivered vote replaces itself
        entry["votes"] = {**entry["votes"], str(record["group"]): record["votes"]}
    if entry["article"] is None or len(entry["votes"]) < entry["expected"]:
        pending[article_id] = entry
        return []
    if article_id in pending:
        del pending[article_id]
    votes = [from_dict(dedup.BandVote, v) for group in entry["votes"].values() for v in group]
    decision = dedup.decide(article_id, votes, ctx.params)
    article = from_dict(Article, entry["article"])
    if decision.status == dedup.UNIQUE:
        return [Out(topics.UNIQUE, article.id, {"type": "article", "article": entry["article"]})]
    duplicate = dedup.duplicate_record(article.id, article.source, decision)
    return [
        Out(topics.DUPLICATES, duplicate.duplicate_of, duplicate_record(duplicate)),
        # Same key as the original on wire.unique, so the extract agent that owns the
        # original learns of every other source that carried the story.
        Out(topics.UNIQUE, duplicate.duplicate_of, {"type": "duplicate", **to_dict(duplicate)}),
    ]


# --- extract: batch NLP, re-key by event ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class UniqueItem:
    article: Article | None = None
    duplicate: DuplicateRecord | None = None
    error: list[Out] | None = None


def decode_unique(batch: Iterable[bytes]) -> list[UniqueItem]:
    items: list[UniqueItem] = []
    for raw in batch:
        try:
            record = decode(raw)
            if record.get("type") == "duplicate":
                items.append(UniqueItem(duplicate=from_dict(DuplicateRecord, record)))
            else:
                items.append(UniqueItem(article=from_dict(Article, record["article"])))
        except (RecordError, KeyError, TypeError, ValueError) as exc:
            items.append(UniqueItem(error=_bad_record(raw, exc, "extract")))
    return items


def analysed(
    items: Sequence[UniqueItem], analyses: Sequence[ArticleAnalysis], worker: str = ""
) -> list[Out]:
    """Extraction results (and extra sources) onward, still keyed by the original's id."""
    outs: list[Out] = []
    found = iter(analyses)
    for item in items:
        if item.error:
            outs += item.error
        elif item.article is not None:
            analysis = next(found)
            outs.append(
                Out(
                    topics.ANALYSED,
                    item.article.id,
                    {"type": "analysis", "analysis": to_dict(analysis), "processed_by": worker},
                )
            )
        elif item.duplicate is not None:
            dup = item.duplicate
            outs.append(
                Out(topics.ANALYSED, dup.duplicate_of, {"type": "duplicate", **to_dict(dup)})
            )
    return outs


def route(raw: bytes, origins: MutableMapping[str, Any]) -> list[Out]:
    """Re-key by event; send each extra source to its original's event.

    ``origins`` maps an original article id to its event key, and holds the sources of
    duplicates that were decided before their original was extracted.
    """
    try:
        record = decode(raw)
        if record.get("type") == "duplicate":
            return _route_duplicate(from_dict(DuplicateRecord, record), origins)
        analysis = from_dict(ArticleAnalysis, record["analysis"])
    except (RecordError, KeyError, TypeError, ValueError) as exc:
        return _bad_record(raw, exc, "route")
    return _route_analysis(analysis, origins, str(record.get("processed_by", "")))


def _event_key(analysis: ArticleAnalysis) -> str:
    return conflict_rules.event_key(analysis) or f"article:{analysis.article.id}"


def _route_analysis(
    analysis: ArticleAnalysis, origins: MutableMapping[str, Any], worker: str
) -> list[Out]:
    article = analysis.article
    key = _event_key(analysis)
    known = origins.get(article.id) or {}
    waiting = list(known.get("waiting", []))
    origins[article.id] = {"event_key": key, "waiting": []}
    result = processed_result(analysis, conflict_rules.article_conflict(analysis))
    outs = [
        Out(
            topics.ENRICHED,
            key,
            {
                "type": "analysis",
                "event_key": key,
                "analysis": to_dict(analysis),
                "result": result,
                "processed_by": worker,
            },
        )
    ]
    outs += [
        Out(topics.ENRICHED, key, {"type": "source", "event_key": key, **dup}) for dup in waiting
    ]
    return outs


def _route_duplicate(duplicate: DuplicateRecord, origins: MutableMapping[str, Any]) -> list[Out]:
    known = origins.get(duplicate.duplicate_of)
    if known and known.get("event_key"):
        key = known["event_key"]
        return [
            Out(topics.ENRICHED, key, {"type": "source", "event_key": key, **to_dict(duplicate)})
        ]
    waiting = [*list((known or {}).get("waiting", [])), to_dict(duplicate)]
    origins[duplicate.duplicate_of] = {"event_key": None, "waiting": waiting}
    return []


# --- conflicts: claims per event, alerts ---------------------------------------------------


def conflicts(
    raw: bytes, events: MutableMapping[str, Any], ctx: StepContext, clock: FeedClock
) -> list[Out]:
    try:
        record = decode(raw)
        now = clock.now()
        if record.get("type") == "source":
            duplicate = from_dict(DuplicateRecord, record)
            # no digest timer in the stream yet: a new outlet is sent at once
            alerts = conflict_rules.add_source(
                str(record["event_key"]), duplicate, events, now, digest_every=timedelta(0))
        else:
            analysis = from_dict(ArticleAnalysis, record["analysis"])
            clock.observe(analysis.article.published)
            now = clock.now()
            # no digest timer in the stream yet: folded changes go out with each article
            params = EventParams(window=ctx.event_window, digest_every=timedelta(0))
            alerts = list(conflict_rules.observe_article(analysis, events, now, params).alerts)
    except (RecordError, KeyError, TypeError, ValueError) as exc:
        return _bad_record(raw, exc, "conflicts")
    return [Out(topics.ALERTS, alert.alert_id, alert_record(alert)) for alert in alerts]
