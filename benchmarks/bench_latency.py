"""Ingest-to-alert latency of one worker at a fixed offered rate (issue 11: p99 < 1 s at 5/s).

Starts one real ``wirewatch worker`` (spaCy and all) on a broker you may load, with a fresh
topic prefix and app id, produces the feed files' lines to ``wire.articles`` at ``--rate``
lines per second (the feeds interleaved evenly, so strike stories are spread through the
general news), waits until the worker has handled every line, and reports:

- per alert record: its record time minus the ingest time it carries (the
  ``wire.articles`` record's timestamp, passed down the topics in a header): p50/p90/p99/max;
- the worker's own ``wirewatch_ingest_to_alert_seconds`` and per-stage histograms from its
  ``/metrics`` (bucketed, so coarser).

Usage::

    python benchmarks/bench_latency.py MIX.jsonl DEV.jsonl DEV2.jsonl \\
        [--broker 127.0.0.1:9092] [--rate 5] [--limit N] [--set FETCH_MAX_WAIT_MS=1500]

Reports figures only; never fails on a time.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from pipeline.status import parse
from pipeline.streaming import topics
from pipeline.streaming.metrics import INGEST_HEADER
from pipeline.streaming.topics import TopicNames

REPO = Path(__file__).resolve().parents[1]
READY = "[^---Recovery]: Worker ready"


def interleave(feeds: list[list[bytes]]) -> list[bytes]:
    """Every feed spread evenly over the whole run (by position fraction), stable order."""
    placed = [
        ((i + 0.5) / len(lines), f, line)
        for f, lines in enumerate(feeds)
        for i, line in enumerate(lines)
    ]
    return [line for _, _, line in sorted(placed, key=lambda t: (t[0], t[1]))]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_worker(
    broker: str, prefix: str, port: int, tmp: str, extra: dict[str, str]
) -> tuple[subprocess.Popen[bytes], Path]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREWATCH_")}
    env.update(extra)
    env.update(
        WIREWATCH_BROKER=f"kafka://{broker}",
        WIREWATCH_TOPIC_PREFIX=prefix,
        WIREWATCH_APP_ID=prefix,
        WIREWATCH_WEB_PORT=str(port),
        WIREWATCH_DATA_DIR=os.path.join(tmp, "data"),
        PYTHONUNBUFFERED="1",
        PYTHONPATH=str(REPO),
    )
    log = Path(tmp) / "worker.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "worker"],
        env=env,
        cwd=REPO,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 240
    while READY not in log.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"worker did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)
    return proc, log


async def produce(broker: str, topic: str, lines: list[bytes], rate: float) -> float:
    """Send at a fixed rate (by schedule, not by sleeping a fixed gap); returns seconds."""
    producer = AIOKafkaProducer(bootstrap_servers=broker, acks="all", linger_ms=0)
    await producer.start()
    start = time.monotonic()
    try:
        for i, line in enumerate(lines):
            delay = start + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            await producer.send(topic, value=line)
        await producer.flush()
    finally:
        await producer.stop()
    return time.monotonic() - start


def cpu_split(pid: int) -> tuple[float, float]:
    """User and system CPU seconds of a live process (Linux /proc; zeros elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / tick, int(fields[12]) / tick


def cpu_seconds(pid: int) -> float:
    """User plus system CPU seconds of a live process (Linux /proc; 0.0 elsewhere)."""
    return sum(cpu_split(pid))


def child_pids(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(c) for c in task.read_text().split()]
    return found


def scrape(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode())


def wait_handled(url: str, lines: int, quiet: float = 8.0, timeout: float = 300.0) -> None:
    """Until every line went through ingest, lag is 0 and no stage moved for ``quiet`` s."""
    last, since = None, time.monotonic()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        snap = parse(scrape(url))
        counts = tuple(h.count for h in snap.stages.values())
        if counts != last:
            last, since = counts, time.monotonic()
        done = snap.counters["articles_in"] >= lines and snap.lag == 0
        if done and time.monotonic() - since >= quiet:
            return
        time.sleep(0.5)
    print("warning: the worker had not settled by the timeout", file=sys.stderr)


# The hops an article takes to an alert, in order (base topic names).
HOPS = (
    topics.ARTICLES,
    topics.DEDUP_BANDS,
    topics.DEDUP_VOTES,
    topics.UNIQUE,
    topics.ANALYSED,
    topics.ENRICHED,
    topics.ALERTS,
)


async def record_times(broker: str, names: TopicNames) -> dict[str, list[tuple[float, float]]]:
    """Per hop topic: (ingest time carried, record time) of every record carrying one.
    On ``wire.articles`` the ingest time is the record's own time."""
    wanted = {names.name(base): base for base in HOPS}
    consumer = AIOKafkaConsumer(
        *wanted, bootstrap_servers=broker, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    out: dict[str, list[tuple[float, float]]] = {base: [] for base in HOPS}
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=3000)
            if not batch:
                return out
            for tp, messages in batch.items():
                base = wanted[tp.topic]
                for m in messages:
                    at = m.timestamp / 1000.0
                    ingested = dict(m.headers or ()).get(INGEST_HEADER)
                    if base == topics.ARTICLES:
                        out[base].append((round(at, 3), at))
                    elif ingested is not None:
                        out[base].append((float(ingested.decode()), at))
    finally:
        await consumer.stop()


def hop_breakdown(times: dict[str, list[tuple[float, float]]]) -> list[str]:
    """For each hop, the time from the article's last record on the hop before to its
    last record on this one (articles keyed by their ingest time), over the articles that
    reached an alert and over all that reached the hop."""
    last: dict[str, dict[float, float]] = {base: {} for base in HOPS}
    for base in HOPS:
        for ingest, at in times[base]:
            last[base][ingest] = max(at, last[base].get(ingest, at))
    alerted = set(last[topics.ALERTS])
    lines = []
    for before, hop in itertools.pairwise(HOPS):
        gaps = [at - last[before][k] for k, at in last[hop].items() if k in last[before]]
        to_alert = [at - last[before][k] for k, at in last[hop].items()
                    if k in last[before] and k in alerted]
        if not gaps:
            continue
        line = (f"  {before.removeprefix('wire.'):>12} -> {hop.removeprefix('wire.'):<12} "
                f"n={len(gaps):4d} p50 {quantile(gaps, 0.5) * 1000:7.0f} ms "
                f"p99 {quantile(gaps, 0.99) * 1000:7.0f} ms")
        if to_alert:
            line += (f" | alerted n={len(to_alert):3d} p50 {quantile(to_alert, 0.5) * 1000:6.0f} ms"
                     f" p99 {quantile(to_alert, 0.99) * 1000:6.0f} ms")
        lines.append(line)
    return lines


def slowest(times: dict[str, list[tuple[float, float]]], n: int = 6) -> list[str]:
    """The ``n`` slowest alert records, each with when its article's records first and
    last reached every hop (seconds after ingest): which hop its time went to."""
    reached: dict[str, dict[float, tuple[float, float]]] = {base: {} for base in HOPS}
    for base in HOPS:
        for ingest, at in times[base]:
            first, last = reached[base].get(ingest, (at, at))
            reached[base][ingest] = (min(first, at), max(last, at))
    alerts = sorted(times[topics.ALERTS], key=lambda t: t[0] - t[1])[:n]
    lines = []
    for ingest, at in alerts:
        hops = []
        for base in HOPS[1:]:
            if ingest in reached[base]:
                first, last = (t - ingest for t in reached[base][ingest])
                span = f"{first:.2f}" if last - first < 0.01 else f"{first:.2f}-{last:.2f}"
                hops.append(f"{base.removeprefix('wire.')} {span}")
        lines.append(f"  {at - ingest:6.2f} s: " + ", ".join(hops))
    return lines


async def delete_topics(broker: str, prefix: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=broker)
    await admin.start()
    try:
        mine = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if mine:
            await admin.delete_topics(mine)
    finally:
        await admin.close()


def stage_seconds(text: str) -> dict[str, float]:
    """Seconds spent in each stage in all (the histograms' ``_sum``)."""
    from prometheus_client.parser import text_string_to_metric_families

    return {
        s.labels["stage"]: s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name == "wirewatch_stage_seconds_sum"
    }


def gc_pauses(text: str) -> dict[str, tuple[float, float, float]]:
    """Per generation: collections, seconds in all, and the bucket bound the longest
    pause is under (inf when over the top bucket)."""
    from prometheus_client.parser import text_string_to_metric_families

    count: dict[str, float] = {}
    total: dict[str, float] = {}
    buckets: dict[str, list[tuple[float, float]]] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name.startswith("wirewatch_gc_pause_seconds"):
                gen = s.labels["generation"]
                if s.name.endswith("_count"):
                    count[gen] = s.value
                elif s.name.endswith("_sum"):
                    total[gen] = s.value
                elif s.name.endswith("_bucket"):
                    buckets.setdefault(gen, []).append((float(s.labels["le"]), s.value))
    return {
        gen: (n, total.get(gen, 0.0),
              min(le for le, c in buckets.get(gen, [(float("inf"), n)]) if c >= n))
        for gen, n in sorted(count.items())
    }


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("feeds", nargs="+", help="JSON-lines feed files")
    parser.add_argument(
        "--broker", default=os.environ.get("WIREWATCH_TEST_BOOTSTRAP", "127.0.0.1:9092")
    )
    parser.add_argument("--rate", type=float, default=5.0, help="lines per second offered")
    parser.add_argument("--limit", type=int, default=0, help="send at most this many lines")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a WIREWATCH_* setting for the worker, e.g. FETCH_MAX_WAIT_MS=1500")
    args = parser.parse_args()

    feeds = [[ln for ln in Path(f).read_bytes().splitlines() if ln.strip()] for f in args.feeds]
    lines = interleave(feeds)
    if args.limit:
        lines = lines[: args.limit]
    prefix = f"bench-latency-{uuid.uuid4().hex[:8]}"
    names = TopicNames(prefix)
    port = free_port()
    url = f"http://127.0.0.1:{port}/metrics"
    tmp = tempfile.mkdtemp(prefix="wirewatch-latency-")
    print(f"{len(lines)} lines at {args.rate:g}/s to one worker on {args.broker} ({prefix})")
    print(f"load average at the start: {os.getloadavg()}, cores: {os.cpu_count()}")
    extra = {"WIREWATCH_" + k.removeprefix("WIREWATCH_"): v
             for k, _, v in (item.partition("=") for item in args.set)}
    if extra:
        print(f"worker settings: {extra}")
    proc, log = start_worker(args.broker, prefix, port, tmp, extra)
    user_ready, sys_ready = cpu_split(proc.pid)  # imports, app set-up and topic creation
    cpu_ready = user_ready + sys_ready
    try:
        took = asyncio.run(produce(args.broker, names.articles, lines, args.rate))
        print(f"offered {len(lines)} lines in {took:.1f} s ({len(lines) / took:.2f}/s)")
        wait_handled(url, len(lines))
        text = scrape(url)
        snap = parse(text)
        times = asyncio.run(record_times(args.broker, names))
        latencies = [at - ingest for ingest, at in times[topics.ALERTS]]
        # CPU time is steadier than wall time on a shared machine: the event loop's
        # process (ingest, dedup, routing, conflicts, Kafka I/O) apart from the parser.
        user_worker, sys_worker = cpu_split(proc.pid)
        cpu_worker = user_worker + sys_worker
        cpu_parse = sum(cpu_seconds(c) for c in child_pids(proc.pid))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
        asyncio.run(delete_topics(args.broker, prefix))

    c = snap.counters
    print(
        f"worker: in {c['articles_in']:.0f}, processed {c['articles_processed']:.0f} "
        f"(gated {c['articles_gated']:.0f}), duplicates {c['duplicates']:.0f}, "
        f"rejected {c['rejected']:.0f}, alerts {c['alerts']:.0f}, "
        f"RSS {(snap.rss or 0) / 1e6:.0f} MB"
    )
    if latencies:
        print(
            f"ingest-to-alert, {len(latencies)} alert records (record times): "
            f"p50 {quantile(latencies, 0.5):.3f} s, p90 {quantile(latencies, 0.9):.3f} s, "
            f"p99 {quantile(latencies, 0.99):.3f} s, max {max(latencies):.3f} s, "
            f"mean {statistics.fmean(latencies):.3f} s"
        )
    else:
        print("no alert records carried an ingest time")
    h = snap.ingest_to_alert
    print(
        f"ingest-to-alert, worker histogram ({h.count:.0f}): p50 <= {h.quantile(0.5) or 0:.3f} s, "
        f"p99 <= {h.quantile(0.99) or 0:.3f} s (interpolated in buckets)"
    )
    print(
        f"worker CPU: event-loop process {cpu_worker:.1f} s, parse process {cpu_parse:.1f} s "
        f"(from start, model load included); event loop after ready "
        f"{cpu_worker - cpu_ready:.1f} s, {(cpu_worker - cpu_ready) / len(lines) * 1000:.1f} ms "
        f"per line (user {user_worker - user_ready:.1f} s, system {sys_worker - sys_ready:.1f} s)"
    )
    for gen, (n, total, longest) in gc_pauses(text).items():
        print(f"  garbage collections, generation {gen}: {n:.0f}, {total * 1000:.0f} ms in all, "
              f"longest <= {longest * 1000:.0f} ms")
    busy = stage_seconds(text)
    for stage, hist in sorted(snap.stages.items()):
        p50, p99 = hist.quantile(0.5), hist.quantile(0.99)
        if p50 is not None and p99 is not None:
            print(
                f"  stage {stage:13s} n={hist.count:5.0f} "
                f"p50 {p50 * 1000:7.1f} ms  p99 {p99 * 1000:7.1f} ms  "
                f"busy {busy.get(stage, 0.0):6.1f} s"
            )
    print("per hop (record time on the hop minus the article's last record time before it):")
    print("\n".join(hop_breakdown(times)))
    print("slowest alert records (s after ingest at each hop: first-last record):")
    print("\n".join(slowest(times)))
    print(f"load average (1, 5, 15 min) at the end: {os.getloadavg()}, cores: {os.cpu_count()}")
    print(f"worker log: {log}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
