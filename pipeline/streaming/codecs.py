"""orjson encoding of topic records. Every record is a JSON object with ``schema`` and ``type``.

Topics carry raw bytes and records are encoded/decoded here, so a record that cannot
be read becomes a dead-letter record with a reason instead of a codec exception inside
Faust that would stop the consumer.
"""

from __future__ import annotations

from typing import Any

import orjson

from pipeline.domain.records import SCHEMA_VERSION


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
