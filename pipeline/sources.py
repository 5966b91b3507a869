"""Other feed formats as native feed records: IPTC ninjs objects and RSS/Atom entries.

A native record is what a JSON-lines feed line holds (``id``, ``headline``, ``body``,
``source``, ``url``, ``published``); these functions turn one item of another format
into that dict. They never raise on odd input: a field of an unexpected shape is left
out, and validation downstream rejects the record with a reason (an empty body, say).

ninjs field names, from the IPTC schemas (1.x and 2.x):

============  ===========================================  ================================
native        ninjs 1.x                                    ninjs 2.x
============  ===========================================  ================================
id            ``uri`` (``guid`` in Superdesk's variant)     ``uri``
headline      ``headline``                                 ``headlines[].value`` (role main)
body          ``body_text``, else ``body_html`` stripped   ``bodies[].value`` (text first)
published     ``versioncreated``, else ``firstcreated``    the same
place         ``located``, else ``place[].name``           ``located``, else ``places[].name``
source        ``copyrightholder``, else ``infosource``     ``copyrightholder``, else
              (or ``provider``/``source``)                 ``infosources[].name``
url           ``uri`` when it is an http(s) address        the same
============  ===========================================  ================================
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

# Keys only a ninjs object has; a record with a native ``body`` is never ninjs.
NINJS_KEYS = frozenset(
    {
        "uri",
        "guid",
        "body_text",
        "body_html",
        "bodies",
        "headlines",
        "versioncreated",
        "firstcreated",
    }
)
NINJS_MARKERS = tuple(f'"{key}"'.encode() for key in sorted(NINJS_KEYS))

_BLOCK_TAGS = frozenset(
    {
        "p",
        "br",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "ul",
        "ol",
        "table",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BREAKS = re.compile(r"\n\s*\n+")


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The readable text of an HTML fragment: tags dropped, entities decoded, one blank
    line between paragraphs."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return _BREAKS.sub("\n\n", "\n".join(lines)).strip()


def looks_like_ninjs(record: Mapping[str, Any]) -> bool:
    return "body" not in record and any(key in record for key in NINJS_KEYS)


def iso_time(value: Any) -> Any:
    """An ISO 8601 string for the date forms feeds use (ISO with a ``+0000`` offset,
    RFC 822); anything else is returned unchanged for validation to reject by name."""
    if not isinstance(value, str) or not value.strip():
        return value
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _named(items: Any) -> str | None:
    """The first ``name`` in a list of objects (or a ninjs 1.0 mapping of them)."""
    if isinstance(items, Mapping):
        items = list(items.values())
    if isinstance(items, str):
        return _text(items)
    if not isinstance(items, Sequence):
        return None
    for item in items:
        name = _text(item.get("name")) if isinstance(item, Mapping) else _text(item)
        if name:
            return name
    return None


def _pick(items: Any, *, prefer: str) -> Mapping[str, Any] | None:
    """The entry of a ninjs 2.x array (headlines, bodies) whose role or content type
    contains ``prefer``, else the first with a value."""
    if not isinstance(items, Sequence) or isinstance(items, str):
        return None
    usable = [i for i in items if isinstance(i, Mapping) and _text(i.get("value"))]
    for item in usable:
        if prefer in f"{item.get('role', '')} {item.get('contenttype', '')}".lower():
            return item
    return usable[0] if usable else None


def _ninjs_body(record: Mapping[str, Any]) -> str | None:
    if text := _text(record.get("body_text")):
        return text
    if html := _text(record.get("body_html")):
        return html_text(html)
    body = _pick(record.get("bodies"), prefer="text/plain")
    if body is None:
        return None
    value = str(body["value"])
    return html_text(value) if "html" in str(body.get("contenttype", "")).lower() else value


def _ninjs_headline(record: Mapping[str, Any]) -> str | None:
    if text := _text(record.get("headline")):
        return text
    headline = _pick(record.get("headlines"), prefer="main")
    return _text(headline["value"]) if headline is not None else _text(record.get("title"))


def _ninjs_source(record: Mapping[str, Any]) -> str | None:
    for key in ("copyrightholder", "provider", "source"):
        value = record.get(key)
        name = _text(value) or (_text(value.get("name")) if isinstance(value, Mapping) else None)
        if name:
            return name
    return _named(record.get("infosources")) or _named(record.get("infosource"))


def from_ninjs(record: Mapping[str, Any]) -> dict[str, Any]:
    """A native feed record from one ninjs 1.x or 2.x object."""
    uri = record.get("uri") if record.get("uri") is not None else record.get("guid")
    identifier = uri if uri is not None else record.get("id")
    published = record.get("versioncreated") or record.get("firstcreated")
    native: dict[str, Any] = {
        "id": identifier,
        "headline": _ninjs_headline(record),
        "body": _ninjs_body(record),
        "source": _ninjs_source(record),
        "url": uri if isinstance(uri, str) and uri.startswith(("http://", "https://")) else None,
        "published": iso_time(published),
        "place": _text(record.get("located"))
        or _named(record.get("places"))
        or _named(record.get("place")),
    }
    return {key: value for key, value in native.items() if value is not None}


def _entry_time(entry: Mapping[str, Any]) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed is not None:  # feedparser's struct_time, already in UTC
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
    for key in ("published", "updated"):
        if raw := _text(entry.get(key)):
            return str(iso_time(raw))  # a date feedparser could not read: validation says so
    return None


def _entry_body(entry: Mapping[str, Any]) -> str | None:
    contents = entry.get("content") or []
    texts = [c for c in contents if isinstance(c, Mapping) and _text(c.get("value"))]
    chosen = texts[0] if texts else entry.get("summary_detail") or {}
    value = _text(chosen.get("value")) or _text(entry.get("summary"))
    if value is None:
        return None
    return html_text(value) if "html" in str(chosen.get("type", "html")) else value


def from_feed_entry(entry: Mapping[str, Any], feed_title: str | None) -> dict[str, Any]:
    """A native feed record from one feedparser entry of an RSS or Atom feed."""
    link = _text(entry.get("link"))
    title = entry.get("title_detail") or {}
    headline = _text(entry.get("title"))
    if headline and "html" in str(title.get("type", "")):
        headline = html_text(headline)
    native: dict[str, Any] = {
        "id": _text(entry.get("id")) or link,
        "headline": headline,
        "body": _entry_body(entry),
        "source": _text(entry.get("source", {}).get("title")) or feed_title,
        "url": link,
        "published": _entry_time(entry),
    }
    return {key: value for key, value in native.items() if value is not None}
