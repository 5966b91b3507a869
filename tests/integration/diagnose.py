"""What an integration test prints when the stream does not reach its final state in time:
the phases' times, whether it was only slow or stuck, how far each missing input got, and
the workers' logs. Everything here only reads; nothing decides a test's outcome.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient

from pipeline.streaming.topics import changelog_topics
from tests.integration.conftest import Deployment


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


@dataclass
class Clock:
    """A test's phases: each mark is when a phase ended, shown with its length."""

    start: float = field(default_factory=time.monotonic)
    marks: list[tuple[str, float, str]] = field(default_factory=list)

    def mark(self, phase: str) -> float:
        """End ``phase`` now; return its length in seconds."""
        now = time.monotonic()
        before = self.marks[-1][1] if self.marks else self.start
        self.marks.append((phase, now, load()))
        return now - before

    def since(self, phase: str) -> float:
        """Seconds from the end of ``phase`` to now."""
        return time.monotonic() - next(t for p, t, _ in self.marks if p == phase)

    def __str__(self) -> str:
        rows, before = [], self.start
        for phase, at, avg in self.marks:
            rows.append(f"{phase} {at - before:.1f} s (at {at - self.start:.1f} s, load {avg})")
            before = at
        return "; ".join(rows)


@dataclass
class Progress:
    """When the stream's answers last moved, read while following its topics."""

    start: float = field(default_factory=time.monotonic)
    changes: list[tuple[float, str]] = field(default_factory=list)  # (seconds, what moved)
    settled: float | None = None  # seconds to the final state, if reached
    _last: tuple[int, int, int] | None = None  # (accounted, duplicates, alerts' digest)

    def saw(self, accounted: int, duplicates: int, alerts: int, alerts_digest: int) -> None:
        now = (accounted, duplicates, alerts_digest)
        if now != self._last:
            self.changes.append((time.monotonic() - self.start, f"{accounted} accounted, "
                                 f"{duplicates} duplicates, {alerts} alerts"))
            self._last = now

    def __str__(self) -> str:
        if not self.changes:
            return "no records read"
        shown = self.changes if len(self.changes) <= 8 else [*self.changes[:3], *self.changes[-5:]]
        moves = ", ".join(f"{t:.1f} s: {w}" for t, w in shown)
        return f"{len(self.changes)} changes, last at {self.changes[-1][0]:.1f} s ({moves})"


async def _drain(bootstrap: str, topics: Iterable[str]) -> dict[str, list[bytes]]:
    """Every record now on ``topics`` (raw values), read from the beginning to the end."""
    topics = list(topics)
    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, enable_auto_commit=False,
                                auto_offset_reset="earliest", metadata_max_age_ms=1000)
    await consumer.start()
    out: dict[str, list[bytes]] = {t: [] for t in topics}
    try:
        deadline = time.monotonic() + 30
        while not consumer.assignment() and time.monotonic() < deadline:
            await asyncio.sleep(0.1)  # no group: every partition, once metadata came
        ends = await consumer.end_offsets(list(consumer.assignment()))
        while time.monotonic() < deadline:
            behind = [tp for tp, end in ends.items() if await consumer.position(tp) < end]
            if not behind:
                break
            for tp, messages in (await consumer.getmany(timeout_ms=500)).items():
                out[tp.topic] += [m.value for m in messages if m.value]
    finally:
        await consumer.stop()
    return out


def where_they_are(dep: Deployment, ids: Iterable[str]) -> dict[str, list[str]]:
    """For each id, the topics whose records name it (``"id"`` anywhere in a record): how
    far an input got through the pipeline."""
    names = dep.names
    topics = [names.articles, names.dedup_bands, names.dedup_votes, names.unique,
              names.analysed, names.duplicates, names.enriched, names.alerts, names.deadletter,
              *changelog_topics(dep.app_id)]
    try:
        records = asyncio.run(_drain(dep.bootstrap, topics))
    except Exception as error:  # a diagnosis must not hide the failure it explains
        return {i: [f"(could not read the topics: {error!r})"] for i in ids}
    short = {t: t.rsplit(".", 1)[-1].removeprefix(f"{dep.app_id}-") for t in topics}
    found: dict[str, list[str]] = {}
    for aid in ids:
        needle = f'"{aid}"'.encode()
        found[aid] = [f"{short[t]} x{n}" for t in topics
                      if (n := sum(needle in r for r in records.get(t, [])))]
    return found


async def _lag(bootstrap: str, group: str) -> dict[str, list[str]]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await admin.start()
    await consumer.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
        ends = await consumer.end_offsets(list(committed)) if committed else {}
    finally:
        await consumer.stop()
        await admin.close()
    out: dict[str, list[str]] = {}
    for tp in sorted(committed, key=lambda tp: (tp.topic, tp.partition)):
        end, at = ends.get(tp, -1), committed[tp].offset
        if end != at:
            out.setdefault(tp.topic, []).append(f"p{tp.partition} {at}/{end}")
    return out


def lag(dep: Deployment) -> str:
    """The consumer group's committed offset against the end, for every partition that
    is behind (a stuck partition shows here)."""
    try:
        behind = asyncio.run(_lag(dep.bootstrap, dep.app_id))
    except Exception as error:  # a diagnosis must not hide the failure it explains
        return f"(could not read the group's offsets: {error!r})"
    return "; ".join(f"{t}: {', '.join(parts)}" for t, parts in behind.items()) or "none"


NOTABLE = re.compile(r"\] \[(ERROR|WARNING|CRITICAL)\]|Traceback|Worker ready|Elected group "
                     r"leader|Killed|OOM|Timer .* woke up too late|rebalanc", re.IGNORECASE)


def worker_logs(dep: Deployment, tail: int = 25, notable: int = 40) -> str:
    """Per worker: exit status, the notable lines (errors, warnings, rebalances; the last
    ``notable``) and the last ``tail`` lines."""
    out = []
    for n, (proc, log) in enumerate(zip(dep.workers, dep.logs, strict=True)):
        status = "running" if proc.poll() is None else f"exited {proc.returncode}"
        text = log.read_text(errors="replace").splitlines() if log.exists() else []
        marks = [line[:240] for line in text if NOTABLE.search(line)]
        errors = sum("[ERROR]" in line for line in text)
        out.append(f"--- worker {n} (pid {proc.pid}, {status}, {len(text)} lines, {errors} ERROR)"
                   f"\n  notable (last {notable} of {len(marks)}):\n    "
                   + "\n    ".join(marks[-notable:])
                   + f"\n  last {tail} lines:\n    "
                   + "\n    ".join(line[:240] for line in text[-tail:]))
    return "\n".join(out)


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
