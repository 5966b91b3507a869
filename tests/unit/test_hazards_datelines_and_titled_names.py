"""Hazards, datelines, stances and the names speakers are given (issue 8), each beside a
sentence where the rule must not apply.

- Hazards: "lightning strikes hit 23 districts" is a hazard's strike word
  (``claim.hazard_simile``, :func:`_hazard_compound`), "a bomb went off" is none; a
  toll "across the country" is a campaign's (``background.toll_across_region``), one
  "across the street" is not; "at least" is no superlative that would hide such a toll
  (``pseudo.superlative_period``).
- Datelines: "Bogotá, Mar 30 (EFE).-", the agency's bracket, stop and dash one token, is
  where the story was filed, never a speaker nor the first word of a title; "the
  provincial capital" is no state's
  capital (``place.the_capital``).
- Stances: "against all attacks targeting civilians", "condemns any attack on
  civilians" (``policy.every_attack``) are general lines; "did not conduct any strikes
  against the convoy" and "denied it had carried out any such attack" deny this one.
- Names: '"...," the source added' after a person is that person
  (``name.the_source_heard``), not after a ministry (a team test holds that); "Mekdad"
  tagged a place after "Foreign Minister Faisal Mekdad" is the minister
  (``name.surname_heard``); "the commander of the Nigerian Army's 1 Division, Valentine
  Okoro" speaks for the army when "Okoro said" later (``name.titled_earlier``), "a
  farmer, Ali Musa" for himself.
- Places: "those responsible for planning and carrying out a missile attack on the
  Chadian city of Abeche" were not hit in Abeche (the gerund parsed as the object of
  "for" tells the targets' own strike, :func:`_in_clause`); "militants in the Chadian city
  of Abeche" were.
- Victims: "at least 30 of the dead were children" (``copula.victims_counted``), not
  "30 of the trucks were lorries"; "labourers were sleeping when the strike hit"
  (``hit.when_struck`` with an attack as its subject), not "the sirens sounded".

Team-written sentences, parsed with the real model (``slow``); names are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.models import Article, Claim
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _said(claims: list[Claim]) -> set[tuple[str, str]]:
    return {(c.party.name, c.target.text) for c in claims}


def _general(extractor: Any, body: str) -> list[Claim]:
    article = Article(id="t", headline="", body=body, source="Test Wire")
    return list(extractor.analyse([article])[0].general)


# ------------------------------------------------------------------ hazards and tolls

_LIGHTNING = ("At least 40 people were killed after being struck by lightning in 12 districts "
              "of Marel on Thursday, the disaster management department said.\n\n"
              "Most of the victims were farmers working in the fields when the thunderstorm "
              "hit, officials said.\n\n{}")


@slow
def test_lightning_strikes_are_a_hazards_words(real_extractor: Any) -> None:
    body = _LIGHTNING.format("Lightning strikes also killed 12 people in Dorba, officials said.")
    assert _analysed(real_extractor, body) == []


@slow
def test_counter_example_a_bomb_in_the_story_is_no_hazards(real_extractor: Any) -> None:
    body = _LIGHTNING.format("A bomb went off at the market in Dorba, killing four people, "
                             "officials said.")
    assert _analysed(real_extractor, body), "a bomb is a strike word of its own"


@slow
def test_a_toll_across_the_country_is_a_campaigns(real_extractor: Any) -> None:
    assert _analysed(real_extractor, "At least five people were killed across the country, "
                                     "regional authorities said.") == []
    assert _analysed(real_extractor, "Officials said at least 17 people were killed in strikes "
                                     "across the south.") == []


@slow
def test_counter_example_a_toll_across_the_street_is_the_strikes(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials said five people were killed across the "
                                       "street from the market.")
    assert ("Officials", "five people") in _said(claims)
    # and a superlative still frames one attack's toll
    claims = _analysed(real_extractor, "Officials said the deadliest strike this year killed "
                                       "20 people.")
    assert ("Officials", "20 people") in _said(claims)


# ------------------------------------------------------------------ datelines and capitals


@slow
def test_a_spanish_agencys_dateline_is_no_speaker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Bogotá, Mar 30 (EFE).- Chad's Defense Minister Pelan Tara on Wednesday defended a "
        "military operation in the southern department of Marel in which 11 people were "
        "killed, saying it was carried out against dissidents."))
    names = {c.party.name for c in claims}
    # (neither the city nor the agency's closing token, which the tagger calls a name)
    assert names == {"Chad's Defense Minister Pelan Tara"}, names
    claims = _analysed(real_extractor, (
        "Bogotá, Mar 30 (EFE).- Chad's Defense Minister Sorin Marel on Wednesday defended a "
        "military operation in the southern department of Dorba in which 11 people were "
        "killed, saying it was carried out against dissidents."))
    assert {c.party.name for c in claims} == {"Chad's Defense Minister Sorin Marel"}, \
        _said(claims)


@slow
def test_counter_example_a_city_that_speaks_is_a_speaker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Bogota said on Wednesday that the strike had killed 11 "
                                       "dissidents in the south.")
    assert any(c.party.name.startswith("Bogota") for c in claims), _said(claims)


@slow
def test_the_provincial_capital_is_no_states_capital(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "KUNDUZ, Afghanistan (Test Wire) - A council member said at least 59 people had been "
        "killed and that more than 50 others had been taken to hospitals in the provincial "
        "capital."))
    assert claims and all(c.place is None or c.place.name != "Kabul" for c in claims), \
        [(c.target.text, c.place) for c in claims]


@slow
def test_counter_example_the_capital_is_the_states(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "TRIPOLI, Libya (AP) - Officials said bombs fell on residential neighborhoods of the "
        "capital."))
    assert any(c.place is not None and c.place.name == "Tripoli" for c in claims), \
        [(c.target.text, c.place) for c in claims]


# ------------------------------------------------------------------ stances


@slow
@pytest.mark.parametrize("body", [
    '"Chad is against all attacks targeting civilians and carries out its operations in '
    'accordance with international law," the ministry said.',
    "The ministry said it condemns any attack on civilians."])
def test_every_attack_of_a_kind_is_a_stance(real_extractor: Any, body: str) -> None:
    assert _analysed(real_extractor, body) == []
    assert [c.target.text for c in _general(real_extractor, body)] == ["civilians"]


@slow
def test_counter_example_any_strike_denied_is_this_one(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Dorba said its jets did not conduct any strikes "
                                       "against the UN aid convoy.")
    assert "UN aid convoy" in {c.target.text for c in claims}, _said(claims)
    claims = _analysed(real_extractor, "The agency said an airstrike on a school killed 22 "
                                       "people, while the army denied it had carried out any "
                                       "such attack.")
    assert "any such attack" in {c.target.text for c in claims}, _said(claims)


# ------------------------------------------------------------------ names


@slow
def test_the_source_added_after_a_person_is_that_person(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The raid killed 50 people, the health ministry spokesman, Dr. Arno Tara, told the "
        "agency. He said the toll was preliminary.\n\n"
        '"The aggression targeted the bus directly while it was stopped in the market," the '
        "source added."))
    (bus,) = [c for c in claims if c.target.text == "bus"]
    assert "Arno Tara" in bus.party.name, bus.party


@slow
def test_counter_example_a_bare_source_with_nobody_before(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, '"The aggression targeted the bus directly," the source '
                                       "added.")
    assert {c.party.name for c in claims} <= {"source"}, _said(claims)


@slow
def test_a_surname_tagged_a_place_is_the_person_named_before(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Foreign and Expatriates Minister Dr. Faisal Mekdad, accompanied by the Iranian "
        "Ambassador in Damascus, inspected the site. Mekdad strongly condemned the attack that "
        "targeted the building of the consulate, killing a number of innocent people."))
    names = {c.party.name for c in claims}
    assert names and all("Faisal Mekdad" in n for n in names), names


@slow
def test_a_person_named_beside_a_role_of_a_body_speaks_for_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The commander of the Nigerian Army's 1 Division, Valentine Okoro, visited the "
        "village.\n\nOkoro said the drone was on a mission against terrorists."))
    (claim,) = claims
    assert claim.party.side == "ng" and "Valentine Okoro" in claim.party.name, claim.party


@slow
def test_counter_example_a_person_beside_a_role_of_no_body(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A farmer, Sorin Kessa, saw the jets.\n\nKessa said the "
                                       "drone hit his house.")
    (claim,) = claims
    assert claim.party.side is None and claim.party.id.startswith("person."), claim.party


# ------------------------------------------------------------------ victims


@slow
def test_a_counted_share_of_the_dead(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A member of a local rescue team said at least 30 of the "
                                       "dead were children.")
    assert [(c.rule, c.target.text) for c in claims] == [("copula.victims_counted", "children")]
    assert _analysed(real_extractor, "A rescuer said 30 of the trucks were lorries.") == []


@slow
def test_people_asleep_when_a_strike_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Kessa said the labourers were sleeping in makeshift "
                                       "shelters when the strike hit late on Wednesday.")
    assert [(c.rule, c.target.text) for c in claims] == [("hit.when_struck", "labourers")]
    # counter-examples: no people, or a storm
    assert _analysed(real_extractor, "He said the sirens sounded when the strike hit.") == []
    assert _analysed(real_extractor, "Residents said families were sleeping when the storm "
                                     "hit.") == []


# ------------------------------------------------------------------ the targets' own attacks


@slow
def test_the_city_the_targets_attacked_is_not_where_they_were_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        'The strike targeted "those responsible for planning and carrying out" a missile '
        "attack on the Chadian city of Abeche on Wednesday night, the spokesman said."))
    (claim,) = [c for c in claims if c.target.text.startswith("those responsible")]
    assert claim.place is None or claim.place.geonames_id != 245785, claim.place


@slow
def test_counter_example_the_city_of_the_strike_is_its_place(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The spokesman said the strike targeted militants in the "
                                       "Chadian city of Abeche on Wednesday night.")
    (claim,) = claims
    assert claim.place is not None and claim.place.geonames_id == 245785, claim.place
