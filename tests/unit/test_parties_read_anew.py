"""Parties a reporter would write (issue 8), with the real model (``slow``):

- a dateline in title case with no agency ("Sidon, Lebanon - Israel carried out ...") is
  where the story was filed, not a party: the claim in the lead belongs to its subject;
- a state the recogniser takes for a person ("a tactic Kyiv calls a double tap") is no
  "he": a later "he said" is still the governor who spoke;
- '," a neighbour who gave his name as Karim told AFP' is Karim's quote, though
  the parse reads "as Karim told AFP" as a clause of its own.

Team-written sentences; names and places are invented or generic."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _parties_telling(extractor: Any, body: str, word: str) -> list[str]:
    """The parties of the claims whose target names ``word``; fails when there is none."""
    claims = _analysed(extractor, body)
    parties = [c.party.name for c in claims if word in c.target.text]
    assert parties, [(c.party.name, c.target.text) for c in claims]
    return parties


@slow
@pytest.mark.parametrize("dash", [" - ", " \u2014 "])
def test_place_dateline_is_no_party(real_extractor: Any, dash: str) -> None:
    parties = _parties_telling(real_extractor, (
        f"Sidon, Lebanon{dash}Israel carried out a series of air strikes on the port "
        "district, saying it targeted depots where the group stored rockets."), "depots")
    assert set(parties) == {"Israel"}, parties


@slow
def test_a_place_that_speaks_before_a_dash_is_still_a_party(real_extractor: Any) -> None:
    # a verb before the dash: the place is the sentence's subject, not a dateline
    parties = _parties_telling(real_extractor, (
        "Israel said on Friday - in a short statement - that its jets struck depots where "
        "the group stored rockets."), "depots")
    assert set(parties) == {"Israel"}, parties


@slow
def test_a_state_taken_for_a_person_is_no_he(real_extractor: Any) -> None:
    parties = _parties_telling(real_extractor, (
        "Oleh Petrenko, governor of the region, said on Telegram that a second missile "
        "struck the same spot while rescue crews were at work, a tactic Kyiv calls a "
        '"double tap". More than 40 people were wounded, he said, and several private '
        "houses were damaged in a residential part of the city."), "houses")
    assert all("Petrenko" in p for p in parties), parties


@slow
def test_a_titled_person_is_still_he(real_extractor: Any) -> None:
    # a person named with a long title stays the "he" of his quote, whatever type the
    # title gives his party
    parties = _parties_telling(real_extractor, (
        "National Security Commissioner Juan Carlos Ortega told a news conference that "
        "police had gone to the ranch after reports that armed men had occupied it. "
        '"Our forces were attacked and repelled the aggression," he said.'), "forces")
    assert all("Ortega" in p for p in parties), parties


@slow
@pytest.mark.parametrize("giving", ["gave his name as Karim", "gave his name only as Karim",
                                    "identified himself as Karim"])
def test_a_speaker_who_gives_his_name_keeps_his_quote(real_extractor: Any,
                                                      giving: str) -> None:
    parties = _parties_telling(real_extractor, (
        "Shells hit the town of Kora on Saturday. \"There is nothing military here, the "
        f'shell hit our school," a teacher who {giving} told reporters.'), "school")
    assert all("teacher" in p or "Karim" in p for p in parties), parties
