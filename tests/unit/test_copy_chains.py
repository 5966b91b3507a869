"""A copy whose original, by its dedup verdict, is another copy: it joins their original.

Dedup pairs two articles at the first key they share, so the original a copy names is
the earliest article it pairs with there, which need not be the story's original. In the
stream each band owner sees the probes in its own order: two identical copies can pair
with each other where the original came after both, while the first of them pairs with
the original elsewhere. CI ran into it (``test_resilience.py``, the country-level test:
``s01c2`` named ``s01c1``, itself a copy of ``s01a``, and never reached ``s01a``'s
alert): the copy named is never analysed, so what named it waited for that forever.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import orjson

from pipeline.domain import dedup, flow
from pipeline.domain.clock import FeedClock
from pipeline.domain.models import Article
from pipeline.streaming import steps, topics
from pipeline.streaming.codecs import decode, encode, from_wire
from pipeline.streaming.partitions import partition_of
from tests.unit.test_flow import STORY, T0, StubAnalyser, analysis, cut, line, run, source

CTX = flow.StepContext()
PARTITIONS = 6
# the original, and two identical copies cut short from other outlets, 40 and 70 min later
BODIES = {"o": (STORY, 0), "c1": (cut(STORY, 0.75), 40), "c2": (cut(STORY, 0.75), 70)}
FEED_ORDER = ("o", "c1", "c2")


def clock() -> FeedClock:
    return FeedClock(lambda: T0 + timedelta(days=1))


def probes() -> dict[str, dict[int, bytes]]:
    """Each article's probe records (ingested in the feed's order), by partition."""
    out: dict[str, dict[int, bytes]] = {}
    for arrived, aid in enumerate(FEED_ORDER, start=1):
        body, minutes = BODIES[aid]
        raw = orjson.dumps({"id": aid, "headline": "Town shelled", "body": body,
                            "source": f"outlet of {aid}",
                            "published": (T0 + timedelta(minutes=minutes)).isoformat()})
        outs = steps.ingest(raw, CTX, PARTITIONS, clock(), float(arrived))
        out[aid] = {partition_of(str(o.key), PARTITIONS): encode(o.value) for o in outs}
    return out


def dedup_stage(raced: int) -> list[steps.Out]:
    """What the gatherers send when every band owner sees the probes in the feed's order
    except the owner of partition ``raced``, which sees the second copy's first, then the
    original's, then the first copy's (its ingest ran ahead, the first copy's behind)."""
    bands, pending, sent = dedup.BandIndex(), {}, []  # type: ignore[var-annotated]
    owned = probes()
    for partition in range(PARTITIONS):
        order = ("c2", "o", "c1") if partition == raced else FEED_ORDER
        for aid in order:
            if (raw := owned[aid].get(partition)) is None:
                continue
            for vote in steps.probe(raw, bands, CTX, clock()):
                sent += steps.gather(encode(vote.value), pending, CTX, 0.0)
    return sent


def chained() -> list[int]:
    """The raced partitions after which the second copy names the first, itself a copy."""
    found = []
    for partition in range(PARTITIONS):
        named = {o.value["article_id"]: o.value["duplicate_of"] for o in dedup_stage(partition)
                 if o.topic == topics.DUPLICATES}
        if named.get("c2") == "c1" and named.get("c1") == "o":
            found.append(partition)
    return found


def routed(outs: list[steps.Out], reverse: bool = False) -> list[flow.EventItem]:
    """Everything the dedup stage sent to wire.unique, extracted (stub analyses) and
    routed, redirects followed: what joins events. ``reverse``: the routers take the
    records in the opposite order (they are keyed apart, so either can come first)."""
    unique = [o for o in outs if o.topic == topics.UNIQUE]
    queue: list[bytes] = []
    for out in reversed(unique) if reverse else unique:
        item = from_wire(out.value)
        analyses = StubAnalyser().analyse([item]) if isinstance(item, Article) else []
        queue += [encode(o.value) for o in steps.analysed([item], analyses)]
    origins: dict[str, Any] = {}
    joined: list[flow.EventItem] = []
    while queue:
        for out in steps.route(queue.pop(0), origins):
            if out.topic == topics.ANALYSED:  # redirected to another router
                queue.append(encode(out.value))
            elif out.topic == topics.ENRICHED:
                joined.append(from_wire(decode(encode(out.value))))
    return joined


def sources_of(joined: list[flow.EventItem], original: str) -> set[str]:
    return {i.source.article_id for i in joined
            if i.source is not None and not i.source.correction
            and i.source.duplicate_of == original}


def test_racing_band_owners_can_name_a_copy_as_a_copys_original() -> None:
    """The shape CI hit: the second copy's verdict names the first, a copy itself (and the
    original's verdict corrects the second copy into its own copy)."""
    assert chained(), "no probe order of this feed names a copy as a copy's original"


def test_a_copy_named_as_an_original_sends_what_names_it_to_its_original() -> None:
    for partition in chained():
        for reverse in (False, True):
            joined = routed(dedup_stage(partition), reverse)
            assert sources_of(joined, "o") == {"c1", "c2"}, (partition, reverse)


def test_a_duplicates_alias_redirects_the_sources_waiting_for_it_and_later_ones() -> None:
    decision = dedup.DedupDecision("c1", dedup.DUPLICATE, "o", 1.0, "exact")
    article = Article("c1", "h", "b", "outlet of c1", None, T0)
    verdict = flow.Verdict(article, decision)
    alias = verdict.alias
    assert alias is not None and alias.correction and flow.route_key(alias) == "c1"
    origins: dict[str, Any] = {}
    flow.route(analysis("o"), origins)
    assert flow.route(source("c2", "c1"), origins) == []  # waits for c1 (never analysed)
    moved = flow.route(alias, origins)
    assert moved == [flow.Redirect(source("c2", "o"))]
    assert flow.route(source("c3", "c1"), origins) == [flow.Redirect(source("c3", "o"))]
    # delivered again (a failover): the same again; its original's events take it as a no-op
    assert flow.route(alias, origins) == moved
    unique = flow.Verdict(Article("o", "h", "b", "outlet of o", None, T0),
                          dedup.DedupDecision("o", dedup.UNIQUE, None, 0.0, None))
    assert unique.alias is None


def test_the_runner_tells_no_news_of_a_copys_alias() -> None:
    """The runner routes each copy's alias too: no line of its own (a copy never analysed
    is not corrected), one result per article."""
    results, analyser = run([line(i, BODIES[i][0], BODIES[i][1]) for i in FEED_ORDER])
    assert analyser.seen == ["o"]
    assert [(r["id"], r["status"], r.get("duplicate_of"), r.get("correction", False))
            for r in results] == [("o", "processed", None, False), ("c1", "duplicate", "o", False),
                                  ("c2", "duplicate", "o", False)]
