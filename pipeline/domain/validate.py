"""Turn one raw feed line into an :class:`Article` or a :class:`Rejection` with a reason.

Errors are data (as bytewax does it): a bad line becomes a record on the dead-letter
path, never an exception that kills a consumer. That holds for every line, however
hostile: bytes that are not UTF-8, JSON nested deeper than the parser allows, a line
longer than ``max_line_bytes`` (Kafka's default message limit is 1 MiB) are rejections
with a reason. Unknown fields (``labels``, ``lang`` ...) are ignored; a line without an
``id`` gets a stable id from its content.

Text is stored in Unicode normal form C: "é" written as "e" plus a combining accent (NFD, as
some feeds and Mac tools send it) would otherwise be two tokens to the parser and match no
name in the gazetteers, so an article in NFD got no actors and no claims.

Extraction has a size budget: the headline and body together are cut to the first
``max_text_chars`` characters (at a word boundary) and the article is marked
``truncated``, so one huge article cannot stall the articles behind it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import orjson

from pipeline.domain.models import Article, Rejection

RAW_KEPT_CHARS = 2000  # how much of a rejected line travels with its rejection
_TEXT_FIELDS = ("headline", "body", "source", "url")


@dataclass(frozen=True, slots=True)
class ValidationLimits:
    """How big a feed line and an article's text may be."""

    max_line_bytes: int = 1_000_000  # over this a line is rejected (and never produced)
    max_text_chars: int = 10_000  # headline + body beyond this are cut, marked truncated

    def __post_init__(self) -> None:
        if self.max_line_bytes < 1 or self.max_text_chars < 1:
            raise ValueError("validation limits must be positive")


DEFAULT_LIMITS = ValidationLimits()


def _shown(raw: bytes) -> str:
    """A readable prefix of a rejected line (undecodable bytes shown as U+FFFD)."""
    return raw[: RAW_KEPT_CHARS * 4].decode("utf-8", errors="replace")[:RAW_KEPT_CHARS]


def parse_line(raw: bytes | str, limits: ValidationLimits = DEFAULT_LIMITS) -> Article | Rejection:
    """Decode a JSON feed line and validate it. Never raises on any input."""
    if isinstance(raw, str):
        try:
            data = raw.encode("utf-8")
        except UnicodeEncodeError as exc:  # a str holding lone surrogates
            shown = raw[:RAW_KEPT_CHARS].encode("utf-8", "replace").decode("utf-8")
            return Rejection(id=None, reason=f"not valid UTF-8: {exc.reason}", raw=shown)
    else:
        data = bytes(raw)
    if len(data) > limits.max_line_bytes:
        return oversize_rejection(data, limits)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(
            id=None,
            reason=f"not valid UTF-8: {exc.reason} at byte {exc.start}",
            raw=_shown(data),
        )
    try:
        record = orjson.loads(data)
    except (orjson.JSONDecodeError, RecursionError) as exc:
        # orjson refuses nesting deeper than 1024 levels with a JSONDecodeError
        return Rejection(id=None, reason=f"not valid JSON: {exc}", raw=_shown(data))
    if not isinstance(record, dict):
        return Rejection(
            id=None,
            reason=f"a feed line must be a JSON object, got {type(record).__name__}",
            raw=_shown(data),
        )
    return parse_article(record, raw=_shown(data), limits=limits)


def oversize_rejection(raw: bytes, limits: ValidationLimits = DEFAULT_LIMITS) -> Rejection:
    """The rejection of a line longer than ``limits.max_line_bytes`` (its id is not read)."""
    return Rejection(
        id=None,
        reason=f"line is {len(raw)} bytes, more than the limit of {limits.max_line_bytes}",
        raw=_shown(raw),
    )


def parse_article(
    data: Mapping[str, Any],
    raw: str | None = None,
    limits: ValidationLimits = DEFAULT_LIMITS,
) -> Article | Rejection:
    """Validate an already-decoded feed record."""
    if raw is None:
        raw = orjson.dumps(dict(data), default=str).decode()[:RAW_KEPT_CHARS]
    raw = raw[:RAW_KEPT_CHARS]
    article_id = data.get("id")
    if article_id is not None and (
        isinstance(article_id, bool) or not isinstance(article_id, (str, int))
    ):
        return Rejection(id=None, reason="id must be a string or an integer", raw=raw)
    shown_id = str(article_id) if article_id is not None else None

    for name in _TEXT_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return Rejection(
                id=shown_id, reason=f"{name} must be a string, got {type(value).__name__}", raw=raw
            )
    body = _nfc(data.get("body") or "").strip()
    headline = _nfc(data.get("headline") or "").strip()
    if not body:
        return Rejection(id=shown_id, reason="body is missing or empty", raw=raw)
    try:
        published = parse_published(data.get("published"))
    except ValueError as exc:
        return Rejection(id=shown_id, reason=str(exc), raw=raw)

    if shown_id is None or not shown_id.strip():
        shown_id = content_id(headline, body)
    headline, body, truncated = within_budget(headline, body, limits.max_text_chars)
    return Article(
        id=shown_id,
        headline=headline,
        body=body,
        source=_nfc(data.get("source") or "unknown").strip() or "unknown",
        url=data.get("url") or None,
        published=published,
        truncated=truncated,
    )


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def within_budget(headline: str, body: str, max_chars: int) -> tuple[str, str, bool]:
    """Headline and body cut to ``max_chars`` together (headline first), and whether cut.

    The body is cut at the last whitespace before the budget when there is one in its
    last tenth, so the cut does not leave half a word for the parser.
    """
    if len(headline) + len(body) <= max_chars:
        return headline, body, False
    headline = _cut(headline, max_chars)
    body = _cut(body, max_chars - len(headline))
    return headline, body, True


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= limit - limit // 10 and space > 0:
        cut = cut[:space]
    return cut.rstrip()


def content_id(headline: str, body: str) -> str:
    """A stable id for a feed line that has none: the same text always gets the same id."""
    text = f"{headline}\n{body}".encode("utf-8", errors="surrogatepass")
    return f"auto-{hashlib.sha256(text).hexdigest()[:16]}"


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
        parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        parsed.astimezone(UTC)  # 0001-01-01T00:00-01:00 cannot be placed in UTC
    except (ValueError, OverflowError):
        raise ValueError(
            f"published {str(value)[:80]!r} is not an ISO 8601 date (YYYY-MM-DD or a timestamp)"
        ) from None
    return parsed
