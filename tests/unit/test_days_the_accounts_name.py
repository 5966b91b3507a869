"""The day a statement was made is not the strike's day, and a strike day the accounts
name below the lead files the article there: "the military on Saturday acknowledged an
air strike on the hospital ... security forces launched the operation on Wednesday" is
Wednesday's strike (hand-written claims, no model; rule ``incident.claims_day``)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime

from pipeline.domain.clock import names_day
from pipeline.domain.events import strike_time
from pipeline.domain.incidents import SAID_DAY_MARK, claims_day
from pipeline.domain.models import ArticleAnalysis
from tests.unit.test_events_alerts import MEDICS, RIVERTON, SL, SL_MOD, linked
from tests.unit.test_events_dateline import ARRIVED, report
from tests.unit.test_events_weak import run

SATURDAY = datetime(2031, 3, 15, tzinfo=UTC)
WEDNESDAY = datetime(2031, 3, 12, tzinfo=UTC)


def with_days(analysis: ArticleAnalysis, *days: str) -> ArticleAnalysis:
    return replace(analysis, claims=tuple(replace(c, days=days) for c in analysis.claims))


def test_a_weekday_before_the_reporting_verb_is_the_statement_day() -> None:
    for body in ("The military on Saturday acknowledged carrying out an air strike on the "
                 "hospital in Riverton.",
                 "The ministry on Saturday said its jets struck a depot in Riverton."):
        assert not names_day(body, SATURDAY), body


def test_counter_example_a_weekday_before_the_strike_verb_is_the_strike_day() -> None:
    for body in ("The military on Saturday struck the hospital in Riverton, medics said.",
                 "Jets on Saturday bombed a depot in Riverton, the ministry said."):
        assert names_day(body, SATURDAY), body


def test_the_accounts_agree_on_one_weekday() -> None:
    claims = with_days(report("m1", "", SATURDAY, SL_MOD, "a base", "military", RIVERTON),
                       "on Wednesday").claims
    assert claims_day(claims, SATURDAY.date(), 4) == 3
    # "late Wednesday" and "early Thursday" are one strike: the earlier day counts
    two = (*claims, replace(claims[0], days=("early Thursday",)))
    assert claims_day(two, SATURDAY.date(), 4) == 3


def test_counter_examples_no_day_from_the_accounts() -> None:
    base = report("m1", "", SATURDAY, SL_MOD, "a base", "military", RIVERTON).claims[0]
    for days in ((), ("on Saturday",), (f"{SAID_DAY_MARK} on Wednesday",), ("last month",),
                 ("on Sunday",)):  # none, the statement's day, a said day, no weekday,
        # six days back (too far)
        assert claims_day((replace(base, days=days),), SATURDAY.date(), 4) is None, days
    # two accounts naming days further apart than one: two strikes, no one day
    apart = (replace(base, days=("on Monday",)), replace(base, days=("on Wednesday",)))
    assert claims_day(apart, SATURDAY.date(), 4) is None
    # a denied strike names no strike day
    assert claims_day((replace(base, days=("on Wednesday",), negated=True),),
                      SATURDAY.date(), 4) is None


def test_an_account_naming_the_strike_day_below_the_lead_links() -> None:
    medics = report("h1", "", WEDNESDAY, MEDICS, "a hospital", "civilian_site", RIVERTON, SL)
    ministry = with_days(report("m1", "The ministry on Saturday acknowledged the strike. ",
                                SATURDAY, SL_MOD, "a base used by fighters", "armed_group",
                                RIVERTON, SL), "on Wednesday")
    assert strike_time(ministry, ARRIVED) == (WEDNESDAY, True)
    for order in itertools.permutations([medics, ministry]):
        assert linked(run(*order), "m1", "h1")


def test_counter_example_the_same_statement_naming_no_day_does_not_link() -> None:
    medics = report("h1", "", WEDNESDAY, MEDICS, "a hospital", "civilian_site", RIVERTON, SL)
    ministry = report("m1", "The ministry on Saturday acknowledged the strike. ", SATURDAY,
                      SL_MOD, "a base used by fighters", "armed_group", RIVERTON, SL)
    assert strike_time(ministry, ARRIVED) == (SATURDAY, True)
    assert not linked(run(medics, ministry), "m1", "h1")
    # an undated article keeps its arrival, whatever day its accounts name
    undated = with_days(replace(ministry, article=replace(ministry.article, published=None,
                                                          arrived_at=ARRIVED)),
                        "on Wednesday")
    assert strike_time(undated, ARRIVED) == (ARRIVED, False)
