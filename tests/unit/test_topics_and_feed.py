from pathlib import Path

import pytest

from pipeline.feed import FeedError, read_feed
from pipeline.streaming.replay import in_event_order
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


def test_replay_orders_by_event_time_and_keeps_undated_lines(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_text(
        '{"id": "late", "published": "2024-01-02"}\n'
        "not json\n"
        '{"id": "early", "published": "2024-01-01T05:00:00Z"}\n'
        '{"id": "undated"}\n'
    )
    ordered = [line.raw for _, line in in_event_order(list(read_feed(feed)))]
    assert ordered[0].startswith('{"id": "early"')
    assert ordered[1].startswith('{"id": "late"')
    assert set(ordered[2:]) == {"not json", '{"id": "undated"}'}
