"""Whose army, and what the striker believed it hit, read from new Syria copy (issue 8):

- "Syrian troops were fighting ... The army said": "the army" is the state whose forces
  the copy named by their country, though they never spoke; a coalition of states is
  nobody's army;
- "hitting what they believed to be fighters": the copula after "believed to" is what
  the strike was believed to hit, as after "believed were";
- "the strike was against militant positions", "a strike it believed was against
  fighting positions": a strike said to be against a target names it.

Team-written sentences (``slow``: the real model); names are invented or generic."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.nlp.gazetteer import load_groups
from tests.unit.test_accounts_beside_and_asides import PUBLISHED, _analysed

slow = pytest.mark.slow

LEAD = ("KARVAL, May 3 (Test Wire) - Syrian troops were fighting for the ridge on Sunday, a "
        "day after a U.S.-led coalition raid killed dozens of soldiers.\n\n")
ARMY = "The army said coalition warplanes struck its positions on the ridge late on Saturday."


@slow
def test_the_army_is_the_state_whose_troops_the_copy_named(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, LEAD + ARMY)
    army = [c for c in claims if c.target.text == "its positions"]
    assert army and all(c.party.country == "SY" and c.party.type == "military"
                        for c in army)
    # counter-example: with no state's forces named, the army stays unplaced, and is
    # never the coalition the copy named
    bare = "A U.S.-led coalition raid killed dozens of soldiers on Saturday.\n\n" + ARMY
    claims = _analysed(real_extractor, bare)
    assert claims and all("coalition" not in c.party.name.lower() and c.party.country != "SY"
                          for c in claims if c.target.text == "its positions")


@slow
@pytest.mark.parametrize(("sentence", "target", "rule"), [
    ("Officials said the aircraft were hitting what they believed to be militant fighters.",
     "militant fighters", "copula.believed_what"),
    ("The command said the coalition had been conducting a strike it believed was against "
     "militant fighting positions.", "militant fighting positions",
     "copula.strike_believed_against"),
    ("The ministry said the strike was against militant positions.", "militant positions",
     "copula.strike_against"),
])
def test_what_the_striker_believed_it_hit(real_extractor: Any, sentence: str, target: str,
                                          rule: str) -> None:
    found = {(c.target.text, c.target.target_class, c.rule)
             for c in _analysed(real_extractor, sentence)}
    assert (target, "armed_group", rule) in found


@slow
@pytest.mark.parametrize("sentence", [
    "Officials said the reporters were asking what they believed to be fair questions.",
    "The command said the coalition had been drafting a plan it believed was against "
    "militant interests.",
    "The ministry said the vote was against the plan.",
])
def test_a_belief_or_an_against_with_no_strike_names_no_target(real_extractor: Any,
                                                              sentence: str) -> None:
    assert _analysed(real_extractor, sentence) == []


@slow
def test_the_army_hit_against_the_strikers_militants_is_a_dispute(real_extractor: Any
                                                                  ) -> None:
    body = LEAD + ARMY + ("\n\nU.S. Central Command said the coalition had been conducting a "
                          "strike it believed was against Islamic State fighting positions.")
    claims = _analysed(real_extractor, body)
    pairs = find_conflicts(claims, load_groups(), PUBLISHED)
    assert any({p.first.party.country, p.second.party.country} == {"SY", "US"}
               for p in pairs)
    # counter-example: the striker's account alone disputes nothing
    alone = _analysed(real_extractor, LEAD + "U.S. Central Command said the coalition had "
                      "been conducting a strike it believed was against Islamic State "
                      "fighting positions.")
    assert alone and find_conflicts(alone, load_groups(), PUBLISHED) == []


@slow
def test_a_depot_told_beside_the_base_disputes_no_base(real_extractor: Any) -> None:
    striker = ("The United States fired dozens of cruise missiles at the Harlow air base early "
               "on Friday, U.S. officials said.")
    beside = ("The Syrian Observatory for Human Rights said the strike destroyed hangars, a "
              "fuel depot and an air defence base at Harlow.")
    claims = _analysed(real_extractor, striker + " " + beside)
    assert any(c.target.target_class == "infrastructure" for c in claims)
    assert find_conflicts(claims, load_groups(), PUBLISHED) == []
    # counter-example: a side that tells only the depot hit, instead of the base
    instead = "Syria's defence ministry said the missiles hit only a fuel depot at Harlow."
    claims = _analysed(real_extractor, striker + " " + instead)
    assert find_conflicts(claims, load_groups(), PUBLISHED)


@slow
@pytest.mark.parametrize(("sentence", "target_class"), [
    ("Officials said the missiles destroyed hardened aircraft shelters.", "military"),
    ("The Red Crescent said a convoy of cars was struck near the town.", "civilian_site"),
    # counter-examples: a shelter for the displaced, a convoy of tanks
    ("Officials said the missiles destroyed a shelter for displaced families.", "civil"),
    ("The ministry said a convoy of tanks was struck near the town.", "military"),
])
def test_shelters_and_convoys_take_the_class_of_what_they_hold(
        real_extractor: Any, sentence: str, target_class: str) -> None:
    classes = {c.target.target_class for c in _analysed(real_extractor, sentence)}
    if target_class == "civil":
        assert classes and classes <= {"civilians", "civilian_site"}
    else:
        assert target_class in classes
