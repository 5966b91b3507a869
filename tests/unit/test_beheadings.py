"""A beheading is a killing: "militants have beheaded more than 50 people, state media and
local sources say" is those sources' account of who was hit (``behead`` is a casualty
verb). Slaughter is not: farmers slaughter sheep."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _told

slow = pytest.mark.slow


@slow
def test_people_beheaded_are_an_account_of_who_was_hit(real_extractor: Any) -> None:
    told = _told(real_extractor, "Militants beheaded more than 20 villagers in Kovra over "
                                 "the weekend, local sources said.")
    assert ("local sources", "more than 20 villagers", "civilians") in told, told


@slow
def test_counter_example_sheep_slaughtered_for_a_feast_are_no_account(
        real_extractor: Any) -> None:
    told = _told(real_extractor, "Farmers slaughtered sheep for the Eid feast in Kovra, the "
                                 "ministry said.")
    assert not told, told
