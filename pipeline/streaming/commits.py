"""Offset commits that never pass a record the worker has not finished.

A worker commits, per partition, the offset after the longest run of finished
(acknowledged) records that starts at its committed offset. faust-streaming 0.15.3 checks
that the run starts there with ``min(acked) - committed > 1``: one short. When the record
at the committed offset was never acknowledged but the next ones were, it commits past
that record for good: at most once, not at least once. That happens: a worker that had
just taken a partition over in a rebalance processed records 47, 49, 50 and 51 of it and
never 48 (``benchmarks/bench_failover.py --real``, a dedup vote; the article had been
decided by the previous owner, so nothing was lost that time).

This consumer holds the commit at the missing record instead. If it has not come after
:data:`REREAD_AFTER_SECONDS` (a fetch begun before a rebalance's seek can deliver later
records first; those are not missing), the partition is read again from it: the records
after it are processed twice, which every step tolerates. An offset that never comes (a
log that starts later, a compacted topic) cannot hold commits for good: after
:data:`HOLD_SECONDS` the commit goes on as Faust's would, with an error in the log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP

log = logging.getLogger(__name__)
REREAD_AFTER_SECONDS = 5.0
HOLD_SECONDS = 30.0


class GaplessConsumer(Consumer):
    """Faust's aiokafka consumer whose commits never skip an unfinished record."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clock: Callable[[], float] = time.monotonic
        # partition -> (missing offset, since, read again)
        self._held: dict[TP, tuple[int, float, bool]] = {}

    def _new_offset(self, tp: TP) -> int | None:
        missing = self._first_unfinished(tp)
        if missing is None:
            self._held.pop(tp, None)
            return super()._new_offset(tp)
        now = self.clock()
        offset, since, reread = self._held.get(tp, (None, now, False))
        if offset != missing:
            self._held[tp] = (missing, now, False)
            log.warning("wirewatch: holding the commit of %s at %d: the record there is not "
                        "finished, later ones are", tp, missing)
            return None
        if now - since < HOLD_SECONDS:
            if not reread and now - since >= REREAD_AFTER_SECONDS:
                self._held[tp] = (missing, since, True)
                log.warning("wirewatch: reading %s again from %d", tp, missing)
                self.reread(tp, missing)
            return None
        log.error("wirewatch: record %d of %s did not come in %.0f s; committing past it",
                  missing, tp, HOLD_SECONDS)
        return super()._new_offset(tp)

    def reread(self, tp: TP, offset: int) -> None:
        """Fetch ``tp`` again from ``offset`` (called from the commit, on the event loop)."""
        asyncio.get_running_loop().create_task(self.seek(tp, offset))

    def _first_unfinished(self, tp: TP) -> int | None:
        """The first offset between the committed one and the first acknowledged one that
        is neither acknowledged nor a known gap in the log (None: no such offset)."""
        committed = self._committed_offset[tp]
        acked = self._acked[tp]
        if committed is None or not acked:
            return None
        gaps = self._gap[tp]
        return next((o for o in range(committed, min(acked)) if not gaps.overlaps(o)), None)
