"""Lines about a state's quarrel or a group's months, not about this strike:

- "Afghanistan was being used as a base for attacks on Pakistan", "militants use Afghan
  soil as a launchpad": a state or its ground is no site (check
  ``used_site_not_a_state`` of ``use.used_as``);
- "In recent months, the group has claimed dozens of attacks on soldiers": a campaign's
  months (row ``background.recent_months``);
- "the force said ..." after "Iraq's Hashed al-Shaabi paramilitary force" is that force,
  an armed group as well as a state's (row ``definite.force``);
- "food is being used as a weapon of war" is a figure of speech, no site's use;
- "a strike on their convoy", where "their" are a charity's workers, and "the convoy"
  after it, are what civilians travel in (rule ``targets.civil_carrier``).

Team-written sentences with invented or generic names; ``slow`` tests use the real
model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


@slow
@pytest.mark.parametrize("sentence", [
    "The army spokesman said Mali was being used as a base for attacks on Niger.",
    "The army spokesman said militants use Northland soil as a launchpad for attacks.",
    "In recent months, the group has claimed dozens of attacks on soldiers in the south.",
    "Over the past two years, the militia has attacked army posts across the region.",
])
def test_a_state_or_its_months_is_no_account(real_extractor: Any, sentence: str) -> None:
    assert _analysed(real_extractor, sentence) == []


@slow
@pytest.mark.parametrize("sentence", [
    "The army spokesman said the school was being used as a base for attacks on soldiers.",
    "On Monday, the group claimed an attack on an army post in the south.",
])
def test_counter_examples_a_site_and_a_day_are_accounts(real_extractor: Any,
                                                        sentence: str) -> None:
    assert _analysed(real_extractor, sentence) != []


@slow
def test_the_force_is_the_paramilitary_force(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Iraq's Hashed al-Shaabi paramilitary force said a "
                       "drone hit two of its vehicles. The force said the drone also hit a "
                       "depot.")
    assert {c.party.id for c in claims} == {"group.pmf"}


@slow
def test_food_used_as_a_weapon_is_a_figure(real_extractor: Any) -> None:
    assert _analysed(real_extractor, '"This is an attack on aid groups where food is being '
                     'used as a weapon of war," the charity\'s chief said.') == []


@slow
def test_what_civilians_travel_in_is_no_military_convoy(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The charity said seven of its workers were killed in "
                       'a strike on their convoy.\n\n"Despite coordinating movements with the '
                       'army, the convoy was hit," the charity said.')
    assert {(c.target.text, c.target.target_class) for c in claims
            if "convoy" in c.target.text} == {("their convoy", "civilian_site"),
                                              ("convoy", "civilian_site")}
    # counter-example: the convoy of people who fired is theirs
    claims = _analysed(real_extractor, "The army said militants fired at troops and jets "
                       "struck their convoy.")
    assert [c.target.target_class for c in claims if "convoy" in c.target.text] == ["military"]
