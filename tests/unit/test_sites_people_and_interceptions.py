"""Accounts that can both be true, and accounts found where the parse hides them: a crowd
that attacked a force's post and the crowd the force fired on, where the people struck
were going, one
commander killed and the farm building he was in, a side's interceptions beside the hits it
grants, a quoted object, a struck site a second party describes, whose attacks "their"
attacks are, fire from the area of a town, and what "it" in a joined clause stands for."""
from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.claims import ARMED_MEN
from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Actor, Claim
from pipeline.nlp.targets import decide_class
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_conflicts import MEDICS, NL_ARMY, NL_MOD, article
from tests.unit.test_events import HILLVIEW, RIVERTON, SL_ARMY
from tests.unit.test_fire_returned_and_weapons_astray import _said, _told
from tests.unit.test_places_of_sides_and_earlier_strikes import _where

slow = pytest.mark.slow

SL_MOD = Actor("sl.defence-ministry", "Southland defence ministry", "ministry", "SL", "sl")
GUNMEN = Actor(ARMED_MEN, "gunmen", "armed_group", None, None)


def _reasons(*claims: Claim) -> list[str]:
    return [p.reason for p in find_conflicts(list(claims))]


def _officer_and(site: str) -> list[str]:
    a = article("a1")
    return _reasons(
        _said(a, NL_MOD, "The ministry said the strike killed rebel commander Tomas Rivera.",
              "rebel commander Tomas Rivera", "armed_group", "casualty.object"),
        _said(a, MEDICS, f"Sources said three missiles struck a {site} in the area.", site,
              "civilian_site", "hit.object"))


def test_one_commander_killed_and_the_farm_building_he_was_in() -> None:
    assert _officer_and("farm building") == []
    assert _officer_and("house") == []


def test_one_commander_killed_and_a_school_struck_are_disputed() -> None:
    # counter-example: people gather in a school; a school hit is no commander's home
    assert _officer_and("school") == ["targets"]


def test_a_body_struck_is_no_man_at_home() -> None:
    # counter-example: a group's lender struck is a body, not one man in his house
    a = article("a1")
    assert _reasons(
        _said(a, NL_MOD, "The ministry said its jets struck a rebel-linked lender.",
              "rebel-linked lender", "armed_group", "hit.object"),
        _said(a, MEDICS, "A resident said the strike hit a residential building.",
              "residential building", "civilian_site", "hit.object")) == ["targets"]


def _intercepted(granted: Claim | None) -> list[str]:
    a = article("a1")
    claims = [
        _said(a, SL_MOD, "It said seven missiles were shot down.", "seven missiles",
              "unknown", "miss.shot_down"),
        _said(a, NL_ARMY, "The army said its missiles hit a landing ship.", "landing ship",
              "military", "hit.object")]
    return _reasons(*claims, *([granted] if granted is not None else []))


def test_interceptions_beside_the_hits_a_side_grants_dispute_nothing() -> None:
    a = article("a1")
    assert "miss" not in _intercepted(_said(
        a, SL_MOD, "It acknowledged that two vessels were damaged.", "two vessels",
        "civilian_site", "hit.passive"))


def test_interceptions_alone_dispute_the_other_sides_hit() -> None:
    # counter-examples: a side that grants no hit, or tells only what the missiles were
    # fired at, says its interceptions stopped the strike
    a = article("a1")
    assert _intercepted(None) == ["miss"]
    assert "miss" in _intercepted(_said(
        a, SL_MOD, "It said the missiles were fired at the naval base.", "naval base",
        "military", "hit.at"))


@slow
def test_a_quoted_object_of_a_strike_verb_is_its_target(real_extractor: Any) -> None:
    told = _told(real_extractor, "Later, the army said in a statement that its drone had "
                                 "targeted \"a terror operative\" near the market.")
    assert ("a terror operative", "armed_group", "hit.quoted_object") in told, told


@slow
def test_a_struck_site_a_second_party_describes(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The ministry said the drones were launched at night, targeting the port and causing "
        "damage.\n\n"
        "The state broadcaster described the port as a \"purely civilian facility\" used by "
        "grain ships."))
    described = [c for c in claims if c.rule == "copula.struck_site_described_as"]
    assert described and described[0].target.target_class == "civilian_site", \
        [(c.party.name, c.target.text, c.rule) for c in claims]
    assert described[0].party.name == "state broadcaster"


