"""A headline's state speaks through the body's speaker of its side; what is aimed is no
target; a photograph is no party; a force's own dead among a bombing's victims dispute
nothing; a story's place is where its attack took place, and a line set apart at another
town joins no event of the story. Single rules on hand-built drafts and parses, one story
through the real model (``slow``). Names and places are invented."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from pipeline.domain.conflicts import article_conflict, told_aside
from pipeline.domain.events import struck_places
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Evidence,
    Place,
    Target,
)
from pipeline.nlp.claims import ClaimDraft, _side_mate
from pipeline.nlp.targets import decide_class
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_conflicts import MEDICS, analysis, article, claim
from tests.unit.test_constructions import GAZ, check_holds, parsed
from tests.unit.test_events import HILLVIEW, NORTHLAND, RIVER_PROV, RIVERTON
from tests.unit.test_events_linking import T0, story

slow = pytest.mark.slow

NL_STATE = Actor("state.nl", "Northland", "state", "NL", "nl")
SOURCES = Actor("nl.source", "Northland security sources", "source", "NL", "nl")
VILLAGERS = Actor("source.resident", "villagers", "source")
HEADLINE_END = 40  # the headline's last character: drafts from here on are the body's


def _draft(party: Actor, target: str, target_class: str, start: int) -> ClaimDraft:
    return ClaimDraft(party, "asserts", Target(target, target_class), "strike", None, (),
                      False, start, start + 30)


def test_a_headline_state_speaks_through_its_sides_body_speaker() -> None:
    head = _draft(NL_STATE, "rebels", "armed_group", 0)
    body = [_draft(VILLAGERS, "school", "civilian_site", 50),
            _draft(SOURCES, "rebel fighters", "armed_group", 90)]
    assert _side_mate(head, [head, *body], HEADLINE_END) == SOURCES


def test_counter_example_a_state_with_its_own_body_account_keeps_its_name() -> None:
    head = _draft(NL_STATE, "rebels", "armed_group", 0)
    body = [_draft(NL_STATE, "rebel camp", "armed_group", 50),
            _draft(SOURCES, "rebel fighters", "armed_group", 90)]
    assert _side_mate(head, [head, *body], HEADLINE_END) is None


def test_counter_example_a_side_mate_telling_another_kind_of_account_is_not_its_voice() -> None:
    head = _draft(NL_STATE, "rebels", "armed_group", 0)
    body = [_draft(SOURCES, "a school", "civilian_site", 90)]
    assert _side_mate(head, [head, *body], HEADLINE_END) is None


def test_counter_example_no_speaker_of_its_side_in_the_body() -> None:
    head = _draft(NL_STATE, "rebels", "armed_group", 0)
    body = [_draft(VILLAGERS, "rebel fighters", "armed_group", 90)]
    assert _side_mate(head, [head, *body], HEADLINE_END) is None


def _pointing(parse: str, verb: int, target: int) -> bool:
    return check_holds("not_device", "hit.object", "hit", parse, verb, target)


def test_what_is_aimed_is_not_what_it_is_aimed_at() -> None:
    # "gunmen aimed rifles at the crowd"
    assert not _pointing("gunmen/NOUN/nsubj/1/gunman aimed/VERB/ROOT/1/aim "
                         "rifles/NOUN/dobj/1/rifle at/ADP/prep/1 the/DET/det/5 "
                         "crowd/NOUN/pobj/3", 1, 2)
    # "troops directed their fire at the village"
    assert not _pointing("troops/NOUN/nsubj/1/troop directed/VERB/ROOT/1/direct "
                         "their/PRON/poss/3 fire/NOUN/dobj/1 at/ADP/prep/1 the/DET/det/6 "
                         "village/NOUN/pobj/4", 1, 3)


def test_counter_example_what_a_strike_verb_takes_is_its_target() -> None:
    # "gunmen attacked the crowd"
    assert _pointing("gunmen/NOUN/nsubj/1/gunman attacked/VERB/ROOT/1/attack "
                     "the/DET/det/3 crowd/NOUN/dobj/1", 1, 3)


@slow
def test_photographs_are_no_party_their_publisher_is(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Photographs published by local media showed "
                                       "soldiers burning the houses of Karsu village.")
    parties = {c.party.name for c in claims}
    assert "Photographs" not in parties, parties
    assert "local media" in parties, parties


@slow
def test_counter_example_a_ministry_that_publishes_photographs_is_a_party(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Northland defence ministry said its jets "
                                       "destroyed a rebel depot near Karsu.")
    assert {c.party.name for c in claims} == {"Northland defence ministry"}, claims


# ------------------------------------------------------------ a force's own losses


def _bombing(rule: str, dead: str, dead_class: str, speaker: Actor,
             actor_id: str | None = None) -> bool:
    a = article("a1")
    civil = claim(a, MEDICS, "a cathedral", "civilian_site", attacker=None)
    share = replace(claim(a, speaker, dead, dead_class, actor_id=actor_id, attacker=None),
                    rule=rule)
    return article_conflict(analysis(a, civil, share)) is not None


NL_SPOKESMAN = Actor("person.vale", "army spokesman Colonel Ivo Vale", "person", "NL", "nl")


def test_a_forces_own_dead_among_a_bombings_victims_dispute_nothing() -> None:
    assert not _bombing("copula.among_victims", "five soldiers", "military", NL_SPOKESMAN)


def test_counter_example_the_other_sides_soldiers_among_the_dead_are_a_dispute() -> None:
    assert _bombing("copula.among_victims", "Southland soldiers", "military", NL_SPOKESMAN,
                    actor_id="sl.military")


def test_counter_example_fighters_among_the_dead_are_a_dispute() -> None:
    assert _bombing("copula.among_victims", "five militants", "armed_group", NL_SPOKESMAN)


def test_counter_example_soldiers_told_as_what_was_hit_are_a_dispute() -> None:
    assert _bombing("hit.object", "five soldiers", "military", NL_SPOKESMAN)


# ------------------------------------------------------------ a story's place, a line set apart

OFFICIALS = Actor("nl.official", "Northland officials", "official", "NL", "nl")


def _bombing_story(where: str) -> ArticleAnalysis:
    lead = "Two bombers struck a busy market in southern Northland on Wednesday, officials said."
    aside = "Separately, Medics Abroad said jets had killed five people in Riverton."
    body = f"{lead} {where} {aside}"
    art = Article("a1", "", body, "Wire", None, T0)
    claims = []
    for party, place, sentence in ((OFFICIALS, NORTHLAND, lead), (MEDICS, RIVERTON, aside)):
        start = art.text.index(sentence)
        claims.append(Claim(party, "asserts", Target("a market", "civilian_site"),
                            Evidence("a1", "Wire", sentence, start, start + len(sentence)),
                            "strike", None, place))
    return ArticleAnalysis(art, places=(NORTHLAND, HILLVIEW, RIVERTON), claims=tuple(claims))


def test_where_the_attack_took_place_places_a_lead_told_only_at_its_country() -> None:
    told = _bombing_story("The attack took place in the morning in Hillview.")
    assert struck_places(told) == [HILLVIEW, RIVERTON]


def test_counter_example_a_town_named_otherwise_does_not_place_the_lead() -> None:
    told = _bombing_story("The market lies on the road to Hillview.")
    assert struck_places(told) == [NORTHLAND, RIVERTON]


def test_a_line_set_apart_at_another_town_joins_no_event_of_this_story() -> None:
    told = _bombing_story("The attack took place in the morning in Hillview.")
    assert told_aside(told, struck_places(told)) == [False, True]


def test_counter_example_a_line_set_apart_is_kept_where_the_story_has_no_town() -> None:
    told = _bombing_story("The market lies on the road to Hillview.")
    assert told_aside(told, struck_places(told)) == [False, False]


# a town the gazetteer lacks, found as "the town of Kasra" in a story of River Province
KASRA = Place("Kasra", None, "NL", None, kind="city")
SOUTHLAND = Place("Southland", 20, "SL", kind="country")


def _kasra_story(places: tuple[Place, ...]) -> ArticleAnalysis:
    return story(
        [(MEDICS, None, "Air strikes on a market in the town of Kasra killed 20 people."),
         (MEDICS, None, "The monitor said the raids hit the countryside of River Province, "
                        "in a zone agreed by Southland.")], places)


def test_a_town_in_a_state_named_only_by_its_province_is_where_the_strike_was() -> None:
    assert struck_places(_kasra_story((SOUTHLAND, RIVER_PROV, KASRA)))[0] == KASRA


def test_counter_example_a_town_of_a_state_the_story_never_names_is_not() -> None:
    assert struck_places(_kasra_story((SOUTHLAND, KASRA)))[0] != KASRA


def test_civilians_used_as_shields_by_a_force_stay_civilians() -> None:
    doc = parsed({"parse": "civilians/NOUN/ROOT/0/civilian used/VERB/acl/0/use/VBN "
                           "as/ADP/prep/1 shields/NOUN/pobj/2/shield by/ADP/agent/1 "
                           "security/NOUN/compound/6 forces/NOUN/pobj/4/force"})
    assert decide_class(doc[0], GAZ)[0] == "civilians"


def test_counter_example_a_school_used_by_a_force_is_the_forces() -> None:
    doc = parsed({"parse": "school/NOUN/ROOT/0 used/VERB/acl/0/use/VBN by/ADP/agent/1 "
                           "security/NOUN/compound/4 forces/NOUN/pobj/2/force"})
    assert decide_class(doc[0], GAZ)[0] == "military"
