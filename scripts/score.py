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

Party names are matched the issue's loose, alias-aware way by default (a label's "/"
alternatives and bracketed acronyms, notes such as "(via ANI)" dropped, "Brig. Gen." spelled
out, the gazetteer aliases of the predicted actor); ``--strict-party-names`` is the earlier
word-overlap scorer. ``--party-errors`` lists each false and each missed party with its
sentence; ``--party-by-event`` prints party figures per event.

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

_REPO = Path(__file__).resolve().parent.parent
NARRATES = "narrates"  # the cue of a claim in the outlet's own voice

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


# Abbreviations a reporter and a labeller spell either way ("Brig. Gen.", "FM").
_ABBREVIATIONS = {
    "brig": "brigadier", "gen": "general", "lt": "lieutenant", "col": "colonel",
    "maj": "major", "capt": "captain", "sgt": "sergeant", "fm": "foreign minister",
    "pm": "prime minister",
}
# A bracket or tail of a label that says how the account reached the page, not who
# gave it: "(via ANI)", "(as reported)", "(initial claim)", "(on Twitter)".
_ANNOTATION = re.compile(
    r"^(via|as|quoting|citing|initial|later|earlier|narration|on|in|told|post|statement|"
    r"unattributed|claims?|reported|first|second|after|before|then)\b", re.IGNORECASE)


def party_tokens(text: str, loose: bool = False) -> set[str]:
    low = text.lower().replace("'s", " ").replace("’s", " ")
    if loose:
        low = re.sub(r"\b([a-z])\.([a-z])\.", r"\1\2", low)  # "U.S." -> "us"
    if loose:
        low = re.sub(r"\bpro-\S+", " ", low)  # "pro-Iranian militia": a patron, not the party
    words = re.findall(r"[a-z0-9]+", low)
    if loose:
        words = [x for w in words for x in _ABBREVIATIONS.get(w, w).split()]
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


def label_forms(label: str) -> list[str]:
    """The names a labelled party goes by: "US military / Pentagon" is either;
    "relatives and neighbours (via The Washington Post)" is the relatives or the
    neighbours; "Libyan National Army (LNA)" is also "LNA"; an annotation in brackets
    or after "via" is dropped."""
    forms = []
    bare = re.sub(r"\s*\([^)]*\)", "", label).strip()
    for alt in re.split(r"\s*/\s*", bare):
        forms.append(alt)  # "IRGC via Sepah News": the carrier too
        alt = re.sub(r"\s+via\s+.*$", "", alt).strip()
        forms.append(alt)
        parts = re.split(r"\s+and\s+", alt)
        if len(parts) > 1:
            forms += parts
    for inner in re.findall(r"\(([^)]*)\)", label):
        inner = inner.strip()
        if inner and not _ANNOTATION.match(inner) and any(c.isupper() for c in inner):
            forms.append(inner)
    return [f for f in dict.fromkeys(forms) if f]


def prediction_aliases(party_id: str | None) -> list[str]:
    """The names a predicted party's gazetteer actor or state goes by ("Israeli military"
    resolved to the IDF is also "Israel Defense Forces"; "Moscow" resolved to the Russian
    state is also "Russia"). An alias names a labelled party only when one holds all the
    other's words (:func:`_alias_names`), so a long alias cannot match on a stray word."""
    forms: list[str] = []
    if not party_id:
        return forms
    from pipeline.nlp.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    entry = gaz.actors.get(party_id)
    if entry is not None:
        forms += [entry.name, *entry.aliases]
    elif party_id.startswith("state."):
        country = gaz.countries.get(party_id[6:].upper())
        if country is not None:
            forms += [country.name, *country.aliases]
    return list(dict.fromkeys(forms))


def _alias_names(alias: str, label_name: str, found: bool = False) -> bool:
    """An alias names a label when the label holds all its words, or it holds all the
    label's and the label is at least half of it. ``found`` (recall): the alias must
    also cover the share of the label's words a shown name must cover."""
    a, b = party_tokens(alias, True), party_tokens(label_name, True)
    if not a or not b:
        return False

    def holds(x: set[str], y: set[str]) -> bool:
        return all(any(_same_word(w, g) for g in y) for w in x)

    if found:
        return holds(a, b) and _shares_enough(b, a)
    return holds(a, b) or (holds(b, a) and 2 * len(b) >= len(a))


