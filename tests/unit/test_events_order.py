"""The event stage decides the same whatever order articles reach it in: the same
analyses fed to ``observe_article`` in every permutation end in the same copy pairs, the
same event membership and the same final alerts (hand-written articles, no model)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from pipeline.domain.conflicts import flush_digests, observe_article
from pipeline.domain.events import EventParams
from pipeline.domain.models import ArticleAnalysis
from pipeline.domain.rewrites import copy_between, sketch
from tests.unit.test_events_alerts import (
    _FOLLOW_UP,
    _ORIGINAL,
    _PARAPHRASE,
    HILLVIEW,
    MAYOR,
    MEDICS,
    MONITOR,
    NORTHLAND,
    SL_MOD,
    _with_text,
    report,
)

T0 = datetime(2031, 3, 9, 6, 0, tzinfo=UTC)
P = EventParams()
# the first three sentences of the original: a cut copy (most of its sentences are found
# in the original, while the original reads as a padded copy of it)
_CUT = ". ".join(_ORIGINAL.split(". ")[:3]) + "."


def _undated(analysis: ArticleAnalysis) -> ArticleAnalysis:
    return replace(analysis, article=replace(analysis.article, published=None))


def _final(analyses: tuple[ArticleAnalysis, ...]) -> tuple[Any, ...]:
    """(copy pairs, event membership, live alerts' articles, their ids) after feeding
    in this order."""
    state: dict[str, Any] = {}
    pairs: dict[str, str] = {}
    alerts: dict[str, Any] = {}
    for an in analyses:
        seen = observe_article(an, state, T0, P)
        if seen.duplicate is not None:
            pairs[seen.duplicate.article_id] = seen.duplicate.duplicate_of
        for record in seen.corrections:
            assert record.correction and record.kind == "rewrite"
            pairs[record.article_id] = record.duplicate_of
        alerts.update({a.alert_id: a for a in seen.alerts})
    alerts.update({a.alert_id: a for a in flush_digests(state, T0 + timedelta(days=1))})
    members = {
        frozenset(e["article_id"] for e in payload["entries"])
        for value in state.values()
        for payload in value["payload"].values()
        if payload["entries"]
    }
    live = [a for a in alerts.values() if not a.merged_into and not a.withdrawn]
    # alert ids too: an id is fixed when the alert forms, and it forms as time order does
    return pairs, members, {frozenset(a.article_ids) for a in live}, {a.alert_id for a in live}


def _every_order(*analyses: ArticleAnalysis) -> tuple[Any, ...]:
    first = _final(analyses)
    for order in itertools.permutations(analyses):
        got = _final(order)
        assert got == first, ([a.article.id for a in order], got, first)
    return first[:3]


def test_a_rewrite_is_the_copy_whether_it_reaches_the_event_first_or_second() -> None:
    pairs, members, final = _every_order(
        _with_text("o1", 0, _ORIGINAL),
        _with_text("p1", 2, _PARAPHRASE),
        _with_text("f1", 26, _FOLLOW_UP),
    )
    assert pairs == {"p1": "o1"}
    assert members == {frozenset({"o1", "f1"})}  # the copy's claims count once, as o1's
    # one alert, on the original's claims; the copy is listed as another source of them
    assert final == {frozenset({"o1", "f1", "p1"})}


def test_the_original_arriving_second_corrects_the_copy_and_takes_its_claims() -> None:
    state: dict[str, Any] = {}
    first = observe_article(_with_text("p1", 2, _PARAPHRASE), state, T0, P)
    assert first.duplicate is None and first.event_ids
    second = observe_article(_with_text("o1", 0, _ORIGINAL), state, T0, P)
    assert second.duplicate is None
    (record,) = second.corrections
    assert (record.article_id, record.duplicate_of) == ("p1", "o1")
    assert record.correction and record.source == "Outlet p1"
    value = next(iter(state.values()))
    assert value["articles"]["p1"] == []  # known, so a re-delivery is not added again
    entries = [e for p in value["payload"].values() for e in p["entries"]]
    assert {e["article_id"] for e in entries} == {"o1"}
    assert value["copies"]["o1"] == [["p1", "Outlet p1"]]
    again = observe_article(_with_text("p1", 2, _PARAPHRASE), state, T0, P)
    assert again.redelivered


def test_of_two_undated_copies_the_cut_one_is_the_copy_in_either_order() -> None:
    original = _undated(_with_text("u1", 0, _ORIGINAL))
    cut = _undated(_with_text("u2", 1, _CUT))
    # each reads as a rewrite of the other; the one found almost whole in the other is it
    found = copy_between(sketch(original), sketch(cut))
    assert found is not None and (found.copy, found.original) == ("u2", "u1")
    assert copy_between(sketch(cut), sketch(original)) == found
    pairs, _, _ = _every_order(original, cut)
    assert pairs == {"u2": "u1"}


def test_of_two_dated_articles_only_the_later_published_can_be_the_copy() -> None:
    cut_first = _with_text("c1", 0, _CUT)  # published first: the original, though cut
    longer = _with_text("l1", 5, _ORIGINAL)
    found = copy_between(sketch(longer), sketch(cut_first))
    assert found is not None and (found.copy, found.original) == ("l1", "c1")
    pairs, _, _ = _every_order(cut_first, longer)
    assert pairs == {"l1": "c1"}


def test_a_retelling_with_a_new_party_is_never_a_copy_in_any_order() -> None:
    retold = report("n1", 3, (SL_MOD, "a weapons depot", "military"),
                    (MEDICS, "a field clinic", "civilian_site"),
                    (MONITOR, "a clinic", "civilian_site"), body=_PARAPHRASE)
    assert copy_between(sketch(retold), sketch(_with_text("o1", 0, _ORIGINAL))) is None
    pairs, members, _ = _every_order(_with_text("o1", 0, _ORIGINAL), retold)
    assert pairs == {} and members == {frozenset({"o1", "n1"})}


def test_a_country_level_claim_lands_in_the_same_event_in_every_order() -> None:
    """A claim placed only at country level fits both town events; the event it joins
    is the one time order gives (here: it opens the country's event, which the first
    town claim then joins), however the four articles arrive."""
    pairs, members, final = _every_order(
        report("c1", 0, (MEDICS, "a field clinic", "civilian_site"), place=NORTHLAND),
        report("m1", 1, (SL_MOD, "a weapons depot", "military")),
        report("h1", 2, (MONITOR, "a bakery", "civilian_site"), place=HILLVIEW),
        report("k1", 3, (SL_MOD, "an arms store", "military"), place=HILLVIEW),
    )
    assert pairs == {}
    assert members == {frozenset({"c1", "m1"}), frozenset({"h1", "k1"})}
    assert final == {frozenset({"c1", "m1"}), frozenset({"h1", "k1"})}


def test_between_two_town_events_a_country_level_claim_joins_the_first_opened() -> None:
    _, members, final = _every_order(
        report("m1", 0, (SL_MOD, "a weapons depot", "military")),
        report("h1", 0, (MONITOR, "a bakery", "civilian_site"), place=HILLVIEW),
        report("c1", 1, (MEDICS, "a field clinic", "civilian_site"), place=NORTHLAND),
        report("u1", 2, (MAYOR, "a school", "civilian_site"), place=None),
    )
    # equally near in time: the event opened first in (time, article id) order, h1's
    assert members == {frozenset({"h1", "c1"}), frozenset({"m1"}), frozenset({"u1"})}
    assert final == set()  # a clinic and a bakery: no dispute


def test_an_alert_left_without_its_dispute_by_a_late_article_is_withdrawn() -> None:
    """c1 reaches the country while only the Hillview event is open and disputes its
    claim there; m1, earlier in time, opens the event c1 belongs to in time order: the
    claims are placed again, and the alert, whose dispute is gone, gets a last version
    marked withdrawn (no alert at all in time order)."""
    state: dict[str, Any] = {}
    hill = report("h1", 1, (SL_MOD, "an arms store", "military"), place=HILLVIEW)
    country = report("c1", 1, (MONITOR, "a bakery", "civilian_site"), place=NORTHLAND)
    early = report("m1", 0, (MAYOR, "a school", "civilian_site"))
    (first,) = [a for an in (hill, country) for a in observe_article(an, state, T0, P).alerts]
    assert set(first.article_ids) == {"h1", "c1"}
    (last,) = observe_article(early, state, T0, P).alerts
    assert last.alert_id == first.alert_id and last.withdrawn and last.version == 2
    _, members, final = _every_order(hill, country, early)
    assert members == {frozenset({"m1", "c1"}), frozenset({"h1"})}
    assert final == set()
