from datetime import UTC, datetime

import orjson

from pipeline.domain.models import Article, Rejection
from pipeline.domain.validate import content_id, parse_line, parse_published


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
