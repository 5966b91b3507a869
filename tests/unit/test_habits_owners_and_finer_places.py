"""What a party says as a habit, whose statement "an army statement" is, where a prison
"in northern Yemen" is when another account names its town, craft brought down in the air
fight, and a speaker the parse hung on a place. Domain rules with hand-built claims;
stories with the real model (``slow``). Names and places are invented, except the states,
the towns the gazetteer must resolve (Saada) and the parties it must know."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Place
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_incidents import ARMY, MEDICS, REBELS, TOWN, claim, paired, rule

slow = pytest.mark.slow

COUNTRY = Place("Northland", 10, "NL", None, kind="country")
FAR_TOWN = Place("Hillview", 2, "NL", "11", kind="city")


# ------------------------------------------------------------------ finer places

def test_a_country_wide_place_takes_the_town_another_account_gives_the_same_thing() -> None:
    # "a prison in northern Northland" (MSF) and "the Riverton remand prison" (TV);
    # the army's depot in Hillview is another strike
    prison = claim(MEDICS, "prison", "civilian_site", place=COUNTRY)
    named = claim(REBELS, "Riverton remand prison", "civilian_site", place=TOWN, start=200,
                  attacker=ARMY)
    depot = claim(ARMY, "rebels' capabilities", "armed_group", place=FAR_TOWN, start=300)
    assert rule(prison, depot, named) == "incident.place"
    # the toll told with the prison in its sentence goes with it
    toll = claim(MEDICS, "at least 70 people", "civilians", place=COUNTRY)
    assert rule(toll, depot, prison, named) == "incident.place"
    # without the other account, a country holds the town: one incident
    assert rule(prison, depot) is None


def test_two_towns_for_the_same_thing_leave_the_country_as_it_is() -> None:
    prison = claim(MEDICS, "prison", "civilian_site", place=COUNTRY)
    one = claim(REBELS, "Riverton prison", "civilian_site", place=TOWN, start=200)
    two = claim(REBELS, "Hillview prison", "civilian_site", place=FAR_TOWN, start=300)
    depot = claim(ARMY, "depot", "armed_group", place=FAR_TOWN, start=400)
    assert rule(prison, depot, one, two) is None


# ------------------------------------------------------------------ downed craft

def test_craft_shot_down_dispute_no_toll_on_the_ground() -> None:
    sentence = "The ministry said its forces had shot down two helicopters."
    helicopters = claim(ARMY, "two helicopters", "military", sentence=sentence,
                        attacker=ARMY)
    woman = claim(MEDICS, "woman", "civilians", attacker=None, start=100)
    assert not paired(helicopters, woman)
    # another account of the craft is still disputed: an airliner against a transport
    plane = claim(REBELS, "An-26 transport plane", "military",
                  sentence="The rebels said they had downed an An-26 transport plane.",
                  attacker=REBELS)
    airliner = claim(MEDICS, "passenger plane", "civilian_site", attacker=REBELS, start=100)
    assert paired(plane, airliner)
    # a hit on a helicopter on the ground, not brought down, is a target like any other
    parked = replace(helicopters, evidence=replace(
        helicopters.evidence, sentence="The ministry said its jets destroyed two helicopters."))
    assert paired(parked, woman)


# ------------------------------------------------------------------ stories

@slow
def test_what_a_party_says_as_a_habit_is_no_account(real_extractor: Any) -> None:
    told = {(c.party.name, c.target.text) for c in _analysed(
        real_extractor,
        "A drone strike killed 13 civilians in Mesra on Sunday, a local official said. "
        "The army did not comment. It regularly announces drone strikes against what it "
        "calls terrorist targets in the north.")}
    assert not any("terrorist" in t for _, t in told), told
    # a past account with no habitual word stays one
    told = {(c.party.name, c.target.text) for c in _analysed(
        real_extractor,
        "A drone strike killed 13 civilians in Mesra on Sunday, a local official said. "
        "The army said the drone had struck terrorist targets in the north.")}
    assert any("terrorist" in t for _, t in told), told


@slow
def test_an_army_statement_is_the_armys(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Rights Watch said on Tuesday that soldiers had shot 300 civilians in "
                       "Mesra, contradicting an army statement that the operation had killed "
                       "203 militants.")
    owners = {c.target.text: c.party.name for c in claims}
    militants = next(k for k in owners if "militants" in k)
    assert owners[militants] == "army", owners


@slow
def test_a_town_before_common_nouns_places_the_target(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Al Masirah TV said the Saudi-led coalition had struck the Saada remand "
                       "prison, where migrants were detained.")
    places = {c.target.text: c.place.name if c.place else None for c in claims}
    assert places == {"Saada remand prison": "Sa'dah"}, places


@slow
def test_a_speaker_hung_on_a_place_is_no_place(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Ten civilians were killed on Tuesday when a bus was hit by a rocket at "
                       "a checkpoint near the village of Buhas, outside Volnovakha, the "
                       "Donetsk regional administration said.\n\nThe press centre said the "
                       "fire came from positions held by the rebels.")
    parties = {c.party.name for c in claims}
    assert "Donetsk regional administration" in parties, parties
    assert not any("Volnovakha" in p for p in parties), parties
    # where the fire came from is who fired, not another cause than a strike
    assert not any(c.rule == "cause.from" for c in claims), claims
    assert not find_conflicts(claims), find_conflicts(claims)


# ------------------------------------------------------------------ tallies

def test_a_toll_of_weeks_of_fighting_is_no_account_of_the_strike() -> None:
    bomb = claim(ARMY, "army unit", "military", sentence="One of the bombs missed its "
                 "target and hit an army unit, the minister said.")
    tally = claim(ARMY, "dozens of government troops", "military", attacker=None, start=200,
                  sentence="More than 100 militants and dozens of government troops had "
                  "been killed in more than a week of fighting, a spokesman said.")
    # the sentence right after it, with no day or place of its own, goes on with it
    after = replace(claim(MEDICS, "civilians", "civilians", attacker=None, place=None,
                          sentence="Officials say civilians have also been among the dead."),
                    evidence=replace(tally.evidence, sentence="Officials say civilians have "
                                     "also been among the dead.", start=tally.evidence.end + 1,
                                     end=tally.evidence.end + 50))
    assert rule(tally, bomb) == "incident.tally"
    assert rule(after, bomb, tally) == "incident.tally"
    assert not paired(bomb, tally, after)
    # a toll of this strike is an account
    toll = claim(MEDICS, "civilians", "civilians", attacker=None, start=200,
                 sentence="Ten civilians were killed in the strike, officials said.")
    assert rule(toll, bomb) is None
