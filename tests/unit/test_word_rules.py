"""``WordRules`` reads the modifier table off a doc's arrays and must find exactly the spans
spaCy's ``Matcher`` finds for the same rules: optional tokens (several in one rule),
the ``IS_ALPHA`` and ``IS_SENT_START`` flags, ``TAG`` and ``DEP`` labels, a negated first
token, and more word lists of one attribute than one 64-bit word holds. Hand-built docs,
no model."""

from __future__ import annotations

from typing import Any

from spacy.lang.en import English
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.nlp.modifiers import ModifierTable, WordRules, load_modifiers

_TEXT = ("In March , the heaviest and deadliest shelling this year was not a strike but "
         "fire on this camp and town . In the campaign no air strike hit since then")
_WORDS = _TEXT.split(" ")
_TAGS = ["IN", "NNP", ",", "DT", "JJS", "CC", "JJS", "NN", "DT", "NN", "VBD", "RB", "DT",
         "NN", "CC", "NN", "IN", "DT", "NN", "CC", "NN", ".", "IN", "DT", "NN", "DT", "NN",
         "NN", "VBD", "IN", "RB"]
_DEPS = ["prep", "pobj", "punct", "det", "amod", "cc", "conj", "nsubj", "det", "npadvmod",
         "ROOT", "neg", "det", "attr", "cc", "conj", "prep", "det", "pobj", "cc", "conj",
         "punct", "prep", "det", "nsubj", "det", "compound", "nsubj", "ROOT", "prep", "pobj"]


def _doc() -> Doc:
    nlp = English()
    # two flat trees, one per sentence: the labels are what the rules read
    heads = [10] * 22 + [28] * 9
    starts = [k in (0, 22) for k in range(len(_WORDS))]
    return Doc(nlp.vocab, words=_WORDS, tags=_TAGS, deps=_DEPS, heads=heads,
               sent_starts=starts)


def _both(doc: Doc, rules: dict[str, list[dict[str, Any]]]) -> tuple[set[Any], set[Any]]:
    matcher = Matcher(doc.vocab)
    words = WordRules(doc.vocab)
    for key, pattern in rules.items():
        matcher.add(key, [pattern])
        assert words.add(key, pattern), key
    return set(matcher(doc)), set(words(doc))


def test_word_rules_find_the_matchers_spans() -> None:
    doc = _doc()
    rules = {
        # three optional "any word" tokens between a superlative and "this"
        "superlative": [{"TAG": {"IN": ["JJS", "RBS"]}}, {"IS_ALPHA": True, "OP": "?"},
                        {"IS_ALPHA": True, "OP": "?"}, {"IS_ALPHA": True, "OP": "?"},
                        {"LOWER": {"IN": ["this", "since"]}}],
        # two optional tokens, each with a word list it must not hold
        "not_but": [{"LOWER": "not"}, {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["but"]}},
                    {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["but"]}, "OP": "?"},
                    {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["but"]}, "OP": "?"},
                    {"LOWER": "but"}],
        "fronted": [{"LOWER": "in", "IS_SENT_START": True}, {"IS_ALPHA": True}],
        "subject": [{"LOWER": {"IN": ["campaign", "shelling"]}, "DEP": {"IN": ["nsubj"]}}],
        "no_strike": [{"LOWER": "no"}, {"LOWER": "air", "OP": "?"}, {"LOWER": "strike"}],
        # a negated first token ("this camp", not "the camp")
        "not_the": [{"LOWER": {"NOT_IN": ["the", "a"]}}, {"LOWER": "camp"}],
    }
    want, got = _both(doc, rules)
    assert got == want
    found = {doc.vocab.strings[k] for k, _, _ in got}
    assert found == set(rules)  # every rule found something
    # counter-example: a flag the matcher reads on the first token of a sentence only
    assert not any(doc.vocab.strings[k] == "fronted" and s not in (0, 22) for k, s, _ in got)


def test_more_word_lists_than_one_word_holds() -> None:
    doc = _doc()
    rules = {f"w{k}": [{"LOWER": {"IN": [_WORDS[k % len(_WORDS)], f"x{k}"]}}]
             for k in range(80)}
    want, got = _both(doc, rules)
    assert len(want) > 64 and got == want


def test_the_modifier_table_needs_no_matcher() -> None:
    table = ModifierTable(English().vocab)
    assert len(table.matcher) == 0
    assert len({r.id for r in load_modifiers() if r.direction != "path"}) > 40
