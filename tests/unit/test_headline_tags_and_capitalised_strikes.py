"""Headlines as the desk sees them: a speaker given in a tag after a dash or a colon, or
before a colon; a strike word that opens the headline, capitalised as a first word is; a
headline's simple present under a speaker that tells this strike; a rebel spokesman of
the rebels heard before. Names and places are invented. Tag splitting runs on the real
tagger (``slow``), as does each story."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.nlp.paragraphs import headline_span, speaker_tag_start
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow

BODY = "The strike came on Monday afternoon, and the town was quiet by evening."


def _claims(extractor: Any, headline: str, body: str = BODY) -> set[tuple[str, str, str]]:
    return {(c.party.name, c.target.text, c.target.target_class)
            for c in _analysed(extractor, body, headline)}


def _sentences(extractor: Any, text: str) -> list[str]:
    return [s.text.strip() for s in extractor.nlp(text).sents]


@slow
def test_a_speaker_tag_after_a_dash_is_a_sentence_of_its_own(real_extractor: Any) -> None:
    sents = _sentences(real_extractor, "Shelling of Varnet clinic kills six - medics\n\n" + BODY)
    assert sents[:2] == ["Shelling of Varnet clinic kills six -", "medics"], sents


@slow
def test_a_speaker_tag_before_a_colon_is_a_sentence_of_its_own(real_extractor: Any) -> None:
    sents = _sentences(real_extractor, "Rebels: jets bombed the Tarso water plant\n\n" + BODY)
    assert sents[:2] == ["Rebels:", "jets bombed the Tarso water plant"], sents


@slow
def test_counter_example_a_colon_before_a_question_or_a_lead_is_no_tag(
        real_extractor: Any) -> None:
    doc = real_extractor.nlp("Varnet clashes: what we know so far\n\n" + BODY)
    assert speaker_tag_start(headline_span(doc)) is None  # no verb before, no name after
    lead = real_extractor.nlp("MIRAVA: Customs officers seized a boat at the port.\n\n" + BODY)
    assert headline_span(lead) is None  # a lead paragraph ends as a sentence does


@slow
def test_the_tag_after_a_dash_speaks_the_headline(real_extractor: Any) -> None:
    told = _claims(real_extractor,
                   "Air strikes on Pelmar camp kill 14 displaced people - aid group")
    assert ("aid group", "Pelmar camp", "civilian_site") in told, told


@slow
def test_the_tag_after_a_colon_speaks_the_headline(real_extractor: Any) -> None:
    told = _claims(real_extractor, "Drone strike on Ostra wedding kills 9: local officials")
    assert any(party == "local officials" and target == "Ostra wedding"
               and cls in ("civilians", "civilian_site") for party, target, cls in told), told


@slow
def test_the_tag_before_a_colon_speaks_the_headline(real_extractor: Any) -> None:
    told = _claims(real_extractor, "Army: artillery hit a rebel fuel depot in Sorrel")
    assert any(party == "Army" and cls == "armed_group" for party, _, cls in told), told


@slow
def test_counter_example_an_untagged_headline_present_is_nobodys_account(
        real_extractor: Any) -> None:
    assert _claims(real_extractor, "Air strike on Pelmar camp kills 14") == set()


@slow
def test_a_capitalised_strike_word_opening_a_said_headline_is_the_strike(
        real_extractor: Any) -> None:
    told = _claims(real_extractor, "Airstrike on Dunmore market kills 20, rebels say")
    assert ("rebels", "Dunmore market", "civilian_site") in told, told


@slow
def test_counter_example_strikes_that_kill_in_the_body_present_are_a_general_line(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Strikes on markets kill civilians, the aid group says. "
                                       + BODY)
    assert all(c.general for c in claims if c.target.text == "markets"), claims


@slow
def test_a_rebel_spokesman_of_the_rebels_heard_before_keeps_his_own_title(
        real_extractor: Any) -> None:
    claims = _analysed(
        real_extractor,
        "Twenty villagers died when jets bombed Dunmore on Monday, rebel spokesman Teo "
        "Marran said.",
        "Airstrike on Dunmore market kills 20, rebels say")
    names = {c.party.name for c in claims}
    assert "rebel spokesman Teo Marran" in names and not any(
        n.startswith("rebels rebel") for n in names), names
