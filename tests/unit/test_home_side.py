"""Party side rule ``side.home_state``: "the army", "police", "the government" or a
spokesman titled with a state body, with no country named, speak for the story's home
state (its dateline's country, else the one country the story names), never when two
states' forces are in the story. Examples and counter-examples are team-written."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.models import Actor
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.mentions import home_body, with_home_side

slow = pytest.mark.slow


@pytest.mark.parametrize("actor", [
    Actor("org.army", "army", "military", None, "org.army"),
    Actor("org.police", "Police", "ministry", None, "org.police"),
    Actor("source.spokesman", "military spokesman", "official"),
    Actor("person.atonfack", "Defense ministry spokesman Col. Cyrille Atonfack", "person"),
    Actor("source.official", "a security forces official", "official"),
    Actor("org.ministry-of-defence", "the Ministry of National Defence", "ministry", None,
          "org.ministry-of-defence"),
    Actor("person.otieno", "police commissioner John Otieno", "person"),
])
def test_a_state_body_without_its_state_is_a_home_body(actor: Actor) -> None:
    assert home_body(actor)
    moved = with_home_side(actor, "CM", Gazetteer.default())
    assert (moved.country, moved.side, moved.id, moved.name) == ("CM", "cm", actor.id, actor.name)


@pytest.mark.parametrize("actor", [
    # a state named, a local voice, a named armed group, a group's side, a medium
    Actor("ng.military", "Nigeria's army", "military", "NG", "ng"),
    Actor("source.official", "local government official", "official"),
    Actor("org.arakan-army", "Arakan Army", "armed_group", None, "org.arakan-army"),
    Actor("group.taliban", "Taliban government", "armed_group", "AF", "group.taliban"),
    Actor("source.resident", "Residents of Bali", "source"),
    Actor("org.army-radio", "army radio", "media", None, "org.army-radio"),
    Actor("source.spokesman", "rebel army spokesman", "official"),
])
def test_other_parties_are_no_home_bodies(actor: Actor) -> None:
    assert not home_body(actor)
    assert with_home_side(actor, "CM", Gazetteer.default()) is actor


def test_no_home_state_leaves_the_body_as_it_was() -> None:
    army = Actor("org.army", "army", "military", None, "org.army")
    assert with_home_side(army, None, Gazetteer.default()) is army


def _sides(extractor: Any, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = extractor.nlp(text)
    return {c.party.name: (c.party.side, c.party.country) for c in doc._.claims}


@slow
def test_a_spokesman_of_the_defence_ministry_speaks_for_the_dateline_s_state(
        real_extractor: Any) -> None:
    text = ("YAOUNDE, Oct 12 (Test Wire) - Defence ministry spokesman Col. Ekane Mbua said "
            "on Monday that troops struck a separatist camp near the village of Kumbo, "
            "killing seven fighters. Villagers in Kumbo said the soldiers shot seven "
            "farmers in their fields.")
    sides = _sides(real_extractor, text)
    assert sides["Defence ministry spokesman Col. Ekane Mbua"] == ("cm", "CM")
    assert next(v for k, v in sides.items() if k.startswith("Villagers")) == (None, None)
    # the two accounts are still a dispute: one side against the villagers
    doc = real_extractor.nlp(text)
    from pipeline.domain.conflicts import find_conflicts
    from pipeline.nlp.extract import Extractor

    assert isinstance(real_extractor, Extractor)
    claims = real_extractor.analysis(_article(text), doc).claims
    assert find_conflicts(claims)


def _article(text: str) -> Any:
    from pipeline.domain.models import Article

    return Article("t", "", text, "Test Wire")


@slow
def test_the_army_of_a_story_without_a_dateline_is_its_one_country_s(
        real_extractor: Any) -> None:
    text = ("The army said on Friday its jets struck an Islamic State hideout near Dikwa in "
            "Nigeria's Borno state, killing dozens of fighters. Residents said the bombs hit "
            "a fish market in Dikwa.")
    assert _sides(real_extractor, text)["army"] == ("ng", "NG")
    # counter-example: a story that names no country and has no dateline has no home
    text2 = text.replace(" in Nigeria's Borno state", "")
    assert _sides(real_extractor, text2)["army"] == ("org.army", None)


@slow
def test_a_border_clash_leaves_the_army_sideless(real_extractor: Any) -> None:
    text = ("BANGKOK, Aug 2 (Test Wire) - Thai and Cambodian troops exchanged fire on the "
            "border on Saturday. The army said its jets hit only gun positions near the "
            "border. Cambodian officials said Thai jets bombed a school in Oddar Meanchey "
            "province.")
    sides = _sides(real_extractor, text)
    assert sides["army"][0] != "th"
    # counter-example: the same dateline on a story with only Thai forces in it
    text2 = ("BANGKOK, Aug 2 (Test Wire) - The army said its jets hit a drug gang's camp "
             "near Mae Sai on Saturday. Villagers said the bombs hit a school in Mae Sai.")
    assert _sides(real_extractor, text2)["army"] == ("th", "TH")


@slow
def test_a_dateline_abroad_gives_way_to_the_story_s_country(real_extractor: Any) -> None:
    # filed from a neighbour's capital about one country: the story's country is home
    text = ("DAKAR, Jan 9 (Test Wire) - The military said a drone destroyed a jihadist base "
            "near Djibo in Burkina Faso on Sunday. Residents of Djibo said the drone struck "
            "a wedding party, killing 20 guests.")
    assert _sides(real_extractor, text)["military"] == ("bf", "BF")


@slow
def test_the_army_and_its_state_s_drone_are_one_attacker(real_extractor: Any) -> None:
    # "the army" on the home state's side strikes with its own drone, the one the local
    # officials name by its state: one attacker, so the two accounts are one strike's
    from pipeline.domain.conflicts import find_conflicts

    text = ("BAMAKO, Jan 9 (Test Wire) - The army said its drone destroyed a jihadist base "
            "near Niono on Sunday. Local officials said a Malian army drone struck a wedding "
            "party in the village.")
    claims = real_extractor.analysis(_article(text), real_extractor.nlp(text)).claims
    assert {c.party.side for c in claims if c.party.name == "army"} == {"ml"}
    assert find_conflicts(claims)
    # counter-example: with French jets in the story too, "the army" is either state's,
    # keeps no side, and its own strike is not the Malian drone's
    text2 = text.replace("on Sunday.", "on Sunday, backed by French jets.")
    claims = real_extractor.analysis(_article(text2), real_extractor.nlp(text2)).claims
    assert {c.party.side for c in claims if c.party.name == "army"} == {"org.army"}
    assert not find_conflicts(claims)
