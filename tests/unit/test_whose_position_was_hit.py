"""Whose forces a strike hit, told by the side that struck and by the side that lost men:

- "a senior commander" speaks for his forces: his "our position" is theirs (rule
  ``own.officer``), so "the coalition conducted the strike on an IS fighting position"
  against "It was our position" is a dispute over whose forces were hit;
- "the strike had killed 10 soldiers when it hit an army post": "it" is the strike,
  whoever struck, never the ministry that said so (rule ``attacker.it_the_strike``);
- "the area was an active combat zone" names a place of fighting, no civilian site (row
  ``military.combat_zone``);
- "there are no camps of the group" answers "struck the group's training camps": one
  side denies the very sites the other says it hit (``conflict.presence``).

Team-written sentences with invented names; ``slow`` tests use the real model."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.nlp.gazetteer import load_groups
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow

STRIKER = ("The U.S.-led coalition said one of its airstrikes near Halvik may have killed "
           "Iraqi soldiers, but said the strike was aimed at an Islamic State fighting "
           "position. ")


def _reasons(extractor: Any, body: str) -> set[str]:
    claims = _analysed(extractor, body)
    return {p.reason for p in find_conflicts(claims, load_groups(), None)}


@slow
def test_a_commanders_our_position_answers_the_strikers_militants(real_extractor: Any) -> None:
    body = STRIKER + ('"It was our position and everyone knew it," a senior Iraqi commander '
                      "in Anbar said.")
    (own,) = [c for c in _analysed(real_extractor, body) if c.target.text == "our position"]
    assert own.own_target
    assert "targets" in _reasons(real_extractor, body)


@slow
def test_counter_example_an_officials_our_position_is_no_force(real_extractor: Any) -> None:
    body = STRIKER + '"It was our position," a senior Iraqi ministry official said.'
    owned = [c.own_target for c in _analysed(real_extractor, body)
             if c.target.text == "our position"]
    assert owned == [False]


@slow
def test_it_is_the_strike_not_the_speaker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Iraq's Defense Ministry said the strike in the area "
                       "had killed 10 soldiers when it hit an army post.")
    (post,) = [c for c in claims if c.target.text == "army post"]
    assert post.attacker is None or "ministry" not in post.attacker.id
    # counter-examples: "it" that is no strike is still resolved as a party, also after a
    # strike told in another clause
    claims = _analysed(real_extractor, "The Northland army said it hit an enemy depot.")
    (depot,) = [c for c in claims if "depot" in c.target.text]
    assert depot.attacker is not None
    claims = _analysed(real_extractor, "The agency said an airstrike on a school killed 22 "
                       "people, while the army denied it had carried out any such attack.")
    (denied,) = [c for c in claims if c.target.text == "any such attack"]
    assert denied.attacker is not None and denied.attacker.id == denied.party.id


@slow
@pytest.mark.parametrize(("sentence", "cls"), [
    ("An army spokesman said the strike hit an active combat zone.", "military"),
    ("An army spokesman said the strike hit a residential zone.", "civilian_site"),
])
def test_a_combat_zone_is_no_civilian_site(real_extractor: Any, sentence: str,
                                           cls: str) -> None:
    assert [c.target.target_class for c in _analysed(real_extractor, sentence)] == [cls]


@slow
def test_no_camps_there_answers_camps_struck(real_extractor: Any) -> None:
    body = ("The Northland army said its jets destroyed Pakistani Taliban training camps "
            "in the valley on Monday. A Southland spokesman rejected that. "
            '"There were no camps of the Pakistani Taliban in the valley," he said.')
    assert "presence" in _reasons(real_extractor, body)


@slow
def test_counter_example_no_fighters_answers_no_depot(real_extractor: Any) -> None:
    body = ("The Northland army said its jets destroyed a Pakistani Taliban arms depot in "
            "the valley on Monday. A Southland spokesman rejected that. "
            '"There were no camps of the Pakistani Taliban in the valley," he said.')
    assert "presence" not in _reasons(real_extractor, body)


@slow
@pytest.mark.parametrize(("sentence", "cls"), [
    ("The ministry said its forces struck places of temporary deployment of army reserve "
     "units.", "military"),
    ("Officials said the strike hit places where families had sheltered.", "civilian_site"),
])
def test_places_of_deployment_are_military(real_extractor: Any, sentence: str,
                                           cls: str) -> None:
    assert [c.target.target_class for c in _analysed(real_extractor, sentence)] == [cls]
