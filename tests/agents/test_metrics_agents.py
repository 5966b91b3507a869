"""The real agents feed the app's metrics: steps timed, articles counted, dead letters too."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client.parser import text_string_to_metric_families

from pipeline.streaming.app import WirewatchApp
from tests.agents.conftest import MemorySink, pump
from tests.agents.test_dedup_agents import STORY, line


def sample(app: WirewatchApp, name: str, **labels: str) -> float:
    for family in text_string_to_metric_families(app.metrics.exposition().decode()):
        for s in family.samples:
            if s.name == name and s.labels == labels:
                return float(s.value)
    raise AssertionError(f"{name}{labels} not exported")


async def test_ingest_counts_articles_times_the_step_and_counts_dead_letters(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    app = make_app()
    good = line("m1", STORY, "Example Wire", "2024-03-01T10:00:00+00:00")
    await pump(app, "ingest", [good, b'{"id": "m2", "body": '], expect=3)
    assert sample(app, "wirewatch_articles_in_total") == 2
    assert sample(app, "wirewatch_stage_seconds_count", stage="ingest") == 2
    assert sample(app, "wirewatch_rejected_total") == 1
    assert sample(app, "wirewatch_records_sent_total", topic="wire.deadletter") == 1
    assert sample(app, "wirewatch_event_time_delay_seconds_count") == 1
    sent = sum(1 for t, _, _ in sink.records if t.endswith("wire.dedup-bands"))
    assert sample(app, "wirewatch_records_sent_total", topic="wire.dedup-bands") == sent


async def test_two_apps_do_not_share_a_registry(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    one, two = make_app(), make_app()
    await pump(one, "ingest", [b"not json"], expect=1)
    assert sample(one, "wirewatch_rejected_total") == 1
    assert sample(two, "wirewatch_rejected_total") == 0
