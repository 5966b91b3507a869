"""Dedup index benchmark: wirewatch's DedupIndex against datasketch's MinHashLSH.

    python benchmarks/bench_dedup.py --sizes 100000,1000000

For each size, a synthetic feed is generated from a Zipf vocabulary: 90% fresh articles and
10% near-copies of a recent article (cut to 40-100% of its length, 3% of words replaced).
Shingle hashes and MinHash signatures are computed with numpy in batches (not timed), and
the *same* signatures and (bands, rows) go to both indexes. Each index runs in its own
subprocess so its memory is an RSS delta of its own, measured after the whole feed is in.

Timed per article: ``DedupIndex.check`` (every band probe, containment verification of the
candidates, the decision, the insert) and, for datasketch, ``query`` + ``insert`` (no
verification). Recall is the share of injected copies reported as duplicates of their
original (datasketch: original among the LSH candidates). This is not a test: it never
fails on time.

Two ablations run the same index with entries that lack one field. "no key hashes": no
hashes of the probe keys (then every shared key may report a pair, as before the
deciding-key rule), the difference is what the deciding-key check costs. "no bitmap": no
shingle bitmap, so every candidate is verified by decoding and intersecting its shingles
instead of being ruled out first by the bitmap bound (``dedup.could_reach``). An owner
stores one entry per probe group of an article: its whole row and the group's keys
(``dedup.probe_keys``); in a Faust table each is a JSON value on the changelog, so the
script also prints both fields' sizes against a whole JSON entry.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
import numpy.typing as npt

from pipeline.domain import dedup, minhash
from pipeline.domain.dedup import BandEntry, DedupIndex, DedupParams, Fingerprint, encode_shingles

WORDS = 250  # words per synthetic article (about a 1,500-character wire story)
VOCABULARY = 50_000
COPY_SHARE = 0.10
BATCH = 5_000
T0 = datetime(2030, 1, 1, tzinfo=UTC)
STEP = timedelta(milliseconds=100)  # 1M articles span ~28 h: all inside the 72 h window


@dataclass
class Batch:
    start: int
    shingles: npt.NDArray[np.uint32]  # (n, WORDS - 3) shingle hashes, cut copies padded
    signatures: npt.NDArray[np.uint32]  # (n, num_perm)
    copy_of: npt.NDArray[np.int64]  # global index of the original, -1 for fresh articles


def _mix(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def batches(total: int, num_perm: int, seed: int = 7) -> Iterator[Batch]:
    perm_rng = np.random.default_rng(seed)
    a = perm_rng.integers(1, 1 << 63, size=num_perm, dtype=np.uint64) | np.uint64(1)
    b = perm_rng.integers(0, 1 << 63, size=num_perm, dtype=np.uint64)
    for start in range(0, total, BATCH):
        n = min(BATCH, total - start)
        rng = np.random.default_rng((seed, start))
        tokens = np.minimum(rng.zipf(1.15, size=(n, WORDS)), VOCABULARY).astype(np.uint64)
        copy_of = np.full(n, -1, dtype=np.int64)
        copies = np.flatnonzero(rng.random(n) < COPY_SHARE)
        copies = copies[copies > 0]
        originals = np.array([rng.integers(max(0, i - 500), i) for i in copies], dtype=np.int64)
        originals = originals[copy_of[originals] < 0] if originals.size else originals
        copies = copies[: originals.size]
        copy_of[copies] = start + originals
        tokens[copies] = tokens[originals]
        edits = rng.random((copies.size, WORDS)) < 0.03
        fresh = rng.integers(1, VOCABULARY, size=(copies.size, WORDS), dtype=np.uint64)
        tokens[copies] = np.where(edits, fresh, tokens[copies])
        shingle = _mix(
            tokens[:, :-3] * np.uint64(0x9E3779B97F4A7C15)
            ^ _mix(tokens[:, 1:-2] + np.uint64(1))
            ^ _mix(tokens[:, 2:-1] + np.uint64(2)) * np.uint64(3)
            ^ _mix(tokens[:, 3:] + np.uint64(3)) * np.uint64(5)
        )
        cuts = (rng.uniform(0.4, 1.0, size=copies.size) * shingle.shape[1]).astype(np.int64)
        for row, cut in zip(copies, cuts, strict=True):
            shingle[row, cut:] = shingle[row, 0]  # a repeated shingle does not change the set
        x = (shingle >> np.uint64(32)).astype(np.uint64)
        sig = np.empty((n, num_perm), dtype=np.uint32)
        for p in range(num_perm):
            sig[:, p] = ((x * a[p] + b[p]) >> np.uint64(32)).min(axis=1).astype(np.uint32)
        yield Batch(start, x.astype(np.uint32), sig, copy_of)


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _without_key_hashes(
    cls: type[BandEntry], article_id: str, fp: Fingerprint, event_time: datetime | None
) -> BandEntry:
    return cls(article_id, event_time, fp.exact, fp.shingles, "", dedup.fp_bits(fp))


def run_wirewatch_nokeys(size: int, params: DedupParams) -> dict[str, float]:
    dedup.BandEntry.of = classmethod(_without_key_hashes)  # type: ignore[method-assign,assignment]
    return run_wirewatch(size, params)


def _without_bitmap(
    cls: type[BandEntry], article_id: str, fp: Fingerprint, event_time: datetime | None
) -> BandEntry:
    return cls(article_id, event_time, fp.exact, fp.shingles, dedup.key_hashes(fp), "")


def run_wirewatch_nobits(size: int, params: DedupParams) -> dict[str, float]:
    dedup.BandEntry.of = classmethod(_without_bitmap)  # type: ignore[method-assign,assignment]
    return run_wirewatch(size, params)


def json_row_sizes(params: DedupParams) -> tuple[float, float, float]:
    """Mean JSON characters of the key field, the bitmap field and a whole stored entry
    (one probe group of two keys)."""
    key_chars = bits_chars = entry_chars = 0
    n = 200
    batch = next(batches(n, params.num_perm))
    keys = minhash.band_hashes(batch.signatures, params.bands, params.rows)
    for j in range(n):
        hashes = np.unique(batch.shingles[j])
        fp = Fingerprint(
            exact=hashlib.blake2b(hashes.tobytes(), digest_size=16).hexdigest(),
            band_keys=tuple(f"{k:02x}{int(h):016x}" for k, h in enumerate(keys[j].tolist())),
            shingles=encode_shingles(hashes),
            size=int(hashes.size),
        )
        entry = BandEntry.of(f"a{j:07d}", fp, T0)
        bands = dedup.BandIndex()
        dedup.probe_keys(fp.probe_keys()[:2], entry, bands, None)
        (stored,) = bands.entries.values()
        key_chars += len(json.dumps(entry.keys))
        bits_chars += len(json.dumps(entry.bits))
        entry_chars += len(json.dumps(stored))
    return key_chars / n, bits_chars / n, entry_chars / n


def run_wirewatch(size: int, params: DedupParams) -> dict[str, float]:
    gc.collect()
    base = rss()
    index = DedupIndex(params)
    times = np.empty(size, dtype=np.float64)
    found = injected = 0
    for batch in batches(size, params.num_perm):
        keys = minhash.band_hashes(batch.signatures, params.bands, params.rows)
        for j in range(batch.shingles.shape[0]):
            i = batch.start + j
            hashes = np.unique(batch.shingles[j])
            fp = Fingerprint(
                exact=hashlib.blake2b(hashes.tobytes(), digest_size=16).hexdigest(),
                band_keys=tuple(f"{k:02x}{int(h):016x}" for k, h in enumerate(keys[j].tolist())),
                shingles=encode_shingles(hashes),
                size=int(hashes.size),
            )
            when = T0 + i * STEP
            t = time.perf_counter_ns()
            decision = index.check(f"a{i:07d}", fp, when, when)
            times[i] = time.perf_counter_ns() - t
            if batch.copy_of[j] >= 0:
                injected += 1
                found += decision.duplicate_of == f"a{batch.copy_of[j]:07d}"
    gc.collect()
    return _figures(times, rss() - base, size, found / max(injected, 1))


def run_datasketch(size: int, params: DedupParams) -> dict[str, float]:
    from datasketch import MinHash, MinHashLSH

    gc.collect()
    base = rss()
    lsh = MinHashLSH(num_perm=params.num_perm, params=(params.bands, params.rows))
    times = np.empty(size, dtype=np.float64)
    found = injected = 0
    for batch in batches(size, params.num_perm):
        for j in range(batch.signatures.shape[0]):
            i = batch.start + j
            m = MinHash(num_perm=params.num_perm, hashvalues=batch.signatures[j], scheme="affine32")
            t = time.perf_counter_ns()
            candidates = lsh.query(m)
            lsh.insert(i, m, check_duplication=False)
            times[i] = time.perf_counter_ns() - t
            if batch.copy_of[j] >= 0:
                injected += 1
                found += int(batch.copy_of[j]) in candidates
    gc.collect()
    return _figures(times, rss() - base, size, found / max(injected, 1))


def _figures(
    times: npt.NDArray[np.float64], memory: int, size: int, recall: float
) -> dict[str, float]:
    p50, p99 = np.percentile(times, [50, 99]) / 1e6
    return {"p50_ms": p50, "p99_ms": p99, "bytes_per_article": memory / size, "recall": recall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    runs = {
        "wirewatch": run_wirewatch,
        "wirewatch-nokeys": run_wirewatch_nokeys,
        "wirewatch-nobits": run_wirewatch_nobits,
        "datasketch": run_datasketch,
    }
    parser.add_argument("--only", choices=sorted(runs), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    params = DedupParams()
    if args.only:
        print(json.dumps(runs[args.only](args.size, params)))
        return
    key_chars, bits_chars, entry_chars = json_row_sizes(params)
    print(
        f"JSON entry {entry_chars:.0f} chars: key hashes {key_chars:.0f} "
        f"({key_chars / entry_chars:.1%}), bitmap {bits_chars:.0f} "
        f"({bits_chars / entry_chars:.1%}). An owner (a stream partition) stores one entry "
        f"per probe group of an article, whatever the number of keys in it"
    )
    print(
        f"params: num_perm={params.num_perm} bands={params.bands} rows={params.rows} "
        f"shingle={params.shingle_size} threshold={params.threshold}; {WORDS} words/article, "
        f"{COPY_SHARE:.0%} near-copies"
    )
    header = (
        f"{'articles':>9} {'index':<22} {'p50 ms':>8} {'p99 ms':>8} {'bytes/art':>10} "
        f"{'recall':>7} {'wall s':>7}"
    )
    print(header)
    print("-" * len(header))
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    for size in (int(s) for s in args.sizes.split(",")):
        for name, label in (
            ("wirewatch", "wirewatch DedupIndex"),
            ("wirewatch-nokeys", "  no key hashes"),
            ("wirewatch-nobits", "  no bitmap"),
            ("datasketch", "datasketch MinHashLSH"),
        ):
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, __file__, "--only", name, "--size", str(size)],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"{size:>9} {label:<22} {r['p50_ms']:>8.3f} {r['p99_ms']:>8.3f} "
                f"{r['bytes_per_article']:>10.0f} {r['recall']:>7.3f} "
                f"{time.perf_counter() - started:>7.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
