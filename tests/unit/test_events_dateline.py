"""An undated article filed under the date its dateline gives ("RIVERTON, March 9 (Wire) -"),
with the year read from the dateline or taken as the latest not after the article's
arrival; the date makes it a dated article for event grouping (hand-written, no model)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.domain.clock import named_day, written_date
from pipeline.domain.events import sightings, strike_time
from pipeline.domain.models import Article, ArticleAnalysis, Claim, Evidence, Target
from tests.unit.test_events_alerts import MEDICS, NORTHLAND, RIVERTON, SL, SL_MOD, T0, linked
from tests.unit.test_events_weak import run

ARRIVED = datetime(2031, 3, 20, tzinfo=UTC)  # eleven days after T0 (2031-03-09)


def day(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def test_the_dateline_date_with_the_year_of_its_arrival() -> None:
    for text in ("RIVERTON, Northland, March 9 (Wire) - Shells hit",
                 "Mar. 9 (Wire) - Shells hit", "RIVERTON, 9 March -- Shells",
                 "RIVERTON, March 9. Shells hit", "By Ann Lee\n\nRIVERTON, March 9 (Wire) - x"):
        assert written_date(text, ARRIVED) == day(2031, 3, 9), text


def test_a_date_after_the_arrival_is_last_year_and_a_written_year_wins() -> None:
    # an article is not written after it arrived: "Dec. 30" arriving in March is last year
    assert written_date("RIVERTON, Dec. 30 (Wire) - x", ARRIVED) == day(2030, 12, 30)
    assert written_date("RIVERTON, March 21 (Wire) - x", ARRIVED) == day(2031, 3, 21)
    assert written_date("RIVERTON, March 25 (Wire) - x", ARRIVED) == day(2030, 3, 25)
    assert written_date("RIVERTON, March 9, 2027 (Wire) - x", ARRIVED) == day(2027, 3, 9)


def test_counter_examples_no_dateline_date() -> None:
    # no date in the dateline, a date later in the text ("since October 7"), a written
    # date ahead of the arrival (not trusted), an impossible day, a word like "Mayor"
    for text in ("RIVERTON (Wire) - Shells hit a school on March 9.",
                 "Shells hit a school in Riverton, March 9 - the mayor said.",
                 "Shells hit a school, the worst day since October 7 - officials said.",
                 "RIVERTON, March 9, 2035 (Wire) - x",
                 "RIVERTON, February 30 (Wire) - x",
                 "Mayor 12 - x"):
        assert written_date(text, ARRIVED) is None, text


def article_time(article: Article, arrived: datetime) -> tuple[datetime, bool]:
    """When an article with no accounts is filed (:func:`strike_time`)."""
    return strike_time(ArticleAnalysis(article), arrived)


def _article(aid: str, body: str, published: datetime | None) -> Article:
    art = Article(aid, "", body, f"Outlet {aid}", None, published)
    return art if published else replace(art, arrived_at=ARRIVED)


def test_article_time_published_then_dateline_then_arrival() -> None:
    assert article_time(_article("a", "RIVERTON, March 8 (Wire) - x", T0), ARRIVED) == (T0, True)
    assert article_time(_article("b", "RIVERTON, March 9 (Wire) - x", None), ARRIVED) == \
        (day(2031, 3, 9), True)
    assert article_time(_article("c", "Shells hit Riverton.", None), ARRIVED) == (ARRIVED, False)


def report(aid: str, body_lead: str, published: datetime | None, party: object,
           target: str, cls: str, place: object, attacker: object = None) -> ArticleAnalysis:
    sentence = f"{party.name} said the strike hit {target}."  # type: ignore[attr-defined]
    body = f"{body_lead}{sentence}"
    art = _article(aid, body, published)
    ev = Evidence(aid, art.source, sentence, len(body_lead), len(body))
    claim = Claim(party, "asserts", Target(target, cls), ev, "strike", attacker, place)  # type: ignore[arg-type]
    return ArticleAnalysis(art, claims=(claim,))


def test_an_undated_account_links_by_its_dateline_date() -> None:
    ministry = report("m1", "", T0, SL_MOD, "a weapons depot", "military", RIVERTON, SL)
    medics = report("h1", "RIVERTON, March 9 (Wire) - ", None, MEDICS, "a field clinic",
                    "civilian_site", NORTHLAND, SL)
    (seen,) = sightings(medics, ARRIVED)
    assert seen.time == datetime(2031, 3, 9, tzinfo=UTC) and not seen.weak
    for order in itertools.permutations([ministry, medics]):
        assert linked(run(*order), "m1", "h1")


def test_counter_example_without_a_dateline_date_it_stays_at_its_arrival() -> None:
    ministry = report("m1", "", T0, SL_MOD, "a weapons depot", "military", RIVERTON, SL)
    medics = report("h1", "RIVERTON (Wire) - ", None, MEDICS, "a field clinic",
                    "civilian_site", NORTHLAND, SL)
    (seen,) = sightings(medics, ARRIVED)
    assert seen.time == ARRIVED and seen.weak
    for order in itertools.permutations([ministry, medics]):
        assert not linked(run(*order), "m1", "h1")


def test_counter_example_a_dateline_a_week_off_does_not_link() -> None:
    ministry = report("m1", "", T0, SL_MOD, "a weapons depot", "military", RIVERTON, SL)
    medics = report("h1", "RIVERTON, March 16 (Wire) - ", None, MEDICS, "a field clinic",
                    "civilian_site", RIVERTON, SL)
    assert not linked(run(ministry, medics), "m1", "h1")
    assert T0 + timedelta(days=7) == datetime(2031, 3, 16, 6, tzinfo=UTC)


SATURDAY = datetime(2031, 3, 15, tzinfo=UTC)


def test_the_lead_names_the_strike_day_before_the_statement() -> None:
    body = ("The ministry said on Saturday that its forces had on Wednesday struck a depot "
            "in Riverton. It gave no more detail on Friday.")
    assert named_day(body, SATURDAY) == day(2031, 3, 12)
    # after a dateline, and one day back
    assert named_day("RIVERTON, March 15 (Wire) - Shells hit a school on Friday, medics "
                     "said.", SATURDAY) == day(2031, 3, 14)
    art = Article("w1", "", body, "Wire", None, SATURDAY)
    assert article_time(art, ARRIVED) == (day(2031, 3, 12), True)


def test_counter_examples_no_earlier_day_in_the_lead() -> None:
    for body in ("Shells hit a school in Riverton on Saturday, medics said.",  # that day
                 "Shells hit a school. The ministry denied it on Wednesday.",  # not the lead
                 "Shells hit a school ahead of talks on Thursday, medics said.",  # to come
                 "Shells hit a school, the mayor said, and the council will meet on Monday.",
                 "Shells hit a school on Sunday, medics said.",  # six days back: too far
                 "Shells hit a school in Riverton, medics said."):  # no day at all
        assert named_day(body, SATURDAY) is None, body
    # an undated article without a dateline date keeps its arrival, whatever day it names
    art = _article("u1", "Shells hit a school on Wednesday.", None)
    assert article_time(art, ARRIVED) == (ARRIVED, False)


def test_a_later_statement_naming_the_strike_day_links() -> None:
    medics = report("h1", "", T0, MEDICS, "a field clinic", "civilian_site", RIVERTON, SL)
    late = T0 + timedelta(days=3)  # Wednesday; the strike was on Sunday
    ministry = report("m1", "Southland's defence ministry said on Wednesday that on Sunday "
                      "its jets struck Riverton. ", late, SL_MOD, "a weapons depot",
                      "military", RIVERTON, SL)
    for order in itertools.permutations([medics, ministry]):
        assert linked(run(*order), "m1", "h1")
    # its evidence keeps the article's own date
    (alert,) = {a.alert_id: a for a in run(medics, ministry)}.values()
    (account,) = [a for a in alert.accounts if a.party.id == SL_MOD.id]
    assert {e.published for e in account.evidence} == {late}


def test_counter_example_a_later_statement_naming_no_day_does_not_link() -> None:
    medics = report("h1", "", T0, MEDICS, "a field clinic", "civilian_site", RIVERTON, SL)
    ministry = report("m1", "Southland's defence ministry said its jets struck Riverton. ",
                      T0 + timedelta(days=3), SL_MOD, "a weapons depot", "military",
                      RIVERTON, SL)
    assert not linked(run(medics, ministry), "m1", "h1")


@pytest.mark.parametrize(("body", "named"), [
    # a day the lead names by its date, before the day the article is dated
    ("RIVERTON, 15 March - Troops raided a village on 12 March after a tip-off, the army "
     "said.", day(2031, 3, 12)),
    ("Shells hit a school on March 13, medics said.", day(2031, 3, 13)),
    # a December date in a January story is last year's
    ("Shells hit a school on 30 December, medics said.", None),
    # the day of a statement, a day to come, a day too far back, no month: none
    ("The ministry said on 14 March that shells hit a school.", None),
    ("Shells hit a school ahead of talks on 17 March, medics said.", None),
    ("Shells hit a school on 5 March, medics said.", None),
    ("Shells hit a school under Decree 12, medics said.", None),
])
def test_the_lead_names_the_strike_day_by_its_date(body: str, named: datetime | None) -> None:
    assert named_day(body, SATURDAY) == named
    if "December" in body:
        assert named_day(body, datetime(2032, 1, 2, tzinfo=UTC)) == day(2031, 12, 30)
