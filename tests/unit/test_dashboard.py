"""The Grafana dashboard (deploy/grafana): valid JSON, every panel has a query, every
query is PromQL, and it reads the data source that compose provisions.

The names its queries use are checked against a real worker's /metrics in
``tests/integration/test_metrics_kafka.py`` (no Grafana runs here).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import promql_parser
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"
DATASOURCES = ROOT / "deploy" / "grafana" / "provisioning" / "datasources" / "wirewatch.yml"
# Grafana's own variables, replaced by what Grafana would put there before PromQL sees it.
_GRAFANA_VARS = re.compile(r"\$(__rate_interval|__interval|__range)\b|\$\{?(\w+)\}?")
_SUFFIXES = ("_bucket", "_sum", "_count")


def dashboards() -> list[Path]:
    return sorted(DASHBOARDS.glob("*.json"))


def load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every panel, rows' nested panels included."""
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])


def queries(dashboard: dict[str, Any]) -> Iterator[str]:
    """Every PromQL expression: panel targets and query variables."""
    for panel in panels(dashboard):
        for target in panel.get("targets", []):
            yield target["expr"]
    for variable in dashboard.get("templating", {}).get("list", []):
        if variable.get("type") == "query":
            query = variable["query"]
            text = query["query"] if isinstance(query, dict) else query
            match = re.fullmatch(r"label_values\((.+),\s*\w+\)", text.strip())
            yield match.group(1) if match else text


def as_promql(expr: str) -> str:
    """The expression as Prometheus receives it (Grafana variables substituted)."""
    return _GRAFANA_VARS.sub(lambda m: "5m" if m.group(1) else ".*", expr)


def metric_names(expr: str) -> set[str]:
    """Names of the series an expression selects, from its parse tree."""
    names: set[str] = set()
    stack: list[Any] = [promql_parser.parse(as_promql(expr))]
    while stack:
        node = stack.pop()
        if isinstance(node, promql_parser.VectorSelector):
            assert node.name, f"select series by name, not by matchers only: {expr}"
            names.add(node.name)
        elif isinstance(node, promql_parser.MatrixSelector):
            stack.append(node.vector_selector)
        elif isinstance(node, promql_parser.Call):
            stack.extend(node.args)
        elif isinstance(node, promql_parser.BinaryExpr):
            stack += [node.lhs, node.rhs]
        elif hasattr(node, "expr"):  # aggregation, parentheses, unary minus, subquery
            stack.append(node.expr)
            if getattr(node, "param", None) is not None:
                stack.append(node.param)
    return names


def dashboard_metric_names() -> set[str]:
    return {name for path in dashboards() for q in queries(load(path)) for name in metric_names(q)}


def missing_from(exported: set[str], used: set[str]) -> set[str]:
    """Names used but not exported; a histogram's _bucket/_sum/_count count as its own."""
    def known(name: str) -> bool:
        if name in exported:
            return True
        return any(name.endswith(s) and name.removesuffix(s) in exported for s in _SUFFIXES)

    return {name for name in used if not known(name)}


def test_there_is_a_dashboard() -> None:
    assert dashboards(), "no dashboard JSON in deploy/grafana/dashboards"


@pytest.mark.parametrize("path", dashboards(), ids=lambda p: p.name)
def test_every_panel_has_a_query_that_parses(path: Path) -> None:
    dashboard = load(path)
    assert dashboard["uid"] and dashboard["title"]
    seen_ids: set[int] = set()
    for panel in panels(dashboard):
        assert panel["id"] not in seen_ids, f"panel id {panel['id']} repeats"
        seen_ids.add(panel["id"])
        if panel["type"] == "row":
            continue
        targets = panel.get("targets", [])
        assert targets, f"panel {panel['title']!r} has no query"
        for target in targets:
            assert target["expr"].strip(), f"panel {panel['title']!r}: empty query"
            assert metric_names(target["expr"]), f"{panel['title']!r} reads no series"


@pytest.mark.parametrize("path", dashboards(), ids=lambda p: p.name)
def test_panels_read_the_provisioned_prometheus(path: Path) -> None:
    provisioned = yaml.safe_load(DATASOURCES.read_text(encoding="utf-8"))
    uids = {d["uid"] for d in provisioned["datasources"] if d["type"] == "prometheus"}
    for panel in panels(load(path)):
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] in uids, panel["title"]


def test_the_dashboard_shows_throughput_lag_latency_memory_and_the_broker() -> None:
    used = dashboard_metric_names()
    for needed in (
        "wirewatch_articles_in_total",
        "wirewatch_alerts_total",
        "wirewatch_consumer_lag",
        "wirewatch_stage_seconds_bucket",
        "wirewatch_ingest_to_alert_seconds_bucket",
        "wirewatch_event_time_delay_seconds_bucket",
        "process_resident_memory_bytes",
        "wirewatch_broker_up",
    ):
        assert needed in used, needed


def test_metric_names_come_from_the_parse_tree() -> None:
    rate = 'rate(a_bucket{i=~"$instance"}[$__rate_interval])'
    expr = f"histogram_quantile(0.99, sum by (le) ({rate}))"
    assert metric_names(expr) == {"a_bucket"}
    assert metric_names("sum(rate(b_sum[5m])) / on() sum(rate(b_count[5m])) > 0") == {
        "b_sum",
        "b_count",
    }
    assert missing_from({"a", "c_total"}, {"a_bucket", "a_count", "c_total", "d"}) == {"d"}
    with pytest.raises(ValueError):
        metric_names("sum(rate(x[5m])")
