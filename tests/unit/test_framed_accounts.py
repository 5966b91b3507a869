"""A reporter's word that two accounts differ (rule ``conflict.framed``), and the dead a
participle tells.

- "Neighbours of those killed told a very different story", "the army rejected that
  version": the frames of ``pipeline/nlp/data/frames.json``, each row's example and
  counter-example.
- The party that speaks first from the frame's sentence on is the one set apart; a party
  the account noun names ("the claims by the army") is the one rejected.
- Its accounts from the frame on dispute the accounts other parties told before it, where
  the targets' kinds alone would not.
- "Relatives of the youths killed near the ford said they were shepherds": "they" stands
  for the youths the participle tells killed (row ``copula.victims_pronoun``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from spacy.tokens import Doc

from pipeline.domain.conflicts import FRAMED, find_conflicts
from pipeline.domain.models import Actor, Claim, Evidence, Target
from pipeline.nlp.framing import (
    Frame,
    FrameError,
    FrameTable,
    Spoken,
    contested_from,
    load_frames,
)
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import VOCAB, parsed

slow = pytest.mark.slow
ROWS = load_frames()
TABLE = FrameTable(ROWS)


# ------------------------------------------------------------------ the table


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.id)
def test_each_frame_finds_its_example_and_not_its_counter_example(row: Any) -> None:
    doc = parsed(row.example)
    found = TABLE(doc)
    assert [(f.rule, doc[f.account].text) for f in found] == [
        (row.id, row.example["account"])]
    teller = found[0].teller
    assert (doc[teller].text if teller is not None else None) == row.example.get("teller")
    assert TABLE(parsed(row.counter_example)) == []


def test_a_negated_verb_frames_nothing() -> None:
    doc = parsed({"parse": "The/DET/det/1 army/NOUN/nsubj/4 did/AUX/aux/4/do not/PART/neg/4 "
                           "dispute/VERB/ROOT/4/dispute the/DET/det/6 account/NOUN/dobj/4"})
    assert TABLE(doc) == []
    doc = parsed({"parse": "The/DET/det/1 army/NOUN/nsubj/2 disputed/VERB/ROOT/2/dispute "
                           "the/DET/det/4 account/NOUN/dobj/2"})
    assert [f.rule for f in TABLE(doc)] == ["frame.rejected_account"]


def _table(**change: Any) -> str:
    row = {"id": "frame.x", "description": "d",
           "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["give"]}}},
                       {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "account",
                        "RIGHT_ATTRS": {"LEMMA": {"IN": ["account"]}}}],
           "example": {"parse": "", "account": "account"}, "counter_example": {"parse": ""}}
    row.update(change)
    return json.dumps({"frames": [row]})


def test_the_table_is_checked_when_it_loads() -> None:
    assert [r.id for r in load_frames(_table())] == ["frame.x"]
    with pytest.raises(FrameError, match="unknown keys"):
        load_frames(_table(kind="hit"))
    with pytest.raises(FrameError, match="lacks"):
        load_frames(_table(pattern=[{"RIGHT_ID": "trigger",
                                     "RIGHT_ATTRS": {"LEMMA": {"IN": ["give"]}}}]))
    with pytest.raises(FrameError, match="names no account"):
        load_frames(_table(example={"parse": ""}))
    with pytest.raises(FrameError, match="unknown word list"):
        load_frames(_table(pattern=[{"RIGHT_ID": "trigger",
                                     "RIGHT_ATTRS": {"LEMMA": {"IN": "$NO_SUCH_LIST"}}},
                                    {"LEFT_ID": "trigger", "REL_OP": ">",
                                     "RIGHT_ID": "account",
                                     "RIGHT_ATTRS": {"LEMMA": {"IN": ["account"]}}}]))


# ------------------------------------------------------------------ who is set apart

# "Kessa officials spoke . Villagers gave another account . Farmers died , they said ."
_WORDS = ["Kessa", "officials", "spoke", ".", "Villagers", "gave", "another", "account",
          ".", "Farmers", "died", ",", "they", "said", "."]
_STARTS = [1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]


def _doc() -> Doc:
    return Doc(VOCAB, words=_WORDS, sent_starts=_STARTS)


def test_the_first_party_to_speak_from_the_frame_on_is_set_apart() -> None:
    doc = _doc()
    frame_start, after = doc[4].idx, doc[9].idx
    officials = Spoken("org.officials", "Kessa officials", 0)
    villagers = Spoken("source.villagers", "Villagers", after)
    later = Spoken("source.villagers", "Villagers", after + 5)
    marked = contested_from(doc, [Frame("frame.different_account", 5, 7)],
                            [officials, villagers, later])
    assert marked == [None, frame_start, frame_start]
    # a party that first speaks three sentences on is no longer the frame's
    doc = Doc(VOCAB, words=_WORDS, sent_starts=[1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1])
    far = Spoken("source.villagers", "Villagers", doc[14].idx)
    assert contested_from(doc, [Frame("frame.different_account", 5, 7)],
                          [officials, far]) == [None, None]


def test_the_party_the_account_noun_names_is_rejected_not_set_apart() -> None:
    doc = parsed({"parse": "He/PRON/nsubj/1 rejected/VERB/ROOT/1/reject the/DET/det/3 "
                           "claims/NOUN/dobj/1/claim by/ADP/prep/3 the/DET/det/6 "
                           "army/NOUN/pobj/4"})
    army = Spoken("org.army", "the Kessa army", 0)
    mayor = Spoken("person.mayor", "Mayor Arno Velt", 0)
    assert contested_from(doc, TABLE(doc), [army, mayor]) == [None, 0]


# ------------------------------------------------------------------ the dispute

MINISTRY = Actor("org.kessa-interior", "Kessa interior ministry", "ministry", "KS", "ks")
RELATIVES = Actor("source.relatives", "relatives of the dead", "source", None, None)
POLICE = Actor("org.kessa-police", "Kessa police", "ministry", "KS", "ks")


def _claim(party: Actor, target: Target, start: int, at: int | None = None) -> Claim:
    sentence = "x" * 20
    return Claim(party, "asserts", target, Evidence("a1", "Wire", sentence, start,
                                                      start + len(sentence)),
                 "attack", None, None, rule="hit.object", contested_at=at)


def test_an_account_set_apart_disputes_the_earlier_ones() -> None:
    airport = _claim(MINISTRY, Target("airport", "infrastructure"), 0)
    victims = _claim(RELATIVES, Target("several of the victims", "unknown"), 120, at=100)
    pairs = find_conflicts([airport, victims])
    assert [(p.first.party, p.second.party, p.reason) for p in pairs] == [
        (MINISTRY, RELATIVES, FRAMED)]
    # without the frame, an airport against victims of no known kind is no dispute
    plain = _claim(RELATIVES, Target("several of the victims", "unknown"), 120)
    assert find_conflicts([airport, plain]) == []


def test_only_accounts_told_before_the_frame_and_of_another_side_are_disputed() -> None:
    victims = _claim(RELATIVES, Target("several of the victims", "unknown"), 120, at=100)
    later = _claim(MINISTRY, Target("airport", "infrastructure"), 200)
    assert find_conflicts([victims, later]) == []
    ally = _claim(POLICE, Target("airport", "infrastructure"), 0)
    police = _claim(Actor("org.kessa-police-2", "Kessa police command", "ministry", "KS",
                          "ks"), Target("the crowd", "unknown"), 120, at=100)
    assert find_conflicts([ally, police]) == []


def test_two_parties_that_both_tell_civilians_hit_differ_in_something_else() -> None:
    tourists = _claim(MINISTRY, Target("tourists", "civilians"), 0)
    vans = _claim(RELATIVES, Target("the tourists' vans", "civilian_site"), 120, at=100)
    assert find_conflicts([tourists, vans]) == []
    # a party that also denies something, or names a force, does tell what was hit
    denied = _claim(RELATIVES, Target("no gunmen", "armed_group"), 150, at=100)
    denied = Claim(denied.party, "denies", denied.target, denied.evidence, "attack",
                   negated=True, rule="use.presence", contested_at=100)
    assert {p.reason for p in find_conflicts([tourists, vans, denied])} == {FRAMED}
    posts = _claim(MINISTRY, Target("border posts", "military"), 0)
    patrol = _claim(RELATIVES, Target("the joint patrol", "military"), 120, at=100)
    assert {p.reason for p in find_conflicts([posts, patrol])} == {FRAMED}


# ------------------------------------------------------------------ end to end

_TOLD = ("Fourteen people died during unrest in Kessa on Monday, officials said.\n\n"
         "The interior minister said police had beaten back an armed assault on the "
         "airport.\n\n")
_SET_APART = "Neighbours of those killed told a very different story. "
_VICTIMS = ("Most of the dead were shot in the market lanes, nowhere near the airport, they "
            "said.")


@slow
def test_neighbours_who_tell_a_different_story_dispute_the_minister(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _TOLD + _SET_APART + _VICTIMS)
    pairs = find_conflicts(claims)
    assert {p.reason for p in pairs} == {FRAMED}, [(c.party.name, c.target.text)
                                                  for c in claims]
    # the same accounts with no word that they differ are no dispute
    assert find_conflicts(_analysed(real_extractor, _TOLD + "Neighbours of those killed said "
                                    "most of the dead were shot in the market lanes, "
                                    "nowhere near the airport.")) == []


# ------------------------------------------------------------------ the dead described

_FORD = ("Rangers said their patrol was fired on near the Pelan ford on Monday and returned "
         "fire. Relatives of the youths {} near the ford said they were shepherds.")


@slow
def test_they_stands_for_the_youths_a_participle_tells_killed(real_extractor: Any) -> None:
    told = {(c.party.name, c.target.text, c.target.target_class)
            for c in _analysed(real_extractor, _FORD.format("killed"))}
    assert ("Relatives of the youths", "shepherds", "civilians") in told, told
    # youths told arrested are no toll: what their kin say they were is no account
    told = {c.target.text for c in _analysed(real_extractor, _FORD.format("arrested"))}
    assert "shepherds" not in told, told
