"""Exact and near-duplicate detection that works the same in one process and across workers.

How a decision is made
----------------------
1. :func:`fingerprint` normalises the text (:mod:`pipeline.domain.text`), hashes the word
   sequence (``exact``), and computes a MinHash signature of the word 4-shingles whose bands
   give ``band_keys``. The sorted 32-bit shingle hashes travel along (``shingles``, base64)
   so that candidates can be verified exactly.
2. The article is re-keyed by each of its :meth:`Fingerprint.probe_keys` (the exact hash
   plus one key per band). The owner of a key runs :func:`probe_band` against its own state:
   it sees every article that shares the key, whichever partition or worker it came from,
   and answers with a :class:`BandVote` listing the articles that reached the bucket before
   it, their similarity and the keys the pair shares before this one (the pair's deciding
   key is settled by the gatherer, below), and whether the bucket was full. A
   candidate is first checked against a 2048-bit map of its shingle hashes: the bits the new
   article sets and the earlier one does not give an exact upper bound on containment
   (:func:`could_reach`), so an LSH false positive (a bucket shared through common phrases)
   costs an integer AND instead of decoding and intersecting two shingle arrays.
3. The gatherer (keyed by article id) runs :func:`decide` on the votes: the best candidate
   at or above ``threshold`` makes the article a duplicate of it.

What an owner stores per article is kept small, because a stream owner writes every
bucket change to its table's changelog: the article's full row (shingles, key hashes,
bitmap) once, at the first of its keys that takes it, and a pointer to that key in every
other bucket it holds (:func:`probe_keys`; the row layout is described at ``Row``
below). Measured on the dev + dev2 strike stories with one worker (``bench_pipeline.py
--strike-only --broker``), this cut the band table's changelog from 69 KB to 14 KB an
article; the gatherer keeps only the votes that can sway a decision (:func:`telling`).

Similarity is *containment*, judged in both directions: the share of one article's
shingles that the other already has (``|a ∩ b| / |a|``), the larger of the two. A copy cut
short, shortened by another agency or given a new headline keeps most of its shingles
inside the original, whichever of the two arrives first, while a follow-up story brings
new text, so this is what separates them.

The original is the copy published first: of two dated copies inside the window the
earlier ``published`` wins; *arrival* order at the owner of a key decides only when either
is undated (or both carry the same time). Two dated articles more than ``window`` apart
are never paired. To stay consistent across keys without cycles (one owner may see A
before B, another B before A), each pair is decided at ONE key: the smallest key both
articles share (compared by its 32-bit hash; each entry carries the sorted hashes of all
its probe keys), skipping keys whose bucket was full when the article arrived
(``max_bucket`` bounds a hot key; an article refused there cannot be found there). Owners
report a candidate with the shared keys before theirs and the gatherer keeps it only if
the article was refused at all of them. Only the article that arrived second at that key
can name the other: as its original (:attr:`DedupDecision.duplicate_of`) or, when it was
published before the earlier arrival, as its copy (:attr:`DedupDecision.copies`, a
correction of the earlier arrival's decision). A re-delivered article only sees what was
in the bucket before its first delivery (same decision, no self-match).
With a clock (``now``), entries expire ``window`` after their event time (undated ones after
the time they were stored); without one nothing expires. The embedded runner passes no clock
over a finite file: the feed clock (latest date seen) jumps by years in an archive that is
not in date order, and on the dev file it expired or never stored 3 of the 5 originals.

Why MinHash LSH with containment verification (measured on ``data/dev``, word 4-shingles)
------------------------------------------------------------------------------------------
=========================  ========  =======  ====================  ===================
pair                       SimHash   Jaccard  containment of later  shared LSH bands
                           Hamming            in earlier            (of 32)
=========================  ========  =======  ====================  ===================
d004-d005 same copy        8         0.77     0.89                  24
d010-d011 cut short        22        0.42     0.91                  3
d015-d016 shortened        23        0.33     0.65                  8
d024-d025 edited, cut      19        0.52     0.80                  10
d034-d035 toll, reordered  24        0.43     0.60                  6
d012/d013 same event       25        0.27     0.40                  2
d021/d022 same event       22        0.22     0.35                  2
773 other pairs            >= 19     <= 0.05  <= 0.10               0
=========================  ========  =======  ====================  ===================

* SimHash (64-bit over the same shingles) cannot separate anything: labelled copies sit at
  Hamming 8-24, same-event stories at 22-25 and unrelated articles from 19 up.
* Jaccard separates copies from follow-ups by only 0.33 vs 0.27: a cut copy has a low
  Jaccard however faithful it is. Containment of the later article in the earlier one
  separates them by 0.60 vs 0.40, so the default threshold of 0.5 sits in the middle of the
  gap (the gap is about 0.19 wide with 3-, 4- or 5-shingles; with 4 it is centred on 0.5).
* MinHash LSH (64 permutations, 32 bands of 2 rows) is only the candidate step: the chance
  that a pair with Jaccard J shares at least one band is 1 - (1 - J**2)**32, 0.977 for the
  hardest labelled pair (J = 0.33), 0.87 at J = 0.25; no unrelated dev pair shares a band.
  The verification is exact containment over the 32-bit shingle hashes that travel with the
  fingerprint, so no estimation error sits at the threshold.
* Result: ``dedup_pairs`` on the dev file (feed order, undated): precision 1.00, recall
  1.00, F1 1.00, no pair between same-event stories; the same through the embedded runner
  (``scripts/score.py``), which passes the real dates, half of them missing.
* ``benchmarks/bench_dedup.py`` gives time and memory per article at 100k and 1M articles
  against datasketch's ``MinHashLSH`` with the same signatures and bands, and the same index
  without the key hashes and without the bitmap (what each costs or saves).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from pipeline.domain import minhash, text
from pipeline.domain.models import DuplicateRecord

EXACT = "exact"
NEAR = "near"
UNIQUE = "unique"
DUPLICATE = "duplicate"
EXACT_KEY_PREFIX = "x"


@dataclass(frozen=True, slots=True)
class DedupParams:
    """Everything that shapes a dedup decision; all workers must use the same values."""

    num_perm: int = 64
    bands: int = 32
    rows: int = 2
    shingle_size: int = 4
    threshold: float = 0.5
    window: timedelta = timedelta(hours=72)
    min_shingles: int = 16  # containment denominator floor: a 3-word brief is no copy
    max_bucket: int = 16  # earliest entries kept (and verified) per key: bounds hot keys
    seed: int = 1

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm:
            raise ValueError(f"bands*rows ({self.bands}*{self.rows}) exceeds num_perm")
        if not 1 <= self.rows <= 64 or self.bands < 1 or self.shingle_size < 1:
            raise ValueError("bands >= 1, 1 <= rows <= 64 and shingle_size >= 1 are required")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if self.window <= timedelta(0) or self.max_bucket < 1:
            raise ValueError("window must be positive and max_bucket >= 1")

    @property
    def votes_expected(self) -> int:
        """How many votes the gatherer waits for: one per band plus the exact key."""
        return self.bands + 1


DEFAULT_PARAMS = DedupParams()
FEED_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup needs to know about a text; plain JSON via ``records.to_dict``."""

    exact: str  # blake2b-128 hex of the normalised words
    band_keys: tuple[str, ...]  # one per LSH band: band number (2 hex) + 64-bit band hash
    shingles: str  # base64 of the sorted unique 32-bit shingle hashes (little-endian)
    size: int  # number of distinct shingles

    def probe_keys(self) -> tuple[str, ...]:
        """The keys to re-key the article by: the exact hash first, then the bands."""
        return (EXACT_KEY_PREFIX + self.exact, *self.band_keys)


