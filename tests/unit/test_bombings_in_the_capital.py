"""Car bombings told by officials, read from new Horn of Africa copy:

- "killing at least 76 people, many of them students, officials and an ambulance
  service said": the officials said so; the parse had them as one more of the dead
  (:func:`~pipeline.nlp.claims.speakers_before_said`);
- "the vehicles packed with explosives had targeted the ministry's headquarters": a
  vehicle full of explosives is the bomb, no site's use (check ``not_a_car_bomb``), and
  a government body's premises are a civil site unless the copy names a defence,
  interior or security ministry (rule ``targets.civil_ministry``);
- "the driver, who was killed in the blast" of a car-bomb story is who brought the bomb
  (``casualty.assailants``), not one it hit.

Team-written sentences with invented names; ``slow`` tests use the real model."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp.claims import speakers_before_said
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _doc(parse: str) -> Doc:
    rows = [p.split("/") for p in parse.split()]
    return Doc(Vocab(), words=[r[0] for r in rows], pos=[r[1] for r in rows],
               deps=[r[2] for r in rows], heads=[int(r[3]) for r in rows],
               lemmas=[r[4] for r in rows])


# "killing 76 people , many students , officials and medics said ."
BROKEN = ("killing/VERB/ROOT/0/kill 76/NUM/nummod/2/76 people/NOUN/dobj/0/people ,/PUNCT/punct/2/, "
          "students/NOUN/appos/2/student ,/PUNCT/punct/4/, officials/NOUN/conj/4/official "
          "and/CCONJ/cc/6/and medics/NOUN/conj/6/medic said/VERB/ROOT/9/say ./PUNCT/punct/9/.")


def test_the_phrase_before_said_is_its_subject() -> None:
    doc = speakers_before_said(_doc(BROKEN))
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "said")
    assert doc[8].head.text == "officials"  # "and medics" stays with the officials
    assert doc[4].head.text == "people"


def test_counter_example_said_with_a_subject_stays() -> None:
    parse = BROKEN.replace("officials/NOUN/conj/4/official", "officials/NOUN/nsubj/9/official")
    doc = speakers_before_said(_doc(parse))
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in _doc(parse)]


@slow
def test_officials_tell_the_toll_of_a_bombing(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A truck bomb exploded at a busy junction in the "
                       "capital, killing at least 76 people, many of them university students "
                       "on their way to class, officials and an ambulance service said.")
    assert {c.party.name for c in claims} == {"officials"}


@slow
def test_a_car_bomb_targeted_a_ministrys_headquarters(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A police spokesman told reporters that the vehicles "
                       "packed with explosives had targeted the ministry's headquarters.")
    assert [(c.target.text, c.target.target_class) for c in claims] == [
        ("ministry's headquarters", "civilian_site")]


@slow
def test_counter_examples_a_house_of_explosives_and_a_defence_ministry(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The army said the house was packed with explosives.")
    assert [c.rule for c in claims] == ["use.full_of"]
    claims = _analysed(real_extractor, "Officials said the jets struck the ministry's "
                       "headquarters, which the army called a defence ministry command post.")
    assert "civilian_site" not in {c.target.target_class for c in claims
                                   if "headquarters" in c.target.text}


@slow
def test_the_driver_of_a_car_bomb_is_who_brought_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A car bomb exploded at a police academy, killing 10 "
                       "people, officials said.\n\nInvestigators said they had identified the "
                       "driver, who was killed in the blast.")
    assert "driver" not in {c.target.text for c in claims}
    # counter-examples: the driver of a bus a car bomb hit, and a driver a drone hit
    claims = _analysed(real_extractor, "A car bomb exploded at a market, officials said.\n\n"
                       "Police said the driver of the bus was killed in the blast.")
    assert "driver of the bus" in {c.target.text for c in claims}
    claims = _analysed(real_extractor, "A drone hit a car on the road, officials said.\n\n"
                       "Police said the driver was killed in the blast.")
    assert "driver" in {c.target.text for c in claims}
