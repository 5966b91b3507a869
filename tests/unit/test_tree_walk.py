"""The construction matcher walks a document by token index, off its arrays
(``pipeline.nlp.depmatch``), and values of the parse are kept per token
(``pipeline.nlp.docmemo.per_token``). Each must give what spaCy's own ``Token`` walk gives,
in the same order, and a token's kept value must not outlive its document or a change of
its parse. Hand-built docs, no model."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from pipeline.nlp.depmatch import TreeMatcher, _Tree
from pipeline.nlp.docmemo import DOC_MEMO, per_token

VOCAB = English().vocab


def _doc(heads: list[int], words: list[str] | None = None) -> Doc:
    n = len(heads)
    words = words or [f"w{i}" for i in range(n)]
    deps = ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    return Doc(VOCAB, words=words, heads=heads, deps=deps)


# a projective tree, and one whose arc from the root crosses another (the order of a
# subtree then follows spaCy's left children, token, right children, not the text)
TREES = {
    "projective": [1, 1, 1, 4, 2, 4, 1],
    "crossing": [2, 3, 2, 2, 0],
    "chain": [1, 2, 3, 3, 3],
}


@pytest.mark.parametrize("name", sorted(TREES))
def test_the_index_walk_gives_spacys_relations_in_spacys_order(name: str) -> None:
    doc = _doc(TREES[name])
    tree = _Tree(doc)
    for tok in doc:
        assert tree.related(tok.i, ">") == [c.i for c in tok.children]
        assert tree.related(tok.i, "<") == ([tok.head.i] if tok.head.i != tok.i else [])
        assert tree.related(tok.i, ">>") == [t.i for t in tok.subtree if t.i != tok.i]
        assert tree.related(tok.i, "<<") == [t.i for t in tok.ancestors]


def test_words_are_compared_as_the_docs_codes_part_of_speech_included() -> None:
    words = ["Jets", "struck", "the", "depot", "struck"]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj",
                                                                 "conj"],
              pos=["NOUN", "VERB", "DET", "NOUN", "NOUN"],
              lemmas=["jet", "strike", "the", "depot", "strike"])
    pattern = [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "strike", "POS": "VERB"}},
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "target",
         "RIGHT_ATTRS": {"DEP": {"IN": ["dobj"]}, "LOWER": {"REGEX": "^dep"}}},
    ]
    ours, theirs = TreeMatcher(), DependencyMatcher(VOCAB)
    ours.add("r", pattern)
    theirs.add("r", [pattern])
    # only the verb "struck" (not the noun tagged with the same lemma) with its object
    assert [ids for _, ids in ours(doc)] == [[1, 3]]
    assert sorted(ids for _, ids in theirs(doc)) == [[1, 3]]
    # counter-example: a regex the object fails, or a part of speech no word has
    pattern[1]["RIGHT_ATTRS"]["LOWER"] = {"REGEX": "^base"}
    other = TreeMatcher()
    other.add("r", pattern)
    assert other(doc) == []
    pattern[0]["RIGHT_ATTRS"]["POS"] = "NO_SUCH_POS"
    none = TreeMatcher()
    none.add("r", pattern)
    assert none(doc) == []


def test_a_tokens_value_is_kept_for_its_document_until_its_parse_changes() -> None:
    calls: list[int] = []

    @per_token
    def head_of(tok: object) -> int:
        calls.append(tok.i)  # type: ignore[attr-defined]
        return tok.head.i  # type: ignore[attr-defined]

    doc = _doc([1, 1, 1])
    assert [head_of(t) for t in doc] == [1, 1, 1]
    assert head_of(doc[0]) == 1
    assert calls == [0, 1, 2]
    # counter-examples: another document, or the same one once forgotten (a repair of
    # its tree), computes anew
    other = _doc([0, 0, 0])
    assert head_of(other[1]) == 0
    doc[0].head = doc[2]
    DOC_MEMO.forget(doc)
    assert head_of(doc[0]) == 2
    assert calls == [0, 1, 2, 1, 0]
