"""What a struck "it", "him" or "her" stands for (issue 8), with the real model
(``slow``): the one site or person named before it in its sentence, the subject of the
clause a "when" clause hangs on first, never a noun inside another clause nor a speaker.

Team-written sentences; names and places are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _classes(extractor: Any, body: str, target: str) -> list[str]:
    return [c.target.target_class for c in _analysed(extractor, body)
            if c.target.text.lower() == target]


@slow
def test_it_is_the_site_named_before(real_extractor: Any) -> None:
    body = ("Relatives said the two teachers were staying at a guesthouse in Marwa when it "
            "was struck overnight.")
    assert _classes(real_extractor, body, "it") == ["civilian_site"]


@slow
def test_it_is_the_subject_a_when_clause_hangs_on(real_extractor: Any) -> None:
    # not the school the minibus belonged to, whose clause is the minibus's
    body = ("The minibus, which belonged to the Army Public School in Tarok, was taking 30 "
            "pupils home when it was struck near the town, a district official said.")
    assert _classes(real_extractor, body, "it") == ["civilian_site"]


@slow
def test_him_is_the_person_named_before(real_extractor: Any) -> None:
    body = ('"He was a farmer and the soldiers shot him in front of his house," his '
            "brother Omar Salih said.")
    assert _classes(real_extractor, body, "him") == ["civilians"]


@slow
def test_him_takes_a_commander_too(real_extractor: Any) -> None:
    body = ("The army said the militant commander opened fire first and its troops shot "
            "him at the checkpoint.")
    assert _classes(real_extractor, body, "him") == ["armed_group"]


@slow
def test_it_as_a_body_that_spoke_takes_no_class(real_extractor: Any) -> None:
    # a body ("the ministry") is no site: "it" keeps no class from it
    body = "The ministry said it was hit by a drone near the port on Monday."
    assert set(_classes(real_extractor, body, "it")) <= {"unknown"}


@slow
def test_a_bare_convoy_lends_no_class(real_extractor: Any) -> None:
    # a convoy is military only when nothing else is known of it: too weak for "it"
    body = ("The convoy of about 90 vehicles was travelling under police escort when it "
            "came under attack near Tarok, a police official said.")
    assert set(_classes(real_extractor, body, "it")) <= {"unknown"}
