"""Cross-article alerts over events: decoys, consistent accounts, merges, versions by
substance, late claims and rewrites (hand-written articles, no model)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from pipeline.domain.conflicts import event_values, observe_article
from pipeline.domain.events import EventParams
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    ConflictAlert,
    Evidence,
    Place,
    Target,
)

T0 = datetime(2031, 3, 9, 6, 0, tzinfo=UTC)
P = EventParams()
RIVERTON = Place("Riverton", 101, "NL", "River Province", 10.00, 20.00, "city")
HILLVIEW = Place("Hillview", 102, "NL", "Hill Province", 10.70, 20.20, "city")
NORTHLAND = Place("Northland", 10, "NL", kind="country")
SL = Actor("sl.state", "Southland", "state", "SL", "sl")
SL_MOD = Actor("sl.defence-ministry", "Southland's defence ministry", "ministry", "SL", "sl")
MEDICS = Actor("intl.medics", "Medics Abroad", "international_body", None, "intl.medics")
MAYOR = Actor("nl.riverton-mayor", "Riverton's mayor", "official", "NL", "nl")
MONITOR = Actor("intl.monitor", "a rights monitor", "international_body", None, "intl.monitor")


def report(aid: str, hours: float, *accounts: tuple[Actor, str, str],
           place: Place | None = RIVERTON, source: str | None = None,
           body: str | None = None) -> ArticleAnalysis:
    """An article whose every sentence is one party's account of what the strike hit."""
    sentences = [f"{party.name} said the strike hit {text}."
                 for party, text, _ in accounts]
    text = body or " ".join(sentences)
    art = Article(aid, "", text, source or f"Outlet {aid}", None, T0 + timedelta(hours=hours))
    claims = []
    for (party, target, cls), sentence in zip(accounts, sentences, strict=True):
        start = max(0, text.find(sentence))
        ev = Evidence(aid, art.source, sentence, start, start + len(sentence))
        claims.append(Claim(party, "asserts", Target(target, cls), ev, "strike", SL, place))
    return ArticleAnalysis(art, claims=tuple(claims))


def run(*analyses: ArticleAnalysis) -> tuple[dict[str, object], list[ConflictAlert]]:
    state: dict[str, object] = {}
    alerts: list[ConflictAlert] = []
    for an in analyses:
        alerts += observe_article(an, state, T0, P).alerts
    return state, alerts


def linked(alerts: list[ConflictAlert], a: str, b: str) -> bool:
    return any(a in x.article_ids and b in x.article_ids for x in alerts)


def test_one_sided_accounts_link_with_evidence_per_side() -> None:
    ministry = report("m1", 0, (SL_MOD, "a weapons depot", "military"))
    medics = report("h1", 20, (MEDICS, "a field clinic", "civilian_site"), source="Wire H")
    _, alerts = run(ministry, medics)
    (alert,) = alerts
    assert set(alert.article_ids) == {"m1", "h1"}
    assert alert.place_level == "locality" and alert.time_gap_hours == 20.0
    by_party = {acc.party.id: acc for acc in alert.accounts}
    (ev,) = by_party[MEDICS.id].evidence
    assert (ev.article_id, ev.source) == ("h1", "Wire H")
    assert ev.published == T0 + timedelta(hours=20) and "field clinic" in ev.sentence


def test_a_country_level_match_is_less_sure_than_a_town() -> None:
    town = run(report("m1", 0, (SL_MOD, "a depot", "military")),
               report("h1", 2, (MEDICS, "a clinic", "civilian_site")))[1][0]
    country = run(report("m1", 0, (SL_MOD, "a depot", "military")),
                  report("h1", 2, (MEDICS, "a clinic", "civilian_site"), place=NORTHLAND))[1][0]
    assert country.place_level == "country"
    assert country.confidence < town.confidence


def test_decoy_two_strikes_in_one_country_a_day_apart_never_link() -> None:
    _, alerts = run(report("m1", 0, (SL_MOD, "a depot", "military")),
                    report("h1", 24, (MEDICS, "a school", "civilian_site"), place=HILLVIEW))
    assert alerts == []


def test_consistent_accounts_never_alert() -> None:
    _, alerts = run(report("m1", 0, (MAYOR, "a school", "civilian_site")),
                    report("h1", 5, (MEDICS, "the school", "civilian_site")))
    assert alerts == []


