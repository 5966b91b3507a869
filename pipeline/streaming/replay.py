"""``wirewatch replay FEED``: produce an archived feed into ``wire.articles`` in event-time order.

The feed is read by the same readers as ``wirewatch run`` (:mod:`pipeline.feed`: JSON
lines, JSON and ninjs documents, RSS/Atom, gzip, folders) and ordered as
:mod:`pipeline.streaming.archive` says. Each line carries the time it was placed at in a
``wirewatch-arrived`` header, and its replay run and position in a ``wirewatch-replay``
header (``<run id>:<position>``).

Bad lines are sent too, so the pipeline's dead-letter topic accounts for them; a line
longer than ``WIREWATCH_MAX_LINE_BYTES`` is never produced (the broker would refuse it
and stop the replay), nor is a file that could not be read: replay writes their
rejection, with the reason, to ``wire.deadletter`` itself and goes on. ``--speed X``
paces sends at X times real time by the gaps between published times; without it, as
fast as the broker takes them.

Resume (:mod:`pipeline.streaming.checkpoint`): every ``CHECKPOINT_EVERY`` lines or
``CHECKPOINT_SECONDS`` the producer is flushed and, once everything sent so far is
acknowledged, the position is saved. ``--resume`` rebuilds the same order, reads the
replay's topics from the saved offsets to their ends, skips every line a record there
already carries (this run id, that position) and sends the rest. So a line is sent
twice only if its record is no longer readable when the replay resumes (deleted by
retention or with the topic) or if a request of the dead process reaches the broker
after the resume has read the topics' ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from pipeline.domain.clock import FeedClock
from pipeline.domain.models import Rejection
from pipeline.domain.results import deadletter_record
from pipeline.domain.validate import ValidationLimits, oversize_rejection, parse_published
from pipeline.feed import FeedLine
from pipeline.settings import Settings
from pipeline.streaming.admin import ensure_topics
from pipeline.streaming.archive import Archive, Placed, SortedArchive, StreamedArchive
from pipeline.streaming.checkpoint import (
    Checkpoint,
    CheckpointError,
    Offsets,
    default_path,
    fingerprint,
)
from pipeline.streaming.topics import TopicNames

MAX_PAUSE_SECONDS = 60.0
ARRIVED_HEADER = "wirewatch-arrived"
REPLAY_HEADER = "wirewatch-replay"
CHECKPOINT_EVERY = 1000  # lines between checkpoints (each one a flush)
CHECKPOINT_SECONDS = 2.0
SCAN_TIMEOUT_SECONDS = 120.0
PROGRESS_FORMAT = "{percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} sent, {rate_fmt}, ETA {remaining}"


def arrived_at(headers: Mapping[str, bytes] | None) -> datetime | None:
    """The arrival time replay put in a record's headers (``None``: absent or unreadable)."""
    value = (headers or {}).get(ARRIVED_HEADER)
    try:
        return parse_published(value.decode()) if isinstance(value, bytes) else None
    except (UnicodeDecodeError, ValueError):
        return None


def replay_mark(headers: Sequence[tuple[str, bytes]] | None) -> tuple[str, int] | None:
    """The (run id, position) a replayed record carries, if any."""
    for name, value in headers or ():
        if name == REPLAY_HEADER:
            run_id, _, position = value.decode(errors="replace").rpartition(":")
            with contextlib.suppress(ValueError):
                return run_id, int(position)
    return None


class Producer(Protocol):
    """What replay needs of a Kafka producer (AIOKafkaProducer's own signatures)."""

    async def send(
        self,
        topic: str,
        value: bytes | None = None,
        key: bytes | None = None,
        partition: int | None = None,
        timestamp_ms: int | None = None,
        headers: list[tuple[str, bytes]] | None = None,
    ) -> Any: ...

    async def flush(self) -> None: ...


class Ledger(Protocol):
    """Reading back what the replay's topics hold."""

    async def end_offsets(self, topics: Sequence[str]) -> Offsets: ...

    async def delivered(self, topics: Sequence[str], since: Offsets, run_id: str) -> dict[int, str]:
        """Position -> topic of every record of run ``run_id`` on ``topics`` after
        ``since`` (a partition missing from ``since``: from its start)."""
        ...


def _rejection_value(rejection: Rejection, line: FeedLine) -> bytes:
    return orjson.dumps({**deadletter_record(rejection), "where": line.where})


