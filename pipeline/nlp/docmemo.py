"""Values the rules compute from one document's parse, kept while that document is read.

The claim rules ask for the same head's phrase, or the same head's party rule, many times
over one document. ``DOC_MEMO`` keeps such values for the last document it was asked
about, under a key naming the function and its arguments; a value is computed again for
any other document. The (document, values) pair is replaced whole, so a thread reading
another document never sees this one's values. A component that changes a document's
tags or parse calls ``forget`` for it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

import numpy
from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.strings import get_string_id

T = TypeVar("T")


class DocMemo:
    def __init__(self) -> None:
        self._state: tuple[Any, dict[Hashable, Any]] = (None, {})

    def get(self, doc: Any, key: Hashable, compute: Callable[..., T], *args: Any) -> T:
        """The value kept for ``doc`` under ``key``, else ``compute(*args)``, kept (the
        arguments passed as such: no closure is made on each call)."""
        state = self._state
        if state[0] is not doc:
            state = self._state = (doc, {})
        # (one look-up of the key, hashed once: the rules ask some 40 000 times per
        # hundred articles)
        found = state[1].get(key, _MISSING)
        if found is _MISSING:
            found = state[1][key] = compute(*args)
        return found  # type: ignore[no-any-return]

    def forget(self, doc: Any) -> None:
        """Drop the values kept for ``doc``: its tags or parse were changed."""
        if self._state[0] is doc:
            self._state = (None, {})


_MISSING = object()  # no value kept (None is a value)
DOC_MEMO = DocMemo()


def per_token(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """``fn(token)``, a function of the parse alone, computed once per document and token
    (the rules ask a verb for its subject many times over)."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def kept(tok: Any) -> T:
        doc, key = tok.doc, (name, tok.i)
        kept_for, values = DOC_MEMO._state  # (a value kept: no call, no closure made)
        if kept_for is doc and key in values:
            return values[key]  # type: ignore[no-any-return]
        return DOC_MEMO.get(doc, key, fn, tok)

    return kept


def doc_text(doc: Any) -> str:
    """``doc.text``, read once per document (each read joins every token's text anew)."""
    return DOC_MEMO.get(doc, "text", _text, doc)


def _text(doc: Any) -> str:
    """The doc's text, joined from its tokens."""
    return str(doc.text)


def sent_of(tok: Any) -> Any:
    """``tok.sent``, off the document's sentences read once (each read of ``Token.sent``
    walks the parse out to both ends of the sentence). The memo is forgotten whenever a
    repair rewrites the tree, and so the sentences with it."""
    doc = tok.doc
    kept_for, values = DOC_MEMO._state  # (kept: no call made, as the rules ask often)
    found = values.get("sentences") if kept_for is doc else None
    if found is None:
        found = DOC_MEMO.get(doc, "sentences", _sentences, doc)
    sents, index = found
    return sents[index[tok.i]]


def _sentences(doc: Any) -> tuple[list[Any], list[int]]:
    """The doc's sentences, and each token's sentence by its index."""
    sents = list(doc.sents)
    index = [0] * len(doc)
    for n, sent in enumerate(sents):
        index[sent.start : sent.end] = [n] * (sent.end - sent.start)
    return sents, index


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, read once per document (each read of ``Doc.ents``, and so of
    ``Span.ents``, builds every entity span anew)."""
    return DOC_MEMO.get(doc, "ents", lambda: tuple(doc.ents))


def span_ents(span: Any) -> list[Any]:
    """``span.ents``: the document's entities wholly inside ``span``."""
    start, end = span.start, span.end
    return [e for e in doc_ents(span.doc) if start <= e.start and e.end <= end]


def ent_at(tok: Any) -> Any | None:
    """The entity ``tok`` is part of, if any."""
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    i = tok.i
    return next((e for e in doc_ents(tok.doc) if e.start <= i < e.end), None)


