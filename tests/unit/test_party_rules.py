"""The party-rule table: validated when loaded, and each row's example and counter-example
are its tests (the examples need the real model's parse: marked ``slow``)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.party_rules import default_rules, judge, load_rules

ROWS = default_rules()


def _row(**over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": "x", "test": "head", "lemmas": ["official"], "decision": "party",
        "kind": "official", "example": "An official said so.", "example_head": "official",
        "counter_example": "Smoke rose.", "counter_head": "Smoke",
    }
    row.update(over)
    return row


_CATCH_ALL = _row(id="rest", test="any", decision="reject", lemmas=None)


def test_table_loads_and_ends_with_a_catch_all() -> None:
    assert ROWS[-1].test == "any" and ROWS[-1].decision == "reject"
    assert len({r.id for r in ROWS}) == len(ROWS)


def test_a_word_in_two_head_rules_is_refused() -> None:
    with pytest.raises(ValueError, match="official"):
        load_rules([_row(id="a"), _row(id="b"), _CATCH_ALL])


def test_unknown_decision_or_test_is_refused() -> None:
    with pytest.raises(ValueError, match="decision"):
        load_rules([_row(decision="maybe"), _CATCH_ALL])
    with pytest.raises(ValueError, match="test"):
        load_rules([_row(test="vibes"), _CATCH_ALL])


def test_a_row_without_a_counter_example_is_refused() -> None:
    with pytest.raises(ValueError, match="counter_example"):
        load_rules([_row(counter_example=""), _CATCH_ALL])


def test_a_table_without_a_catch_all_is_refused() -> None:
    with pytest.raises(ValueError, match="catch-all"):
        load_rules([_row()])


def _hand_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    from spacy.lang.en import English

    nlp = English()
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_toll_is_not_a_party_without_a_model() -> None:
    # "44 people died": a counted noun
    doc = _hand_doc(["44", "people", "died"], [1, 2, 2], ["nummod", "nsubj", "ROOT"],
                    ["NUM", "NOUN", "VERB"])
    assert judge(doc[1]).id == "reject.counted"


def test_side_needs_a_modifier_without_a_model() -> None:
    each = _hand_doc(["each", "side", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"],
                     ["DET", "NOUN", "VERB"])
    ukrainian = _hand_doc(["Ukrainian", "side", "said"], [1, 2, 2], ["amod", "nsubj", "ROOT"],
                          ["ADJ", "NOUN", "VERB"])
    assert judge(each[1]).decision == "reject"
    assert judge(ukrainian[1]).id == "role.side"


def _head(nlp: Language, text: str, word: str) -> Token:
    doc = nlp(text)
    found = [t for t in doc if t.text == word]
    assert found, f"{word!r} not in {text!r}"
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("rule", ROWS, ids=[r.id for r in ROWS])
def test_rule_fires_on_its_example_and_not_on_its_counter_example(
    rule: Any, real_extractor: Any
) -> None:
    nlp = real_extractor.nlp
    assert judge(_head(nlp, rule.example, rule.example_head)).id == rule.id
    assert judge(_head(nlp, rule.counter_example, rule.counter_head)).id != rule.id
