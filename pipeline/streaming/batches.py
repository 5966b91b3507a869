"""Batches that form while the parser is busy (the worker's extraction).

The first group goes to the parser at once (no wait on a quiet wire); groups that arrive
while a call runs wait and go together in the next call, up to ``max_items`` items. So a
burst is parsed in ``nlp.pipe`` batches, and a single article is never held back for a
batch to fill.
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
    future of its group's results. Calls never overlap. A failed call of several groups
    is retried group by group, so a group that fails fails alone. ``waited`` (optional)
    is told, per group, the seconds it waited for its call to start."""

    def __init__(
        self, run: Callable[[list[Item]], Awaitable[list[Result]]], max_items: int,
        waited: Callable[[float], None] | None = None,
    ) -> None:
        self._run = run
        self._max = max(1, max_items)
        self._waited = waited
        self._waiting: deque[_Group[Item, Result]] = deque()
        self._drainer: asyncio.Task[None] | None = None

    def submit(self, group: Sequence[Item]) -> asyncio.Future[list[Result]]:
        future: asyncio.Future[list[Result]] = asyncio.get_running_loop().create_future()
        if not group:
            future.set_result([])
            return future
        self._waiting.append((list(group), future, time.perf_counter()))
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.ensure_future(self._drain())
        return future

    async def _drain(self) -> None:
        while self._waiting:
            batch = [self._waiting.popleft()]
            size = len(batch[0][0])
            while self._waiting and size + len(self._waiting[0][0]) <= self._max:
                batch.append(self._waiting.popleft())
                size += len(batch[-1][0])
            if self._waited is not None:
                started = time.perf_counter()
                for _, _, submitted in batch:
                    self._waited(started - submitted)
            await self._call(batch)

    async def _call(self, batch: list[_Group[Item, Result]]) -> None:
        items = [item for group, _, _ in batch for item in group]
        try:
            results = await self._run(items)
            if len(results) != len(items):
                raise RuntimeError(f"{len(results)} results for {len(items)} items")
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
