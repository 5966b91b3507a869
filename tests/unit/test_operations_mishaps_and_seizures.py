"""Denied operations, mishaps, seized sites, and the dead named again.

Shapes from a third set of probe articles a helper wrote without seeing the rules:

- "no air operation took place": an operation of arms by its kind is a strike denied;
  "destroyed by a gas cylinder explosion" is another cause than a strike; a story that
  says a clinic "was bombed ..., killing a nurse and two patients" passes the topic gate.
- "the shootout left three robbers dead": one firefight's toll.
- "the dead were brought to the hospital, whose director told reporters they were
  shepherds": "they" stands for the dead, not for the reporters; "whose" is no part of
  the director's name. "Witnesses described the four young men as students" after a toll
  of four.
- "scored direct hits on the barracks", "silenced gun positions": hits on a target.
- "the plant was untouched" answers "knocked out the power station" (one site, two
  names); a missile that "came down in a dry riverbed, causing no injuries" missed.
- "the building had been taken over as a hideout by fighters", "fighters were using it
  to store arms", "only patients and staff were inside".
- "the building on Kessa Street was a drone store, the army said after the air raid":
  the site of a strike told without a target; "the building that collapsed".
- "the boat was the Sea Lark, a trawler": a named craft is what its apposition says.
- "a logistics base used by the army, not a water facility" (a parse repair), and a water
  facility answers a water treatment plant.

And from a set of probes built as traps and a set of full-length probes:

- "killing three of them" passes the gate; a queue outside a bakery is people; a bridge
  "still standing" was not brought down.
- A drone the defenders shot down and the launchers say "was brought down" is one
  interception, no dispute.
- 'killed "eight commanders gathered for a meeting"' (a parse repair) and "the gathering
  was a wake", whose day is the strike's, not the day the elder died.
- "men they said were smuggling weapons" are armed; "relatives identified the dead as
  cousins" is the relatives' account; "they were loaded with flour" after a raid on a
  column; "running a command centre from its basement"; "no fighters had ever entered".
- "has bombed schools for six years" is a line of the war; "officials on both sides"
  speak for no side.

And from probes of police, sea and works stories: "shot dead two people" passes the gate;
engineers and tenants are civilians (army engineers soldiers); "had fired on and sunk a
boat"; "derailed a supply train", "wagons of ammunition"; officers "forced to fire" on a
mob; drones "brought down before they reached the site"; rifles are arms (grenades the
attackers carried name no site); a group confirming its commander killed in a raid on "a
rebel camp" agrees with the army; "no soldiers were there"; "among the bodies brought in
were three children"; a car "believed to be carrying explosives for an attack on the
town"; "there had never been military equipment at the school".
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.claims import matches
from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.models import Target
from pipeline.nlp.gate import TopicGate
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _told(claims: list[Any]) -> set[tuple[str, str, bool]]:
    return {(c.target.text, c.target.target_class, c.negated) for c in claims}


def _rules(claims: list[Any]) -> set[str]:
    return {c.rule for c in claims}


# ------------------------------------------------------------------ operations and mishaps

@slow
def test_no_air_operation_denies_the_strike(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Villagers in Dorba said a drone destroyed a bakery on Friday, killing "
                       "its owner. The defence ministry said no air operation took place in "
                       "the district that day.")
    assert "nostrike.no_operation" in _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_no_rescue_operation_denies_nothing(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Villagers in Dorba said a drone destroyed a bakery on Friday, killing "
                       "its owner. The governor said no rescue operation took place until the "
                       "next morning.")
    assert "nostrike.no_operation" not in _rules(claims), claims
    assert not find_conflicts(claims), claims


@slow
def test_destroyed_by_a_gas_explosion_is_another_cause(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Residents of Pelan said a missile flattened a house, killing a family "
                       "of four. Police said the house was destroyed by a gas cylinder "
                       "explosion.")
    assert "cause.destroyed_by_mishap" in _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_destroyed_by_a_missile_explosion_is_no_other_cause(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Residents of Pelan said a missile flattened a house, killing a family "
                       "of four. Police said the house was destroyed by a missile explosion.")
    assert "cause.destroyed_by_mishap" not in _rules(claims), claims


def test_a_toll_of_a_person_and_a_count_passes_the_gate() -> None:
    gate = TopicGate.default()
    assert gate.decide("The charity said its clinic was bombed on Tuesday, killing a nurse "
                       "and two patients.").passes
    assert not gate.decide("The novel killed off a villain and two minor characters in "
                           "its last chapter.").passes


# ------------------------------------------------------------------ tolls and the dead again

@slow
def test_a_shootout_that_left_robbers_dead_is_a_toll(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Police said a shootout in Sorin left three armed robbers dead. "
                       "Relatives said the three were apprentices walking home.")
    assert ("three armed robbers", "armed_group", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_they_after_the_dead_brought_to_a_hospital(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "An air strike near Hadra killed five members of a rebel cell, the "
                       "army said. The dead were taken to the clinic in Velt, whose doctor, "
                       "Mara Quell, told journalists they were farmers.")
    assert ("farmers", "civilians", False) in _told(claims), claims
    assert all(not c.party.name.lower().startswith("whose") for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_men_described_as_students_after_a_toll(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Police said officers killed four gang members in Arno. Neighbours who "
                       "saw the shooting described the four young men as unarmed students.")
    assert "copula.toll_described_as" in _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_men_described_after_attackers_stand_between_are_not_the_dead(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Police said officers killed four gang members in Arno. Soldiers later "
                       "chased the attackers. Neighbours described the men as students.")
    assert "copula.toll_described_as" not in _rules(claims), claims


# ------------------------------------------------------------------ hits told otherwise

@slow
def test_scored_direct_hits_on_a_barracks(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Velt Front said its gunners scored direct hits on the Umbel "
                       "barracks. A regional commander said every shell fell in empty "
                       "farmland.")
    assert ("Umbel barracks", "military", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_silenced_gun_positions_but_not_critics(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Rebels said their mortars silenced army gun positions near Kessa.")
    assert "hit.silenced" in _rules(claims), claims
    claims = _analysed(real_extractor,
                       "Rebels said the government silenced its critics before the vote.")
    assert "hit.silenced" not in _rules(claims), claims


@slow
def test_untouched_plant_answers_the_power_station(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Rebels said their rockets knocked out the Dorba power station. The "
                       "operator said the plant was untouched and working normally.")
    assert find_conflicts(claims), claims


@slow
def test_a_missile_that_came_down_in_a_riverbed_missed(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Quelta Front said its missile destroyed a fuel depot at Pelan "
                       "airport. Airport officials said the missile never got there; it "
                       "malfunctioned and came down in a dry riverbed, causing no injuries.")
    assert "miss.open_ground_came_down" in _rules(claims), claims
    assert find_conflicts(claims), claims


# ------------------------------------------------------------------ what a site was used as

@slow
def test_a_school_taken_over_as_a_hideout(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A relief agency said an air raid on a school sheltering families in "
                       "Hadra killed 11 people. The army said the school had been taken over "
                       "as a hideout by fighters.")
    assert "use.taken_over_as" in _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_a_hall_taken_over_as_a_clinic_is_no_armed_use(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A relief agency said an air raid on a school in Hadra killed 11 "
                       "people. The mayor said the hall had been taken over as a clinic.")
    assert "use.taken_over_as" not in _rules(claims), claims


@slow
def test_fighters_using_it_to_store_arms_against_only_patients_inside(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Soldiers raided a clinic in Sorin on Monday; the army said gunmen "
                       "were using it to store weapons. Doctors said only patients and nurses "
                       "were inside when the soldiers opened fire, killing three.")
    assert {"use.using_to_keep", "use.only_inside"} <= _rules(claims), claims
    assert find_conflicts(claims), claims


# ------------------------------------------------------------------ sites named again

@slow
def test_the_building_after_an_air_raid_with_no_target(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The building on Kessa Street was a drone store, the army said after "
                       "the air raid on Tuesday. Neighbours said it was the home of a retired "
                       "teacher.")
    assert find_conflicts(claims), claims


@slow
def test_the_building_with_no_strike_told_is_no_target(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The building on Kessa Street was a drone store, the army said on "
                       "Tuesday after a long inquiry.")
    assert not claims, claims


@slow
def test_the_building_that_collapsed_is_the_struck_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Jets destroyed an arms depot in Dorba, the ministry said. Residents "
                       "said the building that collapsed was a primary school.")
    assert ("primary school", "civilian_site", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_a_named_boat_is_what_its_apposition_says(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The navy said its cutters fired on a boat smuggling weapons off Umbel. "
                       "A fishing union said the boat was the Sea Lark, a trawler with a "
                       "crew of five.")
    assert ("Sea Lark", "civilian_site", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_not_a_water_facility_after_a_base_used_by_the_army(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A drone knocked out the Pelan water pumping plant, the city utility "
                       "said. An army spokesman said the drone hit a depot used by the "
                       "militia, not a water facility.")
    assert ("water facility", "infrastructure", True) in _told(claims), claims
    assert find_conflicts(claims), claims


def test_works_of_one_kind_match_by_a_shared_word() -> None:
    groups = GroupDirectory()
    water = Target("water facility", "infrastructure")
    plant = Target("main water treatment plant", "infrastructure")
    bridge = Target("the bridge", "infrastructure")
    station = Target("the power station", "infrastructure")
    assert matches(water, plant, groups)
    assert not matches(bridge, station, groups)


# ------------------------------------------------------------------ a second probe set

def test_killing_three_of_them_passes_the_gate() -> None:
    gate = TopicGate.default()
    assert gate.decide("Police said they opened fire at men hurling petrol bombs at a "
                       "station, killing three of them.").passes


@slow
def test_a_queue_of_people_and_a_bridge_still_standing(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The army said its jets destroyed the Hadra bridge, a crossing used by "
                       "rebels. Residents said the bridge was still standing and that the "
                       "bombs fell on a queue outside a bakery.")
    assert ("queue", "civilians", False) in _told(claims), claims
    assert "miss.still_standing" in _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_men_still_standing_outside_deny_nothing(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The army said its jets destroyed the Hadra bridge. Residents said the "
                       "men were standing outside a bakery.")
    assert "miss.still_standing" not in _rules(claims), claims


@slow
def test_a_drone_both_sides_say_was_brought_down(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Air defences shot down a drone launched toward the Pelan air base, the "
                       "military said, adding there was no damage. The Dorba Front later said "
                       "that \"our drone was brought down before it reached the base\".")
    assert not find_conflicts(claims), claims


@slow
def test_a_drone_the_launchers_say_hit_the_base(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Air defences shot down a drone launched toward the Pelan air base, the "
                       "military said. The Dorba Front said its drone hit a hangar at the "
                       "base.")
    assert find_conflicts(claims), claims


@slow
def test_commanders_gathered_for_a_meeting_and_the_gathering_a_wake(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The army said a drone raid near Sorin on Saturday killed \"eight "
                       "commanders of the Velt Front gathered for a meeting\". Residents said "
                       "the gathering was a wake for an elder who died on Friday.")
    assert ("wake for an elder", "civilians", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_men_they_said_were_smuggling_weapons_are_armed(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Border guards shot dead two men they said were smuggling weapons near "
                       "Quelta, the interior ministry said. The village headman said they "
                       "were shepherds.")
    assert any(c.target.target_class == "armed_group" for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_relatives_identified_the_dead_as_brothers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Commandos killed four rebel fighters in a raid on a farmhouse near "
                       "Arno, the army said. Relatives identified the dead as four cousins "
                       "who grew olives.")
    assert any(c.party.name == "Relatives" and c.target.target_class == "civilians"
               for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_they_loaded_with_flour_after_a_raid_on_a_column(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Nine lorries burned after an air raid that the air force said was "
                       "aimed at a rebel supply column. The relief agency that hired the "
                       "vehicles said they were loaded with flour.")
    assert "use.packed_with_civil" in _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_a_command_centre_run_from_a_basement_and_no_fighters_entered(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The army said it raided Hadra hospital because militants were running "
                       "a command centre from its basement. Nurses said no fighters had ever "
                       "entered the building.")
    assert {"use.ran_from", "use.none_entered"} <= _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_bombing_schools_for_six_years_is_a_line_of_the_war(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Jets bombed an arms dump outside Kessa on Tuesday, the army said. A "
                       "rebel spokesman said: \"This regime has bombed schools and hospitals "
                       "for six years.\"")
    assert not find_conflicts(claims), claims


@slow
def test_officials_on_both_sides_speak_for_no_side(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "An air raid destroyed the home of a Velt Front commander in Dorba, "
                       "killing him and his wife, officials on both sides said. The army said "
                       "the raid was aimed at the house of Jon Tarel.")
    assert not find_conflicts(claims), claims


# ------------------------------------------------------------------ police, sea and works

def test_shot_dead_two_people_passes_the_gate() -> None:
    gate = TopicGate.default()
    assert gate.decide("Guards at a mill shot dead two people on Friday during what the "
                       "owners called a break-in.").passes
    assert gate.decide("Two men were shot dead outside the mill gates, the union said, "
                       "and guards fired again at dawn.").passes


@slow
def test_engineers_are_civilians_and_army_engineers_soldiers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Shelling killed four people at the Hadra pumping station. The Velt "
                       "Front said its gunners destroyed an army observation post there. The "
                       "water utility said the four dead were engineers.")
    assert ("engineers", "civilians", False) in _told(claims), claims
    assert find_conflicts(claims), claims
    claims = _analysed(real_extractor,
                       "The Velt Front said its shells killed six army engineers repairing a "
                       "bridge near Hadra.")
    assert any(c.target.target_class == "military" for c in claims), claims


@slow
def test_a_boat_fired_on_and_sunk(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The navy said a patrol boat had fired on and sunk a boat smuggling "
                       "weapons off Umbel. A fishing union said the boat was a trawler.")
    assert any(c.party.name == "navy" and c.rule == "hit.object" for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_a_derailed_train_and_wagons_of_ammunition(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Velt Front said its fighters derailed a military supply train near "
                       "Sorin, destroying wagons of ammunition. The railway said eight "
                       "passengers were killed.")
    assert ("wagons of ammunition", "military", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_officers_forced_to_fire_on_a_mob_against_tenants(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Police said officers guarding bailiffs in Pelan were attacked by a mob "
                       "armed with machetes and were forced to fire, killing three. Residents "
                       "said the three dead were elderly tenants.")
    assert "use.assailants_by" in _rules(claims), claims
    assert ("elderly tenants", "civilians", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_drones_brought_down_before_they_reached_the_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Velt Front said its drones had destroyed a fuel tank at the Dorba "
                       "refinery. The refinery's owner said its guards had brought down all "
                       "five drones before they reached the site.")
    assert "miss.brought_down_before" in _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_rifles_are_arms_and_grenades_name_no_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Soldiers raided a clinic in Sorin; the army said gunmen were using it "
                       "to store rifles.")
    assert ("rifles", "military", False) in _told(claims), claims
    claims = _analysed(real_extractor,
                       "Witnesses in Kessa said the gunmen, several carrying hand grenades, "
                       "stormed the compound before dawn.")
    assert all(c.target.target_class != "military" for c in claims), claims


@slow
def test_a_group_confirming_its_commander_killed_agrees(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A raid on a rebel camp near Quelta killed a senior commander of the "
                       "Dorba Brotherhood, the army said. The group confirmed the death of its "
                       "commander in a statement.")
    assert not find_conflicts(claims), claims


@slow
def test_no_soldiers_were_there_answers_soldiers_killed(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Velt Front said it killed about 20 soldiers in an assault on an "
                       "army post at Sorin. A defence official said the post had been "
                       "evacuated and that no soldiers were there.")
    assert "use.none_there_subject" in _rules(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_among_the_bodies_were_children(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "All 14 people killed in the sweep near Hadra were fighters, the army "
                       "said. The director of the district hospital said among the bodies "
                       "brought in were three children.")
    assert ("three children", "civilians", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_among_the_guests_were_children_is_no_toll(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Jets struck a depot near Hadra, the army said. The mayor said among "
                       "the guests at the feast that night were three children.")
    assert not any(c.rule.startswith("copula.among_the_dead") for c in claims), claims


@slow
def test_a_car_believed_to_be_carrying_explosives_for_an_attack(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Soldiers at a checkpoint near Tara opened fire on a car, killing four "
                       "people. An army spokesman said the car was believed to be carrying "
                       "explosives for an attack on the town. A doctor said the dead were a "
                       "farmer, his wife and their two sons.")
    assert ("explosives", "armed_group", False) in _told(claims), claims
    assert "town" not in {c.target.text for c in claims}, claims  # an attack it was for
    assert find_conflicts(claims), claims


@slow
def test_responsibility_for_an_attack_is_no_intent(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Velt Front claimed responsibility for an attack on the army post "
                       "at Sorin, saying its fighters destroyed a tank.")
    assert any(c.target.target_class == "military" for c in claims), claims


@slow
def test_no_military_equipment_at_the_school_answers_a_battery(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Dorba general staff said its missile destroyed an air defence "
                       "battery in the sports ground of a school in Pelan. Teachers said "
                       "there had never been military equipment at the school.")
    assert find_conflicts(claims), claims


@slow
def test_a_policy_line_joined_to_a_past_verb_stays_a_line(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A strike on a block of flats in Tara killed nine people, the health "
                       "office said. A military spokesman said he knew nothing of it but "
                       "that the armed forces \"only target terrorist infrastructure and take "
                       "every care to spare civilians\".")
    assert not find_conflicts(claims), claims
