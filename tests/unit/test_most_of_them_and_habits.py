"""What most of the dead were, and what a party has long said:

- "killed 41 people, most of them fighters": the people counted are what most of them
  were (rule ``targets.most_of_them``), not civilians because "people" is a word for
  anyone; "including three fighters" says what some were, and the count stays civilians;
- "It has increasingly targeted the district", "leaders have long accused the army of
  attacking their community": a habit over months, no account of this strike (row
  ``policy.has_repeatedly``).

Team-written sentences with invented names; ``slow`` tests use the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _count_class(extractor: Any, sentence: str, count: str) -> str:
    (claim,) = [c for c in _analysed(extractor, sentence) if c.target.text == count]
    return claim.target.target_class


@slow
@pytest.mark.parametrize(("sentence", "count", "cls"), [
    ("The mayor said the strike killed 41 people, most of them fighters.", "41 people",
     "armed_group"),
    ("The mayor said the strike killed 30 people, mostly militants.", "30 people",
     "armed_group"),
    ("The mayor said the strike killed 12 people, all of them soldiers.", "12 people",
     "military"),
    ("The mayor said the strike killed 20 people, most of whom were fighters.", "20 people",
     "armed_group"),
    # counter-examples: what some were, and what most were when they were civilians
    ("The mayor said the strike killed 12 people, including three fighters.", "12 people",
     "civilians"),
    ("The mayor said the strike killed 12 people, most of them women.", "12 people",
     "civilians"),
    ("The mayor said the strike killed 12 people in the market.", "12 people", "civilians"),
])
def test_what_most_of_the_people_counted_were(real_extractor: Any, sentence: str,
                                              count: str, cls: str) -> None:
    assert _count_class(real_extractor, sentence, count) == cls


@slow
@pytest.mark.parametrize("sentence", [
    "Officials said the jets struck a depot in Halvik on Monday. The air force has "
    "increasingly targeted the district, saying rebels use it as a base.",
    "Clan leaders have long accused the army of attacking their community.",
])
def test_a_habit_of_months_is_no_account(real_extractor: Any, sentence: str) -> None:
    claims = _analysed(real_extractor, sentence)
    assert all(c.target.text != "district" and "community" not in c.target.text
               for c in claims), [(c.party.name, c.target.text) for c in claims]


@slow
def test_counter_example_the_same_accusation_of_this_strike(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Clan leaders accused the army of attacking their community.")
    assert [c.target.text for c in claims] == ["their community"]