def _failure(future: Any) -> BaseException | None:
    if isinstance(future, BaseException):
        return future
    if not future.done():
        return RuntimeError("not acknowledged by the broker after flush")
    if future.cancelled():
        return RuntimeError("send cancelled")
    error: BaseException | None = future.exception()
    return error


@dataclass
class Replayer:
    """Sends an archive from the checkpoint's position, saving the checkpoint as it goes."""

    producer: Producer
    names: TopicNames
    limits: ValidationLimits
    checkpoint: Checkpoint
    path: Path | None = None  # where the checkpoint is saved (None: not saved)
    speed: float | None = None
    every: int = CHECKPOINT_EVERY
    every_seconds: float = CHECKPOINT_SECONDS
    skipped: int = 0  # lines the interrupted run had already put on the topics
    # set by Ctrl-C (:func:`_replay`): the run stops before its next line even where a
    # library swallowed the task's cancellation on the way (seen: a SIGINT'd paced replay
    # that went on to the end of its feed)
    stop_requested: bool = False
    _stamp: int = 0
    _in_flight: list[tuple[int, Placed, Any]] = field(default_factory=list)

    async def run(self, archive: Archive, skip: Mapping[int, str], bar: Any) -> None:
        mark = self.checkpoint
        previous: datetime | None = None
        saved = time.monotonic()
        try:
            for position, item in enumerate(archive.items(mark.position), start=mark.position):
                if self.stop_requested:
                    raise asyncio.CancelledError("replay interrupted")
                bar.update(1)
                if position in skip:  # on the topic already, from the interrupted run
                    self._count(skip[position] == self.names.deadletter)
                    self.skipped += 1
                    continue
                when = item.when if item.dated else None
                if self.speed and when is not None and previous is not None and when > previous:
                    gap = (when - previous).total_seconds() / self.speed
                    await asyncio.sleep(min(gap, MAX_PAUSE_SECONDS))
                    if self.stop_requested:
                        raise asyncio.CancelledError("replay interrupted")
                previous = when or previous
                self._in_flight.append((position, item, await self._send(position, item)))
                if (
                    len(self._in_flight) >= self.every
                    or time.monotonic() - saved >= self.every_seconds
                ):
                    await self._settle(position + 1)
                    saved = time.monotonic()
            await self._settle(mark.total)
            if self.path is not None:  # finished: nothing to resume
                self.path.unlink(missing_ok=True)
        except BaseException:
            # Interrupted (Ctrl-C, a broker error): keep what the broker has acknowledged.
            if self._in_flight:
                with contextlib.suppress(Exception):
                    await self._settle(self._in_flight[-1][0] + 1)
            raise

    def _count(self, dead: bool) -> None:
        self.checkpoint.sent += not dead
        self.checkpoint.dead += dead

    def _headers(self, position: int, item: Placed | None) -> list[tuple[str, bytes]]:
        headers = [(REPLAY_HEADER, f"{self.checkpoint.run_id}:{position}".encode())]
        if item is not None and item.when is not None:
            headers.append((ARRIVED_HEADER, item.when.isoformat().encode()))
        return headers

    async def _send(self, position: int, item: Placed) -> Any:
        line = item.line
        rejection: Rejection | None = None
        if line.error is not None:
            rejection = Rejection(id=None, reason=line.error, raw="")
        elif item.oversize:
            rejection = oversize_rejection(line.data, self.limits)
        if rejection is not None:
            self._count(dead=True)
            return await self._reject(position, rejection, line)
        self._count(dead=False)
        # Strictly increasing record timestamps: the pipeline orders copies that their
        # dates cannot by them, so lines never tie in one millisecond.
        self._stamp = max(int(time.time() * 1000), self._stamp + 1)
        try:
            return await self.producer.send(
                self.names.articles,
                value=line.data,
                key=item.key,
                headers=self._headers(position, item),
                timestamp_ms=self._stamp,
            )
        except KafkaError as exc:  # refused before sending (e.g. over max_request_size)
            return exc

    async def _reject(self, position: int, rejection: Rejection, line: FeedLine) -> Any:
        return await self.producer.send(
            self.names.deadletter,
            value=_rejection_value(rejection, line),
            headers=self._headers(position, None),
        )

    async def _settle(self, position: int) -> None:
        """Wait for the broker to acknowledge everything sent, then save ``position``."""
        await self.producer.flush()
        acked: Offsets = {}
        refused: list[tuple[int, Placed, Any]] = []
        for number, item, future in self._in_flight:
            error = _failure(future)
            if error is None:
                _note(acked, future.result())
                continue
            # A line the broker refused (e.g. a smaller message.max.bytes than ours):
            # record it on the dead-letter topic with the broker's reason.
            reason = f"the broker refused the line: {type(error).__name__}: {error}"
            rejection = Rejection(id=None, reason=reason, raw=item.line.raw[:2000])
            refused.append((number, item, await self._reject(number, rejection, item.line)))
            self.checkpoint.sent -= 1
            self.checkpoint.dead += 1
        if refused:
            await self.producer.flush()
            for _, _, future in refused:
                error = _failure(future)
                if error is not None:
                    raise RuntimeError(f"the dead-letter topic refused a record: {error}")
                _note(acked, future.result())
        self._in_flight = []
        self.checkpoint.advance(position, acked)
        self.save()

    def save(self) -> None:
        if self.path is not None:
            self.checkpoint.save(self.path)


