"""``wirewatch status``: the workers' ``/metrics`` as one table in the terminal.

Each endpoint is scraped twice, ``interval`` seconds apart (``--watch``: at every refresh),
so rates and latency quantiles are over that window; counts are since the worker started.
The parsing and the arithmetic are plain functions over exposition text (tested without a
worker); only :func:`scrape` does I/O.
"""

from __future__ import annotations

import math
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from prometheus_client.parser import text_string_to_metric_families

PREFIX = "wirewatch_"
COUNTERS = (
    "articles_in",
    "articles_processed",
    "articles_gated",
    "duplicates",
    "rejected",
    "alerts",
)


@dataclass(frozen=True, slots=True)
class Histogram:
    """Cumulative bucket counts by upper bound (``inf`` last), as Prometheus exposes them."""

    buckets: tuple[tuple[float, float], ...] = ()

    @property
    def count(self) -> float:
        return self.buckets[-1][1] if self.buckets else 0.0

    def minus(self, earlier: Histogram | None) -> Histogram:
        """The observations made since ``earlier`` (a worker restart: all of them)."""
        if earlier is None or earlier.count > self.count:
            return self
        before = dict(earlier.buckets)
        return Histogram(tuple((le, n - before.get(le, 0.0)) for le, n in self.buckets))

    def quantile(self, q: float) -> float | None:
        """As PromQL's ``histogram_quantile``: linear within the bucket; the highest finite
        bound when the quantile falls in the ``+Inf`` bucket; None without observations."""
        total = self.count
        if total <= 0:
            return None
        rank = q * total
        lower, below = 0.0, 0.0
        for le, n in self.buckets:
            if n >= rank:
                if math.isinf(le):
                    return lower
                span = n - below
                return lower + (le - lower) * ((rank - below) / span if span else 1.0)
            lower, below = le, n
        return lower


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One scrape of one worker."""

    url: str
    taken: float
    counters: dict[str, float] = field(default_factory=dict)
    lag: float = 0.0
    broker_up: float | None = None
    rss: float | None = None
    stages: dict[str, Histogram] = field(default_factory=dict)
    ingest_to_alert: Histogram = Histogram()


def parse(text: str, url: str = "", taken: float = 0.0) -> Snapshot:
    """A worker's exposition text -> :class:`Snapshot`."""
    counters = dict.fromkeys(COUNTERS, 0.0)
    lag = 0.0
    broker_up = rss = None
    stage_buckets: dict[str, list[tuple[float, float]]] = {}
    alert_buckets: list[tuple[float, float]] = []
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            name = s.name.removeprefix(PREFIX)
            if name.endswith("_total") and name.removesuffix("_total") in counters:
                counters[name.removesuffix("_total")] = s.value
            elif name == "consumer_lag":
                lag += s.value
            elif name == "broker_up":
                broker_up = s.value
            elif s.name == "process_resident_memory_bytes":
                rss = s.value
            elif name == "stage_seconds_bucket":
                stage_buckets.setdefault(s.labels["stage"], []).append(_bucket(s.labels, s.value))
            elif name == "ingest_to_alert_seconds_bucket":
                alert_buckets.append(_bucket(s.labels, s.value))
    return Snapshot(
        url=url,
        taken=taken,
        counters=counters,
        lag=lag,
        broker_up=broker_up,
        rss=rss,
        stages={k: Histogram(tuple(sorted(v))) for k, v in stage_buckets.items()},
        ingest_to_alert=Histogram(tuple(sorted(alert_buckets))),
    )


def _bucket(labels: dict[str, str], value: float) -> tuple[float, float]:
    return float(labels["le"]), value


@dataclass(frozen=True, slots=True)
class WorkerRow:
    """What the table shows for one worker (or the total): counts since start, a rate and
    quantiles over the window between two scrapes."""

    url: str
    counters: dict[str, float]
    articles_per_s: float | None
    lag: float
    rss: float | None
    broker_up: float | None
    stages: dict[str, Histogram]  # observations in the window
    ingest_to_alert: Histogram


def row(current: Snapshot, earlier: Snapshot | None) -> WorkerRow:
    rate = None
    if earlier is not None and current.taken > earlier.taken:
        gained = current.counters["articles_in"] - earlier.counters["articles_in"]
        rate = max(0.0, gained) / (current.taken - earlier.taken)
    before = earlier.stages if earlier is not None else {}
    return WorkerRow(
        url=current.url,
        counters=current.counters,
        articles_per_s=rate,
        lag=current.lag,
        rss=current.rss,
        broker_up=current.broker_up,
        stages={k: h.minus(before.get(k)) for k, h in current.stages.items()},
        ingest_to_alert=current.ingest_to_alert.minus(
            earlier.ingest_to_alert if earlier is not None else None
        ),
    )


def combined(rows: Sequence[WorkerRow]) -> WorkerRow:
    """All workers as one: counts, rates and lag add up; histograms add bucket by bucket;
    RSS adds up; the broker counts as up only if every worker reaches it."""

    def add(hists: Iterable[Histogram]) -> Histogram:
        sums: dict[float, float] = {}
        for h in hists:
            for le, n in h.buckets:
                sums[le] = sums.get(le, 0.0) + n
        return Histogram(tuple(sorted(sums.items())))

    rates = [r.articles_per_s for r in rows]
    stages = sorted({s for r in rows for s in r.stages})
    ups = [r.broker_up for r in rows if r.broker_up is not None]
    rss = [r.rss for r in rows if r.rss is not None]
    return WorkerRow(
        url="all",
        counters={k: sum(r.counters.get(k, 0.0) for r in rows) for k in COUNTERS},
        articles_per_s=None if None in rates else sum(r for r in rates if r is not None),
        lag=sum(r.lag for r in rows),
        rss=sum(rss) if rss else None,
        broker_up=min(ups) if ups else None,
        stages={s: add(r.stages[s] for r in rows if s in r.stages) for s in stages},
        ingest_to_alert=add(r.ingest_to_alert for r in rows),
    )


