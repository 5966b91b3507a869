"""Log lines a worker writes while the broker is down, with and without the repeat limiter.

Starts a private broker from ``deploy/kafka/local-broker.sh`` on ``--port`` (default 19292,
its own data dir; the shared development broker is never touched), runs one worker (a
stand-in analyser), replays a few lines, stops the broker for ``--outage`` seconds, starts
it again and counts the worker's log lines in the outage. Once with the limiter off, once
on. Usage: ``python benchmarks/bench_outage.py``. Reports figures only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench_failover import worker

SCRIPT = Path(__file__).resolve().parent.parent / "deploy" / "kafka" / "local-broker.sh"


def broker(command: str, env: dict[str, str]) -> None:
    subprocess.run([str(SCRIPT), command], env=env, check=True, capture_output=True)


def lines(path: Path) -> tuple[int, int]:
    text = path.read_text(errors="replace").splitlines()
    return len(text), sum("[ERROR]" in line for line in text)


def run(limit: bool, port: int, outage: float, env: dict[str, str], root: str) -> None:
    app_id = f"bench-outage-{uuid.uuid4().hex[:8]}"
    log = Path(root) / f"{app_id}.log"
    argv = [sys.executable, __file__, "--worker", app_id, "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen([*argv, "--limit", str(int(limit))], stdout=out, stderr=out)
        deadline = time.time() + 90
        while "Worker ready" not in log.read_text(errors="replace") and time.time() < deadline:
            time.sleep(1)
        before, errors_before = lines(log)
        broker("stop", env)
        time.sleep(outage)
        during, errors_during = lines(log)
        broker("start", env)
        time.sleep(5)
        alive = proc.poll() is None
        proc.terminate()
        proc.wait(30)
    print(
        f"limiter {'on ' if limit else 'off'}: {during - before} log lines "
        f"({errors_during - errors_before} ERROR) in a {outage:.0f} s outage, "
        f"{(during - before) / outage:.1f}/s; worker alive after: {alive}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=19292)
    parser.add_argument("--outage", type=float, default=20.0)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        data_dir = tempfile.mkdtemp(prefix="wirewatch-outage-worker-")
        worker(f"127.0.0.1:{args.port}", args.worker, data_dir, limit_logs=bool(args.limit))
        return
    root = tempfile.mkdtemp(prefix="wirewatch-outage-")
    env = {**os.environ, "WIREWATCH_KAFKA_PORT": str(args.port)}
    env["WIREWATCH_KAFKA_DATA_DIR"] = os.path.join(root, "kafka")
    broker("start", env)
    try:
        for limit in (False, True):
            run(limit, args.port, args.outage, env, root)
    finally:
        broker("stop", env)


if __name__ == "__main__":
    main()
