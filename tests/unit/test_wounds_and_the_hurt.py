"""The hurt told by who treated or carried them, once a strike or toll is told (and
"no civilians were harmed", a denial that any were: ``casualty.none_hurt``):

- "most of them had gunshot wounds" (``casualty.had_wounds``), "all five had died of
  gunshot wounds" (``casualty.died_of_wounds``): wounds of a weapon, not "knee injuries"
  nor "heart failure";
- "the injured, including a child, were taken to hospital" (``casualty.hurt_taken``):
  the hurt themselves carried away; with a child among them they are civilians
  (target class row ``civilians.hurt_including``);
- "opened fire towards the towns" (``hit.open_fire``).
None of them is an account with no strike or toll told before.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow

STRIKE = "Soldiers fired on a crowd in the village of Kovra on Monday, killing four people. "


@slow
def test_wounds_of_a_weapon_are_an_account(real_extractor: Any) -> None:
    told = _told(real_extractor, STRIKE + "The director of the Kovra hospital said most of "
                 "them had gunshot wounds.")
    assert any(party == "director of the Kovra hospital" and target == "most of them"
               for party, target, _ in told), told


@slow
def test_counter_example_wounds_of_no_weapon_are_none(real_extractor: Any) -> None:
    told = _told(real_extractor, STRIKE + "The director of the Kovra hospital said most of "
                 "them had knee injuries.")
    assert not any(party == "director of the Kovra hospital" for party, _, _ in told), told


@slow
def test_died_of_gunshot_wounds(real_extractor: Any) -> None:
    told = _told(real_extractor, STRIKE + "A doctor said all four had died of gunshot wounds.")
    assert any(target == "all four" for _, target, _ in told), told
    told = _told(real_extractor, STRIKE + "A doctor said all four had died of heart failure.")
    assert not any(target == "all four" for _, target, _ in told), told


@slow
def test_the_injured_taken_to_hospital(real_extractor: Any) -> None:
    told = _told(real_extractor, STRIKE + "The injured, including a child, were taken to the "
                 "district hospital, police said.")
    assert ("police", "injured", "civilians") in told, told


@slow
def test_counter_example_the_injured_with_no_strike_told(real_extractor: Any) -> None:
    told = _told(real_extractor, "A bus overturned on the mountain road near Kovra. The "
                 "injured were taken to the district hospital, police said.")
    assert not any(target == "injured" for _, target, _ in told), told


@slow
def test_fire_opened_towards_towns(real_extractor: Any) -> None:
    told = _told(real_extractor, "Northland's defence ministry said Kovran forces had opened "
                 "intensive fire with artillery towards the towns of Mira and Sotra.")
    assert any(target.startswith("towns of Mira") for _, target, _ in told), told


@slow
def test_no_civilians_harmed_is_a_denial_of_civilian_harm(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Northland army said its strike killed 12 "
                       "militants near Kovra and that no civilians were harmed.")
    assert any(c.target.text == "no civilians" and c.negated
               and c.rule == "casualty.none_hurt" for c in claims), claims
