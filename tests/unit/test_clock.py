"""Event time that one article cannot poison: wall-clock bound, arrival for undated lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from pipeline.domain import dedup
from pipeline.domain.clock import FeedClock
from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.domain.results import article_flags
from pipeline.feed import FeedLine
from pipeline.runner import EmbeddedPipeline
from pipeline.settings import Settings

WALL = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
ARCHIVE = datetime(2015, 10, 2, 8, 0, tzinfo=UTC)
FAR_FUTURE = datetime(9999, 12, 31, tzinfo=UTC)

STORY = (
    "Jets struck a fuel depot outside the northern town on Tuesday, the defence ministry "
    "said, while a monitoring group said the strikes hit a market and killed eleven people "
    "including four children, and the local council said the depot had been empty for weeks."
)
OTHER = (
    "The central bank left interest rates unchanged on Wednesday and said inflation would "
    "return to its target within two years as energy prices eased and wage growth slowed "
    "across most of the services sector, according to the minutes of its latest meeting."
)


def clock() -> FeedClock:
    return FeedClock(lambda: WALL, allowance=timedelta(hours=1))


def article(article_id: str, text: str, published: datetime | None) -> Article:
    return Article(id=article_id, headline="", body=text, source="Wire", published=published)


def test_a_published_time_within_the_allowance_is_trusted() -> None:
    c = clock()
    soon = WALL + timedelta(minutes=59)
    stamp = c.event_time(soon)
    assert stamp.when == soon and stamp.dated and not stamp.clamped
    assert c.observe(ARCHIVE) == ARCHIVE and c.now() == ARCHIVE


def test_a_far_future_date_is_clamped_to_arrival_flagged_and_moves_nothing() -> None:
    c = clock()
    c.observe(ARCHIVE)
    stamp = c.event_time(FAR_FUTURE)
    assert stamp.clamped and stamp.dated and stamp.when == ARCHIVE  # the watermark
    assert stamp.reason is not None and "9999-12-31" in stamp.reason
    assert c.observe(FAR_FUTURE) == ARCHIVE
    assert c.now() == ARCHIVE  # not 9999, not even the wall clock
    arrived = ARCHIVE + timedelta(hours=2)
    assert c.event_time(FAR_FUTURE, arrived).when == arrived


def test_undated_articles_are_judged_by_arrival_not_the_watermark() -> None:
    c = clock()
    c.observe(ARCHIVE + timedelta(days=30))  # a later dated line moved the watermark
    arrived = ARCHIVE + timedelta(minutes=5)
    stamp = c.event_time(None, arrived)
    assert stamp.when == arrived and not stamp.dated
    assert c.event_time(None).when == ARCHIVE + timedelta(days=30)  # no arrival known
    assert c.event_time(None, FAR_FUTURE).when == WALL + timedelta(hours=1)  # bounded too


def test_the_watermark_never_passes_the_bound_and_starts_at_the_wall_clock() -> None:
    c = clock()
    assert c.now() == WALL
    c.observe(WALL + timedelta(minutes=30))
    assert c.now() == WALL + timedelta(minutes=30)


def test_admit_keeps_what_the_feed_claimed_and_the_result_says_why() -> None:
    c = clock()
    c.observe(ARCHIVE)
    admitted = c.admit(article("f", STORY, FAR_FUTURE))
    assert admitted.future_dated and admitted.published == ARCHIVE
    assert admitted.published_claimed == FAR_FUTURE
    flags = article_flags(admitted)
    assert flags["future_dated"] is True and "9999-12-31" in flags["time_reason"]
    plain = c.admit(article("p", STORY, ARCHIVE))
    assert not plain.future_dated and article_flags(plain) == {
        "truncated": False,
        "future_dated": False,
    }


def _file(
    item: Article, state: dedup.BandIndex, owner: FeedClock, params: dedup.DedupParams
) -> dedup.DedupDecision:
    """What the band owners and the gatherer do with one article (one process)."""
    fp = dedup.fingerprint(item.text, params)
    entry = dedup.BandEntry.of(item.id, fp, item.published)
    owner.observe(entry.event_time)
    now = entry.event_time or owner.now()
    votes = [dedup.probe_band(key, entry, state, now, params) for key in fp.probe_keys()]
    return dedup.decide(item.id, votes, params)


def test_one_article_dated_9999_does_not_expire_the_dedup_index() -> None:
    params = dedup.DedupParams()
    ingest, owner = clock(), clock()
    state = dedup.BandIndex()
    first = ingest.admit(article("orig", STORY, ARCHIVE))
    assert _file(first, state, owner, params).status == dedup.UNIQUE
    poison = ingest.admit(article("poison", OTHER, FAR_FUTURE))
    assert poison.future_dated
    _file(poison, state, owner, params)
    dedup.expire(state, owner.now(), params)  # the periodic sweep
    decisions = [
        _file(
            ingest.admit(article(f"copy{i}", STORY, ARCHIVE + timedelta(hours=i))),
            state,
            owner,
            params,
        )
        for i in range(20)
    ]
    assert [d.status for d in decisions] == [dedup.DUPLICATE] * 20
    assert decisions[0].duplicate_of == "orig"  # the original survived the sweep
    # Without the bound, the same sweep at the poisoned watermark empties the index.
    assert len(state) and dedup.expire(
        dedup.BandIndex(dict(state.entries)), FAR_FUTURE, params) == len(state)


class EmptyAnalyser:
    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        return [ArticleAnalysis(article=a) for a in articles]


def test_the_runner_flags_a_future_date_and_still_finds_later_copies() -> None:
    import orjson

    def line(n: int, **fields: Any) -> FeedLine:
        return FeedLine("feed.jsonl", n, orjson.dumps(fields))

    lines = [line(1, id="orig", body=STORY, published="2015-10-02")]
    lines.append(line(2, id="poison", body=OTHER, published="9999-12-31"))
    lines += [line(3 + i, id=f"c{i}", body=STORY, published="2015-10-02") for i in range(20)]
    pipeline = EmbeddedPipeline(EmptyAnalyser(), Settings(), clock=lambda: WALL)
    results = [outcome.result for outcome in pipeline.run(lines)]
    assert results[1]["future_dated"] is True and "9999" in results[1]["time_reason"]
    assert [r["status"] for r in results[2:]] == ["duplicate"] * 20
    assert results[2]["duplicate_of"] == "orig"


def test_arrival_in_a_file_is_the_dated_line_before_or_the_first_date() -> None:
    from pipeline.domain.clock import placed_by_arrival

    own = [None, None, 5, None, 3, None, None, 9]
    placed = list(placed_by_arrival(enumerate(own), lambda item: item[1]))
    assert [i for (i, _), _ in placed] == list(range(8))  # file order kept
    assert [at for _, at in placed] == [5, 5, 5, 5, 3, 3, 3, 9]
    assert [at for _, at in placed_by_arrival([None, None], lambda t: t)] == [None, None]
    assert list(placed_by_arrival([], lambda t: t)) == []


def test_arrival_holds_back_at_most_ahead_lines_before_the_first_date() -> None:
    from pipeline.domain.clock import placed_by_arrival

    own = [None, None, None, None, 7, None]
    placed = [at for _, at in placed_by_arrival(own, lambda t: t, ahead=2)]
    assert placed == [None, None, None, None, 7, 7]  # gave up waiting: no time
    assert [at for _, at in placed_by_arrival(own, lambda t: t, ahead=4)] == [7] * 6


def test_a_lines_own_time_is_its_trusted_published_only() -> None:
    from pipeline.domain.clock import line_time
    from pipeline.domain.validate import ValidationLimits

    limits, bound = ValidationLimits(max_line_bytes=200), WALL + timedelta(hours=1)
    assert line_time(b'{"published": "2015-10-02T08:00:00Z"}', limits, bound) == ARCHIVE
    for data in (b'{"published": "9999-12-31"}', b'{"published": "not a date"}', b"[1]",
                 b'{"id": "x"}', b"{", b'{"published": "2015-10-02", "b": "' + b"x" * 200 + b'"}'):
        assert line_time(data, limits, bound) is None, data


def test_admission_fixes_an_undated_articles_arrival_on_it() -> None:
    c = clock()
    c.observe(ARCHIVE + timedelta(days=30))
    arrived = ARCHIVE + timedelta(minutes=5)
    undated = c.admit(article("u", OTHER, None), arrived)
    assert undated.arrived_at == arrived and undated.published is None
    assert c.admit(article("v", OTHER, None)).arrived_at is None  # no arrival: unset
    dated = c.admit(article("d", OTHER, ARCHIVE), arrived)
    assert dated.arrived_at is None and dated.published == ARCHIVE  # its own date rules
    assert c.admit(article("w", OTHER, None), FAR_FUTURE).arrived_at == WALL + timedelta(hours=1)


# ------------------------------------------------------------------ a yearless dateline's year


def _feed(*days: str) -> FeedClock:
    c = FeedClock(lambda: WALL, allowance=timedelta(hours=1))
    for day in days:
        c.observe(datetime.fromisoformat(day).replace(tzinfo=UTC))
    return c


def test_a_yearless_dateline_takes_the_year_the_feed_was_running_around_it() -> None:
    # a replayed archive: strikes of January 2024 and March 2025, the undated line last
    c = _feed("2024-01-17", "2024-01-18", "2025-03-02")
    arrived = datetime(2025, 3, 2, tzinfo=UTC)
    when = c.feed_year("TEHRAN, Jan 18 (Test Agency) - Seven people were killed ...", arrived)
    assert when is not None and when.date().isoformat() == "2024-01-18"
    article = Article("u1", "h", "TEHRAN, Jan 18 (Test Agency) - Seven were killed.", "W",
                      None, None)
    assert c.admit(article, arrived).arrived_at == when


def test_counter_example_no_feed_days_near_it_leaves_the_arrival() -> None:
    c = _feed("2024-05-01", "2025-03-02")
    arrived = datetime(2025, 3, 2, tzinfo=UTC)
    assert c.feed_year("TEHRAN, Jan 18 (Test Agency) - Seven were killed.", arrived) is None
    assert c.feed_year("TEHRAN (Test Agency) - no date at all.", arrived) is None
    # a dateline with its year is read as written, not moved
    assert c.feed_year("TEHRAN, Jan 18, 2024 (Test Agency) - text.", arrived) is None


def test_a_live_feed_keeps_the_arrivals_year() -> None:
    c = _feed("2025-01-17", "2025-01-18")
    arrived = datetime(2025, 1, 18, 15, tzinfo=UTC)
    when = c.feed_year("TEHRAN, Jan 18 (Test Agency) - text.", arrived)
    assert when is not None and when.year == 2025
