"""Target-class, construction and attacker rules of the a-batch precision work: an example
and a counter-example each. Target and construction rules run on hand-built parses;
the attacker rules need the model and are marked ``slow``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.nlp.extract import Extractor
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


def test_a_bare_site_with_no_earlier_mention_keeps_its_own_class() -> None:
    assert _class("Residents/NOUN/nsubj/1/resident said/VERB/ROOT/1/say the/DET/det/3 "
                  "camp/NOUN/nsubjpass/5 was/AUX/auxpass/5/be hit/VERB/ccomp/1/hit",
                  "camp") == "unknown"


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


# ------------------------------------------------------------ attackers (model)

@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    yield Extractor.load()


def _analyse(extractor: Extractor, body: str) -> ArticleAnalysis:
    (result,) = extractor.analyse([Article("t1", "", body, "Test Wire")])
    return result


def _attacker(an: ArticleAnalysis, word: str) -> str | None:
    found = [c for c in an.claims if word in c.target.text]
    assert found, [c.target.text for c in an.claims]
    return found[0].attacker.id if found[0].attacker else None


@pytest.mark.slow
def test_a_dateline_is_not_the_attacker(extractor: Extractor) -> None:
    an = _analyse(extractor, "KYIV, Nov 3 (Test Wire) - Shelling killed three people at a "
                             "bus stop in Kherson on Friday, the governor said.")
    assert _attacker(an, "people") is None
    an = _analyse(extractor, "Russian shelling killed three people at a bus stop in Kherson "
                             "on Friday, the governor said.")
    assert _attacker(an, "people") == "state.ru"


@pytest.mark.slow
def test_a_group_s_plural_name_is_the_they_that_attacked(extractor: Extractor) -> None:
    an = _analyse(extractor, "Yemen's Houthis said on Thursday they had attacked a bulk "
                             "carrier in the Red Sea.")
    assert _attacker(an, "carrier") == "group.houthis"
    an = _analyse(extractor, "The army said on Thursday they had attacked a bulk carrier "
                             "in the Red Sea.")
    assert _attacker(an, "carrier") is None


@pytest.mark.slow
def test_the_strike_takes_the_attacker_of_the_last_strike(extractor: Extractor) -> None:
    an = _analyse(extractor, "An Israeli strike in southern Lebanon killed 10 people, the "
                             "health ministry said. Hamas has launched attacks on Israel "
                             "from Lebanon. The Israeli military said the strike targeted a "
                             "weapons depot.")
    assert _attacker(an, "depot") == "state.il"
