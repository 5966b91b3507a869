"""Table writes held back until a step's output is delivered.

A step that writes a table and sends records is not atomic: Faust sends the table's
changelog record and the step's output records separately, and a worker killed between
the two can leave the write in the changelog and the output lost. The record is then
delivered again to the partition's next owner, whose table (recovered from the
changelog) already holds its effect, so the step does nothing the second time and the
output never goes out. The kill -9 test showed it: every article accounted for, one of
18 alerts never sent (still missing 195 s later), its event's partition owned by the
worker that was killed.

So the event stage writes through :class:`Staged`: the step reads its own writes, the
writes reach the table only once the step's output is delivered (the producer flushed),
and in the order the step made them. A worker that dies before that leaves the table as
it was, and the record delivered again does the work again: the same output (a repeated
alert version has the same contents), then the write.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

_GONE = object()


class Staged(MutableMapping[str, Any]):
    """``table`` as a step sees it, with the step's writes held until :meth:`apply`."""

    def __init__(self, table: MutableMapping[str, Any]) -> None:
        self._table = table
        self._now: dict[str, Any] = {}  # key -> value written, or _GONE: deleted
        self._log: list[tuple[str, Any]] = []  # every write in the order made

    def __getitem__(self, key: str) -> Any:
        if key not in self._now:
            return self._table[key]
        value = self._now[key]
        if value is _GONE:
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._now[key] = value
        self._log.append((key, value))

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self._now[key] = _GONE
        self._log.append((key, _GONE))

    def __contains__(self, key: object) -> bool:
        if key in self._now:
            return self._now[key] is not _GONE
        return key in self._table

    def __iter__(self) -> Iterator[str]:
        seen = set(self._now)
        yield from (k for k in list(self._table.keys()) if k not in seen)
        yield from (k for k, v in list(self._now.items()) if v is not _GONE)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    @property
    def pending(self) -> int:
        """Writes not yet applied."""
        return len(self._log)

    def apply(self) -> None:
        """Make the held writes on the table, in the order the step made them."""
        log, self._log, self._now = self._log, [], {}
        for key, value in log:
            if value is _GONE:
                self._table.pop(key, None)
            else:
                self._table[key] = value
