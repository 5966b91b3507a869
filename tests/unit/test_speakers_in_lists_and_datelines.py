"""Speakers the small model's parse hid: a story filed from two cities, a speaker after
a toll's share ("most of them women and children, the health ministry said"), a body
joined to "state media" before a trailing "said", and a newspaper's name in lower-case
words. Real model (``slow``); names and places are invented, except the states, the
cities of the dateline and the newspaper the gazetteer knows."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _parties(extractor: Any, body: str) -> set[str]:
    return {c.party.name for c in _analysed(extractor, body)}


@slow
def test_a_story_filed_from_two_cities_has_no_city_for_speaker(real_extractor: Any) -> None:
    parties = _parties(real_extractor,
                       "NEW DELHI/ISLAMABAD, Oct 20 (Reuters) - India's army chief said on "
                       "Sunday his troops had hit militant launch pads in Kashmir, while "
                       "Pakistan said Indian shelling had killed civilians.")
    assert "India's army chief" in parties, parties
    assert not any("DELHI" in p or "ISLAMABAD" in p for p in parties), parties


@slow
def test_the_speaker_after_a_share_of_the_toll(real_extractor: Any) -> None:
    parties = _parties(real_extractor,
                       "The death toll from the wave of air strikes on Kelo has risen to 31, "
                       "with 101 people wounded, most of them women and children, the health "
                       "ministry in the rebel-run government said on Sunday.")
    assert parties and all("ministry" in p for p in parties), parties
    assert not any("women" in p for p in parties), parties
    # the trailing "said" the parse joined to the strike, past the "and" of "wounded"
    parties = _parties(real_extractor,
                       "Air strikes on the port of Mesra killed 31 people and wounded 101, "
                       "most of them women and children, the health ministry in the "
                       "rebel-run government said on Sunday.")
    assert parties == {"health ministry"}, parties
    # a reporting verb joined by its own "and" is not the speaker of the strike before it
    claims = _analysed(real_extractor,
                       "Jets struck a depot in Mesra, and the military said it had hit a camp.")
    assert {c.target.text: c.party.name for c in claims}["depot"] != "military", claims


@slow
def test_a_body_and_state_media_before_a_trailing_said(real_extractor: Any) -> None:
    parties = _parties(real_extractor,
                       "KELO, Oct 5 (Reuters) - A drone attack on a graduation ceremony at a "
                       "military academy in the city of Mesra killed dozens of people on "
                       "Thursday, including civilians, the army and state media said, in one "
                       "of the deadliest attacks on the armed forces in years.")
    assert "media" not in parties, parties
    assert any("army" in p for p in parties), parties


@slow
def test_a_newspapers_name_in_lower_case_words_is_no_newspaper(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Missiles hit a clinic in Mesra on Friday, the national police said.")
    assert {c.party.type for c in claims} != {"media"}, claims
    assert all(c.party.id != "media.the-national" for c in claims), claims
    claims = _analysed(real_extractor,
                       "The National reported on Friday that missiles had hit a clinic in "
                       "Mesra.")
    assert {c.party.id for c in claims} == {"media.the-national"}, claims


@slow
@pytest.mark.parametrize(("body", "place"), [
    # "the Dasht-e-Archi district of Kunduz province": the district, not the province
    ("Officials said jets struck a gathering in the Dasht-e-Archi district of Kunduz "
     "province on Monday.", "Dasht-e Archī"),
    # a town the parse splits at its hyphens is one name
    ("KUNDUZ, Afghanistan (Test Wire) - Residents said an air strike on Monday hit a "
     "seminary in Dasht-i-Archi where families had gathered.", "Dasht-e Archī"),
])
def test_a_district_of_a_province_and_a_hyphened_town(real_extractor: Any, body: str,
                                                      place: str) -> None:
    claims = _analysed(real_extractor, body)
    assert claims and all(c.place is not None and c.place.name == place for c in claims), \
        claims
