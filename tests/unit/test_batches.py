"""The worker's extraction batches: groups that wait while the parser is busy go together."""

from __future__ import annotations

import asyncio

import pytest

from pipeline.streaming.batches import Batcher


class Parser:
    """Doubles numbers; records each call; fails on any call that holds a negative."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []
        self.gate = asyncio.Event()

    async def __call__(self, items: list[int]) -> list[int]:
        self.calls.append(list(items))
        await self.gate.wait()
        if any(i < 0 for i in items):
            raise ValueError("negative")
        return [2 * i for i in items]


async def test_first_group_goes_alone_and_waiting_groups_go_together() -> None:
    parser = Parser()
    batcher: Batcher[int, int] = Batcher(parser, max_items=4)
    first = batcher.submit([1])
    await asyncio.sleep(0)
    later = [batcher.submit([2, 3]), batcher.submit([4]), batcher.submit([5, 6])]
    parser.gate.set()
    results = [await f for f in (first, *later)]
    assert results == [[2], [4, 6], [8], [10, 12]]
    assert parser.calls == [[1], [2, 3, 4], [5, 6]]  # at most 4 items per call


async def test_a_failing_group_fails_alone() -> None:
    parser = Parser()
    batcher: Batcher[int, int] = Batcher(parser, max_items=8)
    first = batcher.submit([1])
    await asyncio.sleep(0)
    good, bad, other = batcher.submit([2]), batcher.submit([-1]), batcher.submit([3])
    parser.gate.set()
    assert await first == [2]
    assert await good == [4]
    with pytest.raises(ValueError):
        await bad
    assert await other == [6]
    assert parser.calls[1] == [2, -1, 3]  # tried together first, then one by one


async def test_an_empty_group_needs_no_call() -> None:
    parser = Parser()
    batcher: Batcher[int, int] = Batcher(parser, max_items=4)
    assert await batcher.submit([]) == []
    assert parser.calls == []


async def test_each_group_is_told_how_long_it_waited_for_its_call() -> None:
    parser = Parser()
    waits: list[float] = []
    batcher: Batcher[int, int] = Batcher(parser, max_items=8, waited=waits.append)
    first = batcher.submit([1])
    await asyncio.sleep(0)
    assert len(waits) == 1 and waits[0] < 0.05  # the first group's call starts at once
    held = batcher.submit([2])
    await asyncio.sleep(0.05)  # the parser is still busy with the first group
    parser.gate.set()
    assert await first == [2] and await held == [4]
    assert len(waits) == 2 and waits[1] >= 0.05  # it waited for the call before it
