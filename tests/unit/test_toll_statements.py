"""A toll a party gives ("put the toll at 24", rule ``casualty.toll_statement``; "said the
toll had risen to 14", ``casualty.toll_risen``) and a
bare plural role noun as speaker standing for the one body of its kind the story names
(party rule ``source.role_body``), on the real model with sentences written for these
tests (the shapes of the ts batch, tests/fixtures/README.md): each example beside a
counter-example."""

from __future__ import annotations

import pytest

from pipeline.domain.models import Claim
from pipeline.nlp.extract import Extractor
from tests.unit.test_tolls_and_sayers import claims, extractor

pytestmark = pytest.mark.slow
__all__ = ["extractor"]  # the module's real-model fixture

STRIKE = "An air strike hit a village near the town on Sunday. "


def tolls(found: list[Claim]) -> set[tuple[str, str]]:
    return {(c.party.name.lower(), c.target.target_class) for c in found
            if c.rule in ("casualty.toll_statement", "casualty.toll_risen")}


@pytest.mark.parametrize(("sentence", "party", "target_class"), [
    ("A local rights association put the death toll at 31, including children.",
     "local rights association", "civilians"),
    ("The health ministry raised the toll to 12, including three children.",
     "health ministry", "civilians"),
    ("Medics gave a toll of nine dead.", "medics", "unknown"),
    ("Officials revised the casualty figure to 20.", "officials", "unknown"),
    ("The health ministry said the toll had risen to 14.", "health ministry", "unknown"),
], ids=["put-at", "raised-to", "gave-of", "revised-figure", "said-risen"])
def test_a_toll_a_party_gives_is_its_account(
        extractor: Extractor, sentence: str, party: str, target_class: str) -> None:
    assert tolls(claims(extractor, STRIKE + sentence)) == {(party, target_class)}


@pytest.mark.parametrize("sentence", [
    "Media reports put the death toll at up to six.",
    "The company put its profit target at 40 million dollars.",
    "Amnesty International put the toll of air strikes on villages since January at 400.",
    "The ministry put the toll in Tajikistan at 29.",
    "The bakery said the price of bread had risen to 14.",
    "The United Nations puts the death toll of the conflict at nearly 10,000.",
], ids=["unowned-channel", "not-a-toll", "since-january", "a-country-s-toll", "not-a-toll-rose",
        "the-war-s-toll"])
def test_a_toll_of_no_party_or_of_no_strike_is_no_account(
        extractor: Extractor, sentence: str) -> None:
    assert tolls(claims(extractor, STRIKE + sentence)) == set()


def test_a_toll_with_no_strike_told_is_no_account(extractor: Extractor) -> None:
    assert tolls(claims(extractor, "The ministry put the toll at 31.")) == set()


def party_names(found: list[Claim]) -> set[str]:
    return {c.party.name for c in found}


def test_rescuers_are_the_one_rescue_service_the_story_names(extractor: Extractor) -> None:
    said = "An air strike on a bakery in the town killed nine civilians, rescuers said. "
    one = said + "The White Helmets rescue service said its teams were still searching."
    assert "White Helmets rescuers" in party_names(claims(extractor, one))
    # no such body, or two of the kind: they stay rescuers
    assert "rescuers" in party_names(claims(extractor, said))
    two = said + "The Syrian Civil Defence and the Syrian Arab Red Crescent sent teams."
    assert "rescuers" in party_names(claims(extractor, two))


def test_a_time_adverb_after_the_speaker_is_no_part_of_its_name(extractor: Extractor) -> None:
    # "later" the recogniser may tag inside the body's name
    found = claims(extractor, STRIKE + "The health ministry later raised the toll to 12, "
                                      "including four children.")
    assert tolls(found) == {("health ministry", "civilians")}