def _note(acked: Offsets, metadata: Any) -> None:
    partitions = acked.setdefault(metadata.topic, {})
    partitions[metadata.partition] = max(partitions.get(metadata.partition, 0), metadata.offset + 1)


class KafkaLedger:
    """The replay's topics read back with a plain consumer (no group, nothing committed)."""

    def __init__(self, bootstrap: str, timeout: float = SCAN_TIMEOUT_SECONDS) -> None:
        self._bootstrap = bootstrap
        self._timeout = timeout

    async def _consumer(self, topics: Sequence[str]) -> tuple[AIOKafkaConsumer, list[Any]]:
        admin = AIOKafkaAdminClient(bootstrap_servers=self._bootstrap)
        await admin.start()
        try:
            described = await admin.describe_topics(list(topics))
        finally:
            await admin.close()
        parts = [
            TopicPartition(topic["topic"], partition["partition"])
            for topic in described
            for partition in topic["partitions"]
        ]
        if {tp.topic for tp in parts} != set(topics):
            raise CheckpointError(f"cannot list the partitions of {', '.join(topics)}")
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        await consumer.start()
        return consumer, parts

    async def end_offsets(self, topics: Sequence[str]) -> Offsets:
        consumer, parts = await self._consumer(topics)
        try:
            ends = await consumer.end_offsets(parts)
        finally:
            await consumer.stop()
        offsets: Offsets = {}
        for tp, end in ends.items():
            offsets.setdefault(tp.topic, {})[tp.partition] = end
        return offsets

    async def delivered(self, topics: Sequence[str], since: Offsets, run_id: str) -> dict[int, str]:
        consumer, parts = await self._consumer(topics)
        found: dict[int, str] = {}
        try:
            consumer.assign(parts)
            ends = await consumer.end_offsets(parts)
            for tp in parts:
                consumer.seek(tp, since.get(tp.topic, {}).get(tp.partition, 0))
            deadline = time.monotonic() + self._timeout
            remaining = {tp for tp in parts if await consumer.position(tp) < ends[tp]}
            while remaining:
                if time.monotonic() > deadline:
                    raise CheckpointError(
                        f"could not read the topics back within {self._timeout:.0f}s"
                    )
                batch = await consumer.getmany(*remaining, timeout_ms=1000)
                for tp, messages in batch.items():
                    for message in messages:
                        mark = replay_mark(message.headers)
                        if mark is not None and mark[0] == run_id:
                            found[mark[1]] = tp.topic
                for tp in list(remaining):
                    if await consumer.position(tp) >= ends[tp]:
                        remaining.discard(tp)
        finally:
            await consumer.stop()
        return found


