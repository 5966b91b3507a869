"""Extraction on small team-written sentences. Loading the model is slow: marked ``slow``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.domain.conflicts import article_conflict, observe
from pipeline.domain.models import Article, ArticleAnalysis, Claim
from pipeline.nlp.extract import Extractor

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    yield Extractor.load()


def analyse(extractor: Extractor, body: str, aid: str = "t1", source: str = "Test Wire",
            headline: str = "") -> ArticleAnalysis:
    (result,) = extractor.analyse([Article(aid, headline, body, source)])
    return result


def claims_by(analysis: ArticleAnalysis, word: str) -> list[Claim]:
    return [c for c in analysis.claims if word.lower() in c.party.name.lower()]


def test_islamic_state_acronym_is_an_armed_group(extractor: Extractor) -> None:
    an = analyse(extractor, "The defence ministry said its jets struck IS positions near Raqqa.")
    (claim,) = an.claims
    assert claim.target.target_class == "armed_group"
    assert claim.target.actor_id == "group.islamic-state"
    assert claim.cue == "asserts"
    assert not claim.negated


def test_evidence_offsets_point_into_article_text(extractor: Extractor) -> None:
    article = Article("t2", "Strike reported", "Residents said the raid hit a school.", "W")
    (an,) = extractor.analyse([article])
    (claim,) = an.claims
    ev = claim.evidence
    assert article.text[ev.start : ev.end] == ev.sentence
    assert claim.target.target_class == "civilian_site"


def test_title_and_pronoun_resolve_to_the_body_last_heard(extractor: Extractor) -> None:
    an = analyse(
        extractor,
        "Russia's defence ministry said the operation went to plan. "
        '"Our aircraft destroyed a militant depot," spokesman Ivan Petrov said.',
    )
    (claim,) = an.claims
    assert claim.party.id == "ru.defence-ministry"


def test_instead_of_and_not_mark_negated_targets(extractor: Extractor) -> None:
    an = analyse(
        extractor,
        "The Turkish minister voiced concern that the jets targeted opposition positions "
        "instead of Daesh.",
    )
    got = {(c.target.text, c.negated) for c in an.claims}
    assert ("opposition positions", False) in got
    assert ("Daesh", True) in got
    assert {c.cue for c in an.claims} == {"concern"}


def test_policy_lines_are_not_accounts(extractor: Extractor) -> None:
    an = analyse(
        extractor,
        "The army says it targets only military infrastructure. "
        "Officials said future strikes should target the militants.",
    )
    assert an.claims == ()


def test_two_accounts_in_one_article_raise_a_conflict(extractor: Extractor) -> None:
    an = analyse(
        extractor,
        "An air strike hit the town of Kafr Nabl on Monday. The Syrian army said its jets "
        "destroyed a rebel weapons depot. A local doctor told Reuters the strike hit a "
        "crowded vegetable market.",
    )
    alert = article_conflict(an)
    assert alert is not None
    assert len(alert.accounts) == 2


def test_bare_denial_raises_no_conflict(extractor: Extractor) -> None:
    an = analyse(
        extractor,
        "Medics said an air strike hit a hospital in the town. "
        "The army denied responsibility for the attack.",
    )
    assert article_conflict(an) is None


def test_off_topic_strike_words_give_no_claims(extractor: Extractor) -> None:
    an = analyse(
        extractor,
        "The striker hit the post twice before half-time, the coach said. "
        "Rail workers will strike on Thursday, the union said.",
    )
    assert article_conflict(an) is None


def test_one_sided_reports_from_two_outlets_meet_in_either_order(extractor: Extractor) -> None:
    from datetime import UTC, datetime, timedelta

    first = analyse(extractor, "The Israeli military said its aircraft struck a Hezbollah "
                    "weapons depot in Nabatieh on Saturday.", aid="w1", source="Wire One")
    second = analyse(extractor, "Lebanon's health ministry said an Israeli strike in Nabatieh "
                     "on Saturday killed four civilians, including two children.",
                     aid="w2", source="Wire Two")
    now = datetime(2030, 1, 1, tzinfo=UTC)
    ids = set()
    for order in ((first, second), (second, first)):
        state: dict[str, object] = {}
        assert observe(order[0], state, now, timedelta(days=2)) == []
        alerts = observe(order[1], state, now, timedelta(days=2))
        assert len(alerts) == 1
        assert set(alerts[0].article_ids) == {"w1", "w2"}
        ids.add(alerts[0].alert_id)
    assert len(ids) == 1
