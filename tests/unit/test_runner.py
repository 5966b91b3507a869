"""The embedded runner end to end on the team-written sample feed, with the real model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.domain.models import ConflictAlert
from pipeline.domain.results import alert_record
from pipeline.feed import FeedLine, read_feed
from pipeline.runner import ArticleAnalyser, EmbeddedPipeline
from pipeline.settings import Settings

pytestmark = pytest.mark.slow


def run(extractor: Any, lines: list[FeedLine]) -> tuple[list[dict[str, Any]], list[ConflictAlert]]:
    pipeline = EmbeddedPipeline(extractor, Settings.from_env({}, app_id="test"))
    results, alerts = [], []
    for outcome in pipeline.run(lines):
        results.append(outcome.result)
        alerts += outcome.alerts
    return results, alerts


def latest(alerts: list[ConflictAlert]) -> dict[str, ConflictAlert]:
    out: dict[str, ConflictAlert] = {}
    for alert in alerts:
        if alert.alert_id not in out or alert.version > out[alert.alert_id].version:
            out[alert.alert_id] = alert
    return out


def test_sample_feed_results_and_alerts(real_extractor: ArticleAnalyser, sample_feed: Path) -> None:
    results, alerts = run(real_extractor, list(read_feed(sample_feed)))
    by_id = {r["id"]: r for r in results}
    assert len(results) == 9  # one result line per input line, bad ones included
    assert {r["id"]: r["status"] for r in results if r["id"]} == {
        "s001": "processed",
        "s002": "duplicate",
        "s003": "processed",
        "s004": "processed",
        "s005": "processed",
        "s006": "duplicate",
        "s007": "rejected",
        "s008": "processed",
    }
    assert by_id["s002"]["duplicate_of"] == "s001"
    assert by_id["s006"]["duplicate_of"] == "s004"
    rejected = [r for r in results if r["status"] == "rejected"]
    assert len(rejected) == 2 and all(r["reason"] for r in rejected)
    assert by_id["s001"]["conflict"] is True
    for single_account in ("s003", "s004", "s005", "s008"):
        assert by_id[single_account]["conflict"] is False, single_account
    assert by_id["s003"]["claims"] == []  # a labour strike is not an attack

    final = latest(alerts).values()
    in_article = [a for a in final if "s001" in a.article_ids]
    assert len(in_article) == 1
    assert {"Example Wire", "Daily Example"} <= set(in_article[0].sources)  # the copy's outlet
    cross = [a for a in final if {"s004", "s005"} <= set(a.article_ids)]
    assert len(cross) == 1
    assert {"Example Wire", "Example Gazette", "Example Radio"} <= set(cross[0].sources)
    classes = {t.target_class for acc in cross[0].accounts for t in acc.targets}
    assert "civilian_site" in classes and classes & {"military", "armed_group"}
    assert not [a for a in final if {"s003", "s008"} & set(a.article_ids)]


def test_cross_article_alert_in_either_order(
    real_extractor: ArticleAnalyser, sample_feed: Path
) -> None:
    lines = {
        orjson.loads(line.raw).get("id"): line
        for line in read_feed(sample_feed)
        if line.raw.startswith("{") and line.raw.endswith("}")
    }
    ids = []
    for order in (["s004", "s005"], ["s005", "s004"]):
        _, alerts = run(real_extractor, [lines[i] for i in order])
        final = list(latest(alerts).values())
        assert len(final) == 1, order
        assert set(final[0].article_ids) == {"s004", "s005"}
        ids.append(final[0].alert_id)
    assert ids[0] == ids[1]  # the same conflict gets the same id whatever the order


def test_alert_records_are_plain_json(real_extractor: ArticleAnalyser, sample_feed: Path) -> None:
    _, alerts = run(real_extractor, list(read_feed(sample_feed)))
    assert alerts
    for alert in alerts:
        record = orjson.loads(orjson.dumps(alert_record(alert)))
        assert record["schema"] == 1 and record["type"] == "alert"
        assert record["accounts"] and all(a["evidence"] for a in record["accounts"])


def test_wirewatch_run_command(sample_feed: Path, tmp_path: Path) -> None:
    out, alerts = tmp_path / "results.jsonl", tmp_path / "alerts.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "run",
            str(sample_feed),
            "--output",
            str(out),
            "--alerts",
            str(alerts),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [orjson.loads(x) for x in out.read_bytes().splitlines()]
    assert len(lines) == 9
    assert "ALERT" in done.stderr and "2 rejected" in done.stderr
    assert alerts.read_bytes().strip()


def test_wirewatch_run_reports_a_missing_feed(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(tmp_path / "nope.jsonl")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "feed not found" in done.stderr
