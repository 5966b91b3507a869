"""A speaker with a participle clause: "Pakistani officers accompanying the group said six
civilians were killed" is the officers' account, not "the group"'s. The small model
parses the participle as the sentence's root and "the group" as the subject of "said";
:func:`~pipeline.nlp.claims.reroot_reduced_relatives` puts the tree back. Team-written
sentences; the ``slow`` test uses the real model, the others hand-built parses."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp.claims import reroot_reduced_relatives
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _doc(parse: str) -> Doc:
    """word/POS/TAG/dep/head triples, as the model gave them."""
    rows = [p.split("/") for p in parse.split()]
    return Doc(Vocab(), words=[r[0] for r in rows], pos=[r[1] for r in rows],
               tags=[r[2] for r in rows], deps=[r[3] for r in rows],
               heads=[int(r[4]) for r in rows], lemmas=[r[5] for r in rows])


BROKEN = ("officers/NOUN/NNS/nsubj/1/officer accompanying/VERB/VBG/ROOT/1/accompany "
          "the/DET/DT/det/3/the group/NOUN/NN/nsubj/4/group said/VERB/VBD/ccomp/1/say "
          "civilians/NOUN/NNS/nsubjpass/7/civilian were/AUX/VBD/auxpass/7/be "
          "killed/VERB/VBN/ccomp/4/kill ./PUNCT/./punct/1/.")


def test_the_participle_is_its_subjects_clause() -> None:
    doc = reroot_reduced_relatives(_doc(BROKEN))
    assert [(t.text, t.dep_, t.head.text) for t in doc[:5]] == [
        ("officers", "nsubj", "said"), ("accompanying", "acl", "officers"),
        ("the", "det", "group"), ("group", "dobj", "accompanying"), ("said", "ROOT", "said")]
    assert doc[8].head.text == "said"  # the full stop goes with the root


def test_counter_example_a_participle_root_with_no_report_below_stays() -> None:
    parse = ("officers/NOUN/NNS/nsubj/1/officer accompanying/VERB/VBG/ROOT/1/accompany "
             "the/DET/DT/det/3/the group/NOUN/NN/dobj/1/group ./PUNCT/./punct/1/.")
    doc = reroot_reduced_relatives(_doc(parse))
    assert [(t.dep_, t.head.i) for t in doc] == [("nsubj", 1), ("ROOT", 1), ("det", 3),
                                                 ("dobj", 1), ("punct", 1)]


@slow
def test_the_officers_tell_the_toll(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Pakistani officers accompanying the group said six "
                       "civilians and a soldier had been killed in the area.")
    assert {c.party.name for c in claims} == {"Pakistani officers"}
