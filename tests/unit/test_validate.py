from datetime import UTC, datetime

import orjson

from pipeline.domain.models import Article, Rejection
from pipeline.domain.validate import (
    DEFAULT_LIMITS,
    ValidationLimits,
    content_id,
    parse_line,
    parse_published,
    within_budget,
)


def line(**fields: object) -> bytes:
    return orjson.dumps(fields)


def test_native_fields_become_an_article_and_unknown_fields_are_ignored() -> None:
    parsed = parse_line(
        line(
            id="a1",
            headline=" Strike hits depot ",
            body="The army said it hit a depot.",
            source="Example Wire",
            url="https://example.org/a1",
            published="2024-05-01",
            labels={"conflict": True},
        )
    )
    assert isinstance(parsed, Article)
    assert parsed.id == "a1"
    assert parsed.headline == "Strike hits depot"
    assert parsed.published == datetime(2024, 5, 1, tzinfo=UTC)
    assert parsed.text == "Strike hits depot\n\nThe army said it hit a depot."


def test_integer_id_is_kept_as_text() -> None:
    parsed = parse_line(line(id=42, body="text"))
    assert isinstance(parsed, Article) and parsed.id == "42"


def test_missing_id_gets_a_stable_content_id() -> None:
    first = parse_line(line(headline="H", body="Same body"))
    second = parse_line(line(headline="H", body="Same body", source="Other"))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id == content_id("H", "Same body")
    assert first.id.startswith("auto-")


def test_bad_json_is_a_rejection_with_a_reason() -> None:
    parsed = parse_line(b'{"id": "x", "body": ')
    assert isinstance(parsed, Rejection)
    assert "not valid JSON" in parsed.reason


def test_non_object_line_is_rejected() -> None:
    parsed = parse_line(b"[1, 2]")
    assert isinstance(parsed, Rejection) and "JSON object" in parsed.reason


def test_empty_body_is_rejected_and_keeps_the_id() -> None:
    parsed = parse_line(line(id="e1", headline="Only a headline", body="  "))
    assert isinstance(parsed, Rejection)
    assert parsed.id == "e1"
    assert "body" in parsed.reason


def test_wrong_type_and_bad_date_are_rejected() -> None:
    wrong = parse_line(line(id="w", body=["not", "text"]))
    assert isinstance(wrong, Rejection) and "body must be a string" in wrong.reason
    bad_date = parse_line(line(id="d", body="x", published="yesterday"))
    assert isinstance(bad_date, Rejection) and "published" in bad_date.reason


def test_published_timestamps_are_timezone_aware() -> None:
    assert parse_published("2024-05-01T10:00:00Z") == datetime(2024, 5, 1, 10, tzinfo=UTC)
    naive = parse_published("2024-05-01T10:00:00")
    assert naive is not None and naive.tzinfo is not None
    assert parse_published(None) is None


def test_deeply_nested_json_is_a_rejection_not_a_crash() -> None:
    for depth in (1025, 5000, 100_000):
        parsed = parse_line(b"[" * depth + b"]" * depth)
        assert isinstance(parsed, Rejection), depth
        assert "not valid JSON" in parsed.reason and "depth" in parsed.reason
    nested_field = b'{"id": "n", "body": "x", "labels": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    assert isinstance(parse_line(nested_field), Rejection)


def test_invalid_utf8_is_rejected_with_where_it_breaks() -> None:
    parsed = parse_line(b'{"id": "u", "body": "caf\xe9 bombed"}')
    assert isinstance(parsed, Rejection)
    assert parsed.reason.startswith("not valid UTF-8") and "byte 24" in parsed.reason
    assert "\ufffd" in parsed.raw  # shown readable, never silently repaired into an article
    lone_surrogate = parse_line('{"id": "s", "body": "\ud800"}')
    assert isinstance(lone_surrogate, Rejection) and "UTF-8" in lone_surrogate.reason
    escaped_surrogate = parse_line(b'{"id": "e", "body": "\\ud800"}')
    assert isinstance(escaped_surrogate, Rejection)


def test_line_over_the_size_limit_is_rejected_before_parsing() -> None:
    limits = ValidationLimits(max_line_bytes=1000)
    small = parse_line(line(id="s", body="x" * 900), limits)
    big = parse_line(line(id="b", body="x" * 1000), limits)
    assert isinstance(small, Article)
    assert isinstance(big, Rejection)
    assert "1020 bytes, more than the limit of 1000" in big.reason
    assert len(big.raw) <= 2000


def test_long_article_is_cut_to_the_budget_and_marked_truncated() -> None:
    body = " ".join(f"word{i}" for i in range(40_000))  # about 310,000 characters
    parsed = parse_line(line(id="long", headline="Headline", body=body))
    assert isinstance(parsed, Article)
    assert parsed.truncated
    assert len(parsed.headline) + len(parsed.body) <= DEFAULT_LIMITS.max_text_chars
    assert len(parsed.body) > DEFAULT_LIMITS.max_text_chars * 0.9
    assert body.startswith(parsed.body) and not parsed.body.endswith(" ")
    assert parsed.body.split()[-1] == body.split()[len(parsed.body.split()) - 1]  # whole word
    short = parse_line(line(id="short", body="Twelve words only."))
    assert isinstance(short, Article) and not short.truncated


def test_budget_counts_the_headline_and_the_id_comes_from_the_whole_text() -> None:
    assert within_budget("H" * 30, "b" * 30, 40) == ("H" * 30, "b" * 10, True)
    assert within_budget("H" * 50, "b b", 40) == ("H" * 40, "", True)
    assert within_budget("H", "body", 40) == ("H", "body", False)
    one = parse_line(line(body="a " * 30_000 + "one"), ValidationLimits(max_text_chars=100))
    two = parse_line(line(body="a " * 30_000 + "two"), ValidationLimits(max_text_chars=100))
    assert isinstance(one, Article) and isinstance(two, Article)
    assert one.body == two.body and one.id != two.id


def test_odd_values_are_rejections() -> None:
    assert isinstance(parse_line(line(id=True, body="x")), Rejection)
    assert isinstance(parse_line(line(id=1.5, body="x")), Rejection)
    assert isinstance(parse_line(b'{"id": 123456789012345678901234567890, "body": "x"}'), Rejection)
    too_far = parse_line(line(id="t", body="x", published="9999-12-31T23:00:00-05:00"))
    assert isinstance(too_far, Rejection) and "published" in too_far.reason
    assert isinstance(parse_line(b'{"body": NaN}'), Rejection)
    far_future = parse_line(line(id="f", body="x", published="9999-12-31"))
    assert isinstance(far_future, Article)  # a valid date: the clock decides how far to trust it
