"""Accounts that a weapon was stopped, that the fighters were gone, and of who a person
hit was; speakers behind evidence, quotes and relative clauses; target classes a site, a
use or a convoy's vehicles decide. The domain rules (interception, fighters gone, a
region holding its places, a party's own toll it then says was a combatant) are tested on
built claims; the extraction rules parse team-written sentences with the real model
(``slow``). Every person and place here is invented, except the gazetteer's armed groups
and alliances and one city the recogniser must know as a place."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.domain.claims import same_place
from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Actor, Evidence, Place
from pipeline.nlp.index import default_resolver
from tests.unit.test_accounts_beside_and_asides import _analysed, _claim, _told

slow = pytest.mark.slow

ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
REBELS = Actor("group.x", "Southland rebels", "armed_group", "SL", "group.x")
OFFICIALS = Actor("xx.officials", "local officials", "official", "SL", "sl")
RESIDENTS = Actor("source.resident", "residents", "source", None, None)


def _rules(extractor: Any, body: str) -> dict[str, tuple[str, str, str, bool]]:
    return {c.rule: (c.party.name, c.target.text, c.target.target_class, c.negated)
            for c in _analysed(extractor, body)}


# ------------------------------------------------------------ built claims: interception

def _intercepted(start: int = 40, **kw: Any) -> Any:
    return _claim(ARMY, "the missile", "unknown", "miss.intercepted", action="miss",
                  negated=True, start=start, **kw)


def test_an_interception_disputes_a_hit_on_the_airport() -> None:
    claims = [_claim(REBELS, "the airport", "infrastructure", "hit.object",
                     sentence="The rebels said their missile struck the airport."),
              _intercepted()]
    assert [p.reason for p in find_conflicts(claims)] == ["miss"]


def test_an_interception_does_not_dispute_an_aim_a_toll_or_debris() -> None:
    aim = _claim(REBELS, "the airport", "infrastructure", "hit.object",
                 sentence="The rebels launched two missiles, claiming to have targeted the "
                          "airport.")
    toll = _claim(OFFICIALS, "two people", "civilians", "casualty.passive",
                  sentence="Two people were hurt running to shelters, officials said.")
    debris = _claim(RESIDENTS, "a house", "civilian_site", "hit.object",
                    sentence="Residents said debris from the missile hit a house.")
    for other in (aim, toll, debris):
        assert find_conflicts([other, _intercepted()]) == [], other.evidence.sentence


def test_an_interception_told_on_another_day_is_another_salvo() -> None:
    day1 = datetime(2025, 5, 22, tzinfo=UTC)
    day2 = datetime(2025, 5, 23, tzinfo=UTC)
    hit = _claim(REBELS, "the airport", "infrastructure", "hit.object",
                 sentence="The rebels said their missile struck the airport.")
    hit = replace(hit, evidence=replace(hit.evidence, published=day2))
    stopped = _intercepted()
    stopped = replace(stopped, evidence=Evidence("a2", "Wire B", "The army said it "
                      "intercepted the missile.", 0, 10, published=day1))
    assert find_conflicts([hit, stopped]) == []
    stopped = replace(stopped, evidence=replace(stopped.evidence, published=day2))
    assert [p.reason for p in find_conflicts([hit, stopped])] == ["miss"]


# ------------------------------------------------------------ built claims: fighters gone

def test_fighters_gone_dispute_fighters_struck_not_a_depot() -> None:
    gone = _claim(RESIDENTS, "the militants", "armed_group", "use.left_before",
                  action="use", negated=True, start=40)
    fighters = _claim(ARMY, "Southland fighters", "armed_group", "hit.object")
    depot = _claim(ARMY, "a rebel depot", "armed_group", "hit.object")
    assert [p.reason for p in find_conflicts([fighters, gone])] == ["presence"]
    assert find_conflicts([depot, gone]) == []


# ------------------------------------------------------------ built claims: places and tolls

def test_a_region_holds_a_place_of_its_country_but_not_one_far_away() -> None:
    strip = Place("Coast Strip", None, "SL", None, 31.4, 34.4, kind="region")
    province = Place("Mid Province", 7, "SL", "Mid Province", kind="admin1")
    far_town = Place("Hill Town", 8, "SL", "North", 32.5, 35.3, kind="city")
    assert same_place(strip, province)
    assert not same_place(strip, far_town)
    assert not same_place(strip, replace(province, country="NL"))


def test_a_partys_own_toll_it_then_names_a_commander_answers_nobody() -> None:
    # "confirmed a strike killed journalist X, claiming he was the head of a cell": the
    # party's count of the journalist is its account of a combatant, not of a civilian
    # (same sentence); counter-example: the toll alone disputes another's combatant account
    toll = _claim(ARMY, "journalist Jon Arno", "civilians", "casualty.object", start=10)
    named = _claim(ARMY, "head of a rebel cell", "armed_group", "copula.victim_pronoun_one",
                   start=10)
    post = _claim(OFFICIALS, "a rebel post", "armed_group", "hit.object", start=90)
    assert find_conflicts([toll, named, post]) == []
    assert [p.reason for p in find_conflicts([toll, post])] == ["targets"]


# ------------------------------------------------------------ extraction, real model

@slow
def test_an_interception_is_a_miss_only_for_the_whole_salvo(real_extractor: Any) -> None:
    rules = _rules(real_extractor, "Air defences intercepted the incoming missiles, the "
                                   "army said.")
    assert rules.get("miss.intercepted", ("",) * 4)[3] is True, rules
    rules = _rules(real_extractor, "Air defences shot down the drone over Port Mira, the "
                                   "army said.")
    assert "miss.shot_down" in rules, rules
    # "all 20 drones": the parse hangs "all" on the count, and the whole salvo is stopped
    rules = _rules(real_extractor, "The air force said it shot down all 20 drones launched "
                                   "at Port Mira overnight.")
    assert "miss.shot_down" in rules, rules
    for body in ("Air defences intercepted six of nine missiles, the army said.",
                 "The air force said it shot down 20 drones launched at Port Mira overnight.",
                 "The army said the rocket that landed on the building was shot down by "
                 "air defences.",
                 "Debris from an intercepted drone hit a house in Port Mira."):
        rules = _rules(real_extractor, body)
        assert not {"miss.intercepted", "miss.shot_down"} & rules.keys(), (body, rules)


@slow
def test_fighters_who_left_before_the_strike(real_extractor: Any) -> None:
    rules = _rules(real_extractor, "The army said its jets struck fighters in Kamari on "
                                   "Monday. Villagers said the gunmen had left the village a "
                                   "day before the bombardment.")
    assert rules.get("use.left_before", ("",) * 4)[2:] == ("armed_group", True), rules
    rules = _rules(real_extractor, "The army said its jets struck fighters in Kamari on "
                                   "Monday. Villagers said the gunmen left the village "
                                   "before the talks.")
    assert "use.left_before" not in rules, rules


@slow
def test_what_a_party_called_the_person_hit(real_extractor: Any) -> None:
    body = ("A drone strike hit a house in Kamari, killing eight members of a family, the "
            "health ministry said. The army described {} as a senior rebel commander.")
    for name in ("Ali Ondo", "Tomas Reyes"):  # the parse hangs the "as" on the verb or name
        told = body.format(name)
        assert find_conflicts(_analysed(real_extractor, told)), told
        rules = {r: v for r, v in _rules(real_extractor, told).items()
                 if r.startswith("copula.identified_person_as")}
        assert [v[2] for v in rules.values()] == ["armed_group"], rules
        rules = _rules(real_extractor, f"The coach described {name} as a senior player.")
        assert not any(r.startswith("copula.identified_person_as") for r in rules), rules


@slow
def test_he_stands_for_the_one_person_a_toll_named(real_extractor: Any) -> None:
    rules = _rules(real_extractor, "The army confirmed that an airstrike killed journalist "
                                   "Jon Arno. It said he was the head of a rebel cell.")
    assert rules.get("copula.victim_pronoun_one", ("",) * 4)[2] == "armed_group", rules
    rules = _rules(real_extractor, "An airstrike killed journalist Jon Arno, colleagues "
                                   "said. The army praised Colonel Ali Musa. It said he was "
                                   "a brave soldier.")
    assert "copula.victim_pronoun_one" not in rules, rules


@slow
def test_the_speaker_behind_evidence_a_quote_and_a_relative_clause(
        real_extractor: Any) -> None:
    told = _told(real_extractor, "The drone video shows that rebel fighters were targeted "
                                 "in the raid, the general said.")
    assert ("general", "rebel fighters", "armed_group") in told, told
    told = _told(real_extractor, "The newspaper quoted a senior officer as saying the jets "
                                 "hit a depot.")
    assert {p for p, _, _ in told} == {"senior officer"}, told
    told = _told(real_extractor, "The air force dismissed the farmers' union, which claimed "
                                 "that 40 farmers were killed in the airstrike.")
    assert {p for p, _, _ in told} == {"farmers' union"}, told


@slow
def test_names_without_moods_places_or_demands(real_extractor: Any) -> None:
    told = _told(real_extractor, "Jets bombed Kamari on Monday. A grieving Ali Ondo said "
                                 "his two sons were killed in the strike.")
    assert {p for p, _, _ in told} == {"Ali Ondo"}, told
    # (a place the recogniser knows, as the rule reads its tags)
    told = _told(real_extractor, "A spokesman in Lyon, France, said the strike hit a "
                                 "command node.")
    assert {p for p, _, _ in told} == {"spokesman in Lyon, France"}, told
    told = _told(real_extractor, "Crowds marched in Kamari on Sunday to call for a deal "
                                 "after the killing of two hostages.")
    assert not told, told
    told = _told(real_extractor, "Five rebels were killed, according to a Kamari police "
                                 "report.")
    assert {p for p, _, _ in told} == {"police"}, told


@slow
def test_the_alliance_and_a_group_named_by_its_country(real_extractor: Any) -> None:
    told = _told(real_extractor, "NATO said its jets struck a command centre near Port "
                                 "Mira. The alliance said the strike hit a radar site.")
    assert {p for p, _, _ in told} == {"NATO"}, told
    told = _told(real_extractor, "The Houthis fired a missile on Friday. The Yemeni "
                                 "militant group said the strikes hit a power station.")
    assert {p for p, _, _ in told} == {"Houthis"}, told
    told = _told(real_extractor, "Hamas said the strikes hit a school. The Yemeni group "
                                 "said the strikes hit a power station.")
    assert "Hamas" in {p for p, _, _ in told} and "Yemeni group" in {p for p, _, _ in told}, \
        told


@slow
def test_classes_a_site_a_use_or_the_vehicles_decide(real_extractor: Any) -> None:
    told = _told(real_extractor, "Jets hit four buildings in a military compound, the army "
                                 "said.")
    assert ("army", "four buildings", "military") in told, told
    told = _told(real_extractor, "The strike destroyed two buildings in a residential "
                                 "district, residents said.")
    assert ("residents", "two buildings", "civilian_site") in told, told
    told = _told(real_extractor, "Residents said two shells hit tents used by a farmer close "
                                 "to the Houthis for his daughter's wedding.")
    assert ("Residents", "tents", "civilian_site") in told, told
    told = _told(real_extractor, "The charity said a convoy of ambulances carrying wounded "
                                 "children was hit outside the clinic.")
    assert any(t == "convoy of ambulances" and c == "civilian_site" for _, t, c in told), told
    told = _told(real_extractor, "Two shepherds died in the raid on Kamari district, village "
                                 "elders said.")
    assert ("village elders", "Kamari district", "unknown") in told, told


@slow
def test_recurring_attacks_and_a_negated_second_name(real_extractor: Any) -> None:
    told = _told(real_extractor, "The mayor promised an end to the incessant attacks on "
                                 "farmers in the valley.")
    assert not told, told
    told = _told(real_extractor, "Jets struck a compound in Kamari. The rebels have "
                                 "repeatedly accused the air force of bombing civilians.")
    assert all(p != "rebels" for p, _, _ in told), told
    rules = {(c.target.text, c.negated) for c in _analysed(
        real_extractor, "The air force has said the 12 fishermen killed in strikes launched "
                        "in March near Kamari were rebels and not innocent persons.")}
    assert ("innocent persons", True) in rules, rules


def test_the_place_index_takes_no_code_kind_word_or_lower_case_word() -> None:
    resolver = default_resolver()
    for text in ("The area", "n't", "naira", "El", "KP"):
        assert resolver.resolve(text) is None, text
    assert resolver.resolve("Arbil").name == "Erbil"  # an alternate name still resolves


# ------------------------------------------------------------ where: way points, bearings

def test_a_place_measured_from_a_town_is_near_it_in_any_province() -> None:
    near = Place("west-of Port Mira", 1, "SL", "Coast", 32.88, 13.18, kind="city")
    town = Place("Kamari", 2, "SL", "Hills", 32.75, 12.57, kind="city")  # about 58 km
    far = Place("Dune", 3, "SL", "Desert", 31.20, 16.60, kind="city")
    assert same_place(near, town)
    assert not same_place(replace(near, name="Port Mira"), town)  # the town itself: apart
    assert not same_place(near, far)


@slow
def test_where_victims_came_from_and_a_bearing_are_not_the_struck_town(
        real_extractor: Any) -> None:
    # (cities the resolver knows, so that a wrong place would show)
    places = {c.target.text: c.place.name if c.place else None for c in _analysed(
        real_extractor, "Officials said jets killed four herders in a village while they "
                        "were returning from Kano.")}
    assert places.get("four herders", "") is None, places
    places = {c.target.text: c.place.name if c.place else None for c in _analysed(
        real_extractor, "Officials said jets killed four herders near Kano.")}
    assert places.get("four herders") == "Kano", places
    places = {c.target.text: c.place.name if c.place else None for c in _analysed(
        real_extractor, "Officials said an airstrike destroyed a compound west of Tripoli.")}
    assert places.get("compound west of Tripoli") == "west-of Tripoli", places
    # counter-example: a bearing with a distance names a town somewhere else, which the
    # events leave out as the struck place; the claim keeps the town as written
    places = {c.target.text: c.place.name if c.place else None for c in _analysed(
        real_extractor, "Officials said jets bombed a market 40 km north of Kandahar.")}
    assert places.get("market") == "Kandahār", places
