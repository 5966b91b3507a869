"""Tolls and damage wire copy tells in plain words, once a strike or toll is told:

- "the targeting of journalists was a blatant violation" names whom the strike hit
  (``noun.of_object``);
- "the attack has claimed 155 lives" (``casualty.claimed_lives_counted``);
- "four passenger carriages had caught fire" (``hit.caught_fire``);
- "several cities endured missile strikes" (``hit.endured_strikes``; a labour strike
  with no weapon is none);
- "the two had been deliberately targeted": a definite count is people told of, not a
  bare number;
- "the injured were shifted to hospital", "had taken 12 dead and 30 wounded to the
  hospital" (``casualty.hurt_taken``, ``casualty.hurt_counted``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _told

slow = pytest.mark.slow

STRIKE = "An air strike hit the village of Kovra on Monday. "


@slow
def test_the_targeting_of_journalists(real_extractor: Any) -> None:
    told = _told(real_extractor, STRIKE + "Northland's information minister said the "
                 "targeting of journalists was a blatant violation of international law.")
    assert ("Northland's information minister", "journalists", "civilians") in told, told


@slow
def test_lives_claimed_by_count(real_extractor: Any) -> None:
    told = _told(real_extractor, "The attack on Saturday claimed 155 lives and left more "
                 "than 500 wounded, according to Kovra health ministry officials.")
    assert any(target == "155 lives" for _, target, _ in told), told


@slow
def test_counter_example_titles_claimed_by_count(real_extractor: Any) -> None:
    told = _told(real_extractor, "The Kovra team claimed two titles on Saturday, "
                 "officials said.")
    assert not told, told


@slow
def test_carriages_that_caught_fire_after_a_strike(real_extractor: Any) -> None:
    told = _told(real_extractor, "A missile hit the station in Kovra. The head of the "
                 "railway company said four passenger carriages had caught fire.")
    assert any(target == "four passenger carriages" for _, target, _ in told), told


@slow
def test_counter_example_a_kitchen_fire_with_no_strike(real_extractor: Any) -> None:
    told = _told(real_extractor, "The owner of the Kovra hotel said the kitchen had caught "
                 "fire on Monday night.")
    assert not told, told


@slow
def test_cities_that_endured_missile_strikes(real_extractor: Any) -> None:
    told = _told(real_extractor, "Several Northland cities endured missile strikes late on "
                 "Wednesday, according to the Northland military's media wing.")
    assert any(target == "Several Northland cities" for _, target, _ in told), told
    told = _told(real_extractor, "Several Northland airlines faced strikes by pilots on "
                 "Wednesday, according to the union.")
    assert not told, told


@slow
def test_the_two_deliberately_targeted(real_extractor: Any) -> None:
    told = _told(real_extractor, STRIKE + "The Kovra Journalists Association said the two "
                 "had been deliberately targeted.")
    assert any(party == "Kovra Journalists Association" and target == "two"
               for party, target, _ in told), told


@slow
def test_the_injured_shifted_and_the_hurt_counted(real_extractor: Any) -> None:
    told = _told(real_extractor, STRIKE + "The injured were shifted to the district "
                 "hospital, an official said.")
    assert any(target == "injured" for _, target, _ in told), told
    told = _told(real_extractor, STRIKE + "Rescuers said they had taken 12 dead and 30 "
                 "wounded to the hospital.")
    assert any(party == "Rescuers" and target == "12 dead" for party, target, _ in told), told


@slow
def test_a_record_since_the_war_began_is_no_running_toll(real_extractor: Any) -> None:
    # "the heaviest X ... since" compares with the past; it does not make the strike
    # background, however many words stand between (pseudo.superlative_period)
    told = _told(real_extractor, "Northland pounded the Kovran power grid with dozens of "
                 "missiles on Tuesday, in what Kovra described as the heaviest bombardment "
                 "of energy infrastructure since the invasion began.")
    assert any(party == "Kovra" and target == "energy infrastructure"
               for party, target, _ in told), told


@slow
def test_a_joined_passive_shares_the_first_verbs_subject(real_extractor: Any) -> None:
    # casualty.passive_shared_subject
    told = _told(real_extractor, "A joint patrol went to the compound in Kovra. The "
                 "Northland force said several insurgents had engaged the patrol and were "
                 "killed.")
    assert any(target == "several insurgents" and cls == "armed_group"
               for _, target, cls in told), told


@slow
def test_counter_example_a_joined_clause_of_its_own(real_extractor: Any) -> None:
    told = _told(real_extractor, "Northland officials said the site was a camp of the "
                 "Kovra Front, which Northland classifies as a terrorist group, and that "
                 "\"terrorists\" training there had been \"neutralised\".")
    assert not any(target == "Northland" for _, target, _ in told), told


@slow
def test_a_running_toll_since_the_conflict_began_is_no_account(real_extractor: Any) -> None:
    # casualty.running_toll: the present perfect counted since a beginning
    told = _told(real_extractor, "More than 3,000 people have been killed and over 700,000 "
                 "have fled their homes since the conflict began, according to rights groups.")
    assert not told, told


@slow
def test_counter_example_a_strike_toll_beside_a_record(real_extractor: Any) -> None:
    told = _told(real_extractor, "At least 40 civilians have been killed in an air strike on "
                 "a market in Kovra, according to a local volunteer group, the largest toll "
                 "since the war began.")
    assert any(target == "At least 40 civilians" for _, target, _ in told), told


@slow
def test_deaths_blamed_documented_reported_and_lost(real_extractor: Any) -> None:
    told = _told(real_extractor, "The rebels blamed the army for the deaths of 12 villagers "
                 "in Kovra.")
    assert ("rebels", "12 villagers", "civilians") in told, told
    told = _told(real_extractor, STRIKE + "The UN said it had documented the deaths of 25 "
                 "civilians.")
    assert any(target == "25 civilians" for _, target, _ in told), told
    told = _told(real_extractor, STRIKE + "Health officials reported 12 dead and 30 wounded.")
    assert any(target == "12 dead" for _, target, _ in told), told
    told = _told(real_extractor, STRIKE + "Kovra Front fighters said they lost eight "
                 "comrades in the strike.")
    assert any(target == "eight comrades" for _, target, _ in told), told


@slow
def test_counter_example_vehicles_lost_and_a_ceasefires_death(real_extractor: Any) -> None:
    told = _told(real_extractor, STRIKE + "Kovra Front fighters said they lost eight "
                 "vehicles in the strike.")
    assert not any(target == "eight vehicles" for _, target, _ in told), told
    told = _told(real_extractor, "The rebels blamed the army for the death of the ceasefire.")
    assert not told, told
