"""How the target classes carry over: run the real extractor over the phrase table
(``tests/fixtures/targets/phrases.jsonl``: target phrases as wire copy writes them, each
labelled with its class before any row was written for it) and print accuracy per class
and the confusions. Usage::

    python scripts/score_targets.py [PHRASES.jsonl] [--errors]

Each sentence goes to the extractor as one article, attributed (", officials said"); the
class is that of the claim whose target text holds the phrase's head word. Where the
extractor finds no such claim, the class of the phrase's own head in the same parse is
taken (``decide_class``), and the row is counted under "no claim" as well.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.domain.models import TARGET_CLASSES, Article
from pipeline.nlp.extract import Extractor
from pipeline.nlp.targets import decide_class

PHRASES = Path(__file__).resolve().parent.parent / "tests/fixtures/targets/phrases.jsonl"


@dataclass(frozen=True, slots=True)
class Scored:
    phrase: str
    gold: str
    got: str
    rule: str | None  # the class row that decided it (None: no row, or from a claim)
    claimed: bool  # a claim of the extractor carried the phrase


def load_phrases(path: Path = PHRASES) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def attributed(sentence: str) -> str:
    return sentence.rstrip().rstrip(".") + ", officials said."


def score(extractor: Extractor, rows: Sequence[dict[str, str]]) -> list[Scored]:
    arts = [Article(f"p{i:03d}", "", attributed(r["sentence"]), "Test Wire")
            for i, r in enumerate(rows)]
    out = []
    for row, an in zip(rows, extractor.analyse(arts), strict=True):
        body = an.article.body
        start = body.find(row["phrase"])
        span = extractor.nlp(body).char_span(start, start + len(row["phrase"]),
                                             alignment_mode="expand")
        head = span.root if span is not None else None
        hit = None
        if head is not None:
            hit = next((c for c in an.claims if not c.negated
                        and head.text.lower() in c.target.text.lower().split()), None)
        if hit is not None:
            out.append(Scored(row["phrase"], row["class"], hit.target.target_class, None, True))
            continue
        if head is None:
            out.append(Scored(row["phrase"], row["class"], "unknown", None, False))
            continue
        got, _, rid = decide_class(head, extractor.gazetteer)
        out.append(Scored(row["phrase"], row["class"], got, rid, False))
    return out


def accuracy(scored: Sequence[Scored]) -> float:
    return sum(s.gold == s.got for s in scored) / len(scored) if scored else 0.0


def report(scored: Sequence[Scored], errors: bool = False) -> str:
    lines = [f"phrases {len(scored)}  accuracy {accuracy(scored):.2f}  "
             f"no claim {sum(not s.claimed for s in scored)}"]
    for cls in TARGET_CLASSES:
        mine = [s for s in scored if s.gold == cls]
        if mine:
            lines.append(f"  {cls:15s} {sum(s.got == cls for s in mine):3d}/{len(mine):3d} "
                         f"{accuracy(mine):.2f}")
    confusions = Counter((s.gold, s.got) for s in scored if s.gold != s.got)
    lines.append("confusions (gold -> got):")
    lines += [f"  {g} -> {o}: {n}" for (g, o), n in confusions.most_common()]
    if errors:
        lines.append("errors:")
        lines += [f"  {s.gold:14s} got {s.got:14s} {s.phrase!r}"
                  f"{'' if s.claimed else ' (no claim, row ' + str(s.rule) + ')'}"
                  for s in scored if s.gold != s.got]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("phrases", nargs="?", type=Path, default=PHRASES)
    ap.add_argument("--errors", action="store_true", help="list every wrong phrase")
    args = ap.parse_args(argv)
    print(report(score(Extractor.load(), load_phrases(args.phrases)), args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
