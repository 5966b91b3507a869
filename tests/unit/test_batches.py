"""The worker's extraction batches: groups that wait while the parser is busy go together."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

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


class HeldParser:
    """Doubles numbers; each call waits until the test releases it by its index (so calls
    can finish in any order); fails on any call that holds a negative."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []
        self.releases: list[asyncio.Event] = []
        self.running = 0
        self.most_at_once = 0

    async def __call__(self, items: list[int]) -> list[int]:
        self.calls.append(list(items))
        release = asyncio.Event()
        self.releases.append(release)
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            await release.wait()
        finally:
            self.running -= 1
        if any(i < 0 for i in items):
            raise ValueError("negative")
        return [2 * i for i in items]

    async def release(self, index: int) -> None:
        await until(lambda: len(self.releases) > index)
        self.releases[index].set()


async def until(predicate: Callable[[], bool]) -> None:
    async with asyncio.timeout(10):
        while not predicate():
            await asyncio.sleep(0)


async def test_two_slots_run_two_calls_at_once_and_no_more() -> None:
    parser = HeldParser()
    batcher: Batcher[int, int] = Batcher(parser, max_items=8, calls=2)
    first, second = batcher.submit([1]), batcher.submit([2])
    await until(lambda: len(parser.calls) == 2)
    assert parser.calls == [[1], [2]]  # the second did not wait for the first
    later = [batcher.submit([3]), batcher.submit([4, 5])]
    await asyncio.sleep(0)
    assert len(parser.calls) == 2  # both slots busy: the later groups wait
    await parser.release(1)  # the second call ends first
    assert await second == [4]
    assert not first.done()
    await until(lambda: len(parser.calls) == 3)
    assert parser.calls[2] == [3, 4, 5]  # the waiting groups go together into the free slot
    await parser.release(0)
    await parser.release(2)
    assert await first == [2]
    assert [await f for f in later] == [[6], [8, 10]]
    assert parser.most_at_once == 2


async def test_calls_take_the_groups_that_waited_longest() -> None:
    parser = HeldParser()
    batcher: Batcher[int, int] = Batcher(parser, max_items=2, calls=2)
    futures = [batcher.submit([i]) for i in range(1, 8)]
    await until(lambda: len(parser.calls) == 2)
    assert parser.calls == [[1], [2]]  # each goes alone at once while a slot is free
    await parser.release(1)
    await until(lambda: len(parser.calls) == 3)
    assert parser.calls[2] == [3, 4]  # the oldest waiting, up to max_items
    await parser.release(0)
    await until(lambda: len(parser.calls) == 4)
    assert parser.calls[3] == [5, 6]
    await parser.release(3)  # a later call ends first: the next still takes the oldest
    await until(lambda: len(parser.calls) == 5)
    assert parser.calls[4] == [7]
    await parser.release(2)
    await parser.release(4)
    assert [await f for f in futures] == [[2 * i] for i in range(1, 8)]


async def test_a_failure_in_one_of_two_calls_in_flight_fails_only_its_group() -> None:
    parser = HeldParser()
    batcher: Batcher[int, int] = Batcher(parser, max_items=8, calls=2)
    good = batcher.submit([1])
    await until(lambda: len(parser.calls) == 1)
    bad = batcher.submit([-1])  # the second call, beside the first
    await until(lambda: len(parser.calls) == 2)
    others = [batcher.submit([2]), batcher.submit([-2]), batcher.submit([3])]
    await parser.release(1)  # the failing call ends while the other is still running
    with pytest.raises(ValueError):
        await bad
    assert not good.done()
    # the failed call's slot takes the waiting groups; that call fails too and is retried
    # group by group in its slot, while the first call is still held
    for index in range(2, 6):
        await parser.release(index)
    assert await others[0] == [4]
    with pytest.raises(ValueError):
        await others[1]
    assert await others[2] == [6]
    assert parser.calls[2:] == [[2, -2, 3], [2], [-2], [3]]
    assert not good.done()
    await parser.release(0)
    assert await good == [2]
