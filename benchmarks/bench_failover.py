"""Failover time: kill -9 one of two workers, time until its partitions are served again.

Needs a Kafka broker you may load (``--broker``, default 127.0.0.1:9092) and uses a fresh
topic prefix and app id per run. Starts two ``wirewatch``-style workers (a stand-in
analyser, so no spaCy), feeds every partition of ``wire.articles`` a line that is not JSON
every 0.25 s (ingest dead-letters it at once), kills one worker when all partitions are
served within 1 s, and reports how long after the kill records were served late.
``WIREWATCH_SESSION_TIMEOUT_SECONDS`` / ``WIREWATCH_HEARTBEAT_INTERVAL_SECONDS`` set what
is measured. Usage: ``python benchmarks/bench_failover.py [--broker HOST:PORT]``.
Reports figures only; never fails on a time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.settings import Settings


class StandIn:
    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        return [ArticleAnalysis(article=a) for a in articles]


def worker(broker: str, app_id: str, data_dir: str, *, limit_logs: bool = True) -> None:
    from pipeline.streaming.admin import ensure_topics
    from pipeline.streaming.app import create_app
    from pipeline.streaming.worker import build_worker, neutralise_faust_env

    neutralise_faust_env()
    settings = Settings.from_env(
        broker=f"kafka://{broker}", app_id=app_id, topic_prefix=app_id, data_dir=data_dir
    )
    asyncio.run(ensure_topics(settings, with_changelogs=True))
    app = create_app(settings, analyser=StandIn())
    build_worker(app, settings, limit_logs=limit_logs).execute_from_commandline()


async def measure(broker: str, partitions: int = 6) -> None:
    app_id = f"bench-failover-{uuid.uuid4().hex[:8]}"
    logs = tempfile.mkdtemp(prefix="wirewatch-failover-")

    def start(name: str) -> subprocess.Popen[bytes]:
        out = open(os.path.join(logs, f"{name}.log"), "wb")  # noqa: SIM115
        argv = [sys.executable, __file__, "--worker", app_id, "--broker", broker]
        return subprocess.Popen(
            [*argv, "--data-dir", os.path.join(logs, name)], stdout=out, stderr=out
        )

    first = start("a")
    await asyncio.sleep(8)
    second = start("b")
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

    reader = asyncio.create_task(read())
    began, killed = time.time(), None
    try:
        while time.time() - began < 180:
            now = time.time()
            for p in range(partitions):
                value = f"not json t={now} p={p}".encode()
                await producer.send(f"{app_id}.wire.articles", value=value, partition=p)
            await asyncio.sleep(0.25)
            recent = [s for s in seen if s[0] > now - 6]
            prompt = {s[2] for s in recent if s[1] - s[0] < 1.0}
            if killed is None and now - began > 30 and len(prompt) == partitions:
                second.send_signal(signal.SIGKILL)
                killed = time.time()
            last = [s for s in seen if s[0] > now - 4]
            if killed and now - killed > 20 and last and all(s[1] - s[0] < 1.0 for s in last):
                break
    finally:
        reader.cancel()
        await consumer.stop()
        await producer.stop()
        first.send_signal(signal.SIGINT)
        first.wait(30)
        second.kill()
    if killed is None:
        print(f"never steady; worker logs in {logs}")
        return
    late = [s for s in seen if s[0] >= killed - 0.5 and s[1] - s[0] > 1.0]
    served = max((s[1] for s in late), default=killed) - killed
    settings = Settings.from_env()
    print(
        f"session {settings.session_timeout_seconds} s, heartbeat "
        f"{settings.heartbeat_interval_seconds} s: partitions {sorted({s[2] for s in late})} "
        f"served again {served:.1f} s after kill -9 (worst record waited "
        f"{max((s[1] - s[0] for s in late), default=0.0):.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--broker", default="127.0.0.1:9092")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.broker, args.worker, args.data_dir)
    else:
        asyncio.run(measure(args.broker))


if __name__ == "__main__":
    main()
