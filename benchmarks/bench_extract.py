"""Words per second of ``Extractor.analyse`` next to bare ``nlp.pipe`` of the same model on
the same texts, in one run. Usage:
``python benchmarks/bench_extract.py DEV_JSONL [--repeat N] [--cpu]``.

Reports figures only; it never fails on a time. The two end-to-end runs alternate, best of
``--repeat`` passes each; on a shared, loaded machine they still drift apart (``--cpu`` times
in process CPU seconds, which helps). The per-component table (each component timed on the
same docs, one after the other, best of ``--repeat`` passes, then ``Extractor.analysis``,
which turns each parsed doc into the article's analysis: places resolved, claims made) is
the steadier figure for what the wirewatch rules cost next to the model's own.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from pipeline.domain.models import Article
from pipeline.nlp.extract import Extractor
from pipeline.nlp.loader import DEFAULT_MODEL, load_nlp


def read_articles(path: Path) -> list[Article]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Article(d["id"], d.get("headline") or "", d["body"], d.get("source", "")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("feed", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--cpu", action="store_true",
                        help="time in process CPU seconds (steadier than wall time on a "
                        "shared, loaded machine)")
    args = parser.parse_args()
    articles = read_articles(args.feed)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(args.model)
    extractor = Extractor(load_nlp(args.model))
    list(bare.pipe(texts[:5]))  # warm both up
    extractor.analyse(articles[:5])
    clock = time.process_time if args.cpu else time.perf_counter

    # the two end to end, alternately, best of --repeat passes each: a burst of load on a
    # shared machine then slows one pass of each rather than all of one side
    bare_s = full_s = float("inf")
    for _ in range(args.repeat):
        t0 = clock()
        for _ in bare.pipe(texts, batch_size=16):
            pass
        bare_s = min(bare_s, clock() - t0)
        t0 = clock()
        extractor.analyse(articles)
        full_s = min(full_s, clock() - t0)

    unit = "CPU s" if args.cpu else "s"
    print(f"texts={len(texts)} words={words} (best of {args.repeat} passes, {unit})")
    print(f"bare nlp.pipe       : {words / bare_s:10.0f} words/s ({bare_s:.2f} {unit})")
    print(f"Extractor.analyse   : {words / full_s:10.0f} words/s ({full_s:.2f} {unit})")
    print(f"ratio full/bare time: {full_s / bare_s:.3f}  (rules = {full_s / bare_s - 1:+.1%})")
    component_table(extractor, articles, args.repeat, clock)


ANALYSIS = "Extractor.analysis"


def component_table(extractor: Extractor, articles: list[Article], passes: int,
                    clock: Callable[[], float] = time.perf_counter) -> None:
    """Seconds per pipeline component and for :meth:`Extractor.analysis` of the parsed
    docs (best of ``passes``, on ``clock``), and the wirewatch rules' share of the model's
    own time: its components', then with the analysis."""
    nlp = extractor.nlp
    best: dict[str, float] = {}
    for _ in range(passes):
        docs = [nlp.make_doc(a.text) for a in articles]
        for name, proc in nlp.pipeline:
            t0 = clock()
            docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [
                proc(d) for d in docs]
            best[name] = min(best.get(name, float("inf")), clock() - t0)
        t0 = clock()
        for article, doc in zip(articles, docs, strict=True):
            extractor.analysis(article, doc)
        best[ANALYSIS] = min(best.get(ANALYSIS, float("inf")), clock() - t0)
    ours = {n: s for n, s in best.items() if n.startswith("wirewatch") or n == ANALYSIS}
    model = sum(s for n, s in best.items() if n not in ours)
    for name, secs in best.items():
        share = f"{secs / model:+.1%} of model" if name in ours else ""
        print(f"  {name:22s} {secs:6.2f}s {share}")
    components = sum(s for n, s in ours.items() if n != ANALYSIS)
    print(f"wirewatch components : {components / model:+.1%} of the model's time")
    print(f"  with {ANALYSIS}: {sum(ours.values()) / model:+.1%} of the model's time")


if __name__ == "__main__":
    main()
