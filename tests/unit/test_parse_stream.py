"""The extractor's article stream (gate first, parse only what passes, one or two parser
processes) and the runner that feeds it: order and content never depend on how the
parse is batched or split."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import orjson
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.domain.flow import StepContext
from pipeline.domain.models import Article, ArticleAnalysis, Place
from pipeline.feed import FeedLine
from pipeline.nlp import extract
from pipeline.nlp.extract import Extractor
from pipeline.runner import EmbeddedPipeline, parse_processes
from pipeline.settings import Settings, SettingsError


class _NoPlaces:
    def resolve_all(self, names: Sequence[str], context_countries: Sequence[str] = (),
                    text: str = "", home_countries: Sequence[str] = ()) -> dict[str, Place]:
        return {}

    def country_of(self, name: str) -> str | None:
        return None


def article(aid: str, text: str = "") -> Article:
    return Article(id=aid, headline="", body=text or f"Story {aid} in words of its own.",
                   source="Test Wire")


def passes_if_p(a: Article) -> bool:
    return a.id.startswith("p")


def blank_extractor(parsed: list[str]) -> Extractor:
    extractor = Extractor(spacy.blank("en"), places=_NoPlaces(), gate=passes_if_p)
    make_doc = extractor.nlp.make_doc

    def counting_pipe(texts: Iterable[str], **kwargs: Any) -> Iterator[Doc]:
        for text in texts:
            parsed.append(text)
            yield make_doc(text)

    extractor.nlp.pipe = counting_pipe  # type: ignore[method-assign]
    return extractor


def test_stream_keeps_order_and_parses_only_what_passes() -> None:
    ids = ["g1", "g2", "p1", "g3", "p2", "p3", "g4", "g5"]
    parsed: list[str] = []
    out = list(blank_extractor(parsed).analyse_stream(article(i) for i in ids))
    assert [a.article.id for a in out] == ids
    assert [a.gated for a in out] == [not i.startswith("p") for i in ids]
    assert parsed == [article(i).text for i in ids if i.startswith("p")]


def test_stream_of_gated_articles_only_parses_nothing() -> None:
    parsed: list[str] = []
    out = list(blank_extractor(parsed).analyse_stream(article(f"g{i}") for i in range(5)))
    assert [a.gated for a in out] == [True] * 5 and parsed == []


def chosen_processes(monkeypatch: pytest.MonkeyPatch, ids: list[str], cores: int = 2) -> int:
    seen: list[int] = []
    extractor = blank_extractor([])
    original = extractor._analysed

    def spy(articles: Iterator[Article], processes: int) -> Iterator[ArticleAnalysis]:
        seen.append(processes)
        return original(articles, 1)

    monkeypatch.setattr(extractor, "_analysed", spy)
    monkeypatch.setattr(extract, "_cores", lambda: cores)
    out = list(extractor.analyse_stream((article(i) for i in ids), processes=None))
    assert [a.article.id for a in out] == ids  # the look-ahead loses nothing
    return seen[0]


def test_auto_uses_two_processes_only_for_enough_articles_to_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    enough = [f"p{i}" for i in range(extract.AUTO_MIN_PARSED)]
    assert chosen_processes(monkeypatch, enough) == 2
    assert chosen_processes(monkeypatch, enough[:-1]) == 1
    assert chosen_processes(monkeypatch, enough, cores=1) == 1
    # a wire of gated-out copy: the look-ahead stops before it finds enough to parse
    sparse = [f"g{i}" for i in range(extract.AUTO_LOOKAHEAD)] + enough
    assert chosen_processes(monkeypatch, sparse) == 1


def test_parse_processes_setting() -> None:
    assert parse_processes(Settings.from_env({}).parse_processes) is None
    assert parse_processes(Settings.from_env({"WIREWATCH_PARSE_PROCESSES": "2"})
                           .parse_processes) == 2
    for bad in ("0", "two", "-1"):
        with pytest.raises(SettingsError):
            Settings.from_env({"WIREWATCH_PARSE_PROCESSES": bad})


def test_worker_parse_processes_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    def count(env: dict[str, str]) -> int:
        return Settings.from_env(env).worker_parse_count

    assert count({"WIREWATCH_WORKER_PARSE_PROCESSES": "1"}) == 1
    assert count({"WIREWATCH_WORKER_PARSE_PROCESSES": "3"}) == 3
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2, 3})
    assert count({}) == 2  # auto: one per core, at most two
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0})
    assert count({}) == 1
    for bad in ("0", "two", "-1"):
        with pytest.raises(SettingsError, match="WIREWATCH_WORKER_PARSE_PROCESSES"):
            Settings.from_env({"WIREWATCH_WORKER_PARSE_PROCESSES": bad})


# ------------------------------------------------------------------ the runner


class BatchAnalyser:
    """Only ``analyse``: the runner feeds it in batches."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        self.calls.append([a.id for a in articles])
        return [ArticleAnalysis(article=a, gated=not passes_if_p(a)) for a in articles]


