"""Alert records per distinct alert id: ``wirewatch run`` and the Kafka path on one feed.

    python benchmarks/bench_alerts.py FEED [FEED ...] [--rounds 3] [--broker HOST:PORT]
        [--workers 1] [--settle 60] [--final]
    python benchmarks/bench_alerts.py --why ALERTS.jsonl [...]

Builds a wire-like feed of about 1,500 lines from the FEED files (the wire mix and the
labelled strike sets, say): ``--rounds`` news cycles of every line, each cycle's dates
moved 45 days on (beyond every window, so each cycle is news again), plus planted
near-copies: every article with claim labels and every 8th other article is carried again
by another outlet, one sentence shorter, 15 minutes to 10 hours later. The feed is written
in the order ``wirewatch replay`` sends it, so both drivers see one order.

It runs ``wirewatch run`` on the feed and counts alert records per alert id. With
``--broker`` it also starts ``--workers`` workers (fresh topic prefix and app id),
replays the feed, waits until every line is accounted for (an analysis, a duplicate or a
dead letter) and the alert topic has been quiet for ``--settle`` seconds, and counts the
records on the alert topic the same way; ``--final`` then also waits for the last
digest versions (folded changes go out once the partition has been idle for the digest
period). Prints figures only; never fails on a count or a time. Topics are left on the
broker (prefix printed) for inspection, and the alert records read are kept beside the
feed (``run-alerts.jsonl``, ``stream-alerts.jsonl``, ``stream-final-alerts.jsonl``).
For every alert id with more than 3 records it prints why each version went out (first,
withdrawn, merged, parties / sides / target classes, articles and outlets, versions not
going up); ``--why`` does that for alert files already written.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer

from pipeline.domain.validate import parse_published
from pipeline.feed import read_feed
from pipeline.streaming.archive import in_event_order
from pipeline.streaming.topics import TopicNames

CYCLE = timedelta(days=45)


def _has_claims(item: dict[str, Any]) -> bool:
    labels = item.get("labels")
    return isinstance(labels, dict) and bool(labels.get("claims") or labels.get("target"))


def _shift(published: Any, by: timedelta) -> str | None:
    when = parse_published(published) if published else None
    return (when + by).isoformat() if when else None


def _shorter(body: str, rng: random.Random) -> str:
    """The body with one sentence (not the first) left out."""
    sentences = re.split(r"(?<=[.!?])\s+", body)
    if len(sentences) > 2:
        del sentences[rng.randrange(1, len(sentences))]
    return " ".join(sentences)


def build_feed(paths: list[Path], rounds: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    items = [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    out: list[dict[str, Any]] = []
    for cycle in range(rounds):
        for n, item in enumerate(items):
            copy = {k: item.get(k) for k in ("headline", "body", "source", "url")}
            copy["id"] = f"{item['id']}-r{cycle}"
            copy["published"] = _shift(item.get("published"), CYCLE * cycle)
            out.append(copy)
            if not (_has_claims(item) or n % 8 == 0) or not item.get("body"):
                continue
            later = timedelta(minutes=rng.randint(15, 600))
            out.append(
                {
                    **copy,
                    "id": f"{copy['id']}-copy",
                    "source": f"Second Wire {rng.randint(1, 9)}",
                    "body": _shorter(str(item["body"]), rng),
                    "published": _shift(copy["published"], later) if copy["published"] else None,
                }
            )
    rng.shuffle(out)
    return [orjson.dumps(item) for item in out]


def write_feed(lines: list[bytes], path: Path) -> None:
    path.write_bytes(b"\n".join(lines) + b"\n")
    ordered = in_event_order(list(read_feed(path)))
    path.write_bytes(b"".join(p.line.data + b"\n" for p in ordered))


def per_id(records: list[dict[str, Any]]) -> dict[str, Any]:
    counts = Counter(r["alert_id"] for r in records if r.get("type", "alert") == "alert")
    if not counts:
        return {"records": 0, "alert ids": 0}
    return {
        "records": sum(counts.values()),
        "alert ids": len(counts),
        "per id": round(sum(counts.values()) / len(counts), 2),
        "max per id": max(counts.values()),
        "ids with > 3": sum(n > 3 for n in counts.values()),
        "ids whose versions do not go up": _not_rising(records),
    }


def _not_rising(records: list[dict[str, Any]]) -> int:
    last: dict[str, int] = {}
    bad: set[str] = set()
    for r in records:
        if r.get("type", "alert") != "alert":
            continue
        if int(r["version"]) <= last.get(r["alert_id"], 0):
            bad.add(r["alert_id"])
        last[r["alert_id"]] = int(r["version"])
    return len(bad)


def _look(record: dict[str, Any]) -> dict[str, Any]:
    """What a desk reads in one alert version, by kind of change."""
    accounts = record.get("accounts") or []
    return {
        "parties": {a["party"]["id"] for a in accounts},
        "sides": {a["party"].get("side") or a["party"]["id"] for a in accounts},
        "classes": {(a["party"]["id"], t.get("target_class")) for a in accounts
                    for t in a.get("targets") or []},
        "targets": {(a["party"]["id"], t.get("text")) for a in accounts
                    for t in a.get("targets") or []},
        "articles": set(record.get("article_ids") or []),
        "sources": set(record.get("sources") or []),
        "absorbed": set(record.get("absorbed") or []),
        "merged_into": record.get("merged_into"),
        "withdrawn": bool(record.get("withdrawn")),
        "event_key": record.get("event_key"),
    }


def change(before: dict[str, Any] | None, after: dict[str, Any]) -> list[str]:
    """Why a version differs from the one before it, in the desk's words."""
    if before is None:
        return ["first"]
    out = []
    a, b = _look(before), _look(after)
    if b["withdrawn"] != a["withdrawn"]:
        out.append("withdrawn" if b["withdrawn"] else "back after withdrawal")
    if b["merged_into"] and not a["merged_into"]:
        out.append(f"merged into {b['merged_into']}")
    if b["absorbed"] - a["absorbed"]:
        out.append(f"absorbed {sorted(b['absorbed'] - a['absorbed'])}")
    for name in ("parties", "sides", "classes"):
        if b[name] != a[name]:
            out.append(f"{name} +{sorted(b[name] - a[name])} -{sorted(a[name] - b[name])}")
    if b["targets"] != a["targets"] and b["classes"] == a["classes"]:
        out.append("target wording")
    if b["articles"] != a["articles"]:
        out.append(f"articles +{len(b['articles'] - a['articles'])}"
                   f" -{len(a['articles'] - b['articles'])}")
    if b["sources"] != a["sources"]:
        out.append(f"sources +{len(b['sources'] - a['sources'])}"
                   f" -{len(a['sources'] - b['sources'])}")
    if b["event_key"] != a["event_key"]:
        out.append("event key")
    if int(after.get("version", 0)) <= int(before.get("version", 0)):
        out.append(f"version not increasing ({before.get('version')} -> {after.get('version')})")
    return out or ["nothing a desk sees"]


