"""Accounts told as a description or a condemnation, and peoples named together.

- "The army described those killed as militants", "has described the boats it has struck
  as vessels operated by cartels": what the party calls those it struck or killed is its
  account of the target (construction ``copula.struck_described_as``).
- "Prime Minister X condemned the aggression that killed two journalists": a relative
  clause of a word that names one attack as a wrong frames the toll as a strike's; the
  condemner tells it (not a leader's tally of the war).
- "Kurdish and Arab fighters accused ...": two peoples joined before the noun are one
  name, as a reporter writes it, not "fighters".
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow


@slow
def test_those_killed_described_as_militants(real_extractor: Any) -> None:
    told = _told(real_extractor, "The Northland army described those killed in Kovra as "
                 "militants who had attacked a checkpoint.")
    assert ("Northland army", "militants", "armed_group") in told, told


@slow
def test_the_boats_it_struck_described_as_cartel_vessels(real_extractor: Any) -> None:
    told = _told(real_extractor, "The Northland government has described the boats it has "
                 "struck as vessels operated by drug cartels.")
    assert any(party == "Northland government" and target == "vessels"
               for party, target, _ in told), told


@slow
def test_counter_example_those_trained_described_as_militants(real_extractor: Any) -> None:
    told = _told(real_extractor, "The Northland army described those trained in Kovra as "
                 "militants.")
    assert not any(target == "militants" for _, target, _ in told), told


@slow
def test_a_leader_condemning_the_aggression_that_killed_tells_the_toll(
        real_extractor: Any) -> None:
    told = _told(real_extractor, "Northland Prime Minister Abel Mira condemned the Kovran "
                 "aggression that killed the two journalists, saying it proves there are "
                 "no limits.")
    assert any(party == "Northland Prime Minister Abel Mira" and target == "two journalists"
               for party, target, _ in told), told


@slow
def test_joined_peoples_are_one_name(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Kurdish and Arab fighters accused government "
                       "warplanes on Saturday of striking their positions near the river.")
    assert {c.party.name for c in claims} == {"Kurdish and Arab fighters"}


@slow
def test_the_event_stands_for_the_struck_celebration(real_extractor: Any) -> None:
    told = _told(real_extractor, "An air strike hit a celebration in Kovra village on "
                 "Sunday, killing dozens. A spokesman for the Kovra Independence Army said "
                 "the event was a public festival attended by villagers.")
    assert any(target == "public festival" for _, target, _ in told), told


@slow
def test_positions_among_those_hit(real_extractor: Any) -> None:
    told = _told(real_extractor, "Northland strikes hit militia sites near Kovra, killing "
                 "25 fighters. A spokesman for the Kovra Mobilisation Forces said its "
                 "positions were also among those hit.")
    assert any(target == "its positions" for _, target, _ in told), told


@slow
def test_most_of_them_after_a_toll(real_extractor: Any) -> None:
    told = _told(real_extractor, "An air strike hit the village of Kovra. The Kovra Front's "
                 "health office said 14 people were killed. Its spokesman, Abel Mira, said "
                 "most of them were children.")
    assert any(target == "children" and cls == "civilians" for _, target, cls in told), told


@slow
def test_counter_example_most_of_them_with_no_toll(real_extractor: Any) -> None:
    told = _told(real_extractor, "The Kovra Front held a rally on Sunday. Its spokesman, "
                 "Abel Mira, said most of them were children.")
    assert not told, told
