"""CPU of a worker's route and event steps per analysed article, without a broker or a
model in the timed part (prints figures; never fails on a time).

    python benchmarks/bench_event_steps.py FEED [FEED ...] [--strike-only] [--repeat 5]
        [--analyses CACHE.pickle]

The feed lines are analysed once by the extractor (the model runs here, not timed; with
``--analyses`` the analyses are kept in that file and read from it on the next run, so
two checkouts can be timed on the same analyses). Then, ``--repeat`` times on fresh
tables, each analysis goes the way a worker's event loop takes it: encoded as the
extract agent sends it, through ``steps.route`` (origin table, routing keys) and each
event item it sends through ``steps.conflicts`` (the event table, alerts), records
encoded and decoded at every hop. Prints CPU milliseconds per article for each step
(process time, not wall time: on a machine shared with other work a step waits for a
core for longer than it runs), the fastest and the median repeat.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _has_claims(line: str) -> bool:
    labels = json.loads(line).get("labels")
    return isinstance(labels, dict) and bool(labels.get("claims") or labels.get("target"))


def analyses(feeds: list[Path], strike_only: bool, cache: Path | None) -> list[Any]:
    if cache is not None and cache.exists():
        return list(pickle.loads(cache.read_bytes()))
    from pipeline.domain.models import Article
    from pipeline.domain.validate import parse_line
    from pipeline.nlp.extract import Extractor

    lines = [ln for f in feeds for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if strike_only:
        lines = [ln for ln in lines if _has_claims(ln)]
    articles = [a for ln in lines if isinstance(a := parse_line(ln), Article)]
    found = Extractor.load(gate=False).analyse(articles)
    if cache is not None:
        cache.write_bytes(pickle.dumps(found))
    return found


def one_pass(found: list[Any]) -> tuple[float, float, int]:
    """CPU seconds in route and in the event step over every analysis, and alerts sent."""
    from pipeline.assembly import step_context
    from pipeline.domain.clock import FeedClock
    from pipeline.settings import Settings
    from pipeline.streaming import steps, topics
    from pipeline.streaming.codecs import encode, to_wire

    settings = Settings.from_env({})
    ctx = step_context(settings)
    now = datetime.now(UTC)
    clock = FeedClock(lambda: now, settings.clock_allowance)
    origins: dict[str, Any] = {}
    events: dict[str, Any] = {}
    routing = observing = 0.0
    alerts = 0
    for analysis in found:
        raw = encode(to_wire(analysis, processed_by="bench"))
        started = time.process_time()
        outs = steps.route(raw, origins)
        items = [encode(o.value) for o in outs if o.topic == topics.ENRICHED]
        routed = time.process_time()
        for item in items:
            alerts += sum(o.topic == topics.ALERTS
                          for o in steps.conflicts(item, events, ctx, clock, now))
        observing += time.process_time() - routed
        routing += routed - started
    return routing, observing, alerts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feed", type=Path, nargs="+")
    parser.add_argument("--strike-only", action="store_true",
                        help="only lines whose labels list claims or name a target")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--analyses", type=Path, help="cache of the analyses (pickle)")
    args = parser.parse_args()
    found = analyses(args.feed, args.strike_only, args.analyses)
    runs = [one_pass(found) for _ in range(args.repeat)]
    n = len(found)
    print(f"{n} analyses, {runs[0][2]} alert records a pass, {args.repeat} passes; "
          "CPU ms per article, fastest / median pass:")
    for name, values in (("route", [r for r, _, _ in runs]),
                         ("event step", [o for _, o, _ in runs]),
                         ("both", [r + o for r, o, _ in runs])):
        print(f"  {name:<10} {min(values) / n * 1000:6.2f} / "
              f"{statistics.median(values) / n * 1000:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
