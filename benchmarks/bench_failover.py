"""Failover time: kill -9 one of two workers, time until its partitions are served again.

Needs a Kafka broker you may load (``--broker``, default 127.0.0.1:9092) and uses a fresh
topic prefix and app id per run. Starts two ``wirewatch``-style workers (a stand-in
analyser, so no spaCy; ``--real``: ``wirewatch worker`` itself, model and parse process),
feeds every partition of ``wire.articles`` a line that is not JSON every 0.25 s (ingest
dead-letters it at once: a probe), kills one worker once every partition is served
(within ``--steady`` s, after at least ``--kill-after`` s), and reports:

- ``served again``: for the partitions the kill stalled, when the first probe after the
  kill was served (the worst partition), and the worst wait of any probe;
- where that time went, from the surviving worker's log: ``detect`` (kill to the
  survivor's first sign of the rebalance: the broker's session timeout plus the
  survivor's next heartbeat), ``rejoin`` (to its new assignment), ``recover`` (to
  "Worker ready": table changelogs replayed), ``resume`` (to the first stalled probe);
- how many changelog records the survivor's recovery after the kill read, per table
  (highwater minus where reading started, from Faust's two log tables).

Load: ``--feed FILE`` also produces those JSON lines at ``--rate`` lines/s (with
``--real`` the workers parse them), ``--busy N`` runs N processes that spin a core each.
``WIREWATCH_SESSION_TIMEOUT_SECONDS`` / ``WIREWATCH_HEARTBEAT_INTERVAL_SECONDS`` set what
is measured. Usage: ``python benchmarks/bench_failover.py [--broker HOST:PORT] [--real]
[--feed FILE --rate R] [--busy N]``. Reports figures only; never fails on a time.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.settings import Settings
from pipeline.streaming import topics


class StandIn:
    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        return [ArticleAnalysis(article=a) for a in articles]


def worker(broker: str, app_id: str, data_dir: str, *, limit_logs: bool = True,
           real: bool = False) -> None:
    from pipeline.streaming.admin import ensure_topics
    from pipeline.streaming.app import create_app
    from pipeline.streaming.worker import build_worker, neutralise_faust_env, run_worker

    settings = Settings.from_env(
        broker=f"kafka://{broker}", app_id=app_id, topic_prefix=app_id, data_dir=data_dir
    )
    if real:
        run_worker(settings)
        return
    neutralise_faust_env()
    asyncio.run(ensure_topics(settings, with_changelogs=True))
    app = create_app(settings, analyser=StandIn())
    build_worker(app, settings, limit_logs=limit_logs).execute_from_commandline()


@dataclass
class Load:
    real: bool = False
    feed: list[bytes] = field(default_factory=list)
    rate: float = 5.0
    busy: int = 0
    steady: float = 1.0
    kill_after: float = 30.0


async def measure(broker: str, load: Load, partitions: int = 6) -> None:
    app_id = f"bench-failover-{uuid.uuid4().hex[:8]}"
    logs = tempfile.mkdtemp(prefix="wirewatch-failover-")

    def start(name: str) -> subprocess.Popen[bytes]:
        out = open(os.path.join(logs, f"{name}.log"), "wb")  # noqa: SIM115
        argv = [sys.executable, __file__, "--worker", app_id, "--broker", broker]
        argv += ["--real"] if load.real else []
        return subprocess.Popen(
            [*argv, "--data-dir", os.path.join(logs, name)], stdout=out, stderr=out
        )

    first = start("a")
    await asyncio.sleep(20 if load.real else 8)
    second = start("b")
    spinners = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(load.busy)]
    for spinner in spinners:
        spinner.start()
    producer = AIOKafkaProducer(bootstrap_servers=broker)
    consumer = AIOKafkaConsumer(
        f"{app_id}.wire.deadletter", bootstrap_servers=broker, auto_offset_reset="latest"
    )
    await producer.start()
    await consumer.start()
    seen: list[tuple[float, float, int]] = []  # sent, served, partition

    async def read() -> None:
        async for message in consumer:
            found = re.search(rb"t=([0-9.]+) p=(\d+)", message.value or b"")
            if found:
                seen.append((float(found[1]), time.time(), int(found[2])))

    async def feed() -> None:
        for line in load.feed:
            await producer.send(f"{app_id}.wire.articles", value=line)
            await asyncio.sleep(1 / load.rate)

    reader = asyncio.create_task(read())
    feeder = asyncio.create_task(feed())
    began, killed = time.time(), None
    try:
        while time.time() - began < 240:
            now = time.time()
            for p in range(partitions):
                value = f"not json t={now} p={p}".encode()
                await producer.send(f"{app_id}.wire.articles", value=value, partition=p)
            await asyncio.sleep(0.25)
            recent = [s for s in seen if s[0] > now - 6]
            prompt = {s[2] for s in recent if s[1] - s[0] < load.steady}
            if killed is None and now - began > load.kill_after and len(prompt) == partitions:
                second.send_signal(signal.SIGKILL)
                killed = time.time()
            if killed and now - killed > 20 and _resumed(seen, killed, partitions):
                break
    finally:
        reader.cancel()
        feeder.cancel()
        await consumer.stop()
        await producer.stop()
        for spinner in spinners:
            spinner.kill()
        first.send_signal(signal.SIGINT)
        first.wait(30)
        second.kill()
    if killed is None:
        print(f"never steady; worker logs in {logs}")
        return
    stalled = _first_served_after(seen, killed, partitions)
    served = max(stalled.values(), default=killed) - killed
    late = [s for s in seen if s[0] >= killed - 0.5]
    settings = Settings.from_env()
    print(
        f"session {settings.session_timeout_seconds} s, heartbeat "
        f"{settings.heartbeat_interval_seconds} s ({_described(load)}): stalled partitions "
        f"{sorted(stalled)} served again {served:.1f} s after kill -9 (worst probe waited "
        f"{max((s[1] - s[0] for s in late), default=0.0):.1f} s)"
    )
    phases = _phases(Path(logs) / "a.log", killed)
    if stalled:
        phases["resume"] = max(stalled.values())
    marks, last = [], killed
    for name, at in phases.items():
        marks.append(f"{name} {at - last:+.1f} s")
        last = at
    print("  from the surviving worker's log: " + ", ".join(marks) + f" (logs in {logs})")
    replayed = _replayed(Path(logs) / "a.log", killed)
    total = sum(replayed.values())
    print(f"  changelog records recovered after the kill: {total} ("
          + ", ".join(f"{t} {n}" for t, n in sorted(replayed.items())) + ")")


def _spin() -> None:
    while True:
        pass


def _described(load: Load) -> str:
    parts = ["real workers" if load.real else "stand-in analyser"]
    if load.feed:
        parts.append(f"{len(load.feed)} feed lines at {load.rate:g}/s")
    if load.busy:
        parts.append(f"{load.busy} busy processes")
    return ", ".join(parts)


def _first_served_after(
    seen: list[tuple[float, float, int]], killed: float, partitions: int, gap: float = 2.0
) -> dict[int, float]:
    """Partition -> when it was served again, for the partitions with no probe served in
    the ``gap`` seconds after the kill (those the dead worker held)."""
    out = {}
    for p in range(partitions):
        after = sorted(s[1] for s in seen if s[2] == p and s[1] > killed)
        if after and after[0] > killed + gap:
            out[p] = after[0]
    return out


def _resumed(seen: list[tuple[float, float, int]], killed: float, partitions: int) -> bool:
    return all(any(s[2] == p and s[0] > killed + 1 for s in seen) for p in range(partitions))


_STAMP = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})\]")
_PHASES = {  # phase -> the first log line after the kill that ends it
    "detect": ("rebalancing", "Revoking previously assigned partitions"),
    "rejoin": ("Setting newly assigned partitions",),
    "recover": ("Worker ready",),
}


def _phases(log: Path, killed: float) -> dict[str, float]:
    """Phase -> when it ended, from Faust's and aiokafka's log lines (local time)."""
    found: dict[str, float] = {}
    for line in log.read_text(errors="replace").splitlines():
        stamp = _STAMP.match(line)
        if not stamp:
            continue
        at = datetime.strptime(stamp[1], "%Y-%m-%d %H:%M:%S,%f").timestamp()
        if at < killed:
            continue
        for phase, needles in _PHASES.items():
            if phase not in found and any(n in line for n in needles):
                if phase == "recover" and "rejoin" not in found:
                    continue
                found[phase] = at
        if len(found) == len(_PHASES):
            break
    return found


_ROW = re.compile(r"^\|\s*(\S+)\s*\|\s*(\d+)\s*\|\s*(-?\d+)\s*\|$")


def _replayed(log: Path, killed: float) -> dict[str, int]:
    """Table -> changelog records the first active recovery after the kill read: its
    "Highwater - Active" minus its "Reading Starts At - Active", partition by partition."""
    tables: dict[str, dict[tuple[str, int], int]] = {}
    current: str | None = None
    topic = ""
    after = False
    for line in log.read_text(errors="replace").splitlines():
        stamp = _STAMP.match(line)
        if stamp:
            at = datetime.strptime(stamp[1], "%Y-%m-%d %H:%M:%S,%f").timestamp()
            after = after or at >= killed
        for title in ("Highwater - Active", "Reading Starts At - Active"):
            if after and line.startswith("+" + title) and title not in tables:
                current, tables[title] = title, {}
        row = _ROW.match(line.strip())
        if current is not None and row:
            topic = topic if row[1] == "〃" else row[1]
            tables[current][(topic, int(row[2]))] = int(row[3])
        elif current is not None and not line.startswith(("+", "|")):
            current = None
        if len(tables) == 2 and current is None:
            break
    high, start = tables.get("Highwater - Active", {}), tables.get("Reading Starts At - Active", {})
    out: dict[str, int] = {}
    for (name, partition), top in high.items():
        table = next((t for t in topics.TABLES if name.endswith(f"-{t}-changelog")), name)
        out[table] = out.get(table, 0) + max(0, top - start.get((name, partition), -1))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--broker", default="127.0.0.1:9092")
    parser.add_argument("--real", action="store_true",
                        help="real workers (spaCy model, parse process) instead of a stand-in")
    parser.add_argument("--feed", type=Path, help="JSON lines produced alongside the probes")
    parser.add_argument("--rate", type=float, default=5.0, help="feed lines per second")
    parser.add_argument("--busy", type=int, default=0, help="processes spinning a core each")
    parser.add_argument("--steady", type=float, default=1.0,
                        help="kill once every partition's probes are served within this (s)")
    parser.add_argument("--kill-after", type=float, default=30.0,
                        help="seconds of probes (and feed) before the kill")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.broker, args.worker, args.data_dir, real=args.real)
        return
    feed = args.feed.read_bytes().splitlines() if args.feed else []
    load = Load(real=args.real, feed=[line for line in feed if line.strip()], rate=args.rate,
                busy=args.busy, steady=args.steady, kill_after=args.kill_after)
    asyncio.run(measure(args.broker, load))


if __name__ == "__main__":
    main()
