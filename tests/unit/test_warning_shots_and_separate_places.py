"""Wire forms of crackdowns and separate strikes, each with the real model (``slow``): a
force's "warning shots" and "at no time were the villages targeted" against the toll
others give, a dateline the parse took for the speaker, a strike set apart in another
city, and a camp for people "displaced by" a group that is not the group's. Every name
and place here is invented, except the bodies, groups and cities the rules must know."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_denied_hits_and_second_speakers import _pairs

slow = pytest.mark.slow


@slow
def test_warning_shots_dispute_the_toll(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Amnesty said a jet fired rockets at the villages of Kelo and Mesra, "
                       "killing some residents. The air force spokesman said an aircraft had "
                       "fired warning shots into open areas away from settlements. \"At no "
                       "time were the villages targeted,\" he said.")
    told = {(c.party.name, c.target.text, c.negated, c.rule) for c in claims}
    assert ("air force spokesman", "warning shots", True, "miss.warning_shots") in told, told
    assert ("air force spokesman", "villages", True, "hit.reduced_relative") in told, told
    # fire to warn hits nothing: the open areas are no account of a hit
    assert all(t != "open areas" for _, t, _, _ in told), told
    assert ("miss", "some residents", "warning shots") in _pairs(claims), _pairs(claims)
    # shots fired at the crowd are a hit, not a warning
    claims = _analysed(real_extractor,
                       "Witnesses said soldiers fired live shots at the crowd in Kelo, killing "
                       "two people.")
    assert all(not c.rule.startswith("miss.") for c in claims), claims


@slow
def test_a_dateline_is_no_speaker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "UNITED NATIONS, Oct 6 (Reuters) - Dovania's U.N. ambassador told the "
                       "Security Council on Friday that a missile strike on the village of "
                       "Kelo had hit a gathering of militants.")
    assert {c.party.name for c in claims} == {"Dovania's U.N. ambassador"}, claims


_CENTRE = ("Twelve rescuers were killed when a strike hit their centre near Baalbek, the "
           "agency said. Survivors were pulled from the rubble overnight.\n\nThe governor said "
           "the centre was a civilian emergency service and that those killed were "
           "volunteers.\n\n")


@slow
def test_a_strike_set_apart_in_another_city_is_another_incident(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _CENTRE + "Separately, the Israeli army "
                       "said it struck Hezbollah weapons depots in Beirut's southern suburbs.")
    assert not _pairs(claims), _pairs(claims)
    # told of the same area, the army's account disputes the centre's
    claims = _analysed(real_extractor, _CENTRE + "The Israeli army said it struck Hezbollah "
                       "weapons depots in the area.")
    assert ("targets", "volunteers", "Hezbollah weapons depots") in _pairs(claims)


@slow
def test_a_camp_for_people_a_group_displaced_is_not_the_groups(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A jet mistakenly bombed a camp for people displaced by Boko Haram in "
                       "the northeast on Tuesday, killing dozens of civilians, aid groups said.")
    camp = next(c for c in claims if c.target.text == "camp for people")
    assert camp.target.target_class == "civilian_site", camp.target
    # a camp the group uses is the group's
    claims = _analysed(real_extractor,
                       "The air force said its jets bombed a camp used by Boko Haram in the "
                       "northeast on Tuesday.")
    camp = next(c for c in claims if "camp" in c.target.text)
    assert camp.target.target_class == "armed_group", camp.target


@slow
def test_one_woman_is_not_one_of_the_men_told_of(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Residents gave a very different account. Several told Reuters that "
                       "officers went into homes and shot men who had already surrendered. "
                       "\"They shot my son and two neighbours in the kitchen,\" one woman said.")
    assert {c.party.name for c in claims} == {"one woman"}, claims
    # one of the speakers the sentence before names is one of them
    claims = _analysed(real_extractor,
                       "Relatives of the dead gathered outside the morgue in Kelo. \"They shot "
                       "my son and two neighbours in the kitchen,\" one man said.")
    assert {c.party.name for c in claims} == {"one of the relatives of the dead"}, claims


@slow
def test_a_witness_who_saw_fire_into_the_air_disputes_nothing(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Police fired into the air to scatter the marchers in Kelo, a witness "
                       "said. Two protesters were shot dead, their families said.")
    assert any(c.rule == "miss.into_the_air" for c in claims), claims
    assert not _pairs(claims), _pairs(claims)
    # in the force's own voice it is its account that it hit no one
    claims = _analysed(real_extractor,
                       "\"We fired into the air to scatter the marchers in Kelo,\" the police "
                       "commander said. Two protesters were shot dead, their families said.")
    assert ("miss", "air", "Two protesters") in _pairs(claims), _pairs(claims)


@slow
def test_a_body_the_parse_took_for_a_modifier_speaks(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A drone attack on a graduation ceremony in Kelo killed dozens of "
                       "people on Thursday, the army and state media said.")
    assert {c.party.name for c in claims} == {"army"}, claims
    # a modifier that is no body stays in its speaker's name
    claims = _analysed(real_extractor,
                       "A drone attack on a graduation ceremony in Kelo killed dozens of "
                       "people on Thursday, official state media said.")
    assert {c.party.name for c in claims} == {"official state media"}, claims


@slow
def test_a_hospital_become_a_stronghold_with_militants_inside(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Troops raided the Kelo hospital on Friday. The army said the hospital "
                       "had become \"a Hamas terrorist stronghold\" and that militants had been "
                       "operating inside. Hamas said there were no fighters in the hospital.")
    told = {(c.target.text, c.rule) for c in claims}
    assert ("a Hamas terrorist stronghold", "copula.struck_subject") in told, told
    assert ("militants", "use.site_there") in told, told
    assert ("use", "militants", "no fighters") in _pairs(claims), _pairs(claims)
    # with no site named before, "inside" is nowhere the strike fell
    claims = _analysed(real_extractor, "The army said militants had been operating inside.")
    assert "use.site_there" not in {c.rule for c in claims}, claims


@slow
def test_troops_that_acted_against_rebels_tell_their_aim(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Troops killed hundreds of mostly unarmed protesters in Kelo last week, a "
                       "rights group said on Tuesday. The government says troops acted only "
                       "against armed rebels who had taken hostages.")
    assert ("targets", "hundreds of mostly unarmed protesters", "armed rebels") in _pairs(claims)
    # acting against a law is no aim at anyone
    claims = _analysed(real_extractor, "The government says the governor acted against the "
                                       "law when he closed the market.")
    assert "hit.at_acting" not in {c.rule for c in claims}, claims
