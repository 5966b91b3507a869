"""A strike told with a list of weapons keeps its target: "delivered a massive strike
with long-range precision air-, sea- and land-based weapons and attack drones against
facilities of the defence industry". The parse hangs "against" on a weapon listed after
another word of the "with" phrase, not on its first word; construction
``noun.prep_past_weapon`` now finds the weapon anywhere in that list."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _told

slow = pytest.mark.slow


@slow
def test_a_strike_with_listed_weapons_against_facilities(real_extractor: Any) -> None:
    body = ("The Northland armed forces overnight delivered a massive strike with long-range "
            "precision air-, sea- and land-based weapons and attack drones against facilities "
            "of Kovra's defense industry, the Northland defence ministry reported on Thursday.")
    assert any(target.startswith("facilities") for _, target, _ in _told(real_extractor, body))


@slow
def test_counter_example_a_meeting_with_listed_guests_against_a_wall(
        real_extractor: Any) -> None:
    body = ("The minister held a long meeting with local elders, farmers and traders against "
            "a backdrop of protests in Kovra, the ministry said on Thursday.")
    assert not any("backdrop" in target for _, target, _ in _told(real_extractor, body))
