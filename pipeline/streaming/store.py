"""Table storage in memory that knows how far each changelog partition it holds is read.

Faust's in-memory store reports no persisted offset, so after every rebalance a worker
replays the changelog of every partition it keeps from where its previous recovery
stopped: everything it wrote itself since then. Under load that was most of a failover
(``benchmarks/bench_failover.py --real --feed FILE``: the survivor read 14.5k changelog
records where 6.1k were new to it). This store reports, per changelog partition, the
offset up to which it holds *every* record, so recovery reads only what it lacks.

"Every" is the point. An offset is known when recovery read it (up to the highwater it
read to), or when this worker's own change was written there and every offset before it
is known. Another worker can write to a partition this one holds: the previous owner
finishing a record after the rebalance took the partition away from it (Faust does not
wait for in-flight records, ``stream_wait_empty=False``). Such a write leaves a hole in
this worker's own offsets, and the reported offset stops before the hole, so the next
recovery reads it. An earlier version reported its latest own write and skipped such
writes for good (kill -9 runs lost articles; reverted). A partition that leaves the
worker is forgotten, and its own late writes to it are ignored: if it comes back, it is
replayed from the start, as with Faust's store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from faust.stores import STORES
from faust.stores.memory import Store
from faust.types import TP, EventT

SCHEME = "wirewatch-memory"
URL = f"{SCHEME}://"


class MemoryStore(Store[Any, Any]):
    """Faust's in-memory table store plus, per changelog partition, the offset up to
    which it holds every record."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._known: dict[TP, int] = {}  # every record up to this offset is applied
        self._own: dict[TP, set[int]] = {}  # own writes beyond a hole

    def persisted_offset(self, tp: TP) -> int | None:
        return self._known.get(tp)

    def set_persisted_offset(self, tp: TP, offset: int) -> None:
        """Called by the table once its own change to ``tp`` is in the changelog."""
        if tp in self._known and offset > self._known[tp]:
            self._own.setdefault(tp, set()).add(offset)
            self._advance(tp, self._known[tp])

    def apply_changelog_batch(
        self,
        batch: Iterable[EventT[Any]],
        to_key: Callable[[Any], Any],
        to_value: Callable[[Any], Any],
    ) -> None:
        events = list(batch)
        super().apply_changelog_batch(events, to_key, to_value)
        for event in events:  # read in order by recovery: nothing before it is missing
            tp = event.message.tp
            self._advance(tp, max(self._known.get(tp, -1), event.message.offset))

    async def on_rebalance(
        self,
        assigned: set[TP],
        revoked: set[TP],
        newly_assigned: set[TP],
        generation_id: int = 0,
    ) -> None:
        await super().on_rebalance(assigned, revoked, newly_assigned, generation_id)
        gone = {tp.partition for tp in revoked}  # revocations name source partitions
        self._forget(lambda tp: tp.partition in gone)

    async def on_recovery_completed(self, active_tps: set[TP], standby_tps: set[TP]) -> None:
        await super().on_recovery_completed(active_tps, standby_tps)
        self._forget(lambda tp: tp not in active_tps)
        tables: Any = self.app.tables
        highwaters = tables.recovery.active_highwaters  # the last offset read up to
        for tp in active_tps:
            if tp.topic == self.table.changelog_topic.get_topic_name():
                read = highwaters.get(tp)  # -1: the changelog was empty
                if read is not None:
                    self._advance(tp, max(self._known.get(tp, -1), read))

    def _advance(self, tp: TP, known: int) -> None:
        own = self._own.get(tp, set())
        while known + 1 in own:
            known += 1
        self._known[tp] = known
        self._own[tp] = {o for o in own if o > known}

    def _forget(self, gone: Callable[[TP], bool]) -> None:
        for tp in [tp for tp in self._known if gone(tp)]:
            del self._known[tp]
            self._own.pop(tp, None)


STORES.aliases.setdefault(SCHEME, f"{__name__}:MemoryStore")
