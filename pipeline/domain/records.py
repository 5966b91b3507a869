"""Dataclass <-> plain-JSON conversion for records on topics, tables and result files.

``to_dict`` gives JSON-ready dicts (datetimes as ISO strings); ``from_dict`` rebuilds the
frozen dataclasses from them, following the type hints, so table state and topic records
round-trip without hand-written codecs per type.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

SCHEMA_VERSION = 1


def to_dict(obj: Any) -> Any:
    """Convert a dataclass (recursively) to JSON-ready builtins."""
    names = _field_names(typing.cast(Any, type(obj)))
    if names is not None:
        return {name: to_dict(getattr(obj, name)) for name in names}
    if isinstance(obj, _PLAIN):
        return obj
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


_PLAIN = (str, int, float, bool, type(None))


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """A dataclass's field names (None for any other type), looked up once per class."""
    if dataclasses.is_dataclass(cls):
        return tuple(f.name for f in dataclasses.fields(cls))
    return None


@cache
def _hints(cls: type) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    return typing.get_type_hints(cls, vars(module))


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild ``cls`` from what :func:`to_dict` produced."""
    return typing.cast(T, _converter(typing.cast(Any, cls))(data))


def _same(value: Any) -> Any:
    return value


@cache
def _converter(tp: Any) -> Callable[[Any], Any]:
    """The function that rebuilds a value of type ``tp`` from plain JSON, built once per
    type from its hints (walking the hints for every record was a quarter of a worker's
    event-loop time). ``None`` stays ``None`` at every level."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return _converter(members[0]) if len(members) == 1 else _same
    if origin is tuple or origin is list:
        args = typing.get_args(tp)  # only homogeneous tuple[X, ...] is used in the models
        item = _converter(args[0] if args else Any)
        build: Callable[[Any], Any] = tuple if origin is tuple else list

        def sequence(value: Any) -> Any:
            return None if value is None else build(item(v) for v in value)

        return sequence
    if origin is dict:
        return lambda value: None if value is None else dict(value)
    if tp is datetime:
        return lambda value: (
            value if value is None or isinstance(value, datetime)
            else datetime.fromisoformat(value))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        fields = [(f.name, _converter(hints[f.name])) for f in dataclasses.fields(tp)]

        def record(value: Any) -> Any:
            if value is None:
                return None
            return tp(**{name: convert(value[name])
                         for name, convert in fields if name in value})

        return record
    if tp is float:
        return lambda value: float(value) if isinstance(value, int) else value
    return _same
