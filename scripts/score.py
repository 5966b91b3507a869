#!/usr/bin/env python3
"""Score wirewatch against a labelled feed (e.g. the shared dev set).

    python scripts/score.py LABELLED.jsonl                 # runs the embedded pipeline itself
    python scripts/score.py LABELLED.jsonl --results R.jsonl   # scores `wirewatch run` output
    python scripts/score.py DEV.jsonl DEV2.jsonl --by-rule --events   # both sets together

``--by-rule`` prints, per claim-finding construction, how many predicted claims it made and
the share that match a labelled claim of the same article (party and target words).
``--events`` scores leave-one-event-out: articles are grouped by event (``labels.topic``),
each event is held out in turn, anything fitted is fitted on the other events only (the
rules fit nothing, so a held-out event gets the same predictions as in the plain run) and
the held-out figures are summed and averaged over events.

Prints conflict precision/recall/F1 (a duplicate inherits its original's flag, as the
labels do), claim-party recall and precision (distinct party names shown per article
that name a labelled party), and duplicate-pair precision/recall/F1 with the number of
false pairs between different stories about the same event. Labels are read from each
line's ``labels`` field (conflict, claims[].party, duplicate_of, topic); the text is never
copied anywhere.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

GENERIC = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "s",
    "in",
    "for",
    "its",
    "to",
    "on",
    "by",
    "with",
    "report",
    "reports",
    "unattributed",
    "said",
    "says",
    "according",
}


def party_tokens(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'s", " "))
    return {w for w in words if w not in GENERIC and len(w) > 1}


def _same_word(a: str, b: str) -> bool:
    """One word, whatever its number, demonym or spelling: "Houthi"/"Houthis",
    "resident"/"residents", "Russia"/"Russian", "defense"/"defence". A shorter word of
    four letters or more that begins the longer one counts as the same word."""
    a, b = _SPELLING.get(a, a), _SPELLING.get(b, b)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


_SPELLING = {"defense": "defence", "neighbors": "neighbours", "neighbor": "neighbour"}


def party_matches(label: str, predicted: Iterable[str]) -> bool:
    """A labelled party is found when a predicted party shares enough of its words."""
    want = party_tokens(label)
    if not want:
        return False
    for name in predicted:
        got = party_tokens(name)
        shared = [w for w in want if any(_same_word(w, g) for g in got)]
        if shared and len(shared) / len(want) >= 0.34:
            return True
    return False


def party_named(name: str, labels: Iterable[str]) -> bool:
    """A predicted party is right when it and one labelled party of the article share
    enough words, read either way ("Russian Defence Ministry, Maj. Gen. Igor Konashenkov"
    names the ministry; "Kremlin spokesman Dmitry Peskov" is named by "Dmitry Peskov")."""
    return party_matches(name, labels) or any(party_matches(label, [name]) for label in labels)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, "rb") as handle:
        return [orjson.loads(line) for line in handle if line.strip()]


def run_embedded(labelled: str) -> list[dict[str, Any]]:
    from pipeline.feed import read_feed
    from pipeline.nlp.extract import Extractor
    from pipeline.runner import EmbeddedPipeline
    from pipeline.settings import Settings

    settings = Settings.from_env()
    pipeline = EmbeddedPipeline(Extractor.load(settings.model), settings)
    return [outcome.result for outcome in pipeline.run(read_feed(labelled))]


def score(
    items: list[dict[str, Any]], results: list[dict[str, Any]], verbose: bool = False
) -> dict[str, float]:
    by_id = {r["id"]: r for r in results if r.get("id") is not None}
    missing = [i["id"] for i in items if i["id"] not in by_id]
    if missing:
        raise SystemExit(f"score: no result line for {len(missing)} labelled ids: {missing[:5]}")

    def predicted_conflict(article_id: str, seen: frozenset[str] = frozenset()) -> bool:
        result = by_id[article_id]
        if result["status"] == "duplicate" and result.get("duplicate_of") in by_id:
            if result["duplicate_of"] in seen:
                return False
            return predicted_conflict(result["duplicate_of"], seen | {article_id})
        return bool(result.get("conflict"))

    tp = fp = fn = 0
    claims_total = claims_found = 0
    parties_shown = parties_right = 0
    for item in items:
        labels = item.get("labels") or {}
        gold = bool(labels.get("conflict"))
        pred = predicted_conflict(item["id"])
        tp += gold and pred
        fp += pred and not gold
        fn += gold and not pred
        result = by_id[item["id"]]
        if result["status"] == "duplicate" and result.get("duplicate_of") in by_id:
            result = by_id[result["duplicate_of"]]
        names = [c.get("party", "") for c in result.get("claims") or []]
        labelled_parties = [c["party"] for c in labels.get("claims") or []]
        for name in sorted(set(names)):
            parties_shown += 1
            parties_right += party_named(name, labelled_parties)
        misses = []
        for claim in labels.get("claims") or []:
            claims_total += 1
            if party_matches(claim["party"], names):
                claims_found += 1
            else:
                misses.append(claim["party"])
        if verbose and (gold != pred or misses):
            print(
                f"{item['id']}: gold={gold} pred={pred} missed parties={misses} "
                f"predicted={sorted(set(names))}",
                file=sys.stderr,
            )

    topic = {i["id"]: (i.get("labels") or {}).get("topic") for i in items}
    gold_pairs = {
        (i["id"], (i.get("labels") or {}).get("duplicate_of"))
        for i in items
        if (i.get("labels") or {}).get("duplicate_of")
    }
    pred_pairs = {
        (r["id"], r["duplicate_of"])
        for r in results
        if r.get("status") == "duplicate" and r.get("id") in topic
    }
    same_event_false = sum(
        1 for a, b in pred_pairs - gold_pairs if topic.get(a) and topic.get(a) == topic.get(b)
    )
    dtp = len(gold_pairs & pred_pairs)
    dp, dr, df = prf(dtp, len(pred_pairs - gold_pairs), len(gold_pairs - pred_pairs))
    cp, cr, cf = prf(tp, fp, fn)
    return {
        "conflict_precision": cp,
        "conflict_recall": cr,
        "conflict_f1": cf,
        "claim_party_recall": claims_found / claims_total if claims_total else 0.0,
        "claims_labelled": claims_total,
        "claim_party_precision": parties_right / parties_shown if parties_shown else 0.0,
        "parties_shown": parties_shown,
        "duplicate_precision": dp,
        "duplicate_recall": dr,
        "duplicate_f1": df,
        "duplicate_same_event_false_pairs": same_event_false,
        "articles": len(items),
    }


def target_matches(label: str, predicted: str) -> bool:
    """A predicted target matches a labelled one when they share a content word."""
    return bool(party_tokens(label) & party_tokens(predicted))


def _processed(by_id: dict[str, dict[str, Any]], article_id: str) -> dict[str, Any]:
    result = by_id[article_id]
    if result["status"] == "duplicate" and result.get("duplicate_of") in by_id:
        return by_id[result["duplicate_of"]]
    return result


def rule_precision(
    items: list[dict[str, Any]], results: list[dict[str, Any]]
) -> dict[str, tuple[int, int, int]]:
    """rule -> (claims predicted, party matches a labelled claim, party and target match)."""
    by_id = {r["id"]: r for r in results if r.get("id") is not None}
    out: dict[str, list[int]] = {}
    for item in items:
        result = by_id.get(item["id"])
        if result is None or result["status"] == "duplicate":
            continue  # a duplicate's claims are its original's
        labelled = (item.get("labels") or {}).get("claims") or []
        for claim in result.get("claims") or []:
            row = out.setdefault(claim.get("rule") or "(none)", [0, 0, 0])
            row[0] += 1
            parties = [lab for lab in labelled if party_matches(lab["party"], [claim["party"]])]
            row[1] += bool(parties)
            row[2] += any(target_matches(lab.get("target", ""), claim.get("target", ""))
                          for lab in parties)
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def event_of(item: dict[str, Any]) -> str:
    topic = (item.get("labels") or {}).get("topic") or item["id"]
    return topic if not topic.startswith("offtopic-") else f"offtopic:{item['id']}"


def leave_one_event_out(
    items: list[dict[str, Any]], results: list[dict[str, Any]]
) -> dict[str, Any]:
    """Hold out each event in turn. Nothing in the pipeline is fitted to labels, so the
    'fit on the other events' step is the identity and each held-out event is scored on
    the plain predictions; a fitted component would be trained on ``train`` here."""
    events: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        events.setdefault(event_of(item), []).append(item)
    per_event: dict[str, tuple[int, int, int]] = {}
    for name, held in events.items():
        by_id = {r["id"]: r for r in results if r.get("id") is not None}
        tp = fp = fn = 0
        for item in held:
            gold = bool((item.get("labels") or {}).get("conflict"))
            pred = bool(_processed(by_id, item["id"]).get("conflict"))
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
        per_event[name] = (tp, fp, fn)
    tp = sum(v[0] for v in per_event.values())
    fp = sum(v[1] for v in per_event.values())
    fn = sum(v[2] for v in per_event.values())
    p, r, f = prf(tp, fp, fn)
    scored = [prf(*v) for v in per_event.values() if v[0] + v[2] > 0]
    macro_r = sum(x[1] for x in scored) / len(scored) if scored else 0.0
    clean = sum(1 for v in per_event.values() if v[1] == 0) / len(per_event)
    return {"events": per_event, "precision": p, "recall": r, "f1": f,
            "macro_recall": macro_r, "events_without_fp": clean}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labelled", nargs="+",
                        help="labelled JSON-lines file(s) (a `labels` field per line)")
    parser.add_argument("--results", nargs="*",
                        help="result lines from `wirewatch run`, one per labelled file "
                        "(default: run now)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each miss")
    parser.add_argument("--by-rule", action="store_true",
                        help="precision of each claim-finding rule against labelled claims")
    parser.add_argument("--events", action="store_true",
                        help="leave-one-event-out figures (events from labels.topic)")
    args = parser.parse_args(argv)
    if args.results and len(args.results) != len(args.labelled):
        parser.error("give one --results file per labelled file")
    all_items: list[dict[str, Any]] = []
    all_results: list[dict[str, Any]] = []
    for n, path in enumerate(args.labelled):
        items = load_jsonl(path)
        results = load_jsonl(args.results[n]) if args.results else run_embedded(path)
        all_items += items
        all_results += results
        if len(args.labelled) > 1:
            print(f"== {path}")
        print_figures(score(items, results, verbose=args.verbose))
    if len(args.labelled) > 1:
        print("== all files together")
        print_figures(score(all_items, all_results))
    if args.events:
        loeo = leave_one_event_out(all_items, all_results)
        print(f"leave-one-event-out      {len(loeo['events'])} events: "
              f"P={loeo['precision']:.2f} R={loeo['recall']:.2f} F1={loeo['f1']:.2f} "
              f"(mean recall per event {loeo['macro_recall']:.2f}; "
              f"events with no false alert {loeo['events_without_fp']:.2f})")
        for name, (tp, fp, fn) in sorted(loeo["events"].items()):
            if tp + fp + fn:
                print(f"  {name:45s} tp={tp} fp={fp} fn={fn}")
    if args.by_rule:
        rows = rule_precision(all_items, all_results)
        print(f"{'rule':28s} {'claims':>6s} {'party ok':>9s} {'party+target':>13s}")
        for rule, (n, party_ok, both) in sorted(rows.items(), key=lambda kv: -kv[1][0]):
            print(f"{rule:28s} {n:6d} {party_ok / n:9.2f} {both / n:13.2f}")
    return 0


def print_figures(figures: dict[str, float]) -> None:
    print(f"articles                 {figures['articles']}")
    print(
        f"conflict                 P={figures['conflict_precision']:.2f} "
        f"R={figures['conflict_recall']:.2f} F1={figures['conflict_f1']:.2f}"
    )
    print(
        f"claim-party recall       {figures['claim_party_recall']:.2f} "
        f"(of {figures['claims_labelled']} labelled claims)"
    )
    print(
        f"claim-party precision    {figures['claim_party_precision']:.2f} "
        f"(of {figures['parties_shown']} distinct party names shown per article)"
    )
    print(
        f"duplicate pairs          P={figures['duplicate_precision']:.2f} "
        f"R={figures['duplicate_recall']:.2f} F1={figures['duplicate_f1']:.2f} "
        f"(false pairs within one event: {figures['duplicate_same_event_false_pairs']})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
