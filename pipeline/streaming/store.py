"""Table storage in memory that knows how far each changelog partition it holds is applied.

Faust's in-memory store reports no persisted offset, so after every rebalance a worker
replays the changelog of every partition it keeps, from where its previous recovery
stopped: everything it wrote itself since then. Under load that was half of a failover
(``benchmarks/bench_failover.py --real --feed FILE``: 14 s of recovery, half of it the
survivor re-reading its own writes). This store remembers the last changelog offset it
wrote or applied per partition, as Faust's RocksDB store does on disk, so recovery reads
only what it does not have. It forgets a partition as soon as the partition leaves the
worker (revoked in a rebalance, or not active when recovery completes): a partition that
comes back is replayed from the start, as before.
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
    """Faust's in-memory table store plus the offset of each partition's latest change."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._applied: dict[TP, int] = {}

    def persisted_offset(self, tp: TP) -> int | None:
        return self._applied.get(tp)

    def set_persisted_offset(self, tp: TP, offset: int) -> None:
        """Called by the table once its own change to ``tp`` is written to the changelog."""
        if offset > self._applied.get(tp, -1):
            self._applied[tp] = offset

    def apply_changelog_batch(
        self,
        batch: Iterable[EventT[Any]],
        to_key: Callable[[Any], Any],
        to_value: Callable[[Any], Any],
    ) -> None:
        events = list(batch)
        super().apply_changelog_batch(events, to_key, to_value)
        for event in events:
            self.set_persisted_offset(event.message.tp, event.message.offset)

    async def on_rebalance(
        self,
        assigned: set[TP],
        revoked: set[TP],
        newly_assigned: set[TP],
        generation_id: int = 0,
    ) -> None:
        await super().on_rebalance(assigned, revoked, newly_assigned, generation_id)
        self._forget_partitions_except(
            {tp.partition for tp in self._applied} - {tp.partition for tp in revoked})

    async def on_recovery_completed(self, active_tps: set[TP], standby_tps: set[TP]) -> None:
        await super().on_recovery_completed(active_tps, standby_tps)
        self._forget_partitions_except({tp.partition for tp in active_tps})

    def _forget_partitions_except(self, kept: set[int]) -> None:
        for tp in [tp for tp in self._applied if tp.partition not in kept]:
            del self._applied[tp]


STORES.aliases.setdefault(SCHEME, f"{__name__}:MemoryStore")
