"""A fire that set off stored ammunition is another cause than a strike (row
``cause.fire_set_off``): "a blaze in the engine room set off shells kept in the magazine",
the navy said, against "two of its shore-launched missiles wrecked the frigate". A fire its
own phrase ties to a weapon ("a blaze from the shelling") is the strike's.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow

_NAVY = ("A blaze in the engine room of the frigate Kessabet set off shells kept in its "
         "magazine and crippled the vessel, the navy said on Thursday.\n\nThe Dorba Front "
         "said two of its shore-launched missiles had wrecked the frigate.")


@slow
def test_a_blaze_that_set_off_shells_disputes_missiles_that_wrecked_the_ship(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _NAVY)
    assert ("navy", "blaze", "cause.fire_set_off") in {
        (c.party.name, c.target.text, c.rule) for c in claims}
    assert {p.reason for p in find_conflicts(claims)} == {"cause"}


@slow
def test_a_fire_from_the_shelling_is_no_other_cause(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _NAVY.replace(
        "A blaze in the engine room of the", "A blaze from the shelling of the"))
    assert not any(c.rule == "cause.fire_set_off" for c in claims)