def replay_feed(
    settings: Settings,
    feed: str | Path,
    *,
    speed: float | None = None,
    progress: bool = True,
    resume: bool = False,
    restart: bool = False,
    sort: bool = True,
    checkpoint: str | Path | None = None,
) -> int:
    if speed is not None and speed <= 0:
        raise ValueError(f"--speed must be positive, got {speed}")
    names = TopicNames(settings.topic_prefix)
    topics = [names.articles, names.deadletter]
    path = (
        Path(checkpoint)
        if checkpoint
        else default_path(settings.data_dir, feed, settings.bootstrap_servers, names.articles)
    )
    mark = _starting_point(path, feed, topics, resume=resume, restart=restart)
    sort = mark.sort if mark is not None else sort
    bound = (
        datetime.fromisoformat(mark.bound)
        if mark is not None
        else FeedClock(allowance=settings.clock_allowance).bound()
    )
    archive_type = SortedArchive if sort else StreamedArchive
    archive = archive_type(feed, settings.validation_limits, bound)
    try:
        if mark is None:
            mark = Checkpoint(
                feed=str(Path(feed).resolve()),
                files=fingerprint(feed),
                topics=topics,
                sort=sort,
                bound=bound.isoformat(),
                total=archive.total,
            )
        elif mark.total != archive.total:
            raise CheckpointError(f"the feed now has {archive.total} lines, not {mark.total}")
        skipped = asyncio.run(
            _replay(settings, archive, mark, path, speed, progress, resumed=resume)
        )
    except (KeyboardInterrupt, asyncio.CancelledError):
        again = f"wirewatch replay {feed} --resume" + (
            f" --checkpoint {path}" if checkpoint else ""
        )
        print(
            f"wirewatch: replay interrupted at {mark.position if mark else 0} of "
            f"{archive.total}; `{again}` continues it",
            file=sys.stderr,
        )
        return 130
    finally:
        archive.close()
    if resume:
        print(
            f"wirewatch: resumed; {skipped} line(s) the interrupted run had already "
            "put on the topics were not sent again",
            file=sys.stderr,
        )
    print(
        f"wirewatch: replayed {mark.sent} lines into {names.articles} in "
        f"{'event-time' if sort else 'file'} order; {mark.dead} line(s) not sent, "
        f"rejected to {names.deadletter}",
        file=sys.stderr,
    )
    return 0


def _starting_point(
    path: Path, feed: str | Path, topics: list[str], *, resume: bool, restart: bool
) -> Checkpoint | None:
    """The checkpoint to resume from, or ``None`` to start from the beginning."""
    existing = Checkpoint.load(path) if path.exists() else None
    if resume:
        if existing is None:
            raise CheckpointError(
                f"nothing to resume: no checkpoint at {path} (a finished replay removes it)"
            )
        existing.check_feed(feed, topics)
        return existing
    if existing is not None and not restart:
        raise CheckpointError(
            f"an interrupted replay of this feed left a checkpoint at {path} "
            f"({existing.position} of {existing.total} lines acknowledged): --resume "
            "continues it, --restart sends everything again"
        )
    return None


async def _replay(
    settings: Settings,
    archive: Archive,
    mark: Checkpoint,
    path: Path,
    speed: float | None,
    progress: bool,
    *,
    resumed: bool,
) -> int:
    from tqdm import tqdm

    await ensure_topics(settings)
    limits = settings.validation_limits
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks="all",
        enable_idempotence=True,
        max_request_size=max(1_048_576, limits.max_line_bytes + 65_536),
    )
    await producer.start()
    replayer = Replayer(producer, TopicNames(settings.topic_prefix), limits, mark, path, speed)
    loop, main = asyncio.get_running_loop(), asyncio.current_task()

    def interrupt() -> None:  # Ctrl-C: cancel, and stop at the next line whatever happens
        replayer.stop_requested = True
        if main is not None:
            main.cancel()

    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
        loop.add_signal_handler(signal.SIGINT, interrupt)  # (main thread, POSIX only)
    try:
        with tqdm(
            total=archive.total,
            initial=mark.position,
            unit="article",
            disable=not progress,
            file=sys.stderr,
            bar_format=PROGRESS_FORMAT,
        ) as bar:
            ledger = KafkaLedger(settings.bootstrap_servers)
            await send_archive(replayer, ledger, archive, bar, resumed=resumed)
    finally:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.remove_signal_handler(signal.SIGINT)
        await producer.stop()
    return replayer.skipped


async def send_archive(
    replayer: Replayer, ledger: Ledger, archive: Archive, bar: Any, *, resumed: bool
) -> None:
    """Send ``archive`` from the replayer's checkpoint. A new replay first notes where
    the topics end (and saves that); a resumed one first reads what its interrupted run
    left on the topics after the checkpoint, and skips it."""
    mark = replayer.checkpoint
    skip: dict[int, str] = {}
    if resumed:
        skip = await ledger.delivered(mark.topics, mark.offsets, mark.run_id)
    else:
        mark.offsets = await ledger.end_offsets(mark.topics)
        replayer.save()
    await replayer.run(archive, skip, bar)
