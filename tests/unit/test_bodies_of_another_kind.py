"""Which body a definite noun names, and where a copy's dateline is, when the names around
it are of another kind.

- "... Hezbollah fighters in southern Lebanon, while the Iran-backed movement says ...":
  "the movement", like "the group", is first the body its own sentence named before it,
  not a movement that spoke earlier in the story.
- "a foreign intelligence agency had warned ... the foreign ministry said": a ministry is
  no agency, whatever words their names share.
- "the rights commission said ... The government said": the state's voice is not the
  commission or the court it set up, in the body or under a headline's "commission says";
  "the commission said" is the commission named before (row ``definite.commission``).
- "seven members of the National Guard": a force (the gazetteer's guards of Venezuela,
  Ukraine, the United States, Saudi Arabia and Russia share the name; a speaker is the
  one of the story's country).
- "Addis Abeba - The Ethiopian Human Rights Commission (EHRC) said": a place the
  recogniser does not know, opening the copy's first line before a dash, is its dateline
  and no speaker.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_bodies_in_appositions_and_own_bases import _parties

slow = pytest.mark.slow


_MOVEMENT = ("Hamas fighters attacked Israeli posts near Gaza on Monday, Hamas said. Hamas "
             "also said it fired rockets at Ashkelon.\n\n"
             "Israel said its jets struck military infrastructure and Hezbollah fighters in "
             "southern Lebanon, while {who} said it had fired rockets at military positions "
             "in northern Israel.")


@slow
def test_the_movement_is_the_body_its_own_sentence_named(real_extractor: Any) -> None:
    said = _parties(real_extractor, _MOVEMENT.format(who="the Iran-backed movement"))
    assert said["military positions"] == {"Hezbollah"}, said


@slow
def test_a_movement_named_only_before_its_sentence_is_still_found(
        real_extractor: Any) -> None:
    # counter-example: with no body named in its own sentence, the movement that spoke
    said = _parties(real_extractor, _MOVEMENT.replace(
        "Hezbollah fighters", "rocket crews").format(who="the Iran-backed movement"))
    assert said["military positions"] == {"Hamas"}, said


_AGENCY = ("At least 290 people were killed when bombs tore through churches and hotels on "
           "Sunday, police said.\n\n"
           "A government spokesman said a foreign intelligence agency had warned of "
           "possible attacks on churches two weeks earlier.\n\n"
           "At least 31 foreigners were among the dead, {who} said.")


@slow
def test_a_ministry_is_no_agency_that_shares_its_words(real_extractor: Any) -> None:
    said = _parties(real_extractor, _AGENCY.format(who="the foreign ministry"))
    assert said["At least 31 foreigners"] == {"foreign ministry"}, said


@slow
def test_an_agency_is_still_the_agency_named_before(real_extractor: Any) -> None:
    # counter-example: "the agency" takes the agency
    said = _parties(real_extractor, _AGENCY.replace(
        "A government spokesman said a foreign intelligence agency had warned",
        "The national disaster management agency said it had warned").format(
            who="the agency"))
    (who,) = said["At least 31 foreigners"]
    assert "agency" in who.lower(), said


_COMMISSION = ("Kampala - The Uganda Human Rights Commission said on Tuesday that government "
               "soldiers killed at least 30 civilians in Bure town after clashes with "
               "militia fighters.\n\n"
               "{who} said those killed were fighters who had opened fire on the army.")
_HEADLINE = "Soldiers killed 30 civilians in Bure, commission says"


@slow
def test_the_government_is_not_the_rights_commission(real_extractor: Any) -> None:
    said = _parties(real_extractor, _COMMISSION.format(who="The government"), _HEADLINE)
    assert said["fighters"] == {"government"}, said
    assert all("Commission" in p for t, ps in said.items() if t != "fighters" for p in ps), \
        said


@slow
def test_the_commission_is_the_commission_named_before(real_extractor: Any) -> None:
    # "the commission" takes the commission (anaphor row ``definite.commission``)
    said = _parties(real_extractor, _COMMISSION.format(who="The commission"), _HEADLINE)
    assert said["fighters"] == {"Uganda Human Rights Commission"}, said


_DATELINE = ("{place} - The Ethiopian Human Rights Commission (EHRC) said on Tuesday that "
             "government soldiers killed at least 30 civilians in Bure town after clashes "
             "with militia fighters.")


@slow
def test_an_unknown_spelling_of_a_dateline_place_is_no_speaker(real_extractor: Any) -> None:
    said = _parties(real_extractor, _DATELINE.format(place="Addis Abeba"),
                    "Soldiers killed 30 civilians in Bure, commission says")
    assert said and all(p.startswith("Ethiopian Human Rights Commission")
                        for ps in said.values() for p in ps), said


@slow
def test_a_name_before_a_dash_further_down_is_no_dateline(real_extractor: Any) -> None:
    # counter-example: only the copy's first line opens with a dateline
    said = _parties(real_extractor,
                    "Soldiers killed at least 30 civilians in Bure town on Monday, the "
                    "Ethiopian Human Rights Commission said.\n\n"
                    "Abebe Kebede - a farmer who lost two sons - said soldiers shot "
                    "civilians in the market.")
    assert any(p.startswith("Abebe Kebede") for p in said.get("civilians", ())), said


_GUARD = ("Drones loaded with explosives detonated near a parade in {city} on Saturday, "
          "wounding seven members of the National Guard, the government said.")


@slow
def test_the_national_guard_is_a_states_force(real_extractor: Any) -> None:
    # gazetteer: "National Guard" is shared by the guards of several states: as a target
    # it is a military force, and as a speaker the guard of the country the story names
    for city in ("Caracas, Venezuela", "Kyiv, Ukraine"):
        claims = _analysed(real_extractor, _GUARD.format(city=city))
        (hurt,) = [c for c in claims if "National Guard" in c.target.text]
        assert hurt.target.target_class == "military", hurt
        # (shared by several states' guards, the name gives no one actor to the target)
        assert hurt.target.actor_id is None, hurt
    claims = _analysed(real_extractor, _GUARD.format(city="Caracas, Venezuela")
                       + " The National Guard said the drones hit the reviewing stand.")
    assert {c.party.id for c in claims if "stand" in c.target.text} == {"ve.national-guard"}


@slow
def test_a_guard_at_a_gate_is_no_national_guard(real_extractor: Any) -> None:
    # counter-example: "a security guard" is no force of a state
    claims = _analysed(real_extractor, "Drones loaded with explosives detonated near a "
                       "parade in Caracas, Venezuela, on Saturday, wounding a security "
                       "guard at the gate, the government said.")
    assert all(c.target.target_class != "military" for c in claims), claims
