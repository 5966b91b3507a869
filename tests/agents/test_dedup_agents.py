"""ingest -> dedup_band -> dedup_gather, each through its real agent, records carried by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.domain.records import from_dict
from pipeline.streaming.app import WirewatchApp
from pipeline.streaming.codecs import to_wire
from tests.agents.conftest import MemorySink, pump

STORY = (
    "Artillery fire hit the eastern district of the river town late on Sunday, local "
    "officials said, damaging a water pumping station and several homes. The regional "
    "governor said two people were wounded and that repair crews had been sent to restore "
    "supplies. The army said its positions outside the town had also come under fire and "
    "that it had returned fire at the launch sites."
)


def line(article_id: str, body: str, source: str, published: str) -> bytes:
    return orjson.dumps(
        {
            "id": article_id,
            "headline": "Town shelled",
            "body": body,
            "source": source,
            "published": published,
        }
    )


def encode(value: dict[str, Any]) -> bytes:
    return orjson.dumps(value)


async def dedup_through_agents(app: WirewatchApp, sink: MemorySink, raw: bytes) -> dict[str, Any]:
    """Run one feed line through the three dedup agents; return the gatherer's output."""
    await pump(app, "ingest", [raw], expect=1)
    first = sink.take()
    probes = [encode(v) for t, _, v in first if t == "wire.dedup-bands"]
    assert probes and len(probes) == len(first), first  # no record to the gatherer alone
    assert [("arrival" in v) for _, _, v in first] == [True] + [False] * (len(first) - 1)
    await pump(app, "dedup_band", probes, expect=len(probes))
    votes = [v for t, _, v in sink.take() if t == "wire.dedup-votes"]
    assert len(votes) == len(probes)
    # the votes carrying the article may arrive last: the gatherer must wait for all of them
    ordered = sorted(votes, key=lambda v: "arrival" in v)
    await pump(app, "dedup_gather", [encode(v) for v in ordered], expect=1)
    out = sink.take()
    return {"topics": [t for t, _, _ in out], "records": out}


async def test_bad_line_goes_to_the_deadletter_topic(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    app = make_app()
    await pump(app, "ingest", [b'{"id": "x1", "body": 5}', b"{broken"], expect=2)
    dead = sink.on("wire.deadletter")
    assert [v["id"] for _, v in dead] == ["x1", None]
    assert all(v["type"] == "rejection" and v["reason"] for _, v in dead)


async def test_unique_then_exact_and_near_copies_are_recognised(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    app = make_app()
    first = await dedup_through_agents(app, sink, line("a1", STORY, "Wire A", "2024-03-01"))
    assert first["topics"] == ["wire.unique"]

    copy = await dedup_through_agents(app, sink, line("a2", STORY, "Wire B", "2024-03-01T06:00Z"))
    # the news, the copy to its original's router, the copy's alias to its own router
    assert copy["topics"] == ["wire.duplicates", "wire.unique", "wire.unique"]
    _, key, record = copy["records"][0]
    assert key == "a1"
    assert record["duplicate_of"] == "a1" and record["kind"] == "exact"
    assert record["source"] == "Wire B"
    _, key, alias = copy["records"][2]
    assert key == "a2" and alias["duplicate_of"] == "a1" and alias["correction"] is True

    trimmed = STORY.rsplit(" The army", 1)[0]
    near = await dedup_through_agents(app, sink, line("a3", trimmed, "Wire C", "2024-03-02"))
    _, _, record = near["records"][0]
    assert record["duplicate_of"] == "a1" and record["kind"] == "near"
    assert record["similarity"] >= 0.9  # a copy cut short is contained in the original


async def test_different_story_is_not_a_duplicate(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    app = make_app()
    await dedup_through_agents(app, sink, line("b1", STORY, "Wire A", "2024-03-01"))
    other = (
        "A cargo ship reported an explosion near its hull off the coast on Monday, the "
        "maritime security agency said, adding that the crew was safe and the vessel was "
        "heading to the next port of call under its own power."
    )
    result = await dedup_through_agents(app, sink, line("b2", other, "Wire A", "2024-03-01"))
    assert result["topics"] == ["wire.unique"]


async def test_an_earlier_published_original_corrects_the_copy_that_came_first(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    app = make_app()
    copy = await dedup_through_agents(app, sink, line("c1", STORY, "Wire B", "2024-03-01T09:00Z"))
    assert copy["topics"] == ["wire.unique"]  # alone so far: analysed as an original
    first = await dedup_through_agents(app, sink, line("o1", STORY, "Wire A", "2024-03-01T06:00Z"))
    assert first["topics"] == ["wire.unique", "wire.unique"]
    (_, correction_key, correction), = [r for r in first["records"] if r[2]["type"] == "duplicate"]
    assert correction_key == "c1"  # to the router that owns the copy
    assert correction["duplicate_of"] == "o1" and correction["correction"] is True

    # the router knows c1 as an analysed original; the correction moves it to o1
    article_c1 = from_dict(Article, copy["records"][0][2]["article"])
    analysed_c1 = to_wire(ArticleAnalysis(article=article_c1))
    await pump(app, "route", [encode(analysed_c1), encode(correction)], expect=3)
    outs = sink.take()
    dups = [(k, v) for t, k, v in outs if t == "wire.duplicates"]
    assert dups == [("o1", dups[0][1])] and dups[0][1]["correction"] is True
    assert dups[0][1]["article_id"] == "c1" and dups[0][1]["source"] == "Wire B"
    moved = [(k, v) for t, k, v in outs if t == "wire.analysed"]
    assert [(k, v["article_id"], v["duplicate_of"]) for k, v in moved] == [("o1", "c1", "o1")]


async def test_an_unreadable_record_between_steps_is_a_dead_letter(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    app = make_app()
    wrong_kind = encode({"schema": 1, "type": "vote", "article_id": "x", "group": "g", "votes": []})
    await pump(app, "dedup_band", [b"not json", wrong_kind], expect=2)
    dead = sink.on("wire.deadletter")
    assert [v["reason"].split(":")[0] for _, v in dead] == ["dedup probe", "dedup probe"]
    assert "Votes" in dead[1][1]["reason"]


async def test_the_band_index_follows_its_table_through_a_recovery(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    """A new owner whose band table recovery fills (entries it never wrote, applied to the
    store as Faust's recovery does) finds them once the table says it has recovered."""
    old = make_app()
    await dedup_through_agents(old, sink, line("r1", STORY, "Wire A", "2024-03-01"))
    entries = dict(old.tables["dedup-bands"].items())
    assert entries and all(key.endswith("/r1") for key in entries)
    new = make_app()
    other = "A cargo ship reported an explosion off the coast on Monday, the agency said. " * 3
    await dedup_through_agents(new, sink, line("n1", other, "Wire B", "2024-03-01"))
    table = new.tables["dedup-bands"]
    for key, value in entries.items():
        table.data[key] = value  # recovery writes the store, not the table
    await table.call_recover_callbacks()
    copy = await dedup_through_agents(new, sink, line("r2", STORY, "Wire C", "2024-03-01T06:00Z"))
    assert copy["records"][0][2]["duplicate_of"] == "r1"
