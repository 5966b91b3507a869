"""The embedded runner: the whole pipeline in one process, no broker.

It drives the steps of :mod:`pipeline.domain.flow` in the same order as the Faust agents
(admit -> scatter -> probe -> gather -> extract -> route -> observe); only where records
come from and go to differs. The state Faust keeps in tables lives here in dicts, every
key group is owned by this one process, and nothing expires from the dedup index (a
finite file's dates may be missing or out of order; dated pairs further apart than the
window still never pair).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from pipeline.assembly import step_context
from pipeline.domain import dedup, flow
from pipeline.domain.clock import FeedClock, line_time, placed_by_arrival, wall_clock
from pipeline.domain.flow import ArticleAnalyser, StepContext
from pipeline.domain.models import (
    Article,
    ArticleAnalysis,
    ConflictAlert,
    DuplicateRecord,
    Rejection,
)
from pipeline.domain.results import (
    DUPLICATE,
    correction_result,
    duplicate_result,
    processed_result,
    rejected_result,
)
from pipeline.feed import FeedLine
from pipeline.settings import Settings

__all__ = ["ArticleAnalyser", "EmbeddedPipeline", "Outcome"]

MAX_REDIRECTS = 16  # a chain of corrections longer than this is a bug, not a feed


@dataclass(slots=True)
class Outcome:
    """What one input line became: its result line and any alerts it raised or updated.

    A ``correction`` outcome is an extra line for an article decided earlier: it turned
    out to be a later-published copy of another (``status`` duplicate, ``correction``).
    """

    result: dict[str, Any]
    alerts: list[ConflictAlert] = field(default_factory=list)
    duplicate: DuplicateRecord | None = None
    correction: bool = False


@dataclass(slots=True)
class _Pending:
    line: FeedLine
    parsed: Article | Rejection
    verdict: flow.Verdict | None = None


def _is_unique(item: _Pending) -> bool:
    return item.verdict is not None and item.verdict.unique


@runtime_checkable
class StreamAnalyser(Protocol):
    """An analyser that reads articles as a stream (the spaCy extractor)."""

    def analyse_stream(
        self, articles: Iterable[Article], processes: int | None = 1
    ) -> Iterator[ArticleAnalysis]: ...


def parse_processes(setting: str) -> int | None:
    """``WIREWATCH_PARSE_PROCESSES``: a number of parser processes, or "auto" (None)."""
    return None if setting == "auto" else int(setting)


class EmbeddedPipeline:
    """Feed lines in, :class:`Outcome` s out, in input order (corrections after)."""

    def __init__(
        self,
        analyser: ArticleAnalyser,
        settings: Settings,
        clock: Callable[[], datetime] = wall_clock,
        *,
        context: StepContext | None = None,
    ) -> None:
        self._analyser = analyser
        self._batch_size = settings.nlp_batch_size
        self._processes = parse_processes(settings.parse_processes)
        # Events close behind the feed's newest claim by the stream's rule, and reopen for
        # a late claim (a file's dates may be out of order), so the answers are the ones
        # never closing would give while memory stays bounded on a long file.
        self._ctx = context or step_context(settings)
        # One clock per stage, as in the stream: admission (a future date is clamped
        # there) and events (the event window).
        self._admit_clock = FeedClock(clock, settings.clock_allowance)
        self._clock = FeedClock(clock, settings.clock_allowance)
        self._now = clock  # processing time: paces alert digests, as in the stream
        # the stream's digest timer: folded alert changes due by then go out every tick
        self._tick_every = timedelta(seconds=settings.digest_tick_seconds)
        self._next_tick: datetime | None = None
        self._bands = dedup.BandIndex()
        self._pending: dict[str, Any] = {}
        self._origins: dict[str, Any] = {}
        self._events: dict[str, Any] = {}
        # articles whose correction was told: route sends a correction found twice (by
        # dedup and by its event) twice, and the news is one line
        self._told: set[str] = set()
        self._arrived = 0  # the feed's order: the arrival stamp of each article

    def run(self, lines: Iterable[FeedLine]) -> Iterator[Outcome]:
        """Dedup reads ahead of the analysis (neither reads the other's state), so the
        unique articles reach the analyser as one stream; every other line waits in
        ``pending`` until the unique article before it is analysed."""
        pending: deque[_Pending] = deque()

        def unique() -> Iterator[Article]:
            # an undated line arrives at the time of its dated neighbours, by the rule
            # `wirewatch replay` sends in its header: the same time in both drivers
            for line, arrived_at in placed_by_arrival(lines, self._line_time()):
                item = self._dedup(line, arrived_at)
                pending.append(item)
                if item.verdict is not None and item.verdict.unique:
                    assert isinstance(item.parsed, Article)
                    yield item.parsed

        def decided(item: _Pending, analysis: ArticleAnalysis | None) -> Iterator[Outcome]:
            if isinstance(item.parsed, Rejection):
                where = f"{item.line.path}:{item.line.line_no}"
                yield Outcome(rejected_result(item.parsed, where))
            else:
                assert item.verdict is not None
                yield from self._decided(item.parsed, item.verdict, analysis)

        def outcomes() -> Iterator[Outcome]:
            for analysis in self._analyses(unique()):
                item = pending.popleft()
                while not _is_unique(item):
                    yield from decided(item, None)
                    item = pending.popleft()
                yield from decided(item, analysis)
            while pending:  # after the last unique article
                yield from decided(pending.popleft(), None)

        last: Outcome | None = None  # held back: the feed's end adds the last digests to it
        for outcome in outcomes():
            outcome.alerts += self._tick()
            if last is not None:
                yield last
            last = outcome
        if last is not None:  # the feed is over: alert changes still folded go out now
            last.alerts += flow.flush_digests(self._events, self._now(), self._ctx, final=True)
            yield last

    def _tick(self) -> list[ConflictAlert]:
        """The stream's digest timer, in the runner: once per tick period of processing
        time, the folded alert changes now due go out."""
        now = self._now()
        if self._next_tick is not None and now < self._next_tick:
            return []
        self._next_tick = now + self._tick_every
        return flow.flush_digests(self._events, now, self._ctx)

    def _analyses(self, articles: Iterator[Article]) -> Iterator[ArticleAnalysis]:
        """The analyser's own stream when it has one (parse batches across the whole
        feed, in one or more processes), else its ``analyse`` in batches."""
        if isinstance(self._analyser, StreamAnalyser):
            yield from self._analyser.analyse_stream(articles, processes=self._processes)
            return
        while batch := list(itertools.islice(articles, self._batch_size)):
            yield from self._analyser.analyse(batch)

    def _line_time(self) -> Callable[[FeedLine], datetime | None]:
        bound = self._admit_clock.bound()  # fixed for the feed, as replay fixes it

        def own(line: FeedLine) -> datetime | None:
            return None if line.error else line_time(line.data, self._ctx.limits, bound)

        return own

    def _dedup(self, line: FeedLine, arrived_at: datetime | None = None) -> _Pending:
        parsed = (
            flow.admit(line.data, self._ctx, self._admit_clock, arrived_at)
            if line.error is None
            else Rejection(id=None, reason=line.error, raw="")
        )
        if isinstance(parsed, Rejection):
            return _Pending(line, parsed)
        self._arrived += 1
        arrival, probes = flow.scatter(parsed, self._ctx, arrived=self._arrived)
        verdict: flow.Verdict | None = None
        for probe in probes:  # the first carries the arrival
            votes = flow.probe(probe, self._bands, self._ctx)
            verdict = flow.gather(votes, self._pending, self._ctx) or verdict
        assert verdict is not None, "one process owns every key: all votes are in"
        return _Pending(line, arrival.article, verdict)

    def _decided(
        self, article: Article, verdict: flow.Verdict, analysis: ArticleAnalysis | None
    ) -> Iterator[Outcome]:
        duplicate = verdict.duplicate
        first: ArticleAnalysis | DuplicateRecord
        if duplicate is None:
            assert analysis is not None, "a unique article has its analysis"
            first = analysis
        else:
            first = duplicate
        alerts, corrected, own = self._settle(first)
        for record in verdict.follow_ups:  # a duplicate's alias, then the corrections
            more_alerts, more, _ = self._settle(record)
            alerts, corrected = alerts + more_alerts, corrected + more
        if isinstance(first, ArticleAnalysis):
            conflict = flow.article_conflict(first, self._ctx)
            result = processed_result(first, conflict)
            if own is not None and own.late:  # behind their events' window: kept, said so
                result["late_claims"] = list(own.late)
            if own is not None and own.rewrite is not None:  # rewrites an earlier article
                copy = own.rewrite
                result.update(
                    status=DUPLICATE,
                    duplicate_of=copy.duplicate_of,
                    similarity=copy.similarity,
                    duplicate_kind=copy.kind,
                )
                yield Outcome(result, alerts, copy)
            else:
                yield Outcome(result, alerts)
        else:
            yield Outcome(duplicate_result(article, first), alerts, first)
        for record in corrected:
            if record.article_id not in self._told:
                self._told.add(record.article_id)
                yield Outcome(correction_result(record), [], record, correction=True)

    def _settle(
        self, item: ArticleAnalysis | DuplicateRecord
    ) -> tuple[list[ConflictAlert], list[DuplicateRecord], flow.Observed | None]:
        """Route an item and what it redirects; observe everything that joins an event.
        Also returns what observing the item's own analysis found (rewrite, late claims),
        under all its routing keys."""
        alerts: list[ConflictAlert] = []
        corrected: list[DuplicateRecord] = []
        own: flow.Observed | None = None
        queue: list[tuple[ArticleAnalysis | DuplicateRecord, int]] = [(item, 0)]
        while queue:
            current, hops = queue.pop(0)
            outs = flow.route(current, self._origins)
            for out in outs:  # grows: a rewrite leaves the article's other keys last
                if isinstance(out, flow.EventItem):
                    seen = flow.observe(out, self._events, self._clock, self._ctx, self._now())
                    alerts += seen.alerts
                    if seen.rewrite is not None:
                        outs.extend(flow.rewrite_leaves(out, seen.rewrite))
                    # earlier articles found to be its copies: routed as dedup's corrections
                    queue += [(record, hops + 1) for record in seen.corrections]
                    if out.analysis is not None and out.analysis is item:
                        # once per routing key of its claims: the late claims of each,
                        # the rewrite found under its main key
                        own = seen if own is None else replace(
                            own, late=own.late + seen.late, rewrite=own.rewrite or seen.rewrite)
                elif isinstance(out, flow.Redirect):
                    if hops >= MAX_REDIRECTS:
                        raise RuntimeError(f"redirect loop at {out.record}")
                    queue.append((out.record, hops + 1))
                else:
                    corrected.append(out.record)
        return alerts, corrected, own
