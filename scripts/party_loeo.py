#!/usr/bin/env python3
"""How much of the claim-party gain from new gazetteer entries survives holding events out.

    python scripts/party_loeo.py BASE_ACTORS.jsonl LABELLED.jsonl [LABELLED2.jsonl ...]

BASE_ACTORS is an older actor gazetteer (e.g. ``git show main:pipeline/nlp/data/actors.jsonl``).
An entry of the current gazetteer that is new or changed since BASE, and whose names occur in
the articles of exactly one event, counts as fitted on that event. For each such event the
event's articles are scored again with those entries left out (leave-one-event-out), so a
gain that only the event's own entries bring does not count. Prints claim-party recall and
precision per event and in total: base gazetteer, current gazetteer, current held out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from scripts.score import load_jsonl, score


def _names_pattern(entry: dict[str, Any]) -> re.Pattern[str]:
    parts = []
    for alias in {entry["name"], *entry.get("aliases", ())}:
        flags = "" if (alias.isupper() or len(alias) <= 3) else "(?i:"
        body = re.escape(alias)
        parts.append(f"{flags}{body})" if flags else body)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b")


def _entries(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _run(actors: list[dict[str, Any]], feeds: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Run the embedded pipeline on each feed with the given actor gazetteer."""
    from pipeline.feed import read_feed
    from pipeline.nlp import gazetteer
    from pipeline.nlp.extract import Extractor
    from pipeline.runner import EmbeddedPipeline
    from pipeline.settings import Settings

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as fh:
        fh.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in actors)
    gazetteer.ACTORS_FILE = Path(fh.name)
    gazetteer.Gazetteer.default.cache_clear()
    settings = Settings.from_env()
    extractor = Extractor.load(settings.model)
    out = {}
    for feed in feeds:
        pipe = EmbeddedPipeline(extractor, settings)
        out[feed] = [o.result for o in pipe.run(read_feed(feed))]
    Path(fh.name).unlink()
    return out


def _figures(items: list[dict[str, Any]], results: list[dict[str, Any]]) -> tuple[float, ...]:
    fig = score(items, results)
    return (fig["claim_party_recall"] * fig["claims_labelled"], fig["claims_labelled"],
            fig["claim_party_precision"] * fig["parties_shown"], fig["parties_shown"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_actors")
    parser.add_argument("labelled", nargs="+")
    args = parser.parse_args(argv)
    from pipeline.nlp.gazetteer import ACTORS_FILE

    current = _entries(ACTORS_FILE)
    base = {e["id"]: e for e in _entries(Path(args.base_actors))}
    changed = [e for e in current if base.get(e["id"]) != e]
    items = {feed: load_jsonl(feed) for feed in args.labelled}
    text_of_event: dict[str, str] = defaultdict(str)
    for feed_items in items.values():
        for it in feed_items:
            topic = (it.get("labels") or {}).get("topic") or it["id"]
            text_of_event[topic] += "\n" + (it.get("headline") or "") + "\n" + it["body"]
    fitted: dict[str, set[str]] = defaultdict(set)
    for entry in changed:
        pattern = _names_pattern(entry)
        events = [ev for ev, text in text_of_event.items() if pattern.search(text)]
        if len(events) == 1:
            fitted[events[0]].add(entry["id"])
    print(f"{len(changed)} new or changed entries; fitted on one event: "
          + ", ".join(f"{ev} {sorted(ids)}" for ev, ids in sorted(fitted.items())),
          file=sys.stderr)

    runs = {"base": _run(list(base.values()), args.labelled), "current": _run(current,
                                                                           args.labelled)}
    held: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for event, ids in sorted(fitted.items()):
        held[event] = _run([e for e in current if e["id"] not in ids], args.labelled)

    totals: dict[str, list[float]] = {k: [0.0] * 4 for k in ("base", "current", "held_out")}
    print(f"{'event':40} {'base R/P':>12} {'current R/P':>12} {'held-out R/P':>13}")
    for feed, feed_items in items.items():
        by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for it in feed_items:
            by_event[(it.get("labels") or {}).get("topic") or it["id"]].append(it)
        for event, ev_items in sorted(by_event.items()):
            row = {"base": _figures(ev_items, runs["base"][feed]),
                   "current": _figures(ev_items, runs["current"][feed]),
                   "held_out": _figures(ev_items, (held.get(event) or runs["current"])[feed])}
            cells = []
            for key, (found, labelled, right, shown) in row.items():
                acc = totals[key]
                for k, v in enumerate((found, labelled, right, shown)):
                    acc[k] += v
                cells.append(f"{found / labelled if labelled else 0:.2f}/"
                             f"{right / shown if shown else 0:.2f}")
            print(f"{event:40} {cells[0]:>12} {cells[1]:>12} {cells[2]:>13}")
    print("total (claim-party recall / precision):")
    for key, (found, labelled, right, shown) in totals.items():
        print(f"  {key:9} R={found / labelled:.3f} P={right / shown:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