def why(records: list[dict[str, Any]], over: int = 3) -> list[str]:
    """Each version's change, for the alert ids with more than ``over`` records."""
    by_id: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        if r.get("type", "alert") == "alert":
            by_id.setdefault(r["alert_id"], []).append(r)
    lines = []
    for ident, versions in sorted(by_id.items(), key=lambda kv: -len(kv[1])):
        if len(versions) <= over:
            continue
        lines.append(f"{ident} ({len(versions)} records, {versions[-1].get('event_key')}):")
        previous = None
        for v in versions:
            lines.append(f"  v{v.get('version')}: {'; '.join(change(previous, v))}")
            previous = v
    return lines


def run_embedded(feed: Path, tmp: Path, env: dict[str, str]) -> dict[str, Any]:
    alerts = tmp / "run-alerts.jsonl"
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(feed), "-q",
         "--output", str(tmp / "run-results.jsonl"), "--alerts", str(alerts)],
        check=True, env=env,
    )
    records = [orjson.loads(line) for line in alerts.read_bytes().splitlines() if line.strip()]
    return {**per_id(records), "seconds": round(time.monotonic() - started, 1)}


async def _read(bootstrap: str, topics: list[str], done: Any, timeout: float) -> dict[str, list]:
    consumer = AIOKafkaConsumer(
        *topics, bootstrap_servers=bootstrap, enable_auto_commit=False,
        auto_offset_reset="earliest", metadata_max_age_ms=1000,
    )
    await consumer.start()
    records: dict[str, list[dict[str, Any]]] = {t: [] for t in topics}
    deadline = time.monotonic() + timeout
    try:
        while not done(records) and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for tp, messages in batch.items():
                records[tp.topic] += [orjson.loads(m.value) for m in messages if m.value]
        return records
    finally:
        await consumer.stop()


