"""The stream's gatherer after a failover: a vote or arrival delivered again once its
article was decided neither waits forever in the pending table (issue 10: a small leak)
nor goes unanswered; decided entries are dropped after a bound."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pipeline.assembly import step_context
from pipeline.domain import dedup, flow
from pipeline.domain.models import Article
from pipeline.settings import Settings

CTX = step_context(Settings.from_env({}))
KEEP = 600.0


def records(aid: str, text: str) -> tuple[flow.Arrival, list[flow.Votes]]:
    article = Article(id=aid, source="Wire A", headline="Depot struck", body=text,
                      published=datetime(2024, 3, 1, 6, tzinfo=UTC))
    arrival, probes = flow.scatter(article, CTX)
    bands = dedup.BandIndex()
    return arrival, [flow.probe(p, bands, CTX) for p in probes]


def test_a_vote_delivered_again_after_the_verdict_decides_again_and_leaves_nothing() -> None:
    pending: dict[str, Any] = {}
    arrival, votes = records("a1", "Jets struck a depot near the river on Monday. " * 8)
    assert flow.gather(arrival, pending, CTX, now=100.0) is None
    verdicts = [flow.gather(v, pending, CTX, now=101.0) for v in votes]
    assert verdicts[-1] is not None and verdicts[-1].article.id == "a1"
    again = flow.gather(votes[0], pending, CTX, now=130.0)  # re-delivered after a failover
    assert again is not None and again.decision == verdicts[-1].decision
    assert [e["decided"] for e in pending.values()] == [101.0]  # nothing waits for records
    assert flow.forget_decided(pending, now=101.0 + KEEP, keep=KEEP) == 0
    assert flow.forget_decided(pending, now=102.0 + KEEP, keep=KEEP) == 1
    assert pending == {}


def test_an_undecided_entry_is_never_forgotten() -> None:
    pending: dict[str, Any] = {}
    arrival, _ = records("a2", "Warplanes hit a bridge in the north on Tuesday. " * 8)
    flow.gather(arrival, pending, CTX, now=100.0)  # its votes are still on their way
    assert flow.forget_decided(pending, now=100.0 + 10 * KEEP, keep=KEEP) == 0
    assert list(pending) == ["a2"]


def test_the_runner_drops_a_decided_entry_at_once() -> None:
    pending: dict[str, Any] = {}
    arrival, votes = records("a3", "Drones struck a port on the coast on Sunday. " * 8)
    flow.gather(arrival, pending, CTX)
    assert [flow.gather(v, pending, CTX) for v in votes][-1] is not None
    assert pending == {}


class Counting(dict[str, Any]):
    """A table stand-in that counts writes (changelog records)."""

    writes = 0

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes += 1
        super().__setitem__(key, value)


def test_an_article_costs_one_band_entry_and_one_pending_write_per_probe_group() -> None:
    article = Article(id="g1", source="Wire A", headline="Depot struck",
                      body="Jets struck a depot near the river on Monday. " * 8)

    def thirds(keys: Any) -> list[tuple[str, ...]]:
        return [tuple(keys[:10]), tuple(keys[10:20]), tuple(keys[20:])]

    _, probes = flow.scatter(article, CTX, thirds)
    assert [p.arrival is not None for p in probes] == [True, False, False]
    bands, pending = dedup.BandIndex(Counting()), Counting()
    # the votes carrying the article last: the gatherer waits for it
    verdicts = [flow.gather(flow.probe(p, bands, CTX), pending, CTX, now=1.0)
                for p in reversed(probes)]
    assert verdicts[:2] == [None, None]
    assert verdicts[2] is not None and verdicts[2].article.id == "g1"
    assert isinstance(bands.entries, Counting) and bands.entries.writes == 3
    assert pending.writes == 3
