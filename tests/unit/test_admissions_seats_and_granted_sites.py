"""Wire forms from copy nobody tuned for, each with the real model (``slow``): a
government's seat is no speaker's town, armed men of no side shelling from the aimed-at
positions tell another strike, a toll its speaker calls a mistake and a misidentification
the striking side admits grant the harm, and a military site both sides name is no
dispute. Every name and place here is invented, except the capitals and gazetteer bodies
the rules must know."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Claim
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _disputes(claims: list[Claim]) -> set[tuple[str, str]]:
    return {tuple(sorted((p.first.target.text, p.second.target.text)))  # type: ignore[misc]
            for p in find_conflicts(claims)}


@slow
def test_a_capital_is_the_governments_seat_not_the_speakers_town(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Officials in Tbilisi said the artillery had been directed at rebel "
                     "positions inside the city.")
    positions = [c for c in claims if c.target.text == "rebel positions"]
    assert positions and all(c.place is None for c in positions), positions


@slow
def test_armed_men_shelling_from_the_aimed_at_positions_strike_apart(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Rockets hit apartment blocks and homes in Varnek on Friday, a rights "
                     "group said. Officials said the artillery had been directed at rebel "
                     "positions inside the town, from which separatist forces had been "
                     "shelling villages.")
    villages = [c for c in claims if c.target.text == "villages"]
    assert villages and all(c.attacker is not None and c.attacker.type == "armed_group"
                            for c in villages), villages
    # the separatists' shelling is another strike, not the officials' own harm beside
    # their aim: the aim still disputes the rights group's homes
    assert ("homes", "rebel positions") in _disputes(claims), _disputes(claims)


@slow
def test_a_quoted_passive_toll_is_read(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     'Governor Ali Dosa said in a statement that residents had been '
                     '"mistakenly killed and injured" by a military drone.')
    assert [(c.target.text, c.rule) for c in claims] == [
        ("residents", "casualty.passive_quoted")], claims


@slow
def test_a_toll_called_a_mistake_grants_the_harm(real_extractor: Any) -> None:
    lead = "A drone strike killed dozens of villagers at a festival in Tarak, residents said. "
    claims = _analysed(real_extractor,
                     lead + "Governor Ali Dosa said in a statement that residents had been "
                     '"mistakenly killed and injured" by a military drone targeting bandits.')
    assert not _disputes(claims), _disputes(claims)
    # without the mistake, the drone's bandits are the governor's account against theirs
    claims = _analysed(real_extractor,
                     lead + "Governor Ali Dosa said in a statement that the military drone "
                     "had been targeting bandits.")
    assert ("bandits", "dozens of villagers") in _disputes(claims), _disputes(claims)


@slow
def test_a_misidentification_the_state_admits_grants_the_aim(real_extractor: Any) -> None:
    said = ("Nigeria's army chief said on Tuesday that drone operators had mistaken the "
            "gathering in Tarak for militants. ")
    claims = _analysed(real_extractor,
                     said + "Lt. Gen. Ali Dosa told residents the drone had been on a routine "
                     "mission against armed groups.")
    assert not _disputes(claims), _disputes(claims)
    # a rights group's word that the army mistook the gathering is no admission
    claims = _analysed(real_extractor,
                     "Amnesty International said drone operators had mistaken the gathering "
                     "in Tarak for militants. Nigeria's army said the strike had been aimed "
                     "at armed groups.")
    assert _disputes(claims), claims


@slow
def test_a_military_site_both_sides_name_is_no_dispute(real_extractor: Any) -> None:
    army = ("Drones struck the Tamar air base, a cargo warehouse and some homes near the "
            "airport on Sunday, the army said. ")
    claims = _analysed(real_extractor,
                     army + "Witnesses said the drones hit a military air base next to the "
                     "airport.")
    assert not _disputes(claims), _disputes(claims)
    claims = _analysed(real_extractor,
                     "Drones struck a cargo warehouse and some homes near the airport on "
                     "Sunday, the army said. Witnesses said the drones hit a military air "
                     "base next to the airport.")
    assert _disputes(claims), claims
