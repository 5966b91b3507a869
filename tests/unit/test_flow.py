"""The shared steps (pipeline.domain.flow) and the embedded runner that drives them, with a
stub analyser (no model): dedup order, corrections, and the one rule for sources."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from pipeline.domain import dedup, flow
from pipeline.domain.clock import FeedClock
from pipeline.domain.conflicts import event_values
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    DuplicateRecord,
    Evidence,
    Place,
    Target,
)
from pipeline.feed import FeedLine
from pipeline.runner import EmbeddedPipeline
from pipeline.settings import Settings

T0 = datetime(2021, 2, 3, 8, 0, tzinfo=UTC)
STORY = (
    "Shelling struck the northern quarter of the hill town before dawn, the district "
    "council said, cutting power to the grain silos and the old bus depot. Two guards were "
    "wounded, according to the council, which said engineers would inspect the silos once "
    "the firing stopped. The border brigade said it had answered fire from the ridge and "
    "that its own posts were untouched. Farmers said the road to the valley stayed closed "
    "for most of the morning while crews cleared debris from the square."
)
STATE = Actor("state.nl", "Northland", "state", "NL", "nl")
TOWN = Place("Hilltown", 7, "SY", "07", kind="city")


class StubAnalyser:
    """Every article claims one strike on the town (so it has an event key)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        self.seen += [a.id for a in articles]
        return [self._one(a) for a in articles]

    @staticmethod
    def _one(article: Article) -> ArticleAnalysis:
        evidence = Evidence(article.id, article.source, "Shelling struck the town", 0, 10)
        target = Target("the town", "civilian_site")
        claim = Claim(STATE, "asserts", target, evidence, "strike", attacker=STATE, place=TOWN)
        return ArticleAnalysis(article=article, places=(TOWN,), claims=(claim,))


def line(aid: str, body: str, minutes: int | None, source: str = "Wire A") -> FeedLine:
    published = None if minutes is None else (T0 + timedelta(minutes=minutes)).isoformat()
    raw = {"id": aid, "headline": "Town shelled", "body": body, "source": source}
    if published:
        raw["published"] = published
    return FeedLine("feed.jsonl", 1, orjson.dumps(raw).decode())


def run(lines: list[FeedLine]) -> tuple[list[dict[str, Any]], StubAnalyser]:
    analyser = StubAnalyser()
    settings = Settings.from_env({}, app_id="test", nlp_batch_size=1)
    pipeline = EmbeddedPipeline(analyser, settings, context=flow.StepContext())
    return [o.result for o in pipeline.run(lines)], analyser


def last_by_id(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in results}


def cut(text: str, share: float) -> str:
    words = text.split()
    return " ".join(words[: int(len(words) * share)])


def test_a_cut_copy_pairs_with_its_original_whichever_arrives_first() -> None:
    for order in (["full", "cut"], ["cut", "full"]):
        bodies = {"full": (STORY, 0), "cut": (cut(STORY, 0.4), 30)}
        results, _ = run([line(i, bodies[i][0], bodies[i][1]) for i in order])
        final = last_by_id(results)
        assert final["full"]["status"] == "processed", order
        assert final["cut"]["status"] == "duplicate", order
        assert final["cut"]["duplicate_of"] == "full", order


def test_a_copy_analysed_before_its_original_is_corrected_by_a_later_line() -> None:
    results, analyser = run([line("late", STORY, 60), line("early", STORY, 0, "Wire B")])
    assert [r["id"] for r in results] == ["late", "early", "late"]
    assert results[0]["status"] == "processed"  # what was known when it arrived
    correction = results[2]
    assert correction["status"] == "duplicate" and correction["correction"] is True
    assert correction["duplicate_of"] == "early" and correction["source"] == "Wire A"
    assert analyser.seen == ["late", "early"]


def test_undated_copies_are_ordered_by_arrival() -> None:
    results, _ = run([line("first", STORY, None), line("second", STORY, None)])
    final = last_by_id(results)
    assert final["second"]["duplicate_of"] == "first" and len(results) == 2


def source(aid: str, original: str, **kw: Any) -> DuplicateRecord:
    return DuplicateRecord(aid, original, 1.0, f"outlet of {aid}", "exact", **kw)