@dataclass(frozen=True, slots=True)
class BandEntry:
    """One article as a band owner sees it (the record sent to ``wire.dedup-bands``)."""

    article_id: str
    event_time: datetime | None  # None when the feed gave no date
    exact: str
    shingles: str
    keys: str = ""  # base64 of the sorted 32-bit hashes of every probe key of the article
    bits: str = ""  # base64 of the shingle bitmap (:func:`shingle_bits`); "" = none
    # when the feed delivered it, on one driver's clock (the runner's line sequence, the
    # stream's record timestamp); 0 = unknown. Orders copies that dates cannot.
    arrived: float = 0.0

    @classmethod
    def of(
        cls, article_id: str, fp: Fingerprint, event_time: datetime | None, arrived: float = 0.0
    ) -> BandEntry:
        if event_time is not None:
            _check_aware(event_time)
        keys, bits = key_hashes(fp), fp_bits(fp)
        return cls(article_id, event_time, fp.exact, fp.shingles, keys, bits, arrived)


def key_hashes(fp: Fingerprint) -> str:
    """The ``keys`` field: base64 of the sorted hashes of the article's probe keys."""
    hashes = np.array(sorted({key_hash(k) for k in fp.probe_keys()}), dtype=np.uint32)
    return encode_shingles(hashes)


