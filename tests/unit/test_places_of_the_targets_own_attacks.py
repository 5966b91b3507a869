"""Where a target's own attack was is not where it was struck: "the raid in Marib targeted
the elements who planned and carried out the attack on civilians in the city of Sirwah"
was a raid in Marib. A town in a clause that tells a strike of the target's own (a
strike verb, a verb whose object is an attack noun, or such a verb after "responsible
for") is left out of the claim's places, also when the recogniser took the town for a
person and only the proper noun after "in" or "of" named it."""

from __future__ import annotations

from typing import Any

import pytest

slow = pytest.mark.slow


def _places(extractor: Any, text: str) -> dict[str, tuple[str, ...]]:
    return {c.target.text: c.place_texts for c in extractor.nlp(text)._.claims}


@slow
def test_the_town_the_targets_carried_out_an_attack_in_is_not_struck(
        real_extractor: Any) -> None:
    places = _places(real_extractor, "The army spokesman said the raid carried out today in "
                                     "Marib was a legal action that targeted the elements who "
                                     "planned and carried out the attack on civilians in the "
                                     "city of Sirwah last week.")
    assert places["elements"] == ("Marib",), places


@slow
def test_the_town_the_targets_attacked_is_not_struck(real_extractor: Any) -> None:
    places = _places(real_extractor, "The army spokesman said the raid in Marib targeted the "
                                     "gunmen who had attacked worshippers in the town of "
                                     "Sirwah.")
    assert places["gunmen"] == ("Marib",), places


@slow
def test_counter_example_a_clause_that_tells_no_attack_keeps_its_town(
        real_extractor: Any) -> None:
    places = _places(real_extractor, "The army spokesman said the raid in Marib targeted the "
                                     "gunmen who stored weapons in the town of Sirwah.")
    assert "Sirwah" in places["gunmen"], places


@slow
def test_the_town_the_targets_were_responsible_for_firing_at_is_not_struck(
        real_extractor: Any) -> None:
    places = _places(real_extractor, "The army spokesman said the raid in Marib targeted "
                                     "operatives responsible for launching the missile "
                                     "towards the city of Sirwah.")
    assert places["operatives responsible"] == ("Marib",), places
