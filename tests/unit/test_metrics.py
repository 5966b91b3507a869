"""The worker's Prometheus series: counted from output records, one registry per app."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from pipeline.streaming import topics
from pipeline.streaming.metrics import (
    INGEST_HEADER,
    WorkerMetrics,
    base_topic,
    broker_reachable,
    ingest_time,
)
from pipeline.streaming.topics import TopicNames


def samples(metrics: WorkerMetrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """(sample name, sorted labels) -> value, from the exposition text."""
    out = {}
    for family in text_string_to_metric_families(metrics.exposition().decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def value(metrics: WorkerMetrics, name: str, **labels: str) -> float:
    return samples(metrics)[(name, tuple(sorted(labels.items())))]


def test_every_counter_exists_at_zero_before_its_first_event() -> None:
    m = WorkerMetrics()
    for name in (
        "wirewatch_articles_in_total",
        "wirewatch_articles_processed_total",
        "wirewatch_articles_gated_total",
        "wirewatch_duplicates_total",
        "wirewatch_rejected_total",
        "wirewatch_alerts_total",
        "wirewatch_events_total",
    ):
        assert value(m, name) == 0, name
    assert value(m, "wirewatch_records_sent_total", topic=topics.DEADLETTER) == 0
    assert value(m, "wirewatch_stage_seconds_count", stage="dedup_probe") == 0
    assert value(m, "wirewatch_ingest_to_alert_seconds_count") == 0
    assert value(m, "process_resident_memory_bytes") > 0


def test_output_records_are_counted_by_what_they_are() -> None:
    m = WorkerMetrics()
    analysis = {"type": "analysis", "analysis": {"gated": False}}
    m.sent(topics.ANALYSED, analysis)
    m.sent(topics.ANALYSED, {"type": "analysis", "analysis": {"gated": True}})
    m.sent(topics.ANALYSED, {"type": "duplicate"})  # a source passing through: not processed
    m.sent(topics.DUPLICATES, {"type": "duplicate"})
    m.sent(topics.DEADLETTER, {"reason": "x"})
    m.sent(topics.DEADLETTER, {"reason": "y"})
    m.sent(topics.ALERTS, {"alert_id": "a"})
    assert value(m, "wirewatch_articles_processed_total") == 2
    assert value(m, "wirewatch_articles_gated_total") == 1
    assert value(m, "wirewatch_duplicates_total") == 1
    assert value(m, "wirewatch_rejected_total") == 2
    assert value(m, "wirewatch_alerts_total") == 1
    assert value(m, "wirewatch_records_sent_total", topic=topics.ANALYSED) == 3
    # no event being handled (no ingest time): the alert is counted, the latency is not
    assert value(m, "wirewatch_ingest_to_alert_seconds_count") == 0


def test_event_time_delay_is_observed_from_the_probe_that_carries_the_arrival() -> None:
    m = WorkerMetrics()
    published = (datetime.now(UTC) - timedelta(minutes=10)).isoformat()
    arrival = {"expected": 2, "article": {"published": published}}
    m.sent(topics.DEDUP_BANDS, {"type": "probe", "arrival": arrival})
    m.sent(topics.DEDUP_BANDS, {"type": "probe"})  # the article's other probe
    m.sent(topics.DEDUP_BANDS, {"type": "probe", "arrival": {"expected": 1, "article": {}}})
    assert value(m, "wirewatch_event_time_delay_seconds_count") == 1
    total = value(m, "wirewatch_event_time_delay_seconds_sum")
    assert 590 < total < 700
    assert value(m, "wirewatch_event_time_delay_seconds_bucket", le="300.0") == 0
    assert value(m, "wirewatch_event_time_delay_seconds_bucket", le="900.0") == 1


def test_a_step_is_timed_under_its_stage_and_ingest_counts_articles_in() -> None:
    m = WorkerMetrics()
    assert m.step("ingest", lambda x: x + 1, 1) == 2
    with pytest.raises(ZeroDivisionError):
        m.step("dedup probe", lambda: 1 / 0)
    assert value(m, "wirewatch_articles_in_total") == 1
    assert value(m, "wirewatch_stage_seconds_count", stage="ingest") == 1
    assert value(m, "wirewatch_stage_seconds_count", stage="dedup_probe") == 1  # failed, timed
    assert value(m, "wirewatch_stage_seconds_count", stage="route") == 0


def test_two_apps_in_one_process_keep_their_own_series() -> None:
    one, two = WorkerMetrics(), WorkerMetrics()
    one.sent(topics.ALERTS, {})
    assert value(one, "wirewatch_alerts_total") == 1
    assert value(two, "wirewatch_alerts_total") == 0


@dataclass(frozen=True)
class TP:
    topic: str
    partition: int


@dataclass
class Monitor:
    events_total: int = 0
    tp_read_offsets: dict[TP, int] = field(default_factory=dict)
    tp_end_offsets: dict[TP, int] = field(default_factory=dict)


def test_lag_is_per_partition_with_the_topic_labelled_like_records_sent() -> None:
    names = TopicNames("it42")
    m = WorkerMetrics(names)
    unique, changelog = TP(names.unique, 3), TP("app-events-changelog", 0)
    m.monitor = Monitor(
        events_total=7,
        tp_read_offsets={unique: 9},  # consumed up to offset 9: 10 records read
        tp_end_offsets={unique: 15, changelog: 4},  # next offset to be written
    )
    assert value(m, "wirewatch_consumer_lag", topic="wire.unique", partition="3") == 5
    assert value(m, "wirewatch_consumer_lag", topic="app-events-changelog", partition="0") == 4
    assert value(m, "wirewatch_events_total") == 7
    assert base_topic("it42.wire.alerts", names) == "wire.alerts"
    assert base_topic("it42.other", names) == "it42.other"


@dataclass
class Message:
    topic: str
    timestamp: float


@dataclass
class Event:
    message: Message
    headers: dict[str, Any] = field(default_factory=dict)


def test_ingest_time_comes_from_the_header_else_the_articles_record() -> None:
    raw = Event(Message("p.wire.articles", 100.5))
    assert ingest_time(raw, "p.wire.articles") == 100.5
    downstream = Event(Message("p.wire.unique", 200.0), {INGEST_HEADER: b"100.500"})
    assert ingest_time(downstream, "p.wire.articles") == 100.5
    assert ingest_time(Event(Message("p.wire.unique", 200.0)), "p.wire.articles") is None
    assert ingest_time(None, "p.wire.articles") is None


def test_broker_reachable_follows_a_listening_socket() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    m = WorkerMetrics()
    try:
        assert asyncio.run(m.check_broker(f"127.0.0.1:1,127.0.0.1:{port}")) is True
        assert value(m, "wirewatch_broker_up") == 1
    finally:
        server.close()
    assert asyncio.run(m.check_broker(f"127.0.0.1:{port}", timeout=0.5)) is False
    assert value(m, "wirewatch_broker_up") == 0
    assert asyncio.run(broker_reachable("no-port-here")) is False


def test_waits_beside_the_steps_are_in_the_stage_histogram_from_the_start() -> None:
    m = WorkerMetrics()
    assert value(m, "wirewatch_stage_seconds_count", stage="extract_wait") == 0
    assert value(m, "wirewatch_stage_seconds_count", stage="extract_order") == 0
    m.waited("extract wait", 0.3)
    assert value(m, "wirewatch_stage_seconds_count", stage="extract_wait") == 1
    assert value(m, "wirewatch_stage_seconds_sum", stage="extract_wait") == pytest.approx(0.3)
    assert value(m, "wirewatch_stage_seconds_count", stage="extract") == 0


def test_garbage_collections_are_timed_per_generation_while_watched() -> None:
    import gc

    m = WorkerMetrics()
    stop = m.watch_gc()
    try:
        gc.collect()
    finally:
        stop()
    assert value(m, "wirewatch_gc_pause_seconds_count", generation="2") >= 1
    seen = value(m, "wirewatch_gc_pause_seconds_count", generation="2")
    gc.collect()  # no longer watched
    assert value(m, "wirewatch_gc_pause_seconds_count", generation="2") == seen