def _save(path: Path, records: list[dict[str, Any]]) -> None:
    """The records as read, one JSON line each, for ``--why`` and for inspection."""
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


def run_stream(feed: Path, total: int, args: argparse.Namespace, tmp: Path,
               env: dict[str, str]) -> dict[str, Any]:
    tag = uuid.uuid4().hex[:8]
    names = TopicNames(f"bench{tag}")
    env = {**env, "WIREWATCH_BROKER": f"kafka://{args.broker}",
           "WIREWATCH_TOPIC_PREFIX": names.prefix, "WIREWATCH_APP_ID": f"bench-alerts-{tag}"}
    workers = []
    for n in range(args.workers):
        log = open(tmp / f"worker-{n}.log", "wb")  # noqa: SIM115
        workers.append(subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "worker"],
            env={**env, "WIREWATCH_DATA_DIR": str(tmp / f"w{n}")}, stdout=log, stderr=log))
    try:
        deadline = time.monotonic() + 240
        while not all("Worker ready" in (tmp / f"worker-{n}.log").read_text(errors="replace")
                      for n in range(args.workers)):
            if time.monotonic() > deadline:
                raise SystemExit("workers did not start")
            time.sleep(1)
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "pipeline.cli", "replay", str(feed), "-q"],
                       check=True, env=env)
        quiet = {"n": -1, "since": time.monotonic()}

        def settled(records: dict[str, list[dict[str, Any]]]) -> bool:
            analysed = sum(r.get("type") == "analysis" for r in records[names.analysed])
            dups = sum(not r.get("correction") for r in records[names.duplicates])
            if analysed + dups + len(records[names.deadletter]) < total:
                return False
            if len(records[names.alerts]) != quiet["n"]:
                quiet["n"], quiet["since"] = len(records[names.alerts]), time.monotonic()
            return time.monotonic() - quiet["since"] >= args.settle

        topics = [names.analysed, names.duplicates, names.deadletter, names.alerts]
        seen = asyncio.run(_read(args.broker, topics, settled, 1800))
        _save(tmp / "stream-alerts.jsonl", seen[names.alerts])
        result = {**per_id(seen[names.alerts]),
                  "seconds": round(time.monotonic() - started - args.settle, 1),
                  "prefix": names.prefix}
        if args.final:
            final = asyncio.run(_read(args.broker, [names.alerts], lambda r: False,
                                      args.final_wait))
            _save(tmp / "stream-final-alerts.jsonl", final[names.alerts])
            result["after final digests"] = per_id(final[names.alerts])
        return result
    finally:
        for proc in workers:
            proc.terminate()
            proc.wait(60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("feeds", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--broker", help="HOST:PORT; without it only `wirewatch run` is measured")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--settle", type=float, default=60.0)
    parser.add_argument("--final", action="store_true")
    parser.add_argument("--final-wait", type=float, default=420.0)
    parser.add_argument("--why", action="store_true",
                        help="FEED is alert records (JSON lines): print each version's change "
                             "for the ids with more than 3 records, and the counts")
    args = parser.parse_args()
    if args.why:
        for path in args.feeds:
            records = [orjson.loads(x) for x in path.read_bytes().splitlines() if x.strip()]
            print(f"{path}: {per_id(records)}")
            print("\n".join(why(records)))
        return
    tmp = Path(tempfile.mkdtemp(prefix="wirewatch-alerts-"))
    feed = tmp / "feed.jsonl"
    lines = build_feed(args.feeds, args.rounds, args.seed)
    write_feed(lines, feed)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREWATCH_")}
    env.update({k: v for k, v in os.environ.items()
                if k in ("WIREWATCH_DIGEST_MINUTES", "WIREWATCH_DIGEST_TICK_SECONDS",
                         "WIREWATCH_CACHE_DIR")})
    print(f"feed: {len(lines)} lines ({feed}); {datetime.now(UTC):%H:%M:%S}", flush=True)
    print("run:", run_embedded(feed, tmp, env), flush=True)
    print("\n".join(why([orjson.loads(x) for x in (tmp / "run-alerts.jsonl").read_bytes()
                          .splitlines() if x.strip()])), flush=True)
    if args.broker:
        print(f"stream ({args.workers} worker(s)):",
              run_stream(feed, len(lines), args, tmp, env), flush=True)


if __name__ == "__main__":
    main()
