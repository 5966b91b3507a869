"""The Kafka path and `wirewatch run` give the same answers on the same feed.

Both drivers run the steps of ``pipeline.domain.flow``; here the same lines, in the same
order, go through ``wirewatch run`` (no broker) and through real workers on the broker,
and their duplicate pairs (after corrections), processed articles, per-article
conflict flags and final alerts (each live alert's id and articles) are compared. The
feed is the team-written sample plus a burst of cut copies: originals and copies cut to
40% of their words, copies published later but arriving in a shuffled order, so about
half the copies arrive before their original
(the stream must correct those). With ``WIREWATCH_DEV_DATA`` / ``WIREWATCH_DEV2_DATA``
set, the labelled dev and dev2 files are compared too, sent to the stream the way a user
would, by ``wirewatch replay`` (in file order, ``--no-sort``: sorted, an undated original
and its dated copy reach dedup in the other order, see the README), each undated line with
its arrival time in a header.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer

from pipeline.domain.conflicts import article_conflict
from pipeline.domain.models import ArticleAnalysis
from pipeline.domain.records import from_dict
from pipeline.nlp.gazetteer import load_groups
from tests.integration.conftest import Deployment

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_feed.jsonl"
T0 = datetime(2021, 6, 1, 6, 0, tzinfo=UTC)
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tas",
    "vu",
    "no",
    "pel",
    "dri",
    "sam",
    "or",
    "fen",
    "gal",
    "bu",
    "tir",
    "hes",
    "na",
    "qua",
    "zel",
    "mo",
]


def pseudo_words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))) for _ in range(n)]


def cut_copy_burst(n: int = 40, cut: float = 0.4, seed: int = 11) -> list[bytes]:
    """``n`` originals and ``n`` copies cut to ``cut`` of their words, shuffled."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        words = pseudo_words(rng, 160)
        published = T0 + timedelta(minutes=10 * i)
        for suffix, share, delay, source in (("o", 1.0, 0, "Wire A"), ("c", cut, 45, "Wire B")):
            body = " ".join(words[: int(len(words) * share)]) + "."
            line = {
                "id": f"burst{i:02d}{suffix}",
                "headline": f"Bulletin {i}",
                "body": body,
                "source": source,
                "published": (published + timedelta(minutes=delay)).isoformat(),
            }
            lines.append(orjson.dumps(line))
    rng.shuffle(lines)
    return lines


def readable(lines: Iterable[bytes]) -> list[bytes]:
    """Lines the test producer can key by id (the producer needs an id)."""
    out = []
    for line in lines:
        try:
            data = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(data, dict) and data.get("id"):
            out.append(line)
    return out


@dataclass
class Answers:
    duplicates: dict[str, str]  # article id -> its original, after corrections
    processed: set[str]
    conflicts: dict[str, bool]  # processed article id -> in-article conflict flag
    # final version of each live alert: its id and the articles it rests on
    alerts: set[tuple[str, frozenset[str]]]

    def detail(self, other: Answers) -> str:
        mine, theirs = set(self.duplicates.items()), set(other.duplicates.items())
        return (
            f"pairs only in run: {sorted(mine - theirs)}; only in stream: {sorted(theirs - mine)};"
            f" processed only in run: {sorted(self.processed - other.processed)};"
            f" only in stream: {sorted(other.processed - self.processed)};"
            f" alerts only in run: {[(i, sorted(a)) for i, a in self.alerts - other.alerts]};"
            f" only in stream: {[(i, sorted(a)) for i, a in other.alerts - self.alerts]}"
        )

    def differences(self, other: Answers) -> dict[str, int]:
        shared = self.processed & other.processed
        return {
            "duplicate pairs": len(set(self.duplicates.items()) ^ set(other.duplicates.items())),
            "processed": len(self.processed ^ other.processed),
            "conflict flags": sum(self.conflicts[i] != other.conflicts[i] for i in shared),
            "alerts": len(self.alerts ^ other.alerts),
        }


