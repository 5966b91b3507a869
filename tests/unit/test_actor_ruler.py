"""The actor ruler finds exact-case acronyms with a phrase matcher on ORTH: the same
entities, in the same order of choice, as spaCy's entity ruler with token patterns, but
for the matches it drops on purpose: a name opening with "the" at the front of a longer
capitalised name ("The National" in "the National Defense Ministry") or in lower-case
words ("the national police", "the islamic state", which still matches without its
"the")."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler

from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.loader import ActorRuler

SENTENCES = [
    "IS fighters attacked a checkpoint, and the RSF said it is not involved.",
    "ISIS-K claimed the blast; the IDF said it hit IS positions near the border.",
    "The IAF said its jets struck an ISKP camp, while Islamic State denied it.",
    "Rapid Support Forces (RSF) commanders said the strike is a lie.",
    "The rsf, the idf and the islamic state are in lower case here, and so is this.",
    "Israel Defense Forces spokesman said the IDF had warned residents.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def patterns(nlp: Language) -> list[dict[str, Any]]:
    return Gazetteer.default().ruler_patterns(lambda text: [t.text for t in nlp.make_doc(text)])


def rulers(nlp: Language, patterns: list[dict[str, Any]]) -> tuple[EntityRuler, ActorRuler]:
    plain = EntityRuler(nlp, "plain", phrase_matcher_attr="LOWER")
    plain.add_patterns(patterns)
    ours = ActorRuler(nlp, "ours", phrase_matcher_attr="LOWER")
    ours.add_patterns(patterns)
    return plain, ours


def ents(ruler: EntityRuler, nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in ruler(nlp.make_doc(text)).ents]


def test_same_matches_and_entities_as_the_entity_ruler(
    nlp: Language, patterns: list[dict[str, Any]]
) -> None:
    plain, ours = rulers(nlp, patterns)
    assert len(ours) == len(plain) == len(patterns)
    assert len(ours.matcher) == 0  # every acronym went to the ORTH phrase matcher
    for text in SENTENCES[:4] + SENTENCES[5:]:
        doc = nlp.make_doc(text)
        assert ours.match(doc) == plain.match(doc), text
        assert ents(ours, nlp, text) == ents(plain, nlp, text), text
    # in lower-case words, the match that opens with "the" is dropped, the rest kept
    doc = nlp.make_doc(SENTENCES[4])
    dropped = set(plain.match(doc)) - set(ours.match(doc))
    assert dropped and all(doc[start].lower_ == "the" for _, start, _ in dropped)
    assert set(ours.match(doc)) < set(plain.match(doc))


def test_acronyms_keep_their_case(nlp: Language, patterns: list[dict[str, Any]]) -> None:
    _, ours = rulers(nlp, patterns)
    found = ents(ours, nlp, SENTENCES[1])
    assert ("ISIS-K", "ORG", "group.isis-k") in found
    assert ("IDF", "ORG", "il.idf") in found
    assert ("IS", "ORG", "group.islamic-state") in found
    lower = {text for text, _, _ in ents(ours, nlp, SENTENCES[4])}
    assert not lower & {"rsf", "idf", "is"}  # exact-case patterns only
    assert lower == {"islamic state"}  # a longer name matches in any case (not its "the")


def test_other_token_patterns_stay_with_the_matcher(nlp: Language) -> None:
    ruler = ActorRuler(nlp, "mixed", phrase_matcher_attr="LOWER")
    ruler.add_patterns([
        {"label": "ORG", "id": "x.upper", "pattern": [{"ORTH": "XYZ"}]},
        {"label": "ORG", "id": "x.lower", "pattern": [{"LOWER": "abc"}, {"ORTH": "Unit"}]},
    ])
    assert len(ruler.matcher) == 1 and len(ruler.orth_matcher) == 1
    assert ents(ruler, nlp, "ABC Unit and xyz and XYZ") == [
        ("ABC Unit", "ORG", "x.lower"), ("XYZ", "ORG", "x.upper")]


def test_remove_takes_out_an_acronym_actor(nlp: Language) -> None:
    ruler = ActorRuler(nlp, "removable", phrase_matcher_attr="LOWER")
    ruler.add_patterns([
        {"label": "ORG", "id": "x.one", "pattern": [{"ORTH": "XYZ"}]},
        {"label": "ORG", "id": "x.one", "pattern": "Xylophone Front"},
        {"label": "ORG", "id": "x.two", "pattern": [{"ORTH": "QRS"}]},
    ])
    ruler.remove("x.one")
    assert ents(ruler, nlp, "XYZ, the Xylophone Front and QRS") == [("QRS", "ORG", "x.two")]
    assert len(ruler) == 1
    with pytest.raises(ValueError):
        ruler.remove("x.missing")


def test_a_the_name_at_the_front_of_a_longer_name_is_not_it(nlp: Language) -> None:
    # "The National" (a newspaper) inside "the National Defense Ministry" is no match:
    # a name opening with "the" cut off a longer capitalised name (team-written)
    ruler = ActorRuler(nlp, name="t_cut", phrase_matcher_attr="LOWER")
    ruler.add_patterns([{"label": "ORG", "pattern": "The National", "id": "media.paper"}])
    cut = nlp("Jets struck 29 targets, the National Defense Ministry said.")
    assert not [e for e in ruler(cut).ents if e.ent_id_ == "media.paper"]
    # counter-example: the paper itself, named alone
    whole = nlp("Jets struck 29 targets, The National reported on Saturday.")
    assert [e.text for e in ruler(whole).ents if e.ent_id_ == "media.paper"] == ["The National"]
