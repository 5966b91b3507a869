"""Background and intent frames on the real model, with sentences written for these tests:
a claim about another incident or an earlier period, or a warning of an attack to come, is
no account of what this strike hit; the same sentence without the frame is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.domain.models import Article, Claim
from pipeline.nlp.extract import Extractor

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    yield Extractor.load()


def claims(extractor: Extractor, body: str) -> list[Claim]:
    (result,) = extractor.analyse([Article("m1", "", body, "Test Wire")])
    return list(result.claims)


@pytest.mark.parametrize(("framed", "plain"), [
    ("In a separate incident, the army said its jets struck a weapons depot near the border.",
     "The army said its jets struck a weapons depot near the border."),
    ("Earlier this year, the ministry said an air strike killed 12 civilians in the village.",
     "The ministry said an air strike killed 12 civilians in the village."),
    ("Last month, the army said it destroyed a rocket launcher in the valley.",
     "The army said it destroyed a rocket launcher in the valley."),
    ("The group warned of an imminent attack on the air base.",
     "The group said an attack hit the air base."),
    ("The army said the threat of an attack on the fuel depot had passed.",
     "The army said an attack on the fuel depot had failed."),
], ids=["separate-incident", "earlier-this-year", "last-month", "warned-of", "threat-of"])
def test_a_framed_account_is_no_claim(extractor: Extractor, framed: str, plain: str) -> None:
    assert claims(extractor, plain)
    assert claims(extractor, framed) == []


def test_a_background_clause_leaves_the_main_clause(extractor: Extractor) -> None:
    found = claims(extractor, "The militia, which claimed earlier this year that it had shot "
                              "down a drone, said on Monday its fighters hit a base.")
    assert [c.target.text for c in found] == ["base"]
    found = claims(extractor, "Rebels said a drone hit a school, and in a separate incident "
                              "troops shelled a market, residents said.")
    assert [c.target.text for c in found] == ["school"]
