"""The extraction agent through Faust's test_context: records that arrive while the parser
is busy go to it together, and results go out one per record, in the order read."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.streaming.app import WirewatchApp
from pipeline.streaming.codecs import encode, to_wire
from tests.agents.conftest import MemorySink, wait_until


class HeldAnalyser:
    """Holds its first call until released; fails any call holding article 'bad'."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.release = threading.Event()

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        self.calls.append([a.id for a in articles])
        self.release.wait(10)
        if any(a.id == "bad" for a in articles):
            raise RuntimeError("parser failed")
        return [ArticleAnalysis(article=a) for a in articles]


ONE_PARSE_PROCESS = {"WIREWATCH_WORKER_PARSE_PROCESSES": "1"}


def unique(aid: str) -> bytes:
    return encode(to_wire(Article(id=aid, headline="Report", body=f"Story {aid}.",
                                  source="Wire")))


async def test_waiting_records_are_parsed_together_and_answered_in_order(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    analyser = HeldAnalyser()
    app = make_app(ONE_PARSE_PROCESS, analyser=analyser)
    ids = ["a0", "a1", "bad", "a2", "a3"]
    async with app.wire_agents["extract"].test_context() as running:
        for aid in ids:
            await running.put(unique(aid))  # taken while the first call is held
        analyser.release.set()
        await wait_until(lambda: len(sink.on("wire.analysed")) == len(ids))
    sent = [value["analysis"]["article"]["id"] for _, value in sink.on("wire.analysed")]
    assert sent == ids
    assert analyser.calls[0] == ["a0"]  # the first record is not held back for a batch
    assert analyser.calls[1] == ["a1", "bad", "a2", "a3"]  # the rest waited: one call
    # the failed batch was retried record by record: only 'bad' fails
    assert analyser.calls[2:] == [["a1"], ["bad"], ["a2"], ["a3"]]
    dead = sink.on("wire.deadletter")
    assert len(dead) == 1 and "parser failed" in str(dead[0][1])


class OutOfOrderAnalyser:
    """Answers the call holding 'a0' only once every other record has had its answer
    (fails any call holding 'bad'): with two calls in flight, later results come first."""

    def __init__(self, others: set[str]) -> None:
        self.calls: list[list[str]] = []
        self.others = others
        self.answered: set[str] = set()
        self.rest_done = threading.Event()
        self.lock = threading.Lock()

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        ids = [a.id for a in articles]
        with self.lock:
            self.calls.append(ids)
        if "a0" in ids:
            assert self.rest_done.wait(10), "the other calls never ran beside this one"
        with self.lock:
            if "bad" not in ids or ids == ["bad"]:  # a batch with 'bad' is tried again
                self.answered.update(ids)
            if self.answered >= self.others:
                self.rest_done.set()
        if "bad" in ids:
            raise RuntimeError("parser failed")
        return [ArticleAnalysis(article=a) for a in articles]


async def test_two_parse_calls_in_flight_answer_in_the_order_read(
    make_app: Callable[..., WirewatchApp], sink: MemorySink
) -> None:
    ids = ["a0", "a1", "bad", "a2", "a3"]
    analyser = OutOfOrderAnalyser(set(ids[1:]))
    app = make_app({"WIREWATCH_WORKER_PARSE_PROCESSES": "2"}, analyser=analyser)
    async with app.wire_agents["extract"].test_context() as running:
        for aid in ids:
            await running.put(unique(aid))
        await wait_until(lambda: len(sink.on("wire.analysed")) == len(ids))
    sent = [value["analysis"]["article"]["id"] for _, value in sink.on("wire.analysed")]
    assert sent == ids  # a0's call ended last, yet its result went out first
    assert analyser.calls[0] == ["a0"]
    assert ["a0"] not in analyser.calls[1:]  # a0 was parsed once, beside the others
    dead = sink.on("wire.deadletter")
    assert len(dead) == 1 and "parser failed" in str(dead[0][1])
