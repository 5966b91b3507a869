"""How long one huge article holds up the articles behind it in ``wirewatch run``, and RSS.

Builds a synthetic feed (team-written sentences, 40 articles of about 1,500 characters)
with and without one 199,000-character article in the middle, runs the embedded pipeline
with the real spaCy model on each (best of two), and prints when the last article is
done, the CPU time and the peak RSS. ``WIREWATCH_MAX_TEXT_CHARS`` sets the budget.
Usage: ``python benchmarks/bench_budget.py``. Reports figures only; never fails on a time.
"""

from __future__ import annotations

import random
import resource
import time

import orjson

from pipeline.feed import FeedLine
from pipeline.nlp.extract import Extractor
from pipeline.runner import EmbeddedPipeline
from pipeline.settings import Settings

TOWNS = ["Northfield", "Eastbrook", "Lowmarsh", "Redhill", "Stonebridge", "Westmoor"]
GROUPS = ["the Valley Front", "the river militia", "government forces", "the northern brigade"]


def paragraph(rng: random.Random, n: int) -> str:
    town, group, other = rng.choice(TOWNS), rng.choice(GROUPS), rng.choice(GROUPS)
    return (
        f"Officials in {town} said on day {n} that aircraft struck positions held by {group} "
        f"near the old bridge, while a spokesman for {other} said the strikes hit a school and "
        "a market. Residents described heavy smoke over the district and said ambulances "
        "arrived hours later. The ministry said the operation would continue until the area "
        "was secure, and aid groups called for a pause to let families leave the town."
    )


def article(rng: random.Random, i: int, chars: int) -> dict[str, str]:
    body = ""
    while len(body) < chars:
        body += paragraph(rng, i * 1000 + len(body)) + "\n\n"
    return {
        "id": f"a{i}",
        "headline": f"Strikes reported near town {i}",
        "body": body[:chars],
        "source": "Test Wire",
        "published": f"2025-03-0{1 + i % 9}",
    }


def feed(with_big: bool) -> list[FeedLine]:
    rng = random.Random(7)
    items = [article(rng, i, 1_500) for i in range(40)]
    if with_big:
        items.insert(20, article(rng, 999, 199_000))
    return [FeedLine("bench", n, orjson.dumps(a)) for n, a in enumerate(items, start=1)]


def main() -> None:
    settings = Settings.from_env()
    extractor = Extractor.load(settings.model)
    print(f"budget WIREWATCH_MAX_TEXT_CHARS={settings.max_text_chars}")
    for with_big in (False, True):
        lines = feed(with_big)
        best: tuple[float, float] | None = None
        for _ in range(2):
            pipeline = EmbeddedPipeline(extractor, settings)
            wall, cpu = time.perf_counter(), time.process_time()
            for _outcome in pipeline.run(lines):
                pass
            run = (time.perf_counter() - wall, time.process_time() - cpu)
            best = run if best is None or run < best else best
        assert best is not None
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        label = "with one 199,000-char article" if with_big else "40 articles only"
        print(
            f"{label}: all done in {best[0]:.2f} s wall, {best[1]:.2f} s CPU; peak RSS {rss:.0f} MB"
        )


if __name__ == "__main__":
    main()