def test_versions_only_on_substance_and_monotonic() -> None:
    state, alerts = run(report("m1", 0, (SL_MOD, "a depot", "military")),
                        report("h1", 2, (MEDICS, "a clinic", "civilian_site")))
    (first,) = alerts
    later = T0 + P.digest_every  # the desk's time: one update per alert per period
    # the same party, the same kind of target, another outlet: folded, no new version
    same = observe_article(report("h2", 3, (MEDICS, "the clinic", "civilian_site")),
                           state, T0, P)
    assert same.alerts == ()
    # a new party: a new version, which carries the folded article too
    (bumped,) = observe_article(report("r1", 4, (MONITOR, "homes", "civilian_site")),
                                state, T0, P, digest_now=later).alerts
    assert bumped.alert_id == first.alert_id and bumped.version == 2
    assert {"h2", "r1"} <= set(bumped.article_ids)
    # the ministry names a new target class: a new version again
    (again,) = observe_article(report("m2", 5, (SL_MOD, "civilians", "civilians"),
                                      (SL_MOD, "fighters", "armed_group")), state, T0, P,
                               digest_now=later + P.digest_every).alerts
    assert again.version == 3
    json.dumps(state)


def test_a_claim_arriving_after_later_ones_goes_where_time_order_puts_it() -> None:
    """h2 (hour 30) arrives after claims of hours 60-61: the events are placed again in
    time order, so it joins the earlier event (as it would have on time) instead of
    bridging the two, and each alert keeps its id."""
    early = (report("m1", 0, (SL_MOD, "a depot", "military")),
             report("h1", 1, (MEDICS, "a clinic", "civilian_site")))
    later = (report("m2", 60, (SL, "a barracks", "military")),
             report("r1", 61, (MONITOR, "a bakery", "civilian_site")))
    bridge = report("h2", 30, (MEDICS, "a clinic", "civilian_site"),
                    (MONITOR, "a bakery", "civilian_site"))
    state, alerts = run(*early, *later)
    assert len({a.alert_id for a in alerts}) == 2
    older, newer = alerts[0], alerts[1]
    seen = observe_article(bridge, state, T0, P)
    assert not seen.merged and len(seen.event_ids) == 1
    in_order, _ = run(*early, bridge, *later)
    assert _members(state) == _members(in_order)
    value = next(iter(event_values(state).values()))
    kept = {s["alert_id"]: s for p in value["payload"].values() for s in p["alerts"]}
    assert set(kept) == {older.alert_id, newer.alert_id}
    assert "h2" in kept[older.alert_id]["alert"]["article_ids"]
    assert not any(s.get("merged_into") for s in kept.values())


def _members(state: dict[str, object]) -> set[frozenset[str]]:
    value: dict[str, dict[str, dict[str, list[dict[str, str]]]]] = next(
        iter(event_values(state).values()))  # type: ignore[assignment]
    return {frozenset(e["article_id"] for e in p["entries"])
            for p in value["payload"].values() if p["entries"]}


def test_a_late_claim_still_joins_its_event_and_is_reported() -> None:
    state, _ = run(report("m1", 0, (SL_MOD, "a depot", "military")),
                   report("x1", 200, (MAYOR, "a bridge", "infrastructure"), place=HILLVIEW))
    seen = observe_article(report("h1", 3, (MEDICS, "a clinic", "civilian_site")),
                           state, T0, P)
    (late,) = seen.late
    assert late.article_id == "h1" and late.behind_hours == 197.0 and "joined" in late.reason
    (alert,) = seen.alerts
    assert {"m1", "h1"} <= set(alert.article_ids)


_ORIGINAL = (
    "Southland's defence ministry said its jets destroyed a weapons depot near Riverton "
    "on Sunday. Medics Abroad said the strike hit a field clinic and killed 12 patients. "
    "The clinic had treated wounded civilians from three villages since January. "
    "Riverton's mayor called for an independent inquiry into the attack. "
    "Southland has denied targeting medical facilities in the past."
)
_PARAPHRASE = (
    "A weapons depot near Riverton was destroyed by its jets on Sunday, Southland's "
    "defence ministry said. The strike killed 12 patients when it hit a field clinic, "
    "according to Medics Abroad. Since January the clinic treated civilians wounded in "
    "three villages. An independent inquiry into the attack was demanded by Riverton's "
    "mayor. In the past Southland denied that it targeted medical facilities."
)
_FOLLOW_UP = (
    "Rescue teams recovered four more bodies from the rubble of the clinic in Riverton on "
    "Monday, raising the toll to 16. Medics Abroad said the strike hit a field clinic. "
    "Hospital staff described chaotic scenes as generators failed overnight. "
    "Neighbouring provinces sent ambulances and blood supplies by road. "
    "The United Nations envoy is expected to visit the area later this week."
)


