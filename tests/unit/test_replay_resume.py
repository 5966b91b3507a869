"""Replay's checkpoint and resume, against a fake broker that can die mid-replay."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.domain.validate import ValidationLimits
from pipeline.streaming.archive import SortedArchive, StreamedArchive, in_event_order
from pipeline.streaming.checkpoint import Checkpoint, CheckpointError, Offsets, fingerprint
from pipeline.streaming.replay import (
    REPLAY_HEADER,
    Replayer,
    _starting_point,
    replay_mark,
    send_archive,
)
from pipeline.streaming.topics import TopicNames

NAMES = TopicNames("t")
TOPICS = [NAMES.articles, NAMES.deadletter]
LIMITS = ValidationLimits(max_line_bytes=400)
BOUND = datetime(2030, 1, 1, tzinfo=UTC)
PARTITIONS = 3


class Died(Exception):
    """The replay process is gone (a kill, a crash)."""


@dataclass
class Record:
    topic: str
    partition: int
    offset: int
    value: bytes
    headers: list[tuple[str, bytes]]


@dataclass
class Metadata:
    topic: str
    partition: int
    offset: int


@dataclass
class FakeBroker:
    log: dict[tuple[str, int], list[Record]] = field(default_factory=dict)
    sends: int = 0

    def append(self, topic: str, key: bytes | None, value: bytes, headers: Any) -> Metadata:
        partition = (sum(key) if key else self.sends) % PARTITIONS
        records = self.log.setdefault((topic, partition), [])
        records.append(Record(topic, partition, len(records), value, list(headers or [])))
        return Metadata(topic, partition, len(records) - 1)

    def records(self, topic: str) -> list[Record]:
        return [r for (t, _), records in sorted(self.log.items()) if t == topic for r in records]


class FakeProducer:
    """Sends reach the broker on ``flush`` (or, for half of them, when the process dies)."""

    def __init__(self, broker: FakeBroker, die_at: int | None = None) -> None:
        self.broker, self.die_at = broker, die_at
        self.pending: list[tuple[asyncio.Future[Any], tuple[Any, ...]]] = []
        self.dead = False

    async def send(
        self,
        topic: str,
        value: bytes | None = None,
        key: bytes | None = None,
        partition: int | None = None,
        timestamp_ms: int | None = None,
        headers: list[tuple[str, bytes]] | None = None,
    ) -> asyncio.Future[Any]:
        if self.dead:
            raise Died
        if self.die_at is not None and self.broker.sends >= self.die_at:
            # the broker got the first half of what was in flight; the rest is lost
            for _, args in self.pending[: len(self.pending) // 2]:
                self.broker.append(*args)
            self.dead = True
            raise Died
        self.broker.sends += 1
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending.append((future, (topic, key, value or b"", headers)))
        return future

    async def flush(self) -> None:
        if self.dead:  # a killed process flushes nothing
            raise Died
        for future, args in self.pending:
            future.set_result(self.broker.append(*args))
        self.pending = []


class FakeLedger:
    def __init__(self, broker: FakeBroker) -> None:
        self.broker = broker

    async def end_offsets(self, topics: Sequence[str]) -> Offsets:
        return {
            t: {p: len(self.broker.log.get((t, p), [])) for p in range(PARTITIONS)} for t in topics
        }

    async def delivered(self, topics: Sequence[str], since: Offsets, run_id: str) -> dict[int, str]:
        found: dict[int, str] = {}
        for (topic, partition), records in self.broker.log.items():
            if topic not in topics:
                continue
            for record in records[since.get(topic, {}).get(partition, 0) :]:
                mark = replay_mark(record.headers)
                if mark is not None and mark[0] == run_id:
                    found[mark[1]] = topic
        return found


class Bar:
    def update(self, n: int) -> None:
        return None


def write_feed(path: Path, n: int = 60) -> list[str]:
    """``n`` lines in no date order, some undated, one too long, one not JSON."""
    rng = random.Random(7)
    lines, ids = [], []
    for i in range(n):
        record: dict[str, Any] = {"id": f"a{i:03d}", "headline": f"Story {i}", "body": "Text."}
        if i % 7:
            record["published"] = f"2024-0{1 + rng.randrange(9)}-{10 + rng.randrange(18)}"
        if i == 13:
            record["body"] = "x" * 500  # over the line limit: rejected by replay itself
        lines.append(orjson.dumps(record).decode())
        ids.append(record["id"])
    lines.insert(20, "{not json")
    path.write_text("\n".join(lines) + "\n")
    return ids


def new_checkpoint(feed: Path, total: int) -> Checkpoint:
    return Checkpoint(
        feed=str(feed),
        files=fingerprint(feed),
        topics=TOPICS,
        sort=True,
        bound=BOUND.isoformat(),
        total=total,
    )


def replay(
    broker: FakeBroker,
    archive: SortedArchive,
    mark: Checkpoint,
    path: Path,
    die_at: int | None = None,
    *,
    resumed: bool = False,
) -> None:
    replayer = Replayer(FakeProducer(broker, die_at), NAMES, LIMITS, mark, path, every=8)
    asyncio.run(send_archive(replayer, FakeLedger(broker), archive, Bar(), resumed=resumed))


def positions(broker: FakeBroker) -> list[int]:
    marks = [replay_mark(r.headers) for t in TOPICS for r in broker.records(t)]
    return sorted(m[1] for m in marks if m is not None)


@pytest.mark.parametrize("die_at", [0, 1, 9, 30, 57, 60])
def test_a_replay_killed_at_article_k_and_resumed_sends_each_line_once(
    tmp_path: Path, die_at: int
) -> None:
    feed, path = tmp_path / "feed.jsonl", tmp_path / "cp.json"
    ids = write_feed(feed)
    archive = SortedArchive(feed, LIMITS, BOUND)
    broker = FakeBroker()
    with pytest.raises(Died):
        replay(broker, archive, new_checkpoint(feed, archive.total), path, die_at)
    saved = Checkpoint.load(path)
    assert saved.position <= die_at
    replay(broker, archive, saved, path, resumed=True)

    assert positions(broker) == list(range(archive.total))  # every line once, no more
    values = [r.value for r in broker.records(NAMES.articles)]
    assert values.count(b"{not json") == 1  # bad lines travel on for the worker to reject
    sent = [orjson.loads(v)["id"] for v in values if v != b"{not json"]
    dead = [orjson.loads(r.value) for r in broker.records(NAMES.deadletter)]
    assert sorted(sent) == sorted(set(ids) - {"a013"})
    assert len(dead) == 1 and "more than the limit" in dead[0]["reason"]
    assert not path.exists()  # finished: nothing left to resume


def test_without_reading_the_topics_back_a_resume_would_repeat_lines(tmp_path: Path) -> None:
    # The check above is not vacuous: the crash leaves lines on the topic past the
    # checkpoint, and only the read-back keeps them from being sent again.
    feed, path = tmp_path / "feed.jsonl", tmp_path / "cp.json"
    write_feed(feed)
    archive = SortedArchive(feed, LIMITS, BOUND)
    broker = FakeBroker()
    with pytest.raises(Died):
        replay(broker, archive, new_checkpoint(feed, archive.total), path, 30)
    saved = Checkpoint.load(path)
    skip = asyncio.run(FakeLedger(broker).delivered(TOPICS, saved.offsets, saved.run_id))
    assert skip and min(skip) >= saved.position
    replayer = Replayer(FakeProducer(broker), NAMES, LIMITS, saved, path, every=8)
    asyncio.run(replayer.run(archive, {}, Bar()))
    assert len(positions(broker)) > archive.total


def test_records_carry_the_run_and_position_and_the_arrival_time(tmp_path: Path) -> None:
    feed, path = tmp_path / "feed.jsonl", tmp_path / "cp.json"
    write_feed(feed, n=10)
    archive = SortedArchive(feed, LIMITS, BOUND)
    broker, mark = FakeBroker(), new_checkpoint(feed, archive.total)
    replay(broker, archive, mark, path)
    first = broker.records(NAMES.articles)[0]
    assert dict(first.headers)[REPLAY_HEADER].decode().startswith(mark.run_id + ":")
    assert "wirewatch-arrived" in dict(first.headers)


def test_the_sorted_archive_keeps_replays_event_order_and_the_streamed_one_file_order(
    tmp_path: Path,
) -> None:
    from pipeline.feed import read_feed

    feed = tmp_path / "feed.jsonl"
    write_feed(feed, n=30)
    expected = [p.line.data for p in in_event_order(list(read_feed(feed)), LIMITS)]
    archive = SortedArchive(feed, LIMITS, BOUND)
    assert [p.line.data for p in archive.items()] == expected
    assert [p.line.data for p in archive.items(12)] == expected[12:]
    assert expected != [line.data for line in read_feed(feed)]  # the feed is not in order
    streamed = StreamedArchive(feed, LIMITS, BOUND)
    assert [p.line.data for p in streamed.items(3)] == [x.data for x in read_feed(feed)][3:]
    assert streamed.total == archive.total == 31


def test_an_interrupted_replay_is_not_restarted_by_accident(tmp_path: Path) -> None:
    feed, path = tmp_path / "feed.jsonl", tmp_path / "cp.json"
    write_feed(feed, n=5)
    with pytest.raises(CheckpointError, match="nothing to resume"):
        _starting_point(path, feed, TOPICS, resume=True, restart=False)
    assert _starting_point(path, feed, TOPICS, resume=False, restart=False) is None
    new_checkpoint(feed, 6).save(path)
    with pytest.raises(CheckpointError, match="--resume continues it"):
        _starting_point(path, feed, TOPICS, resume=False, restart=False)
    assert _starting_point(path, feed, TOPICS, resume=False, restart=True) is None
    resumed = _starting_point(path, feed, TOPICS, resume=True, restart=False)
    assert resumed is not None and resumed.total == 6
    with pytest.raises(CheckpointError, match="topics"):
        _starting_point(path, feed, [NAMES.articles], resume=True, restart=False)
    feed.write_text(feed.read_text() + '{"id": "late", "body": "added"}\n')
    with pytest.raises(CheckpointError, match="changed since the checkpoint"):
        _starting_point(path, feed, TOPICS, resume=True, restart=False)


def test_a_checkpoint_survives_a_round_trip(tmp_path: Path) -> None:
    feed, path = tmp_path / "feed.jsonl", tmp_path / "sub" / "cp.json"
    write_feed(feed, n=3)
    mark = new_checkpoint(feed, 4)
    mark.advance(3, {NAMES.articles: {0: 5, 2: 1}})
    mark.advance(4, {NAMES.articles: {0: 4, 1: 2}})  # offsets only move forward
    mark.save(path)
    again = Checkpoint.load(path)
    assert again == mark
    assert again.offsets == {NAMES.articles: {0: 5, 1: 2, 2: 1}} and again.position == 4
    path.write_text("{")
    with pytest.raises(CheckpointError, match="cannot read checkpoint"):
        Checkpoint.load(path)


def test_a_stop_request_ends_the_replay_before_its_next_line(tmp_path: Path) -> None:
    # Ctrl-C sets the replayer's stop flag as well as cancelling: a cancellation that a
    # library swallows on the way (here: none is raised at all) must not let the replay
    # run on to the end of its feed
    feed, path = tmp_path / "feed.jsonl", tmp_path / "cp.json"
    write_feed(feed)
    archive = SortedArchive(feed, LIMITS, BOUND)
    broker = FakeBroker()

    class Interrupted(FakeProducer):
        async def send(self, *args: Any, **kwargs: Any) -> asyncio.Future[Any]:
            future = await super().send(*args, **kwargs)
            if self.broker.sends == 10:
                replayer.stop_requested = True
            return future

    replayer = Replayer(Interrupted(broker), NAMES, LIMITS, new_checkpoint(feed, archive.total),
                        path, every=8)
    with pytest.raises(asyncio.CancelledError):
        asyncio.run(send_archive(replayer, FakeLedger(broker), archive, Bar(), resumed=False))
    assert broker.sends == 10  # nothing after the request
    saved = Checkpoint.load(path)
    assert 0 < saved.position < archive.total  # what was acknowledged is kept
    replay(broker, archive, saved, path, resumed=True)
    assert positions(broker) == list(range(archive.total))  # and resumed once each
    # counter-example: with no request the same replay runs to its end
    other = FakeBroker()
    replay(other, SortedArchive(feed, LIMITS, BOUND), new_checkpoint(feed, archive.total),
           tmp_path / "cp2.json")
    assert positions(other) == list(range(archive.total))
