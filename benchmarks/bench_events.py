#!/usr/bin/env python3
"""Event grouping cost per claim with many open events (prints figures, never fails).

    python benchmarks/bench_events.py [--events 100000] [--probes 5000] [--countries 40]

Fills one event table with ``--events`` open events spread over ``--countries``
countries, 2,000 towns and a 30-day span (all inside the retention, so none closes),
then times ``assign`` for ``--probes`` further claims: a mix of town-, region-,
country-level and unplaced claims. Also times the whole ``observe_article`` path (claims
to alerts) for one-claim articles on the same table size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.domain.conflicts import observe_article
from pipeline.domain.events import EventParams, Sighting, assign, empty_events
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Evidence,
    Place,
    Target,
)

T0 = datetime(2030, 1, 1, tzinfo=UTC)
SPAN_H = 30 * 24


def towns(countries: int, count: int, rng: random.Random) -> list[Place]:
    out = []
    for i in range(count):
        c = f"C{i % countries:02d}"
        out.append(Place(f"Town {i}", 10_000 + i, c, f"{c} region {i % 7}",
                         rng.uniform(-60, 60), rng.uniform(-170, 170), "city"))
    return out


def sighting(rng: random.Random, places: list[Place]) -> Sighting:
    town = rng.choice(places)
    roll = rng.random()
    if roll < 0.6:
        place: Place | None = town
    elif roll < 0.8:
        place = Place(town.admin1 or "", None, town.country, town.admin1, kind="admin1")
    elif roll < 0.95:
        place = Place(town.country or "", None, town.country, kind="country")
    else:
        place = None
    when = T0 + timedelta(hours=rng.uniform(0, SPAN_H))
    return Sighting(place, when, rng.choice([None, "a", "b"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--probes", type=int, default=5_000)
    parser.add_argument("--countries", type=int, default=40)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    params = EventParams(retention=timedelta(days=365))
    places = towns(args.countries, 2_000, rng)
    table = empty_events()
    start = time.perf_counter()
    while len(table["events"]) < args.events:
        s = sighting(rng, places)
        if s.place is not None and s.place.kind == "city":
            # distinct events: new town names so that fills do not all merge
            town = s.place
            s = Sighting(Place(f"{town.name}-{len(table['events'])}", None, town.country,
                               town.admin1, kind="landmark"), s.time, s.attacker)
        assign(table, s, params, "bench")
    fill = time.perf_counter() - start
    print(f"filled {len(table['events']):,} open events in {fill:.1f} s "
          f"({fill / max(1, table['seq']) * 1e3:.3f} ms per claim while filling)")

    timings = []
    by_level: dict[str, list[float]] = {}
    for _ in range(args.probes):
        s = sighting(rng, places)
        t = time.perf_counter()
        assign(table, s, params, "bench")
        timings.append(time.perf_counter() - t)
        by_level.setdefault(s.place.kind or "?" if s.place else "unplaced", []).append(
            timings[-1])
    timings.sort()
    print(f"assign at {len(table['events']):,} open events: "
          f"mean {statistics.fmean(timings) * 1e3:.3f} ms, "
          f"p50 {timings[len(timings) // 2] * 1e3:.3f} ms, "
          f"p99 {timings[int(len(timings) * 0.99)] * 1e3:.3f} ms per claim")
    for level, times in sorted(by_level.items()):
        times.sort()
        print(f"  {level:>8} claims ({len(times):,}): mean {statistics.fmean(times) * 1e3:.3f} "
              f"ms, p99 {times[int(len(times) * 0.99)] * 1e3:.3f} ms")

    # The whole path on the same filled table: each article routes to its country's key
    # (``geo:C07``), so every key the bench articles can take holds this one table (a
    # shared dict: what one key adds, the others see).
    state: dict[str, object] = {}
    value = observe_article(_article(0, places[0]), state, T0, params)  # builds the value
    assert value.key is not None
    stored = state[value.key]
    assert isinstance(stored, dict)
    stored["grouping"] = table
    for code in {p.country for p in places}:
        state[f"geo:{code}"] = stored
    obs = []
    for i in range(1, min(args.probes, 2_000)):
        analysis = _article(i, rng.choice(places))
        t = time.perf_counter()
        observe_article(analysis, state, T0, params)
        obs.append(time.perf_counter() - t)
    assert state[value.key]["grouping"] is table  # type: ignore[index]
    obs.sort()
    p99 = obs[int(len(obs) * 0.99)] * 1e3
    print(f"observe_article at {len(table['events']):,} open events (1 claim, grouping + "
          f"rewrite check + alerts): mean {statistics.fmean(obs) * 1e3:.3f} ms, "
          f"p99 {p99:.3f} ms per article")
    print("target: < 1 ms per claim for grouping at 100,000 open events")
    return 0


def _article(i: int, town: Place) -> ArticleAnalysis:
    when = T0 + timedelta(hours=(i * 7) % SPAN_H)
    art = Article(f"b{i}", "", f"Officials said a strike hit {town.name}.", "Bench", None, when)
    party = Actor(f"p{i % 50}", f"Party {i % 50}", "official", town.country, f"s{i % 9}")
    ev = Evidence(art.id, art.source, art.body, 0, len(art.body))
    target = Target("a school", "civilian_site" if i % 2 else "military")
    return ArticleAnalysis(art, claims=(Claim(party, "asserts", target, ev, "strike", None,
                                              Place(town.country or "", None, town.country,
                                                    kind="country")),))


if __name__ == "__main__":
    raise SystemExit(main())
