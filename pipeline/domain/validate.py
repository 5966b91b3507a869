"""Turn one raw feed line into an :class:`Article` or a :class:`Rejection` with a reason.

Errors are data (as bytewax does it): a bad line becomes a record on the dead-letter
path, never an exception that kills a consumer. Unknown fields (``labels``, ``lang`` ...)
are ignored; a line without an ``id`` gets a stable id from its content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from pipeline.domain.models import Article, Rejection

MAX_BODY_CHARS = 200_000
_TEXT_FIELDS = ("headline", "body", "source", "url")


def parse_line(raw: bytes | str) -> Article | Rejection:
    """Decode a JSON feed line and validate it."""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    try:
        data = json.loads(text)
    except ValueError as exc:
        return Rejection(id=None, reason=f"not valid JSON: {exc}", raw=text[:2000])
    if not isinstance(data, dict):
        return Rejection(
            id=None,
            reason=f"a feed line must be a JSON object, got {type(data).__name__}",
            raw=text[:2000],
        )
    return parse_article(data, raw=text)


def parse_article(data: Mapping[str, Any], raw: str | None = None) -> Article | Rejection:
    """Validate an already-decoded feed record."""
    raw_text = raw if raw is not None else json.dumps(dict(data), default=str)[:2000]
    article_id = data.get("id")
    if article_id is not None and not isinstance(article_id, (str, int)):
        return Rejection(id=None, reason="id must be a string or an integer", raw=raw_text[:2000])
    shown_id = str(article_id) if article_id is not None else None

    for name in _TEXT_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return Rejection(
                id=shown_id,
                reason=f"{name} must be a string, got {type(value).__name__}",
                raw=raw_text[:2000],
            )
    body = (data.get("body") or "").strip()
    headline = (data.get("headline") or "").strip()
    if not body:
        return Rejection(id=shown_id, reason="body is missing or empty", raw=raw_text[:2000])
    if len(body) > MAX_BODY_CHARS:
        return Rejection(
            id=shown_id,
            reason=f"body is {len(body)} characters, more than {MAX_BODY_CHARS}",
            raw=raw_text[:2000],
        )
    try:
        published = parse_published(data.get("published"))
    except ValueError as exc:
        return Rejection(id=shown_id, reason=str(exc), raw=raw_text[:2000])

    if shown_id is None or not shown_id.strip():
        shown_id = content_id(headline, body)
    return Article(
        id=shown_id,
        headline=headline,
        body=body,
        source=(data.get("source") or "unknown").strip() or "unknown",
        url=data.get("url") or None,
        published=published,
    )


def content_id(headline: str, body: str) -> str:
    """A stable id for a feed line that has none: the same text always gets the same id."""
    digest = hashlib.sha256(f"{headline}\n{body}".encode()).hexdigest()
    return f"auto-{digest[:16]}"


def parse_published(value: Any) -> datetime | None:
    """``YYYY-MM-DD`` or ISO 8601 (naive means UTC) to an aware datetime; ``None`` stays."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO 8601 string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"published {value!r} is not an ISO 8601 date (YYYY-MM-DD or a timestamp)"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
