"""Tolls and damage as reporters write them in set phrases, each a construction with its
own example and counter-example in the table:

- ``casualty.left_dead``: "the strike left 12 people dead" (not "left 12 people homeless",
  nor "the war has left 400,000 people dead", a running toll);
- ``casualty.claimed_lives``: "the bombardment claimed the lives of 20 civilians" ("claim"
  here reports nothing: "claimed responsibility" still does);
- ``hit.reduced_to_rubble``: "the airstrike reduced a mosque to rubble";
- ``casualty.wiped_out``: "the strike wiped out an entire family";
- ``hit.open_fire_passive``: "fire was opened on a crowd of mourners" (not a time: "the
  fire was opened at around 05:45");
- ``hit.set_ablaze``: "the drone attack set ablaze a fuel depot";
- ``casualty.lost_lives``: "twelve people lost their lives in the strike" (not their
  homes, nor in the floods);
- ``casualty.died`` also for "perish": "five civilians perished in the air raid" (not
  climbers on a mountain);
- "raze" is a strike verb: "several houses were razed".
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _told

slow = pytest.mark.slow

_ACCOUNTS = [
    ("The strike left 12 people dead in Kovra, officials said.", "12 people dead"),
    ("The bombardment claimed the lives of 20 civilians in Kovra, the ministry said.",
     "20 civilians"),
    ("The airstrike reduced a mosque in Kovra to rubble, residents said.", "mosque"),
    ("The strike wiped out an entire family in Kovra, relatives said.", "entire family"),
    ("Fire was opened on a crowd of mourners in Kovra, witnesses said.", "crowd of mourners"),
    ("The drone attack set ablaze a fuel depot in Kovra, the governor said.", "fuel depot"),
    ("Twelve people lost their lives in the strike on Kovra, officials said.",
     "Twelve people"),
    ("Five civilians perished in the air raid on Kovra, residents said.", "Five civilians"),
    ("Several houses in Kovra were razed, villagers said.", "Several houses"),
]


@slow
@pytest.mark.parametrize(("body", "target"), _ACCOUNTS)
def test_a_set_phrase_names_what_was_hit(real_extractor: Any, body: str, target: str) -> None:
    told = _told(real_extractor, body)
    assert any(t == target for _, t, _ in told), told


@slow
@pytest.mark.parametrize("body", [
    "The strike left 12 people homeless in Kovra, officials said.",
    "The war has left 400,000 people dead, the UN said.",
    "According to the ministry, the fire was opened at around 05:45 from positions on the "
    "Northland side of the border.",
    "The court set a date for the trial in Kovra, officials said.",
    "Thirty people lost their lives in the floods in Kovra, officials said.",
    "Five climbers perished on the mountain in Kovra, rescuers said.",
])
def test_counter_examples_name_nothing_hit(real_extractor: Any, body: str) -> None:
    assert not _told(real_extractor, body)


@slow
def test_counter_example_claimed_responsibility_still_reports(real_extractor: Any) -> None:
    told = _told(real_extractor, "The group claimed responsibility for the attack on the "
                                 "Kovra base, the statement said.")
    assert any(t == "Kovra base" or t == "base" for _, t, _ in told), told
