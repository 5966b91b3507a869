"""Offset commits that never pass a record the worker has not finished.

Faust commits, per partition, the offset after the first run of acknowledged records.
faust-streaming 0.15.3 (``faust/transport/consumer.py``, ``Consumer._new_offset``, line
1140) only withholds the commit when that run starts with ``min(acked) - committed > 1``.
The committed offset is Kafka's "next record to read", so the check is one short: with
committed 10 and acknowledged [11, 12] it commits 13, past record 10, which was never
finished. If the worker then dies, nobody processes record 10: at most once, not at least
once. Reported upstream as faust-streaming/faust#606 (open; the fix proposed in #707 caps
the commit below in-flight messages only). The slack exists for compacted topics (#378),
where an offset can be missing from the log; wirewatch's agents read no compacted topic
and write no transactions, so every offset of the topics they read is a record.

Record 10 is either still in flight (a slow article) or was dropped: a record that
reached a stream in the generation before a rebalance is skipped without an ack, and
a fetch begun before the rebalance's seek back to the committed offset can deliver the
later records first, after which Faust drops the re-read record 10 as already read. A
worker was seen processing records 47, 49, 50 and 51 of a partition and never 48.

So :class:`GaplessConsumer` holds the commit at the first record between the committed
offset and the first acknowledged one, and never commits past it. A held record that is
not in flight is read again from the broker at most every :data:`REREAD_SECONDS` (the
records after it are then processed twice, which every step tolerates) until it is
finished or the partition moves (its next owner starts at the committed offset).

"In flight" counts a record handed to the streams in this generation and not yet
acknowledged, also while it waits in an agent's queue: Faust tracks a record only once a
stream takes it from there. After a failover the backlog waits there longer than the
interval, and each reread handed the held record and every unfinished one after it to the
queue again (one analysis was seen read 10 times in 8 s). So a record fetched again is
handed on only if it is neither finished nor in flight (re-extracting finished ones cost a
kill -9 test run half a minute).

While a record is read again, the partition's read position stays at it
(:class:`ReadOffsets`): records of a batch fetched before the seek would otherwise move
the position past it again.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP

log = logging.getLogger(__name__)
REREAD_SECONDS = 5.0


class ReadOffsets(defaultdict[TP, int | None]):
    """Faust's read position per partition (the last record handed to the streams; Faust
    drops a fetched record behind it as already read), held at a record being read again
    until that record comes."""

    def __init__(self) -> None:
        super().__init__(lambda: None)
        self.rereading: dict[TP, int] = {}

    def __setitem__(self, tp: TP, offset: int | None) -> None:
        target = self.rereading.get(tp)
        if target is not None and offset is not None:
            if offset > target:  # a record fetched before the seek: keep the position
                return
            del self.rereading[tp]  # the record read again came (or an earlier seek)
        super().__setitem__(tp, offset)

    def pop(self, tp: TP, *default: Any) -> Any:  # Faust pops a revoked partition
        self.rereading.pop(tp, None)
        return super().pop(tp, *default)


class GaplessConsumer(Consumer):
    """Faust's aiokafka consumer whose commits never pass an unfinished record."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clock: Callable[[], float] = time.monotonic
        self._held: dict[TP, tuple[int, float]] = {}  # partition -> (record, since)
        self._read_offset = self._reads = ReadOffsets()
        # partition -> offset -> the record handed to the streams (gone once dropped)
        self._handed: defaultdict[TP, weakref.WeakValueDictionary[int, Any]] = defaultdict(
            weakref.WeakValueDictionary)
        self.callback = self._unless_finished(self.callback)
        # partition -> its first offset, for partitions the group never committed on
        self._starts: dict[TP, int] = {}

    async def perform_seek(self) -> None:
        """Faust's seek to the committed offsets, and for a partition the group never
        committed on (or committed 0), a seek to its first record. aiokafka seeks only
        to a committed offset above 0 and Faust then takes the partition as having no
        committed offset: records fetched while the flow was stopped (recovery) and
        skipped by the streams were not read again, and Faust's own rule committed past
        them once later ones were finished. Seen after kill -9: articles on
        ``wire.unique`` never analysed, the topic's offsets committed to its end."""
        await super().perform_seek()
        fresh = [tp for tp in self.assignment() if self._committed_offset[tp] is None
                 and self.app.topics.acks_enabled_for(tp.topic)]
        self._starts = dict(await self.earliest_offsets(*fresh)) if fresh else {}
        for tp, offset in self._starts.items():
            await self.seek(tp, offset)

    def _new_offset(self, tp: TP) -> int | None:
        missing = self.first_unfinished(tp)
        if missing is None:
            self._held.pop(tp, None)
            return super()._new_offset(tp)
        now = self.clock()
        held, since = self._held.get(tp, (None, now))
        if held != missing:
            self._held[tp] = (missing, now)
            log.warning("wirewatch: holding the commit of %s at %d: that record is not "
                        "finished, later ones are", tp, missing)
        elif now - since >= REREAD_SECONDS and not self._in_flight(tp, missing):
            self._held[tp] = (missing, now)
            log.warning("wirewatch: reading %s again from %d (the record never came)",
                        tp, missing)
            self.reread(tp, missing)
        return None

    def _unless_finished(self, deliver: Callable[[Any], Any]) -> Callable[[Any], Any]:
        """Faust's fetch loop hands each fetched record to ``deliver``; a record finished
        and not yet committed, or one still in flight, is there again only because its
        partition is read again."""

        async def on_message(message: Any) -> Any:
            tp, offset = message.tp, message.offset
            if offset in self._acked_index.get(tp, ()):
                return None
            if self.app.topics.acks_enabled_for(message.topic):  # not a table changelog
                if self._handed_on(tp, offset):
                    return None
                self._handed[tp][offset] = message
            return await deliver(message)

        return on_message

    def first_unfinished(self, tp: TP) -> int | None:
        """The first offset from the committed one up to the first acknowledged one that
        is neither acknowledged nor a gap Faust saw in the log (None: no such offset;
        nothing committed and no first offset known: Faust's own rule)."""
        committed = self._committed_offset[tp]
        if committed is None:  # nothing committed: the partition starts at its first record
            committed = self._starts.get(tp)
        acked = self._acked[tp]
        if committed is None or not acked:
            return None
        gaps = self._gap[tp]
        return next((o for o in range(committed, min(acked)) if not gaps.overlaps(o)), None)

    def _in_flight(self, tp: TP, offset: int) -> bool:
        return self._handed_on(tp, offset) or any(
            m.tp == tp and m.offset == offset and not m.acked
            for m in list(self._unacked_messages))

    def _handed_on(self, tp: TP, offset: int) -> bool:
        """Handed to the streams in this generation and not acknowledged: in an agent's
        queue or being processed. A record a stream skipped (handed before a rebalance) or
        dropped is not: nothing holds it any more."""
        handed = self._handed[tp].get(offset)
        return handed is not None and not handed.acked and (
            getattr(handed, "generation_id", None) == self.app.consumer_generation_id)

    def reread(self, tp: TP, offset: int) -> None:
        """Fetch ``tp`` again from ``offset`` (called from the commit, on the event loop)."""
        task = asyncio.get_running_loop().create_task(self._reread(tp, offset))
        task.add_done_callback(_log_failure)

    async def _reread(self, tp: TP, offset: int) -> None:
        await self.seek(tp, offset)  # sets the read position to ``offset``; then, at once:
        self._reads.rereading[tp] = offset


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:  # e.g. the partition moved
        log.warning("wirewatch: reading again failed: %r", task.exception())
