"""What wire copy says in passing that a parse or a class row missed: those behind an
attack are the attackers; a that-clause the parse hung on "a statement" still tells an
interception; "two men shot during the raid were fishermen" read as the dead and what
they were; a struck site described or called by "it"; what a person once was is not what
he is; "narcos" and "violent protesters" as a force calls those it faced. Names and
places are invented."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.nlp.places import slot_names, toponym_phrases
from tests.unit.test_gunfight_tolls_accusations_and_named_bodies import _told

slow = pytest.mark.slow


@slow
@pytest.mark.parametrize(("body", "target"), [
    ("The coalition said the raid hit those responsible for the mortar attack on Ostra. "
     "Medics said 40 children were killed.", "those responsible for the mortar attack"),
    ("The army said the strike targeted the people responsible for the rocket fire on "
     "Ostra. Medics said 40 children were killed.", "people responsible for the rocket fire"),
])
def test_those_behind_an_attack_are_the_attackers(real_extractor: Any, body: str,
                                                  target: str) -> None:
    told = _told(real_extractor, body)
    assert any(t == target and cls == "armed_group" for _, t, cls, _ in told), told


@slow
def test_counter_example_those_responsible_for_a_theft_are_no_attackers(
        real_extractor: Any) -> None:
    told = _told(real_extractor, "Jets struck Ostra. The army said the strike targeted the "
                                 "people responsible for the bakery.")
    assert not any(cls == "armed_group" for _, _, cls, _ in told), told


@slow
def test_an_interception_told_in_a_clause_of_a_statement(real_extractor: Any) -> None:
    told = _told(real_extractor, "The army said its jets had hit missile factories in Tarso. "
                                 "The air defence command said in a message that every "
                                 "drone had been shot down.")
    assert ("air defence command", "every drone", "unknown", True) in told, told


@slow
def test_counter_example_drones_shot_down_as_a_modifier_tell_no_miss(real_extractor: Any) -> None:
    told = _told(real_extractor, "The jets hit Tarso. Drones shot down over Tarso were shown "
                                 "on television, the command said.")
    assert not any(neg for *_, neg in told), told


@slow
def test_the_dead_the_parse_took_for_the_subject_of_killed(real_extractor: Any) -> None:
    told = _told(real_extractor, "Police raided Pelmar on Monday, killing two men. Residents "
                                 "say two men shot during the raid were fishermen from the lake.")
    assert ("Residents", "fishermen", "civilians", False) in told, told


@slow
def test_a_struck_site_described_or_called_by_it(real_extractor: Any) -> None:
    described = _told(real_extractor, "Officials said jets struck the consulate in Varnet. "
                                      "The army spokesman described it as an army barracks.")
    assert ("army spokesman", "army barracks", "military", False) in described, described
    called = _told(real_extractor, "Officials said jets struck the consulate in Varnet. "
                                   "The army spokesman called it an army depot.")
    assert ("army spokesman", "army depot", "military", False) in called, called


@slow
def test_counter_example_what_a_strike_is_called_is_no_site(real_extractor: Any) -> None:
    told = _told(real_extractor, "Jets hit the police station in Varnet. The prime minister "
                                 "called it a terrorist attack.")
    assert not any(t == "terrorist attack" for _, t, _, _ in told), told


@slow
def test_what_a_person_once_was_is_not_what_he_is(real_extractor: Any) -> None:
    told = _told(real_extractor, "The army said a drone strike killed Arno Velt in Ostra. "
                                 "Velt, a former teacher, had commanded a rebel unit since "
                                 "2010.")
    velt = [cls for _, target, cls, _ in told if target == "Arno Velt"]
    assert velt and "civilians" not in velt, told


@slow
@pytest.mark.parametrize("people", ["violent protesters", "armed troublemakers", "narcos"])
def test_what_a_force_calls_those_it_faced(real_extractor: Any, people: str) -> None:
    told = _told(real_extractor, f"Soldiers fired on crowds in Kessa. The minister said troops "
                                 f"fired at {people}. The opposition said soldiers shot "
                                 f"unarmed civilians.")
    assert ("minister", people, "armed_group", False) in told, told


@slow
def test_counter_example_peaceful_protesters_stay_civilians(real_extractor: Any) -> None:
    told = _told(real_extractor, "Soldiers fired on crowds in Kessa. The opposition said "
                                 "troops fired at peaceful protesters.")
    assert ("opposition", "peaceful protesters", "civilians", False) in told, told


def test_a_place_name_after_an_article_written_small_is_a_name() -> None:
    assert ("al-Marra", "town of al-Marra") in toponym_phrases(
        "Jets struck a farmhouse in the town of al-Marra on Monday.")
    assert any(name == "el-Tarso" for name, _ in slot_names("Shells fell near el-Tarso, "
                                                             "officials said."))


def test_counter_example_a_word_written_small_is_no_name() -> None:
    assert toponym_phrases("Jets struck a farmhouse in the town of farmers.") == []
