"""Values the rules compute from one document's parse, kept while that document is read.

The claim rules ask for the same head's phrase, or the same head's party rule, many times
over one document. ``DOC_MEMO`` keeps such values for the last document it was asked
about, under a key naming the function and its arguments; a value is computed again for
any other document. The (document, values) pair is replaced whole, so a thread reading
another document never sees this one's values. A component that changes a document's
tags or parse calls ``forget`` for it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class DocMemo:
    def __init__(self) -> None:
        self._state: tuple[Any, dict[Hashable, Any]] = (None, {})

    def get(self, doc: Any, key: Hashable, compute: Callable[[], T]) -> T:
        state = self._state
        if state[0] is not doc:
            state = self._state = (doc, {})
        values = state[1]
        if key in values:
            return values[key]  # type: ignore[no-any-return]
        found = values[key] = compute()
        return found

    def forget(self, doc: Any) -> None:
        """Drop the values kept for ``doc``: its tags or parse were changed."""
        if self._state[0] is doc:
            self._state = (None, {})


DOC_MEMO = DocMemo()
