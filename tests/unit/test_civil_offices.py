"""The holders of a town's civil offices are civilians: "killed the mayor and two
councillors", "Mayor Ahmad Kahil was killed", also when the title is written as part of
the name (a capitalised title the tagger reads as a proper name)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _told

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