def final_alerts(records: Iterable[dict[str, Any]]) -> set[tuple[str, frozenset[str]]]:
    latest: dict[str, dict[str, Any]] = {}
    for record in records:
        if record.get("type") != "alert":
            continue
        known = latest.get(record["alert_id"])
        if known is None or record["version"] >= known["version"]:
            latest[record["alert_id"]] = record
    # the alerts a desk still sees: not absorbed into another, not withdrawn
    return {(i, frozenset(a["article_ids"])) for i, a in latest.items()
            if not a.get("merged_into") and not a.get("withdrawn")}


def run_embedded(deployment: Deployment, feed: Path) -> Answers:
    out, alerts = deployment.tmp / "results.jsonl", deployment.tmp / "alerts.jsonl"
    done = deployment.wirewatch(
        "run", str(feed), "--output", str(out), "--alerts", str(alerts), "--quiet", timeout=600
    )
    assert done.returncode == 0, done.stderr
    last: dict[str, dict[str, Any]] = {}
    for line in out.read_bytes().splitlines():
        result = orjson.loads(line)
        if result["id"] is not None:
            last[result["id"]] = result  # a correction is a later line for the same id
    return Answers(
        duplicates={i: r["duplicate_of"] for i, r in last.items() if r["status"] == "duplicate"},
        processed={i for i, r in last.items() if r["status"] == "processed"},
        conflicts={i: bool(r["conflict"]) for i, r in last.items() if r["status"] == "processed"},
        alerts=final_alerts(orjson.loads(line) for line in alerts.read_bytes().splitlines()),
    )


async def _read_topics(
    bootstrap: str, topics: list[str], until: Any, timeout: float
) -> dict[str, list[dict[str, Any]]]:
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        metadata_max_age_ms=1000,
    )
    await consumer.start()
    records: dict[str, list[dict[str, Any]]] = {t: [] for t in topics}
    try:
        deadline = time.monotonic() + timeout
        while not until(records):
            if time.monotonic() > deadline:
                counts = {t: len(rs) for t, rs in records.items()}
                raise AssertionError(f"timed out after {timeout:.0f}s: {counts}")
            batch = await consumer.getmany(timeout_ms=500)
            for tp, messages in batch.items():
                records[tp.topic] += [orjson.loads(m.value) for m in messages if m.value]
        return records
    finally:
        await consumer.stop()


def replay(deployment: Deployment, feed: Path, *options: str) -> None:
    """``wirewatch replay FEED`` as a user runs it: each undated line placed by its arrival,
    with that time in its ``wirewatch-arrived`` header."""
    done = deployment.wirewatch(
        "replay", str(feed), *options, "--quiet",
        "--checkpoint", str(deployment.tmp / "replay.ckpt"), timeout=300,
    )
    assert done.returncode == 0, done.stderr


def run_stream(
    deployment: Deployment,
    lines: list[bytes],
    workers: int,
    feed: Path | None = None,
    replay_options: tuple[str, ...] = (),
) -> Answers:
    """The stream's answers; the lines are produced straight to the topic in this order,
    or, given their ``feed`` file, sent by ``wirewatch replay``."""
    for _ in range(workers):
        deployment.start_worker()
    if feed is None:
        deployment.produce(lines)
    else:
        replay(deployment, feed, *replay_options)
    names = deployment.names
    total = len(lines)

    def accounted(records: dict[str, list[dict[str, Any]]]) -> bool:
        # distinct ids: a record delivered again (a rebalance when the second worker
        # joins re-processes what was not yet committed) must not stand in for another
        analysed = {
            r["analysis"]["article"]["id"]
            for r in records[names.analysed]
            if r.get("type") == "analysis"
        }
        dups = {r["article_id"] for r in records[names.duplicates] if not r.get("correction")}
        return len(analysed | dups) + len(records[names.deadletter]) >= total

    topics = [names.analysed, names.duplicates, names.deadletter]
    seen = asyncio.run(_read_topics(deployment.bootstrap, topics, accounted, 300.0))
    # corrections, moved sources and alert versions settle after the last verdict
    dups = deployment.read_quiet(names.duplicates, quiet=6.0, timeout=120)
    alerts = deployment.read_quiet(names.alerts, quiet=6.0, timeout=120)
    again = len([r for r in seen[names.analysed] if r.get("type") == "analysis"])
    groups = load_groups()
    analyses = {
        r["analysis"]["article"]["id"]: from_dict(ArticleAnalysis, r["analysis"])
        for r in seen[names.analysed]
        if r.get("type") == "analysis"
    }
    duplicates = {d["article_id"]: d["duplicate_of"] for d in dups if not d.get("correction")}
    duplicates.update({d["article_id"]: d["duplicate_of"] for d in dups if d.get("correction")})
    processed = set(analyses) - set(duplicates)
    print(f"\n{workers} worker(s): {again - len(analyses)} analysis record(s) delivered again")
    return Answers(
        duplicates=duplicates,
        processed=processed,
        conflicts={i: article_conflict(analyses[i], groups) is not None for i in processed},
        alerts=final_alerts(alerts),
    )


