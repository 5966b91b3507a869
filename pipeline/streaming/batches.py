"""Batches that form while the parser is busy (the worker's extraction).

The first group goes to the parser at once (no wait on a quiet wire); groups that arrive
while every call slot is busy wait and go together in the next call, up to ``max_items``
items. So a burst is parsed in ``nlp.pipe`` batches, and a single article is never held
back for a batch to fill. With ``calls`` slots (one per parse process), that many calls
run at once; each takes the groups that have waited longest, so calls start in the order
their groups were submitted (results may come back in any order: each group's future
gets its own).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# a submitted group: its items, the future of their results, when it was submitted
_Group = tuple[list[Item], asyncio.Future[list[Result]], float]


class Batcher(Generic[Item, Result]):
    """``run(items)`` returns one result per item, in order. ``submit(group)`` returns a
    future of its group's results. At most ``calls`` calls run at once. A failed call of
    several groups is retried group by group (in its own slot), so a group that fails
    fails alone, and a call running beside it is not touched. ``waited`` (optional) is
    told, per group, the seconds it waited for its call to start."""

    def __init__(
        self, run: Callable[[list[Item]], Awaitable[list[Result]]], max_items: int,
        waited: Callable[[float], None] | None = None, calls: int = 1,
    ) -> None:
        self._run = run
        self._max = max(1, max_items)
        self._waited = waited
        self._slots = max(1, calls)
        self._waiting: deque[_Group[Item, Result]] = deque()
        self._running: set[asyncio.Task[None]] = set()

    def submit(self, group: Sequence[Item]) -> asyncio.Future[list[Result]]:
        future: asyncio.Future[list[Result]] = asyncio.get_running_loop().create_future()
        if not group:
            future.set_result([])
            return future
        self._waiting.append((list(group), future, time.perf_counter()))
        self._start()
        return future

    def _start(self) -> None:
        """Start a call in each free slot while groups wait."""
        while self._waiting and len(self._running) < self._slots:
            task = asyncio.ensure_future(self._call(self._take()))
            self._running.add(task)
            task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if not task.cancelled():
            self._start()

    def _take(self) -> list[_Group[Item, Result]]:
        """The groups that waited longest, up to ``max_items`` items (at least one group)."""
        batch = [self._waiting.popleft()]
        size = len(batch[0][0])
        while self._waiting and size + len(self._waiting[0][0]) <= self._max:
            batch.append(self._waiting.popleft())
            size += len(batch[-1][0])
        if self._waited is not None:
            started = time.perf_counter()
            for _, _, submitted in batch:
                self._waited(started - submitted)
        return batch

    async def _call(self, batch: list[_Group[Item, Result]]) -> None:
        items = [item for group, _, _ in batch for item in group]
        try:
            results = await self._run(items)
            if len(results) != len(items):
                raise RuntimeError(f"{len(results)} results for {len(items)} items")
        except asyncio.CancelledError:
            for _, future, _ in batch:
                future.cancel()
            raise
        except Exception as exc:
            if len(batch) > 1:
                for one in batch:
                    await self._call([one])
            elif not batch[0][1].done():
                batch[0][1].set_exception(exc)
            return
        start = 0
        for group, future, _ in batch:
            if not future.done():
                future.set_result(results[start : start + len(group)])
            start += len(group)