def analysis(aid: str) -> ArticleAnalysis:
    return StubAnalyser._one(Article(aid, "h", "b", f"outlet of {aid}", None, T0))


def test_route_holds_a_source_until_its_original_is_analysed() -> None:
    origins: dict[str, Any] = {}
    assert flow.route(source("c1", "o1"), origins) == []
    outs = flow.route(analysis("o1"), origins)
    assert [type(o) for o in outs] == [flow.EventItem, flow.EventItem]
    key = outs[0].event_key  # type: ignore[union-attr]
    assert outs[1] == flow.EventItem(key, source=source("c1", "o1"))
    # a later source joins at once
    joined = flow.EventItem(key, source=source("c2", "o1"))
    assert flow.route(source("c2", "o1"), origins) == [joined]


def test_a_redelivered_analysis_sends_its_sources_again() -> None:
    """After a failover an analysis comes again when its worker died after saving its
    origin entry but before the items it sent were delivered: the sources that waited
    for it go out again (its events take a source they hold already as a no-op)."""
    origins: dict[str, Any] = {}
    flow.route(source("c1", "o1"), origins)
    first = flow.route(analysis("o1"), origins)  # ... lost with the worker
    assert flow.route(analysis("o1"), origins) == first
    events: dict[str, Any] = {}
    ctx = flow.StepContext()
    for item in first + first:
        assert isinstance(item, flow.EventItem)
        flow.observe(item, events, FeedClock(lambda: T0), ctx, T0)
    key = first[0].event_key  # type: ignore[union-attr]
    assert events[key]["copies"] == {"o1": [["c1", "outlet of c1"]]}


def test_route_moves_a_corrected_article_and_its_sources_to_the_original() -> None:
    origins: dict[str, Any] = {}
    flow.route(analysis("c"), origins)
    flow.route(source("d", "c"), origins)
    correction = source("c", "o", correction=True)
    assert flow.route_key(correction) == "c"
    outs = flow.route(correction, origins)
    # first its claims leave its event (they must not count twice), then the news
    withdrawn = outs.pop(0)
    assert isinstance(withdrawn, flow.EventItem) and withdrawn.source is not None
    assert withdrawn.event_key == "geo:SY" and withdrawn.source.correction
    assert withdrawn.source.article_id == "c"
    assert isinstance(outs[0], flow.Corrected) and outs[0].record.duplicate_of == "o"
    assert outs[0].record.source == "outlet of c"
    moved = [o.record for o in outs if isinstance(o, flow.Redirect)]
    assert [(r.article_id, r.duplicate_of, r.correction) for r in moved] == [
        ("c", "o", False),
        ("d", "o", False),
    ]
    # anything that later names the corrected article goes to its original
    assert flow.route(source("e", "c"), origins) == [flow.Redirect(source("e", "o"))]
    # delivered again (or found again by the event step): the same again, from the entry
    assert flow.route(correction, origins) == [withdrawn, *outs]


def test_a_correction_before_the_analysis_moves_it_when_it_comes() -> None:
    origins: dict[str, Any] = {}
    assert flow.route(source("c", "o", correction=True), origins) == []
    outs = flow.route(analysis("c"), origins)
    assert [type(o) for o in outs] == [flow.Corrected, flow.Redirect]


# ------------------------------------------------------------------ corrections and digests

MEDICS = Actor("intl.msf", "Medecins Sans Frontieres", "international_body", None, "intl.msf")


def conflicting(aid: str, minutes: int = 0, source: str = "") -> ArticleAnalysis:
    """An article in which the state says it hit fighters and medics say a clinic."""
    article = Article(aid, "h", "b", source or f"outlet of {aid}", None,
                      T0 + timedelta(minutes=minutes))
    claims = tuple(
        Claim(party, "asserts", Target(text, cls),
              Evidence(aid, article.source, f"{party.name} on {text}", 0, 10),
              "strike", attacker=STATE, place=TOWN)
        for party, text, cls in ((STATE, "fighters", "armed_group"),
                                 (MEDICS, "a clinic", "civilian_site"))
    )
    return ArticleAnalysis(article=article, places=(TOWN,), claims=claims)


