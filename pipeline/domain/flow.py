"""The pipeline's steps, written once and driven by both drivers.

The embedded runner (``wirewatch run``) and the Faust agents call these functions in the
same order; only where records come from and go to differs. Every step takes typed
records (no bytes: decoding and encoding happen at the agent edge), the state it needs
(:data:`State`: a dict in the runner, a Faust table in the stream) and a time, and
returns typed records::

    admit    feed line     -> Article | Rejection
    scatter  Article       -> Probe per key group (to owners; the first carries the Arrival)
    probe    Probe         -> Votes (+ the Arrival)       state: dedup entries (BandIndex)
    gather   Votes         -> Verdict once all voted      state: pending by article id
    (extract: the driver runs the ArticleAnalyser on each unique article, in batches;
     an article its topic gate keeps from the parse gets an empty analysis, ``gated``)
    route    analysis | duplicate record -> EventItem | Redirect | Corrected
                                                          state: origins by article id
    observe  EventItem     -> alerts                      state: events by event key
             (a correction's EventItem withdraws an analysed copy's claims from its event)
    flush_digests            -> alerts folded and now due (the runner at the end of its
                                feed, the stream on a timer tick)

Dedup is a scatter-gather so that near-duplicates seen by different workers meet at the
owner of a key they share; :func:`route` is the one place where "a duplicate joins its
original's event" is decided, including a correction (an analysed article turned out to
be a later-published copy: its sources move to the original).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from pipeline.domain import conflicts, dedup
from pipeline.domain.clock import FeedClock
from pipeline.domain.events import EventParams, struck_places
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.models import (
    Article,
    ArticleAnalysis,
    ConflictAlert,
    DuplicateRecord,
    Place,
    Rejection,
)
from pipeline.domain.records import from_dict, to_dict
from pipeline.domain.validate import DEFAULT_LIMITS, ValidationLimits, parse_line

State = MutableMapping[str, Any]
"""Step state: plain JSON values by key; a dict in the runner, a Faust table in the stream."""


class ArticleAnalyser(Protocol):
    """Extraction (spaCy in production): actors, places and claims of each article."""

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]: ...


@dataclass(frozen=True, slots=True)
class StepContext:
    """Parameters every step shares; built from settings by the drivers, outside the domain."""

    params: dedup.DedupParams = dedup.DEFAULT_PARAMS
    groups: GroupDirectory = field(default_factory=GroupDirectory)
    limits: ValidationLimits = DEFAULT_LIMITS
    events: EventParams = field(default_factory=EventParams)


# ------------------------------------------------------------------ records between steps


@dataclass(frozen=True, slots=True)
class Arrival:
    """The article itself at its gatherer, with how many probe groups will answer."""

    article: Article
    expected: int


@dataclass(frozen=True, slots=True)
class Probe:
    """One article at the owner of some of its dedup keys. The first probe of an article
    also carries its :class:`Arrival`, which the owner passes on with its votes: the
    gatherer gets no record of its own for the article (nor writes an entry for it)."""

    band_keys: tuple[str, ...]
    entry: dedup.BandEntry
    arrival: Arrival | None = None


@dataclass(frozen=True, slots=True)
class Votes:
    """One owner's answer for one probe group of an article: the votes that can sway the
    decision (:func:`dedup.telling`); an empty tuple says the group found nothing."""

    article_id: str
    group: str
    votes: tuple[dedup.BandVote, ...]
    arrival: Arrival | None = None  # passed on from the probe that carried it


@dataclass(frozen=True, slots=True)
class Verdict:
    """The dedup decision for one article."""

    article: Article
    decision: dedup.DedupDecision

    @property
    def unique(self) -> bool:
        return self.decision.status == dedup.UNIQUE

    @property
    def duplicate(self) -> DuplicateRecord | None:
        if self.unique:
            return None
        return dedup.duplicate_record(self.article.id, self.article.source, self.decision)

    @property
    def corrections(self) -> list[DuplicateRecord]:
        return dedup.corrections(self.decision)

    @property
    def alias(self) -> DuplicateRecord | None:
        """A duplicate's own origin entry for :func:`route`, keyed by the copy: anything
        that names this copy as its original goes to the copy's original instead.

        A copy can be named as another copy's original: by one that pairs with the copy
        but not with their original, and in the stream, where band owners see probes in
        their own orders, by an identical copy that met the original only where it came
        first (each pair is decided at the first key both share), while the copy it names
        met the original before it (CI: ``s01c2`` of the country-level resilience test
        named ``s01c1``, a copy of ``s01a``, and never reached ``s01a``'s alert). The copy
        named is never analysed, so without this entry what names it waited for its
        analysis forever. It goes as a correction (route moves a corrected article's
        sources to its original; one never analysed has no claims to withdraw)."""
        duplicate = self.duplicate
        return None if duplicate is None else replace(duplicate, correction=True)

    @property
    def follow_ups(self) -> list[DuplicateRecord]:
        """What either driver routes after the verdict's own record, in this order: the
        duplicate's alias (:attr:`alias`), then the corrections."""
        alias = self.alias
        return [*([] if alias is None else [alias]), *self.corrections]


@dataclass(frozen=True, slots=True)
class EventItem:
    """What joins an event: an analysed original, or another source of one, under one
    routing key. An article with claims under several keys (strikes in two countries,
    :func:`conflicts.event_keys`) comes once per key; each observes its own claims."""

    event_key: str
    analysis: ArticleAnalysis | None = None
    source: DuplicateRecord | None = None
    # the analysis's struck places (:func:`~pipeline.domain.events.struck_places`), found
    # once by the router, so the event step does not find them again; derived from the
    # analysis, so not part of what the item is
    struck: tuple[Place | None, ...] | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Redirect:
    """A source to route again, at its (new) original: ``route_key(record)``."""

    record: DuplicateRecord


@dataclass(frozen=True, slots=True)
class Corrected:
    """An analysed article found to be a copy after all (for ``wire.duplicates``)."""

    record: DuplicateRecord


Routed = EventItem | Redirect | Corrected
KeyGroups = Callable[[Sequence[str]], list[tuple[str, ...]]]


def one_group(keys: Sequence[str]) -> list[tuple[str, ...]]:
    """All keys at one owner (the embedded runner: one process owns everything)."""
    return [tuple(keys)]


# ------------------------------------------------------------------ steps


def admit(
    line: str | bytes, ctx: StepContext, clock: FeedClock, arrived: datetime | None = None
) -> Article | Rejection:
    """Validate one feed line; an article dated beyond the clock's bound comes back
    judged at its arrival (``arrived``, else the watermark) and flagged ``future_dated``."""
    parsed = parse_line(line, ctx.limits)
    return parsed if isinstance(parsed, Rejection) else clock.admit(parsed, arrived)


def scatter(
    article: Article, ctx: StepContext, groups: KeyGroups = one_group, arrived: float = 0.0
) -> tuple[Arrival, list[Probe]]:
    """Fingerprint the article; one probe per group of keys that one owner holds, the
    first carrying the article for its gatherer (the :class:`Arrival`, also returned).

    ``arrived`` is when the feed delivered it, on the driver's own increasing clock (the
    runner's line number, the stream's record timestamp): it orders copies that their
    dates cannot, wherever each owner happens to see them.
    """
    fp = dedup.fingerprint(article.text, ctx.params)
    entry = dedup.BandEntry.of(article.id, fp, article.published, arrived)
    key_groups = groups(fp.probe_keys())
    if arrived:  # later steps order copies the same way (rewrites at the event stage)
        article = replace(article, arrived=arrived)
    arrival = Arrival(article, len(key_groups))
    probes = [Probe(keys, entry, None if n else arrival) for n, keys in enumerate(key_groups)]
    return arrival, probes


def probe(
    probe_: Probe, bands: dedup.BandIndex, ctx: StepContext, stored_at: datetime | None = None
) -> Votes:
    """The owner of the probe's keys compares it with each bucket, then stores it: one
    entry for the probe (:class:`dedup.BandIndex`), however many keys it holds.

    Nothing expires here, so a decision does not depend on which article an owner saw
    last: two dated articles pair only within the window, an undated one with any. A
    driver that runs forever sweeps expired entries apart (:func:`dedup.expire`);
    ``stored_at`` stamps an undated entry for that sweep (its owner's time).
    """
    votes = dedup.probe_keys(probe_.band_keys, probe_.entry, bands, None, ctx.params, stored_at)
    kept = dedup.telling(votes)
    return Votes(probe_.entry.article_id, probe_.band_keys[0], kept, probe_.arrival)


def gather(
    item: Arrival | Votes, pending: State, ctx: StepContext, now: float | None = None
) -> Verdict | None:
    """Collect an article and its votes (in any order); decide once all are in.

    With ``now`` (the stream, where records are re-delivered after a failover), a decided
    entry is kept, stamped ``decided``, until :func:`forget_decided` drops it: a vote or
    arrival delivered again then decides again (every later step takes a repeated verdict
    as a no-op) instead of leaving an entry that waits forever for records that were
    already consumed. Without it (the runner: no re-delivery) the entry goes at once.
    """
    article_id = item.article.id if isinstance(item, Arrival) else item.article_id
    entry = dict(pending.get(article_id) or {"article": None, "expected": None, "votes": {}})
    arrival = item if isinstance(item, Arrival) else item.arrival
    if arrival is not None:
        entry["article"], entry["expected"] = to_dict(arrival.article), arrival.expected
    if isinstance(item, Votes):  # keyed by probe group, so a re-delivered vote replaces
        # itself; only the votes that can sway the decision are kept
        kept = dedup.telling(item.votes)
        entry["votes"] = {**entry["votes"], item.group: to_dict(list(kept))}
    if entry["article"] is None or len(entry["votes"]) < entry["expected"]:
        pending[article_id] = entry
        return None
    if now is not None:
        pending[article_id] = {**entry, "decided": entry.get("decided", now)}
    elif article_id in pending:
        del pending[article_id]
    votes = [from_dict(dedup.BandVote, v) for group in entry["votes"].values() for v in group]
    decision = dedup.decide(article_id, votes, ctx.params)
    return Verdict(from_dict(Article, entry["article"]), decision)


def forget_decided(pending: State, now: float, keep: float) -> int:
    """Drop the entries decided more than ``keep`` seconds before ``now``; how many."""
    old = [k for k, e in pending.items() if e.get("decided", now) < now - keep]
    for key in old:
        del pending[key]
    return len(old)


def route_key(item: ArticleAnalysis | DuplicateRecord) -> str:
    """Whose origin entry an item updates: the article's, a copy's original's, or (for a
    correction) the corrected article's own."""
    if isinstance(item, ArticleAnalysis):
        return item.article.id
    return item.article_id if item.correction else item.duplicate_of


def route(item: ArticleAnalysis | DuplicateRecord, origins: State) -> list[Routed]:
    """Send an analysed original to its event and every other source to its original's.

    ``origins[article id]`` holds the original's event key (its main one; with
    ``event_keys`` too when its claims go to several), the sources that joined it or wait
    for its analysis, and, once it was found to be a copy itself, its original
    (``alias``): then everything that would join it is redirected there. A source, or a
    correction's withdrawal, goes to each of the original's keys.
    """
    if isinstance(item, ArticleAnalysis):
        return _route_analysis(item, origins)
    if item.correction:
        return _route_correction(item, origins)
    return _route_source(item, origins)


def _origin(origins: State, article_id: str) -> dict[str, Any]:
    known = origins.get(article_id)
    return dict(known) if known else {"event_key": None, "sources": [], "alias": None}


def _route_analysis(analysis: ArticleAnalysis, origins: State) -> list[Routed]:
    article = analysis.article
    known = _origin(origins, article.id)
    if known["alias"]:  # corrected before its analysis came: a source of its original
        return _moved(article.id, article.source, known)
    struck = tuple(struck_places(analysis))
    keys = conflicts.event_keys(analysis, struck) or [f"article:{article.id}"]
    entry = {**known, "event_key": keys[0], "source": article.source}
    if len(keys) > 1:
        entry["event_keys"] = keys
    origins[article.id] = entry
    # Every source it has, not only those that waited: an analysis delivered again (after
    # a failover) may be one whose items died with its worker after this entry was saved,
    # and its events take a source they hold already as a no-op.
    sources = [from_dict(DuplicateRecord, d) for d in known["sources"]]
    return [*(EventItem(key, analysis=analysis, struck=struck) for key in keys),
            *(EventItem(key, source=d) for d in sources for key in keys)]


def _keys(known: dict[str, Any]) -> list[str]:
    """Every routing key an analysed original's claims went to (the main one first)."""
    return list(known.get("event_keys") or [known["event_key"]])


def rewrite_leaves(item: EventItem, rewrite: DuplicateRecord) -> list[EventItem]:
    """An article found (under its main key) to rewrite an earlier one: under each other
    key its claims went to, they leave their events and it joins as a source instead, as
    under the main key. The drivers observe these after the article's own items."""
    if item.analysis is None:
        return []
    others = [k for k in conflicts.event_keys(item.analysis, item.struck)
              if k != item.event_key]
    withdrawn = replace(rewrite, correction=True)
    return [out for key in others
            for out in (EventItem(key, source=withdrawn), EventItem(key, source=rewrite))]


def _route_source(record: DuplicateRecord, origins: State) -> list[Routed]:
    known = _origin(origins, record.duplicate_of)
    if known["alias"]:
        return [Redirect(replace(record, duplicate_of=known["alias"]))]
    if all(d["article_id"] != record.article_id for d in known["sources"]):
        known["sources"] = [*known["sources"], to_dict(record)]
        origins[record.duplicate_of] = known
    if known["event_key"] is None:
        return []  # waits for its original's analysis
    return [EventItem(key, source=record) for key in _keys(known)]


def _route_correction(record: DuplicateRecord, origins: State) -> list[Routed]:
    """Everything a correction moves, also when the article was moved already.

    A correction comes again in two ways: delivered again after a failover, when its
    worker died after saving this entry but before what it sent was delivered; and found
    twice in normal operation (by dedup and by the event step, both routed). The two
    cannot be told apart here, so both send the same again, from the entry as first
    saved: its events take a withdrawal or a source they hold already as a no-op, and
    the runner tells the news (``Corrected``) once per article (a reader of
    ``wire.duplicates`` keeps the last record of each).
    """
    known = _origin(origins, record.article_id)
    if not known["alias"]:
        known.update(alias=record.duplicate_of, similarity=record.similarity, kind=record.kind)
        # the sources it had move with it; kept, so a repeat can send them again
        known["moved"] = [*known.get("moved", []), *known["sources"]]
        known["sources"] = []
        origins[record.article_id] = known
    outs: list[Routed] = []
    if known["event_key"] is not None:  # analysed already: its claims leave its event,
        # and it becomes a source of its original (so they never count twice)
        source = str(known.get("source", record.source))
        withdrawn = _corrected(record.article_id, source, known)
        outs += [EventItem(key, source=withdrawn) for key in _keys(known)]
        outs += _moved(record.article_id, source, known)
    outs += [
        Redirect(replace(from_dict(DuplicateRecord, d), duplicate_of=str(known["alias"])))
        for d in known.get("moved", [])
    ]
    return outs


def _corrected(article_id: str, source: str, known: dict[str, Any]) -> DuplicateRecord:
    """The correction of an article, as its entry (``alias``) holds it."""
    return DuplicateRecord(
        article_id=article_id,
        duplicate_of=str(known["alias"]),
        similarity=float(known.get("similarity", 0.0)),
        source=source,
        kind=str(known.get("kind", dedup.NEAR)),
        correction=True,
    )


def _moved(article_id: str, source: str, known: dict[str, Any]) -> list[Routed]:
    """The corrected article: news for ``wire.duplicates``, and a source of its original."""
    record = _corrected(article_id, source, known)
    return [Corrected(record), Redirect(replace(record, correction=False))]


@dataclass(frozen=True, slots=True)
class Observed:
    """What joining its event did: alerts to send, and for an analysed article a rewrite
    of an earlier article of the event (a copy after all), earlier arrivals that are
    rewrites of it (corrections) and claims that came late."""

    alerts: list[ConflictAlert]
    rewrite: DuplicateRecord | None = None
    late: tuple[str, ...] = ()  # reasons, one per claim behind its event's window
    # earlier-analysed articles of the event found to be copies of this one: corrections
    # to route (:func:`route`), so their sources move to this article, as dedup's do
    corrections: tuple[DuplicateRecord, ...] = ()


def observe(
    item: EventItem, events: State, clock: FeedClock, ctx: StepContext, now: datetime
) -> Observed:
    """Claims join their events (by place, time and attacker); an extra source joins its
    original's alerts; a correction takes an analysed copy's claims out of its events.

    ``clock`` is event time (windows); ``now`` is processing time (the wall clock), which
    paces digests: an alert change that only adds articles or outlets is folded and goes
    out at most once per ``ctx.events.digest_every`` of the desk's time, whatever span of
    feed time a replayed archive covers.
    """
    if item.analysis is not None:
        clock.observe(item.analysis.article.published)
        seen = conflicts.observe_article(
            item.analysis, events, clock.now(), ctx.events, groups=ctx.groups, digest_now=now,
            key=item.event_key, struck=item.struck,
        )
        late = tuple(claim.reason for claim in seen.late)
        return Observed(list(seen.alerts), seen.duplicate, late, seen.corrections)
    assert item.source is not None
    if item.source.correction:  # an analysed article found to be a copy: claims leave
        alerts = conflicts.withdraw(
            item.event_key, item.source.article_id, events, now, ctx.events, groups=ctx.groups
        )
        return Observed(alerts)
    alerts = conflicts.add_source(
        item.event_key, item.source, events, now, digest_every=ctx.events.digest_every,
        params=ctx.events,
    )
    return Observed(alerts)


def flush_digests(
    events: State, now: datetime, ctx: StepContext, *, final: bool = False,
    keys: Iterable[str] | None = None,
) -> list[ConflictAlert]:
    """Alert changes folded since their last version (new articles, outlets) and due by
    ``now`` (processing time, as in :func:`observe`); ``final`` (the feed is over) sends
    every one still folded. The runner calls it at the end of its feed, the stream on a
    timer tick per event partition (``keys``: that partition's; default every key)."""
    every = timedelta(0) if final else ctx.events.digest_every
    return conflicts.flush_digests(events, now, every, keys)


def article_conflict(analysis: ArticleAnalysis, ctx: StepContext) -> ConflictAlert | None:
    """The in-article conflict shown on the article's result."""
    return conflicts.article_conflict(analysis, ctx.groups)
