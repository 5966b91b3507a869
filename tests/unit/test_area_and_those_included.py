"""Two accounts of what was hit that name it by reference (issue 8).

- "The area was a stronghold of the militants", said after a strike on a compound there:
  "the area" stands for the place struck, as "the site" and "the compound" already did
  (``copula.struck_subject``).
- "Those killed included members of the local peace committee": who those killed were,
  as "the dead included four children" already was (``copula.those_included``).

Team-written sentences, parsed with the real model (``slow``)."""

from __future__ import annotations

from typing import Any

import pytest

slow = pytest.mark.slow

_STRIKE = ("A drone strike hit a compound in the district on Thursday, killing 12 people, "
           "residents said.\n\n")


def _told(extractor: Any, text: str) -> dict[str, str]:
    doc = extractor.nlp(_STRIKE + text)
    return {c.target.text: c.rule for c in doc._.claims}


@slow
@pytest.mark.parametrize(("text", "target", "rule"), [
    ("A spokesman for the governor said the area was a stronghold of the militants.",
     "stronghold of the militants", "copula.struck_subject"),
    ("A spokesman for the governor said the area was a residential neighbourhood.",
     "residential neighbourhood", "copula.struck_subject"),
    ("A spokeswoman for the ministry said those killed included members of the local "
     "peace committee.", "members of the local peace committee", "copula.those_included"),
])
def test_a_target_named_by_reference_is_an_account(real_extractor: Any, text: str,
                                                   target: str, rule: str) -> None:
    told = _told(real_extractor, text)
    assert told.get(target) == rule, told


@slow
@pytest.mark.parametrize("text", [
    # what the area was like, not what it was
    "A spokesman for the governor said the area was calm on Friday.",
    # those invited are no victims
    "A spokeswoman for the ministry said those invited included members of the local "
    "peace committee.",
])
def test_no_account_without_a_target_or_victims(real_extractor: Any, text: str) -> None:
    told = _told(real_extractor, text)
    assert set(told) <= {"compound", "12 people"}, told
