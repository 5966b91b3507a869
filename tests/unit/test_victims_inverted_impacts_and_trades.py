"""A victim told after "among those killed was", a shell that "crashed through" a roof,
trades WordNet gives a second sense of another class ("baker", "butcher"), and a "the"
the parse took for an object. Each case has its example and a counter-example; all are
the team's own sentences about invented places. Slow: they load the model."""
from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _told

slow = pytest.mark.slow

_SHELLED = ("Government forces shelled the town of Dorba in Kessa province on Friday, "
            "killing nine people. ")


@slow
def test_a_victim_after_among_those_killed_was(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _SHELLED + "Among those killed was an elderly imam, his family said.")
    assert ("family", "elderly imam", "civilians") in told, told


@slow
def test_counter_example_among_those_who_fled_is_no_victim(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _SHELLED + "Among those who fled was an elderly imam, his family said.")
    assert not any(target == "elderly imam" for _, target, _ in told), told


@slow
def test_a_shell_that_crashed_through_a_roof_hit_it(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _SHELLED + "A teacher said a shell crashed through the roof of the "
                 "primary school.")
    assert any(party == "teacher" and "school" in target and cls == "civilian_site"
               for party, target, cls in told), told


@slow
def test_counter_example_a_car_that_crashed_through_a_fence_is_no_strike(
        real_extractor: Any) -> None:
    # an aircraft or a car that crashes is no weapon coming down
    told = _told(real_extractor,
                 _SHELLED + "A teacher said a car crashed through the fence of the "
                 "primary school.")
    assert not any(party == "teacher" for party, _, _ in told), told


@slow
def test_trades_with_a_second_sense_are_civilians(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _SHELLED + "Relatives said the dead man was a baker who had never "
                 "held a rifle.")
    assert ("Relatives", "baker", "civilians") in told, told


@slow
def test_counter_example_a_guard_keeps_no_class(real_extractor: Any) -> None:
    # a guard may be armed: the word gives no class
    told = _told(real_extractor,
                 _SHELLED + "Relatives said the dead man was a guard at the depot.")
    assert ("Relatives", "guard", "civilians") not in told, told


@slow
def test_an_article_the_parse_took_for_an_object_is_no_target(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _SHELLED + "According to witnesses, the helicopter fired rockets at "
                 "people gathering firewood.")
    assert ("witnesses", "people", "civilians") in told, told
    assert not any(target.lower() == "the" for _, target, _ in told), told


_STRUCK = "Warplanes struck the town of Dorba in Kessa province on Friday. "


@slow
def test_a_strike_that_left_people_dead(real_extractor: Any) -> None:
    told = _told(real_extractor, _STRUCK + "The raid left 17 civilians dead, including "
                                           "six children, local officials said.")
    assert ("local officials", "17 civilians", "civilians") in told, told
    # counter-example: people left homeless were not hit
    told = _told(real_extractor, _STRUCK + "The raid left 17 families homeless, local "
                                           "officials said.")
    assert not any(target == "17 families" for _, target, _ in told), told


@slow
def test_people_wounded_as_they_queued(real_extractor: Any) -> None:
    told = _told(real_extractor, _STRUCK + "The strike wounded 25 people queueing for "
                                           "bread, the ministry said.")
    assert ("ministry", "25 people", "civilians") in told, told
    # counter-example: a verb with an object of its own keeps it
    told = _told(real_extractor, _STRUCK + "The strike killed two soldiers guarding the "
                                           "bridge, the ministry said.")
    assert ("ministry", "two soldiers", "military") in told, told


_BOMB = "A car bomb exploded near a ministry in Dorba on Saturday, killing dozens. "


@slow
def test_what_a_civil_bodys_its_owns_is_a_civilian_site(real_extractor: Any) -> None:
    told = _told(real_extractor, _BOMB + "The Pelan rescue service said two of its trucks "
                                         "were damaged.")
    assert any(target == "two of its trucks" and cls == "civilian_site"
               for _, target, cls in told), told
    told = _told(real_extractor, _BOMB + "The relief group said its convoy was hit.")
    assert any(target == "its convoy" and cls == "civilian_site" for _, target, cls in told), \
        told


@slow
def test_counter_example_an_armys_own_convoy_is_no_civilian_site(real_extractor: Any) -> None:
    told = _told(real_extractor, _BOMB + "The army said its convoy was hit.")
    assert any(target == "its convoy" and cls == "military" for _, target, cls in told), told


@slow
def test_the_military_part_of_a_civil_site_is_military(real_extractor: Any) -> None:
    told = _told(real_extractor, _BOMB + "The army said gunmen had stormed the military "
                                         "zone of the Pelan airport.")
    assert any("military zone" in target and cls == "military" for _, target, cls in told), \
        told


@slow
def test_counter_example_another_part_of_a_civil_site_is_the_sites(
        real_extractor: Any) -> None:
    told = _told(real_extractor, _BOMB + "The army said gunmen had stormed the passenger "
                                         "zone of the Pelan airport.")
    assert not any(cls == "military" for _, target, cls in told if "zone" in target), told