def fp_bits(fp: Fingerprint) -> str:
    """The ``bits`` field: the shingle bitmap of the article (:func:`shingle_bits`)."""
    return shingle_bits(decode_shingles(fp.shingles))


def key_hash(key: str) -> int:
    """Stable 32-bit hash of a probe key (orders the keys a pair shares).

    Probe keys end in hex digits of a well-mixed hash (the exact key's blake2b, a band's
    splitmix64), so their last 32 bits are already a uniform hash: no need to hash again.
    """
    return int(key[-8:], 16)


BITMAP_BITS = 2048  # one bit per shingle-hash residue: 256 bytes per stored article


def shingle_bits(hashes: npt.NDArray[np.uint32]) -> str:
    """A 2048-bit map of the shingle hashes (bit ``h mod 2048``), base64, little-endian.

    It bounds containment from above without decoding the shingles (:func:`could_reach`).
    """
    marks = np.zeros(BITMAP_BITS, dtype=bool)
    marks[hashes.astype(np.int64) & (BITMAP_BITS - 1)] = True
    return base64.b64encode(np.packbits(marks, bitorder="little").tobytes()).decode("ascii")


@lru_cache(maxsize=64)
def _bits(encoded: str) -> int:
    return int.from_bytes(binascii.a2b_base64(encoded), "little")


def could_reach(
    new_bits: str, new_size: int, old_bits: str, threshold: float, min_shingles: int
) -> bool:
    """Can ``new`` be contained in ``old`` at ``threshold``? ``False`` is a proof it cannot.

    Every bit set in ``new``'s map and not in ``old``'s stands for at least one shingle of
    ``new`` that ``old`` lacks, so ``|new & old| <= |new| - popcount(new & ~old)``: an exact
    upper bound, so no pair at or above the threshold is ever ruled out. Two unrelated wire
    stories of 250 words share about a tenth of their bits, which rules them out for the
    price of an integer AND instead of decoding and intersecting two shingle arrays.
    """
    if not new_bits or not old_bits:
        return True
    missing = (
        _bits(new_bits) & ~int.from_bytes(binascii.a2b_base64(old_bits), "little")
    ).bit_count()
    bound = (new_size - missing) / max(new_size, min_shingles)
    return bound >= threshold - 1e-4  # containment is rounded to 4 places


@dataclass(frozen=True, slots=True)
class Candidate:
    """An earlier article that shares a key with the one being checked."""

    article_id: str
    similarity: float
    kind: str  # "exact" | "near"
    event_time: datetime | None
    # hashes of the keys the pair shares that come before this one: the pair counts here
    # only if the article was refused at every one of them (see :func:`decide`)
    after: tuple[int, ...] = ()
    # the earlier-stored article was published (or delivered) after the one being checked:
    # it is the copy
    later: bool = False
    arrived: float = 0.0  # when the candidate was delivered (see :attr:`BandEntry.arrived`)


@dataclass(frozen=True, slots=True)
class BandVote:
    """A band owner's answer for one article (``wire.dedup-votes``, keyed by article id)."""

    article_id: str
    band_key: str
    candidates: tuple[Candidate, ...] = ()
    refused: bool = False  # the bucket was full: the article was not stored at this key


