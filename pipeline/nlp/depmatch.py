"""A small matcher for spaCy ``DependencyMatcher`` patterns, anchored on their rarest word.

spaCy's ``DependencyMatcher`` runs every node of every pattern over every token, which made
the construction table cost a quarter of the model's time. Construction patterns name
their trigger's words, so this matcher looks only at tokens carrying one of those words and
walks the tree from there. It takes the same pattern format (the table stays a valid
``DependencyMatcher`` table; a test checks both agree on the rows' examples) restricted to
the relations ``>``, ``<``, ``>>``, ``<<`` and the attributes below.

It reads the document's arrays once (word hashes, heads) and walks token indices: no
``Token`` is built while matching, and a pattern's words are compared as hashes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy import parts_of_speech
from spacy.attrs import DEP, ENT_ID, ENT_TYPE, HEAD, LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

# the attributes a pattern may test, and the column of each in the arrays read off a doc
ATTRS = ("LEMMA", "LOWER", "POS", "TAG", "DEP", "ENT_ID", "ENT_TYPE")
_ARRAY = [LEMMA, LOWER, POS, TAG, DEP, ENT_ID, ENT_TYPE, HEAD]
_COLUMN = {key: n for n, key in enumerate(ATTRS)}
_INVERSE = {">": "<", "<": ">", ">>": "<<", "<<": ">>"}


def _code(key: str, value: str) -> int:
    """The number a doc's array holds for ``value`` of attribute ``key``: the
    part-of-speech id for POS (a name spaCy does not know matches nothing), else the
    string's hash."""
    if key == "POS":
        return int(parts_of_speech.IDS.get(value, -1))
    return int(get_string_id(value))


class PatternError(ValueError):
    """A pattern uses something this matcher does not support."""


class _Tree:
    """One document's words (a row of attribute codes per token) and dependency tree, by
    token index, read off its arrays."""

    __slots__ = ("_subtrees", "array", "children", "heads", "rows", "strings")

    def __init__(self, doc: Doc) -> None:
        self.array = array = doc.to_array(_ARRAY)
        # each token's attribute codes, in the order of ``ATTRS`` (every row at once: one
        # conversion is cheaper than one per token asked for)
        self.rows: list[list[int]] = array[:, :-1].tolist()
        offsets = array[:, -1].astype("int64")  # (a head's offset, stored unsigned)
        self.heads: list[int] = (offsets + numpy.arange(len(doc))).tolist()
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, h in enumerate(self.heads):
            if h != i:
                self.children[h].append(i)
        self.strings = doc.vocab.strings
        self._subtrees: dict[int, list[int]] = {}

    def text(self, column: int, code: int) -> str:
        if column == _COLUMN["POS"]:
            return str(parts_of_speech.NAMES.get(code, ""))
        return str(self.strings[code]) if code else ""

    def related(self, i: int, op: str) -> list[int]:
        """Token indices in the relation ``op`` to token ``i``, in the order spaCy's
        ``Token.children``, ``.head``, ``.subtree`` and ``.ancestors`` give them."""
        if op == ">":
            return self.children[i]
        if op == "<":
            return [self.heads[i]] if self.heads[i] != i else []
        if op == ">>":
            return [j for j in self._subtree(i) if j != i]
        out: list[int] = []
        j = i
        while self.heads[j] != j and len(out) < len(self.heads):
            j = self.heads[j]
            out.append(j)
        return out

    def _subtree(self, i: int) -> list[int]:
        # the left children's subtrees, the token, the right children's: document order
        # in a projective tree, and spaCy's order in any tree
        found = self._subtrees.get(i)
        if found is None:
            found = []
            placed = False
            for c in self.children[i]:
                if c > i and not placed:
                    found.append(i)
                    placed = True
                found.extend(self._subtree(c))
            if not placed:
                found.append(i)
            self._subtrees[i] = found
        return found


