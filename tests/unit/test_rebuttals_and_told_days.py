"""A denial set beside a report ("an account the army dismissed"), videos a party calls
fabricated, a state in the speaker's own name, an army bus, a count of whoever was in a
car, a road the fire passed on its way to a car, a headline's "as" the parser took for a
preposition, and a strike told before it happened. Domain rules with hand-built claims
and sightings, single rules on hand-built parses, stories with the real model (``slow``).
Names and places are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from pipeline.domain.events import Sighting, assign, empty_events, struck_places
from pipeline.domain.models import Actor, Place
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.targets import decide_class
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_compatible_accounts import claim, paired
from tests.unit.test_constructions import parsed
from tests.unit.test_events import MEDICS, NORTHLAND, RIVERTON, SOUTHLAND, T0, P
from tests.unit.test_events_linking import story

slow = pytest.mark.slow

CENTCOM = Actor("sl.command", "Southland Central Command", "military", "SL", "sl")
WITNESSES = Actor("source.witness", "Witnesses", "source", None, None)
OFFICIAL = Actor("nl.emergency-agency", "Dorba State Emergency Agency", "official", "NL", "nl")
CIVIL_DEFENCE = Actor("intl.nl-civil-defence", "Northland Civil Defence", "international_body",
                      None, "intl.nl-civil-defence")


def _told(extractor: Any, body: str) -> set[tuple[str, str, bool]]:
    return {(c.party.name, c.target.text, c.negated) for c in _analysed(extractor, body)}


# ------------------------------------------------------------ a rebuttal beside a report

@slow
def test_an_account_the_army_dismissed_is_the_armys_denial(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "Soldiers shot dead 12 protesters at the toll gate in Dorba on Tuesday, "
                 "Amnesty International said, an account the army dismissed as fake news.")
    assert ("Amnesty International", "12 protesters", False) in told, told
    assert ("army", "12 protesters", True) in told, told
    # counter-example: a party that only has not commented denies nothing
    told = _told(real_extractor,
                 "Soldiers shot dead 12 protesters at the toll gate in Dorba on Tuesday, "
                 "Amnesty International said, an account the army has not commented on.")
    assert not any(party == "army" for party, _, _ in told), told


# ------------------------------------------------------------ videos called fabricated

@slow
def test_videos_a_party_calls_fabricated_are_its_denial_of_what_they_show(
        real_extractor: Any) -> None:
    body = ("The Kessa government said videos purporting to show the killing of civilians "
            "near the town of Dorba had been fabricated, and that its forces had repelled "
            "an attack by militants, after Human Rights Watch said militiamen had "
            "massacred dozens of villagers.")
    told = _told(real_extractor, body)
    assert ("Kessa government", "civilians", True) in told, told
    assert ("Kessa government", "civilians", False) not in told, told
    # counter-example: videos the party says show the killing are its account of it
    told = _told(real_extractor, "The Kessa government said videos showed the killing of "
                                 "civilians near the town of Dorba by militants.")
    assert ("Kessa government", "civilians", True) not in told, told


@slow
def test_a_force_first_named_by_its_jet_is_shown_as_the_force(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A Nigerian military jet bombed a village in the northeast, killing at "
                       "least nine people, residents said on Thursday, while the air force "
                       "said the aircraft had been attacking Islamist fighters.",
                       headline="Nigerian jet kills villagers in northeast strike, residents "
                                "say; air force says it hit insurgents")
    names = {c.party.name for c in claims if c.party.id == "ng.military"}
    assert names and not any(n.split()[-1] in ("jet", "aircraft") for n in names), names
    # counter-example: a body named as a body keeps its name
    claims = _analysed(real_extractor,
                       "Nigeria's air force said its jets struck insurgents near Buwari, "
                       "while residents said the bombs hit a village.")
    assert "Nigeria's air force" in {c.party.name for c in claims}


@slow
def test_a_medium_telling_of_its_states_dead_speaks_for_itself(real_extractor: Any) -> None:
    told = {c.party.name for c in _analysed(
        real_extractor, "Iran's Tasnim news agency said several Iranian military advisers "
                        "were among the dead.")}
    assert told and not any(" via " in name for name in told), told
    # counter-example: a medium telling what its state's forces did relays their account
    told = {c.party.name for c in _analysed(
        real_extractor, "State media said Iran's Revolutionary Guards had struck terrorist "
                        "targets near Koya.")}
    assert any(" via " in name for name in told), told


@slow
def test_at_this_time_is_no_target(real_extractor: Any) -> None:
    told = _told(real_extractor, 'The Pentagon said it was not conducting air strikes in '
                                 'Northland "at this time".')
    assert not any("time" in target for _, target, _ in told), told
    # counter-example: strikes at a depot name it
    told = _told(real_extractor, "The Pentagon said its jets had conducted air strikes at a "
                                 "depot in Northland.")
    assert any("depot" in target for _, target, _ in told), told


# ------------------------------------------------------------ the speaker's own name

@pytest.mark.parametrize(("party", "sentence", "struck"), [
    (CIVIL_DEFENCE, "Shells hit residential streets, according to the Northland Civil "
                    "Defence.", RIVERTON),
    # counter-example: the state named where the shells fell is where they fell
    (MEDICS, "Medics Abroad said shells also hit residential streets in Northland.",
     NORTHLAND),
])
def test_a_state_in_the_speakers_own_name_is_not_where_the_strike_was(
        party: Actor, sentence: str, struck: Place) -> None:
    found = struck_places(story(
        [(MEDICS, RIVERTON, "Medics Abroad said shells hit a market in Riverton."),
         (party, None, sentence)],
        (NORTHLAND, RIVERTON)))
    assert found == [RIVERTON, struck]


@pytest.mark.parametrize(("lead", "struck"), [
    ("Troops stormed the palace in the western town of Riverton on Sunday.", RIVERTON),
    # counter-example: a lead that names no town leaves the story's country
    ("Troops stormed the palace on Sunday.", SOUTHLAND),
])
def test_with_no_place_of_its_own_a_claim_is_where_the_lead_says(lead: str,
                                                                 struck: Place) -> None:
    # no claim names where the troops struck; the story names Southland only later, as
    # a border and where arms came from
    told = story(
        [(MEDICS, None, lead),
         (MEDICS, None, "Medics Abroad said the troops shot dead 12 guards in the palace."),
         (MEDICS, None, "The government accused the guards of buying arms in Southland "
                        "and of seeking a state on the border with Southland.")],
        (RIVERTON, SOUTHLAND, SOUTHLAND))
    told = replace(told, claims=told.claims[1:2])  # the lead and the last tell no claim
    assert struck_places(told) == [struck]


def test_what_police_call_the_men_they_shot_is_an_armed_group() -> None:
    gaz = Gazetteer.default()
    for word in ("aggressors", "sicarios", "hitmen"):
        doc = parsed({"parse": f"two/NUM/nummod/1 {word}/NOUN/ROOT/1"})
        assert decide_class(doc[1], gaz)[0] == "armed_group", word
    # counter-example: students are civilians
    doc = parsed({"parse": "two/NUM/nummod/1 students/NOUN/ROOT/1/student/NNS"})
    assert decide_class(doc[1], gaz)[0] == "civilians"


# ------------------------------------------------------------ targets

def test_an_army_bus_is_military() -> None:
    gaz = Gazetteer.default()
    for word in ("army", "military"):
        doc = parsed({"parse": f"an/DET/det/2 {word}/NOUN/compound/2 bus/NOUN/ROOT/2"})
        assert decide_class(doc[2], gaz)[0] == "military", word
    # counter-example: a school bus is a civilian site
    doc = parsed({"parse": "a/DET/det/2 school/NOUN/compound/2 bus/NOUN/ROOT/2"})
    assert decide_class(doc[2], gaz)[0] == "civilian_site"


def test_a_headlines_as_clause_tells_who_struck_not_what_the_dead_were() -> None:
    # "Scores killed as suicide bomber strikes rally": the parser took "as" for a
    # preposition on "killed"; the bomber is the subject of "strikes"
    doc = parsed({"parse": "Scores/NOUN/nsubj/5/score/NNS killed/VERB/acl/0/kill/VBN "
                           "as/ADP/prep/1 suicide/NOUN/compound/4 bomber/NOUN/pobj/2 "
                           "strikes/VERB/ROOT/5/strike/VBZ rally/NOUN/dobj/5"})
    assert decide_class(doc[0], Gazetteer.default())[0] != "armed_group"
    # counter-example: with no verb after it, the "as" phrase describes the dead
    doc = parsed({"parse": "Scores/NOUN/ROOT/0/score/NNS killed/VERB/acl/0/kill/VBN "
                           "as/ADP/prep/1 bombers/NOUN/pobj/2/bomber/NNS ./PUNCT/punct/0"})
    assert decide_class(doc[0], Gazetteer.default())[0] == "armed_group"


def test_a_town_named_as_a_whole_says_where_not_what_was_hit() -> None:
    # residents: "insurgents attacked the town of Dorba"; the group: "army positions"
    gaz = Gazetteer.default()
    doc = parsed({"parse": "the/DET/det/1 town/NOUN/ROOT/1 of/ADP/prep/1 Dorba/PROPN/pobj/2"})
    assert decide_class(doc[1], gaz)[0] == "unknown"
    # counter-example: a town the copy does not name is a civilian site
    doc = parsed({"parse": "a/DET/det/2 small/ADJ/amod/2 town/NOUN/ROOT/2"})
    assert decide_class(doc[2], gaz)[0] == "civilian_site"


@slow
def test_the_road_a_car_was_on_is_no_target_of_fire_aimed_at_the_car(
        real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "The Hill Front said its commander was killed along with his driver when a "
                 "drone fired missiles at their car on a road in the east of Port Mira.")
    assert not any(target == "road" for _, target, _ in told), told
    # counter-example: fire on a road with nothing aimed at is fire on the road
    told = _told(real_extractor, "Witnesses said troops fired on the crowd near Port Mira.")
    assert any(target == "crowd" for _, target, _ in told), told


# ------------------------------------------------------------ counts of whoever was inside

@pytest.mark.parametrize("count", ["two people inside", "the two occupants"])
def test_a_count_of_whoever_was_in_the_car_does_not_dispute_a_commander(count: str) -> None:
    commander = claim(CENTCOM, "a senior commander of the Hill Front", "armed_group",
                      rule="casualty.object")
    dead = claim(WITNESSES, count, "civilians", start=200, rule="casualty.passive")
    assert not paired(commander, dead)


def test_children_inside_the_car_dispute_a_commander() -> None:
    commander = claim(CENTCOM, "a senior commander of the Hill Front", "armed_group",
                      rule="casualty.object")
    dead = claim(WITNESSES, "two children inside", "civilians", start=200,
                 rule="casualty.passive")
    assert paired(commander, dead)


@pytest.mark.parametrize(("hit", "cls", "rule", "disputes"), [
    ("entrance of the viewing centre", "civilian_site", "hit.through", False),
    ("at least 30 people", "civilians", "casualty.object", False),
    # counter-example: the hall itself hit is what "near the hall" denies
    ("hall", "civilian_site", "hit.object", True),
])
def test_a_blast_near_a_hall_is_not_disputed_by_its_entrance_or_a_bare_toll(
        hit: str, cls: str, rule: str, disputes: bool) -> None:
    # an official: "the bombers struck near a hall"; witnesses: "at the entrance of the
    # viewing centre", "killed at least 30 people"
    near = replace(claim(OFFICIAL, "hall", "civilian_site", rule="miss.near"), negated=True,
                   action="miss")
    other = claim(WITNESSES, hit, cls, start=200, rule=rule)
    assert paired(near, other) is disputes


# ------------------------------------------------------------ a strike told before it was

def _sighting(day: int, named: bool, article: str) -> Sighting:
    return Sighting(RIVERTON, T0 + timedelta(days=day), None, article=article, named=named)


@pytest.mark.parametrize(("later", "one_strike"), [
    # a school struck, told on Sunday (no day named); a raid "on Tuesday": two strikes
    (2, False),
    # counter-example: a day named the day after the first report may be the same strike
    # (time zones, "overnight")
    (1, True),
])
@pytest.mark.parametrize("named_first", [False, True])
def test_a_strike_whose_lead_names_a_later_day_is_not_one_told_days_before(
        later: int, one_strike: bool, named_first: bool) -> None:
    told, named = _sighting(0, False, "a1"), _sighting(later, True, "a2")
    first, second = (named, told) if named_first else (told, named)
    table = empty_events()
    one = assign(table, first, P, "geo:NL")
    assert (assign(table, second, P, "geo:NL").event_id == one.event_id) is one_strike


def test_a_report_fitting_both_strikes_does_not_merge_them() -> None:
    # the school told on Sunday, the raid named for Tuesday; a third article, dated
    # Tuesday with no day named, fits both: they stay two strikes
    table = empty_events()
    school = assign(table, _sighting(0, False, "a1"), P, "geo:NL")
    raid = assign(table, _sighting(2, True, "a2"), P, "geo:NL")
    later = assign(table, _sighting(2, False, "a3"), P, "geo:NL")
    assert later.absorbed == ()
    assert len({school.event_id, raid.event_id}) == 2 and later.event_id in (
        school.event_id, raid.event_id)
    assert {school.event_id, raid.event_id} <= set(table["events"])
    # (a report that fits two events with no day named merges them:
    # test_events.test_a_claim_that_bridges_two_events_merges_them_into_the_older)


# ------------------------------------------------------------ no shot fired

@slow
def test_not_a_single_bullet_fired_disputes_a_shooting(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The government said soldiers guarding the plant at Dorba had not fired "
                       "a single bullet, while residents said troops had shot at unarmed "
                       "demonstrators on the road.")
    assert paired(*claims), [(c.party.name, c.target.text, c.negated) for c in claims]
    # counter-example: a single bullet that killed a man is no denial of fire
    claims = _analysed(real_extractor,
                       "A doctor said a single bullet killed the man, while residents said "
                       "troops had shot at unarmed demonstrators on the road.")
    assert not any(c.negated for c in claims)
