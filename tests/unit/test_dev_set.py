"""The real labelled dev articles, read through a path argument (never copied here).

Run with ``WIREWATCH_DEV_DATA=path/to/articles.jsonl`` or ``--dev-data=PATH`` (scripts/test
passes the shared copy when it sits beside the repo); skipped otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.feed import FeedLine, read_feed
from pipeline.runner import ArticleAnalyser, EmbeddedPipeline
from pipeline.settings import Settings
from scripts.score import party_matches, score

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dev_run(dev_data: Path, real_extractor: ArticleAnalyser) -> dict[str, Any]:
    pipeline = EmbeddedPipeline(real_extractor, Settings.from_env({}, app_id="dev"))
    outcomes = list(pipeline.run(read_feed(dev_data)))
    items = [orjson.loads(line) for line in dev_data.read_bytes().splitlines() if line.strip()]
    return {"outcomes": outcomes, "items": items}


def test_worked_example_finds_four_parties_and_one_alert(
    dev_data: Path, real_extractor: ArticleAnalyser
) -> None:
    line = next(line for line in read_feed(dev_data) if '"d000"' in line.raw[:40])
    pipeline = EmbeddedPipeline(real_extractor, Settings.from_env({}, app_id="dev"))
    (outcome,) = pipeline.run([FeedLine(line.path, line.line_no, line.raw)])
    assert outcome.result["conflict"] is True
    parties = [c["party"] for c in outcome.result["claims"]]
    for labelled in (
        "Russia's defence ministry",
        "Western officials",
        "Syrian security source",
        "Turkish Foreign Minister",
    ):
        assert party_matches(labelled, parties), (labelled, parties)
    assert len({a.alert_id for a in outcome.alerts}) == 1
    accounts = {acc.party.name: acc for acc in outcome.alerts[-1].accounts}
    ministry = next(a for name, a in accounts.items() if "defence ministry" in name)
    assert any("IS" in t.text or "Islamic State" in t.text for t in ministry.targets)
    others = [a for name, a in accounts.items() if "defence ministry" not in name]
    assert any(t.target_class == "armed_group" for a in others for t in a.targets)


def test_dev_set_meets_the_targets(dev_run: dict[str, Any]) -> None:
    figures = score(dev_run["items"], [o.result for o in dev_run["outcomes"]])
    assert figures["conflict_precision"] >= 0.85
    assert figures["conflict_f1"] >= 0.85
    assert figures["duplicate_f1"] >= 0.95
    assert figures["duplicate_same_event_false_pairs"] == 0


def test_dev2_set_keeps_its_figures(real_extractor: ArticleAnalyser) -> None:
    """The second labelled set (``WIREWATCH_DEV2_DATA``), held to the figures the
    README reports for it, so a rule that costs it a duplicate pair or a conflict shows
    here: its five labelled rewrite pairs include two that only sentence matching finds."""
    given = os.environ.get("WIREWATCH_DEV2_DATA")
    if not given or not Path(given).is_file():
        pytest.skip("no second labelled set given (WIREWATCH_DEV2_DATA)")
    path = Path(given)
    pipeline = EmbeddedPipeline(real_extractor, Settings.from_env({}, app_id="dev2"))
    outcomes = list(pipeline.run(read_feed(path)))
    items = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    figures = score(items, [o.result for o in outcomes])
    assert figures["duplicate_f1"] == 1.0, figures
    assert figures["duplicate_same_event_false_pairs"] == 0
    assert figures["conflict_precision"] >= 0.95 and figures["conflict_f1"] >= 0.85, figures
