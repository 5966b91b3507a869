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


# c39-c50 batch rules: an owned claim framed as unverified, a "no" over an "or" list, a
# fronted month as background, and the lexicon words the batch showed missing

def test_an_owned_claim_that_could_not_be_verified_is_the_owner_s_account(
        extractor: Extractor) -> None:
    found = claims(extractor, "The army's claim that its jets destroyed a rebel weapons depot "
                              "could not be independently verified.")
    assert [(c.party.name.lower(), c.target.text) for c in found] \
        == [("army", "rebel weapons depot")]
    # counter-example: an unowned "claims that" is nobody's account
    assert claims(extractor, "Claims that the jets destroyed a rebel weapons depot could "
                             "not be independently verified.") == []


def test_no_before_an_or_list_negates_each_item(extractor: Extractor) -> None:
    found = claims(extractor, "Officials said no soldiers or bases had been hit.")
    assert found and all(c.negated for c in found)
    found = claims(extractor, "Officials said no soldiers had been hit and two bases were "
                              "damaged.")
    assert {c.target.text for c in found if not c.negated} == {"two bases"}


def test_a_fronted_month_frames_an_earlier_strike(extractor: Extractor) -> None:
    assert claims(extractor, "In October, an air strike on the town hall killed the mayor, "
                             "officials said.") == []
    assert claims(extractor, "An air strike on the town hall killed the mayor in October, "
                             "officials said.")


@pytest.mark.parametrize(("body", "cls"), [
    ("The ministry said the missiles destroyed a centre for espionage.", "military"),
    ("The ministry said the missiles destroyed a centre for refugees.", "civilian_site"),
    ("The mayor said the strike killed four holidaymakers.", "civilians"),
    # the assailants' class; killed by a strike of its own, so an account (casualty.assailants)
    ("The army said its helicopters killed four assailants.", "armed_group"),
])
def test_batch_words(extractor: Extractor, body: str, cls: str) -> None:
    assert cls in {c.target.target_class for c in claims(extractor, body)}


def test_a_strike_near_a_site_is_a_miss_of_it(extractor: Extractor) -> None:
    (miss,) = claims(extractor, "A missile struck near the airport on Sunday, officials said.")
    assert (miss.rule, miss.action, miss.negated) == ("miss.near", "miss", True)
    # counter-examples: a site beside the one hit, and a town the strike is placed by
    found = claims(extractor, "Officials said the missiles exploded over a busy street near "
                              "a school.")
    assert not any(c.rule == "miss.near" for c in found)
    assert not any(c.rule == "miss.near" for c in claims(
        extractor, "A missile struck near the town of Hadera, officials said."))


def test_whom_a_speaker_blames_does_not_occupy_the_site(extractor: Extractor) -> None:
    found = claims(extractor, "The group said the drone struck a tent where guests had "
                              "gathered and blamed the Rapid Support Forces.")
    assert [c.target.target_class for c in found if c.target.text == "tent"] \
        == ["civilian_site"]
    found = claims(extractor, "The group said the drone struck a tent where fighters of the "
                              "Rapid Support Forces had gathered.")
    assert [c.target.target_class for c in found if c.target.text == "tent"] \
        == ["armed_group"]


def test_a_relative_strike_verb_does_not_arm_its_noun(extractor: Extractor) -> None:
    # "bomb" the verb in "the place that was bombed" is no bomb
    found = claims(extractor, "The elder said the place that was bombed was a farm.")
    assert "armed_group" not in {c.target.target_class for c in found}
    found = claims(extractor, "The army said it bombed a house where militants were hiding.")
    assert "armed_group" in {c.target.target_class for c in found}


def test_fire_opened_on_a_crowd_and_a_building_that_housed_a_clinic(
        extractor: Extractor) -> None:
    (shot,) = claims(extractor, "Witnesses said soldiers opened fire on protesters.")
    assert (shot.rule, shot.target.target_class) == ("hit.open_fire", "civilians")
    assert claims(extractor, "Witnesses said the shop opened doors on Monday.") == []
    (use,) = claims(extractor, "Lebanese officials said the building housed a clinic.")
    assert (use.rule, use.target.target_class) == ("use.houses_civil", "civilian_site")
    assert not any(c.rule == "use.houses_civil" for c in claims(
        extractor, "Officials said the building housed a command centre."))


def test_what_a_strike_answers_is_not_what_it_hit(extractor: Extractor) -> None:
    # the casualties inside "in response to ..." provoked the strike; the strike hit the depot
    found = claims(extractor, "In response to the recent raids, causing the killing of two "
                              "officers of the guard, a rebel arms depot was destroyed with "
                              "rockets, the army said.")
    assert [c.target.text for c in found] == ["rebel arms depot"]
    # counter-example: the same killing told as this strike's toll is the army's account
    found = claims(extractor, "The rockets destroyed a rebel arms depot, causing the killing of "
                              "two officers of the guard, the army said.")
    assert "two officers of the guard" in {c.target.text for c in found}


def test_a_wounding_listed_beside_a_killing_is_no_target(extractor: Extractor) -> None:
    found = claims(extractor, "The army said the strikes resulted in the killing of eight "
                              "citizens and the wounding of 35.")
    assert [c.target.text for c in found] == ["eight citizens"]
    # counter-example: a second victim noun in the list is still a target
    found = claims(extractor, "The ministry said the shelling resulted in the killing of six "
                              "villagers and two policemen.")
    assert {c.target.text for c in found} == {"six villagers", "two policemen"}
