"""'There was nothing military there' denies a military target (issue 8).

A governor or a resident answering an army's account often says no more than that
nothing military was at the site. The construction ``use.nothing_military`` reads it as a
negated use claim whose class is military, as 'there were no fighters in the hospital'
already was; "nothing" is a generic head, so it takes the class its modifier gives.
Team-written sentences, parsed with the real model (``slow``)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow

_STRIKE = "Missiles hit the city centre on Thursday, killing 23 people, officials said.\n\n"


@slow
@pytest.mark.parametrize("text", [
    '"There was nothing military there," regional governor Ivan Petrenko said.',
    "Regional governor Ivan Petrenko said there was nothing military in the area.",
])
def test_nothing_military_is_a_denial_of_a_military_target(real_extractor: Any,
                                                            text: str) -> None:
    doc = real_extractor.nlp(_STRIKE + text)
    found = [c for c in doc._.claims if c.rule == "use.nothing_military"]
    assert len(found) == 1, [c.rule for c in doc._.claims]
    claim = found[0]
    assert claim.negated and claim.target.target_class == "military"
    assert claim.party is not None
    assert claim.party.name.lower() == "regional governor ivan petrenko"


@slow
@pytest.mark.parametrize("text", [
    '"There was nothing left of the house," a resident said.',
    '"There was nothing unusual about the convoy," a resident said.',
])
def test_nothing_else_is_no_claim(real_extractor: Any, text: str) -> None:
    doc = real_extractor.nlp(_STRIKE + text)
    assert not [c for c in doc._.claims if c.target.text.startswith("nothing")]


@slow
def test_no_people_inside_says_nobody_was_there_not_who(real_extractor: Any) -> None:
    # "there were no people inside" is no denial that civilians were there: it says the
    # site was empty, which disputes no account of a military target
    doc = real_extractor.nlp(
        "A missile hit the cathedral overnight, killing two people nearby, officials "
        'said.\n\n"The missile went through the roof," said a priest, Father Ivan. '
        '"Thank God there were no people inside at night."')
    assert not [c for c in doc._.claims if c.target.text.startswith("no people")], \
        [(c.rule, c.target.text) for c in doc._.claims]
    # counter-example: "no civilians in the area" still denies civilians there
    doc = real_extractor.nlp(
        "A missile hit the village overnight, killing two people, officials said.\n\n"
        "The army said there were no civilians in the area.")
    found = [c for c in doc._.claims if c.rule == "use.no_civilians_there"]
    assert found and found[0].negated, [(c.rule, c.target.text) for c in doc._.claims]


_BASE = ("The army said its jets struck a rebel base in the village of Dorba in Kessa "
         "province on Friday. ")


@slow
@pytest.mark.parametrize("text", [
    "Residents said there was nothing military there.",
    "Amnesty International said its researchers found no evidence of a military target "
    "there.",
])
def test_nothing_military_there_disputes_any_combatant_target(real_extractor: Any,
                                                               text: str) -> None:
    # rule ``conflict.presence``: a denial that anything military was at the site answers
    # the army's base, whatever kind of site the army names
    pairs = find_conflicts(_analysed(real_extractor, _BASE + text))
    assert [p.reason for p in pairs] == ["presence"], pairs


@slow
def test_counter_example_no_fighters_there_does_not_answer_a_base(
        real_extractor: Any) -> None:
    # fighters gone say nothing of a base: only of fighters hit
    pairs = find_conflicts(_analysed(real_extractor,
                                     _BASE + "Residents said there were no fighters there."))
    assert pairs == [], pairs
