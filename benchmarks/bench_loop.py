"""Does the event loop stay free while spaCy runs, as a worker's extract agent drives it?

    python benchmarks/bench_loop.py FEED [--articles 20] [--thread]

Analyses the first N articles of FEED one at a time through ``run_in_executor`` (as
``pipeline.streaming.agents`` does) while a coroutine ticks every 10 ms, then ticks on an
idle loop for comparison; prints the tick lag (how late each tick ran) for both. The
extractor runs in its parse process (:class:`~pipeline.nlp.extract.ExtractorProcess`, as
``wirewatch worker`` runs it), or with ``--thread`` in the executor thread itself. A
consumer's heartbeat (every few seconds) needs lags far below the session timeout.
Prints figures only; never fails on a time.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

TICK = 0.01


async def lags_while(work: Callable[[], Awaitable[None]]) -> list[float]:
    lags: list[float] = []
    done = False

    async def tick() -> None:
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(TICK)
            now = time.perf_counter()
            lags.append(now - last - TICK)
            last = now

    ticker = asyncio.create_task(tick())
    await work()
    done = True
    await ticker
    return sorted(lags)


def summary(lags: list[float]) -> str:
    def at(q: float) -> float:
        return lags[min(len(lags) - 1, int(len(lags) * q))] * 1000

    return f"median {at(0.5):.1f} ms, p99 {at(0.99):.1f} ms, max {lags[-1] * 1000:.1f} ms"


async def measure(feed: Path, count: int, thread: bool) -> None:
    from pipeline.domain.models import Article
    from pipeline.domain.validate import parse_line
    from pipeline.nlp.extract import Extractor, ExtractorProcess

    lines = feed.read_text(encoding="utf-8").splitlines()
    articles = [a for line in lines if line.strip()
                and isinstance(a := parse_line(line), Article)][:count]
    loaded = Extractor.load(gate=True)
    extractor = loaded if thread else ExtractorProcess(loaded)
    extractor.analyse(articles[:1])
    loop = asyncio.get_running_loop()

    async def analyse_all() -> None:
        for article in articles:
            await loop.run_in_executor(None, extractor.analyse, [article])

    began = time.perf_counter()
    busy = await lags_while(analyse_all)
    took = time.perf_counter() - began
    idle = await lags_while(lambda: asyncio.sleep(took))
    where = "in the executor thread" if thread else "through the parse process"
    print(f"{len(articles)} articles in {took:.1f} s, one at a time {where}")
    print(f"  tick lag while analysing: {summary(busy)}")
    print(f"  tick lag on an idle loop: {summary(idle)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feed", type=Path)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--thread", action="store_true", help="parse in the executor thread")
    args = parser.parse_args()
    asyncio.run(measure(args.feed, args.articles, args.thread))


if __name__ == "__main__":
    main()
