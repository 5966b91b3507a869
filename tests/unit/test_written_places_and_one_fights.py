"""A place the copy spells otherwise than the gazetteer ("Derna" for Darnah), found where
the copy names it; and "killed in a clash with troops", one fight's toll, as a
firefight's. Domain rules with hand-built analyses, single rules on hand-built parses,
stories with the real model (``slow``). Names and places are invented, but for a real
town the gazetteer must resolve and a dateline city the parser must misread."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from pipeline.domain.events import struck_places
from pipeline.domain.models import Article, ArticleAnalysis, Place
from pipeline.nlp.constructions import CHECKS, CheckContext, Hit
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.places import slot_names
from pipeline.nlp.targets import decide_class, one_fight
from pipeline.streaming.codecs import from_wire, to_wire
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_conjuncts_own_fire_and_counts import _targets
from tests.unit.test_constructions import parsed
from tests.unit.test_events import MEDICS, NORTHLAND, T0
from tests.unit.test_events_linking import story
from tests.unit.test_struck_towns_and_gatherings import REGION, TOWN, _story

slow = pytest.mark.slow

# the gazetteer's name of a town the copy writes "Kasr Ambala"
UMBALA = Place("Qasr Umbala", 77, "NL", admin1="Dorba", latitude=1.0, longitude=2.0,
               kind="city")


# ------------------------------------------------------------ places as the copy writes them

def _lead_story(written: tuple[tuple[str, ...], ...]) -> ArticleAnalysis:
    # the claim names no place; the lead names the town as the copy spells it
    told = story(
        [(MEDICS, None, "Residents of the northern city of Kasr Ambala said on Tuesday that "
                        "jets had hit their homes."),
         (MEDICS, None, "Medics Abroad said the jets killed five people.")],
        (UMBALA, NORTHLAND))
    return replace(told, claims=told.claims[1:], place_names=written)


def test_a_town_the_copy_spells_its_own_way_is_where_the_lead_says() -> None:
    assert struck_places(_lead_story((("Kasr Ambala",), ("Northland",)))) == [UMBALA]


def test_counter_example_without_the_written_name_the_town_is_not_found() -> None:
    # (as before written names were kept: the gazetteer's name is nowhere in the copy)
    assert struck_places(_lead_story(())) != [UMBALA]


def test_a_written_name_met_only_where_someone_spoke_is_not_the_lead_town() -> None:
    told = story(
        [(MEDICS, None, "Officials said in Kasr Ambala on Tuesday that jets had hit homes."),
         (MEDICS, None, "Medics Abroad said the jets killed five people.")],
        (UMBALA, NORTHLAND))
    told = replace(told, claims=told.claims[1:],
                   place_names=(("Kasr Ambala",), ("Northland",)))
    assert struck_places(told) != [UMBALA]


def test_the_written_names_ride_on_the_wire() -> None:
    analysis = ArticleAnalysis(Article("a1", "", "Jets hit Kasr Ambala.", "Wire", None, T0),
                               places=(UMBALA,), place_names=(("Kasr Ambala", "Ambala"),))
    assert from_wire(to_wire(analysis)) == analysis


@slow
def test_the_analysis_keeps_how_the_copy_wrote_a_resolved_town(real_extractor: Any) -> None:
    article = Article("t", "", "Jets struck homes in Derna, in eastern Libya, on Monday, "
                      "residents said.", "Test Wire", None, T0)
    analysis = real_extractor.analyse([article])[0]
    written = dict(zip(analysis.places, analysis.place_names, strict=True))
    derna = [p for p, names in written.items() if "Derna" in names]
    assert derna and derna[0].country == "LY"


# ------------------------------------------------------------ one fight's toll

def test_a_clash_with_troops_is_one_fight() -> None:
    doc = parsed({"parse": "in/ADP/ROOT/0 a/DET/det/2 clash/NOUN/pobj/0 with/ADP/prep/2 "
                           "troops/NOUN/pobj/3/troop/NNS"})
    assert one_fight(doc[2])
    # counter-examples: the clashes, and a battle for a town, are fighting as a whole
    doc = parsed({"parse": "in/ADP/ROOT/0 the/DET/det/2 clashes/NOUN/pobj/0/clash/NNS"})
    assert not one_fight(doc[2])
    doc = parsed({"parse": "in/ADP/ROOT/0 a/DET/det/2 battle/NOUN/pobj/0 for/ADP/prep/2 "
                           "Dorba/PROPN/pobj/3"})
    assert not one_fight(doc[2])


def test_men_killed_in_a_clash_with_troops_were_fighting_in_that_account() -> None:
    doc = parsed({"parse": "five/NUM/nummod/1 men/NOUN/nsubjpass/3/man/NNS were/AUX/auxpass/3 "
                           "killed/VERB/ROOT/3/kill/VBN in/ADP/prep/3 a/DET/det/6 "
                           "clash/NOUN/pobj/4 with/ADP/prep/6 troops/NOUN/pobj/7/troop/NNS"})
    assert decide_class(doc[1], Gazetteer.default())[0] == "armed_group"


@slow
def test_a_toll_of_a_clash_with_troops_is_an_account(real_extractor: Any) -> None:
    told = _targets(real_extractor, "Eight rebels were killed in a clash with government "
                                    "troops near Dorba on Sunday, the Northland army said.")
    assert any("rebels" in target for target in told), told
    # counter-example: the toll of the clashes is fighting's, no strike's
    assert not _targets(real_extractor, "Eight people were killed in the clashes near Dorba "
                                        "on Sunday, the Northland army said.")


def test_a_gun_battle_in_two_words_is_one_fight() -> None:
    doc = parsed({"parse": "in/ADP/ROOT/0 a/DET/det/3 gun/NOUN/compound/3 battle/NOUN/pobj/0"})
    assert one_fight(doc[3])
    # counter-example: a battle with no gun and no side named is fighting as a whole
    doc = parsed({"parse": "in/ADP/ROOT/0 a/DET/det/3 long/ADJ/amod/3 battle/NOUN/pobj/0"})
    assert not one_fight(doc[3])


# ------------------------------------------------------------ the lead of a dateline story

@slow
@pytest.mark.parametrize("dateline", ["RAIPUR, June 29 - ", "RAIPUR, June 29 (Test Wire) - ", ""])
def test_a_toll_after_a_dateline_the_parse_made_its_subject_is_an_account(
        real_extractor: Any, dateline: str) -> None:
    # the parser reads the dateline's city (a real one, which it tags as no entity) as
    # the subject of "killed"
    told = _targets(real_extractor, f"{dateline}Troops killed 17 rebels in Kasr district, "
                                    "police said on Friday.")
    assert any("rebels" in target for target in told), told


@slow
def test_speakers_the_parse_joined_to_the_place_before_said_speak(real_extractor: Any) -> None:
    # "said" joined to "killed", "police and officials" to the district
    told = _targets(real_extractor, "Security forces killed 17 rebel fighters in a fierce "
                                    "overnight gun battle in the forested south of Dorba's "
                                    "Kasr district, police and paramilitary officials said "
                                    "on Friday.")
    assert any("rebel fighters" in target for target in told), told


@slow
def test_our_men_in_a_force_officers_words_are_its_forces(real_extractor: Any) -> None:
    found = [c for c in _analysed(
        real_extractor, '"Our men were fired upon first and they retaliated," the army '
                        'said.') if "men" in c.target.text]
    assert found and found[0].target.target_class == "military"
    # counter-example: men a medic tells of are no one's forces
    found = [c for c in _analysed(
        real_extractor, '"Our men were fired upon as they worked the fields," a village '
                        'elder said.') if "men" in c.target.text]
    assert all(c.target.target_class != "military" for c in found)


# ------------------------------------------------------------ the town the copy files from

KASR = Place("Kasr", 78, "NL", admin1="Dorba", latitude=1.5, longitude=2.5, kind="city")


def _filed(sentence: str) -> ArticleAnalysis:
    body = f"KASR, June 5 (Test Wire) - {sentence}"
    told = story([(MEDICS, KASR, body)], (KASR, NORTHLAND))
    return replace(told, article=replace(told.article, body=body))


def test_here_in_the_copys_own_voice_is_the_city_it_is_filed_from() -> None:
    assert struck_places(_filed("A bomb exploded here on Tuesday, killing five people, "
                                "Medics Abroad said.")) == [KASR]


def test_counter_examples_a_quoted_here_or_none_leave_the_dateline_city() -> None:
    assert struck_places(_filed('"There was no camp here," a resident told Medics Abroad of '
                                'the strike that killed five people.')) != [KASR]
    assert struck_places(_filed("A bomb killed five people, Medics Abroad said.")) != [KASR]


@slow
def test_a_claim_told_here_takes_the_dateline_city(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "JOLO, Sulu - Four armed men were killed in a shooting "
                                       "at a police checkpoint here on Monday, the provincial "
                                       "police said.")
    assert [c.place.name for c in claims if c.place is not None] == ["Jolo"]


@slow
def test_the_dateline_is_no_part_of_what_was_hit(real_extractor: Any) -> None:
    told = _targets(real_extractor, "ALGIERS - Three farmers were killed when jets struck "
                                    "their trucks, the presidency said.")
    assert "Three farmers" in told, told


def test_a_town_named_with_town_after_it_is_a_place_slot() -> None:
    assert "Kasr" in [name for name, _ in slot_names("gunmen attacked Kasr town on Monday")]
    # counter-example: a town hall, with no name before it, is no slot
    assert not slot_names("gunmen attacked the town hall on Monday")


def test_a_town_named_only_for_something_else_is_not_where_a_regions_strike_was() -> None:
    assert struck_places(_story((REGION, TOWN), "Rebels retook Ashford earlier that day.")) \
        == [REGION]
    # counter-example: a sentence that tells of the strike there
    assert struck_places(_story((REGION, TOWN), "The strike hit Ashford.")) == [TOWN]


def test_training_areas_and_sites_are_military() -> None:
    gaz = Gazetteer.default()
    for word in ("areas", "sites", "facility"):
        doc = parsed({"parse": f"training/NOUN/compound/1 {word}/NOUN/ROOT/1"})
        assert decide_class(doc[1], gaz)[0] == "military", word
    # counter-example: residential areas are where people live
    doc = parsed({"parse": "residential/ADJ/amod/1 areas/NOUN/ROOT/1/area/NNS"})
    assert decide_class(doc[1], gaz)[0] != "military"


# ------------------------------------------------------------ a force's guns used against a crowd

@slow
def test_guns_a_force_used_against_rioters_are_its_account_of_attackers(
        real_extractor: Any) -> None:
    found = [c for c in _analysed(
        real_extractor, '"Police were forced to use their service weapons against the rioters '
                        'to stop the disorder," the prosecutor\'s office said in a statement.')]
    assert [(c.target.text, c.target.target_class) for c in found] == [("rioters",
                                                                         "armed_group")]
    # counter-example: tear gas hits no one dead, and is no account of what was hit
    assert not _analysed(real_extractor, "Police used tear gas against the protesters, the "
                                         "group said.")


# ------------------------------------------------------------ another cause, told by firefighters

@slow
def test_firefighters_who_give_another_cause_are_a_party(real_extractor: Any) -> None:
    found = [(c.party.name, c.action) for c in _analysed(
        real_extractor, "The government said two drones struck the parade stand. Three "
                        "firefighters at the scene said the explosion was caused by a gas "
                        "tank that blew up inside an apartment.")]
    assert ("Three firefighters at the scene", "cause") in found, found


def test_a_participle_with_an_object_of_its_own_tells_no_target() -> None:
    ctx = CheckContext(classify=lambda t: "unknown", reported=lambda t: True)
    # "drones laden with explosives targeted Maduro", the verb hung on "explosives"
    doc = parsed({"parse": "explosives/NOUN/ROOT/0/explosive/NNS "
                           "targeted/VERB/acl/0/target/VBN Maduro/PROPN/oprd/1"})
    hit = Hit("hit.reduced_relative", "hit", 1, 0, False, True, {"trigger": 1, "target": 0})
    assert not CHECKS["not_complement"](hit, doc, ctx)
    # counter-example: "the area struck on Monday" was struck
    doc = parsed({"parse": "the/DET/det/1 area/NOUN/ROOT/1 struck/VERB/acl/1/strike/VBN "
                           "on/ADP/prep/2 Monday/PROPN/pobj/3"})
    hit = Hit("hit.reduced_relative", "hit", 2, 1, False, True, {"trigger": 2, "target": 1})
    assert CHECKS["not_complement"](hit, doc, ctx)


def test_what_police_call_a_crowd_and_what_witnesses_call_it() -> None:
    gaz = Gazetteer.default()
    doc = parsed({"parse": "groups/NOUN/ROOT/0/group of/ADP/prep/0 vandals/NOUN/pobj/1/vandal"})
    assert decide_class(doc[0], gaz)[0] == "armed_group"
    doc = parsed({"parse": "the/DET/det/1 marchers/NOUN/ROOT/1/marcher"})
    assert decide_class(doc[1], gaz)[0] == "civilians"


@slow
def test_a_channel_a_group_posted_on_is_no_target(real_extractor: Any) -> None:
    assert not _targets(real_extractor, "The Islamic State group claimed the attack on its "
                                        "Telegram channels, residents said.")
    # counter-example: a television channel struck is a target
    assert _targets(real_extractor, "The army said the strike on a TV channel killed two.")
