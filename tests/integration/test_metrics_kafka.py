"""A real worker's /metrics on the real broker: the series the dashboard reads are exported,
and feeding articles gives the counters and histograms samples."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.integration.conftest import Deployment, wait_for
from tests.integration.test_web import free_port
from tests.unit.test_dashboard import dashboard_metric_names, missing_from

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_feed.jsonl"
LINES = 9  # two of them rejected (s007 empty body, s009 not JSON)


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(url: str) -> Samples:
    with urllib.request.urlopen(url, timeout=10) as response:
        text = response.read().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def total(samples: Samples, name: str, **labels: str) -> float:
    want = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and want <= set(ls))


def test_a_worker_exports_every_series_the_dashboard_reads(deployment: Deployment) -> None:
    port = free_port()
    deployment.start_worker(WIREWATCH_WEB_PORT=str(port))
    url = f"http://127.0.0.1:{port}/metrics"
    before = scrape(url)
    assert total(before, "wirewatch_rejected_total") == 0  # exists before the first one
    assert total(before, "wirewatch_broker_up") == 1

    replay = deployment.wirewatch("replay", str(SAMPLE), "--quiet")
    assert replay.returncode == 0, replay.stderr
    # the final state: every unique article extracted (the conflicts stage also counts
    # digest ticks, so its count says nothing about how far extraction is)
    wait_for(
        lambda: total(scrape(url), "wirewatch_ingest_to_alert_seconds_count") >= 1
        and total(scrape(url), "wirewatch_articles_processed_total") >= 5
        and total(scrape(url), "wirewatch_duplicates_total") >= 2,
        120,
        "an alert, five processed articles and both duplicates in /metrics",
    )
    samples = scrape(url)
    assert total(samples, "wirewatch_articles_in_total") == LINES
    assert total(samples, "wirewatch_stage_seconds_count", stage="ingest") == LINES
    assert total(samples, "wirewatch_rejected_total") == 2
    assert total(samples, "wirewatch_duplicates_total") >= 2
    assert total(samples, "wirewatch_articles_processed_total") >= 5
    # one observation per parse call; a call takes the records that waited (a batch)
    extract_calls = total(samples, "wirewatch_stage_seconds_count", stage="extract")
    assert 1 <= extract_calls <= total(samples, "wirewatch_articles_processed_total")
    assert total(samples, "wirewatch_alerts_total") >= 1
    assert total(samples, "wirewatch_event_time_delay_seconds_count") == LINES - 2
    assert total(samples, "process_resident_memory_bytes") > 50e6
    # lag is labelled by base topic, like records_sent: the test's prefix is not in it
    lag_topics = {dict(ls)["topic"] for n, ls in samples if n == "wirewatch_consumer_lag"}
    assert "wire.articles" in lag_topics, lag_topics
    assert not any(t.startswith(deployment.prefix) for t in lag_topics), lag_topics

    exported = {name for name, _ in samples}  # sample names: _total, _bucket ... included
    used = dashboard_metric_names()
    assert used, "the dashboard reads no series"
    assert missing_from(exported, used) == set()

    # `wirewatch status` reads the same endpoint; an unreachable one is one line on stderr
    dead = "http://127.0.0.1:1/metrics"
    status = deployment.wirewatch("status", "--url", url, "--url", dead, "--interval", "0.5")
    assert status.returncode == 1, status.stderr
    assert f"127.0.0.1:{port}" in status.stdout and "up" in status.stdout, status.stdout
    assert f" {LINES} " in status.stdout, status.stdout  # articles in
    errors = status.stderr.strip().splitlines()
    assert len(errors) == 1 and dead in errors[0], status.stderr