def _with_text(aid: str, hours: float, text: str) -> ArticleAnalysis:
    return report(aid, hours, (SL_MOD, "a weapons depot", "military"),
                  (MEDICS, "a field clinic", "civilian_site"), body=text)


def test_a_paraphrase_is_a_rewrite_and_a_follow_up_joins_the_event() -> None:
    state, _ = run(_with_text("o1", 0, _ORIGINAL))
    copy = observe_article(_with_text("p1", 2, _PARAPHRASE), state, T0, P)
    assert copy.duplicate_of == "o1" and copy.duplicate is not None
    assert copy.duplicate.kind == "rewrite" and copy.alerts == ()
    follow = observe_article(_with_text("f1", 26, _FOLLOW_UP), state, T0, P)
    assert follow.duplicate_of is None and follow.event_ids


def _delivered(analysis: ArticleAnalysis, arrived: float, dated: bool) -> ArticleAnalysis:
    published = analysis.article.published if dated else None
    article = replace(analysis.article, arrived=arrived, published=published)
    return replace(analysis, article=article)


def test_the_event_stage_never_names_a_later_delivered_copy_as_the_original() -> None:
    # dedup's rule: when either copy is undated, the one the feed delivered first is the
    # original. The stream's event stage can see the two in either order; whichever
    # comes first, the earlier-delivered (undated) one is never made a rewrite of the
    # later-delivered (dated) one.
    first = _delivered(_with_text("u1", 0, _ORIGINAL), arrived=1.0, dated=False)
    second = _delivered(_with_text("p1", 2, _PARAPHRASE), arrived=2.0, dated=True)
    state, _ = run(second)  # the later delivery reached the event stage first
    assert observe_article(first, state, T0, P).duplicate_of is None
    state, _ = run(first)  # feed order: the later delivery is the rewrite
    assert observe_article(second, state, T0, P).duplicate_of == "u1"
    # with both dated, the dates decide, not the deliveries
    dated_first = _delivered(_with_text("u1", 0, _ORIGINAL), arrived=2.0, dated=True)
    state, _ = run(_delivered(_with_text("p1", 2, _PARAPHRASE), arrived=1.0, dated=True))
    assert observe_article(dated_first, state, T0, P).duplicate_of is None


def test_a_paraphrase_with_the_outlets_own_narration_is_still_a_rewrite() -> None:
    state, _ = run(_with_text("o1", 0, _ORIGINAL))
    copy = _with_text("p1", 2, _PARAPHRASE)
    outlet = Actor("media.outlet.outlet-p1", "Outlet p1", "media", None, "media.outlet.outlet-p1")
    told = replace(copy.claims[0], party=outlet, cue="narrates")
    found = observe_article(replace(copy, claims=(*copy.claims, told)), state, T0, P)
    assert found.duplicate_of == "o1"
    # a party of its own that the earlier article lacks still makes it a new article
    said = replace(told, cue="asserts")
    state, _ = run(_with_text("o1", 0, _ORIGINAL))
    found = observe_article(replace(copy, claims=(*copy.claims, said)), state, T0, P)
    assert found.duplicate_of is None


def test_a_paraphrase_quoting_one_more_bystander_on_no_target_class_is_still_a_rewrite(
) -> None:
    copy = _with_text("p1", 2, _PARAPHRASE)
    brother = Actor("person.brother", "Ali Brother", "person")
    told = replace(copy.claims[0], party=brother,
                   target=Target("the front of the minibus", "unknown"))
    state, _ = run(_with_text("o1", 0, _ORIGINAL))
    found = observe_article(replace(copy, claims=(*copy.claims, told)), state, T0, P)
    assert found.duplicate_of == "o1"
    # counter-example: the same bystander telling a target of a class is a party of its own
    civil = replace(told, target=Target("farmers on the bus", "civilians"))
    state, _ = run(_with_text("o1", 0, _ORIGINAL))
    found = observe_article(replace(copy, claims=(*copy.claims, civil)), state, T0, P)
    assert found.duplicate_of is None
