"""``wirewatch status``: exposition text -> per-worker figures, rates and quantiles."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from rich.console import Console

from pipeline.cli import build_parser
from pipeline.status import (
    Histogram,
    Snapshot,
    combined,
    default_url,
    parse,
    row,
    run_status,
    worker_name,
)
from pipeline.streaming import topics
from pipeline.streaming.metrics import WorkerMetrics
from tests.unit.test_metrics import TP, Monitor

# A worker's exposition as written by hand (prometheus-client's format, trimmed).
SAMPLE = """\
# HELP wirewatch_articles_in_total Articles read from wire.articles.
# TYPE wirewatch_articles_in_total counter
wirewatch_articles_in_total 120.0
# TYPE wirewatch_alerts_total counter
wirewatch_alerts_total 3.0
# TYPE wirewatch_consumer_lag gauge
wirewatch_consumer_lag{partition="0",topic="wire.articles"} 4.0
wirewatch_consumer_lag{partition="1",topic="wire.articles"} 6.0
# TYPE wirewatch_broker_up gauge
wirewatch_broker_up 0.0
# TYPE process_resident_memory_bytes gauge
process_resident_memory_bytes 3.5e+08
# TYPE wirewatch_stage_seconds histogram
wirewatch_stage_seconds_bucket{le="0.1",stage="extract"} 50.0
wirewatch_stage_seconds_bucket{le="0.5",stage="extract"} 90.0
wirewatch_stage_seconds_bucket{le="1.0",stage="extract"} 100.0
wirewatch_stage_seconds_bucket{le="+Inf",stage="extract"} 100.0
wirewatch_stage_seconds_count{stage="extract"} 100.0
wirewatch_stage_seconds_sum{stage="extract"} 20.0
"""


def test_parse_reads_counters_lag_broker_memory_and_histograms() -> None:
    snap = parse(SAMPLE, "http://w1:6066/metrics", 10.0)
    assert snap.counters["articles_in"] == 120
    assert snap.counters["alerts"] == 3
    assert snap.counters["rejected"] == 0  # absent: zero
    assert snap.lag == 10
    assert snap.broker_up == 0
    assert snap.rss == 3.5e8
    extract = snap.stages["extract"]
    assert extract.count == 100
    assert extract.quantile(0.5) == pytest.approx(0.1)
    assert extract.quantile(0.99) == pytest.approx(0.95)


def test_parse_reads_what_a_worker_exports() -> None:
    m = WorkerMetrics(topics.TopicNames("p"))
    m.step("ingest", lambda: None)
    m.sent(topics.DEADLETTER, {})
    m.sent(topics.ANALYSED, {"type": "analysis", "analysis": {"gated": True}})
    m.broker_up.set(1)
    m.monitor = Monitor(tp_read_offsets={TP("p.wire.unique", 0): 1}, tp_end_offsets={
        TP("p.wire.unique", 0): 5
    })
    snap = parse(m.exposition().decode())
    assert snap.counters == {
        "articles_in": 1,
        "articles_processed": 1,
        "articles_gated": 1,
        "duplicates": 0,
        "rejected": 1,
        "alerts": 0,
    }
    assert snap.lag == 3
    assert snap.broker_up == 1
    assert snap.rss is not None and snap.rss > 0
    assert snap.stages["ingest"].count == 1


def test_quantiles_follow_histogram_quantile() -> None:
    inf = float("inf")
    assert Histogram(((1.0, 10), (inf, 20))).quantile(0.99) == 1.0  # in +Inf: highest bound
    assert Histogram(((0.5, 0), (1.0, 4), (inf, 4))).quantile(0.5) == pytest.approx(0.75)
    assert Histogram(((1.0, 0), (inf, 0))).quantile(0.5) is None


def snap(taken: float, articles: float, extract: tuple[float, float, float]) -> Snapshot:
    inf = float("inf")
    buckets = ((0.1, extract[0]), (1.0, extract[1]), (inf, extract[2]))
    return Snapshot(
        url="http://w:1/metrics",
        taken=taken,
        counters={"articles_in": articles, "articles_processed": 0, "articles_gated": 0,
                  "duplicates": 0, "rejected": 0, "alerts": 0},
        lag=2,
        broker_up=1,
        rss=1e8,
        stages={"extract": Histogram(buckets)},
    )


def test_rate_and_quantiles_are_over_the_window_between_scrapes() -> None:
    first, second = snap(0.0, 100, (100, 100, 100)), snap(2.0, 110, (100, 110, 110))
    r = row(second, first)
    assert r.articles_per_s == pytest.approx(5.0)
    window = r.stages["extract"]
    assert window.count == 10
    assert window.quantile(0.5) is not None and window.quantile(0.5) > 0.1  # not lifetime's
    assert row(second, None).articles_per_s is None
    restarted = row(snap(4.0, 3, (3, 3, 3)), second)  # counters went down: a new process
    assert restarted.articles_per_s == 0
    assert restarted.stages["extract"].count == 3


def test_combined_adds_workers_and_needs_every_broker_up() -> None:
    a = row(snap(2.0, 110, (5, 10, 10)), snap(0.0, 100, (0, 0, 0)))
    b = row(snap(2.0, 30, (1, 2, 2)), snap(0.0, 20, (0, 0, 0)))
    b = replace(b, broker_up=0.0)
    all_ = combined([a, b])
    assert all_.articles_per_s == pytest.approx(10.0)
    assert all_.counters["articles_in"] == 140
    assert all_.lag == 4
    assert all_.broker_up == 0
    assert all_.rss == 2e8
    assert all_.stages["extract"].count == 12
    assert combined([a, row(snap(2.0, 1, (0, 0, 0)), None)]).articles_per_s is None


@pytest.fixture
def endpoint() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = SAMPLE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/metrics"
    server.shutdown()
    server.server_close()


def test_an_unreachable_endpoint_is_one_line_and_the_others_still_show(
    endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None)
    dead = "http://127.0.0.1:1/metrics"
    code = run_status([endpoint, dead], interval=0.05, timeout=1.0, console=console)
    assert code == 1
    table = out.getvalue()
    assert worker_name(endpoint) in table and "DOWN" in table and "120" in table
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 1 and dead in errors[0]
    assert run_status([endpoint], interval=0.05, console=console) == 0


def test_cli_takes_repeated_urls_and_watch_or_once() -> None:
    args = build_parser().parse_args(["status", "--url", "http://a/metrics", "--url", "b", "-w"])
    assert args.url == ["http://a/metrics", "b"] and args.watch
    with pytest.raises(SystemExit):
        build_parser().parse_args(["status", "--watch", "--once"])
    assert default_url("0.0.0.0", 0) == "http://127.0.0.1:6066/metrics"
    assert default_url("10.0.0.5", 7000) == "http://10.0.0.5:7000/metrics"
