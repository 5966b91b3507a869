"""Target-class, construction and attacker rules of the a-batch precision work: an example
and a counter-example each. Target and construction rules run on hand-built parses;
the attacker rules, which need the model, are in test_nlp_attacker_scope.py."""

from __future__ import annotations

from pipeline.nlp.targets import decide_class
from tests.unit.test_constructions import CTX, GAZ, MATCHER, parsed


def _class(parse: str, head: str, nth: int = 0) -> str:
    doc = parsed({"parse": parse})
    tok = [t for t in doc if t.text == head][nth]
    return decide_class(tok, GAZ)[0]


# ------------------------------------------------------------ targets.possessor

def test_a_site_of_an_armed_possessor_is_theirs() -> None:
    assert _class("his/PRON/poss/1 unit/NOUN/poss/3 's/PART/case/1 camp/NOUN/ROOT/3",
                  "camp") == "military"


def test_a_site_of_a_civilian_possessor_is_not_made_armed() -> None:
    assert _class("the/DET/det/1 family/NOUN/poss/3 's/PART/case/1 building/NOUN/ROOT/3",
                  "building") != "military"


# ------------------------------------------------------------ targets.earlier_mention

_CAMPS = ("Jets/NOUN/nsubj/1/jet hit/VERB/ROOT/1/hit a/DET/det/4 militant/ADJ/amod/4 "
          "camp/NOUN/dobj/1 ./PUNCT/punct/1 Residents/NOUN/nsubj/7/resident "
          "said/VERB/ROOT/7/say the/DET/det/9 camp/NOUN/nsubjpass/11 was/AUX/auxpass/11/be "
          "hit/VERB/ccomp/7/hit")


def test_a_bare_definite_site_is_the_one_named_before() -> None:
    assert _class(_CAMPS, "camp", nth=1) == "armed_group"


def _told(second: str) -> str:
    return ("The/DET/det/1 army/NOUN/nsubj/2/army said/VERB/ROOT/2/say the/DET/det/4 "
            "images/NOUN/nsubj/5/image showed/VERB/ccomp/2/show a/DET/det/8 "
            "militant/ADJ/amod/8 group/NOUN/dobj/5 ./PUNCT/punct/2 "
            f"{second} said/VERB/ROOT/11/say the/DET/det/13 group/NOUN/nsubjpass/15 "
            "was/AUX/auxpass/15/be hit/VERB/ccomp/11/hit")


def test_another_tellers_words_do_not_class_a_bare_mention() -> None:
    # the army's "militant group" is its account: the villagers' "the group" is unclassed
    assert _class(_told("Villagers/NOUN/nsubj/11/villager"), "group", nth=1) == "unknown"
    # counter-examples: the same teller, or "it", which may be the army, keep its class
    assert _class(_told("Army/NOUN/nsubj/11/army"), "group", nth=1) == "armed_group"
    assert _class(_told("It/PRON/nsubj/11/it"), "group", nth=1) == "armed_group"


def test_a_bare_site_with_no_earlier_mention_keeps_its_own_class() -> None:
    assert _class("Residents/NOUN/nsubj/1/resident said/VERB/ROOT/1/say the/DET/det/3 "
                  "camp/NOUN/nsubjpass/5 was/AUX/auxpass/5/be hit/VERB/ccomp/1/hit",
                  "camp") == "unknown"


_QUARTERS = ("The/DET/det/1 bomb/NOUN/nsubj/2 exploded/VERB/ROOT/2/explode next/ADV/advmod/2 "
             "to/ADP/prep/3 the/DET/det/7 army/NOUN/compound/7 barracks/NOUN/pobj/4/barracks "
             ",/PUNCT/punct/2 destroying/VERB/advcl/2/destroy the/DET/det/11 "
             "building/NOUN/dobj/9")


def test_a_bare_building_is_the_site_its_sentence_named_before() -> None:
    assert _class(_QUARTERS, "building") == "military"
    school = ("A/DET/det/1 shell/NOUN/nsubj/2 hit/VERB/ROOT/2/hit a/DET/det/5 "
              "crowded/ADJ/amod/5 school/NOUN/dobj/2 ,/PUNCT/punct/2 "
              "destroying/VERB/advcl/2/destroy the/DET/det/9 building/NOUN/dobj/7")
    assert _class(school, "building") == "civilian_site"


def test_a_bare_building_takes_no_site_from_another_sentence() -> None:
    # counter-example: the army barracks are named in the sentence before
    two = ("Jets/NOUN/nsubj/1/jet hit/VERB/ROOT/1/hit the/DET/det/4 army/NOUN/compound/4 "
           "barracks/NOUN/dobj/1/barracks ./PUNCT/punct/1 "
           "Residents/NOUN/nsubj/7/resident said/VERB/ROOT/7/say the/DET/det/9 "
           "building/NOUN/nsubjpass/11 was/AUX/auxpass/11/be hit/VERB/ccomp/7/hit")
    assert _class(two, "building") != "military"


# ------------------------------------------------------------ late checks in text order

_TOLL_THEN_PRONOUN = (
    "A/DET/det/1 strike/NOUN/nsubj/2/strike hit/VERB/ROOT/2/hit a/DET/det/4 car/NOUN/dobj/2 "
    "./PUNCT/punct/2 The/DET/det/7 hospital/NOUN/nsubj/8 said/VERB/ROOT/8/say "
    "the/DET/det/10 bodies/NOUN/nsubjpass/16/body/NNS of/ADP/prep/10 three/NUM/nummod/13 "
    "men/NOUN/pobj/11/man/NNS had/AUX/aux/16/have been/AUX/auxpass/16/be "
    "received/VERB/ccomp/8/receive/VBN ./PUNCT/punct/8 They/PRON/nsubj/19/they "
    "were/AUX/ccomp/23/be fighters/NOUN/attr/19/fighter/NNS ,/PUNCT/punct/23 "
    "he/PRON/nsubj/23 said/VERB/ROOT/23/say")


def test_a_pronoun_stands_for_a_toll_found_by_another_late_row() -> None:
    doc = parsed({"parse": _TOLL_THEN_PRONOUN})
    rules = {h.rule for h in MATCHER(doc, CTX)}
    assert "casualty.received_of" in rules
    assert "copula.victims_pronoun" in rules


def test_a_pronoun_with_no_toll_before_it_is_no_account() -> None:
    doc = parsed({"parse": _TOLL_THEN_PRONOUN.replace("received/VERB/ccomp/8/receive/VBN",
                                                      "photographed/VERB/ccomp/8/photograph/VBN")})
    assert "copula.victims_pronoun" not in {h.rule for h in MATCHER(doc, CTX)}
