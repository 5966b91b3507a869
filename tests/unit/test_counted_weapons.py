"""A weapon counted out of a salvo is still the weapon (issue 8).

"Two of the missiles fell in open ground", "one of the bombs landed near a food
distribution point": the subject is a number whose "of" names the weapon. The rules that
need a weapon or a strike as the subject (a miss on open ground, a miss near a site) read
through the count to what it counts, as they already did for "most of their mortars".
And "its crews had recovered dozens of bodies" is a rescue team's toll, as "recovered 40
bodies" was. Team-written sentences, parsed with the real model (``slow``)."""

from __future__ import annotations

from typing import Any

import pytest

slow = pytest.mark.slow

_STRIKE = "A jet bombed a camp in the town on Tuesday.\n\n"


def _told(extractor: Any, text: str) -> dict[str, str]:
    doc = extractor.nlp(text)
    return {c.target.text: c.party.name for c in doc._.claims if c.party is not None}


@slow
@pytest.mark.parametrize(("text", "target", "party"), [
    ("Two of the missiles fell in open ground about 30 km west of the city, a Kurdish "
     "security official told AFP.", "open ground", "Kurdish security official"),
    ("A resident said one of the bombs landed near a food distribution point.",
     "food distribution point", "resident"),
    ("The civil defence said its crews had recovered dozens of bodies from the rubble.",
     "dozens of bodies", "civil defence"),
])
def test_a_counted_weapon_or_toll_is_an_account(real_extractor: Any, text: str, target: str,
                                                party: str) -> None:
    told = _told(real_extractor, _STRIKE + text)
    assert told.get(target) == party, told


@slow
@pytest.mark.parametrize("text", [
    # counted people are no weapon coming down
    "A resident said two of the boys fell in the river near the camp.",
    # many of something that is no one's remains
    "The agency said its crews had brought in dozens of trucks of flour.",
])
def test_a_count_of_no_weapon_is_no_account(real_extractor: Any, text: str) -> None:
    told = _told(real_extractor, _STRIKE + text)
    assert not any(t in told for t in ("river", "dozens of trucks", "trucks")), told


@slow
@pytest.mark.parametrize(("text", "target"), [
    # an armed body that did the killing frames the toll as a strike's
    ("The rebels' news agency said the coalition had killed dozens of shoppers.",
     "dozens of shoppers"),
    ("The rebels' news agency said the army had killed 30 farmers.", "30 farmers"),
    # a figure "of dead" is a toll, as "the death toll" is
    ("The Red Crescent put the number of dead at more than 100.", "number of dead"),
])
def test_a_toll_an_armed_body_took_is_an_account(real_extractor: Any, text: str,
                                                 target: str) -> None:
    told = _told(real_extractor, _STRIKE + text)
    assert target in told, told


@slow
@pytest.mark.parametrize("text", [
    # a running toll of a war, and a number of things, are no account of this strike
    "The agency said the war had killed 400,000 people since 2011.",
    "The agency put the number of trucks at the crossing at 40.",
])
def test_a_war_toll_or_a_number_of_things_is_none(real_extractor: Any, text: str) -> None:
    told = _told(real_extractor, _STRIKE + text)
    assert not any(t in told for t in ("400,000 people", "number of trucks", "trucks")), told
