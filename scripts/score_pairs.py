#!/usr/bin/env python3
"""Score cross-article alerts against a ``pairs.json`` file.

    python scripts/score_pairs.py CROSS_DIR                     # runs the embedded pipeline
    python scripts/score_pairs.py CROSS_DIR --alerts A.jsonl    # scores `wirewatch run` alerts
    python scripts/score_pairs.py CROSS_DIR --grouping          # event grouping alone

``CROSS_DIR`` holds ``articles.jsonl`` and ``pairs.json`` (``{"conflict": [[a, b], ...],
"decoy": [...], "consistent": [...]}``). Two article ids are *linked* when both appear in
one alert record (any version, so a link that was later retracted still counts). Prints
the conflict pairs linked (recall) and the false links: decoy and consistent pairs linked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

try:
    from scripts.score import load_jsonl
except ImportError:  # run as `python scripts/score_pairs.py`
    from score import load_jsonl  # type: ignore[no-redef]

KINDS = ("conflict", "decoy", "consistent")


def linked_pairs(alerts: Iterable[Mapping[str, Any]]) -> set[frozenset[str]]:
    """Every unordered pair of article ids that share an alert record."""
    out: set[frozenset[str]] = set()
    for alert in alerts:
        ids = sorted(set(alert.get("article_ids") or ()))
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                out.add(frozenset((a, b)))
    return out


def score(pairs: Mapping[str, Sequence[Sequence[str]]], alerts: Sequence[Mapping[str, Any]]
          ) -> dict[str, Any]:
    links = linked_pairs(alerts)

    def hits(kind: str) -> list[tuple[str, str]]:
        return [(p[0], p[1]) for p in pairs.get(kind, ()) if frozenset(p) in links]

    conflict = hits("conflict")
    total = len(pairs.get("conflict", ()))
    false = hits("decoy") + hits("consistent")
    return {
        "conflict_linked": len(conflict),
        "conflict_total": total,
        "recall": len(conflict) / total if total else 0.0,
        "false_links": len(false),
        "false_pairs": false,
        "missed": [tuple(p) for p in pairs.get("conflict", ()) if frozenset(p) not in links],
        "alert_ids": len({a.get("alert_id") for a in alerts}),
        "alert_records": len(alerts),
    }


def run_embedded(feed: Path) -> list[dict[str, Any]]:
    from pipeline.domain.results import alert_record
    from pipeline.feed import read_feed
    from pipeline.nlp.extract import Extractor
    from pipeline.runner import EmbeddedPipeline
    from pipeline.settings import Settings

    settings = Settings.from_env()
    pipeline = EmbeddedPipeline(Extractor.load(settings.model), settings)
    return [alert_record(a) for outcome in pipeline.run(read_feed(feed)) for a in outcome.alerts]


def group_by_labelled_place(items: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Event grouping alone: each article as one claim at its labelled place (resolved by
    the gazetteer: the whole label, else its parts split at commas and "and", never a
    bearing such as "west of Rafah") and its date, with no attacker. Returns article id ->
    event id."""
    import re
    from datetime import UTC, datetime

    from pipeline.domain.claims import is_bearing
    from pipeline.domain.events import EventParams, Sighting, assign, empty_events
    from pipeline.nlp.index import default_resolver

    resolver = default_resolver()
    tables: dict[str, dict[str, Any]] = {}
    events: dict[str, str] = {}
    for item in items:
        label = str((item.get("labels") or {}).get("place") or "")
        place = None
        for text in [label, *(p.strip() for p in re.split(r",|\band\b", label))]:
            place = resolver.resolve(text) if text else None
            if place is not None and is_bearing(place):
                # "Bir Sahla, west of Rafah": a bearing names where the place is measured
                # from, not the place (as extraction reads the same form)
                place = None
            if place is not None:
                break
        when = datetime.fromisoformat(str(item["published"]))
        when = when if when.tzinfo else when.replace(tzinfo=UTC)
        key = (place.country or place.name) if place else "?"
        table = tables.setdefault(key, empty_events())
        events[item["id"]] = assign(table, Sighting(place, when, None), EventParams(),
                                    key).event_id
    return events


def grouping_figures(pairs: Mapping[str, Sequence[Sequence[str]]], events: Mapping[str, str]
                     ) -> dict[str, int]:
    return {kind: sum(1 for a, b in pairs.get(kind, ()) if events.get(a) == events.get(b))
            for kind in KINDS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cross", type=Path, help="folder with articles.jsonl and pairs.json")
    parser.add_argument("--alerts", help="alert lines from `wirewatch run` (default: run now)")
    parser.add_argument("--grouping", action="store_true",
                        help="score event grouping alone, from the labelled places and dates")
    args = parser.parse_args(argv)
    pairs = orjson.loads((args.cross / "pairs.json").read_bytes())
    if args.grouping:
        grouped = grouping_figures(
            pairs, group_by_labelled_place(load_jsonl(args.cross / "articles.jsonl")))
        for kind in KINDS:
            print(f"{kind:<10} pairs in one event: {grouped[kind]} / {len(pairs.get(kind, ()))}")
        return 0
    alerts = load_jsonl(args.alerts) if args.alerts else run_embedded(args.cross / "articles.jsonl")
    fig = score(pairs, alerts)
    print(f"conflict pairs linked    {fig['conflict_linked']} / {fig['conflict_total']} "
          f"({fig['recall']:.2f})")
    print(f"false links              {fig['false_links']} (decoy and consistent pairs)")
    print(f"alerts                   {fig['alert_ids']} ids, {fig['alert_records']} records")
    for a, b in fig["missed"]:
        print(f"  missed {a}-{b}", file=sys.stderr)
    for a, b in fig["false_pairs"]:
        print(f"  false link {a}-{b}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
