"""A party's general line is shown as its word, apart from its accounts of this strike
(rule ``claim.general_line``): "the Kremlin said Russian forces do not strike civilian
targets" is the Kremlin's line, which the desk sees beside the other side's account, but
no conflict, event or alert reads it (a general line is no dispute of the target). Not a
general line: an infinitive ("a plan to attack"), nor a copula in the present that tells
who the dead were ("Among the dead are women and a newborn baby", "Those killed are our
people"), which is an account of this strike (rule ``claim.victims_now``)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import article_conflict
from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.domain.results import processed_result
from pipeline.streaming.codecs import encode, from_wire, to_wire
from tests.unit.test_accounts_beside_and_asides import PUBLISHED

slow = pytest.mark.slow


def _analysis(extractor: Any, body: str) -> ArticleAnalysis:
    article = Article(id="g", headline="", body=body, source="Test Wire", published=PUBLISHED)
    return extractor.analyse([article])[0]


@slow
def test_a_general_line_is_kept_apart_from_the_accounts(real_extractor: Any) -> None:
    analysis = _analysis(real_extractor, "The Kremlin said Russian forces do not strike "
                                         "civilian targets.")
    assert analysis.claims == ()
    (line,) = analysis.general
    assert (line.party.name, line.target.text, line.negated) == (
        "Kremlin", "civilian targets", True)


@slow
def test_a_general_line_is_shown_but_makes_no_conflict(real_extractor: Any) -> None:
    body = ("Officials in Kovra said a Northland missile hit the city's main hospital on "
            "Monday, killing six patients. The Northland defence ministry said its forces "
            "only strike military targets.")
    analysis = _analysis(real_extractor, body)
    assert any(c.target.target_class == "military" for c in analysis.general), analysis.general
    assert not any(c.target.target_class == "military" for c in analysis.claims)
    assert article_conflict(analysis) is None
    claims = processed_result(analysis, None)["claims"]
    assert any(c["general"] and c["target_class"] == "military" for c in claims), claims
    assert any(not c["general"] and c["target_class"] == "civilian_site" for c in claims)


@slow
def test_general_lines_survive_the_wire(real_extractor: Any) -> None:
    analysis = _analysis(real_extractor, "The Kremlin said Russian forces do not strike "
                                         "civilian targets.")
    back = from_wire(encode(to_wire(analysis)))
    assert isinstance(back, ArticleAnalysis) and back.general == analysis.general


@slow
@pytest.mark.parametrize("body", [
    '"Among the dead are women and a newborn baby," a Kovra district official told reporters.',
    "The officer said the militants had been meeting to advance a plan to attack villages "
    "near Kovra.",
])
def test_counter_examples_are_no_general_lines(real_extractor: Any, body: str) -> None:
    assert _analysis(real_extractor, body).general == ()


@slow
@pytest.mark.parametrize(("body", "target"), [
    ('"Among the dead are women and a newborn baby," a Kovra district official told '
     "reporters.", "women"),
    ('"Those killed are our people, farmers and children," a resident of Kovra said.',
     "farmers"),
])
def test_the_dead_told_in_the_present_are_an_account(real_extractor: Any, body: str,
                                                     target: str) -> None:
    analysis = _analysis(real_extractor, body)
    assert any(c.target.text == target and c.target.target_class == "civilians"
               for c in analysis.claims), analysis
