"""Accounts the parse hid behind an aside, a denial or another cause. The domain rule (a
party that says no civilians were there disputes an account of civilians hit) is tested on
built claims; the extraction rules parse team-written sentences with the real model
(``slow``): "with residents saying", "as reported by", "emphasized", "claims by X" after a
dateline, "denied that strikes took place", "denying targeting", "the victims ... died in",
"everyone inside ... were", "attributed the blasts to", "an accidental explosion", "fired
warning shots at suspects" (and mortar projectiles fired at people, "a strike that rights
groups say killed"), a rejected report's own author, attacks the parse joined to the
target, the attack that people "who were involved in" it did, an earlier event told in a
"where" clause, and "the army" never a health ministry.
Every name and place here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Actor
from tests.unit.test_accounts_beside_and_asides import _analysed, _claim, _told

slow = pytest.mark.slow

ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
OFFICIALS = Actor("xx.officials", "local officials", "official", "SL", "sl")


# ------------------------------------------------------------ nobody there, on built claims

def test_no_civilians_there_disputes_civilians_killed() -> None:
    claims = [_claim(OFFICIALS, "dozens of civilians", "civilians", "casualty.object"),
              _claim(ARMY, "no civilians", "civilians", "use.no_civilians_there",
                     action="use", negated=True, start=40)]
    assert [p.reason for p in find_conflicts(claims)] == ["presence"]


def test_no_civilians_there_does_not_dispute_a_depot_hit() -> None:
    claims = [_claim(OFFICIALS, "an arms depot", "military", "hit.object"),
              _claim(ARMY, "no civilians", "civilians", "use.no_civilians_there",
                     action="use", negated=True, start=40)]
    assert find_conflicts(claims) == []


# ------------------------------------------------------------ a count no larger than the fighters

def test_one_person_killed_does_not_dispute_two_fighters_struck() -> None:
    claims = [_claim(OFFICIALS, "at least one person", "civilians", "casualty.passive"),
              _claim(ARMY, "two rebel operatives", "armed_group", "hit.object", start=40)]
    assert find_conflicts(claims) == []


def test_ten_people_killed_disputes_two_fighters_struck() -> None:
    claims = [_claim(OFFICIALS, "ten people", "civilians", "casualty.passive"),
              _claim(ARMY, "two rebel operatives", "armed_group", "hit.object", start=40)]
    assert [p.reason for p in find_conflicts(claims)] == ["targets"]


def test_the_count_rule_compares_people_only_not_a_depot() -> None:
    # (whether one death beside a struck depot is a dispute is the target rules' call)
    claims = [_claim(OFFICIALS, "one person", "civilians", "casualty.passive"),
              _claim(ARMY, "a rebel depot", "armed_group", "hit.object", start=40)]
    assert [p.reason for p in find_conflicts(claims)] == ["targets"]


# ------------------------------------------------------------ extraction, real model

def _rules(extractor: Any, body: str) -> dict[str, tuple[str, str, bool]]:
    return {c.rule: (c.party.name, c.target.text, c.negated)
            for c in _analysed(extractor, body)}


@slow
def test_with_residents_saying_the_residents_speak(real_extractor: Any) -> None:
    told = _told(real_extractor, "Four explosions killed 24 people in Port Mira, with "
                                 "residents saying jets bombed four houses.")
    assert ("residents", "four houses", "civilian_site") in told, told


@slow
def test_as_reported_by_names_the_speaker(real_extractor: Any) -> None:
    told = _told(real_extractor, "Several children were killed in a bombing in Port Mira, "
                                 "as reported by the Red Crescent.")
    assert ("Red Crescent", "Several children", "civilians") in told, told
    # "as" that is no "as told by": the outlet's own words, no speaker named
    told = _told(real_extractor, "Several children were killed in a bombing in Port Mira "
                                 "as the fighting spread.")
    assert all(p != "Red Crescent" for p, _, _ in told), told


@slow
def test_a_spokesman_who_emphasized_speaks_for_the_victims(real_extractor: Any) -> None:
    told = _told(real_extractor, "Rebels killed 11 people at a mine in Port Mira, claiming "
                                 "the victims were soldiers. The defence ministry spokesman "
                                 "Tomas Rivera rejected the claim. He emphasized that the "
                                 "victims were civilians, not soldiers.")
    assert ("defence ministry spokesman Tomas Rivera", "civilians", "civilians") in told, told


@slow
def test_a_dateline_with_two_places_is_not_the_speaker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Port Mira / Lindale — The Red Hand rebel group has "
                                       "denied claims by the national army on Wednesday that "
                                       "they destroyed an aircraft in Port Mira.")
    assert claims and all("Lindale" not in c.party.name for c in claims), claims


@slow
def test_denied_that_strikes_took_place_is_an_account_of_no_strike(
        real_extractor: Any) -> None:
    body = ("Local media said the airstrikes killed 17 people in Port Mira. State television "
            "denied that airstrikes took place, calling the reports fake news.")
    rules = _rules(real_extractor, body)
    assert rules.get("nostrike.denied_happened") == ("State television", "airstrikes", True)
    assert "blame.noun" not in rules, rules
    said = _rules(real_extractor, "State television said that airstrikes took place.")
    assert "nostrike.denied_happened" not in said, said


@slow
def test_denying_targeting_after_saying_is_a_denial(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Red Hand hit back, saying the allegations were "
                                       "baseless and denying targeting civilians in Port Mira.")
    assert [(c.target.text, c.negated) for c in claims] == [("civilians", True)], claims


@slow
def test_people_who_died_in_a_strike_are_its_toll(real_extractor: Any) -> None:
    rules = _rules(real_extractor, "Four civilians died in the air strike on Port Mira, "
                                   "residents said.")
    assert rules.get("casualty.died") == ("residents", "Four civilians", False), rules
    rules = _rules(real_extractor, "Four climbers died in an avalanche, police said.")
    assert "casualty.died" not in rules, rules


@slow
def test_everyone_inside_the_site_names_who_was_hit(real_extractor: Any) -> None:
    body = ("Officials said the strike killed 12 people at a mosque in Port Mira. The "
            "defence ministry said everyone inside the mosque were rebel fighters.")
    told = _told(real_extractor, body)
    assert ("defence ministry", "rebel fighters", "armed_group") in told, told


@slow
def test_blasts_attributed_to_a_munitions_dump_are_another_cause(
        real_extractor: Any) -> None:
    body = ("Residents said jets bombed four houses in Port Mira. Two security officials "
            "denied the airstrike claims and attributed the blasts to an explosion in a "
            "munitions dump at a rebel hideout.")
    rules = _rules(real_extractor, body)
    assert rules.get("cause.attributed_to") == ("Two security officials", "explosion", False)
    rules = _rules(real_extractor, "Officials attributed the blasts to an air strike.")
    assert "cause.attributed_to" not in rules, rules


@slow
def test_an_accidental_explosion_is_another_cause(real_extractor: Any) -> None:
    rules = _rules(real_extractor, "The military council claimed that an accidental explosion "
                                   "killed dozens of people in the village.")
    assert rules.get("cause.accidental") == ("military council", "accidental explosion",
                                             False), rules
    rules = _rules(real_extractor, "The council said a huge explosion killed dozens of people.")
    assert "cause.accidental" not in rules, rules


@slow
def test_warning_shots_are_no_target_and_suspects_are_a_threat(real_extractor: Any) -> None:
    body = ("At least 12 people were killed as troops opened fire near an aid site, health "
            "officials said. The military said it fired warning shots at approaching suspects.")
    told = _told(real_extractor, body)
    assert ("military", "approaching suspects", "armed_group") in told, told
    assert all("shots" not in t for _, t, _ in told), told


@slow
def test_weapons_fired_at_people_are_no_target(real_extractor: Any) -> None:
    body = ("Survivors described border guards firing mortar projectiles and rockets at "
            "groups of travellers as they walked through the hills, the monitor said.")
    told = _told(real_extractor, body)
    assert any("travellers" in t for _, t, _ in told), told
    assert all("mortar" not in t and "rockets" not in t for _, t, _ in told), told


@slow
@pytest.mark.parametrize("speaker", ["local rights groups", "local rights defenders"])
def test_a_strike_that_a_group_says_killed_people_is_its_account(real_extractor: Any,
                                                                  speaker: str) -> None:
    body = ("Residents buried their dead on Monday, two days after a drone strike that "
            f"{speaker} say killed at least eight children in the Tenko district.")
    told = _told(real_extractor, body)
    assert any(p == speaker and "children" in t for p, t, _ in told), told


@slow
def test_a_rejected_report_is_its_authors_account(real_extractor: Any) -> None:
    body = ("The Northland government refuted the Harbour Watch report accusing it of causing "
            "civilian deaths in drone strikes in Port Mira.")
    told = _told(real_extractor, body)
    assert ("Harbour Watch", "civilian deaths", "civilians") in told, told
    assert all(p != "Northland government" for p, _, _ in told), told


@slow
def test_attacks_a_target_planned_are_no_second_target(real_extractor: Any) -> None:
    body = ("The army said the strike targeted a rebel command and control center used by "
            "senior operatives to plan and direct attacks against civilians and soldiers.")
    told = _told(real_extractor, body)
    assert ("army", "center", "armed_group") in told, told
    assert all(cls not in ("civilians", "military") for _, _, cls in told), told


@slow
def test_what_had_happened_where_the_strike_fell_is_an_earlier_event(
        real_extractor: Any) -> None:
    body = ("The strike occurred on Wednesday in the district, where rebel fighters had "
            "killed over 40 soldiers in the early morning, a councillor said.")
    assert _analysed(real_extractor, body) == []
    body = "Jets struck the district, where rebel fighters killed 40 soldiers, a councillor said."
    assert _analysed(real_extractor, body), "without 'had' the clause is no earlier event"


@slow
def test_the_army_is_never_the_health_ministry_that_gave_the_toll(
        real_extractor: Any) -> None:
    body = ("The ministry said an enemy strike killed one man in Port Mira. The army said it "
            "struck a rebel fighter in the south.")
    told = _told(real_extractor, body)
    assert ("army", "rebel fighter", "armed_group") in told, told


@slow
def test_the_attack_fighters_were_involved_in_is_what_they_did(real_extractor: Any) -> None:
    body = ("Jets bombarded the mosque after receiving information that fighters who were "
            "involved in the bloody attack on security forces were hiding there, a councillor "
            "said.")
    told = _told(real_extractor, body)
    assert ("councillor", "mosque", "civilian_site") in told, told
    assert all(t != "security forces" for _, t, _ in told), told


@slow
def test_the_slain_and_those_who_died_name_who_was_hit(real_extractor: Any) -> None:
    told = _told(real_extractor, "Residents said 15 farmers were killed. The general said the "
                                 "slain rebels in Port Mira were legitimate communist fighters.")
    assert ("general", "legitimate communist fighters", "armed_group") in told, told
    told = _told(real_extractor, "Residents said 15 farmers were killed. The general said all "
                                 "those who died in the encounter were rebels.")
    assert ("general", "rebels", "armed_group") in told, told
    rules = _rules(real_extractor, "Residents said 15 farmers were killed. The general said "
                                   "all those who fled the encounter were rebels.")
    assert "copula.those_who_died" not in rules, rules


@slow
def test_a_town_named_before_the_target_is_where_it_was_hit(real_extractor: Any) -> None:
    def places(body: str) -> dict[str, str | None]:
        return {c.target.text: c.place.name if c.place else None
                for c in _analysed(real_extractor, body)}
    got = places("The army said its inquiry into the strikes on a Gaza Hospital found that "
                 "troops were targeting a camera.")
    assert got.get("Gaza Hospital") == "Gaza Strip", got
    # a person's name or an airport's is no town
    got = places("The minister said the attack killed fisherman Alejandro Carranza.")
    assert got.get("fisherman Alejandro Carranza", "missing") is None, got
    got = places("The group said it fired a missile that hit Ben Gurion Airport itself.")
    assert got.get("Ben Gurion Airport", "missing") is None, got


@slow
@pytest.mark.parametrize("body", [
    "Northland executed three Tessit prisoners on the same day, rights groups said.",
    "Two inmates were executed at the central jail on Monday, rights groups said.",
])
def test_a_sentence_carried_out_is_no_strike(real_extractor: Any, body: str) -> None:
    assert not _told(real_extractor, body), body


@slow
def test_villagers_executed_by_gunmen_are_an_account(real_extractor: Any) -> None:
    told = _told(real_extractor, "Gunmen executed ten villagers, residents said.")
    assert any("villagers" in t for _, t, _ in told), told


# ------------------------------------------------------------ a monitor strikes nothing

def test_a_monitor_named_as_attacker_does_not_set_its_accounts_apart() -> None:
    from dataclasses import replace

    from pipeline.domain.incidents import apart, cues

    monitor = Actor("intl.watch", "Harbour Watch", "international_body", None, "intl.watch")
    toll = replace(_claim(monitor, "the toll", "civilians", "casualty.toll_statement"),
                   attacker=monitor)  # "It put the toll at 28": the parse's attacker
    fighters = _claim(monitor, "fighters", "armed_group", "use.presence", action="use",
                      negated=True, start=40)
    struck = replace(_claim(ARMY, "rocket launchers", "armed_group", "hit.object", start=80),
                     attacker=ARMY)
    told = cues([toll, fighters, struck])
    assert told[0].attacker is None
    assert apart(told[1], told[2]) is None
    assert find_conflicts([toll, fighters, struck]) != []


@slow
def test_a_finding_of_no_fighters_there_disputes_fighters_struck(real_extractor: Any) -> None:
    body = ("Harbour Watch said it had found no evidence that fighters were in or near the "
            "building. The army said it struck fighters in the building.")
    told = _told(real_extractor, body)
    assert any(p == "Harbour Watch" and "fighters" in t for p, t, _ in told), told
    claims = _analysed(real_extractor, body)
    assert find_conflicts(claims), claims


@slow
def test_no_information_about_deaths_is_still_no_account(real_extractor: Any) -> None:
    body = ("The ministry said it had no information about civilians being killed. The army "
            "said it struck a depot.")
    assert all(p != "ministry" for p, _, _ in _told(real_extractor, body))
