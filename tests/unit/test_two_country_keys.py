"""A story with strikes in two countries goes to both countries' routing keys, each with
the claims struck there, so another outlet's story about the second strike meets them;
its sources and withdrawals go to every key it joined (both drivers, written stories)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import orjson

from pipeline.domain import conflicts, flow
from pipeline.domain.models import (
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
from pipeline.streaming import steps, topics
from pipeline.streaming.codecs import encode, to_wire
from tests.unit.test_flow import (
    MEDICS,
    STATE,
    T0,
    TOWN,
    entries_of,
    replace_article,
    settle,
    source,
)

RIVERBEND = Place("Riverbend", 9, "IQ", "03", kind="city")
HILL_BODY = "Northland said it hit fighters in Hilltown. Medics said a clinic was hit there."
RIVER_BODY = "Northland said it hit fighters in Riverbend."
BOTH_BODY = f"{HILL_BODY} {RIVER_BODY}"


def _claim(article: Article, party: Any, text: str, cls: str, place: Place, start: int,
           ) -> Claim:
    evidence = Evidence(article.id, article.source, f"{party.name} on {text}", start, start + 10)
    return Claim(party, "asserts", Target(text, cls), evidence, "strike", attacker=STATE,
                 place=place)


def two_countries(aid: str, minutes: int = 0, source: str = "") -> ArticleAnalysis:
    """The state's and the medics' accounts of Hilltown (SY), then the state's of
    Riverbend (IQ): the main key is SY (most claims), the Riverbend claim is IQ's."""
    article = Article(aid, "Two strikes", BOTH_BODY, source or f"outlet of {aid}", None,
                      T0 + timedelta(minutes=minutes))
    claims = (
        _claim(article, STATE, "fighters", "armed_group", TOWN, 0),
        _claim(article, MEDICS, "a clinic", "civilian_site", TOWN, 44),
        _claim(article, STATE, "fighters", "armed_group", RIVERBEND, len(HILL_BODY) + 1),
    )
    return ArticleAnalysis(article=article, places=(TOWN, RIVERBEND), claims=claims)


def riverbend_school(aid: str, minutes: int = 60, source: str = "") -> ArticleAnalysis:
    """Another outlet: medics say a school in Riverbend was hit (IQ only)."""
    article = Article(aid, "School hit", "Medics said a school in Riverbend was hit.",
                      source or f"outlet of {aid}", None, T0 + timedelta(minutes=minutes))
    claims = (_claim(article, MEDICS, "a school", "civilian_site", RIVERBEND, 0),)
    return ArticleAnalysis(article=article, places=(RIVERBEND,), claims=claims)


def test_each_claim_has_the_key_of_the_country_it_was_struck_in() -> None:
    story = two_countries("a")
    assert conflicts.event_key(story) == "geo:SY"  # the main key: most claims
    assert conflicts.claim_keys(story) == ["geo:SY", "geo:SY", "geo:IQ"]
    assert conflicts.event_keys(story) == ["geo:SY", "geo:IQ"]
    one = riverbend_school("b")
    assert conflicts.event_keys(one) == [conflicts.event_key(one)] == ["geo:IQ"]


def test_route_sends_the_article_to_each_key_and_its_sources_and_withdrawal_too() -> None:
    origins: dict[str, Any] = {}
    assert flow.route(source("early", "a"), origins) == []  # waits for the analysis
    story = two_countries("a")
    outs = flow.route(story, origins)
    assert outs == [flow.EventItem("geo:SY", analysis=story),
                    flow.EventItem("geo:IQ", analysis=story),
                    flow.EventItem("geo:SY", source=source("early", "a")),
                    flow.EventItem("geo:IQ", source=source("early", "a"))]
    assert origins["a"]["event_key"] == "geo:SY"
    assert flow.route(source("c", "a"), origins) == [
        flow.EventItem("geo:SY", source=source("c", "a")),
        flow.EventItem("geo:IQ", source=source("c", "a"))]
    outs = flow.route(source("a", "o", correction=True), origins)
    withdrawn = [o for o in outs if isinstance(o, flow.EventItem)]
    assert [o.event_key for o in withdrawn] == ["geo:SY", "geo:IQ"]
    assert all(o.source is not None and o.source.correction for o in withdrawn)


def _alerts_by_key(alerts: Sequence[Any]) -> dict[str, Any]:
    latest = {a.alert_id: a for a in alerts}
    return {a.event_key: a for a in latest.values() if not a.withdrawn}


def test_the_second_countrys_claims_meet_another_outlets_story_of_that_strike() -> None:
    ctx = flow.StepContext()
    origins: dict[str, Any] = {}
    events: dict[str, Any] = {}
    alerts = settle(two_countries("a"), origins, events, T0, ctx)
    alerts += settle(riverbend_school("b"), origins, events, T0, ctx)
    by_key = _alerts_by_key(alerts)
    assert set(by_key) == {"geo:SY", "geo:IQ"}
    assert set(by_key["geo:SY"].article_ids) == {"a"}  # in-article: Hilltown
    iq = by_key["geo:IQ"]
    assert set(iq.article_ids) == {"a", "b"}  # across outlets: Riverbend
    evidence = {(e.article_id, e.start) for acc in iq.accounts for e in acc.evidence}
    assert evidence == {("a", len(HILL_BODY) + 1), ("b", 0)}  # only the Riverbend claims
    assert sorted(entries_of(events, "geo:SY")) == ["a", "a"]
    assert sorted(entries_of(events, "geo:IQ")) == ["a", "b"]
    # a copy of the two-country story joins both keys' alerts as a source
    settle(DuplicateRecord("c", "a", 0.9, "Wire C", "near"), origins, events, T0, ctx)
    final = _alerts_by_key(alerts + flow.flush_digests(events, T0, ctx, final=True))
    assert "c" in final["geo:SY"].article_ids and "c" in final["geo:IQ"].article_ids
    # found to be a copy itself: its claims leave both keys' events
    settle(source("a", "orig", correction=True), origins, events, T0, ctx)
    assert entries_of(events, "geo:SY") == []
    assert entries_of(events, "geo:IQ") == ["b"]


