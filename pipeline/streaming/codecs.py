"""orjson encoding of topic records. Every record is a JSON object with ``schema`` and ``type``.

Topics carry raw bytes and records are encoded/decoded here, so a record that cannot
be read becomes a dead-letter record with a reason instead of a codec exception inside
Faust that would stop the consumer.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import orjson

from pipeline.domain import flow
from pipeline.domain.dedup import BandEntry, BandVote
from pipeline.domain.models import Article, ArticleAnalysis, DuplicateRecord, Place
from pipeline.domain.records import SCHEMA_VERSION, from_dict, to_dict


class RecordError(ValueError):
    """A topic record that is not a wirewatch record of a schema this code reads."""


def encode(record: dict[str, Any]) -> bytes:
    if "schema" not in record:
        record = {"schema": SCHEMA_VERSION, **record}
    return orjson.dumps(record)


def decode(payload: bytes | str | dict[str, Any]) -> dict[str, Any]:
    if isinstance(payload, dict):
        record = payload
    else:
        try:
            record = orjson.loads(payload)
        except orjson.JSONDecodeError as exc:
            raise RecordError(f"not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, got {type(record).__name__}")
    schema = record.get("schema")
    if schema != SCHEMA_VERSION:
        raise RecordError(f"schema {schema!r} is not {SCHEMA_VERSION}")
    return record


# ------------------------------------------------------------ typed records on the wire

Wire = (
    Article
    | ArticleAnalysis
    | DuplicateRecord
    | flow.Arrival
    | flow.Probe
    | flow.Votes
    | flow.EventItem
)


def to_wire(record: Wire, **extra: Any) -> dict[str, Any]:
    """The JSON value of a record between steps (``type`` says which)."""
    value: dict[str, Any]
    if isinstance(record, flow.Probe):
        value = {"type": "probe", "band_keys": list(record.band_keys)}
        value["entry"] = to_dict(record.entry)
        value.update(_arrival(record.arrival))
    elif isinstance(record, flow.Arrival):
        value = {"type": "article", **_arrival(record)["arrival"]}
    elif isinstance(record, flow.Votes):
        value = {"type": "vote", "article_id": record.article_id, "group": record.group}
        value["votes"] = to_dict(list(record.votes))
        value.update(_arrival(record.arrival))
    elif isinstance(record, Article):
        value = {"type": "article", "article": to_dict(record)}
    elif isinstance(record, DuplicateRecord):
        value = {"type": "duplicate", **to_dict(record)}
    elif isinstance(record, ArticleAnalysis):
        value = {"type": "analysis", "analysis": to_dict(record)}
    elif record.analysis is not None:
        value = {"type": "analysis", "event_key": record.event_key}
        value["analysis"] = to_dict(record.analysis)
        if record.struck is not None:  # the router's struck places ride along
            value["struck"] = to_dict(list(record.struck))
    else:
        assert record.source is not None
        value = {"type": "source", "event_key": record.event_key, **to_dict(record.source)}
    return {"schema": SCHEMA_VERSION, **value, **extra}


def from_wire(payload: bytes | str | dict[str, Any]) -> Wire:
    """Decode a record between steps; :class:`RecordError` when it cannot be read."""
    record = decode(payload)
    try:
        return _typed(record)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RecordError(f"bad {record.get('type')!r} record: {exc!r}") from None


def _typed(record: dict[str, Any]) -> Wire:
    kind = record.get("type")
    if kind == "probe":
        keys = tuple(str(k) for k in record["band_keys"])
        if not keys:
            raise ValueError("a probe needs band keys")
        return flow.Probe(keys, from_dict(BandEntry, record["entry"]), _carried(record))
    if kind == "article" and "expected" in record:
        return _arrival_of(record)
    if kind == "article":
        return from_dict(Article, record["article"])
    if kind == "vote":
        votes = tuple(from_dict(BandVote, v) for v in record["votes"])
        return flow.Votes(str(record["article_id"]), str(record["group"]), votes, _carried(record))
    if kind == "duplicate":
        return from_dict(DuplicateRecord, _fields(record, DuplicateRecord))
    if kind == "analysis" and "event_key" in record:
        analysis = from_dict(ArticleAnalysis, record["analysis"])
        return flow.EventItem(str(record["event_key"]), analysis=analysis,
                              struck=_struck(record.get("struck"), analysis))
    if kind == "analysis":
        return from_dict(ArticleAnalysis, record["analysis"])
    if kind == "source":
        source = from_dict(DuplicateRecord, _fields(record, DuplicateRecord))
        return flow.EventItem(str(record["event_key"]), source=source)
    raise ValueError(f"unknown record type {kind!r}")


def _struck(places: Any, analysis: ArticleAnalysis) -> tuple[Place | None, ...] | None:
    """The struck places an event item carries, one per claim (a record without them,
    from before they rode along: None, and the event step finds them)."""
    if places is None:
        return None
    if len(places) != len(analysis.claims):
        raise ValueError(f"{len(places)} struck places for {len(analysis.claims)} claims")
    return tuple(None if p is None else from_dict(Place, p) for p in places)


def _arrival(arrival: flow.Arrival | None) -> dict[str, Any]:
    """The ``arrival`` field a probe or its votes carry (none: no field)."""
    if arrival is None:
        return {}
    return {"arrival": {"article": to_dict(arrival.article), "expected": arrival.expected}}


def _arrival_of(value: dict[str, Any]) -> flow.Arrival:
    return flow.Arrival(from_dict(Article, value["article"]), int(value["expected"]))


def _carried(record: dict[str, Any]) -> flow.Arrival | None:
    carried = record.get("arrival")
    return None if carried is None else _arrival_of(carried)


def _fields(record: dict[str, Any], cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in record.items() if k in names}
