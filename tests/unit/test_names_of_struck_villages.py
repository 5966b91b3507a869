"""A struck village's whole name is its place: "the strikes hit Bir Kovra, a farming
village". The proper nouns before a name's last word are the name's own, not a town
that modifies it (as "Kyiv" does in "a Kyiv apartment block"), unless that last word
names a kind of thing ("the Gaza Hospital"). And a struck name the recogniser missed is
taken whichever of the targets it is, not only the last one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_places_of_the_targets_own_attacks import _places

slow = pytest.mark.slow


@slow
def test_the_first_word_of_a_villages_name_is_not_a_town(real_extractor: Any) -> None:
    # ("Bir" alone is another country's town in the gazetteer)
    places = _places(real_extractor, "The monitor said the strikes hit Bir Kovra, a farming "
                                     "village in the south, on Thursday.")
    assert places["Bir Kovra"] == ("Bir Kovra",), places


@slow
def test_counter_example_a_town_before_a_kind_of_site_is_its_place(
        real_extractor: Any) -> None:
    places = _places(real_extractor, "The monitor said a strike hit the Gaza Hospital on "
                                     "Thursday.")
    assert "Gaza" in places["Gaza Hospital"], places
