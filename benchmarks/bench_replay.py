"""Memory and time of ordering an archive for ``wirewatch replay`` (no broker needed).

    python benchmarks/bench_replay.py --articles 100000 --body-chars 600

Writes a made-up feed of that many articles (dates shuffled, one in ten undated) to a
temporary folder, then in a fresh process each: reads and orders it the way replay did
before (every line held in memory), with the spooled archive replay uses now, and in
file order (``--no-sort``); prints peak RSS and seconds for each. Never fails on a figure.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

MODES = ("imports", "in-memory", "spooled", "streamed")


def write_feed(path: Path, articles: int, body_chars: int) -> None:
    rng = random.Random(1)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    words = [
        "the",
        "army",
        "said",
        "a",
        "strike",
        "hit",
        "a",
        "depot",
        "near",
        "the",
        "town",
        "on",
        "friday",
        "officials",
        "said",
    ]
    with path.open("wb") as out:
        for i in range(articles):
            body = " ".join(rng.choice(words) for _ in range(body_chars // 5))[:body_chars]
            record = {"id": f"b{i}", "headline": f"Story {i}", "body": body, "source": "X"}
            if i % 10:
                record["published"] = (start + timedelta(minutes=rng.randrange(10**6))).isoformat()
            out.write(orjson.dumps(record) + b"\n")


def measure(mode: str, feed: Path) -> None:
    from pipeline.domain.validate import ValidationLimits
    from pipeline.feed import read_feed
    from pipeline.streaming.archive import SortedArchive, StreamedArchive, in_event_order

    limits, bound = ValidationLimits(), datetime.now(UTC)
    began = time.perf_counter()
    sent = 0
    if mode == "in-memory":
        sent = sum(1 for _ in in_event_order(list(read_feed(feed)), limits))
    elif mode == "spooled":
        sent = sum(1 for _ in SortedArchive(feed, limits, bound).items())
    elif mode == "streamed":
        sent = sum(1 for _ in StreamedArchive(feed, limits, bound).items())
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{mode:10s} {sent:8d} lines  peak RSS {peak:7.1f} MB  {seconds:6.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--body-chars", type=int, default=600)
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--feed", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        measure(args.mode, Path(args.feed))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "archive.jsonl"
        write_feed(feed, args.articles, args.body_chars)
        size = feed.stat().st_size / 2**20
        print(f"{args.articles} articles, {size:.1f} MB of JSON lines")
        for mode in MODES:
            command = [sys.executable, __file__, "--mode", mode, "--feed", str(feed)]
            subprocess.run(command, check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