def _shares_enough(want: set[str], got: set[str]) -> bool:
    shared = [w for w in want if any(_same_word(w, g) for g in got)]
    return bool(shared) and len(shared) / len(want) >= 0.34


def party_matches(label: str, predicted: Iterable[str], loose: bool = False,
                  aliases: Iterable[str] = ()) -> bool:
    """A labelled party is found when a predicted party shares enough of its words.
    ``loose``: the issue's loose, alias-aware name match (any of the label's forms,
    abbreviations spelled out, and the ``aliases`` of the predicted parties)."""
    names = label_forms(label) if loose else [label]
    wants = [w for w in (party_tokens(f, loose) for f in names) if w]
    for name in predicted:
        got = party_tokens(name, loose)
        if any(_shares_enough(want, got) for want in wants):
            return True
    return loose and any(_alias_names(a, n, found=True) for a in aliases for n in names)


def party_named(name: str, labels: Iterable[str], loose: bool = False,
                aliases: Iterable[str] = ()) -> bool:
    """A predicted party is right when it and one labelled party of the article share
    enough words, read either way ("Russian Defence Ministry, Maj. Gen. Igor Konashenkov"
    names the ministry; "Kremlin spokesman Dmitry Peskov" is named by "Dmitry Peskov").
    ``aliases``: see :func:`prediction_aliases`."""
    got = party_tokens(name, loose)
    for label in labels:
        for label_name in label_forms(label) if loose else [label]:
            want = party_tokens(label_name, loose)
            if want and got and (_shares_enough(want, got) or _shares_enough(got, want)):
                return True
            if loose and any(_alias_names(a, label_name) for a in aliases):
                return True
    return False


def shown_parties(claims: Iterable[dict[str, Any]], loose: bool) -> dict[str, list[str]]:
    """Distinct shown party names of an article, each with its gazetteer aliases. A claim
    in the outlet's own voice (cue ``narrates``) names no party of the article: it is the
    reporter's frame, never paired with the article's own accounts, and the labels list
    attributed accounts."""
    out: dict[str, list[str]] = {}
    for claim in claims:
        if claim.get("cue") == NARRATES:
            continue
        name = claim.get("party", "")
        forms = prediction_aliases(claim.get("party_id")) if loose else []
        out[name] = list(dict.fromkeys([*out.get(name, []), *forms]))
    return out


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
    items: list[dict[str, Any]], results: list[dict[str, Any]], verbose: bool = False,
    loose: bool = True,
) -> dict[str, float]:
    """``loose``: the alias-aware party match (:func:`label_forms`, :func:`prediction_aliases`);
    ``False`` is the earlier, word-overlap-only scorer."""
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
    parties_shown = parties_right = narrated = 0
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
        shown = shown_parties(result.get("claims") or [], loose)
        narrated += sum(c.get("cue") == NARRATES for c in result.get("claims") or [])
        names = list(shown)
        aliases = [f for forms in shown.values() for f in forms]
        labelled_parties = [c["party"] for c in labels.get("claims") or []]
        for name in sorted(shown):
            parties_shown += 1
            parties_right += party_named(name, labelled_parties, loose, shown[name])
        misses = []
        for claim in labels.get("claims") or []:
            claims_total += 1
            if party_matches(claim["party"], names, loose, aliases):
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
        "narration_claims": narrated,
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
            aliases = prediction_aliases(claim.get("party_id"))
            parties = [lab for lab in labelled
                       if party_matches(lab["party"], [claim["party"]], True, aliases)]
            row[1] += bool(parties)
            row[2] += any(target_matches(lab.get("target", ""), claim.get("target", ""))
                          for lab in parties)
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def party_errors(
    items: list[dict[str, Any]], results: list[dict[str, Any]], loose: bool = True
) -> list[str]:
    """Lines for each false party (a shown name that names no labelled party, with the
    sentence it came from) and each missed labelled claim (its party and target, and the
    names that were shown for the article), for reading errors by cause."""
    by_id = {r["id"]: r for r in results if r.get("id") is not None}
    lines: list[str] = []
    for item in items:
        if item["id"] not in by_id:
            continue
        result = _processed(by_id, item["id"])
        if result is not by_id[item["id"]]:
            continue  # a duplicate shows its original's parties: listed once, there
        labelled = [c["party"] for c in (item.get("labels") or {}).get("claims") or []]
        claims = result.get("claims") or []
        shown = shown_parties(claims, loose)
        names = list(shown)
        aliases = [f for forms in shown.values() for f in forms]
        for name in sorted(shown):
            if party_named(name, labelled, loose, shown[name]):
                continue
            for claim in claims:
                if claim.get("party") == name:
                    sentence = (claim.get("evidence") or {}).get("sentence", "")
                    lines.append(f"{item['id']} FALSE {name!r} [{claim.get('party_id')}; "
                                 f"{claim.get('rule')}] :: {sentence.strip()}")
                    break
        for claim in (item.get("labels") or {}).get("claims") or []:
            if not party_matches(claim["party"], names, loose, aliases):
                lines.append(f"{item['id']} MISSED {claim['party']!r} (target "
                             f"{claim.get('target', '')!r}); shown {sorted(set(names))}")
    return lines


