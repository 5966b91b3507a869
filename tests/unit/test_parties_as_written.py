"""Parties named as a reporter writes them (issue 8, batch p19-p30): titles kept beside a
name, a body's proper name over a description, qualified anonymous sources, media run by a
side, a state's own armed forces, and names that only open a longer one. Each rule has an
example and a counter-example; the speaker tests parse team-written sentences with the real
model (``slow``), the gazetteer look-up needs none."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.models import Actor
from pipeline.nlp.gazetteer import Gazetteer
from tests.unit.test_parties import first_and_last, one, speakers

slow = pytest.mark.slow


def _last(extractor: Any, text: str) -> Actor:
    actor = one(extractor, text)
    assert actor is not None, text
    return actor


@slow
def test_a_title_the_parser_set_beside_the_name_stays_in_front_of_it(
        real_extractor: Any) -> None:
    actor = _last(real_extractor, "The strike hit houses and a monastery school in a village, "
                                  "AA spokesman Khaing Thu Ya said in a statement.")
    assert actor.name == "AA spokesman Khaing Thu Ya"
    # the name in apposition, cut off from the title by "in the area"
    actor = _last(real_extractor, "A Fano commander in the area, Tesfaye Alemu, said by phone "
                                  "that none of his fighters had been in the vehicle.")
    assert actor.id == "group.fano" and actor.name == "Fano commander Tesfaye Alemu"
    # counter-example: a description beside a body's name is still the body
    actor = _last(real_extractor, "The medical charity Médecins Sans Frontières said the "
                                  "strike hit its clinic.")
    assert actor.id == "intl.msf"


@slow
def test_a_body_is_named_by_its_proper_name_in_apposition(real_extractor: Any) -> None:
    actor = _last(real_extractor, "The military's media wing, Inter-Services Public Relations, "
                                  "said in a statement that terrorists had attacked a bus.")
    assert actor.id == "pk.ispr" and actor.name == "Inter-Services Public Relations"
    # counter-example: a spokesman's title keeps its phrase (and loses the comma)
    _, actor = first_and_last(real_extractor, "The BLA said its fighters attacked a convoy. Its "
                                              "spokesman, Gohram Baloch, said the bus carried "
                                              "troops.")
    assert actor.id == "group.bla"
    assert actor.name == "BLA spokesman Gohram Baloch"  # the body as the story named it


@slow
def test_a_qualified_anonymous_source_keeps_its_words(real_extractor: Any) -> None:
    first, later = first_and_last(
        real_extractor, "Officials said seven people were killed. A police official in Noshki, "
                        "who asked not to be identified, said the dead included two soldiers.")
    assert first.name == "Officials" and later.name == "police official in Noshki"
    # counter-example: a bare "an official" is the officials heard before
    first, later = first_and_last(
        real_extractor, "Officials said seven people were killed. An official said the dead "
                        "included two soldiers.")
    assert later.name == first.name == "Officials"


@slow
def test_a_title_that_names_the_body_is_not_prefixed_with_it(real_extractor: Any) -> None:
    first, later = first_and_last(
        real_extractor, "Haitian police said a drone strike killed gang members. Police "
                        "spokeswoman Mireille Augustin said the strike targeted a base.")
    assert later.id == first.id and later.name == "Police spokeswoman Mireille Augustin"
    # counter-example: a bare title takes the body's name in front of it
    _, later = first_and_last(
        real_extractor, "The Sudanese army said its jets hit a depot. Spokesman Nabil Abdallah "
                        "said the depot held weapons.")
    assert later.id == "sd.saf" and later.name.startswith("Sudanese Armed Forces")


@slow
def test_the_rebel_group_is_the_armed_group_named_before(real_extractor: Any) -> None:
    found = speakers(real_extractor, "Myanmar's military said it had bombed positions of the "
                                     "Kachin Independence Army, and the ethnic rebel group said "
                                     "two of its fighters were killed.")
    assert found[-1] is not None and found[-1].id == "group.kia"
    # counter-example: "the aid group" is no armed group
    actor = _last(real_extractor, "The Kachin Independence Army said its outpost was hit. The "
                                  "aid group said two villagers were killed.")
    assert actor.id != "group.kia"


@slow
def test_a_medium_run_by_a_side_speaks_for_it(real_extractor: Any) -> None:
    actor = _last(real_extractor, "Radio Andalus, a station run by al Shabaab, said the strike "
                                  "killed civilians.")
    assert actor.id == "group.al-shabaab" and "Radio Andalus" in actor.name
    # counter-example: the medium alone is the medium
    actor = _last(real_extractor, "Radio Andalus said the strike killed civilians.")
    assert actor.id == "media.radio-andalus"


@slow
def test_a_state_s_armed_forces_are_its_gazetteer_military(real_extractor: Any) -> None:
    assert _last(real_extractor, "Burkina Faso's armed forces said an air operation had hit "
                                 "a camp.").id == "bf.military"
    assert _last(real_extractor, "Myanmar's military said it hit a camp.").id == "mm.junta"
    # counter-example: the alias a state's demonym already has decides ("Iranian military")
    assert _last(real_extractor, "Iran's military said the missiles hit a base.").id \
        == "ir.irgc"


def test_armed_forces_of_a_country() -> None:
    gaz = Gazetteer.default()
    assert getattr(gaz.armed_forces_of("BF", "armed forces"), "id", None) == "bf.military"
    assert getattr(gaz.armed_forces_of("IR", "military"), "id", None) == "ir.irgc"
    assert getattr(gaz.armed_forces_of("MM"), "id", None) == "mm.junta"
    assert gaz.armed_forces_of("IS") is None  # Iceland: none in the gazetteer


@slow
def test_a_medium_s_short_name_opening_a_longer_name_is_not_the_medium(
        real_extractor: Any) -> None:
    actor = _last(real_extractor, "The National Human Rights Monitoring Network said the drone "
                                  "struck a house.")
    assert actor.type != "media" and actor.id != "media.the-national"
    # counter-example: the newspaper by its own name
    actor = _last(real_extractor, "The National reported that the drone struck a house.")
    assert actor.id == "media.the-national"


@slow
def test_an_indefinite_description_is_not_part_of_the_name(real_extractor: Any) -> None:
    actor = _last(real_extractor, "The Britain-based Syrian Observatory for Human Rights, a war "
                                  "monitor, said 12 civilians were killed.")
    assert actor.name == "Britain-based Syrian Observatory for Human Rights"
    # counter-example: a person's description stays with the name
    actor = _last(real_extractor, "Mariam Ouedraogo, the group's Sahel researcher, said the "
                                  "strike hit a market.")
    assert actor.name.startswith("Mariam Ouedraogo")


@slow
def test_people_who_speak_together_are_named_together(real_extractor: Any) -> None:
    actor = _last(real_extractor, "A drone strike on a minibus killed 14 passengers, a doctor "
                                  "and relatives of the victims said on Tuesday.")
    assert actor.name == "doctor and relatives of the victims"
    actor = _last(real_extractor, "Several people were killed when a rocket hit their home, "
                                  "Iraqi security and medical sources said.")
    assert actor.name == "Iraqi security and medical sources" and actor.country == "IQ"
    # counter-examples: a body ("the group") and names are parties of their own
    actor = _last(real_extractor, "An air strike on an apartment killed a commander of the "
                                  "militant group along with his wife, the group and health "
                                  "officials said.")
    assert actor.name == "officials"
    actor = _last(real_extractor, "Hamas and Islamic Jihad said the strike hit a school.")
    assert actor.id == "group.hamas" and actor.name == "Hamas"


@slow
def test_a_headline_s_bare_body_is_the_body_the_story_names_next(real_extractor: Any) -> None:
    found = speakers(real_extractor,
                     "Drone strike kills dozens at market; army says it hit jihadists\n\n"
                     "OUAGADOUGOU, March 12 (Test Wire) - A drone strike on a market killed 30 "
                     "people, residents said. Burkina Faso's armed forces said in a statement "
                     "that an air operation had neutralised dozens of terrorists.")
    assert found[0] is not None and found[0].id == "bf.military"
    # counter-examples: past the lead a bare "army" waits for no later name, and "the
    # coalition" is only a body whose own name says coalition
    found = speakers(real_extractor, "Rebels said the strike hit a school. The army said it hit "
                                     "a depot. The Nigerian army later said the depot held "
                                     "arms.")
    assert found[1] is not None and found[1].id != "ng.military"
    actor = speakers(real_extractor, "The coalition fighting Houthi rebels in Yemen said it did "
                                     "not strike the hall. The Houthis said the hall was hit.")[0]
    assert actor is None or actor.id != "group.houthis"


@slow
def test_its_spokesman_takes_the_name_the_story_gave_his_body(real_extractor: Any) -> None:
    _, actor = first_and_last(real_extractor, "The Azawad Liberation Front said the drone hit "
                                              "herders. Its spokesman, Attaye Ag Mohamed, said "
                                              "the victims were civilians.")
    assert actor.name == "Azawad Liberation Front spokesman Attaye Ag Mohamed"
    # counter-example: a body the story named by none of its gazetteer names ("Mali's
    # army") goes by the gazetteer's name in front of its spokesman
    _, actor = first_and_last(real_extractor, "Mali's army said the drone hit a base. Its "
                                              "spokesman, Colonel Souleymane Dembele, said the "
                                              "base held fuel.")
    assert actor.id == "ml.military" and actor.name.startswith("Malian army spokesman")


@slow
def test_it_is_the_body_the_sentence_before_was_about(real_extractor: Any) -> None:
    found = speakers(real_extractor,
                     "Nigerian Air Force jets destroyed a hub of Islamic State West Africa "
                     "Province, the air force said. The group, known as ISWAP, did not comment "
                     "on the strikes. In a separate statement, it claimed an attack on a base.")
    assert found[-1] is not None and found[-1].id == "group.iswap"
    # counter-example: a sentence about no body leaves "it" to the body that spoke last
    found = speakers(real_extractor, "The army said its jets hit a depot. The strike started a "
                                     "fire. It said no civilians were hurt.")
    assert found[-1] is not None and found[-1].id == found[0].id


@slow
def test_a_partitive_description_is_not_part_of_the_name(real_extractor: Any) -> None:
    actor = _last(real_extractor, "The Ambazonia Defence Forces, one of the main separatist "
                                  "militias, said none of its fighters were in the village.")
    assert actor.name == "Ambazonia Defence Forces"
    # counter-example: "one of the residents" is the residents it counts
    actor = _last(real_extractor, "One of the residents said the strike hit a school.")
    assert actor.name.lower().endswith("residents")


@slow
def test_a_leadership_speaks(real_extractor: Any) -> None:
    actor = _last(real_extractor, "The spiritual leadership, headed by Sheikh Hikmat al-Hijri, "
                                  "said in a statement that mortar rounds landed on houses.")
    assert actor.name == "spiritual leadership"


def _stranded(extractor: Any, text: str) -> str | None:
    from pipeline.nlp.mentions import stranded_subject

    doc = extractor.nlp(text)
    verb = next(t for t in doc if t.lower_ == "said")
    found = stranded_subject(verb)
    return found.text if found is not None else None


@slow
def test_a_body_its_possessor_names_is_a_stranded_speaker(real_extractor: Any) -> None:
    assert _stranded(real_extractor, "Shelling hit homes in Sweida on Tuesday, killing six "
                                     "civilians including a woman and her daughter, the Druze "
                                     "community's spiritual leadership said.") == "leadership"
    # counter-example: a bare body word hung on the list is part of the list
    assert _stranded(real_extractor, "Shelling hit homes in Sweida on Tuesday, killing six "
                                     "civilians including a woman and her daughter, the "
                                     "leadership said.") is None