@dataclass(frozen=True, slots=True)
class DedupDecision:
    article_id: str
    status: str  # "unique" | "duplicate"
    duplicate_of: str | None
    similarity: float  # best verified candidate's similarity (0.0 when there was none)
    kind: str | None  # "exact" | "near" when a duplicate
    # earlier arrivals that this article turns out to precede (published before them):
    # each is a copy of this article's original (a correction of an earlier decision)
    copies: tuple[Candidate, ...] = ()

    @property
    def original(self) -> str:
        """The id that copies of this article belong to: its original, or itself."""
        return self.duplicate_of or self.article_id


# ---------------------------------------------------------------------------- fingerprint


def fingerprint(text_: str, params: DedupParams = DEFAULT_PARAMS) -> Fingerprint:
    """Normalise, hash and sketch one article text (headline + blank line + body)."""
    tokens = text.words(text_)
    hashes = text.shingle_hashes(tokens, params.shingle_size)
    sig = minhash.signature(hashes, params.num_perm, params.seed)
    return Fingerprint(
        exact=text.content_hash(tokens),
        band_keys=minhash.band_keys(sig, params.bands, params.rows),
        shingles=encode_shingles(hashes),
        size=int(hashes.size),
    )


def encode_shingles(hashes: npt.NDArray[np.uint32]) -> str:
    return base64.b64encode(hashes.astype("<u4").tobytes()).decode("ascii")