def compare(
    deployment: Deployment,
    lines: list[bytes],
    workers: int,
    *,
    replay_options: tuple[str, ...] | None = None,
) -> dict[str, int]:
    """``replay_options``: the stream gets the feed from ``wirewatch replay`` with these
    (``None``: the lines are produced straight to the topic, no header)."""
    feed = deployment.tmp / "feed.jsonl"
    feed.write_bytes(b"\n".join(lines) + b"\n")
    embedded = run_embedded(deployment, feed)
    replayed = feed if replay_options is not None else None
    stream = run_stream(deployment, lines, workers, replayed, replay_options or ())
    diff = embedded.differences(stream)
    print(f"\n{len(lines)} lines, {workers} worker(s): differences {diff}")
    if any(diff.values()):
        print(embedded.detail(stream))
    return diff


@pytest.mark.timeout(900)
@pytest.mark.parametrize("workers", [1, 2])
def test_stream_and_run_agree_on_a_cut_copy_burst(deployment: Deployment, workers: int) -> None:
    burst = cut_copy_burst()
    lines = readable(SAMPLE.read_bytes().splitlines()) + burst
    diff = compare(deployment, lines, workers)
    assert diff["duplicate pairs"] == 0 and diff["processed"] == 0, diff
    assert diff["conflict flags"] == 0 and diff["alerts"] == 0, diff


def test_every_cut_copy_pairs_with_its_earlier_published_original(
    deployment: Deployment,
) -> None:
    lines = cut_copy_burst(n=12, seed=5)
    feed = deployment.tmp / "burst.jsonl"
    feed.write_bytes(b"\n".join(lines) + b"\n")
    embedded = run_embedded(deployment, feed)
    expected = {f"burst{i:02d}c": f"burst{i:02d}o" for i in range(12)}
    assert embedded.duplicates == expected
    stream = run_stream(deployment, lines, workers=1)
    assert stream.duplicates == expected


@pytest.mark.timeout(900)
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("variable", ["WIREWATCH_DEV_DATA", "WIREWATCH_DEV2_DATA"])
def test_stream_and_run_agree_on_the_labelled_sets(
    deployment: Deployment, variable: str, workers: int
) -> None:
    path = os.environ.get(variable)
    if not path or not Path(path).is_file():
        pytest.skip(f"{variable} (labelled articles) not given")
    lines = readable(Path(path).read_bytes().splitlines())
    diff = compare(deployment, lines, workers, replay_options=("--no-sort",))
    assert diff["duplicate pairs"] == 0 and diff["processed"] == 0, diff
    assert diff["conflict flags"] == 0, diff
    # the same final alerts (ids and the articles they rest on): both drivers close idle
    # events behind their newest claim and reopen one for a late claim, so arrival order
    # (file order in run, partition interleaving in the stream) does not change them
    assert diff["alerts"] == 0, diff
