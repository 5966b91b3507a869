"""A headline's state speaks through the body's speaker of its side; what is aimed is no
target; a photograph is no party; a force's own dead among a bombing's victims dispute
nothing. Single rules on hand-built drafts and parses, one story
through the real model (``slow``). Names and places are invented."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from pipeline.domain.conflicts import article_conflict
from pipeline.domain.models import Actor, Target
from pipeline.nlp.claims import ClaimDraft, _side_mate
from pipeline.nlp.constructions import CHECKS, CheckContext, Hit
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_conflicts import MEDICS, analysis, article, claim
from tests.unit.test_constructions import parsed

slow = pytest.mark.slow

NORTHLAND = Actor("state.nl", "Northland", "state", "NL", "nl")
SOURCES = Actor("nl.source", "Northland security sources", "source", "NL", "nl")
VILLAGERS = Actor("source.resident", "villagers", "source")
HEADLINE_END = 40  # the headline's last character: drafts from here on are the body's


def _draft(party: Actor, target: str, target_class: str, start: int) -> ClaimDraft:
    return ClaimDraft(party, "asserts", Target(target, target_class), "strike", None, (),
                      False, start, start + 30)


def test_a_headline_state_speaks_through_its_sides_body_speaker() -> None:
    head = _draft(NORTHLAND, "rebels", "armed_group", 0)
    body = [_draft(VILLAGERS, "school", "civilian_site", 50),
            _draft(SOURCES, "rebel fighters", "armed_group", 90)]
    assert _side_mate(head, [head, *body], HEADLINE_END) == SOURCES


def test_counter_example_a_state_with_its_own_body_account_keeps_its_name() -> None:
    head = _draft(NORTHLAND, "rebels", "armed_group", 0)
    body = [_draft(NORTHLAND, "rebel camp", "armed_group", 50),
            _draft(SOURCES, "rebel fighters", "armed_group", 90)]
    assert _side_mate(head, [head, *body], HEADLINE_END) is None


def test_counter_example_a_side_mate_telling_another_kind_of_account_is_not_its_voice() -> None:
    head = _draft(NORTHLAND, "rebels", "armed_group", 0)
    body = [_draft(SOURCES, "a school", "civilian_site", 90)]
    assert _side_mate(head, [head, *body], HEADLINE_END) is None


def test_counter_example_no_speaker_of_its_side_in_the_body() -> None:
    head = _draft(NORTHLAND, "rebels", "armed_group", 0)
    body = [_draft(VILLAGERS, "rebel fighters", "armed_group", 90)]
    assert _side_mate(head, [head, *body], HEADLINE_END) is None


def _pointing(parse: str, verb: int, target: int) -> bool:
    ctx = CheckContext(classify=lambda t: "unknown", reported=lambda t: True)
    hit = Hit("hit.object", "hit", verb, target, False, True,
              {"trigger": verb, "target": target})
    return CHECKS["not_device"](hit, parsed({"parse": parse}), ctx)


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
