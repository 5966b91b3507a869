"""Wire genres the team wrote out in its own words: the dead of a gunfight named again
("the two", "both men"); what someone was not is not what he was; attackers who kill in
their own attack; strikes called in, and a force's action against those it faced; the
state a story belongs to, not a neighbour named by its border nor a body whose name
several states share; a spokesman titled with another body's name; a passive
accusation with no accuser; a speaker's own description. Names and places are invented
(countries are real where a gazetteer row is the point)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.events import _speaker_location
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.mentions import home_state
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _told(extractor: Any, body: str, headline: str = "") -> set[tuple[str, str, str, bool]]:
    return {(c.party.name, c.target.text, c.target.target_class, c.negated)
            for c in _analysed(extractor, body, headline)}


GUNFIGHT = ("Two men were killed in a gunfight in Varnet on Monday. Police said the two were "
            "rebel fighters. ")


@slow
def test_the_dead_of_a_gunfight_named_again_by_their_count(real_extractor: Any) -> None:
    told = _told(real_extractor, GUNFIGHT + "Relatives said the two were students.")
    assert ("Police", "rebel fighters", "armed_group", False) in told, told
    assert ("Relatives", "students", "civilians", False) in told, told


@slow
def test_both_men_after_the_count_are_the_dead(real_extractor: Any) -> None:
    told = _told(real_extractor, GUNFIGHT + "The relatives insist both men were farmers.")
    assert ("relatives", "farmers", "civilians", False) in told, told


@slow
def test_counter_example_a_count_no_toll_gave_stands_for_no_dead(real_extractor: Any) -> None:
    told = _told(real_extractor, "Two men were killed in a gunfight in Varnet on Monday. "
                                 "Police said the 12 were rebel fighters.")
    assert not any(target == "rebel fighters" for _, target, _, _ in told), told


@slow
def test_what_he_was_not_is_not_what_he_was(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, 'Two men were killed by soldiers in Pelmar. "My cousin '
                                       'was never a rebel, and he was shot by the soldiers," '
                                       'his sister said.')
    struck = [c for c in claims if c.target.text.lower() == "he"]
    assert struck and all(c.target.target_class != "armed_group" for c in struck), claims


@slow
def test_attackers_kill_in_their_own_attack(real_extractor: Any) -> None:
    told = _told(real_extractor, "Gunmen raided Ostra on Friday. The attackers killed 14 "
                                 "residents, police said.")
    assert ("police", "14 residents", "civilians", False) in told, told


@slow
def test_counter_example_an_epidemic_kills_in_no_attack(real_extractor: Any) -> None:
    told = _told(real_extractor, "Gunmen raided Ostra on Friday. The epidemic killed 14 "
                                 "residents, officials said.")
    assert not any(target == "14 residents" for _, target, _, _ in told), told


@slow
def test_strikes_called_in_against_positions(real_extractor: Any) -> None:
    told = _told(real_extractor, "The convoy was ambushed, and its commander called in air "
                                 "strikes on rebel positions near Tarso, an official said.")
    assert ("official", "rebel positions", "armed_group", False) in told, told


@slow
def test_a_force_moved_against_those_it_faced(real_extractor: Any) -> None:
    told = _told(real_extractor, "Troops killed 12 people in Dunmore. The army said it had "
                                 "moved against armed militias who attacked police stations.")
    assert ("army", "armed militias", "armed_group", False) in told, told


@slow
def test_counter_example_a_force_that_acted_on_information_struck_nothing(
        real_extractor: Any) -> None:
    told = _told(real_extractor, "Troops killed 12 people in Dunmore. The army said it had "
                                 "acted on information from residents.")
    assert not any(target == "information" for _, target, _, _ in told), told


@slow
def test_a_neighbour_named_by_its_border_is_not_the_governments_state(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "TUNIS (Reuters) - Militants attacked army posts in the "
                                       "Tunisian town of Varnet, not far from the Libyan "
                                       "frontier, on Monday, the government said.")
    assert {c.party.name for c in claims} == {"Tunisia's government"}, claims


@slow
def test_a_name_several_states_bodies_share_names_no_home_state(real_extractor: Any) -> None:
    doc = real_extractor.nlp("TUNIS (Reuters) - Gunmen fired on two National Guard posts "
                             "outside the Tunisian town of Varnet, the interior ministry said.")
    assert home_state(doc, Gazetteer.default()) == "TN"


@slow
def test_counter_example_a_state_named_by_its_own_body_still_counts(real_extractor: Any) -> None:
    doc = real_extractor.nlp("KYIV (Reuters) - Ukraine's National Guard said its units hit a "
                             "depot near Varnet on Monday.")
    assert home_state(doc, Gazetteer.default()) == "UA"


@slow
def test_an_outlet_named_by_a_common_word_keeps_its_case(real_extractor: Any) -> None:
    at_dawn = real_extractor.nlp("Militants attacked army posts in Varnet at dawn on Monday.")
    assert not any(e.ent_id_ == "media.dawn" for e in at_dawn.ents)
    paper = real_extractor.nlp("Dawn reported that militants attacked army posts in Varnet.")
    assert any(e.ent_id_ == "media.dawn" for e in paper.ents)


@slow
def test_a_spokesman_titled_with_another_bodys_name_speaks_for_that_body(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       'The interior ministry said two bombers had slipped into the cafe in '
                       'Ostra. "The operation targeted the crusaders and their allies," Shebab '
                       'spokesman Omar Dalle said in a message.')
    names = {c.party.name for c in claims if c.target.text == "crusaders"}
    assert names == {"Shebab spokesman Omar Dalle"}, claims


@slow
def test_a_passive_accusation_with_no_accuser_is_no_ones_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The army said its jets struck rebel camps near Tarso. "
                                       "The militia has been active along the river for a "
                                       "decade and is accused of killing hundreds of herders.")
    assert not any(c.target.text == "hundreds of herders" for c in claims), claims
    assert any(c.party.name == "army" for c in claims), claims


@slow
def test_a_speakers_own_description_is_not_denied_by_the_speaker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Relatives of the three men killed in the raid on Ostra "
                                       "rejected the army account.")
    assert not any(c.negated for c in claims), claims


@slow
def test_a_spokesman_titled_with_a_word_of_the_bodys_name_is_not_named_twice(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Alliance for Order denied carrying out any air strikes in Ostra. "
                       "Alliance spokesman Col. Teo Marran said the market was hit by rebel "
                       "mortars.")
    names = {c.party.name for c in claims if c.target.text == "market"}
    assert names == {"Alliance spokesman Col. Teo Marran"}, claims


@pytest.mark.parametrize(("sentence", "name"), [
    ("Doctors at a clinic in the nearby town of Dorra said they had taken in 40 bodies.",
     "Dorra"),
    ("Among the dead were families that fled the shelling around Kelm last year.", "Kelm"),
])
def test_a_place_nearby_or_fled_is_not_where_the_strike_was(sentence: str, name: str) -> None:
    assert _speaker_location(sentence, name)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Jets struck the market in Dorra, killing 40 people.", "Dorra"),
    ("Shells hit a camp for people displaced by the fighting near Kelm.", "Kelm"),
])
def test_counter_example_a_place_struck_is_where_the_strike_was(sentence: str, name: str) -> None:
    assert not _speaker_location(sentence, name)


@slow
def test_a_persons_title_at_another_mention_says_what_he_is(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 'The strike targeted Hamas military chief Arno Velt on Tuesday. Prime '
                 'Minister Dana Miro said: "Our jets struck the camp to kill Arno Velt."')
    assert ("Prime Minister Dana Miro", "Arno Velt", "armed_group", False) in told, told


@slow
def test_counter_example_a_name_with_no_title_anywhere_stays_unknown(real_extractor: Any) -> None:
    told = _told(real_extractor, 'Prime Minister Dana Miro said: "Our jets struck the camp '
                                 'near Ostra to kill Arno Velt."')
    assert ("Prime Minister Dana Miro", "Arno Velt", "unknown", False) in told, told


@slow
def test_leaders_of_the_group_are_the_armed_group_named_before(real_extractor: Any) -> None:
    told = _told(real_extractor, "Jets struck a camp in Gaza. Hamas said the strike killed two "
                                 "leaders of the group.")
    assert ("Hamas", "two leaders of the group", "armed_group", False) in told, told


@slow
def test_counter_example_members_of_a_group_no_armed_body_named(real_extractor: Any) -> None:
    told = _told(real_extractor, "Jets struck a hall in Ostra. Officials said the strike "
                                 "killed two members of the group.")
    assert ("Officials", "two members of the group", "armed_group", False) not in told, told
