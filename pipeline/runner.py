"""The embedded runner: the whole pipeline in one process, no broker.

It calls the same domain and nlp functions, in the same order, as the Faust agents
(validate -> dedup -> extract -> conflicts); only where records come from and go to
differs. State that Faust keeps in tables lives here in dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from pipeline.domain import conflicts, dedup
from pipeline.domain.clock import FeedClock, wall_clock
from pipeline.domain.events import EventParams
from pipeline.domain.models import (
    Article,
    ArticleAnalysis,
    ConflictAlert,
    DuplicateRecord,
    Rejection,
)
from pipeline.domain.results import (
    DUPLICATE,
    duplicate_result,
    processed_result,
    rejected_result,
)
from pipeline.domain.validate import parse_line
from pipeline.feed import FeedLine
from pipeline.settings import Settings

_FOREVER = timedelta(days=36500)


class ArticleAnalyser(Protocol):
    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]: ...


@dataclass(slots=True)
class Outcome:
    """What one input line became: its result line and any alerts it raised or updated."""

    result: dict[str, Any]
    alerts: list[ConflictAlert] = field(default_factory=list)
    duplicate: DuplicateRecord | None = None


@dataclass(slots=True)
class _Pending:
    line: FeedLine
    parsed: Article | Rejection
    decision: dedup.DedupDecision | None = None


class EmbeddedPipeline:
    """Feed lines in, :class:`Outcome` s out, in input order."""

    def __init__(
        self,
        analyser: ArticleAnalyser,
        settings: Settings,
        clock: Callable[[], datetime] = wall_clock,
    ) -> None:
        self._analyser = analyser
        self._settings = settings
        self._clock = FeedClock(clock)
        self._params = dedup.DedupParams.from_settings(settings)
        self._dedup = dedup.DedupIndex(self._params)
        self._events: dict[str, Any] = {}
        self._event_of: dict[str, str] = {}  # original article id -> its event key

    def run(self, lines: Iterable[FeedLine]) -> Iterator[Outcome]:
        pending: list[_Pending] = []
        unique_count = 0
        for line in lines:
            item = self._triage(line)
            pending.append(item)
            if item.decision is not None and item.decision.status == dedup.UNIQUE:
                unique_count += 1
            if unique_count >= self._settings.nlp_batch_size:
                yield from self._flush(pending)
                pending, unique_count = [], 0
        last: Outcome | None = None
        for outcome in self._flush(pending):
            if last is not None:
                yield last
            last = outcome
        if last is not None:
            # the feed is over: alert changes still folded (new outlets) go out now
            last.alerts += conflicts.flush_digests(self._events, self._clock.now())
            yield last

    def _triage(self, line: FeedLine) -> _Pending:
        parsed = parse_line(line.raw)
        if isinstance(parsed, Rejection):
            return _Pending(line, parsed)
        self._clock.observe(parsed.published)
        fp = dedup.fingerprint(parsed.text, self._params)
        # A finite file: arrival (file) order decides, nothing expires (dates may be missing
        # or out of order); dated pairs further apart than the window still never pair.
        decision = self._dedup.check(parsed.id, fp, parsed.published)
        return _Pending(line, parsed, decision)

    def _flush(self, pending: list[_Pending]) -> Iterator[Outcome]:
        unique = [
            p.parsed
            for p in pending
            if isinstance(p.parsed, Article)
            and p.decision is not None
            and p.decision.status == dedup.UNIQUE
        ]
        analyses = iter(self._analyser.analyse(unique) if unique else [])
        for item in pending:
            if isinstance(item.parsed, Rejection):
                where = f"{item.line.path}:{item.line.line_no}"
                yield Outcome(rejected_result(item.parsed, where))
                continue
            assert item.decision is not None
            if item.decision.status == dedup.UNIQUE:
                yield self._processed(next(analyses))
            else:
                yield self._duplicate(item.parsed, item.decision)

    def _processed(self, analysis: ArticleAnalysis) -> Outcome:
        now = self._clock.now()
        conflict = conflicts.article_conflict(analysis)
        # a finite file: no event closes (dates may be out of order), as in dedup
        params = EventParams(window=self._settings.event_window, retention=_FOREVER)
        seen = conflicts.observe_article(analysis, self._events, now, params)
        if seen.key is not None:
            self._event_of[analysis.article.id] = seen.key
        result = processed_result(analysis, conflict)
        if seen.late:  # behind their events' window: kept, and said so
            result["late_claims"] = [late.reason for late in seen.late]
        if seen.duplicate is not None:  # a rewrite of an earlier article of its event
            copy = seen.duplicate
            result.update(status=DUPLICATE, duplicate_of=copy.duplicate_of,
                          similarity=copy.similarity, duplicate_kind=copy.kind)
            return Outcome(result, list(seen.alerts), copy)
        return Outcome(result, list(seen.alerts))

    def _duplicate(self, article: Article, decision: dedup.DedupDecision) -> Outcome:
        record = dedup.duplicate_record(article.id, article.source, decision)
        key = self._event_of.get(record.duplicate_of)
        alerts = conflicts.add_source(key, record, self._events, self._clock.now()) if key else []
        return Outcome(duplicate_result(article, record), alerts, record)
