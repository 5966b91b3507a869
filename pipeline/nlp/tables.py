"""Reading the rule tables packaged in ``pipeline/nlp/data`` (constructions, modifiers,
frames, target classes) and checking their row ids."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

from pipeline.nlp import lexicon as lx


def read_table(name: str, text: str | None = None) -> Any:
    """The JSON of ``text``, or of the packaged table ``data/<name>`` when none is given."""
    if text is None:
        text = resources.files("pipeline.nlp").joinpath(f"data/{name}").read_text(
            encoding="utf-8")
    return json.loads(text)


def expand_lists(value: Any) -> Any:
    """Replace each ``"$NAME"`` in a row's pattern with the sorted lexicon list ``NAME``
    (one-word entries); ``KeyError`` for a name the lexicon has no list of."""
    if isinstance(value, str) and value.startswith("$"):
        return sorted(k for k in lx.word_list(value) if " " not in k)
    if isinstance(value, dict):
        return {k: expand_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        return [expand_lists(v) for v in value]
    return value


def repeated(ids: Sequence[str]) -> list[str]:
    """The ids that occur more than once, sorted."""
    return sorted({i for i in ids if ids.count(i) > 1})
