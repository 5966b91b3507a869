"""Team-written articles about conflicts in no labelled set, through the real model: the
shapes of issue 8 as they occur around armed groups, armies and places the rules were
not written from (see tests/fixtures/README.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.domain.conflicts import article_conflict
from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.nlp.extract import Extractor

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "unseen" / "articles.jsonl"


def _articles() -> list[dict[str, object]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def analyses() -> Iterator[dict[str, ArticleAnalysis]]:
    extractor = Extractor.load()
    items = _articles()
    arts = [Article(str(a["id"]), str(a.get("headline") or ""), str(a["body"]), "Test Wire")
            for a in items]
    yield {a.article.id: a for a in extractor.analyse(arts)}


def classes(an: ArticleAnalysis, party_word: str) -> set[str]:
    return {c.target.target_class for c in an.claims
            if party_word in c.party.name.lower() and not c.negated}


def test_in_article_conflicts_match_the_labels(analyses: dict[str, ArticleAnalysis]) -> None:
    tp = fn = 0
    false: set[str] = set()
    for item in _articles():
        want = bool(item["labels"]["conflict"])  # type: ignore[index]
        got = article_conflict(analyses[str(item["id"])]) is not None
        tp += want and got
        if got and not want:
            false.add(str(item["id"]))
        fn += want and not got
    # u01-w08 (46 articles, 36 labelled conflicts): tp 31, fp 0, fn 5 after the rules of
    # that change (tp 23, fp 1, fn 13 before). The p batches add 14 labelled conflicts
    # (tp 12); p14 and p16 are known false alerts (see tests/fixtures/README.md), and no
    # other article may raise one
    assert false <= {"p14", "p16"} and tp >= 43


def test_an_admitted_misidentification_is_one_account(
        analyses: dict[str, ArticleAnalysis]) -> None:
    an = analyses["u07"]
    (hit,) = [c for c in an.claims if c.rule == "mistake.hit"]
    assert hit.target.text == "gathering" and hit.target.target_class == "civilians"
    assert article_conflict(an) is None


def test_weapon_subject_frames_a_toll(analyses: dict[str, ArticleAnalysis]) -> None:
    assert classes(analyses["u14"], "army") == {"armed_group"}


def test_trades_and_sites_of_daily_life_are_civilian(
        analyses: dict[str, ArticleAnalysis]) -> None:
    assert "civilians" in classes(analyses["u05"], "official")  # five fishermen
    assert classes(analyses["u13"], "iraqi officials") == {"civilian_site", "civilians"}


def test_firing_points_and_caves_are_military(analyses: dict[str, ArticleAnalysis]) -> None:
    assert classes(analyses["u08"], "azerbaijan") == {"military"}
    assert "military" in classes(analyses["u10"], "turkey")
    assert "infrastructure" in classes(analyses["u10"], "observatory")


def test_a_building_where_a_named_group_met(analyses: dict[str, ArticleAnalysis]) -> None:
    (claim,) = [c for c in analyses["u16"].claims if c.rule == "hit.at"]
    assert claim.target.target_class == "armed_group"
    assert claim.target.actor_id == "group.pdf-mm"


def test_no_fragment_is_a_party(analyses: dict[str, ArticleAnalysis]) -> None:
    names = {c.party.name.lower() for an in analyses.values() for c in an.claims}
    assert not any(n.startswith(("based ", "videos", "source", "air strikes"))
                   or n in ("details", "telegram") for n in names)


def test_a_weapon_that_landed_on_a_site(analyses: dict[str, ArticleAnalysis]) -> None:
    (claim,) = [c for c in analyses["u19"].claims if c.rule == "hit.impact"]
    assert claim.target.text.startswith("camp") and claim.target.target_class == "civilians"
    assert "humanitarian office" in claim.party.name


def test_what_a_party_said_the_struck_thing_was(analyses: dict[str, ArticleAnalysis]) -> None:
    (claim,) = [c for c in analyses["u12"].claims if c.rule == "copula.said_relative"]
    assert claim.party.name == "Islamabad"
    assert claim.target.target_class == "armed_group"
    assert article_conflict(analyses["u12"]) is not None
