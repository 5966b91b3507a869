"""Wire forms of disputed hits and killings, each with the real model (``slow``): a
side's word that a named ship "has not been hit" against the other side's hit, the second
speaker of "X said A, while Y said B", a named man told killed whom a force then calls a
trafficker against his widow's "he had no gun", and a truck full of explosives that is the
bomb. Every name and place here is invented, except the states and the capital the rules
must know."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow

_SHIP_HIT = ("ANKARA, May 31 (Reuters) - Turkey said on Monday its jets had hit the "
             "frigate Kanaris east of the islands. ")


def _rules(claims: list[Any]) -> set[str]:
    return {c.rule for c in claims}


def _pairs(claims: list[Any]) -> set[tuple[str, str, str]]:
    return {(p.reason, p.first.target.text, p.second.target.text)
            for p in find_conflicts(claims)}


@slow
def test_a_ship_said_not_hit_disputes_the_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _SHIP_HIT + "In Athens, a defence ministry spokesman "
                       "said two Turkish jets had been shot down. \"The Kanaris has not been "
                       "hit,\" he said.")
    denial = next(c for c in claims if c.negated and c.target.text == "Kanaris")
    # the speaker heard again ("he said") keeps the state of the capital he spoke in
    assert denial.party.country == "GR", denial.party
    assert ("contrast", "frigate Kanaris", "Kanaris") in _pairs(claims), _pairs(claims)
    # a passive with a doer denies blame, not the hit: no dispute on its own
    claims = _analysed(real_extractor, _SHIP_HIT + "Greece said the Kanaris had not been "
                       "hit by Turkish jets.")
    assert not _pairs(claims), _pairs(claims)


@slow
def test_a_second_speakers_clause_is_his_own(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Dovanian police said Saturday they had destroyed a \"terrorist "
                       "stronghold\" in the village of Kelo in the Marin region, while ethnic "
                       "Tarsan groups said dozens of members of a single family, among them "
                       "women and children, had been killed when police shelled their homes.")
    homes = next(c for c in claims if c.target.text == "their homes")
    assert homes.party.name == "ethnic Tarsan groups", homes.party
    assert ("targets", "terrorist stronghold", "their homes") in _pairs(claims)
    # one speaker's two clauses stay his
    claims = _analysed(real_extractor,
                       "Tarmani police said on Saturday they had destroyed a \"terrorist "
                       "stronghold\" in the village of Kelo and that police had shelled "
                       "bunkers nearby.")
    assert {c.party.name for c in claims} == {"Tarmani police"}, claims


@slow
def test_a_man_named_killed_whom_a_force_calls_a_trafficker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Karim Tello, a councillor in the border town of Mesra, was killed on "
                       "the night of May 6. The Rapid Action Battalion said he was a major drug "
                       "trafficker and died when his associates opened fire on its team. \"He "
                       "had no gun. They took him and they killed him,\" his wife said.")
    told = {(c.target.text, c.target.target_class, c.rule) for c in claims}
    assert ("major drug trafficker", "armed_group", "copula.victim_pronoun_one") in told, told
    assert ("presence", "major drug trafficker", "no gun") in _pairs(claims), _pairs(claims)
    # a town described between them is no person named nearer
    claims = _analysed(real_extractor,
                       "Karim Tello, a councillor in the border town of Mesra, was killed on "
                       "the night of May 6. Mesra, a town near the border, was quiet on "
                       "Saturday. The Rapid Action Battalion said he was a major drug "
                       "trafficker.")
    assert "copula.victim_pronoun_one" in _rules(claims), claims
    # a man named nearer who was not killed is not the one the toll told
    claims = _analysed(real_extractor,
                       "A strike killed farmer Ali Musa in Mesra on Friday. Karim Tello, a "
                       "councillor, visited the village on Saturday. The army said he was a "
                       "major drug trafficker.")
    assert "copula.victim_pronoun_one" not in _rules(claims)


@slow
def test_a_truck_with_tons_of_explosives_is_the_bomb(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A truck bomb killed at least 50 people in Mesra, officials said. Police "
                       "later found a second truck packed with some two tons of explosives "
                       "parked near the hospital and defused it, the interior ministry said.")
    assert "use.full_of" not in _rules(claims)
    assert not _pairs(claims), _pairs(claims)
    # a house with tons of explosives in it is a site whose use is told
    claims = _analysed(real_extractor,
                       "A strike destroyed a house in Mesra, killing 12 people, medics said. "
                       "The army said the house was packed with two tons of explosives.")
    assert "use.full_of" in _rules(claims)