def _line(aid: str, body: str, minutes: int, source: str) -> FeedLine:
    raw = {"id": aid, "headline": "h", "body": body, "source": source,
           "published": (T0 + timedelta(minutes=minutes)).isoformat()}
    return FeedLine("feed.jsonl", 1, orjson.dumps(raw).decode())


def test_the_runner_links_the_second_countrys_claims_across_outlets() -> None:
    written = {"a": two_countries, "b": riverbend_school}

    class Written:
        def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
            return [replace_article(written[a.id](a.id), a) for a in articles]

    settings = Settings.from_env({}, app_id="test", nlp_batch_size=1)
    pipeline = EmbeddedPipeline(Written(), settings, context=flow.StepContext(),
                                clock=lambda: T0 + timedelta(days=1))
    feed = [_line("a", BOTH_BODY, 0, "Wire A"),
            _line("b", "Medics said a school in Riverbend was hit.", 60, "Wire B")]
    outcomes = list(pipeline.run(feed))
    assert [(o.result["id"], o.result["status"]) for o in outcomes] == [
        ("a", "processed"), ("b", "processed")]
    by_key = _alerts_by_key([a for o in outcomes for a in o.alerts])
    assert set(by_key["geo:IQ"].article_ids) == {"a", "b"}
    assert set(by_key["geo:SY"].article_ids) == {"a"}


WALL = T0 + timedelta(days=400)


def _stage(raw: bytes, events: dict[str, Any], now: datetime = WALL) -> list[steps.Out]:
    return steps.conflicts(raw, events, flow.StepContext(), flow.FeedClock(lambda: WALL), now)


def test_the_stream_routes_each_key_to_its_own_partition_and_links_there() -> None:
    origins: dict[str, Any] = {}
    events: dict[str, Any] = {}
    alerts: list[dict[str, Any]] = []
    for story in (two_countries("a"), riverbend_school("b")):
        routed = steps.route(encode(to_wire(story, processed_by="w1")), origins)
        assert {o.topic for o in routed} == {topics.ENRICHED}
        if story.article.id == "a":
            assert [o.key for o in routed] == ["geo:SY", "geo:IQ"]
            assert all(o.value["processed_by"] == "w1" for o in routed)
        for out in routed:
            assert out.key == out.value["event_key"]  # the Kafka key is the event key
            alerts += [o.value for o in _stage(encode(out.value), events)
                       if o.topic == topics.ALERTS]
    linked = {a["event_key"]: set(a["article_ids"]) for a in alerts}
    assert linked == {"geo:SY": {"a"}, "geo:IQ": {"a", "b"}}
    # a source of the two-country story reaches both keys
    copy = DuplicateRecord("c", "a", 0.9, "Wire C", "near")
    routed = steps.route(encode(to_wire(copy)), origins)
    assert sorted(o.key for o in routed) == ["geo:IQ", "geo:SY"]


def _plus_riverbend(base: ArticleAnalysis) -> ArticleAnalysis:
    """A written rewrite pair's article with one more claim: a strike in Riverbend (IQ)."""
    from dataclasses import replace

    extra = _claim(base.article, STATE, "fighters", "armed_group", RIVERBEND,
                   len(base.article.body) - 20)
    return replace(base, places=(*base.places, RIVERBEND), claims=(*base.claims, extra))


def test_a_rewrite_found_under_the_main_key_leaves_the_other_keys_too() -> None:
    from tests.unit.test_events_alerts import _ORIGINAL, _PARAPHRASE, _with_text

    original = _plus_riverbend(_with_text("o", 0, _ORIGINAL))
    rewrite = _plus_riverbend(_with_text("p", 2, _PARAPHRASE))
    main, other = conflicts.event_keys(original)
    assert conflicts.event_keys(rewrite) == [main, other] and other == "geo:IQ"
    ctx = flow.StepContext()
    origins: dict[str, Any] = {}
    events: dict[str, Any] = {}
    settle(original, origins, events, T0, ctx)
    outs = flow.route(rewrite, origins)
    seen = [flow.observe(o, events, flow.FeedClock(lambda: T0), ctx, T0) for o in outs
            if isinstance(o, flow.EventItem)]
    assert seen[0].rewrite is not None and seen[0].rewrite.duplicate_of == "o"
    assert sorted(entries_of(events, other)) == ["o", "p"]  # before it leaves
    for item in flow.rewrite_leaves(outs[0], seen[0].rewrite):  # type: ignore[arg-type]
        assert item.event_key == other
        flow.observe(item, events, flow.FeedClock(lambda: T0), ctx, T0)
    assert entries_of(events, other) == ["o"]  # counted once, as under the main key
    assert "p" not in entries_of(events, main)
    assert events[other]["copies"]["o"] == [["p", rewrite.article.source]]
    # the stream sends the same leaves to the other key's partition
    stream_events: dict[str, Any] = {}
    stream_origins: dict[str, Any] = {}
    sent: list[steps.Out] = []
    for story in (original, rewrite):
        for out in steps.route(encode(to_wire(story)), stream_origins):
            sent += _stage(encode(out.value), stream_events)
    leaves = [o for o in sent if o.topic == topics.ENRICHED]
    assert [o.key for o in leaves] == [other, other]
    for leave in leaves:
        _stage(encode(leave.value), stream_events)
    assert entries_of(stream_events, other) == ["o"]
