"""A miss that names what it spared answers only a hit of that kind:

- "reported no damage to homes" does not answer "struck militant hideouts in the
  mountains"; "the missiles missed the ship" still answers "the missiles hit the ship";
- "exploded near a military aviation school" does not answer "the attackers had been
  aiming at the base": a strike aimed at a site that fell near one of its kind;
- "fell in an open area", naming nothing spared, still answers any hit;
- "searching for missing people" tells no miss at all (``miss.object`` on a verb, not a
  participle after "for").

Rule ``conflict.miss_same_kind``. Team-written sentences with invented names; ``slow``
tests use the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_whose_position_was_hit import _reasons

slow = pytest.mark.slow


@slow
def test_no_damage_to_homes_does_not_answer_hideouts_struck(real_extractor: Any) -> None:
    body = ("Regional officials said jets struck militant hideouts in the mountains on "
            "Monday. Residents of the villages below said they heard explosions but reported "
            "no damage to homes.")
    assert "miss" not in _reasons(real_extractor, body)


@slow
def test_counter_example_a_miss_of_the_site_hit_answers_it(real_extractor: Any) -> None:
    body = ("The rebels said their missiles hit the frigate off the coast on Monday. The navy "
            "said the missiles missed the frigate.")
    assert "miss" in _reasons(real_extractor, body)
    body = ("Officials said jets struck militant hideouts in the mountains on Monday. The "
            "rebels said the bombs fell in an open area.")
    assert "miss" in _reasons(real_extractor, body)


@slow
def test_aimed_at_a_base_and_fell_near_a_school_of_soldiers(real_extractor: Any) -> None:
    body = ("A truck bomb exploded near a military aviation school in the city on Thursday, "
            "officials said. Police said the attackers had been aiming at the air base.")
    assert "miss" not in _reasons(real_extractor, body)


@slow
def test_missing_people_are_no_miss(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A local journalist said relatives were still "
                       "searching for missing people on Monday.")
    assert claims == []