@dataclass(frozen=True, slots=True)
class _Test:
    key: str
    exact: str | None = None
    among: frozenset[str] | None = None
    not_among: frozenset[str] | None = None
    regex: re.Pattern[str] | None = None
    # the same, as the codes a doc's array holds
    column: int = 0
    exact_code: int | None = None
    among_codes: frozenset[int] | None = None
    not_among_codes: frozenset[int] | None = None

    @classmethod
    def make(cls, key: str, exact: str | None = None, among: frozenset[str] | None = None,
             not_among: frozenset[str] | None = None,
             regex: re.Pattern[str] | None = None) -> _Test:
        return cls(key, exact, among, not_among, regex, _COLUMN[key],
                   None if exact is None else _code(key, exact),
                   None if among is None else frozenset(_code(key, w) for w in among),
                   None if not_among is None else frozenset(_code(key, w) for w in not_among))


def _passes(tests: tuple[_Test, ...], tree: _Tree, i: int) -> bool:
    """Does token ``i`` pass every one of a node's ``tests``? (One loop, no call per
    test: the matcher asks this some hundred thousand times per hundred articles.)"""
    row = tree.rows[i]
    for t in tests:
        got = row[t.column]
        if t.exact_code is not None and got != t.exact_code:
            return False
        if t.among_codes is not None and got not in t.among_codes:
            return False
        if t.not_among_codes is not None and got in t.not_among_codes:
            return False
        if t.regex is not None and not t.regex.search(tree.text(t.column, got)):
            return False
    return True


def _tests(attrs: Mapping[str, Any], where: str) -> tuple[_Test, ...]:
    out = []
    for key, want in attrs.items():
        if key not in ATTRS:
            raise PatternError(f"{where}: unsupported attribute {key}")
        if isinstance(want, str):
            out.append(_Test.make(key, exact=want))
        elif isinstance(want, dict) and set(want) <= {"IN", "NOT_IN", "REGEX"}:
            out.append(_Test.make(
                key,
                among=frozenset(want["IN"]) if "IN" in want else None,
                not_among=frozenset(want["NOT_IN"]) if "NOT_IN" in want else None,
                regex=re.compile(want["REGEX"]) if "REGEX" in want else None,
            ))
        else:
            raise PatternError(f"{where}: unsupported value for {key}: {want!r}")
    return tuple(out)


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    key: str
    names: tuple[str, ...]  # node names in the pattern's order
    start: str
    start_words: tuple[str, frozenset[str]]  # ("LEMMA" | "LOWER", words) to index on
    tests: Mapping[str, tuple[_Test, ...]]
    steps: tuple[tuple[str, str, str], ...]  # (known node, relation, new node)


def compile_pattern(key: str, pattern: Sequence[Mapping[str, Any]],
                    prefer: str = "trigger") -> CompiledPattern:
    names = tuple(str(n["RIGHT_ID"]) for n in pattern)
    tests = {str(n["RIGHT_ID"]): _tests(n.get("RIGHT_ATTRS", {}), f"{key}/{n['RIGHT_ID']}")
             for n in pattern}
    edges: list[tuple[str, str, str]] = []
    for n in pattern[1:]:
        op = n.get("REL_OP")
        if op not in _INVERSE or n.get("LEFT_ID") not in tests:
            raise PatternError(f"{key}: unsupported relation {op!r} or unknown LEFT_ID")
        edges.append((str(n["LEFT_ID"]), str(op), str(n["RIGHT_ID"])))

    def words(name: str) -> tuple[str, frozenset[str]] | None:
        found = [(t.key, t.among if t.among is not None else frozenset([t.exact or ""]))
                 for t in tests[name] if t.key in ("LEMMA", "LOWER")
                 and (t.among is not None or t.exact is not None)]
        return min(found, key=lambda kw: len(kw[1])) if found else None

    candidates = [n for n in names if words(n) is not None and words(n) != ("LEMMA",
                                                                             frozenset(["be"]))]
    if not candidates:
        candidates = [n for n in names if words(n) is not None]
    if not candidates:
        raise PatternError(f"{key}: no node names its words (LEMMA or LOWER) to anchor on")
    start = prefer if prefer in candidates else candidates[0]
    anchor = words(start)
    assert anchor is not None
    steps: list[tuple[str, str, str]] = []
    known = {start}
    pending = list(edges)
    while pending:
        for edge in pending:
            left, op, right = edge
            if left in known:
                steps.append((left, op, right))
            elif right in known:
                steps.append((right, _INVERSE[op], left))
            else:
                continue
            known.update((left, right))
            pending.remove(edge)
            break
        else:
            raise PatternError(f"{key}: the pattern is not one tree")
    return CompiledPattern(key, names, start, anchor, tests, tuple(steps))


