"""Routing keys and struck places with the real model and gazetteer, on team-written
stories: both sides' names of a territory meet under one key, and a story with strikes
in two countries keeps each claim in its own country. Slow: loads the model."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from pipeline.domain.conflicts import event_key
from pipeline.domain.events import struck_places
from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.nlp.extract import Extractor

pytestmark = pytest.mark.slow
WHEN = datetime(2031, 4, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    yield Extractor.load()


def analyse(extractor: Extractor, aid: str, headline: str, body: str,
            source: str = "Test Wire") -> ArticleAnalysis:
    (result,) = extractor.analyse([Article(aid, headline, body, source, None, WHEN)])
    return result


def test_both_names_of_a_territory_route_to_one_key(extractor: Extractor) -> None:
    one = analyse(extractor, "a", "Army hits militant cell in Judea and Samaria",
                  "Israeli aircraft struck a militant cell near a village in Judea and "
                  "Samaria overnight, the military said. The commander of the cell's "
                  "Samaria operations was the target, it added.")
    other = analyse(extractor, "b", "Strike on house in occupied West Bank",
                    "An Israeli air strike hit a family home in a village in the occupied "
                    "West Bank overnight, Palestinian health officials said.")
    assert event_key(one) == event_key(other) == "geo:PS"


def test_strikes_in_two_countries_keep_their_own_places(extractor: Extractor) -> None:
    story = analyse(
        extractor, "c", "US jets strike militia sites in Syria and Iraq",
        "WASHINGTON, March 3 (Desk) - U.S. warplanes struck a weapons depot near "
        "Abu Kamal in eastern Syria on Sunday, the Pentagon said. In a second wave, "
        "U.S. aircraft hit a command post in Al-Qaim in western Iraq, a U.S. official "
        "said. The Iraqi government said the strike in Al-Qaim hit a farm and killed "
        "two shepherds.", source="Desk")
    places = struck_places(story)
    by_target = {c.target.text: p.country if p else None
                 for c, p in zip(story.claims, places, strict=True)}
    assert by_target.get("weapons depot") == "SY"  # not the Washington dateline, not Iraq
    assert by_target.get("command post") == "IQ"
    assert by_target.get("farm") == "IQ"
    assert event_key(story) == "geo:IQ"  # one key per article: where most claims hit
