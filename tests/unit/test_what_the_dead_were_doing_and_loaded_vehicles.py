"""What the dead were doing when that tells who they were, and a vehicle said to be full
of arms: sentences the team wrote, each rule with its example and a counter-example."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow

TRUCK = "A drone struck a truck near Kessa on Monday, killing four men, a local official said.\n\n"
ARMY = "The army said its drone had hit a truck of fighters near Kessa.\n\n"


@slow
def test_the_victims_gathered_for_a_funeral_were_mourners(real_extractor: Any) -> None:
    told = _told(real_extractor, TRUCK + "Residents said the victims had gathered for a "
                                         "funeral.")
    assert ("Residents", "funeral", "civilians") in told, told


@slow
def test_counter_example_the_victims_taken_to_a_clinic_tell_no_one(real_extractor: Any) -> None:
    told = _told(real_extractor, TRUCK + "Residents said the victims were taken to a clinic.")
    assert not any(target == "clinic" for _, target, _ in told), told


@slow
def test_they_returning_from_a_wedding_dispute_a_strike_on_fighters(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, ARMY + "The strike killed four men, the army said.\n\n"
                                              "Relatives said they were returning from a "
                                              "wedding.")
    assert any(c.rule == "copula.victims_doing_pronoun" for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_counter_example_they_before_any_toll_tell_nothing(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Relatives said they were returning from a wedding.")
    assert not any(c.rule.startswith("copula.victims_doing") for c in claims), claims


@slow
def test_ammunition_loaded_in_the_truck_makes_it_the_fighters(real_extractor: Any) -> None:
    told = _told(real_extractor, TRUCK + "The army said the truck was loaded with ammunition.")
    assert any(party == "army" and target == "ammunition" and cls in ("armed_group", "military")
               for party, target, cls in told), told


@slow
def test_counter_example_explosives_in_the_car_make_it_the_bomb(real_extractor: Any) -> None:
    told = _told(real_extractor, "A car bomb exploded outside a police station in Kessa on "
                                 "Monday, killing six people.\n\nPolice said the car was "
                                 "packed with explosives.")
    assert not any(target == "explosives" for _, target, _ in told), told


@slow
def test_counter_example_a_truck_loaded_with_flour_holds_no_arms(real_extractor: Any) -> None:
    told = _told(real_extractor, TRUCK + "Residents said the truck was loaded with flour.")
    assert not any(cls in ("armed_group", "military") for _, _, cls in told), told
