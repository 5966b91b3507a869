"""Who the dead and the speakers are, as new copy named them.

- The holders of a town's civil offices are civilians: "killed the mayor and two
  councillors", "Mayor Ahmad Kahil was killed", also when the title is written as part
  of the name (a capitalised title the tagger reads as a proper name).
- A state's general staff is its military command ("the headquarters of the general
  staff"), not staff in the sense of employees (`military.general_staff`).
- "Islamic Revolution Guards Corps", as Iranian agencies write it, is the IRGC.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow


# ------------------------------------------------------------------ civil offices

@slow
def test_a_mayor_and_councillors_killed_are_civilians(real_extractor: Any) -> None:
    told = _told(real_extractor, "A Northland air strike killed the mayor of Kovra and two "
                                 "councillors on Tuesday, officials said.")
    assert {cls for _, target, cls in told if "mayor" in target or "councillor" in target} \
        == {"civilians"}, told


@slow
def test_a_title_written_in_the_name_is_the_persons_class(real_extractor: Any) -> None:
    body = ("A Northland air strike hit the town hall of Kovra on Tuesday. Mayor Ahmad Kahil "
            "was killed along with several municipal employees, the state news agency "
            "reported.")
    assert ("state news agency", "Mayor Ahmad Kahil", "civilians") in _told(
        real_extractor, body)


@slow
def test_counter_example_a_name_without_a_civil_title_is_not_made_civilian(
        real_extractor: Any) -> None:
    body = ("A Northland air strike hit a house in Kovra on Tuesday. Commander Ahmad Kahil "
            "was killed, the army said.")
    told = _told(real_extractor, body)
    assert not any(target == "Commander Ahmad Kahil" and cls == "civilians"
                   for _, target, cls in told), told


# ------------------------------------------------------------------ the general staff

@slow
def test_the_general_staff_is_military_and_hospital_staff_are_civilians(
        real_extractor: Any) -> None:
    told = _told(real_extractor, "Northland jets struck the headquarters of Kovra's general "
                                 "staff on Tuesday, the Northland military said.")
    assert ("Northland military", "headquarters of Kovra's general staff", "military") in told
    told = _told(real_extractor, "A Northland air strike killed hospital staff in Kovra on "
                                 "Tuesday, officials said.")
    assert ("officials", "hospital staff", "civilians") in told, told


# ------------------------------------------------------------------ names of the Guards

@slow
def test_the_guards_as_iranian_agencies_write_them_are_the_irgc(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Islamic Revolution Guards Corps said its missiles "
                                       "struck a spy centre in Kovra on Sunday.")
    assert {c.party.id for c in claims} == {"ir.irgc"}, claims
