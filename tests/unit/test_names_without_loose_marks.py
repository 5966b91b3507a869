"""A party's name has no loose marks a reporter would never print:

- a long name cut to length does not end inside a bracket it opened ("... Government of
  National Accord (GNA");
- a bracket whose close went with an apposition's comma is dropped ("Inter-Services
  Public Relations (ISPR), Lieutenant General X, told");
- "forces loyal to commander X" right after a dateline starts at its first word, not at
  the dateline's dash.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _names(extractor: Any, body: str) -> set[str]:
    return {c.party.name for c in _analysed(extractor, body) if c.cue != "narrates"}


@slow
def test_a_long_name_ends_outside_its_bracket(real_extractor: Any) -> None:
    names = _names(real_extractor, "At least 30 cadets were killed when an air strike hit "
                   "a military academy in the capital on Saturday evening, the health "
                   "ministry of the UN-recognised Government of National Accord (GNA) said.")
    assert names, names
    assert all(n.count("(") == n.count(")") for n in names), names


@slow
def test_a_bracket_closed_by_an_apposition_is_dropped(real_extractor: Any) -> None:
    names = _names(real_extractor, "The director-general of Northland's Inter-Services "
                   "Public Relations (ISPR), Lieutenant General Abel Mira, told a news "
                   "conference that Kovran missiles had hit six places.")
    assert names, names
    assert all(n.count("(") == n.count(")") for n in names), names


@slow
def test_forces_loyal_to_a_commander_after_a_dateline(real_extractor: Any) -> None:
    names = _names(real_extractor, "TRIPOLI (Reuters) - Eastern-based forces loyal to "
                   "commander Khalifa Haftar said on Tuesday they had destroyed a Turkish "
                   "ship carrying weapons at Tripoli's seaport.")
    assert names == {"Eastern-based forces loyal to commander Khalifa Haftar"}, names