@slow
def test_a_site_nobody_said_was_struck_is_described_as_nothing(real_extractor: Any) -> None:
    # counter-example: the port described was not the site the strike hit
    claims = _analysed(real_extractor, (
        "The ministry said the drones hit a depot near the coast.\n\n"
        "The state broadcaster described the port as a \"purely civilian facility\" used by "
        "grain ships."))
    assert not [c for c in claims if c.rule == "copula.struck_site_described_as"]


@slow
def test_their_attacks_are_the_attacks_of_the_clauses_subject(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "An air strike killed a senior al-Shabaab commander near Jilib, the group said.\n\n"
        "The security minister said the militants were paying for their bomb attacks on "
        "Mogadishu markets."))
    markets = [c for c in claims if "Mogadishu markets" in c.target.text]
    assert markets and markets[0].attacker is not None, markets
    assert markets[0].attacker.id == "group.al-shabaab", markets[0].attacker


@slow
def test_fire_from_the_area_of_a_town_is_no_use_of_the_struck_area(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The regional administration said shells hit the station area in Nikopol.\n\n"
        "The governor said Russian forces had fired the shells at Nikopol from the area of "
        "Enerhodar."))
    assert not [c for c in claims if c.rule == "use.fire_from"], \
        [(c.target.text, c.rule) for c in claims]


@slow
def test_it_in_a_joined_clause_is_that_clauses_subject(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Hezbollah fired drones at Haifa for the first time in the war, after weeks of "
        "skirmishes on the border, and the Israeli military launched what it said was a wide "
        "offensive against militant targets in Lebanon."))
    targets = [c for c in claims if c.target.text == "militant targets"]
    assert targets and targets[0].party.name == "Israeli military", \
        [(c.party.name, c.target.text) for c in claims]


def _class_of(extractor: Any, text: str, head: str) -> str:
    doc = extractor.nlp(text)
    return str(decide_class(next(t for t in doc if t.text == head), extractor.gazetteer)[0])


@slow
def test_a_site_described_in_a_clause_the_parse_hangs_on_the_town(real_extractor: Any) -> None:
    assert _class_of(real_extractor, (
        "The war monitor said the strike had targeted the old Studies and Research Centre "
        "near Dreikish, which it described as a facility used by foreign experts to produce "
        "missiles."), "Centre") == "military"


@slow
def test_a_town_described_as_a_stronghold_leaves_the_school_beside_it(
        real_extractor: Any) -> None:
    # counter-example: what the town was says nothing of the school near it
    assert _class_of(real_extractor, (
        "The strikes hit a school near Salamiyah, which residents described as a rebel "
        "stronghold."), "school") == "civilian_site"


@slow
@pytest.mark.parametrize(("body", "target"), [
    ("A drone strike killed nine people in a convoy, officials said. The officials said the "
     "strike early Sunday near the village of Ataq, in Shabwa province, targeted trucks "
     "carrying militants, among them a local commander.", "trucks"),
    ("Security sources said the raid on Monday, in the north of the province, targeted cars "
     "carrying fighters of the group.", "cars"),
])
def test_a_strike_verb_the_parse_took_for_an_adjective(real_extractor: Any, body: str,
                                                       target: str) -> None:
    told = {(c.target.text, c.target.target_class) for c in _analysed(real_extractor, body)
            if c.rule == "hit.object"}
    assert (target, "armed_group") in told, told


@slow
def test_a_targeted_operation_beside_a_raid_is_no_strike(real_extractor: Any) -> None:
    # counter-example: a participle that is an adjective of an action noun tells no target
    claims = _analysed(real_extractor, (
        "Residents said the raid, a targeted operation by special forces, killed four "
        "farmers."))
    assert not [c for c in claims if c.target.text in ("operation", "targeted operation")], \
        [(c.target.text, c.rule) for c in claims]


def _crowd(force_sentence: str, force_target: str, fired_by: Actor | None) -> list[str]:
    a = article("a1")
    return _reasons(
        _said(a, NL_MOD, force_sentence, force_target, "infrastructure", "hit.object",
              attacker=Actor(ARMED_MEN, "mob", "armed_group")),
        _said(a, MEDICS, "Residents said officers opened fire on the crowd.", "crowd",
              "civilians", "hit.fire_on", attacker=fired_by))


