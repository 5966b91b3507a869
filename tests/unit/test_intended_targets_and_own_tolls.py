"""What a strike was meant to hit when its party says what it hit instead, a host's own
men killed beside a strike on others, "the bombing of" a building, and a hyphened
"military-industrial" that names no army. Domain rules with hand-built claims; stories
with the real model (``slow``). Names and places are invented."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from pipeline.domain.models import Actor
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_incidents import ARMY, claim, paired, rule

slow = pytest.mark.slow

HOST = Actor("sl.interior-ministry", "Southland interior ministry", "ministry", "SL", "sl")


# ------------------------------------------------------------------ own men killed as well

def test_a_hosts_own_man_killed_as_well_disputes_no_target() -> None:
    # "a member of its internal security forces was also killed", the host's interior
    # ministry said of a strike the army says hit a meeting of rebel leaders: the
    # ministry's own men (incident.own_soldiers), not its account of the target
    sentence = "The interior ministry said a member of its security forces was also killed."
    own = replace(claim(HOST, "member of its security forces", "military",
                        sentence=sentence, own=True, attacker=None),
                  rule="casualty.passive")
    leaders = replace(claim(ARMY, "meeting of the rebel leadership", "armed_group",
                            start=200), rule="hit.object")
    assert rule(own, leaders) == "incident.own_forces"
    assert not paired(own, leaders)
    # men it does not call its own are no own forces
    assert rule(replace(own, own_target=False), leaders) is None


# ------------------------------------------------------------------ stories

@slow
def test_an_intended_target_beside_the_building_hit_by_error_is_no_dispute(
        real_extractor: Any) -> None:
    body = ("The strike before dawn on Friday flattened a building in the Kelo district of "
            "Mesra, residents said.\n\nCoalition spokesman Colonel Kamal Dura said on Saturday "
            "that the intended target of Friday's strike was a rebel command centre, but that "
            "a technical error had led to the accidental bombing of a civilian building in "
            "Kelo.")
    claims = _analysed(real_extractor, body)
    told = {(c.rule, c.target.text) for c in claims}
    assert ("hit.at_intended_target", "rebel command centre") in told, told
    assert ("noun.of_object", "civilian building") in told, told
    assert not paired(*claims)
    # the spokesman's word that the target was the command centre, with no word of a
    # building hit instead, is his account of what was hit: the dispute stands
    plain = body.split(", but that")[0].replace("the intended target", "the target") + "."
    assert paired(*_analysed(real_extractor, plain))


@slow
def test_the_bombing_of_a_site_names_what_was_struck(real_extractor: Any) -> None:
    told = {(c.party.name, c.target.text, c.target.target_class) for c in _analysed(
        real_extractor, "Residents described the bombing of a clinic in Mesra on Monday.")}
    assert ("Residents", "clinic", "civilian_site") in told, told
    # whose attack "of" names is the attacker, not what was struck
    told = {c.target.text for c in _analysed(
        real_extractor, "Residents described the attack of the rebels in Mesra on Monday.")}
    assert "rebels" not in told, told


@slow
def test_a_military_industrial_complex_names_no_army(real_extractor: Any) -> None:
    facilities = [c.target for c in _analysed(
        real_extractor, "Russia's defence ministry said its forces had struck energy facilities "
                        "that support the operation of enterprises of Ukraine's "
                        "military-industrial complex.")]
    assert [(t.text, t.target_class) for t in facilities] == [
        ("energy facilities", "infrastructure")], facilities
    # the army itself in the clause still makes the site its own
    used = [c.target for c in _analysed(
        real_extractor, "Russia's defence ministry said its forces had struck energy facilities "
                        "that Ukraine's military uses.")]
    assert [t.target_class for t in used] == ["military"], used
