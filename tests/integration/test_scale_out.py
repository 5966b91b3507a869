"""Several workers on a real broker: partitions move, dedup state follows, nothing is lost."""

from __future__ import annotations

import random
from typing import Any

import orjson
import pytest

from tests.integration.conftest import Deployment

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

WORDS = [
    "harbour",
    "council",
    "river",
    "bridge",
    "market",
    "festival",
    "rainfall",
    "orchard",
    "railway",
    "library",
    "museum",
    "tunnel",
    "factory",
    "vineyard",
    "ferry",
    "quarry",
    "meadow",
    "lighthouse",
    "stadium",
    "canal",
    "bakery",
    "forest",
    "glacier",
    "island",
    "valley",
    "village",
    "summit",
    "airport",
    "clinic",
    "garden",
    "committee",
    "budget",
    "harvest",
    "concert",
    "shipment",
    "timber",
    "copper",
    "cotton",
    "wheat",
    "barley",
]


def story(seed: int, words: int = 90) -> str:
    """A distinct text per seed (random words, so no two seeds share many shingles)."""
    rng = random.Random(seed)
    sentences = []
    for _ in range(words // 15):
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(15)).capitalize() + ".")
    return " ".join(sentences)


def article(article_id: str, body: str, source: str, day: int) -> bytes:
    return orjson.dumps(
        {
            "id": article_id,
            "headline": f"Report {article_id}",
            "body": body,
            "source": source,
            "published": f"2024-06-{day:02d}T12:00:00Z",
        }
    )


def processed(records: list[dict[str, Any]]) -> dict[str, str]:
    return {
        r["analysis"]["article"]["id"]: r.get("processed_by", "")
        for r in records
        if r.get("type") == "analysis"
    }


def test_second_worker_shares_partitions_and_dedup_survives_restart(
    deployment: Deployment,
) -> None:
    names = deployment.names
    first = deployment.start_worker()
    batch1 = [article(f"u{i}", story(i), "Wire A", 1) for i in range(8)]
    deployment.produce(batch1)
    deployment.read(names.enriched, lambda rs: len(processed(rs)) >= 8)

    second = deployment.start_worker()
    # A near-duplicate (same copy cut short, other outlet) and an exact copy of batch-1
    # stories, under other ids: they land on other partitions of wire.articles.
    near_body = story(3).rsplit(".", 2)[0] + "."
    batch2 = [article(f"v{i}", story(100 + i), "Wire B", 2) for i in range(8)]
    batch2 += [article("v-near", near_body, "Wire C", 2), article("v-exact", story(5), "Wire D", 2)]
    deployment.produce(batch2)

    enriched = deployment.read(names.enriched, lambda rs: len(processed(rs)) >= 16)
    dups = deployment.read(names.duplicates, lambda rs: len(rs) >= 2)
    by_id = processed(enriched)
    assert set(by_id) == {f"u{i}" for i in range(8)} | {f"v{i}" for i in range(8)}
    assert {d["article_id"]: d["duplicate_of"] for d in dups} == {"v-near": "u3", "v-exact": "u5"}
    # both workers did part of the work after the second one joined
    workers_batch2 = {by_id[f"v{i}"] for i in range(8)}
    assert len(workers_batch2) == 2, workers_batch2

    # Restart: both workers stop, a new one starts and rebuilds the tables from changelogs.
    deployment.stop_worker(first)
    deployment.stop_worker(second)
    deployment.start_worker()
    late_copy = article("w-late", story(7).rsplit(".", 1)[0] + ".", "Wire E", 3)
    deployment.produce([late_copy, article("w-new", story(999), "Wire E", 3)])
    # (records replayed after the restart may repeat earlier duplicate records: at least once)
    dups = deployment.read(
        names.duplicates, lambda rs: any(d["article_id"] == "w-late" for d in rs)
    )
    assert {d["article_id"]: d["duplicate_of"] for d in dups}["w-late"] == "u7"
    enriched = deployment.read(names.enriched, lambda rs: "w-new" in processed(rs))
    # nothing lost across the restart (delivery is at-least-once, so compare as sets)
    expected = {f"u{i}" for i in range(8)} | {f"v{i}" for i in range(8)} | {"w-new"}
    assert set(processed(enriched)) == expected