def settle(item: ArticleAnalysis | DuplicateRecord, origins: dict[str, Any],
           events: dict[str, Any], now: datetime, ctx: flow.StepContext) -> list[Any]:
    """Route one item and observe what joins events (redirects followed), as a driver does."""
    alerts: list[Any] = []
    queue: list[ArticleAnalysis | DuplicateRecord] = [item]
    clock = flow.FeedClock(lambda: now)
    while queue:
        for out in flow.route(queue.pop(0), origins):
            if isinstance(out, flow.EventItem):
                alerts += flow.observe(out, events, clock, ctx, now).alerts
            elif isinstance(out, flow.Redirect):
                queue.append(out.record)
    return alerts


def entries_of(events: dict[str, Any], key: str | None = None) -> list[str]:
    """The articles of the claims in the events (of one routing key, or all)."""
    return [e["article_id"] for k, value in event_values(events).items() if key in (None, k)
            for payload in value["payload"].values() for e in payload["entries"]]


def test_a_corrected_copys_claims_leave_its_event_and_count_once() -> None:
    ctx = flow.StepContext()
    origins: dict[str, Any] = {}
    events: dict[str, Any] = {}
    (first,) = settle(conflicting("copy", 60), origins, events, T0, ctx)
    assert first.article_ids == ("copy",)
    settle(conflicting("orig", 0), origins, events, T0, ctx)
    assert sorted(entries_of(events)) == ["copy", "copy", "orig", "orig"]  # counted twice
    settle(source("copy", "orig", correction=True), origins, events, T0, ctx)
    assert sorted(entries_of(events)) == ["orig", "orig"]  # the copy's claims left
    final = flow.flush_digests(events, T0, ctx, final=True)
    assert [set(a.article_ids) for a in final] == [{"orig", "copy"}]  # copy is a source
    assert len({e.article_id for acc in final[0].accounts for e in acc.evidence}) == 1
    # a re-delivered correction, or the copy's analysis again, changes nothing
    assert settle(source("copy", "orig", correction=True), origins, events, T0, ctx) == []
    assert sorted(entries_of(events)) == ["orig", "orig"]


def test_a_redelivered_correction_sends_what_it_moves_again() -> None:
    """After a failover a correction comes again when its worker died after saving the
    corrected article's entry but before what it sent was delivered: its claims leave
    their event, it and its source move to the original, and the news goes out again. The
    events end as they would have with nothing lost, and a repeat changes nothing."""
    ctx = flow.StepContext()

    def before() -> tuple[dict[str, Any], dict[str, Any]]:
        origins: dict[str, Any] = {}
        events: dict[str, Any] = {}
        settle(conflicting("copy", 60), origins, events, T0, ctx)
        settle(source("dup", "copy"), origins, events, T0, ctx)
        settle(conflicting("orig", 0), origins, events, T0, ctx)
        return origins, events

    correction = source("copy", "orig", correction=True)
    origins, clean = before()
    told = settle(correction, origins, clean, T0, ctx)
    origins, events = before()
    flow.route(correction, origins)  # saved; what it sent died with the worker
    assert settle(correction, origins, events, T0, ctx) == told
    assert events == clean
    assert any(isinstance(o, flow.Corrected) for o in flow.route(correction, origins))
    assert settle(correction, origins, events, T0, ctx) == []  # once more: no change
    assert events == clean
    assert sorted(entries_of(events)) == ["orig", "orig"]
    (alert,) = flow.flush_digests(events, T0, ctx, final=True)
    assert set(alert.article_ids) == {"orig", "copy", "dup"}


def test_the_runner_counts_a_corrected_copys_claims_once() -> None:
    class Conflicting(StubAnalyser):
        def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
            return [replace_article(conflicting(a.id), a) for a in articles]

    settings = Settings.from_env({}, app_id="test", nlp_batch_size=1)
    pipeline = EmbeddedPipeline(Conflicting(), settings, context=flow.StepContext(),
                                clock=lambda: T0 + timedelta(days=1))
    outcomes = list(pipeline.run([line("late", STORY, 60), line("early", STORY, 0, "Wire B")]))
    latest = {a.alert_id: a for o in outcomes for a in o.alerts}
    (alert,) = latest.values()
    assert set(alert.article_ids) == {"late", "early"}
    evidence = {e.article_id for acc in alert.accounts for e in acc.evidence}
    assert evidence == {"early"}  # the copy is listed as a source, its claims are not