def test_a_crowd_that_attacked_a_police_post_and_the_crowd_fired_on() -> None:
    said = "The mob attacked the police station, throwing stones, the spokesman said."
    assert _crowd(said, "police station", None) == ["presence"]
    assert _crowd(said, "police station", NL_ARMY) == ["presence"]


def test_gunmen_at_a_police_post_or_a_crowd_shot_by_gunmen_are_no_such_dispute() -> None:
    # counter-examples: armed men, not a crowd, attacked the post; or the crowd was shot
    # by another armed side
    assert _crowd("Gunmen attacked the police station, the spokesman said.",
                  "police station", None) == []
    assert _crowd("The mob attacked the police station, the spokesman said.",
                  "police station", GUNMEN) == []
    # nor a crowd that attacked a shop: no force's post
    assert _crowd("The mob attacked a shop, the spokesman said.", "shop", None) == []


def test_where_the_people_struck_were_going_is_not_where_the_strike_hit() -> None:
    sentence = ("Jets destroyed the launch pads near Riverton from where fighters were pushed "
                "into Hillview, the army said.")
    assert _where(sentence, sentence, (RIVERTON, HILLVIEW), party=SL_ARMY) == RIVERTON


def test_where_the_people_struck_were_is_where_the_strike_hit() -> None:
    # counter-example: the town they were struck in, named beside where they were going
    sentence = ("Jets struck militia reinforcements in Hillview that were heading towards "
                "Riverton, the army said.")
    assert _where(sentence, sentence, (RIVERTON, HILLVIEW), party=SL_ARMY) == HILLVIEW


@slow
def test_the_people_fired_on_said_to_be_unarmed(real_extractor: Any) -> None:
    told = {(c.party.name, c.target.target_class, c.rule) for c in _analysed(
        real_extractor, "Police opened fire on protesters in the town on Monday, killing four, "
                        "officials said.\n\nRelatives said the protesters were peaceful and "
                        "unarmed.")}
    assert ("Relatives", "civilians", "copula.fired_on_state") in told, told


@slow
def test_people_no_one_fired_on_said_to_be_unarmed_tell_nothing(real_extractor: Any) -> None:
    # counter-example: nobody says the guards were fired on
    claims = _analysed(real_extractor, (
        "Police opened fire on protesters in the town on Monday, killing four, officials "
        "said.\n\nRelatives said the guards were unarmed."))
    assert not [c for c in claims if c.rule == "copula.fired_on_state"]


@slow
def test_whom_a_force_says_it_answered_by_what_they_did(real_extractor: Any) -> None:
    told = _told(real_extractor, "The minister said troops had responded to rioters who "
                                 "attacked the governor's office.")
    assert ("rioters", "armed_group", "hit.responded_to_attackers") in told, told


@slow
def test_them_a_force_shot_at_is_no_force_named_before(real_extractor: Any) -> None:
    assert _class_of(real_extractor, (
        "His family said he was driving a tractor when officers opened fire. The teenager "
        "told his lawyer that police had shot at them without warning."), "them") != "military"


@slow
def test_them_rebels_shot_at_are_the_soldiers_named_before(real_extractor: Any) -> None:
    # counter-example: armed men, not a force, fired at "them", the soldiers before
    assert _class_of(real_extractor, (
        "Rebels attacked the convoy. The soldiers said the rebels shot at them."),
        "them") == "military"


def test_a_crowd_that_attacked_the_police_and_one_man_they_shot() -> None:
    a = article("a1")
    assert _reasons(
        _said(a, NL_MOD, "Villagers armed with axes attacked a police team at the bridge, "
                         "the statement said.", "police team", "unknown", "hit.object",
              attacker=Actor(ARMED_MEN, "villagers", "armed_group")),
        _said(a, MEDICS, "'And they shot him,' a fellow student said.", "him", "unknown",
              "hit.object")) == ["presence"]


@slow
def test_a_hospital_a_group_runs_is_a_hospital(real_extractor: Any) -> None:
    assert _class_of(real_extractor, "The strike hit a Hamas-run hospital.",
                     "hospital") == "civilian_site"
    assert _class_of(real_extractor, "The strike hit a Hezbollah-run school.",
                     "school") == "civilian_site"


@slow
def test_a_groups_own_depot_is_the_groups(real_extractor: Any) -> None:
    # counter-example: the group's own site, named by the group, not run by it
    assert _class_of(real_extractor, "The strike hit a Hamas depot.", "depot") == "armed_group"
