"""Accounts told in other words than a strike verb next to its target.

- The reporter's frame with the verb "describe" ("described a wholly different scene",
  "described the clashes differently"), and an account rejected by a party the "by"
  phrase names ("an account rejected by their families"), however far on that party
  speaks (``pipeline/nlp/framing.py``).
- What a force describes the men its soldiers shot as, the clause on the object left
  without "as" (row ``copula.struck_described_as_relative``).
- A force that came under fire from people in a crowd (row ``use.assailants_fire_from``).
- "there were no explosions at the base": no strike (row ``nostrike.none``).
- A type code is a military craft ("the Su-25"; target row ``military.type_designator``);
  a party's campaign office is a civil site; people "responsible for" an attack are its
  perpetrators.
- Parse and name repairs: a "that" clause the parse hung on a noun before the claim it
  tells ("in contrast with Russia's assertion that ..."); a body named "Campaign" is no
  campaign; a person's last name taken for a place; a country's opposition leader is not
  on its government's side.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Span

from pipeline.domain import conflicts
from pipeline.domain.conflicts import FRAMED, find_conflicts
from pipeline.domain.models import Target
from pipeline.nlp.claims import _surname
from pipeline.nlp.framing import Frame, FrameTable, Spoken, contested_from
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.mentions import MentionResolver
from pipeline.nlp.targets import TargetTableError, load_class_rows
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import VOCAB, check_holds, parsed
from tests.unit.test_force_accounts_causes_and_places import _NOBODY, AUNT, POLICE, _claim
from tests.unit.test_framed_accounts import _TOLD, _VICTIMS

slow = pytest.mark.slow
TABLE = FrameTable()


# ------------------------------------------------------------------ frames with a teller

# "Guards spoke , an account rejected by their families . It rained . It rained .
#  It rained . Relatives wept ."
_TELLER = ("Guards/NOUN/nsubj/1/guard spoke/VERB/ROOT/1/speak ,/PUNCT/punct/1 an/DET/det/4 "
           "account/NOUN/npadvmod/1/account rejected/VERB/acl/4/reject by/ADP/agent/5/by "
           "their/PRON/poss/8 families/NOUN/pobj/6/family ./PUNCT/punct/1 "
           "It/PRON/nsubj/11 rained/VERB/ROOT/11/rain ./PUNCT/punct/11 "
           "It/PRON/nsubj/14 rained/VERB/ROOT/14/rain ./PUNCT/punct/14 "
           "It/PRON/nsubj/17 rained/VERB/ROOT/17/rain ./PUNCT/punct/17 "
           "Relatives/NOUN/nsubj/20/relative wept/VERB/ROOT/20/weep ./PUNCT/punct/20")


def test_the_teller_a_by_phrase_names_is_set_apart_wherever_it_next_speaks() -> None:
    doc = parsed({"parse": _TELLER})
    frames = TABLE(doc)
    assert [(f.rule, doc[f.teller].text) for f in frames if f.teller is not None] == [
        ("frame.account_rejected_by", "families")]
    guards = Spoken("org.guard", "Kessa border guard", 0)
    villagers = Spoken("source.villagers", "Villagers", doc[9].idx)
    family = Spoken("source.family", "Family members", doc[18].idx)
    marked = contested_from(doc, frames, [guards, villagers, family])
    # the families, four sentences on, are set apart from the verb on; the guards, who
    # spoke earlier in the frame's sentence, are the account rejected; the villagers,
    # though they speak first after the frame, are not the teller
    assert marked == [None, None, doc[5].idx]


def test_a_teller_who_never_speaks_sets_no_one_apart() -> None:
    doc = parsed({"parse": _TELLER})
    guards = Spoken("org.guard", "Kessa border guard", 0)
    villagers = Spoken("source.villagers", "Villagers", doc[9].idx)
    assert contested_from(doc, TABLE(doc), [guards, villagers]) == [None, None]


def test_a_frame_with_no_teller_keeps_to_the_sentences_after_it() -> None:
    doc = parsed({"parse": _TELLER})
    # the same words, read as a frame with no teller: the first speaker in the window
    frame = Frame("frame.rejected_account", 5, 4)
    villagers = Spoken("source.villagers", "Villagers", doc[9].idx)
    family = Spoken("source.family", "Family members", doc[18].idx)
    assert contested_from(doc, [frame], [villagers, family]) == [doc[0].idx, None]


_GUARD = ("The Kessa border guard said its patrol had fired at a skiff crossing the river at "
          "night, an account rejected by relatives of the two men who died. The guard "
          "gave no names. It said the matter was under review. Rains had swollen the river "
          "for a week. The relatives said the men were {} on the bank while mending nets.")


@slow
def test_an_account_relatives_rejected_sets_their_word_against_the_guards(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _GUARD.format("shot"))
    assert {p.reason for p in find_conflicts(claims)} == {FRAMED}, [
        (c.party.name, c.target.text, c.target.target_class) for c in claims]
    # a skiff against men of no known kind: without the frame, no dispute
    plain = _GUARD.format("shot").replace(", an account rejected by relatives of the two men "
                                          "who died", "")
    assert find_conflicts(_analysed(real_extractor, plain)) == []


@slow
@pytest.mark.parametrize("frame", [
    "Neighbours of those killed described a wholly different scene.",
    "Neighbours of those killed described the unrest differently.",
])
def test_neighbours_who_describe_it_otherwise_dispute_the_minister(
        real_extractor: Any, frame: str) -> None:
    claims = _analysed(real_extractor, _TOLD + frame + " " + _VICTIMS)
    assert {p.reason for p in find_conflicts(claims)} == {FRAMED}, [
        (c.party.name, c.target.text) for c in claims]


# ------------------------------------------------------------------ constructions

@slow
def test_what_a_force_describes_the_men_its_soldiers_shot_as(real_extractor: Any) -> None:
    told = {(c.party.name, c.target.text, c.target.target_class) for c in _analysed(
        real_extractor, "The Kessa ministry described the two men its police shot at the "
                        "crossing as members of a smuggling gang.")}
    assert ("Kessa ministry", "members of a smuggling gang", "armed_group") in told, told
    told = {c.target.text for c in _analysed(
        real_extractor, "The Kessa ministry described the two men its police questioned at "
                        "the crossing as members of a smuggling gang.")}
    assert "members of a smuggling gang" not in told, told


def test_fire_from_a_crowd_is_a_forces_account_only_where_a_force_came_under_it() -> None:
    under = ("Officials/NOUN/nsubj/1/official said/VERB/ROOT/1/say {}/NOUN/nsubj/3/{} "
             "came/VERB/ccomp/1/come under/ADP/prep/3/under fire/NOUN/pobj/4/fire "
             "from/ADP/prep/3/from armed/ADJ/amod/8/armed {}/NOUN/pobj/6/{}")
    assert check_holds("force_under_fire", "use.assailants_fire_from", "use",
                       under.format("guards", "guard", "men", "man"), 5, 8)
    # not a town that came under fire, nor fire from men named as fighters
    assert not check_holds("force_under_fire", "use.assailants_fire_from", "use",
                           under.format("town", "town", "men", "man"), 5, 8)
    assert not check_holds("force_under_fire", "use.assailants_fire_from", "use",
                           under.format("guards", "guard", "gunmen", "gunman"), 5, 8)


@slow
def test_guards_under_fire_from_armed_youths_dispute_the_unarmed_dead(
        real_extractor: Any) -> None:
    body = ("Troops fired on hundreds of mourners outside the governor's office in Kessa on "
            "Friday. Dorba Velt, who heads the new council, said those killed were mourners "
            "who had carried no weapons to the rally.\n\n"
            "Aides to the old governor said the guards came under fire from youths armed "
            "with rifles among the mourners.")
    claims = _analysed(real_extractor, body)
    assert any(c.rule == "use.assailants_fire_from" and c.target.target_class == "armed_group"
               for c in claims), [(c.party.name, c.target.text, c.rule) for c in claims]
    assert find_conflicts(claims)


def test_a_force_that_faced_fire_and_had_to_respond_disputes_that_nobody_was_armed() -> None:
    faced = ("The minister said officers faced intense gunfire at the square and, forced to "
             "respond, lost 12 policemen.")
    force = _claim(POLICE, Target("12 policemen", "unknown"), "casualty.passive", faced)
    unarmed = _claim(AUNT, Target("rifle", "unknown"), "use.none_had_gun", _NOBODY, True)
    assert conflicts._attacked_unarmed(force, unarmed)
    # officers who faced fire, with no word of their own fire, are no such dispute
    only_faced = _claim(POLICE, Target("12 policemen", "unknown"), "casualty.passive",
                        "The minister said officers faced intense gunfire at the square.")
    assert not conflicts._attacked_unarmed(only_faced, unarmed)


@slow
def test_fire_a_force_came_under_from_a_group_the_parse_hangs_on_the_noun(
        real_extractor: Any) -> None:
    body = ("Mourners said troops fired on a funeral march in Pelan, killing six people.\n\n"
            "In a statement, the district command said officers and soldiers at the bridge "
            "came under sustained attack from youths with rifles and grenades.")
    claims = _analysed(real_extractor, body)
    assert any(c.rule.startswith("use.assailants_fire_from") and c.target.target_class
               == "armed_group" for c in claims), [(c.party.name, c.target.text, c.rule)
                                                   for c in claims]


@slow
def test_no_explosions_at_the_base_is_an_account_that_no_strike_happened(
        real_extractor: Any) -> None:
    body = ("The Dorba group said two small drones had struck a transport plane at the Kessa "
            "air base.\n\nA channel close to the interior ministry said there were no "
            "explosions at the Kessa base and called the report a fabrication.")
    claims = _analysed(real_extractor, body)
    assert any(c.rule == "nostrike.none" and c.negated for c in claims), [
        (c.party.name, c.target.text, c.rule) for c in claims]
    assert find_conflicts(claims)


# ------------------------------------------------------------------ target classes

def test_a_head_shape_the_table_does_not_know_is_refused() -> None:
    table = ('{"rows": [{"id": "x", "when": {"head_shape": "codename"}, "class": "military", '
             '"example": {}, "counter_example": {}}]}')
    with pytest.raises(TargetTableError, match="head_shape"):
        load_class_rows(table)


@slow
@pytest.mark.parametrize(("sentence", "target", "cls"), [
    ("Militants said their drones had hit an Su-25 at the Kessa airfield.", "Su-25",
     "military"),
    ("Arno Velt said troops had raided his campaign headquarters overnight.",
     "his campaign headquarters", "civilian_site"),
    ("The cabinet said the assault targeted those responsible for torching the "
     "assembly hall.", "those responsible", "armed_group"),
])
def test_targets_whose_words_decide_their_class(real_extractor: Any, sentence: str,
                                                target: str, cls: str) -> None:
    told = {(c.target.text, c.target.target_class) for c in _analysed(real_extractor,
                                                                       sentence)}
    assert (target, cls) in told, told


# ------------------------------------------------------------------ repairs

@slow
def test_a_that_clause_the_parse_hung_before_the_claim_noun_is_the_claims(
        real_extractor: Any) -> None:
    # (the parse hangs the "that" clause on "show")
    body = ("Photos show jets burnt out at the Kessa base, in contrast with Russia's "
            "assertion that all the drones were shot down.")
    claims = _analysed(real_extractor, body)
    assert any(c.party.id == "state.ru" and c.rule == "miss.shot_down" for c in claims), [
        (c.party.name, c.target.text, c.rule) for c in claims]


@slow
def test_a_body_named_campaign_is_a_speaker_not_a_campaign(real_extractor: Any) -> None:
    body = ("Officers killed a man in Dorba county, state radio said.\n\n"
            "The Kessa Campaign for Dorba said the officers shot at the marchers and killed a "
            "man.")
    parties = {c.party.name for c in _analysed(real_extractor, body)}
    assert "Kessa Campaign for Dorba" in parties, parties


def _ents(words: list[str], ents: list[tuple[int, int, str]]) -> Any:
    doc = Doc(VOCAB, words=words)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def test_a_persons_last_name_is_no_place() -> None:
    # "Pelan Tara was killed . They named him as Tara ."
    words = ["Pelan", "Tara", "was", "killed", ".", "They", "named", "him", "as", "Tara", "."]
    doc = _ents(words, [(0, 2, "PERSON"), (9, 10, "GPE")])
    assert _surname(doc.ents[1])
    # a place named before the person is a place
    words = ["Tara", "was", "shelled", ".", "Pelan", "Tara", "fled", "Tara", "."]
    doc = _ents(words, [(0, 1, "GPE"), (4, 6, "PERSON"), (7, 8, "GPE")])
    assert not _surname(doc.ents[2])
    # a country's name is a country, whatever the parse took for a person's name
    words = ["Jamaat", "Chad", "struck", ".", "Bombs", "hit", "Chad", "."]
    doc = _ents(words, [(0, 2, "PERSON"), (6, 7, "GPE")])
    assert not _surname(doc.ents[1])


def test_a_countrys_opposition_leader_is_not_on_its_governments_side() -> None:
    import spacy

    nlp = spacy.blank("en")

    def speaker(words: list[str], deps: list[str], heads: list[int]) -> Any:
        resolver = MentionResolver(Gazetteer.default())  # (one article each)
        doc = spacy.tokens.Doc(nlp.vocab, words=words, deps=deps, heads=heads,
                               pos=["PROPN", "PART", "NOUN", "NOUN", "VERB"][:len(words)],
                               lemmas=[w.lower() for w in words])
        doc.ents = [spacy.tokens.Span(doc, 0, 1, label="GPE")]
        return resolver.speaker(doc[heads[0] if deps[0] == "poss" else 0])

    leader = speaker(["Chad", "'s", "opposition", "leader", "spoke"],
                     ["poss", "case", "compound", "nsubj", "ROOT"], [3, 0, 3, 4, 4])
    minister = speaker(["Chad", "'s", "interior", "minister", "spoke"],
                       ["poss", "case", "compound", "nsubj", "ROOT"], [3, 0, 3, 4, 4])
    assert leader is not None and minister is not None
    assert minister.side == "td"
    assert leader.side != minister.side
