"""The whole pipeline on a real broker: replay a feed, read what the workers produced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.integration.conftest import Deployment

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_feed.jsonl"
SAMPLE_LINES = 9
REJECTED = {"s007", None}  # s009 is not JSON: its id cannot be read
# s001 and s002 are one wire copy from two outlets, 35 minutes apart, on different
# partitions: the earlier published (s001) is the original whichever reaches its dedup
# owner first; if s002 got there first it was analysed, then corrected into a copy.
COPIES = {"s001", "s002"}
DUPLICATES = {"s006": "s004", "s002": "s001"}
PROCESSED = {"s003", "s004", "s005", "s008"}


def analyses(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r.get("type") == "analysis"]


def alert_with(records: list[dict[str, Any]], *ids: str) -> dict[str, Any] | None:
    latest: dict[str, dict[str, Any]] = {}
    for record in records:
        if record.get("type") == "alert":
            latest[record["alert_id"]] = record  # last version wins, as on a compacted topic
    for alert in latest.values():
        if set(ids) <= set(alert["article_ids"]):
            return alert
    return None


def test_replayed_feed_is_deduplicated_enriched_and_alerted(deployment: Deployment) -> None:
    deployment.start_worker()
    replay = deployment.wirewatch("replay", str(SAMPLE), "--quiet")
    assert replay.returncode == 0, replay.stderr
    names = deployment.names

    dead = deployment.read(names.deadletter, lambda rs: len(rs) >= 2)
    enriched = deployment.read(
        names.enriched,
        # s002 may have been analysed before s001 came and corrected it: wait for s001 too
        lambda rs: PROCESSED | {"s001"} <= {r["analysis"]["article"]["id"] for r in analyses(rs)},
    )
    analysed_first = "s002" in {r["analysis"]["article"]["id"] for r in analyses(enriched)}
    # both copies decided; and when s002 was analysed first, its correction too (reading
    # the topic only until two records are there could stop before the correction came)
    dups = deployment.read(
        names.duplicates,
        lambda rs: set(DUPLICATES) <= {r["article_id"] for r in rs} and (
            not analysed_first
            or any(r["article_id"] == "s002" and r.get("correction") for r in rs)),
    )
    alerts = deployment.read(
        names.alerts,
        lambda rs: (
            alert_with(rs, "s001", "s002") is not None
            and alert_with(rs, "s004", "s005", "s006") is not None
        ),
        timeout=120,
    )

    # Nothing lost: every input line is accounted for exactly once.
    processed_ids = [r["analysis"]["article"]["id"] for r in analyses(enriched)]
    corrected = {d["article_id"] for d in dups if d.get("correction")}
    assert corrected <= {"s002"}
    assert sorted(set(processed_ids) - corrected) == sorted(PROCESSED | {"s001"})
    assert {d["article_id"]: d["duplicate_of"] for d in dups} == DUPLICATES
    assert {r["id"] for r in dead} == REJECTED
    decided = {d["article_id"] for d in dups}
    assert len(set(processed_ids) - corrected) + len(decided) + len(dead) == SAMPLE_LINES
    assert all(r["reason"] for r in dead)

    exact = next(d for d in dups if d["article_id"] == "s002")
    assert exact["kind"] == "exact" and exact["similarity"] == 1.0

    in_article = alert_with(alerts, "s001", "s002")
    assert in_article is not None and len(in_article["accounts"]) >= 2
    assert {"Example Wire", "Daily Example"} <= set(in_article["sources"])
    cross = alert_with(alerts, "s004", "s005")
    assert cross is not None
    assert {"Example Wire", "Example Gazette"} <= set(cross["sources"])
    for quiet in ("s003", "s008"):
        assert alert_with(alerts, quiet) is None, f"{quiet} should raise no alert"

    shown = deployment.wirewatch("alerts")
    assert shown.returncode == 0, shown.stderr
    assert "ALERT" in shown.stdout
    as_json = deployment.wirewatch("alerts", "--json", "--timeout", "2")
    records = [orjson.loads(line) for line in as_json.stdout.splitlines()]
    assert records and all(r["type"] == "alert" for r in records)
    future = deployment.wirewatch("alerts", "--json", "--since", "2100-01-01", "--timeout", "2")
    assert future.returncode == 0 and future.stdout == ""

    # A restarted worker recovers its tables: replaying the same feed again re-delivers
    # every article, and no alert is raised or bumped a second time.
    alerts = deployment.read_quiet(names.alerts)  # digests due go out first
    versions = {(a["alert_id"], a["version"]) for a in alerts if a.get("type") == "alert"}
    for proc in list(deployment.workers):
        deployment.stop_worker(proc)
    deployment.start_worker()
    again = deployment.wirewatch("replay", str(SAMPLE), "--quiet")
    assert again.returncode == 0, again.stderr
    deployment.read(names.enriched, lambda rs: len(analyses(rs)) >= 2 * (len(PROCESSED) + 1))
    deployment.read(names.enriched, lambda rs: sum(r["type"] == "source" for r in rs) >= 4)
    after = deployment.read_quiet(names.alerts)
    assert {(a["alert_id"], a["version"]) for a in after if a.get("type") == "alert"} == versions


def test_cross_article_alert_when_the_other_side_arrives_first(deployment: Deployment) -> None:
    lines = {
        orjson.loads(line)["id"]: line
        for line in SAMPLE.read_bytes().splitlines()
        if line.startswith(b"{") and line.endswith(b"}")
    }
    deployment.start_worker()
    names = deployment.names
    deployment.produce([lines["s005"]])  # the civil defence account first
    deployment.read(names.enriched, lambda rs: "s005" in processed_ids(rs))
    deployment.produce([lines["s004"]])  # then the military's, from another outlet
    alerts = deployment.read(names.alerts, lambda rs: alert_with(rs, "s004", "s005") is not None)
    assert len({a["alert_id"] for a in alerts}) == 1


def processed_ids(records: list[dict[str, Any]]) -> set[str]:
    return {r["analysis"]["article"]["id"] for r in analyses(records)}
