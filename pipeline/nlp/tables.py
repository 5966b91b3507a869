"""Reading the rule tables packaged in ``pipeline/nlp/data`` (constructions, modifiers,
frames, target classes) and checking their row ids."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from typing import Any


def read_table(name: str, text: str | None = None) -> Any:
    """The JSON of ``text``, or of the packaged table ``data/<name>`` when none is given."""
    if text is None:
        text = resources.files("pipeline.nlp").joinpath(f"data/{name}").read_text(
            encoding="utf-8")
    return json.loads(text)


def repeated(ids: Sequence[str]) -> list[str]:
    """The ids that occur more than once, sorted."""
    return sorted({i for i in ids if ids.count(i) > 1})