class StreamingAnalyser(BatchAnalyser):
    def analyse_stream(
        self, articles: Iterable[Article], processes: int | None = 1
    ) -> Iterator[ArticleAnalysis]:
        for a in articles:
            yield from self.analyse([a])


def feed() -> list[FeedLine]:
    words = ("river", "bridge", "council", "harvest", "festival", "ferry", "library", "choir",
             "orchard", "lantern", "quarry", "meadow", "harbour", "tram", "bakery", "museum")

    def body(i: int) -> str:  # long enough for shingles; no two share a 5-word run
        return " ".join(f"{words[(i * 5 + k * 3) % len(words)]}{i}x{k}" for k in range(60))

    bodies = {f"p{i}": body(i) for i in range(6)} | {f"g{i}": body(10 + i) for i in range(4)}
    bodies |= {"p0-copy": bodies["p0"], "g1-copy": bodies["g1"]}
    order = ["p0", "g0", "p1", "p0-copy", "g1", "BAD", "p2", "g2", "p3", "g1-copy", "p4", "g3",
             "p5"]
    lines = []
    for n, aid in enumerate(order, 1):
        data = (b"{not json" if aid == "BAD" else
                orjson.dumps({"id": aid, "headline": "Report", "body": bodies[aid],
                              "source": "Wire"}))
        lines.append(FeedLine("feed.jsonl", n, data))
    return lines


def results(analyser: BatchAnalyser, batch: int) -> list[dict[str, Any]]:
    settings = Settings.from_env({}, nlp_batch_size=batch)
    pipeline = EmbeddedPipeline(analyser, settings, context=StepContext())
    return [o.result for o in pipeline.run(feed())]


@pytest.mark.parametrize("batch", [1, 3, 64])
def test_runner_results_do_not_depend_on_how_the_analyser_is_fed(batch: int) -> None:
    batched, streamed = BatchAnalyser(), StreamingAnalyser()
    expected = results(batched, batch)
    assert results(streamed, batch) == expected
    assert [r.get("id") for r in expected] == [
        "p0", "g0", "p1", "p0-copy", "g1", None, "p2", "g2", "p3", "g1-copy", "p4", "g3", "p5"]
    assert [r["status"] for r in expected].count("duplicate") == 2
    assert [r["status"] for r in expected].count("rejected") == 1
    # each unique article analysed once, in feed order
    analysed = [aid for call in batched.calls for aid in call]
    assert analysed == ["p0", "g0", "p1", "g1", "p2", "g2", "p3", "p4", "g3", "p5"]
    assert max(len(c) for c in batched.calls) <= batch


@pytest.mark.slow
def test_two_parser_processes_give_the_same_analyses(real_extractor: Extractor) -> None:
    texts = [
        "Northland's defence ministry said its jets struck rebel positions near Hilltown, "
        "while residents said a school and a market were hit.",
        "The central bank held rates steady on Tuesday, citing slowing inflation.",
        "Rebels said the army shelled the village of Eastford overnight, killing two "
        "farmers. The army denied it and said it had targeted a weapons depot.",
    ] * 3
    articles = [article(f"a{i}", t) for i, t in enumerate(texts)]
    one = list(real_extractor.analyse_stream(articles, processes=1))
    two = list(real_extractor.analyse_stream(articles, processes=2))
    assert two == one
    assert any(a.claims for a in one)  # the comparison covers claims, not only empties