def doc_array(doc: Any, attr: int) -> numpy.ndarray:
    """``doc.to_array(attr)``, read once per document (until its tags or parse change);
    not to be written to."""
    return DOC_MEMO.get(doc, ("words", attr), doc.to_array, attr)  # type: ignore[no-any-return]


def word_positions(doc: Any, word: str, start: int = 0, end: int | None = None,
                   exact: bool = False) -> list[int]:
    """Indices of the tokens of ``doc[start:end]`` whose lower-case text (``exact``: whose
    text) is ``word``; every word's places are indexed once per document, off its array
    of words."""
    attr = ORTH if exact else LOWER
    found = _places_of(doc, attr, word)
    if start < 0:
        start += len(doc)  # (as a slice reads it)
    if end is not None and end < 0:
        end += len(doc)
    lo = bisect.bisect_left(found, start) if start > 0 else 0
    hi = len(found) if end is None else bisect.bisect_left(found, end)
    return found[lo:hi]


def _places_of(doc: Any, attr: int, word: str) -> list[int]:
    """Indices of the tokens whose ``attr`` is ``word``, off the doc's index of it (not
    to be written to)."""
    return DOC_MEMO.get(doc, ("word index", attr), _word_index, doc, attr).get(
        get_string_id(word), _NOWHERE)


_NOWHERE: list[int] = []  # (a word the doc does not hold: shared, never written to)


def positions_of(doc: Any, attr: int, value: int) -> list[int]:
    """Indices of the tokens whose ``attr`` holds ``value`` (a hash: a relation's, a
    tag's), in order, off the doc's index of that column, made once per document (until
    its tags or parse change); not to be written to."""
    return DOC_MEMO.get(doc, ("word index", attr), _word_index, doc, attr).get(
        value, _NOWHERE)


def _word_index(doc: Any, attr: int) -> dict[int, list[int]]:
    """Per hash of ``attr``, the indices of the tokens that hold it, in order: one pass
    over the doc's array, where a search of the array per word asked about costs more."""
    index: dict[int, list[int]] = {}
    for i, h in enumerate(doc_array(doc, attr).tolist()):
        found = index.get(h)
        if found is None:
            index[h] = [i]
        else:
            found.append(i)
    return index


