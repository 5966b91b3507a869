"""Accounts a one-sided story tells in words the tables missed, and who tells them.

- "missiles struck a shopping mall ... the mall posed no threat to the army", "had no
  strategic value": the site, by its own class, is the speaker's account of what was hit
  (rows ``use.no_threat`` and ``use.no_military_value``), only for a site the story says
  was struck.
- "The Palestinian Ministry of Culture said": the "of" phrase of a body's name is no
  toponym (a transliterating gazetteer finds a village "Kultur" in Turkey).
- '"Our troops fired only at the armed group," the statement quoted a military official
  as saying': the one quoted speaks, not the statement or the paper quoting him.
- "organisers said", "one of the protesters said", "mourners said": people at a protest
  speak as witnesses do (party rule ``role.witness``).
- "the RSF said its fighters had taken the camp, insisting that ...": a reporting
  participle hung on the reported clause is the reporter's.
- "the airside area of Terminal 1", "accusing Seoul of inventing the incident", "held
  Moscow responsible": a facility's number and a government are no places (rule
  ``place.accused_state``).
- "intercepted and destroyed a ballistic missile", "was brought down ... without causing
  any damage": the weapon stopped (rows ``miss.intercepted_joined``,
  ``miss.brought_down``, ``miss.without_damage``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_bodies_in_appositions_and_own_bases import _parties

slow = pytest.mark.slow

_MALL = ("Russian missiles struck a shopping mall in the city on Monday, killing 18 people, "
         "Ukrainian officials said.\n\n")


@slow
def test_a_struck_site_of_no_threat_is_the_speakers_account(real_extractor: Any) -> None:
    said = _parties(real_extractor, _MALL + "President Volodymyr Zelenskiy said the mall "
                                            "posed no threat to the Russian army.")
    assert "President Volodymyr Zelenskiy" in said.get("mall", set()), said
    said = _parties(real_extractor, _MALL + "The mayor said the mall had no military value.")
    assert any("mayor" in p for p in said.get("mall", ())), said


@slow
def test_no_threat_from_what_nobody_says_was_struck_is_no_account(
        real_extractor: Any) -> None:
    # counter-examples: a thing the story does not say was hit, and a value no military one
    said = _parties(real_extractor, _MALL + "The mayor said the storm posed no threat to "
                                            "the city.")
    assert "storm" not in said, said
    said = _parties(real_extractor, _MALL + "The mayor said the mall had no value to "
                                            "investors.")
    assert not {p for p in said.get("mall", ()) if "mayor" in p}, said


@slow
def test_a_ministrys_of_phrase_is_no_place(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Israeli warplanes on Thursday flattened the Nour Cultural Centre in "
                       "western Gaza City, Palestinian officials said.\n\n"
                       "The Palestinian Ministry of Culture called the strike an attack on "
                       "Palestinian culture.")
    places = {c.place.name for c in claims if c.place is not None}
    assert places and all(p.startswith("Gaza") for p in places), places


@slow
def test_a_town_after_of_is_still_a_place(real_extractor: Any) -> None:
    # counter-example: "the town of X" names a place
    claims = _analysed(real_extractor,
                       "Shells hit a market in the town of Kramatorsk on Monday, killing "
                       "eight people, the regional governor said.")
    assert any(c.place is not None and c.place.name == "Kramatorsk" for c in claims), \
        [(c.target.text, c.place) for c in claims]


_QUOTED = ("Artillery shells hit a school near the village on Wednesday, killing 23 cadets, "
           "rebels said.\n\n"
           "\"Our troops fired only at the armed group that had taken up positions near our "
           "camp,\" {tail}.")


@slow
def test_the_one_quoted_speaks_not_the_paper_quoting_him(real_extractor: Any) -> None:
    said = _parties(real_extractor, _QUOTED.format(
        tail="the state newspaper quoted a military official as saying"))
    assert said["armed group"] == {"military official"}, said


@slow
def test_a_paper_that_says_the_quote_itself_speaks(real_extractor: Any) -> None:
    # counter-example: with no one quoted, the paper's own words
    said = _parties(real_extractor, _QUOTED.format(tail="the state newspaper said"))
    assert said["armed group"] == {"state newspaper"}, said


@slow
def test_organisers_of_a_protest_speak(real_extractor: Any) -> None:
    said = _parties(real_extractor,
                    "Troops stormed the protest camp on Tuesday. Organisers said more than 50 "
                    "demonstrators had been killed and that soldiers fired on the tents.")
    assert said.get("tents") == {"Organisers"}, said
    said = _parties(real_extractor,
                    "Soldiers opened fire on the tents, killing 50 people, one of the "
                    "protesters said.")
    assert any("protester" in p for p in said.get("tents", ())), said


_CAMP = ("Drones and artillery pounded the camp on Friday, killing dozens of displaced people, "
         "aid groups said.\n\n")


@slow
def test_a_participle_on_the_reported_clause_is_the_reporters(real_extractor: Any) -> None:
    # "the RSF said its fighters had taken the camp, insisting that ...": the one who said
    said = _parties(real_extractor, _CAMP + "In a statement on Sunday, the RSF said its fighters "
                    "had liberated the camp from armed groups, insisting that the site was not "
                    "a camp for displaced people but a barracks.")
    assert said["barracks"] == {"RSF"}, said


@slow
def test_a_participle_with_no_report_above_is_its_clauses_subjects(
        real_extractor: Any) -> None:
    # counter-example: no one reports the clause, so its own subject insists
    said = _parties(real_extractor, _CAMP + "Commanders of the RSF took the camp on Sunday, "
                    "insisting that the site was not a camp for displaced people but a "
                    "barracks.")
    assert all("RSF" in p or "Commanders" in p for p in said["barracks"]), said


@slow
def test_a_numbered_facility_and_an_accused_capital_are_no_places(
        real_extractor: Any) -> None:
    # "the airside area of Terminal 1" (a Mexican town is called Terminal), "accusing
    # Seoul of inventing the incident": a facility's number and a government, no places
    claims = _analysed(real_extractor,
                       "Shells hit a shed in the airside area of Terminal 1 at the airport in "
                       "Kramatorsk on Monday, the regional governor said.\n\n"
                       "The North denied firing any shells at the South, accusing Seoul of "
                       "inventing the incident as a pretext for shelling its positions. "
                       "Washington held Moscow responsible for the shelling of the shed.")
    places = {c.place.name for c in claims if c.place is not None}
    assert places and not places & {"Seoul", "Moscow", "Terminal de Providencia"}, places


@slow
def test_a_capital_where_a_strike_fell_is_still_a_place(real_extractor: Any) -> None:
    # counter-example: a capital the strike hit, not one a party accuses
    claims = _analysed(real_extractor,
                       "Drones hit an apartment block in Kyiv on Monday, killing three "
                       "people, the mayor said.")
    assert any(c.place is not None and c.place.name.startswith("Kyiv") for c in claims), \
        [(c.target.text, c.place) for c in claims]


@slow
def test_a_missile_intercepted_and_destroyed_or_brought_down_missed(
        real_extractor: Any) -> None:
    told = {(c.target.text, c.negated, c.rule) for c in _analysed(
        real_extractor,
        "Air defences intercepted and destroyed a ballistic missile fired toward the "
        "Makkah region on Thursday night, the coalition said.\n\n"
        "The missile was brought down 65 km from Makkah without causing any damage, the "
        "coalition command said.")}
    assert {r for _, neg, r in told if neg} >= {
        "miss.intercepted_joined", "miss.brought_down", "miss.without_damage"}, told