def test_extractor_process_parses_in_its_own_process() -> None:
    parsed: list[str] = []
    extractor = blank_extractor(parsed)
    articles = [article("p1"), article("g1"), article("p2")]
    process = extract.ExtractorProcess(extractor)
    try:
        remote = process.analyse(articles)
    finally:
        process.close()
    assert parsed == []  # the parse ran in the forked process, not here
    assert remote == extractor.analyse(articles)
    assert parsed == [article("p1").text, article("p2").text]


def test_extractor_process_parses_at_home_once_its_process_dies() -> None:
    parsed: list[str] = []
    extractor = blank_extractor(parsed)
    articles = [article("p1"), article("g1")]
    process = extract.ExtractorProcess(extractor)
    try:
        for child in list(process._pool._processes.values()):
            os.kill(child.pid, signal.SIGKILL)
            child.join(10)
        after = process.analyse(articles)  # the article in flight is not lost
        again = process.analyse(articles)
    finally:
        process.close()
    assert after == again == extractor.analyse(articles)
    assert parsed.count(article("p1").text) == 3  # all three parses ran here


def meeting_extractor(parsed: list[str], meet: Any) -> Extractor:
    """A blank extractor whose every parse first waits at ``meet`` (a barrier of two made
    before the fork): a call passes only when another call runs at the same time."""
    extractor = blank_extractor(parsed)
    counting = extractor.nlp.pipe

    def meeting_pipe(texts: Iterable[str], **kwargs: Any) -> Iterator[Doc]:
        for n, doc in enumerate(counting(texts, **kwargs)):
            if n == 0:
                meet.wait(30)
            yield doc

    extractor.nlp.pipe = meeting_pipe  # type: ignore[method-assign]
    return extractor


def test_two_parse_processes_serve_two_calls_at_once() -> None:
    parsed: list[str] = []
    meet = multiprocessing.get_context("fork").Barrier(2)
    extractor = meeting_extractor(parsed, meet)
    first, second = [article("p1"), article("g1")], [article("p2"), article("p3")]
    process = extract.ExtractorProcess(extractor, processes=2)
    try:
        assert len(process.pids) == 2
        with ThreadPoolExecutor(2) as threads:  # as the worker's calls come, from threads
            calls = [threads.submit(process.analyse, batch) for batch in (first, second)]
            # each call waits for the other inside its parse: with one process serving
            # both, the first would time out at the barrier and fail
            results = [call.result(60) for call in calls]
    finally:
        process.close()
    assert parsed == []  # both parses ran in the forked processes
    meet.abort()  # the home parses below must not wait for a partner
    assert results == [blank_extractor([]).analyse(first), blank_extractor([]).analyse(second)]


def test_when_one_of_two_parse_processes_dies_every_call_is_parsed_at_home() -> None:
    parsed: list[str] = []
    extractor = blank_extractor(parsed)
    home_pipe = extractor.nlp.pipe
    overlapping: list[int] = [0, 0]  # parses at home now, most at once

    def watched_pipe(texts: Iterable[str], **kwargs: Any) -> Iterator[Doc]:
        overlapping[0] += 1
        overlapping[1] = max(overlapping[1], overlapping[0])
        try:
            for doc in home_pipe(texts, **kwargs):
                time.sleep(0.02)  # room for another thread to overlap, if it could
                yield doc
        finally:
            overlapping[0] -= 1

    batches = [[article("p1"), article("g1"), article("p2")], [article("p3")]] * 2
    process = extract.ExtractorProcess(extractor, processes=2)
    extractor.nlp.pipe = watched_pipe  # type: ignore[method-assign]  # here, not in the children
    try:
        victim = process.pids[0]
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while not process._pool._broken and time.monotonic() < deadline:
            time.sleep(0.01)  # until the pool has seen it (else the other might serve a call)
        with ThreadPoolExecutor(4) as threads:
            results = list(threads.map(process.analyse, batches))
        assert process.pids == []  # the pool ended its other process too
    finally:
        process.close()
    assert results == [blank_extractor([]).analyse(b) for b in batches]
    assert sorted(parsed) == sorted(a.text for b in batches for a in b if a.id.startswith("p"))
    assert overlapping[1] == 1  # one parse at a time in the worker's process
