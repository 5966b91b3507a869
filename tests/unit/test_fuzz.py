"""Property tests: no feed line, however hostile, crashes validation, `run` or replay's ordering.

Every input line is accounted for: one result per line from the runner, each line once in
replay's send order. The runner uses a stand-in analyser (no spaCy) in this tier.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.domain.clock import FeedClock
from pipeline.domain.models import Article, ArticleAnalysis, Rejection
from pipeline.domain.validate import RAW_KEPT_CHARS, ValidationLimits, parse_line
from pipeline.feed import FeedLine, read_feed
from pipeline.runner import EmbeddedPipeline
from pipeline.settings import Settings
from pipeline.streaming.archive import in_event_order

LIMITS = ValidationLimits(max_line_bytes=4_000, max_text_chars=300)
WALL = datetime(2026, 11, 29, tzinfo=UTC)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.text(alphabet="abcdefghij klmnopqrstuvwxyz.,", min_size=0, max_size=400)
dates = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes(timezones=st.sampled_from([None, UTC])).map(lambda d: d.isoformat()),
    st.text(max_size=30),
    st.integers(),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)
article_dicts = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=12), st.integers(), json_values),
        "headline": st.one_of(words, json_values),
        "body": st.one_of(words, words, json_values),
        "source": st.one_of(st.text(max_size=12), json_values),
        "url": st.one_of(st.none(), st.text(max_size=20)),
        "published": dates,
        "labels": json_values,
    },
)


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


hostile = st.one_of(
    st.binary(max_size=300),
    st.integers(1_000, 6_000).map(nested),
    st.integers(0, 200).map(lambda n: b'{"id": "x", "body": "' + b"\xff" * n + b'"}'),
    st.integers(4_001, 9_000).map(lambda n: b'{"id": "big", "body": "' + b"x" * n + b'"}'),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
feed_lines = st.one_of(article_dicts.map(lambda d: json.dumps(d).encode()), hostile).filter(
    lambda line: b"\n" not in line and b"\r" not in line and line.strip() != b""
)


@FUZZ
@given(st.one_of(feed_lines, st.text(max_size=300)))
def test_validation_never_raises_and_keeps_its_promises(raw: bytes | str) -> None:
    parsed = parse_line(raw, LIMITS)
    assert isinstance(parsed, (Article, Rejection))
    if isinstance(parsed, Rejection):
        assert parsed.reason and len(parsed.raw) <= RAW_KEPT_CHARS
    else:
        assert parsed.body and len(parsed.headline) + len(parsed.body) <= LIMITS.max_text_chars
        assert parsed.published is None or parsed.published.tzinfo is not None


class StandInAnalyser:
    """Finds nothing; enough to drive the runner's batching and bookkeeping."""

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        return [ArticleAnalysis(article=a) for a in articles]


def run(lines: list[FeedLine]) -> list[dict[str, Any]]:
    settings_ = Settings(nlp_batch_size=3, max_line_bytes=4_000, max_text_chars=300)
    pipeline = EmbeddedPipeline(StandInAnalyser(), settings_, clock=lambda: WALL)
    return [outcome.result for outcome in pipeline.run(lines)]


@FUZZ
@given(st.lists(feed_lines, max_size=25))
def test_run_gives_one_result_per_line_in_order(raw_lines: list[bytes]) -> None:
    lines = [FeedLine("feed.jsonl", n, raw) for n, raw in enumerate(raw_lines, start=1)]
    results = run(lines)
    assert len(results) == len(lines)
    for line, result in zip(lines, results, strict=True):
        expected = parse_line(line.data, LIMITS)
        assert result["status"] in {"processed", "duplicate", "rejected"}
        assert (result["status"] == "rejected") == isinstance(expected, Rejection)
        if isinstance(expected, Article):
            assert result["id"] == expected.id
        else:
            assert result["reason"] == expected.reason and result["where"] == line.where
        orjson.dumps(result)  # every result is writable as a JSON line


@FUZZ
@given(st.lists(feed_lines, max_size=25))
def test_run_over_a_feed_file_accounts_for_every_non_blank_line(
    tmp_path_factory: Any, raw_lines: list[bytes]
) -> None:
    feed: Path = tmp_path_factory.mktemp("feed") / "f.jsonl"
    feed.write_bytes(b"".join(line + b"\n" for line in raw_lines) + b"\n  \n")
    lines = list(read_feed(feed))
    assert [line.data for line in lines] == raw_lines
    assert len(run(lines)) == len(raw_lines)


@FUZZ
@given(st.lists(feed_lines, max_size=40))
def test_replay_sends_every_line_once_in_event_time_order(raw_lines: list[bytes]) -> None:
    lines = [FeedLine("feed.jsonl", n, raw) for n, raw in enumerate(raw_lines, start=1)]
    placed = in_event_order(lines, LIMITS, FeedClock(lambda: WALL))
    assert sorted(p.line.line_no for p in placed) == [line.line_no for line in lines]
    times = [p.when for p in placed if p.when is not None]
    assert times == sorted(times)  # undated lines sit among the dated ones, not after them
    assert all(p.when is None for p in placed[len(times) :])  # only when nothing is dated
    for p in placed:
        assert p.oversize == (len(p.line.data) > LIMITS.max_line_bytes)