def replace_article(analysis: ArticleAnalysis, article: Article) -> ArticleAnalysis:
    from dataclasses import replace

    claims = tuple(replace(c, evidence=replace(c.evidence, article_id=article.id,
                                               source=article.source))
                   for c in analysis.claims)
    return replace(analysis, article=article, claims=claims)


def test_digests_are_paced_by_processing_time_not_feed_time() -> None:
    """Copies days apart in feed time, processed within minutes: one digest, not one
    version per copy; a copy after the period goes out at once."""
    ctx = flow.StepContext()
    origins: dict[str, Any] = {}
    events: dict[str, Any] = {}
    wall = T0 + timedelta(days=400)
    (v1,) = settle(conflicting("o"), origins, events, wall, ctx)
    for n in range(1, 4):  # each copy published a day later, all within one wall minute
        copy = DuplicateRecord(f"c{n}", "o", 0.9, f"Wire {n}", "near")
        assert settle(copy, origins, events, wall + timedelta(seconds=10 * n), ctx) == []
    assert flow.flush_digests(events, wall + timedelta(minutes=4), ctx) == []  # not due
    (digest,) = flow.flush_digests(events, wall + timedelta(minutes=5), ctx)
    assert digest.version == v1.version + 1 and set(digest.article_ids) == {"o", "c1", "c2", "c3"}
    assert flow.flush_digests(events, wall + timedelta(hours=1), ctx) == []  # nothing left
    later = DuplicateRecord("c4", "o", 0.9, "Wire 4", "near")
    (at_once,) = settle(later, origins, events, wall + timedelta(minutes=11), ctx)
    assert at_once.version == digest.version + 1 and "c4" in at_once.article_ids


def test_the_runner_corrects_a_rewrite_that_reached_its_event_before_its_original() -> None:
    """The event stage finds an analysed article to be a rewrite of one published before
    it that arrived after it: the same correction line as dedup's, its claims count once."""
    from tests.unit.test_events_alerts import _ORIGINAL, _PARAPHRASE, _with_text

    written = {"para": _with_text("para", 2, _PARAPHRASE), "orig": _with_text("orig", 0, _ORIGINAL)}

    class Rewrites(StubAnalyser):
        def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
            return [replace_article(written[a.id], a) for a in articles]

    settings = Settings.from_env({}, app_id="test", nlp_batch_size=1)
    pipeline = EmbeddedPipeline(Rewrites(), settings, context=flow.StepContext(),
                                clock=lambda: T0 + timedelta(days=1))
    feed = [line("para", _PARAPHRASE, 120, "Wire P"), line("orig", _ORIGINAL, 0, "Wire O")]
    outcomes = list(pipeline.run(feed))
    assert [(o.result["id"], o.result["status"]) for o in outcomes] == [
        ("para", "processed"), ("orig", "processed"), ("para", "duplicate")]
    correction = outcomes[2].result
    assert correction["correction"] is True and correction["duplicate_of"] == "orig"
    assert correction["source"] == "Wire P"
    latest = {a.alert_id: a for o in outcomes for a in o.alerts}
    (alert,) = latest.values()
    assert set(alert.article_ids) == {"para", "orig"}
    assert {e.article_id for acc in alert.accounts for e in acc.evidence} == {"orig"}


# ------------------------------------------------- undated: arrival fixed at admission


def one_claim(aid: str, party: Actor, text: str, cls: str, published: datetime | None,
              arrived_at: datetime | None = None) -> ArticleAnalysis:
    article = Article(aid, "h", "b", f"outlet of {aid}", None, published, arrived_at=arrived_at)
    claim = Claim(party, "asserts", Target(text, cls),
                  Evidence(aid, article.source, f"{party.name} on {text}", 0, 10),
                  "strike", attacker=STATE, place=TOWN)
    return ArticleAnalysis(article=article, places=(TOWN,), claims=(claim,))


