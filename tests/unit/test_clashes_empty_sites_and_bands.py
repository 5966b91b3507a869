"""Wire forms from older wars and ground killings, each with the real model (``slow``):
a force's "clashed with subversive elements" against villagers' account, a site called
empty against people killed there, fire "from the area of the school", bands and peoples
as attackers, and speakers a reporter names by the sentence before. Every name and place
here is invented, except the gazetteer bodies the rules must know and one city the
parse needs to read its sentence."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_admissions_seats_and_granted_sites import _disputes

slow = pytest.mark.slow


@slow
def test_a_clash_a_force_tells_disputes_the_villagers_killed(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Soldiers shot dead 40 unarmed villagers in Tarma on Sunday, a Senate "
                     "commission said. The army said in a statement that a patrol had "
                     'clashed with "subversive elements" in the area.')
    told = {(c.target.text, c.target.target_class, c.rule) for c in claims}
    assert ("subversive elements", "armed_group", "hit.clashed_with") in told, told
    assert ("40 unarmed villagers", "subversive elements") in _disputes(claims)
    # protesters' clash with police is no force's account of whom it fought
    claims = _analysed(real_extractor,
                     "Police fired tear gas in Tarma on Sunday. Protesters clashed with police "
                     "outside parliament, witnesses said.")
    assert all(c.rule != "hit.clashed_with" for c in claims), claims


@slow
def test_a_site_called_empty_disputes_the_people_killed_there(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Israel's army said a single errant mortar landed in the centre of an "
                     "empty courtyard at the Tarma school. The health ministry said at least "
                     "15 people were killed at the school.")
    pairs = [(p.reason, p.first.target.text, p.second.target.text)
             for p in find_conflicts(claims)]
    assert ("presence", "empty courtyard", "at least 15 people") in pairs, pairs
    # a courtyard with no word of who was in it is no such denial
    claims = _analysed(real_extractor,
                     "Israel's army said a single errant mortar landed in the centre of a "
                     "courtyard at the Tarma school. The health ministry said at least 15 "
                     "people were killed at the school.")
    assert not find_conflicts(claims), find_conflicts(claims)


@slow
def test_fire_from_the_area_of_a_struck_school_is_its_use(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Shells hit a United Nations school in Tarma on Thursday, killing 15 "
                     "people, health officials said. In a statement, the Israeli military "
                     "said that Hamas gunmen had fired anti-tank missiles at soldiers from the "
                     "area of the school.")
    used = [(c.target.text, c.rule) for c in claims if c.rule.startswith("use.")]
    assert used == [("Hamas gunmen", "use.fire_from")], used
    assert ("15 people", "Hamas gunmen") in _disputes(claims)


@slow
def test_operating_against_is_a_forces_aim(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Amnesty said the attacks struck homes and ambulances in Tarma. The "
                     "Israeli military rejected the findings. A spokesman said forces in "
                     "Tarma had been operating against Hamas militants.")
    aim = [c for c in claims if c.rule == "hit.at_operating"]
    assert [(c.target.text, c.party.id) for c in aim] == [("Hamas militants", "il.idf")], aim
    assert ("Hamas militants", "homes") in _disputes(claims)


@slow
def test_a_bare_spokesman_speaks_for_the_body_before_only(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "The Varan government said the jets hit a depot in Tarma. A spokesman "
                     "said the dead were fighters.")
    fighters = [c.party for c in claims if c.target.text == "fighters"]
    assert fighters and fighters[0].id == "org.varan-government", fighters
    claims = _analysed(real_extractor,
                     "Residents said the jets hit a school in Tarma. A spokesman said the "
                     "strike hit a depot.")
    depot = [c.party.id for c in claims if c.target.text == "depot"]
    assert depot and depot[0] != "source.resident", depot


@slow
def test_vehicles_listed_with_homes_are_civilian(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Amnesty said the attacks in Tarma struck homes, moving vehicles, "
                     "ambulances and people fleeing on foot.")
    vehicles = [c.target.target_class for c in claims if c.target.text == "moving vehicles"]
    assert vehicles == ["civilian_site"], claims
    claims = _analysed(real_extractor,
                     "The army said its jets struck tanks and armoured vehicles in Tarma.")
    vehicles = [c.target.target_class for c in claims if c.target.text == "armoured vehicles"]
    assert vehicles == ["military"], claims


@slow
def test_a_peoples_forces_and_bands_strike_as_armed_men(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "The Varan army said its artillery had fired only at Moslem military "
                     "positions around Tarma from which, it said, Moslem forces had been "
                     "attacking Serb villages. A U.N. aid official said the shells killed 56 "
                     "people in Tarma, including children.")
    assert ("56 people", "Moslem military positions") in _disputes(claims), claims
    claims = _analysed(real_extractor,
                     "Rebels killed scores of people in an attack on a camp in Tarma, "
                     "survivors said. The army said a large group of rebels overran the local "
                     "militia guarding the camp.")
    militia = [c for c in claims if c.target.text == "local militia"]
    assert militia and all(c.attacker is not None and c.attacker.type == "armed_group"
                           for c in militia), militia
    # the rebels' attack on the state's militia is the rest of their attack, no dispute
    assert not _disputes(claims), _disputes(claims)


@slow
def test_a_mob_attacks_apart_from_the_army_strike(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Overnight, mobs roamed Abidjan, looting French-owned shops and attacking "
                     "the homes and schools of French expatriates, residents said. French "
                     "forces destroyed two Sukhoi jets at the airfield, the French military "
                     "said.")
    homes = [c for c in claims if c.target.text == "homes"]
    assert homes and all(c.attacker is not None and c.attacker.type == "armed_group"
                         for c in homes), homes
    assert not _disputes(claims), _disputes(claims)


@slow
def test_fired_mortar_bombs_are_no_target(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "The United Nations says it is certain that the mortar bombs which "
                     "killed 37 people in a Tarma market on Monday were fired from Varan "
                     "positions.")
    assert [c.target.text for c in claims] == ["37 people"], claims


@slow
def test_a_military_spokesman_is_no_prosecutors(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Gunmen opened fire on worshippers in Tarma, the prosecutor's office said "
                     "in a statement on Saturday.\n\nMilitary spokesman Colonel Ali Dosa said "
                     "on Friday night that air force jets had destroyed several vehicles used "
                     "in the attack.")
    vehicles = [c.party.name for c in claims if c.target.text == "several vehicles"]
    assert vehicles == ["Military spokesman Colonel Ali Dosa"], vehicles


@slow
def test_things_found_are_no_report(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Survivors and relatives have given investigators a different picture. "
                     "They say the soldiers found no weapons, met no resistance and killed "
                     "unarmed farmers in Tarma.")
    assert [(c.party.name, c.target.text) for c in claims] == [
        ("Survivors and relatives", "unarmed farmers")], claims


@slow
def test_any_civilians_killed_grants_no_harm_beside_the_aim(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Soldiers killed hundreds of villagers in Tarma, survivors said. An armed "
                     'forces spokesman said the operation was aimed at "terrorist positions" '
                     "and that any civilians killed had died in crossfire.")
    assert ("hundreds of villagers", "terrorist positions") in _disputes(claims), claims


@slow
def test_he_never_held_a_gun_disputes_that_he_was_a_fighter(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Police shot dead Ravi Munda in an encounter near Tarma on Friday. \"He "
                     "was an active member of the Maoist squad,\" a senior police officer said. "
                     "\"He never held a gun,\" his wife said.")
    pairs = [(p.reason, p.first.target.text, p.second.target.text)
             for p in find_conflicts(claims)]
    assert ("presence", "active member of the Maoist squad", "gun") in pairs, pairs


@slow
def test_the_plane_is_the_aircraft_fired_at(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "A Varan Navy cruiser on Sunday fired two missiles at an aircraft it "
                     "identified as a fighter jet, the ministry said. Iran said the plane was a "
                     "civilian Airbus carrying 290 people.")
    said = [(c.target.text, c.target.target_class, c.rule) for c in claims
            if c.party.id == "state.ir"]
    assert said == [("civilian Airbus", "civilian_site", "copula.struck_subject")], said
    # the ship is the boat fired at, as the plane is the aircraft
    claims = _analysed(real_extractor,
                     "A Varan Navy cruiser on Sunday fired two missiles at a boat carrying "
                     "fighters, the ministry said. Iran said the ship was a fishing trawler.")
    said = [(c.target.text, c.rule) for c in claims if c.party.id == "state.ir"]
    assert said == [("fishing trawler", "copula.struck_subject")], said


@slow
def test_a_military_spokesmans_dead_soldiers_are_its_own(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     '"Shells are falling on houses and in the streets," a resident of Tarma '
                     "said by telephone.\n\nTwo soldiers were killed and a third was believed to "
                     "have been seized, a military spokesman said.")
    assert not _disputes(claims), _disputes(claims)


@slow
def test_warships_sunk_off_a_coast_are_struck_there(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Turkey said its warplanes sank Greek warships off the west coast of "
                     "Cyprus on Sunday.")
    sunk = [(c.target.text, c.place.name if c.place else None) for c in claims]
    assert sunk == [("Greek warships", "Cyprus")], sunk


@slow
def test_the_attack_a_strike_answers_places_nothing(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "US jets on Sunday struck five sites belonging to the Kataib Hezbollah "
                     "militia in Iraq and Syria, the Pentagon said, in retaliation for a "
                     "rocket attack that killed a contractor at a base near Kirkuk.")
    places = {c.place.name for c in claims if c.target.text == "five sites" and c.place}
    assert places == {"Iraq"}, places
