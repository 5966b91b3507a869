"""Offset commits that never pass a record the worker has not finished.

A worker commits, per partition, the offset after the longest run of finished
(acknowledged) records that starts at its committed offset. faust-streaming 0.15.3 checks
that the run starts there with ``min(acked) - committed > 1``: one short. When the record
at the committed offset was never acknowledged (a record Faust skips across a rebalance,
by its generation check, is dropped without one) but the next ones were, it commits past
that record, and the record is never processed if the partition then moves to another
worker: at most once, not at least once. This consumer holds the commit instead, until
the missing record is processed (after a rebalance a fetch begun before the seek back
to the committed offset can deliver later records first) or the partition moves (the
next owner starts at the committed offset; records after it are processed twice, which
every step tolerates). An offset that never comes (a log that starts later, a
compacted topic) cannot hold commits for good: after :data:`HOLD_SECONDS` the commit
goes on as Faust would, with an error in the log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP

log = logging.getLogger(__name__)
HOLD_SECONDS = 30.0


class GaplessConsumer(Consumer):
    """Faust's aiokafka consumer whose commits never skip an unfinished record."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clock: Callable[[], float] = time.monotonic
        self._held: dict[TP, tuple[int, float]] = {}  # partition -> (offset, since)

    def _new_offset(self, tp: TP) -> int | None:
        missing = self._first_unfinished(tp)
        if missing is None:
            self._held.pop(tp, None)
            return super()._new_offset(tp)
        offset, since = self._held.get(tp, (None, None))
        now = self.clock()
        if offset != missing or since is None:
            self._held[tp] = (missing, now)
            log.warning("wirewatch: holding the commit of %s at %d: the record there is not "
                        "finished, later ones are", tp, missing)
            return None
        if now - since < HOLD_SECONDS:
            return None
        log.error("wirewatch: record %d of %s did not come in %.0f s; committing past it",
                  missing, tp, HOLD_SECONDS)
        return super()._new_offset(tp)

    def _first_unfinished(self, tp: TP) -> int | None:
        """The first offset between the committed one and the first acknowledged one that
        is neither acknowledged nor a known gap in the log (None: no such offset)."""
        committed = self._committed_offset[tp]
        acked = self._acked[tp]
        if committed is None or not acked:
            return None
        gaps = self._gap[tp]
        return next((o for o in range(committed, min(acked)) if not gaps.overlaps(o)), None)
