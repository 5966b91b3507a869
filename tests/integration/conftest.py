"""Integration tier: a real Apache Kafka broker (deploy/kafka) and real workers as subprocesses.

Every test gets its own topic prefix and app id, so tests never see each other's records;
its topics (and its tables' changelog topics) are deleted afterwards. Waits are on effects
(records on a topic, a log line) with a bound, never bare sleeps.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from pipeline.streaming.topics import TopicNames

REPO = Path(__file__).resolve().parents[2]
BROKER_SCRIPT = REPO / "deploy" / "kafka" / "local-broker.sh"
BOOTSTRAP = os.environ.get("WIREWATCH_TEST_BOOTSTRAP", "127.0.0.1:9092")
READY_TIMEOUT = 180.0


def _broker_up() -> bool:
    return subprocess.run([str(BROKER_SCRIPT), "status"], capture_output=True).returncode == 0


@pytest.fixture(scope="session")
def broker() -> Iterator[str]:
    """The local broker; started here (and stopped after) if nothing else started it."""
    started = False
    if not _broker_up():
        subprocess.run([str(BROKER_SCRIPT), "start"], check=True)
        started = True
    yield BOOTSTRAP
    if started:
        subprocess.run([str(BROKER_SCRIPT), "stop"], check=False)


@dataclass
class Deployment:
    """One isolated wirewatch deployment on the shared broker: prefix, app id, workers."""

    bootstrap: str
    prefix: str
    app_id: str
    tmp: Path
    partitions: int = 6
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)

    @property
    def names(self) -> TopicNames:
        return TopicNames(self.prefix)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("WIREWATCH_")}
        env.update(
            WIREWATCH_BROKER=f"kafka://{self.bootstrap}",
            WIREWATCH_TOPIC_PREFIX=self.prefix,
            WIREWATCH_APP_ID=self.app_id,
            WIREWATCH_PARTITIONS=str(self.partitions),
            WIREWATCH_WEB_PORT="0",
            WIREWATCH_NLP_BATCH_SIZE="4",
            # digests (new sources folded into an alert) after 3 s, not 5 min: tests wait
            # for final alert contents
            WIREWATCH_DIGEST_MINUTES="0.05",
            WIREWATCH_DIGEST_TICK_SECONDS="1",
            PYTHONUNBUFFERED="1",
        )
        env.update(extra)
        return env

    def wirewatch(self, *args: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pipeline.cli", *args],
            env=self.env(),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def start_worker(
        self, *, module: str = "pipeline.cli", **env: str
    ) -> subprocess.Popen[bytes]:
        """Start a worker (``python -m module worker``; a test's own worker module, e.g.
        one with a stand-in analyser, instead of ``pipeline.cli``); return once it and
        every running worker finished rebalancing."""
        running = [
            (log, _count(log, REBALANCED))
            for proc, log in zip(self.workers, self.logs, strict=True)
            if proc.poll() is None
        ]
        n = len(self.workers)
        log = self.tmp / f"worker-{n}.log"
        data_dir = self.tmp / f"worker-{n}-data"
        handle = log.open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", module, "worker"],
            env=self.env(WIREWATCH_DATA_DIR=str(data_dir), **env),
            cwd=REPO,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
        self.workers.append(proc)
        self.logs.append(log)
        wait_for(
            lambda: _log_has(log, "Ready") or proc.poll() is not None,
            READY_TIMEOUT,
            f"worker {n} ready",
        )
        if proc.poll() is not None:
            raise AssertionError(f"worker {n} exited:\n{log.read_text()[-4000:]}")
        # Records fetched while a rebalance is still settling on the other workers can be
        # skipped by faust-streaming (its generation check), so wait for every worker's
        # recovery to finish before the test produces more.
        for other, before in running:
            wait_for(
                lambda other=other, before=before: _count(other, REBALANCED) > before,
                READY_TIMEOUT,
                f"{other.name} to finish rebalancing",
            )
        return proc

    def stop_worker(self, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)

    def log_tail(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text()[-3000:]}" for p in self.logs)

    def read(
        self,
        topic: str,
        until: Callable[[list[dict[str, Any]]], bool],
        timeout: float = 120.0,
    ) -> list[dict[str, Any]]:
        """Records on ``topic`` from the beginning, polled until ``until(records)`` holds."""
        records = asyncio.run(_read_until(self.bootstrap, topic, until, timeout))
        return records

    def read_quiet(self, topic: str, quiet: float = 8.0, timeout: float = 60.0) -> list[Any]:
        """Every record on ``topic`` once nothing new has arrived for ``quiet`` seconds."""
        state = {"n": -1, "since": time.monotonic()}

        def settled(records: list[dict[str, Any]]) -> bool:
            if len(records) != state["n"]:
                state["n"], state["since"] = len(records), time.monotonic()
            return time.monotonic() - state["since"] >= quiet

        return self.read(topic, settled, timeout)

    def produce(self, lines: list[bytes]) -> None:
        asyncio.run(_produce(self.bootstrap, self.names.articles, lines))


REBALANCED = "[^---Recovery]: Worker ready"


def _count(path: Path, needle: str) -> int:
    return path.read_text(errors="replace").count(needle) if path.exists() else 0


def _log_has(path: Path, needle: str) -> bool:
    return path.exists() and needle in path.read_text(errors="replace")


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    delay = 0.05
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(delay)
        delay = min(delay * 2, 1.0)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


async def _read_until(
    bootstrap: str,
    topic: str,
    until: Callable[[list[dict[str, Any]]], bool],
    timeout: float,
) -> list[dict[str, Any]]:
    # No group: every partition is read from the beginning; a short metadata age lets the
    # consumer notice a topic that is created after it started.
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        metadata_max_age_ms=1000,
    )
    await consumer.start()
    records: list[dict[str, Any]] = []
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if until(records):
                return records
            batch = await consumer.getmany(timeout_ms=500)
            for messages in batch.values():
                records += [orjson.loads(m.value) for m in messages if m.value]
        if until(records):
            return records
        shown = [{k: r.get(k) for k in ("type", "id", "article_id", "event_key")} for r in records]
        raise AssertionError(f"timed out reading {topic}: {len(records)} records: {shown}")
    finally:
        await consumer.stop()


async def _produce(bootstrap: str, topic: str, lines: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    stamp = 0
    try:
        for line in lines:
            data = orjson.loads(line)
            # strictly increasing record timestamps: the feed's order, which the pipeline
            # reads as arrival (two lines sent in one millisecond would tie)
            stamp = max(int(time.time() * 1000), stamp + 1)
            await producer.send_and_wait(
                topic, value=line, key=str(data["id"]).encode(), timestamp_ms=stamp
            )
    finally:
        await producer.stop()


async def _delete_topics(bootstrap: str, prefix: str, app_id: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        mine = [
            t
            for t in await admin.list_topics()
            if t.startswith(prefix + ".") or t.startswith(app_id + "-")
        ]
        if mine:
            await admin.delete_topics(mine)
    finally:
        await admin.close()


@pytest.fixture
def deployment(broker: str, tmp_path: Path) -> Iterator[Deployment]:
    tag = uuid.uuid4().hex[:8]
    dep = Deployment(bootstrap=broker, prefix=f"it{tag}", app_id=f"wirewatch-it{tag}", tmp=tmp_path)
    try:
        yield dep
    finally:
        for proc in dep.workers:
            dep.stop_worker(proc, timeout=30)
        asyncio.run(_delete_topics(broker, dep.prefix, dep.app_id))
