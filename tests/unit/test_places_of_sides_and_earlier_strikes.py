"""Where a strike was, when the copy names places for other reasons, and whose words a
statement or an assessment is.

- "Saudi air defenses intercepted a missile fired toward the Makkah region": a region of a
  state whose body speaks or fights in the story counts as named, beside the states the
  story names outright; a story that names no state keeps every town it names.
- "Earlier this month, a missile was fired toward Taif": a town named only in a sentence
  that opens on an earlier time is not the town of the story's region (rule
  ``events.told_before``).
- "accusing Seoul of inventing the incident": a capital charged or called on is its state,
  not a place of the strike (rule ``events.accused_capital``).
- "Kyiv's Shevchenkivskyi district", where the gazetteer took "Kyiv" for the region around
  the city: the region the text names by the town's own region is not a second place.
- "anti-Pyongyang propaganda", "pro-Moscow fighters": a side, not a place.
- "the border areas of Akashat and al-Qaim": the second town of the areas too, though the
  recogniser took it for a person.
- "killed in United States air raids on the border areas": the raids' maker, not where they
  hit, though "in" comes before its name.
- "Central Command on Sunday stood by airstrikes flown last week": the weekday before a
  statement's verb is the day it was made, not the strike's; "aircraft struck in the Bir
  Mahli area on Thursday", in a sentence with no account, gives the strike's day where
  no account names one (rule ``events.struck_on_day``).
- "struck three sites ... hours after a drone attack on Erbil Air Base": a place named only
  in the attack a strike answered is not where it hit (rule ``events.provocation``), unless
  the claim is that attack's own.
- "Officials said one of the sites was in the city of Hilla": where the story's sites were
  places its accounts that name no place, before the town of the other accounts.
- "Its statement said ...", "Its initial assessment was that ...": the body heard before
  speaks (party rule ``anaphor.pronoun`` takes a statement's possessive owner; a
  body's assessment, conclusion or finding "was that" is its account).
- "The Permanent Framework for Peace, Security and Development (CSP-PSD)": a name the parse
  cut at a comma runs on to its bracketed acronym.
- '"People were killed," a member of the group told Radio Dabanga': the body named before,
  as "a spokesman for the group" is.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.domain.clock import names_day
from pipeline.domain.events import strike_time, struck_places
from pipeline.domain.models import Actor, Article, ArticleAnalysis, Place, Target
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_events import (
    CAPITAL,
    HILL_PROV,
    HILLVIEW,
    NORTHLAND,
    RIVERTON,
    SL_ARMY,
    SOUTHLAND,
    T0,
    _claim,
)
from tests.unit.test_events_alerts import SL_MOD
from tests.unit.test_events_dateline import ARRIVED, report

slow = pytest.mark.slow

NL_AIR = Actor("nl.air-defence", "Northland air defences", "military", "NL", "nl")
COALITION = Actor("coalition.gulf", "Gulf coalition", "military", None, None)


def _where(body: str, sentence: str, places: tuple[Place, ...], actors: tuple[Actor, ...] = (),
           party: Actor = COALITION, place: Place | None = None,
           names: tuple[tuple[str, ...], ...] = (), attacker: Actor | None = None
           ) -> Place | None:
    """Where the one claim told in ``sentence`` of ``body`` was struck."""
    art = Article("a1", "", body, "Wire", None, T0)
    claim = _claim(party, place, sentence, start=body.index(sentence), attacker=attacker)
    (found,) = struck_places(ArticleAnalysis(art, actors=actors, places=places, claims=(claim,),
                                             place_names=names))
    return found


_INTERCEPTED = ("Northland air defences brought down a missile over Hill Province, the "
                "coalition said.")


def test_a_region_of_a_state_whose_forces_speak_counts_as_named() -> None:
    # the story names Southland outright and Northland only by its air defences
    body = f"The missile was fired from Southland. {_INTERCEPTED}"
    assert _where(body, _INTERCEPTED, (SOUTHLAND, HILL_PROV), actors=(NL_AIR,)) == HILL_PROV


def test_a_region_of_a_state_nobody_in_the_story_belongs_to_is_a_namesake() -> None:
    # counter-example: with no body of Northland, its region is a namesake elsewhere
    body = f"The missile was fired from Southland. {_INTERCEPTED}"
    assert _where(body, _INTERCEPTED, (SOUTHLAND, HILL_PROV)) == SOUTHLAND


def test_a_story_naming_no_state_keeps_its_towns_whatever_bodies_speak() -> None:
    # counter-example: another state's army speaking narrows nothing
    sentence = "Jets hit a depot in Hillview, the army said."
    assert _where(sentence, sentence, (HILLVIEW,), actors=(SL_ARMY,), party=SL_ARMY) == HILLVIEW


_REGION_CLAIM = "Rockets hit a depot in Hill Province, the army said."


@pytest.mark.parametrize("opener", ["Earlier this month", "Last week", "In September"])
def test_a_town_of_an_earlier_strike_is_not_the_regions_town(opener: str) -> None:
    body = f"{_REGION_CLAIM} {opener}, a rocket hit Hillview."
    assert _where(body, _REGION_CLAIM, (HILL_PROV, HILLVIEW), party=SL_ARMY,
                  place=HILL_PROV) == HILL_PROV


def test_a_town_of_the_storys_strike_is_the_regions_town() -> None:
    # counter-example: the same sentence with no earlier time names the town
    body = f"{_REGION_CLAIM} The rocket hit Hillview."
    assert _where(body, _REGION_CLAIM, (HILL_PROV, HILLVIEW), party=SL_ARMY,
                  place=HILL_PROV) == HILLVIEW


NL_STATE = Actor("state.nl", "Northland", "state", "NL", "nl")


def test_an_accused_capital_is_no_place_of_the_strike() -> None:
    sentence = ("Northland denied shelling Southland's posts, accusing Southgate of inventing "
                "the incident.")
    assert _where(sentence, sentence, (SOUTHLAND, CAPITAL), party=NL_STATE,
                  place=SOUTHLAND) == SOUTHLAND


def test_a_shelled_capital_is_the_place_of_the_strike() -> None:
    # counter-example: the capital as the object of the strike
    sentence = "Northland shelled the outskirts of Southgate, officials said."
    assert _where(sentence, sentence, (SOUTHLAND, CAPITAL), party=NL_STATE,
                  place=SOUTHLAND) == CAPITAL


# the gazetteer's region around a city, which the text names by the city's own name, and a
# district whose region is the city
HILL_OBLAST = Place("Hill Oblast", 14, "NL", "Hill Oblast", kind="admin1")
EASTSIDE = Place("Eastside", 105, "NL", "Hill", 10.7, 20.2, "city")
_DISTRICT = "A missile struck a building in Hill's Eastside district, the mayor said."


def test_the_region_written_as_the_towns_region_is_no_second_place() -> None:
    found = _where(_DISTRICT, _DISTRICT, (NORTHLAND, HILL_OBLAST, EASTSIDE),
                   names=(("Northland",), ("Hill Oblast", "Hill"), ("Eastside",)))
    assert found == EASTSIDE


def test_a_region_written_under_its_own_name_is_still_a_second_place() -> None:
    # counter-example: "Hill Oblast's Eastside district" names the region as itself, not as
    # the town's region, so the finest place stays undecided between the two (the claim
    # falls back to the most common placed one, the region's country here)
    sentence = _DISTRICT.replace("Hill's", "Hill Oblast's")
    found = _where(sentence, sentence, (NORTHLAND, HILL_OBLAST, EASTSIDE),
                   names=(("Northland",), ("Hill Oblast",), ("Eastside",)))
    assert found != EASTSIDE


def _places_of(extractor: Any, body: str) -> set[str]:
    article = Article(id="t", headline="", source="Test Wire", published=T0, body=body)
    return {p.name for p in extractor.analyse([article])[0].places}


@slow
def test_a_side_named_by_anti_is_no_place(real_extractor: Any) -> None:
    places = _places_of(real_extractor, "The shells were aimed at a loudspeaker that blared "
                                        "anti-Pyongyang propaganda across the border near "
                                        "Yeoncheon, officials said.")
    assert "Pyongyang" not in places and "Yeoncheon" in places, places


@slow
def test_a_city_named_as_itself_is_a_place(real_extractor: Any) -> None:
    # counter-example: the same city named as a place
    places = _places_of(real_extractor, "The shells were aimed at a loudspeaker that blared "
                                        "propaganda toward Pyongyang from near Yeoncheon, "
                                        "officials said.")
    assert "Pyongyang" in places, places


US_STATE = Actor("state.sl", "Southland", "state", "SL", "sl")


def test_a_country_named_by_the_raids_it_flew_is_not_where_they_hit() -> None:
    # "killed in Southland air raids on the border areas": the raids' maker, though "in"
    # comes before its name
    sentence = "Officials said 16 people were killed in Southland air raids on border areas."
    assert _where(sentence, sentence, (NORTHLAND, SOUTHLAND), party=NL_STATE, place=SOUTHLAND,
                  attacker=US_STATE) == NORTHLAND


def test_a_country_the_raids_were_in_is_where_they_hit() -> None:
    # counter-example: "in Southland" as where the raids were
    sentence = "Officials said 16 people were killed in air raids in Southland on border areas."
    assert _where(sentence, sentence, (NORTHLAND, SOUTHLAND), party=NL_STATE, place=SOUTHLAND,
                  attacker=US_STATE) == SOUTHLAND


def test_a_weekday_before_standing_by_a_strike_is_the_statements_day() -> None:
    # "Central Command on Sunday stood by airstrikes flown last week": Sunday is when it
    # spoke, not when the strikes were flown
    sunday = datetime(2031, 3, 9, tzinfo=UTC)
    assert not names_day("The command on Sunday stood by airstrikes flown near the village "
                         "last week.", sunday)
    assert names_day("The command said airstrikes on Sunday hit positions near the village.",
                     sunday)


@slow
def test_the_second_town_of_a_border_area_is_a_place(real_extractor: Any) -> None:
    places = _places_of(real_extractor, "Officials said 16 people were killed in air raids on "
                                        "the border areas of Akashat and al-Qaim.")
    assert "Al Qā’im" in places, places


@slow
def test_the_second_owner_of_struck_houses_is_no_place(real_extractor: Any) -> None:
    # counter-example: "the houses of Ahmed and Qaim" name their owners
    places = _places_of(real_extractor, "Officials said jets hit the houses of Ahmed and "
                                        "Qaim, killing 16 people.")
    assert "Al Qā’im" not in places, places


def _story(sentences: list[tuple[str, str, Place | None]], places: tuple[Place, ...]
           ) -> list[Place | None]:
    """struck_places of a story told in ``sentences``: (sentence, what it says was hit,
    the claim's own place), every claim the army's; a sentence with nothing hit holds no
    claim."""
    body = " ".join(s for s, _, _ in sentences)
    art = Article("a1", "", body, "Wire", None, T0)
    claims = tuple(replace(_claim(SL_ARMY, place, s, start=body.index(s)),
                           target=Target(hit, "military"))
                   for s, hit, place in sentences if hit)
    return struck_places(ArticleAnalysis(art, places=places, claims=claims))


_ANSWERED = ("Jets struck three sites in Northland hours after a drone attack on Riverton air "
             "base wounded three soldiers, the army said.")


def test_a_place_of_the_attack_a_strike_answered_is_not_where_it_hit() -> None:
    assert _story([(_ANSWERED, "three sites", RIVERTON)], (NORTHLAND, RIVERTON)) == [NORTHLAND]


def test_the_answered_attacks_own_account_keeps_its_place() -> None:
    # counter-example: what the attack answered hit is named in the phrase
    assert _story([(_ANSWERED, "Riverton air base", RIVERTON)],
                  (NORTHLAND, RIVERTON)) == [RIVERTON]


_SITES = "Officials said one of the sites was in the city of Hillview."
_BASE = "Rockets hit the base in Riverton, the army said."


def test_where_the_sites_were_places_the_accounts_that_name_none() -> None:
    # the story's other account is at the town of another attack; the accounts with no
    # place are where a sentence says the sites were
    found = _story([(_BASE, "base", RIVERTON), ("Jets hit the depots, the army said.",
                                                "depots", None), (_SITES, "", None)],
                   (NORTHLAND, RIVERTON, HILLVIEW))
    assert found[1] == HILLVIEW, found


def test_a_sentence_that_names_no_sites_leaves_the_storys_place() -> None:
    # counter-example: a sentence that says nothing of where the sites were
    found = _story([(_BASE, "base", RIVERTON), ("Jets hit the depots, the army said.",
                                                "depots", None),
                    (_SITES.replace("one of the sites was in", "the mayor of"), "", None)],
                   (NORTHLAND, RIVERTON, HILLVIEW))
    assert found[1] == RIVERTON, found


def _speakers(extractor: Any, body: str) -> set[tuple[str, str]]:
    return {(c.party.name, c.target.text) for c in _analysed(extractor, body)}


@slow
def test_its_statement_is_the_body_heard_before(real_extractor: Any) -> None:
    said = _speakers(real_extractor, "The army said its jets hit the depot. Its statement "
                                     "said 12 militants were killed.")
    assert ("army", "12 militants") in said, said


@slow
def test_its_assessment_was_that_is_the_bodys_account(real_extractor: Any) -> None:
    said = _speakers(real_extractor, "The army said its jets hit the depot. Its initial "
                                     "assessment was that 12 militants were likely killed.")
    assert ("army", "12 militants") in said, said


@slow
def test_a_problem_that_militants_were_killed_is_nobodys_account(real_extractor: Any) -> None:
    # counter-example: a noun that is no view of a body's own
    said = _speakers(real_extractor, "The army said its jets hit the depot. The problem was "
                                     "that 12 militants were killed.")
    assert not any(t == "12 militants" for _, t in said), said


@slow
def test_a_name_with_a_list_in_it_runs_on_to_its_acronym(real_extractor: Any) -> None:
    said = _speakers(real_extractor, "The Permanent Framework for Peace, Security and "
                                     "Development (CSP-PSD), which has fought the army since "
                                     "last year, said the drone hit people gathered near a "
                                     "water point in the village.")
    assert ("Permanent Framework for Peace, Security and Development (CSP-PSD)", "people") \
        in said, said


@slow
def test_a_name_before_a_bracketed_country_is_not_run_on(real_extractor: Any) -> None:
    # counter-example: a country in brackets is no acronym of the name
    said = _speakers(real_extractor, "The Permanent Framework for Peace, Security and "
                                     "Development (Mali), which has fought the army since "
                                     "last year, said the drone hit people gathered near a "
                                     "water point in the village.")
    assert not any("(Mali)" in party for party, _ in said), said


_MEMBER = ("The Riverton Emergency Response Room said fighters entered the camp and shot "
           "residents inside their homes. \"People were killed in front of their children,\" "
           "{who} told Radio Dabanga.")


@slow
def test_a_member_of_the_group_speaks_for_the_group_named_before(real_extractor: Any) -> None:
    said = _speakers(real_extractor, _MEMBER.format(who="a member of the group"))
    assert ("Riverton Emergency Response Room", "People") in said, said


@slow
def test_a_member_of_the_family_is_no_body_named_before(real_extractor: Any) -> None:
    # counter-example: a family is no body of a kind the story named
    said = _speakers(real_extractor, _MEMBER.format(who="a member of the family"))
    assert ("Riverton Emergency Response Room", "People") not in said, said


@slow
def test_a_member_of_a_council_named_by_its_kind_keeps_it(real_extractor: Any) -> None:
    # counter-example: "the provincial council" is a body of its own, not the government
    said = _speakers(real_extractor, "The Afghan government said its jets struck a Taliban "
                                     "base. A member of the provincial council said 12 "
                                     "civilians were killed in the strike.")
    assert ("member of the provincial council", "12 civilians") in said, said


SATURDAY = datetime(2031, 3, 15, tzinfo=UTC)
WEDNESDAY = datetime(2031, 3, 12, tzinfo=UTC)


def _stood_by(second: str) -> tuple[datetime, bool]:
    return strike_time(report("m1", f"The command on Saturday stood by the strikes. {second} ",
                              SATURDAY, SL_MOD, "fighting positions", "armed_group", RIVERTON),
                       ARRIVED)


def test_a_sentence_telling_the_strike_on_a_weekday_gives_its_day() -> None:
    # rule events.struck_on_day: no account names the day, a sentence of the body does
    assert _stood_by("Aircraft struck in the Riverton area on Wednesday, a spokesman said.") \
        == (WEDNESDAY, True)


def test_a_day_told_of_an_earlier_strike_gives_none() -> None:
    # counter-examples: an earlier time, or two sentences naming two days
    assert _stood_by("Last week, aircraft struck in the Riverton area on Wednesday.") \
        == (SATURDAY, True)
    assert _stood_by("Aircraft struck the area on Wednesday. Jets hit a depot on Thursday.") \
        == (SATURDAY, True)
    # the day another time began ("the first time it has struck the city since the
    # offensive began on Wednesday")
    assert _stood_by("It was the first time the group struck the city since the offensive "
                     "began on Wednesday.") == (SATURDAY, True)
