"""Weak evidence links articles only through an actor in common: a claim of an undated
article (its time is when it arrived) that places the strike only in a country joins
another article's event only when it names the attacker it has or speaks for a side
already speaking in it (hand-written articles, no model)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import timedelta

from pipeline.domain.conflicts import observe_article
from pipeline.domain.events import Sighting, assign, empty_events, is_weak
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
from tests.unit.test_events_alerts import (
    MAYOR,
    MEDICS,
    NORTHLAND,
    RIVERTON,
    SL,
    SL_MOD,
    T0,
    P,
    linked,
)

RIVER = Place("River Province", 11, "NL", kind="admin1")


def report(aid: str, hours: float, *accounts: tuple[Actor, str, str, Place | None],
           dated: bool = True, attacker: Actor | None = None) -> ArticleAnalysis:
    """One sentence per account; an undated article has only its arrival time; the
    attacker is unnamed unless given."""
    sentences = [f"{party.name} said the strike hit {text}."
                 for party, text, _, _ in accounts]
    text = " ".join(sentences)
    when = T0 + timedelta(hours=hours)
    art = Article(aid, "", text, f"Outlet {aid}", None, when if dated else None)
    if not dated:
        art = replace(art, arrived_at=when)
    claims = []
    for (party, target, cls, place), sentence in zip(accounts, sentences, strict=True):
        start = text.find(sentence)
        ev = Evidence(aid, art.source, sentence, start, start + len(sentence))
        claims.append(Claim(party, "asserts", Target(target, cls), ev, "strike", attacker, place))
    return ArticleAnalysis(art, claims=tuple(claims))


def run(*analyses: ArticleAnalysis) -> list[ConflictAlert]:
    state: dict[str, object] = {}
    alerts: list[ConflictAlert] = []
    for an in analyses:
        alerts += observe_article(an, state, T0, P).alerts
    return alerts


def test_weak_means_undated_and_no_place_below_the_country() -> None:
    assert is_weak(NORTHLAND, dated=False) and is_weak(None, dated=False)
    assert not is_weak(NORTHLAND, dated=True)
    assert not is_weak(RIVERTON, dated=False) and not is_weak(RIVER, dated=False)


def test_an_undated_country_level_account_links_no_dated_article_in_any_order() -> None:
    ministry = report("m1", 0, (SL_MOD, "a weapons depot", "military", RIVERTON))
    medics = report("h1", 10, (MEDICS, "a field clinic", "civilian_site", NORTHLAND),
                    dated=False)
    for order in itertools.permutations([ministry, medics]):
        assert not linked(run(*order), "m1", "h1")


def test_two_undated_country_level_accounts_do_not_link_either() -> None:
    ministry = report("m1", 0, (SL_MOD, "a weapons depot", "military", NORTHLAND), dated=False)
    medics = report("h1", 3, (MEDICS, "a field clinic", "civilian_site", NORTHLAND),
                    dated=False)
    assert not linked(run(ministry, medics), "m1", "h1")


def test_an_undated_country_level_account_naming_the_same_attacker_still_links() -> None:
    ministry = report("m1", 0, (SL_MOD, "a weapons depot", "military", RIVERTON), attacker=SL)
    medics = report("h1", 10, (MEDICS, "a field clinic", "civilian_site", NORTHLAND),
                    dated=False, attacker=SL)
    for order in itertools.permutations([ministry, medics]):
        assert linked(run(*order), "m1", "h1")


def test_an_undated_country_level_account_from_a_side_already_speaking_still_links() -> None:
    ministry = report("m1", 0, (SL_MOD, "a weapons depot", "military", RIVERTON))
    retold = report("h1", 10, (SL, "an arms store", "military", NORTHLAND),
                    (MAYOR, "a school", "civilian_site", NORTHLAND), dated=False)
    for order in itertools.permutations([ministry, retold]):
        assert linked(run(*order), "m1", "h1")


def test_counter_example_an_undated_account_with_a_town_still_links() -> None:
    ministry = report("m1", 0, (SL_MOD, "a weapons depot", "military", RIVERTON))
    medics = report("h1", 10, (MEDICS, "a field clinic", "civilian_site", RIVERTON),
                    dated=False)
    for order in itertools.permutations([ministry, medics]):
        assert linked(run(*order), "m1", "h1")


def test_counter_example_a_dated_country_level_account_still_links() -> None:
    ministry = report("m1", 0, (SL_MOD, "a weapons depot", "military", RIVERTON))
    medics = report("h1", 10, (MEDICS, "a field clinic", "civilian_site", NORTHLAND))
    for order in itertools.permutations([ministry, medics]):
        assert linked(run(*order), "m1", "h1")


def test_conflicts_inside_an_undated_country_level_article_still_alert() -> None:
    both = report("u1", 0, (SL_MOD, "a weapons depot", "military", NORTHLAND),
                  (MAYOR, "a school", "civilian_site", NORTHLAND), dated=False)
    (alert,) = run(both)
    assert alert.article_ids == ("u1",) or set(alert.article_ids) == {"u1"}


def test_a_weak_claim_follows_its_own_article_into_an_event_its_town_claim_joined() -> None:
    ministry = report("m1", 0, (SL_MOD, "a weapons depot", "military", RIVERTON))
    residents = report("h1", 5, (MAYOR, "a school", "civilian_site", RIVERTON),
                       (MEDICS, "a field clinic", "civilian_site", NORTHLAND), dated=False)
    alerts = run(ministry, residents)
    assert linked(alerts, "m1", "h1")
    last = [a for a in alerts if "h1" in a.article_ids][-1]
    assert {acc.party.id for acc in last.accounts} >= {SL_MOD.id, MAYOR.id, MEDICS.id}


def test_assign_keeps_an_event_of_weak_claims_to_its_article() -> None:
    table = empty_events()
    weak = assign(table, Sighting(NORTHLAND, T0, "sl", article="u1", weak=True), P, "k")
    same = assign(table, Sighting(NORTHLAND, T0, None, article="u1", weak=True), P, "k")
    other = assign(table, Sighting(RIVERTON, T0, None, article="d1"), P, "k")
    assert same.event_id == weak.event_id and other.event_id != weak.event_id
    # another article's weak claim joins an event only by naming an attacker it has
    unnamed = assign(table, Sighting(NORTHLAND, T0, None, article="u2", weak=True), P, "k")
    named = assign(table, Sighting(NORTHLAND, T0, "sl", article="u3", weak=True), P, "k")
    assert unnamed.created and named.event_id == weak.event_id
    # or by speaking for a side that already speaks in it
    side = assign(table, Sighting(RIVERTON, T0, None, article="d2", party="nl"), P, "k")
    voice = assign(table, Sighting(NORTHLAND, T0, None, article="u4", weak=True, party="nl"),
                   P, "k")
    mute = assign(table, Sighting(NORTHLAND, T0, None, article="u5", weak=True, party="xx"),
                  P, "k")
    assert voice.event_id == side.event_id and mute.event_id != side.event_id
    # without an article (callers that do not say) the rule does not apply
    anonymous = assign(table, Sighting(NORTHLAND, T0, None), P, "k")
    assert not anonymous.created
