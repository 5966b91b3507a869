"""Values kept per document (``pipeline.nlp.docmemo``): computed once for the document
being read, again for any other document or after ``forget``; a party-rule verdict is
kept only for the table that gave it. Hand-built docs, no model."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from pipeline.nlp.claims import _set_tree
from pipeline.nlp.docmemo import DocMemo, sent_of
from pipeline.nlp.party_rules import default_rules, judge


def _doc(words: list[str]) -> Doc:
    return Doc(English().vocab, words=words)


def test_a_value_is_computed_once_per_document() -> None:
    memo = DocMemo()
    calls: list[str] = []
    one, two = _doc(["a", "b"]), _doc(["a", "b"])

    def compute(tag: str) -> str:
        calls.append(tag)
        return tag

    assert memo.get(one, "k", lambda: compute("one")) == "one"
    assert memo.get(one, "k", lambda: compute("again")) == "one"
    assert calls == ["one"]
    # counter-examples: another document, another key, or a forgotten document compute anew
    assert memo.get(two, "k", lambda: compute("two")) == "two"
    assert memo.get(two, "j", lambda: compute("j")) == "j"
    memo.forget(two)
    assert memo.get(two, "k", lambda: compute("after")) == "after"
    assert calls == ["one", "two", "j", "after"]
    memo.forget(one)  # not the document kept: nothing to drop
    assert memo.get(two, "k", lambda: compute("kept")) == "after"


def test_a_verdict_is_kept_for_its_own_table_only() -> None:
    doc = Doc(English().vocab, words=["Residents", "said"], pos=["NOUN", "VERB"],
              lemmas=["resident", "say"], tags=["NNS", "VBD"], deps=["nsubj", "ROOT"],
              heads=[1, 1], sent_starts=[True, False])
    rules = default_rules()
    first = judge(doc[0], rules)
    assert judge(doc[0], rules) is first
    assert first is not rules[-1]  # a rule of its own, not the catch-all
    # counter-example: another table (the catch-all first) gives its own verdict
    fewer = (rules[-1], *rules[:-1])
    assert judge(doc[0], fewer) is rules[-1]
    assert judge(doc[0], rules) is first


def _two_sentences() -> Doc:
    # "Troops fired . Residents said ." with each sentence's own root
    return Doc(English().vocab, words=["Troops", "fired", ".", "Residents", "said", "."],
               deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
               heads=[1, 1, 1, 4, 4, 4])


def test_a_tokens_sentence_is_the_one_the_parse_gives() -> None:
    doc = _two_sentences()
    for tok in doc:
        assert sent_of(tok) == tok.sent
    assert [(sent_of(t).start, sent_of(t).end) for t in doc] == [(0, 3)] * 3 + [(3, 6)] * 3


def test_a_repaired_tree_moves_the_sentences_it_joins() -> None:
    doc = _two_sentences()
    assert sent_of(doc[4]).start == 3  # (read, and kept, before the repair)
    # the repair hangs the second root on the first: one sentence
    _set_tree(doc, [1, 1, 1, 4, 1, 4], ["nsubj", "ROOT", "punct", "nsubj", "conj", "punct"])
    assert doc[4].sent.start == 0
    assert sent_of(doc[4]) == doc[4].sent
    assert sent_of(doc[0]).end == 6