def events_of(state: dict[str, Any], aid: str) -> list[str]:
    return [e for value in event_values(state).values()
            for e in value["articles"].get(aid, [])]


def test_an_undated_article_is_filed_at_its_admission_time_not_the_event_watermark() -> None:
    from pipeline.domain import conflicts

    later = T0 + timedelta(days=30)  # the event stage has seen a month more of the feed
    for arrived_at, together in ((T0 + timedelta(minutes=10), True), (None, False)):
        state: dict[str, Any] = {}
        dated = one_claim("a", STATE, "fighters", "armed_group", T0)
        conflicts.observe_article(dated, state, T0)
        undated = one_claim("b", MEDICS, "a clinic", "civilian_site", None, arrived_at)
        seen = conflicts.observe_article(undated, state, later)
        stamps = {e["ts"] for value in event_values(state).values()
                  for payload in value["payload"].values()
                  for e in payload["entries"] if e["article_id"] == "b"}
        assert stamps == {(arrived_at or later).isoformat()}
        assert (events_of(state, "a") == events_of(state, "b")) is together
        # one event with both accounts is a dispute: the undated article's alert
        assert any(set(alert.article_ids) == {"a", "b"} for alert in seen.alerts) is together


class Recording(StubAnalyser):
    def __init__(self) -> None:
        super().__init__()
        self.articles: dict[str, Article] = {}

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        self.articles.update((a.id, a) for a in articles)
        return super().analyse(articles)


def test_the_runner_fixes_an_undated_lines_arrival_by_the_rule_replay_sends(
    tmp_path: Any,
) -> None:
    from pipeline.domain.validate import ValidationLimits
    from pipeline.feed import read_feed
    from pipeline.streaming.archive import StreamedArchive, in_event_order

    rows = [("u0", None), ("d1", 60), ("u1", None), ("d2", 10), ("u2", None), ("u3", None)]
    feed = tmp_path / "feed.jsonl"  # distinct texts: every article is analysed
    feed.write_bytes(b"".join(
        line(aid, " ".join(f"w{aid}x{i}" for i in range(40)), minutes).data + b"\n"
        for aid, minutes in rows
    ))
    analyser = Recording()
    settings = Settings.from_env({}, app_id="test", nlp_batch_size=1)
    pipeline = EmbeddedPipeline(analyser, settings, context=flow.StepContext())
    list(pipeline.run(read_feed(feed)))
    got = {aid: a.arrived_at for aid, a in analyser.articles.items()}
    at = {m: T0 + timedelta(minutes=m) for m in (10, 60)}
    # before the first date: that date; after: the dated line before it in the file
    assert got == {"u0": at[60], "d1": None, "u1": at[60], "d2": None, "u2": at[10],
                   "u3": at[10]}
    # the very times `wirewatch replay` places them at (and sends in its header)
    undated = {aid: when for aid, when in got.items() if when is not None}
    replayed = {p.key.decode(): p.when for p in in_event_order(list(read_feed(feed)))
                if p.key is not None and not p.dated}
    assert replayed == undated
    in_file_order = StreamedArchive(feed, ValidationLimits(), datetime.now(UTC)).items()
    assert {p.key.decode(): p.when for p in in_file_order
            if p.key is not None and not p.dated} == undated  # --no-sort too


def test_an_owner_sends_only_the_votes_that_can_sway_the_decision() -> None:
    text = "Rockets struck a fuel depot outside the port city at dawn, officials said. " * 6
    bands = dedup.BandIndex()
    first = Article(id="v1", source="Wire A", headline="Depot hit", body=text)
    copy = Article(id="v2", source="Wire B", headline="Depot hit", body=text)
    ctx = flow.StepContext()
    _, probes = flow.scatter(first, ctx)
    assert [flow.probe(p, bands, ctx).votes for p in probes] == [()]
    _, probes = flow.scatter(copy, ctx)
    (votes,) = [flow.probe(p, bands, ctx) for p in probes]
    assert votes.votes and all(v.candidates for v in votes.votes)
    assert dedup.decide("v2", votes.votes).duplicate_of == "v1"
