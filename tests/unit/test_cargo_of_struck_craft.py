"""What a struck craft or vehicle was carrying (issue 8), with the real model (``slow``).

A dispute about a downed aircraft or a hit truck is often about its cargo: one side says
the plane carried prisoners of war, the other that it was transporting missiles; a convoy
carried medical supplies or weapons.

- Target rows ``military.cargo`` and ``civilian_site.cargo``: arms a craft carries are a
  military cargo; aid, medicine and goods it carries are civilian (not arms that jets
  fire, nor "military supplies").
- People held by a side (prisoners, hostages, captives) are no fighters.
- ``use.houses`` takes a military craft as the carrier only when it is the one the article
  said was struck ("shot down a transport plane ... the aircraft was transporting
  missiles"), never the strikers ("the helicopters were carrying rockets", "the jets
  carried out raids").
- ``use.houses_civil`` takes "carrying" and "transporting" as well as "housed".

Team-written sentences; names and places are invented."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow

_DOWNED = ("The Varnian defence ministry said Ostrian forces shot down a military transport "
           "plane near Kelsk on Tuesday. ")


@slow
def test_a_downed_plane_carrying_prisoners_or_missiles_is_a_dispute(real_extractor: Any) -> None:
    body = (_DOWNED + "The ministry said the plane had been carrying 65 Ostrian prisoners of "
            "war to an exchange.\n\nOstria's military intelligence directorate said the "
            "aircraft was transporting missiles for air defence systems.")
    told = _told(real_extractor, body)
    assert any("prisoners" in target and cls == "civilians" for _, target, cls in told), told
    assert any(target.startswith("missiles") and cls == "military" for _, target, cls in told), told
    assert find_conflicts(_analysed(real_extractor, body)), told


@slow
@pytest.mark.parametrize(("text", "target", "cls"), [
    ("Aid officials said the truck was carrying medical supplies.", "medical supplies",
     "civilian_site"),
    ("Officials said the vehicle had been carrying hostages.", "hostages", "civilians"),
    ("The army said the truck was carrying weapons and ammunition.", "weapons", "military"),
])
def test_what_a_struck_vehicle_carried(real_extractor: Any, text: str, target: str,
                                       cls: str) -> None:
    body = "A drone struck a truck on the road to Kelsk on Monday. " + text
    told = _told(real_extractor, body)
    assert any(t == target and c == cls for _, t, c in told), told


@slow
@pytest.mark.parametrize("text", [
    # the strikers carried the arms: no account of what was hit
    "The helicopters were carrying rockets, a spokesman said.",
    "A spokesman said the jets carried out raids on the hills.",
    # military supplies are no civilian cargo
    "Officials said the truck was carrying military supplies.",
])
def test_what_the_strikers_carried_is_no_target(real_extractor: Any, text: str) -> None:
    body = "Helicopters struck a truck on the road to Kelsk on Monday. " + text
    told = _told(real_extractor, body)
    assert not any(t in ("rockets", "raids") for _, t, _ in told), told
    assert not any(c == "civilian_site" and "supplies" in t for _, t, c in told), told


@slow
def test_a_military_craft_told_coming_down_in_its_own_sentence(real_extractor: Any) -> None:
    # first mention of the plane: it crashed, so it is no striker carrying its arms
    told = _told(real_extractor, "The Varnian defence ministry insisted that the military "
                                 "transport plane that crashed near Kelsk was carrying 65 "
                                 "prisoners of war.")
    assert any("prisoners" in t and c == "civilians" for _, t, c in told), told
    told = _told(real_extractor, "A spokesman said the military transport plane was "
                                 "carrying 65 soldiers and was downed by a missile.")
    assert any("soldiers" in t and c == "military" for _, t, c in told), told
