"""Speakers the parse strands, reports that say nothing, and what a demonstrative or a
person's site stands for: a reporting verb hung on the strike it reports still has its
own speaker, "fired into a crowd" is an account and "fired into the air" none, "did not
confirm or deny" is nobody's account, a clause that is the speaker's own report is no
part of the speaker's name, "This was a military target" speaks of what was struck, and
a person's compound is that person's, not a military site by its head word.
Team-written sentences with invented names, parsed with the real model (``slow``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow


@slow
def test_a_reporting_verb_hung_on_the_strike_keeps_its_stranded_speaker(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A fighter jet bombed a gathering in Kelan village on Tuesday, killing "
                       "at least 30 people, residents and members of a local volunteer group "
                       "told Radio Kelan.")
    told = {(c.party.name, c.target.text) for c in claims}
    assert ("residents", "gathering") in told, told
    # the strike's own subject is never the speaker
    assert not any("jet" in c.party.name for c in claims), claims


@slow
def test_fired_into_a_crowd_is_an_account_and_into_the_air_none(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A rights activist said soldiers had fired into a "
                                       "crowd that was praying before the march.")
    assert [(c.target.text, c.target.target_class, c.rule) for c in claims] == [
        ("crowd", "civilians", "hit.fire_on")], claims
    claims = _analysed(real_extractor, "Police fired into the air to scatter the marchers, "
                                       "a witness said.")
    assert not any(c.target.text.endswith("air") for c in claims), claims


@slow
@pytest.mark.parametrize("unsaid", [
    "The ministry did not confirm or deny the strikes.",
    "The ministry neither confirmed nor denied the strikes.",
    "The ministry refused to deny the strikes.",
])
def test_a_report_that_says_nothing_is_nobodys_account(real_extractor: Any,
                                                       unsaid: str) -> None:
    claims = _analysed(real_extractor, "Jets bombed the village of Tora on Sunday. " + unsaid)
    assert not any(c.party.name == "ministry" for c in claims), claims


@slow
def test_a_plain_denial_is_still_an_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Jets bombed the village of Tora on Sunday. "
                                       "The ministry denied the strikes.")
    assert any(c.party.name == "ministry" for c in claims), claims


@slow
def test_a_speakers_own_report_is_no_part_of_his_name(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Jets bombed Tora on Sunday. A farmer who said six relatives were "
                       "killed told reporters the jets came at night.")
    assert {c.party.name for c in claims} == {"farmer"}, claims
    # a clause that says who he is stays in the name
    told = _told(real_extractor, "A farmer who lost three sons said the jets bombed the "
                                 "market in Tora.")
    assert any(name.startswith("farmer who lost three sons") for name, _, _ in told), told


@slow
def test_this_was_speaks_of_the_site_struck(real_extractor: Any) -> None:
    start = "Jets struck a compound in Tora on Monday, killing 15 people, officials said. "
    claims = _analysed(real_extractor, start + '"This was a legitimate military target," '
                                               "a spokesman for the alliance told reporters.")
    assert ("legitimate military target", "military", "copula.struck_subject") in {
        (c.target.text, c.target.target_class, c.rule) for c in claims}, claims
    claims = _analysed(real_extractor, start + '"That was a mistake," the spokesman said.')
    assert not any(c.rule == "copula.struck_subject" for c in claims), claims


@slow
def test_a_persons_compound_is_not_military_by_its_head_word(real_extractor: Any) -> None:
    told = _told(real_extractor, "Officials said 12 people were killed when jets flattened "
                                 "the walled compound of Omar Tessa, a retired judge, in Tora.")
    compounds = {cls for _, text, cls in told if "compound" in text}
    assert compounds == {"unknown"}, told
    # counter-example: a group's compound is the group's
    told = _told(real_extractor, "Officials said jets flattened the compound of the Tora "
                                 "militia on Monday.")
    compounds = {cls for _, text, cls in told if "compound" in text}
    assert compounds and compounds <= {"armed_group", "military"}, told
