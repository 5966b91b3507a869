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

What an owner stores per article is kept small in records as well as bytes, because a
stream owner writes every table change to its table's changelog, and the records cost
the event loop more than their size: ONE entry per probe group (the keys of an article
that one owner holds), with the article's row and the group's keys, in a
:class:`BandIndex`; the band key -> rows lookup the votes read is derived from the
entries in memory and rebuilt from them after a recovery. An article costs at most
``partitions`` band-table records (one in the runner) instead of one per key (33); the
gatherer keeps only the votes that can sway a decision (:func:`telling`).

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
from collections.abc import Callable, Iterable, MutableMapping, Sequence
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

# A band owner's state is a :class:`BandIndex`: ONE stored entry per (probe group,
# article), keyed ``<the group's first key>/<article id>``, whose value is the article's
# row and the keys of the group that took it (a bucket full at a key refuses it there):
#   {"row": [article_id, stamp (epoch s), exact, shingles, dated (0/1), probe-key hashes,
#            bitmap, arrived],
#    "keys": [band key, ...], "seq": n, "late": {band key: n}}   ("late": see store())
# The stamp is the event time when dated, else the owner's clock when stored (for expiry).
# A stream owner writes each entry to its table's changelog, so an article costs one
# changelog record per owning partition (at most ``partitions``; one entry in the runner)
# instead of one per key (33). The band key -> rows lookup the votes read is derived from
# the entries in memory and rebuilt from them after a recovery; ``seq`` (the owner's
# storing order) keeps each bucket in the order its rows were stored, which decides
# which article came first at a key. A group's keys all live on one partition, the one of
# its first key, so an entry moves with its partition.
Row = tuple[str, float, str, str, int, str, str, float]
ENTRY_SEP = "/"  # probe keys are hex (the exact key prefixed "x"): never contain it


def entry_key(group_key: str, article_id: str) -> str:
    """The table key of an article's entry for the probe group led by ``group_key``."""
    return f"{group_key}{ENTRY_SEP}{article_id}"


def entry_route(table_key: str) -> str:
    """The probe key an entry's table key was made from (it says the entry's partition)."""
    return table_key.split(ENTRY_SEP, 1)[0]


def _is_entry(value: Any) -> bool:
    """An entry of this layout (rows of earlier layouts, lists by band key, are not)."""
    return isinstance(value, dict) and "row" in value and "keys" in value


class BandIndex:
    """A band owner's state: ``entries`` (a dict in the runner, a Faust table in the
    stream) holds one entry per (probe group, article); the buckets (band key -> rows, in
    storing order) are an in-memory index derived from them.

    Every write goes through :meth:`store` and :meth:`expire`, which keep the index in
    step. Whatever fills ``entries`` behind its back (a stream table recovering from its
    changelog) must be followed by :meth:`invalidate` or :meth:`sync`: the index is then
    rebuilt from the entries on its next use. Entries of earlier layouts are ignored.
    """

    def __init__(self, entries: MutableMapping[str, Any] | None = None) -> None:
        self.entries: MutableMapping[str, Any] = entries if entries is not None else {}
        # band key -> [(seq, table key, row)], in seq order
        self._buckets: dict[str, list[tuple[int, str, Sequence[Any]]]] = {}
        self._held: dict[str, tuple[float, tuple[str, ...]]] = {}  # table key -> stamp, keys
        self._next = 0
        self._stale = True
        self._token: object = None
        self.rebuilds = 0

    def invalidate(self) -> None:
        """The entries changed behind the index's back: rebuild it on its next use."""
        self._stale = True

    def sync(self, token: object) -> None:
        """Rebuild on next use when ``token`` (say, a rebalance generation) has changed."""
        if token != self._token:
            self._token = token
            self._stale = True

    def _fresh(self) -> None:
        if self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        """Derive the buckets from the entries (after a recovery fills them)."""
        self._buckets, self._held, self._stale = {}, {}, False
        top = -1
        for table_key, value in list(self.entries.items()):
            if not _is_entry(value):
                continue
            late = value.get("late") or {}
            seqs = [(key, int(late.get(key, value["seq"]))) for key in value["keys"]]
            self._index(table_key, value["row"], seqs)
            top = max([top, *(n for _, n in seqs)])
        for bucket in self._buckets.values():
            bucket.sort(key=lambda item: item[0])
        self._next = top + 1
        self.rebuilds += 1

    def _index(self, table_key: str, row: Sequence[Any], seqs: Sequence[tuple[str, int]]) -> None:
        for key, n in seqs:
            self._buckets.setdefault(key, []).append((n, table_key, row))
        stamp, keys = self._held.get(table_key, (float(row[1]), ()))
        self._held[table_key] = (stamp, (*keys, *(key for key, _ in seqs)))

    def bucket(self, band_key: str, horizon: float | None = None) -> list[Sequence[Any]]:
        """The rows stored at ``band_key`` in storing order (with ``horizon``: the live ones)."""
        self._fresh()
        rows = self._buckets.get(band_key, ())
        if horizon is None:
            return [row for _, _, row in rows]
        return [row for _, _, row in rows if row[1] >= horizon]

    def store(self, group_key: str, row: Sequence[Any], keys: Sequence[str]) -> None:
        """Store ``row`` at ``keys`` (of the probe group led by ``group_key``): one entry
        write. An entry that exists already (a probe delivered again that is now taken at
        a key that refused it the first time) gains the keys, each ordered as stored now."""
        self._fresh()
        table_key = entry_key(group_key, row[0])
        n, self._next = self._next, self._next + 1
        old = self.entries.get(table_key) if table_key in self._held else None
        if _is_entry(old):
            assert old is not None
            late = {**(old.get("late") or {}), **dict.fromkeys(keys, n)}
            value = {**old, "keys": [*old["keys"], *keys], "late": late}
        else:
            value = {"row": row, "keys": list(keys), "seq": n}
        self.entries[table_key] = value
        self._index(table_key, row, [(key, n) for key in keys])

    def expire(self, horizon: float, where: Callable[[str], bool] | None = None) -> int:
        """Delete the entries stamped before ``horizon`` (with ``where``: only the table
        keys it accepts) and their rows from the buckets; returns how many."""
        self._fresh()
        old = [
            table_key
            for table_key, (stamp, _) in self._held.items()
            if stamp < horizon and (where is None or where(table_key))
        ]
        for table_key in old:
            _, keys = self._held.pop(table_key)
            if table_key in self.entries:
                del self.entries[table_key]
            for key in set(keys):
                rows = [item for item in self._buckets[key] if item[1] != table_key]
                if rows:
                    self._buckets[key] = rows
                else:
                    del self._buckets[key]
        return len(old)

    def __len__(self) -> int:
        """How many entries the index holds."""
        self._fresh()
        return len(self._held)


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
    bands: BandIndex,
    now: datetime | None,
    params: DedupParams = DEFAULT_PARAMS,
    stored_at: datetime | None = None,
) -> BandVote:
    """Compare ``entry`` with the bucket at ``band_key``, then add it to the bucket.

    Reports the live entries that arrived before it (on re-delivery: before its first
    delivery) whose containment could reach the threshold (:func:`could_reach`; the others
    are not verified or reported), each with the shared keys that come before this one;
    two dated articles more than ``window`` apart are never candidates. With ``now``,
    entries older than the window are not seen (a sweep, :func:`expire`, deletes them);
    without it nothing expires. An undated entry is stamped (for a later expiry) with
    ``stored_at``, else ``now``. A full bucket (``max_bucket`` live entries) refuses the
    entry and the vote says so. The entry is stored alone here; :func:`probe_keys`
    stores it once for several keys.
    """
    return probe_keys((band_key,), entry, bands, now, params, stored_at)[0]


