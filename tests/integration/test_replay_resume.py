"""``wirewatch replay`` killed mid-way and resumed on a real broker: every article once."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from pipeline.streaming.checkpoint import Checkpoint
from pipeline.streaming.replay import KafkaLedger
from tests.integration.conftest import REPO, Deployment, wait_for

pytestmark = pytest.mark.kafka

ARTICLES = 600


def write_feed(path: Path) -> set[str]:
    start = datetime(2024, 5, 1, tzinfo=UTC)
    lines = []
    for i in range(ARTICLES):
        record = {"id": f"r{i:04d}", "headline": f"Story {i}", "body": f"Body of story {i}."}
        if i % 10:  # every tenth undated: placed by arrival
            # one second apart, written in reverse: the replay has to sort them
            record["published"] = (start + timedelta(seconds=ARTICLES - i)).isoformat()
        lines.append(orjson.dumps(record))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return {f"r{i:04d}" for i in range(ARTICLES)}


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT])
def test_an_interrupted_replay_resumes_without_sending_any_article_twice(
    deployment: Deployment, tmp_path: Path, stop: signal.Signals
) -> None:
    feed, checkpoint = tmp_path / "feed.jsonl", tmp_path / "replay.json"
    articles = deployment.names.articles
    ids = write_feed(feed)
    command = [sys.executable, "-m", "pipeline.cli", "replay", str(feed), "-q"]
    command += ["--checkpoint", str(checkpoint)]
    # paced (10x real time: 100 ms an article, a minute for the feed) so that it is still
    # running when stopped, also on a loaded machine (at 50x a slow poll once let it finish)
    first = subprocess.Popen(
        [*command, "--speed", "10"], env=deployment.env(), cwd=REPO, stderr=subprocess.PIPE
    )

    def checkpointed_some() -> bool:
        try:
            return checkpoint.exists() and Checkpoint.load(checkpoint).position > 0
        except ValueError:  # a checkpoint is replaced atomically; never half-written
            return False

    def on_topic() -> int:
        ends = asyncio.run(KafkaLedger(deployment.bootstrap).end_offsets([articles]))
        return sum(ends[articles].values())

    wait_for(checkpointed_some, 60, "a first checkpoint past the start")
    # stop it with lines on the topic past the checkpoint, which resume must not repeat
    past = Checkpoint.load(checkpoint).position + 5
    wait_for(lambda: on_topic() > past, 30, "lines past the checkpoint")
    first.send_signal(stop)
    _, err = first.communicate(timeout=30)
    assert first.returncode != 0, err.decode()
    stopped_at = Checkpoint.load(checkpoint).position
    assert 0 < stopped_at < ARTICLES, err.decode()
    left_on_topic = on_topic()

    resumed = deployment.wirewatch("replay", str(feed), "--resume", "--checkpoint", str(checkpoint))
    assert resumed.returncode == 0, resumed.stderr
    assert not checkpoint.exists()
    # what the stopped run delivered past its checkpoint was read back and skipped
    assert f"resumed; {left_on_topic - stopped_at} line(s)" in resumed.stderr

    records = deployment.read_quiet(articles, quiet=3.0)
    counts = Counter(r["id"] for r in records)
    assert set(counts) == ids
    assert [i for i, n in counts.items() if n > 1] == []