def among(array: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """Which entries of ``array`` are in ``keys`` (sorted, unique, of the same type): a
    binary search each (``numpy.isin`` costs more than the search on a document's few
    hundred words)."""
    if not len(keys):
        return numpy.zeros(len(array), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(keys, array), len(keys) - 1)
    return keys[at] == array  # type: ignore[no-any-return]


def _hashes_among(array: numpy.ndarray, words: Iterable[str]) -> numpy.ndarray:
    """Which entries of ``array`` (a column of word hashes) are the hash of one of
    ``words``."""
    return among(array, numpy.array(sorted({get_string_id(w) for w in words}),
                                    dtype=array.dtype))


_CODES: dict[frozenset[str] | tuple[str, ...], frozenset[int]] = {}  # words -> hashes


def word_codes(words: frozenset[str] | tuple[str, ...]) -> frozenset[int]:
    """The hashes of ``words`` (a frozenset or tuple of strings, as the rules keep their
    lists), the numbers a doc's column of words or tags holds (:func:`doc_column`); made
    once per list (the rules' lists live as long as the process)."""
    codes = _CODES.get(words)
    if codes is None:
        if len(_CODES) > 1_000:
            _CODES.clear()  # (kept bounded: the rules ask about a few dozen lists)
        codes = _CODES[words] = frozenset(get_string_id(w) for w in words)
    return codes


def doc_column(doc: Any, attr: int) -> list[int]:
    """:func:`doc_array` as a list, read once per document (until its tags or parse
    change): a test of a few tokens reads a list faster than an array; not to be
    written to."""
    return DOC_MEMO.get(doc, ("column", attr), _column, doc, attr)


def _column(doc: Any, attr: int) -> list[int]:
    """The doc's column of ``attr``, as a list."""
    return doc_array(doc, attr).tolist()  # type: ignore[no-any-return]


def lemma_positions(doc: Any, lemmas: Iterable[str]) -> list[int]:
    """Indices of the tokens whose lemma is one of ``lemmas``, off the document's array
    of lemmas read once."""
    array = DOC_MEMO.get(doc, ("words", LEMMA), lambda: doc.to_array(LEMMA))
    return numpy.flatnonzero(_hashes_among(array, lemmas)).tolist()  # type: ignore[no-any-return]


def lower_lemma_positions(doc: Any, lemmas: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lemma in lower case (``tok.lemma_.lower()``) is one of
    ``lemmas``, found once per document and set of lemmas off :func:`lower_lemmas`."""

    def find() -> list[int]:
        return [i for i, low in enumerate(lower_lemmas(doc)) if low in lemmas]

    return DOC_MEMO.get(doc, ("lower lemma places", lemmas), find)


def lower_lemmas(doc: Any) -> list[str]:
    """Each token's lemma in lower case (``tok.lemma_.lower()``), off the doc's column of
    lemmas, once per document (until its tags change; each distinct lemma is lower-cased
    once in the process); not to be written to."""
    return DOC_MEMO.get(doc, "lemmas in lower case", _lower_lemmas, doc)


def _lower_lemmas(doc: Any) -> list[str]:
    """:func:`lower_lemmas`, read off the column."""
    known = _LOWER_OF
    return [known.get(h) or _lower_of(doc, h) for h in doc_column(doc, LEMMA)]


_LOWER_OF: dict[int, str] = {}  # a string's hash -> the string in lower case


def _lower_of(doc: Any, h: int) -> str:
    """The string of hash ``h`` in lower case, kept across documents (a hash names one
    string in any vocabulary; the list is cleared when it grows long)."""
    low = _LOWER_OF.get(h)
    if low is None:
        if len(_LOWER_OF) > 100_000:
            _LOWER_OF.clear()
        low = _LOWER_OF[h] = str(doc.vocab.strings[h]).lower()
    return low


def any_word(doc: Any, words: Iterable[str]) -> bool:
    """Is any token's lower-case text one of ``words``? Off the same array of words as
    :func:`word_positions`, read once per document."""
    lower = DOC_MEMO.get(doc, ("words", LOWER), lambda: doc.to_array(LOWER))
    return bool(_hashes_among(lower, words).any())


def line_breaks(doc: Any) -> list[int]:
    """Indices of the tokens that end a line (a newline in their text or the space after
    them), in order, found once per document off its text."""
    return DOC_MEMO.get(doc, "line breaks", _line_breaks, doc)


def _line_breaks(doc: Any) -> list[int]:
    """:func:`line_breaks`, read off the doc's text and its tokens' offsets."""
    text = doc_text(doc)
    if "\n" not in text:
        return []
    starts = doc.to_array(IDX)
    newlines = numpy.array([m.start() for m in re.finditer("\n", text)], dtype=starts.dtype)
    at = numpy.searchsorted(starts, newlines, side="right") - 1
    return sorted({int(i) for i in at if i >= 0})


def line_bounds(tok: Any) -> tuple[int, int]:
    """Token range of the line ``tok`` is on."""
    doc = tok.doc
    breaks = line_breaks(doc)
    at = bisect.bisect_left(breaks, tok.i)  # the first break at or after tok
    start = breaks[at - 1] + 1 if at > 0 else 0
    end = breaks[at] if at < len(breaks) and breaks[at] < len(doc) - 1 else len(doc) - 1
    return start, end + 1


def line_start(doc: Any, i: int) -> int:
    """Index of the first token of the line token ``i`` is on (after the last line break
    before it)."""
    breaks = line_breaks(doc)
    at = bisect.bisect_left(breaks, i)
    return breaks[at - 1] + 1 if at > 0 else 0