def probe_keys(
    band_keys: Sequence[str],
    entry: BandEntry,
    bands: BandIndex,
    now: datetime | None,
    params: DedupParams = DEFAULT_PARAMS,
    stored_at: datetime | None = None,
) -> tuple[BandVote, ...]:
    """:func:`probe_band` for each of the keys one owner holds of an article (a probe
    group), storing the article ONCE, in one entry for the keys that take it. Votes are
    the same as key by key."""
    if now is not None:
        _check_aware(now)
    stamp = None if now is None else now.timestamp()
    stored = stored_at.timestamp() if stored_at is not None else stamp
    return _probe_all(band_keys, entry, _row(entry, stored or 0.0), bands, stamp, params)


def _probe_all(
    band_keys: Sequence[str],
    entry: BandEntry,
    row: Row,
    bands: BandIndex,
    now: float | None,
    params: DedupParams,
) -> tuple[BandVote, ...]:
    new_id = row[0]
    horizon = None if now is None else now - params.window.total_seconds()
    fresh = horizon is None or row[1] >= horizon
    votes: list[BandVote] = []
    taken: list[str] = []
    for key in band_keys:
        live = bands.bucket(key, horizon)
        ids = [r[0] for r in live]
        known = new_id in ids
        earlier = live[: ids.index(new_id)] if known else live
        candidates = _candidates(key, entry, row, earlier, params) if earlier else ()
        refused = not known and fresh and len(live) >= params.max_bucket
        if not known and fresh and not refused:
            taken.append(key)
        votes.append(BandVote(new_id, key, candidates, refused))
    if taken:
        bands.store(band_keys[0], row, taken)
    return tuple(votes)


def _candidates(
    band_key: str,
    entry: BandEntry,
    row: Row,
    earlier: Sequence[Sequence[Any]],
    params: DedupParams,
) -> tuple[Candidate, ...]:
    window = params.window.total_seconds()
    t_new, new_dated = row[1], bool(row[4])
    new_size = _size(entry.shingles)
    here = key_hash(band_key)
    found: list[Candidate] = []
    for stored in earlier:
        cid, ct, cexact, cshingles, cdated, ckeys, cbits, carrived = stored
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


def expire(
    bands: BandIndex,
    now: datetime,
    params: DedupParams,
    where: Callable[[str], bool] | None = None,
) -> int:
    """Delete every entry older than the window at ``now`` (a periodic sweep; ``where``
    limits it to the table keys it accepts, say one stream partition's). How many."""
    return bands.expire(now.timestamp() - params.window.total_seconds(), where)


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


class DedupIndex:
    """In-process dedup: :func:`probe_keys` over all keys at once, then :func:`decide`.

    Arrival order is the order of :meth:`check` calls. With ``now`` (a live feed's clock)
    entries expire after the window (swept every half window of the clock); without it
    (a finite file, whose dates may be missing or out of order) nothing expires and only
    dated pairs are bounded by it.
    """

    def __init__(
        self,
        params: DedupParams = DEFAULT_PARAMS,
        state: MutableMapping[str, Any] | None = None,
    ) -> None:
        self.params = params
        self.bands = BandIndex(state)
        self.state = self.bands.entries
        self._clock: datetime | None = None
        self._swept: datetime | None = None

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
            if self._swept is None or now - self._swept >= self.params.window / 2:
                self._swept = now
                expire(self.bands, now, self.params)
        stamp = None if now is None else now.timestamp()
        row = _row(entry, stamp or 0.0)
        votes = _probe_all(fp.probe_keys(), entry, row, self.bands, stamp, self.params)
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
