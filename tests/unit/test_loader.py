"""The extractor's spaCy pipeline loads faster but tokenizes exactly as the model does."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.loader import (
    ACRONYM_NORMS,
    DEFAULT_MODEL,
    RANK_ABBREVIATIONS,
    WHOLE_WORD_FORMS,
    load_nlp,
)

pytestmark = pytest.mark.slow

TEXT = (
    "U.S.-led jets hit IS targets near Deir ez-Zor on Oct. 2nd, 2015 "
    "(see https://example.org/a?b=1), "
    "the ministry's spokesman said: \"We didn't strike hospitals\" -- 23 people were killed.\n\n"
    "Kyiv's mayor wrote on X at 3:45 a.m. that drones hit e-mail servers & a 10-storey block."
)


def test_model_tokenizer_has_the_models_rules_and_ours_only() -> None:
    ours, model = load_nlp(), spacy.load(DEFAULT_MODEL)
    extra = set(ours.tokenizer.rules) - set(model.tokenizer.rules)  # type: ignore[attr-defined]
    assert extra == set(ACRONYM_NORMS) | set(WHOLE_WORD_FORMS) | set(RANK_ABBREVIATIONS)
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "token_match",
                 "url_match"):
        mine, theirs = getattr(ours.tokenizer, attr), getattr(model.tokenizer, attr)
        assert (mine and mine.__self__.pattern) == (theirs and theirs.__self__.pattern), attr
    tokens = [(t.text, t.whitespace_) for t in ours.make_doc(TEXT)]
    assert tokens == [(t.text, t.whitespace_) for t in model.make_doc(TEXT)]


def test_non_combatants_stay_one_word() -> None:
    # the model splits "non-combatants" into three tokens, which the parse lists as two
    # targets ("civilian non" and "combatants"); ours keeps the word whole
    ours, model = load_nlp(), spacy.load(DEFAULT_MODEL)
    text = "Non-combatants and civilian non-combatants (\"non-combatant\" status)."
    assert [t.text for t in model.make_doc(text)][:3] == ["Non", "-", "combatants"]
    mine = [t.text for t in ours.make_doc(text)]
    assert mine.count("Non-combatants") == 1 and mine.count("non-combatants") == 1
    assert "non-combatant" in mine