def decode_shingles(encoded: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(base64.b64decode(encoded), dtype="<u4").astype(np.uint32)


@lru_cache(maxsize=1024)
def containment(new: str, old: str, min_shingles: int) -> float:
    """Share of ``new``'s shingles found in ``old`` (both encoded), denominator floored."""
    a, b = decode_shingles(new), decode_shingles(old)
    if a.size == 0 or b.size == 0:
        return 0.0
    at = np.minimum(np.searchsorted(b, a), b.size - 1)  # both sorted and unique
    shared = int(np.count_nonzero(b[at] == a))
    return round(shared / max(a.size, min_shingles), 4)


# ---------------------------------------------------------------------- band owner step

# A stored entry is a plain JSON row, of one of two kinds:
#   full row: [article_id, stamp (epoch s), exact, shingles, dated (0/1), probe-key hashes,
#              bitmap, arrived]
#   pointer:  [article_id, stamp, dated (0/1), home]
# The stamp is the event time when dated, else the owner's clock when stored (for expiry).
# An owner keeps an article's full row ONCE, in the bucket of the first of the article's
# keys it holds that takes it (the article's "home" at this owner); the bucket of every
# other key it holds gets a pointer to the home key. The shingles are the bulk of a row
# (4 bytes a shingle, base64: about 4 KB for a 600-word story): a stream owner writes
# each row to its table's changelog, and an article has 33 keys, so a row per key cost
# about 70 KB of changelog per article; one full row per owning partition (at most
# ``partitions``; one in the runner) and small pointers cost a fraction. A pointer names a key
# that its owner holds, so it resolves within the owner's own state (a stream partition);
# a pointer and its full row carry the same stamp and expire together.
# Older rows (every one a full row; shorter layouts from before keys, dates, bitmaps or
# arrival were stored) are read as they are: no migration is needed. A pointer is told
# from the oldest 4-field full row by its third field, a number and not the exact hash.
# A bucket is a list of rows, or, for the common bucket of one, the row itself (it saves a
# container per key: a third of the in-process memory per article).
Row = tuple[str, float, str, str, int, str, str, float]
Pointer = tuple[str, float, int, str]


def _rows(bucket: Any) -> Sequence[Sequence[Any]]:
    if not bucket:
        return ()
    return (bucket,) if isinstance(bucket[0], str) else bucket


def _bucket(rows: Sequence[Sequence[Any]]) -> Any:
    return tuple(rows[0]) if len(rows) == 1 else tuple(tuple(r) for r in rows)


@lru_cache(maxsize=8)
def _row(entry: BandEntry, stored_at: float) -> Row:
    # cached so that one article's row is one shared object in every in-process bucket
    dated = entry.event_time is not None
    stamp = entry.event_time.timestamp() if entry.event_time is not None else stored_at
    return (
        entry.article_id,
        stamp,
        entry.exact,
        entry.shingles,
        int(dated),
        entry.keys,
        entry.bits,
        entry.arrived,
    )


@lru_cache(maxsize=64)
def _pointer(row: Row, home: str) -> Pointer:
    # cached so that an article's pointers are one shared object in an in-process state
    return (row[0], row[1], row[4], home)


def _is_pointer(row: Sequence[Any]) -> bool:
    return len(row) == 4 and not isinstance(row[2], str)


def _full(row: Sequence[Any], state: MutableMapping[str, Any]) -> Row | None:
    """The full row behind a stored row (itself, or a pointer's home row), with the stamp
    and date of the row given; ``None`` when the home no longer holds it (expired)."""
    if not _is_pointer(row):
        return _padded(row)
    for r in _rows(state.get(row[3])):
        if r[0] == row[0] and not _is_pointer(r):
            full = _padded(r)
            return (full[0], row[1], full[2], full[3], int(row[2]), *full[5:])
    return None


@lru_cache(maxsize=4096)
def _key_set(encoded: str) -> frozenset[int]:
    return frozenset(int(h) for h in decode_shingles(encoded))


@lru_cache(maxsize=1024)
def _shared_keys(mine: str, theirs: str) -> tuple[int, ...]:
    """The sorted hashes of the probe keys two articles share (none known: empty)."""
    if not mine or not theirs:
        return ()
    return tuple(sorted(_key_set(mine) & _key_set(theirs)))


def _keys_before(key: int, mine: str, theirs: str) -> tuple[int, ...]:
    """The keys the two articles share that come before ``key`` (empty: decided here)."""
    shared = _shared_keys(mine, theirs)
    if not shared or shared[0] >= key:
        return ()
    return tuple(h for h in shared if h < key)


def _size(encoded: str) -> int:
    """How many 32-bit hashes a base64 string holds, without decoding it."""
    return (len(encoded) * 3 // 4 - encoded[-2:].count("=")) // 4


def probe_band(
    band_key: str,
    entry: BandEntry,
    state: MutableMapping[str, Any],
    now: datetime | None,
    params: DedupParams = DEFAULT_PARAMS,
    stored_at: datetime | None = None,
) -> BandVote:
    """Compare ``entry`` with the bucket ``state[band_key]``, then add it to the bucket.

    Reports the live entries that arrived before it (on re-delivery: before its first
    delivery) whose containment could reach the threshold (:func:`could_reach`; the others
    are not verified or reported), each with the shared keys that come before this one;
    two dated articles more than ``window`` apart are never candidates. With ``now``,
    expired entries are dropped on the way; without it nothing expires. An undated entry
    is stamped (for a later expiry) with ``stored_at``, else ``now``. A full bucket
    (``max_bucket`` live entries) refuses the entry and the vote says so. The bucket is
    re-assigned, never mutated in place (a Faust table sees the write). The entry is
    stored whole here; :func:`probe_keys` stores it whole once for several keys.
    """
    return probe_keys((band_key,), entry, state, now, params, stored_at)[0]


def probe_keys(
    band_keys: Sequence[str],
    entry: BandEntry,
    state: MutableMapping[str, Any],
    now: datetime | None,
    params: DedupParams = DEFAULT_PARAMS,
    stored_at: datetime | None = None,
) -> tuple[BandVote, ...]:
    """:func:`probe_band` for each of the keys one owner holds of an article, storing the
    article's full row once: at the first of ``band_keys`` whose bucket takes it (its
    home), and a pointer to the home at the others. Votes are the same as key by key."""
    if now is not None:
        _check_aware(now)
    stamp = None if now is None else now.timestamp()
    stored = stored_at.timestamp() if stored_at is not None else stamp
    return _probe_all(band_keys, entry, _row(entry, stored or 0.0), state, stamp, params)


def _probe_all(
    band_keys: Sequence[str],
    entry: BandEntry,
    row: Row,
    state: MutableMapping[str, Any],
    now: float | None,
    params: DedupParams,
) -> tuple[BandVote, ...]:
    votes: list[BandVote] = []
    home: str | None = None
    for key in band_keys:
        vote, whole_here = _probe(key, entry, row, state, now, params, home)
        if whole_here and home is None:
            home = key
        votes.append(vote)
    return tuple(votes)


def _probe(
    band_key: str,
    entry: BandEntry,
    row: Row,
    state: MutableMapping[str, Any],
    now: float | None,
    params: DedupParams,
    home: str | None = None,
) -> tuple[BandVote, bool]:
    """The vote at one key, and whether the bucket now holds the entry's full row. With
    ``home`` (a key of this owner that holds the full row), a pointer is stored instead."""
    new_id = row[0]
    horizon = None if now is None else now - params.window.total_seconds()
    fresh = horizon is None or row[1] >= horizon
    mine = row if home is None else _pointer(row, home)
    stored = _rows(state.get(band_key))
    if not stored:  # the common case: the first article with this key
        if fresh:
            state[band_key] = mine
        return BandVote(new_id, band_key), fresh and home is None
    live = list(stored) if horizon is None else [r for r in stored if r[1] >= horizon]
    ids = [r[0] for r in live]
    known = new_id in ids
    earlier = live[: ids.index(new_id)] if known else live
    candidates = _candidates(band_key, entry, row, earlier, state, params) if earlier else ()
    refused = not known and fresh and len(live) >= params.max_bucket
    if not known and fresh and not refused:
        state[band_key] = _bucket([*live, mine])
    elif len(live) != len(stored):
        if live:
            state[band_key] = _bucket(live)
        else:
            del state[band_key]
    if known:
        whole_here = not _is_pointer(live[ids.index(new_id)])
    else:
        whole_here = fresh and not refused and home is None
    return BandVote(new_id, band_key, candidates, refused), whole_here


def _candidates(
    band_key: str,
    entry: BandEntry,
    row: Row,
    earlier: Sequence[Sequence[Any]],
    state: MutableMapping[str, Any],
    params: DedupParams,
) -> tuple[Candidate, ...]:
    window = params.window.total_seconds()
    t_new, new_dated = row[1], bool(row[4])
    new_size = _size(entry.shingles)
    here = key_hash(band_key)
    found: list[Candidate] = []
    for stored in earlier:
        full = _full(stored, state)
        if full is None:  # its home row is gone: expired with it
            continue
        cid, ct, cexact, cshingles, cdated, ckeys, cbits, carrived = full
        both_dated = new_dated and bool(cdated)
        if both_dated and abs(t_new - ct) > window:
            continue
        exact = cexact == entry.exact
        if not exact and not _could_pair(entry.bits, new_size, cbits, _size(cshingles), params):
            continue
        after = _keys_before(here, entry.keys, ckeys)
        if exact:
            similarity, kind = 1.0, EXACT
        else:
            similarity = max(
                containment(entry.shingles, cshingles, params.min_shingles),
                containment(cshingles, entry.shingles, params.min_shingles),
            )
            kind = NEAR
        when = datetime.fromtimestamp(ct, UTC) if cdated else None
        # Of two dated copies the earlier published is the original; arrival decides only
        # when either is undated (or both carry the same time): the feed's delivery stamps
        # when both have one, else the order this owner saw them in.
        by_date = both_dated and t_new != ct
        later = t_new < ct if by_date else 0.0 < entry.arrived < carrived
        found.append(Candidate(cid, similarity, kind, when, after, later, carrived))
    return tuple(found)


def _could_pair(
    new_bits: str, new_size: int, old_bits: str, old_size: int, params: DedupParams
) -> bool:
    """Can either article be contained in the other at the threshold? (both directions)"""
    threshold, floor = params.threshold, params.min_shingles
    return could_reach(new_bits, new_size, old_bits, threshold, floor) or could_reach(
        old_bits, old_size, new_bits, threshold, floor
    )


def _padded(row: Sequence[Any]) -> Row:
    """Rows stored before keys, dates, bitmaps or arrival were recorded: dated, no keys,
    no bitmap, arrival unknown."""
    if len(row) >= 8:
        return (row[0], row[1], row[2], row[3], int(row[4]), row[5], row[6], float(row[7]))
    if len(row) == 7:
        return (row[0], row[1], row[2], row[3], int(row[4]), row[5], row[6], 0.0)
    if len(row) == 6:
        return (row[0], row[1], row[2], row[3], int(row[4]), row[5], "", 0.0)
    return (row[0], row[1], row[2], row[3], 1, "", "", 0.0)


def expire(state: MutableMapping[str, Any], now: datetime, params: DedupParams) -> int:
    """Drop every expired entry from a whole state mapping (a periodic full sweep).

    Returns how many keys were removed or rewritten. For a Faust table run it from a timer;
    :class:`DedupIndex` does the same work incrementally with :class:`GenerationalState`.
    """
    horizon = now.timestamp() - params.window.total_seconds()
    touched = 0
    for key in list(state.keys()):
        rows = _rows(state[key])
        live = [r for r in rows if r[1] >= horizon]
        if len(live) != len(rows):
            touched += 1
            if live:
                state[key] = _bucket(live)
            else:
                del state[key]
    return touched


# ------------------------------------------------------------------------ gatherer step


def decide(
    article_id: str, votes: Iterable[BandVote], params: DedupParams = DEFAULT_PARAMS
) -> DedupDecision:
    """The verdict from all votes for one article: its original among the candidates at or
    above threshold.

    The original is the candidate published first (undated ones after dated ones), then
    the most similar, exact over near. A pair
    counts at its deciding key: the first key both share at which this article was not
    refused for a full bucket (a candidate reported after keys where it was not refused is
    dropped). If the two articles' deciding keys differ, the other article was refused at
    the smaller one, so it cannot be found there: of two articles at most one names the
    other, whatever order each owner saw them in. A candidate that arrived earlier but was
    published later (``later``) is not an original of this article but a copy of it: it is
    listed in ``copies`` (at or above threshold) so that the earlier decision is corrected.
    """
    votes = list(votes)
    refused = {key_hash(v.band_key) for v in votes if v.refused}
    originals: list[Candidate] = []
    copies: dict[str, Candidate] = {}
    closest = 0.0
    for vote in votes:
        for c in vote.candidates:
            if c.article_id == article_id or not refused.issuperset(c.after):
                continue
            closest = max(closest, c.similarity)
            if c.similarity < params.threshold:
                continue
            if c.later:
                copies.setdefault(c.article_id, c)
            else:
                originals.append(c)
    found = tuple(copies[k] for k in sorted(copies))
    if not originals:
        return DedupDecision(article_id, UNIQUE, None, closest, None, found)
    best = min(originals, key=_earliest)
    return DedupDecision(article_id, DUPLICATE, best.article_id, best.similarity, best.kind, found)


def telling(votes: Iterable[BandVote]) -> tuple[BandVote, ...]:
    """The votes :func:`decide` reads anything from: with a candidate or a refusal. The
    others (the first article at a key, the common case) can be dropped before the
    decision without changing it; a gatherer that keeps votes stores only these."""
    return tuple(v for v in votes if v.candidates or v.refused)


def _earliest(c: Candidate) -> tuple[float, float, float, bool, str]:
    """Rank originals: published first (undated last), delivered first, then most
    similar, exact, id."""
    when = c.event_time.timestamp() if c.event_time is not None else float("inf")
    return (when, c.arrived or float("inf"), -c.similarity, c.kind != EXACT, c.article_id)


def duplicate_record(article_id: str, source: str, decision: DedupDecision) -> DuplicateRecord:
    """What is recorded (and sent on ``wire.duplicates``) for a duplicate decision."""
    return DuplicateRecord(
        article_id=article_id,
        duplicate_of=decision.duplicate_of or "",
        similarity=decision.similarity,
        source=source,
        kind=decision.kind or NEAR,
    )


def corrections(decision: DedupDecision) -> list[DuplicateRecord]:
    """The earlier decisions this one overturns: each copy now belongs to our original.

    The copy's outlet is not known here (``source`` is empty); whoever holds the copy's
    record moves its sources (see :mod:`pipeline.domain.flow`).
    """
    return [
        DuplicateRecord(
            article_id=c.article_id,
            duplicate_of=decision.original,
            similarity=c.similarity,
            source="",
            kind=c.kind,
            correction=True,
        )
        for c in decision.copies
    ]


# --------------------------------------------------------------------- embedded index


class GenerationalState(MutableMapping[str, Any]):
    """A dict split into generations by event time, so expiry costs nothing per entry.

    Writes go to the newest generation (moving the key out of older ones). When ``now``
    passes the end of a generation by more than the window, every entry in it is expired
    (entries are written no later than their generation ends), and the whole dict goes.
    """

    def __init__(self, window: timedelta, span: timedelta | None = None) -> None:
        self._window = window.total_seconds()
        self._span = (span or window / 2).total_seconds()
        self._generations: list[tuple[float, dict[str, Any]]] = []  # (end time, data), newest last

    def advance(self, now: datetime) -> int:
        """Open a generation for ``now`` if needed and drop expired ones; returns keys dropped."""
        t = now.timestamp()
        if not self._generations or t >= self._generations[-1][0]:
            self._generations.append((t + self._span, {}))
        dropped = 0
        while len(self._generations) > 1 and self._generations[0][0] < t - self._window:
            dropped += len(self._generations.pop(0)[1])
        return dropped

    def get(self, key: str, default: Any = None) -> Any:
        for _, data in reversed(self._generations):
            value = data.get(key)
            if value is not None:
                return value
        return default

    def __getitem__(self, key: str) -> Any:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        if not self._generations:
            raise RuntimeError("call advance(now) before writing")
        *older, (_, newest) = self._generations
        for _, data in older:
            data.pop(key, None)
        newest[key] = value

    def __delitem__(self, key: str) -> None:
        found = False
        for _, data in self._generations:
            found = data.pop(key, None) is not None or found
        if not found:
            raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for _, data in reversed(self._generations):
            for key in data:
                if key not in seen:
                    seen.add(key)
                    yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)


class DedupIndex:
    """In-process dedup: :func:`probe_band` for every key, then :func:`decide`.

    Arrival order is the order of :meth:`check` calls. With ``now`` (a live feed's clock)
    entries expire after the window; without it (a finite file, whose dates may be
    missing or out of order) nothing expires and only dated pairs are bounded by it.
    """

    def __init__(
        self,
        params: DedupParams = DEFAULT_PARAMS,
        state: MutableMapping[str, Any] | None = None,
    ) -> None:
        self.params = params
        self.state: MutableMapping[str, Any] = (
            state if state is not None else GenerationalState(params.window)
        )
        self._clock: datetime | None = None
        if isinstance(self.state, GenerationalState):
            self.state.advance(FEED_EPOCH)  # one generation to write to before any clock

    def check(
        self,
        article_id: str,
        fp: Fingerprint,
        event_time: datetime | None,
        now: datetime | None = None,
    ) -> DedupDecision:
        entry = BandEntry.of(article_id, fp, event_time)
        if now is not None:
            _check_aware(now)
            now = now if self._clock is None else max(self._clock, now)
            self._clock = now
            if isinstance(self.state, GenerationalState):
                self.state.advance(now)
        stamp = None if now is None else now.timestamp()
        row = _row(entry, stamp or 0.0)
        votes = _probe_all(fp.probe_keys(), entry, row, self.state, stamp, self.params)
        return decide(article_id, votes, self.params)


# -------------------------------------------------------------------------- evaluation


class HasText(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...


def dedup_pairs(
    articles: Iterable[HasText],
    params: DedupParams = DEFAULT_PARAMS,
    event_times: dict[str, datetime] | None = None,
) -> list[tuple[str, str, float]]:
    """``(duplicate id, original id, similarity)`` for every duplicate found in a feed.

    Articles are checked in the order given: feed order is arrival order, so the earlier
    item of a pair is the original. Articles are undated unless ``event_times`` gives their
    date (then two dated articles more than ``window`` apart never pair); nothing expires.
    """
    index = DedupIndex(params)
    pairs: list[tuple[str, str, float]] = []
    for article in articles:
        when = (event_times or {}).get(article.id)
        decision = index.check(article.id, fingerprint(article.text, params), when)
        if decision.duplicate_of is not None:
            pairs.append((article.id, decision.duplicate_of, decision.similarity))
        for copy in decision.copies:  # an earlier arrival published later: a copy after all
            pairs = [p for p in pairs if p[0] != copy.article_id]
            pairs.append((copy.article_id, decision.original, copy.similarity))
    return pairs


def _check_aware(when: datetime) -> None:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"dedup needs timezone-aware datetimes, got naive {when.isoformat()}")
