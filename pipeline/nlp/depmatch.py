"""A small matcher for spaCy ``DependencyMatcher`` patterns, anchored on their rarest word.

spaCy's ``DependencyMatcher`` runs every node of every pattern over every token, which made
the construction table cost a quarter of the model's time. Construction patterns name
their trigger's words, so this matcher looks only at tokens carrying one of those words and
walks the tree from there. It takes the same pattern format (the table stays a valid
``DependencyMatcher`` table; a test checks both agree on the rows' examples) restricted to
the relations ``>``, ``<``, ``>>``, ``<<`` and the attributes below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

ATTRS: dict[str, Callable[[Token], str]] = {
    "LEMMA": lambda t: t.lemma_, "LOWER": lambda t: t.lower_, "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_, "DEP": lambda t: t.dep_, "ENT_ID": lambda t: t.ent_id_,
    "ENT_TYPE": lambda t: t.ent_type_,
}
_INVERSE = {">": "<", "<": ">", ">>": "<<", "<<": ">>"}


class PatternError(ValueError):
    """A pattern uses something this matcher does not support."""


def _related(tok: Token, op: str) -> Iterator[Token]:
    if op == ">":
        yield from tok.children
    elif op == "<":
        if tok.head.i != tok.i:
            yield tok.head
    elif op == ">>":
        yield from (t for t in tok.subtree if t.i != tok.i)
    else:
        yield from tok.ancestors


@dataclass(frozen=True, slots=True)
class _Test:
    key: str
    exact: str | None = None
    among: frozenset[str] | None = None
    not_among: frozenset[str] | None = None
    regex: re.Pattern[str] | None = None

    def __call__(self, tok: Token) -> bool:
        got = ATTRS[self.key](tok)
        if self.exact is not None and got != self.exact:
            return False
        if self.among is not None and got not in self.among:
            return False
        if self.not_among is not None and got in self.not_among:
            return False
        return not (self.regex is not None and not self.regex.search(got))


def _tests(attrs: Mapping[str, Any], where: str) -> tuple[_Test, ...]:
    out = []
    for key, want in attrs.items():
        if key not in ATTRS:
            raise PatternError(f"{where}: unsupported attribute {key}")
        if isinstance(want, str):
            out.append(_Test(key, exact=want))
        elif isinstance(want, dict) and set(want) <= {"IN", "NOT_IN", "REGEX"}:
            out.append(_Test(
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
        # at once; a Token is built only for those
        words = doc.to_array([LEMMA, LOWER])
        lemmas, lowers = words[:, 0], words[:, 1]
        hits = numpy.flatnonzero(_among(lemmas, self._keys("LEMMA"))
                                 | _among(lowers, self._keys("LOWER")))
        for i in hits.tolist():
            found = [*by_lemma.get(int(lemmas[i]), none), *by_lower.get(int(lowers[i]), none)]
            tok = doc[i]
            for p in found:
                if all(test(tok) for test in p.tests[p.start]):
                    for assign in self._extend(doc, p, 0, {p.start: tok.i}):
                        out.append((p.key, [assign[n] for n in p.names]))
        return out

    def _extend(self, doc: Doc, p: CompiledPattern, k: int,
                assign: dict[str, int]) -> Iterator[dict[str, int]]:
        if k == len(p.steps):
            yield dict(assign)
            return
        known, op, new = p.steps[k]
        used = set(assign.values())
        for cand in _related(doc[assign[known]], op):
            if cand.i in used or not all(test(cand) for test in p.tests[new]):
                continue
            assign[new] = cand.i
            yield from self._extend(doc, p, k + 1, assign)
            del assign[new]
