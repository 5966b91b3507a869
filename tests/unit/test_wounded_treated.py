"""People a hospital, medic or charity treated for wounds are its account of who was hit,
once the story has told of a strike or a toll (construction ``casualty.treated_for``):
"MSF said it was treating four people from the village for gunshot wounds". People
treated for an illness are not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _told

slow = pytest.mark.slow


@slow
def test_people_treated_for_gunshot_wounds_are_an_account(real_extractor: Any) -> None:
    body = ("Soldiers raided the village of Kovra on Monday, killing several residents, "
            "witnesses said. The charity Northland Medics said it was treating four people "
            "from Kovra for gunshot wounds.")
    assert any(target == "four people" and cls == "civilians"
               for _, target, cls in _told(real_extractor, body))


@slow
def test_counter_example_people_treated_for_malaria_are_none(real_extractor: Any) -> None:
    body = ("Soldiers raided the village of Kovra on Monday, killing several residents, "
            "witnesses said. The charity Northland Medics said it was treating four people "
            "from Kovra for malaria.")
    assert not any(target == "four people" for _, target, _ in _told(real_extractor, body))
