"""The place gazetteer's on-disk index: same answers as the tables it was written from,
built once per source digest, and a fallback when the cache cannot be used."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from pipeline.domain.models import Place
from pipeline.nlp import index
from pipeline.nlp.places import PlaceResolver, PlaceTables, _Candidate

SPRINGFIELD_US = Place("Springfield", 1, "US", "Illinois", 39.80172, -89.64371, "city")
SPRINGFIELD_AU = Place("Springfield", 2, "AU", None, -27.65, 152.9, "city")
FREEDONIA = Place("Freedonia", 3, "FD", kind="country")
NORTH = Place("North Province", 4, "FD", "North Province", kind="admin1")
PORT = Place("Port Royal", 5, "FD", "North Province", 1.0 / 3.0, 2.5e-7, "capital", True)


def tables() -> PlaceTables:
    return PlaceTables(
        index={
            # ties are settled by order: the stored index must keep it
            "springfield": [
                _Candidate(SPRINGFIELD_US, 100_000, "city", True),
                _Candidate(SPRINGFIELD_AU, 100_000, "city", True),
            ],
            "freedonia": [_Candidate(FREEDONIA, 5_000_000, "country", True)],
            "north": [_Candidate(NORTH, 5_000, "admin1", True)],
            "port royal": [_Candidate(PORT, 2**40, "capital", True)],
            "royal": [_Candidate(PORT, 2**40, "capital", False)],
        },
        countries={"freedonia": "FD", "freedonian": "FD"},
        country_places={"FD": FREEDONIA},
        not_places=frozenset({"nowhere"}),
        regions={"FD": [("north province", NORTH)]},
    )


def as_rows(candidates: object) -> list[tuple[object, ...]]:
    return [(c.place, c.population, c.rank_kind, c.primary) for c in candidates]  # type: ignore[attr-defined]


def test_round_trip_keeps_every_field_and_the_order(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    index.write_place_index(path, tables())
    stored = index.read_place_index(path)
    source = tables()
    assert len(stored.index) == len(source.index)
    assert sorted(stored.index) == sorted(source.index)
    for key, candidates in source.index.items():
        assert as_rows(stored.index[key]) == as_rows(candidates)
    assert stored.index[("port royal")][0].place.latitude == 1.0 / 3.0  # exact float
    assert "springfield" in stored.index and "shelbyville" not in stored.index
    assert stored.index.get("shelbyville") is None
    assert stored.countries == source.countries
    assert stored.country_places == source.country_places
    assert stored.not_places == source.not_places
    assert stored.regions == source.regions


def test_resolver_answers_alike_from_memory_and_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    index.write_place_index(path, tables())
    memory = PlaceResolver(tables=tables())
    disk = PlaceResolver(tables=index.read_place_index(path))
    for name, context in [("Springfield", []), ("Springfield", ["AU"]), ("Port Royal", []),
                          ("Royal", []), ("northern Freedonia", []), ("Nowhere", []),
                          ("Freedonian North", []), ("the city of Springfield", ["FD"])]:
        assert memory.resolve(name, context) == disk.resolve(name, context), name
    assert disk.resolve("Springfield") == SPRINGFIELD_US  # first of two equal candidates
    assert disk.country_of("Freedonian") == "FD"


def test_built_once_then_read_from_the_cache(tmp_path: Path) -> None:
    builds: list[int] = []

    def build(min_pop: int) -> PlaceTables:
        builds.append(min_pop)
        return tables()

    env = {"WIREWATCH_CACHE_DIR": str(tmp_path / "cache")}
    first = index.load_place_tables(build, env=env)
    second = index.load_place_tables(build, env=env)
    assert builds == [500]
    assert isinstance(first.index, index.StoredIndex)
    assert as_rows(second.index["springfield"]) == as_rows(tables().index["springfield"])
    assert len(list((tmp_path / "cache").glob("places-*.sqlite"))) == 1


def test_a_changed_source_builds_a_new_file_and_drops_old_ones_unused_for_days(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checkouts of different code share the cache: each keeps its file while it is used
    (removing the other's at once made both rebuild theirs again and again)."""
    builds: list[int] = []

    def build(min_pop: int) -> PlaceTables:
        builds.append(min_pop)
        return tables()

    env = {"WIREWATCH_CACHE_DIR": str(tmp_path)}
    digest = index.source_digest
    index.load_place_tables(build, env=env)
    monkeypatch.setattr(index, "source_digest", lambda min_pop: "changed")
    index.load_place_tables(build, env=env)
    assert len(builds) == 2
    files = sorted(p.name for p in tmp_path.glob("places-*.sqlite"))
    assert files == sorted(["places-changed.sqlite", f"places-{digest(500)}.sqlite"])
    monkeypatch.setattr(index, "source_digest", digest)
    index.load_place_tables(build, env=env)  # the first checkout again: no rebuild
    assert len(builds) == 2
    # a file not opened for longer than UNUSED_DAYS goes, and a dead build's leftover
    long_ago = time.time() - (index.UNUSED_DAYS + 1) * 86400
    os.utime(tmp_path / "places-changed.sqlite", (long_ago, long_ago))
    (tmp_path / ".places-x.sqlite.1.tmp").write_bytes(b"half")
    os.utime(tmp_path / ".places-x.sqlite.1.tmp", (long_ago, long_ago))
    monkeypatch.setattr(index, "source_digest", lambda min_pop: "third")
    index.load_place_tables(build, env=env)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["places-third.sqlite", f"places-{digest(500)}.sqlite"])


def test_source_digest_follows_the_population_floor() -> None:
    assert index.source_digest(500) != index.source_digest(1000)
    assert index.source_digest(500) == index.source_digest(500)


def test_source_digest_follows_the_curated_place_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new alias or territory row in the curated file must build a new index."""
    from pipeline.nlp import places

    before = index.source_digest(500)
    edited = tmp_path / "places_curated.json"
    edited.write_text(places._DATA.read_text(encoding="utf-8").replace(
        '"Samachablo"', '"Samachablo", "Tskhinvali district"', 1), encoding="utf-8")
    assert edited.read_bytes() != places._DATA.read_bytes()
    monkeypatch.setattr(places, "_DATA", edited)
    assert index.source_digest(500) != before


def test_unusable_cache_builds_in_memory_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    env = {"WIREWATCH_CACHE_DIR": str(blocker / "cache")}
    monkeypatch.setattr(index, "_warned", False)
    with caplog.at_level(logging.WARNING, logger="pipeline.nlp.index"):
        first = index.load_place_tables(lambda min_pop: tables(), env=env)
        index.load_place_tables(lambda min_pop: tables(), env=env)
    assert isinstance(first.index, dict)
    assert as_rows(first.index["springfield"]) == as_rows(tables().index["springfield"])
    assert len([r for r in caplog.records if "not usable" in r.getMessage()]) == 1


def test_cache_dir_override_and_xdg() -> None:
    assert index.cache_dir({"WIREWATCH_CACHE_DIR": "/x/ww"}) == Path("/x/ww")
    assert index.cache_dir({"XDG_CACHE_HOME": "/x/cache"}) == Path("/x/cache/wirewatch")
    assert index.cache_dir({}).parts[-2:] == (".cache", "wirewatch")
