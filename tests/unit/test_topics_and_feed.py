from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline.domain.clock import FeedClock
from pipeline.domain.validate import ValidationLimits
from pipeline.feed import FeedError, count_lines, read_feed
from pipeline.streaming.archive import in_event_order
from pipeline.streaming.replay import ARRIVED_HEADER, arrived_at
from pipeline.streaming.topics import TopicNames


def test_topic_names_take_the_prefix() -> None:
    assert TopicNames("").alerts == "wire.alerts"
    assert TopicNames("staging").alerts == "staging.wire.alerts"
    assert TopicNames("t-1-").articles == "t-1-wire.articles"
    names = TopicNames("p").all()
    assert len(names) == len(set(names)) == 9
    assert all(n.startswith("p.wire.") for n in names)


def test_feed_folder_reads_every_jsonl_file_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text('{"id": "b1"}\n\n{"id": "b2"}\n')
    (tmp_path / "a.jsonl").write_text('{"id": "a1"}\n')
    (tmp_path / "notes.txt").write_text("not a feed")
    lines = list(read_feed(tmp_path))
    assert [line.raw for line in lines] == ['{"id": "a1"}', '{"id": "b1"}', '{"id": "b2"}']
    assert lines[2].line_no == 3


def test_missing_feed_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="not found"):
        list(read_feed(tmp_path / "nope.jsonl"))
    with pytest.raises(FeedError, match=r"no \.jsonl"):
        list(read_feed(tmp_path))


def test_feed_lines_are_bytes_as_stored(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_bytes(b'{"id": "ok"}\r\n{"id": "bad \xff"}\n   \n')
    lines = list(read_feed(feed))
    assert [line.data for line in lines] == [b'{"id": "ok"}', b'{"id": "bad \xff"}']
    assert lines[1].raw == '{"id": "bad \ufffd"}'  # shown, never parsed from this
    assert lines[1].where.endswith("f.jsonl:2")
    assert count_lines(feed) == 2


def order_of(feed: Path, **kwargs: Any) -> list[str]:
    return [placed.line.raw for placed in in_event_order(list(read_feed(feed)), **kwargs)]


def test_replay_orders_by_event_time_and_places_undated_lines_by_arrival(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_text(
        '{"id": "late", "published": "2024-01-02"}\n'
        "not json\n"
        '{"id": "early", "published": "2024-01-01T05:00:00Z"}\n'
        '{"id": "undated"}\n'
    )
    # each undated (or unreadable) line goes right after the dated line before it
    assert order_of(feed) == [
        '{"id": "early", "published": "2024-01-01T05:00:00Z"}',
        '{"id": "undated"}',
        '{"id": "late", "published": "2024-01-02"}',
        "not json",
    ]


def test_replay_places_lines_before_the_first_date_and_distrusts_future_dates(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_text(
        '{"id": "first-undated"}\n'
        '{"id": "b", "published": "2015-10-03"}\n'
        '{"id": "future", "published": "9999-12-31"}\n'
        '{"id": "a", "published": "2015-10-02"}\n'
    )
    clock = FeedClock(lambda: datetime(2026, 1, 1, tzinfo=UTC))
    placed = in_event_order(list(read_feed(feed)), clock=clock)
    # a line before any date goes just before the first dated line in the file (b)
    assert [p.key for p in placed] == [b"a", b"first-undated", b"b", b"future"]
    # the far-future line is placed by arrival (after b), not trusted as 9999
    assert [p.dated for p in placed] == [True, False, True, False]
    assert placed[3].when == datetime(2015, 10, 3, tzinfo=UTC)
    assert placed[1].when == datetime(2015, 10, 3, tzinfo=UTC)


def test_replay_marks_oversize_lines_and_keeps_them_in_the_order(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_text(
        '{"id": "small", "body": "x"}\n' + '{"id": "big", "body": "' + "y" * 500 + '"}\n'
    )
    placed = in_event_order(list(read_feed(feed)), limits=ValidationLimits(max_line_bytes=100))
    assert [p.oversize for p in placed] == [False, True]
    assert placed[1].key is None  # an over-size line is not parsed at all


def test_replay_handles_hostile_lines_without_raising(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_bytes(b"[" * 5000 + b"]" * 5000 + b"\n\xff\xfe\n" + b'{"published": 5}\n')
    placed = in_event_order(list(read_feed(feed)))
    assert len(placed) == 3 and not any(p.dated for p in placed)


def test_the_arrival_header_replay_sets_is_read_back() -> None:
    when = datetime(2015, 10, 2, 6, tzinfo=UTC)
    assert arrived_at({ARRIVED_HEADER: when.isoformat().encode()}) == when
    assert arrived_at({ARRIVED_HEADER: b"\xff"}) is None
    assert arrived_at({ARRIVED_HEADER: b"soon"}) is None
    assert arrived_at({}) is None and arrived_at(None) is None