def party_by_event(
    items: list[dict[str, Any]], results: list[dict[str, Any]], loose: bool = True
) -> dict[str, tuple[int, int, int, int]]:
    """event -> (labelled claims found, labelled claims, party names right, names shown)."""
    events: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        events.setdefault(event_of(item), []).append(item)
    out = {}
    for name, held in sorted(events.items()):
        fig = score(held, results, loose=loose)
        out[name] = (round(fig["claim_party_recall"] * fig["claims_labelled"]),
                     int(fig["claims_labelled"]),
                     round(fig["claim_party_precision"] * fig["parties_shown"]),
                     int(fig["parties_shown"]))
    return out


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
    parser.add_argument("--strict-party-names", action="store_true",
                        help="the earlier party scorer: word overlap only, no label forms, "
                        "abbreviations or gazetteer aliases")
    parser.add_argument("--party-by-event", action="store_true",
                        help="claim-party recall and precision per event (labels.topic)")
    parser.add_argument("--party-errors", action="store_true",
                        help="list each false and each missed claim party with its sentence")
    args = parser.parse_args(argv)
    if args.results and len(args.results) != len(args.labelled):
        parser.error("give one --results file per labelled file")
    loose = not args.strict_party_names
    if str(_REPO) not in sys.path:
        sys.path.insert(0, str(_REPO))  # the gazetteer, for alias-aware party names
    all_items: list[dict[str, Any]] = []
    all_results: list[dict[str, Any]] = []
    for n, path in enumerate(args.labelled):
        items = load_jsonl(path)
        results = load_jsonl(args.results[n]) if args.results else run_embedded(path)
        all_items += items
        all_results += results
        if len(args.labelled) > 1:
            print(f"== {path}")
        print_figures(score(items, results, verbose=args.verbose, loose=loose))
    if len(args.labelled) > 1:
        print("== all files together")
        print_figures(score(all_items, all_results, loose=loose))
    if args.events:
        loeo = leave_one_event_out(all_items, all_results)
        print(f"leave-one-event-out      {len(loeo['events'])} events: "
              f"P={loeo['precision']:.2f} R={loeo['recall']:.2f} F1={loeo['f1']:.2f} "
              f"(mean recall per event {loeo['macro_recall']:.2f}; "
              f"events with no false alert {loeo['events_without_fp']:.2f})")
        for name, (tp, fp, fn) in sorted(loeo["events"].items()):
            if tp + fp + fn:
                print(f"  {name:45s} tp={tp} fp={fp} fn={fn}")
    if args.party_by_event:
        for name, fig in party_by_event(all_items, all_results, loose).items():
            print(f"  {name:45s} found {fig[0]}/{fig[1]}  right {fig[2]}/{fig[3]}")
    if args.party_errors:
        for line in party_errors(all_items, all_results, loose):
            print(line)
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
        f"(of {figures['parties_shown']} distinct party names shown per article; "
        f"{figures['narration_claims']} claims in the outlet's own voice are no party)"
    )
    print(
        f"duplicate pairs          P={figures['duplicate_precision']:.2f} "
        f"R={figures['duplicate_recall']:.2f} F1={figures['duplicate_f1']:.2f} "
        f"(false pairs within one event: {figures['duplicate_same_event_false_pairs']})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