# --- I/O -----------------------------------------------------------------------------------


class Unreachable(Exception):
    """An endpoint that did not answer with metrics."""


def scrape(url: str, timeout: float = 3.0, clock: Callable[[], float] = time.monotonic) -> Snapshot:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            text = response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise Unreachable(f"cannot read {url}: {reason}") from None
    try:
        return parse(text, url, clock())
    except ValueError as exc:
        raise Unreachable(f"{url} did not answer with Prometheus metrics: {exc}") from None


def default_url(host: str, port: int) -> str:
    """The worker's endpoint from the settings (a wildcard bind is read on loopback)."""
    if host in {"", "0.0.0.0", "::"}:
        host = "127.0.0.1"
    return f"http://{host}:{port or 6066}/metrics"


# --- rendering -----------------------------------------------------------------------------


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    ms = seconds * 1000
    return f"{ms:.1f}" if ms < 10 else f"{ms:,.0f}"


def _count(value: float) -> str:
    return f"{value:,.0f}"


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value / 1e6:,.0f}"


def _up(value: float | None) -> str:
    return "?" if value is None else "[green]up[/]" if value >= 1 else "[red bold]DOWN[/]"


def _latency(h: Histogram | None) -> str:
    if h is None:
        return "-"
    return f"{_ms(h.quantile(0.5))} / {_ms(h.quantile(0.99))}"


def worker_name(url: str) -> str:
    """``http://host:port/metrics`` -> ``host:port`` (what the table shows)."""
    return url.split("://", 1)[-1].removesuffix("/metrics")


def tables(rows: Sequence[WorkerRow], errors: Sequence[str], window: float) -> list[object]:
    """The rich renderables: one row per worker (and a total), latency per stage, and a
    line for each endpoint that could not be read."""
    from rich.table import Table
    from rich.text import Text

    workers = Table(title=f"wirewatch workers (rates, quantiles: last {window:g} s)")
    workers.add_column("worker", no_wrap=True)
    workers.add_column("broker", justify="center")
    for name in ("art/s", "in", "processed", "gated", "dups", "rejected", "alerts", "lag"):
        workers.add_column(name, justify="right")
    for name in ("extract ms p50/p99", "→alert ms p50/p99", "RSS MB"):
        workers.add_column(name, justify="right")
    shown = [*rows, combined(rows)] if len(rows) > 1 else list(rows)
    for r in shown:
        rate = "…" if r.articles_per_s is None else f"{r.articles_per_s:.1f}"
        workers.add_row(
            worker_name(r.url),
            _up(r.broker_up),
            rate,
            *(_count(r.counters[k]) for k in COUNTERS),
            _count(r.lag),
            _latency(r.stages.get("extract")),
            _latency(r.ingest_to_alert),
            _mb(r.rss),
            end_section=len(shown) > len(rows) and r is rows[-1],
        )
    stages = Table(title="stage latency ms p50 / p99 (records)")
    stages.add_column("stage", no_wrap=True)
    for r in shown:
        stages.add_column(worker_name(r.url), justify="right")
    for stage in sorted({s for r in shown for s in r.stages}):
        cells = []
        for r in shown:
            h = r.stages.get(stage)
            cells.append(f"{_latency(h)} ({_count(h.count)})" if h is not None else "-")
        stages.add_row(stage, *cells)
    notes = [Text(error, style="bold red") for error in errors]
    return [workers, *([stages] if rows else []), *notes]


def _width() -> int | None:
    """The terminal's width; 150 columns when writing to a pipe or file (rich's 80 would
    squash the table)."""
    return None if sys.stdout.isatty() else 150


def run_status(
    urls: Sequence[str],
    *,
    watch: bool = False,
    interval: float = 2.0,
    timeout: float = 3.0,
    console: object | None = None,
) -> int:
    """Print the table once (two scrapes ``interval`` apart), or refresh it (``watch``).
    An endpoint that cannot be read is one line on stderr and a red row; the exit status
    is 1 if any endpoint could not be read at the last refresh."""
    from rich.console import Console, Group
    from rich.live import Live

    out = console if isinstance(console, Console) else Console(width=_width())
    earlier: dict[str, Snapshot] = {}

    def refresh(show_errors: bool = True) -> tuple[Group, list[str]]:
        rows: list[WorkerRow] = []
        errors: list[str] = []
        for url in urls:
            try:
                now = scrape(url, timeout)
            except Unreachable as exc:
                errors.append(str(exc))
                earlier.pop(url, None)
                continue
            rows.append(row(now, earlier.get(url)))
            earlier[url] = now
        shown = tables(rows, errors if show_errors else [], interval)
        return Group(*shown), errors  # type: ignore[arg-type]

    if not watch:
        refresh()
        time.sleep(interval)
        view, errors = refresh(show_errors=False)
        out.print(view)
        for error in errors:
            print(f"wirewatch: status: {error}", file=sys.stderr)
        return 1 if errors else 0
    view, errors = refresh()
    try:
        with Live(view, console=out, refresh_per_second=4) as live:
            while True:
                time.sleep(interval)
                view, errors = refresh()
                live.update(view)
    except KeyboardInterrupt:  # the way out of --watch
        return 0