def _among(values: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` are in ``keys`` (sorted, unique): a binary search each, cheaper
    than ``numpy.isin`` on a document's few hundred words."""
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)
    return keys[at] == values


class TreeMatcher:
    """``add(key, pattern)`` then ``matcher(doc)`` -> ``[(key, [token index per node])]``,
    token indices in the pattern's node order, as ``DependencyMatcher`` gives them."""

    def __init__(self) -> None:
        self.patterns: list[CompiledPattern] = []
        # anchor word hash -> patterns, one index per attribute (LEMMA, LOWER)
        self._by_lemma: dict[int, list[CompiledPattern]] = {}
        self._by_lower: dict[int, list[CompiledPattern]] = {}
        self._arrays: dict[str, numpy.ndarray] = {}

    def _keys(self, attr: str) -> numpy.ndarray:
        """The anchor words' hashes of ``attr``, as an array (made once after adding)."""
        keys = self._arrays.get(attr)
        if keys is None:
            index = self._by_lemma if attr == "LEMMA" else self._by_lower
            keys = self._arrays[attr] = numpy.array(sorted(index), dtype=numpy.uint64)
        return keys

    def add(self, key: str, pattern: Sequence[Mapping[str, Any]]) -> None:
        self._arrays.clear()
        compiled = compile_pattern(key, pattern)
        self.patterns.append(compiled)
        attr, words = compiled.start_words
        index = self._by_lemma if attr == "LEMMA" else self._by_lower
        for word in words:
            index.setdefault(get_string_id(word), []).append(compiled)

    def __call__(self, doc: Doc) -> list[tuple[str, list[int]]]:
        out: list[tuple[str, list[int]]] = []
        by_lemma, by_lower, none = self._by_lemma, self._by_lower, ()
        if not len(doc):
            return out
        # the words' hashes off the doc's arrays: the tokens some pattern anchors on, found
        # at once, and the tree walked from there by index
        tree = _Tree(doc)
        lemmas, lowers = tree.array[:, _COLUMN["LEMMA"]], tree.array[:, _COLUMN["LOWER"]]
        hits = numpy.flatnonzero(_among(lemmas, self._keys("LEMMA"))
                                 | _among(lowers, self._keys("LOWER")))
        for i in hits.tolist():
            row = tree.rows[i]
            found = [*by_lemma.get(row[0], none), *by_lower.get(row[1], none)]
            for p in found:
                if _passes(p.tests[p.start], tree, i):
                    for assign in self._extend(tree, p, 0, {p.start: i}):
                        out.append((p.key, [assign[n] for n in p.names]))
        return out

    def _extend(self, tree: _Tree, p: CompiledPattern, k: int,
                assign: dict[str, int]) -> Iterator[dict[str, int]]:
        if k == len(p.steps):
            yield dict(assign)
            return
        known, op, new = p.steps[k]
        used = set(assign.values())
        tests = p.tests[new]
        for cand in tree.related(assign[known], op):
            if cand in used or not _passes(tests, tree, cand):
                continue
            assign[new] = cand
            yield from self._extend(tree, p, k + 1, assign)
            del assign[new]
