"""Which partition a key lives on, and a table view limited to one partition.

Kafka's default partitioner (Java client, aiokafka and Faust alike) puts a keyed record
on ``murmur2(key) & 0x7fffffff % partitions``. Tables here are keyed exactly like their
source topics, so the same formula says which partition owns a table key.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, MutableMapping
from functools import lru_cache
from typing import Any

from aiokafka.partitioner import murmur2


@lru_cache(maxsize=1 << 16)
def partition_of(key: str, partitions: int) -> int:
    """Cached: a sweep, and every digest tick, asks again for each key of a table, and
    aiokafka's murmur2 is pure Python (about 18 us a key, 0.3 us from the cache)."""
    return (murmur2(key.encode()) & 0x7FFFFFFF) % partitions


def keys_of(
    partition: int, partitions: int, route: Callable[[str], str] = str
) -> Callable[[str], bool]:
    """Says whether a table key is on ``partition``: the partition of ``route(key)``, the
    key its entry was made from (for a table whose keys are not the topic's)."""
    return lambda key: partition_of(route(key), partitions) == partition


class PartitionView(MutableMapping[str, Any]):
    """The keys of ``table`` that belong to one partition."""

    def __init__(self, table: MutableMapping[str, Any], partition: int, partitions: int) -> None:
        self._table = table
        self._partition = partition
        self._partitions = partitions

    def _mine(self, key: str) -> bool:
        return partition_of(key, self._partitions) == self._partition

    def __getitem__(self, key: str) -> Any:
        if not self._mine(key):
            raise KeyError(key)
        return self._table[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if not self._mine(key):
            raise KeyError(f"{key!r} is not on partition {self._partition}")
        self._table[key] = value

    def __delitem__(self, key: str) -> None:
        if not self._mine(key):
            raise KeyError(key)
        del self._table[key]

    def __iter__(self) -> Iterator[str]:
        return (key for key in list(self._table.keys()) if self._mine(key))

    def __len__(self) -> int:
        return sum(1 for _ in self)


class PartitionSweeper:
    """Says when a partition is due for a sweep (at most once per ``interval`` seconds)."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = interval
        self._clock = clock
        self._last: dict[int, float] = {}

    def due(self, partition: int) -> bool:
        now = self._clock()
        last = self._last.get(partition)
        if last is None:
            self._last[partition] = now
            return False
        if now - last >= self._interval:
            self._last[partition] = now
            return True
        return False
