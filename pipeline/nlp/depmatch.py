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

import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy import parts_of_speech
from spacy.attrs import DEP, ENT_ID, ENT_TYPE, HEAD, LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from pipeline.nlp.docmemo import DOC_MEMO, doc_array

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

    __slots__ = ("_ancestors", "_by_dep", "_subtrees", "array", "children", "heads", "rows",
                 "strings")

    def __init__(self, doc: Doc) -> None:
        # (each column as the document's memo holds it: the claim rules read the same
        # columns off it, and each is read off the doc once)
        self.array = array = numpy.column_stack([doc_array(doc, attr) for attr in _ARRAY])
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
        self._by_dep: dict[int, dict[int, list[int]]] = {}
        self._ancestors: dict[int, frozenset[int]] = {}

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

    def children_by_dep(self, i: int) -> dict[int, list[int]]:
        """Token ``i``'s children by the code of their relation, each list in the order of
        ``related(i, ">")`` (made once per token asked about)."""
        found = self._by_dep.get(i)
        if found is None:
            found = self._by_dep[i] = {}
            rows, column = self.rows, _COLUMN["DEP"]
            for c in self.children[i]:
                found.setdefault(rows[c][column], []).append(c)
        return found

    def dep(self, i: int) -> int:
        """Token ``i``'s relation, as ``Token.dep`` gives it (a number)."""
        return self.rows[i][_COLUMN["DEP"]]

    def ancestor_set(self, i: int) -> frozenset[int]:
        """The indices of ``Token.ancestors`` of token ``i`` (made once per token asked
        about)."""
        found = self._ancestors.get(i)
        if found is None:
            found = self._ancestors[i] = frozenset(self.related(i, "<<"))
        return found

    def subtree(self, i: int) -> list[int]:
        """The indices of ``Token.subtree`` of token ``i``, in its order (kept: not to be
        written to)."""
        return self._subtree(i)

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


def doc_tree(doc: Doc) -> _Tree:
    """The document's words and tree (:class:`_Tree`), read once per document until its
    tags or parse change: the construction and frame tables and the claim rules' walks
    share it."""
    return DOC_MEMO.get(doc, "tree", _Tree, doc)


def is_ancestor(token: Token, descendant: Token) -> bool:
    """``token.is_ancestor(descendant)``, off the document's tree (:func:`doc_tree`): a
    set look-up once the descendant's ancestors are read, where ``Token.is_ancestor``
    walks them anew, a ``Token`` built per step (the place rules ask it of every
    ancestor of a word in turn)."""
    return token.doc is descendant.doc \
        and token.i in doc_tree(descendant.doc).ancestor_set(descendant.i)


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


# a node's tests as the matcher's inner loop reads them: (columns, codes) of its exact
# values, compared at once, then (column, codes) of its lists, of the lists it must not
# hold, and (column, regex) of its patterns
_Checks = tuple[Callable[[Sequence[int]], Any], Any, tuple[tuple[int, frozenset[int]], ...],
                tuple[tuple[int, frozenset[int]], ...], tuple[tuple[int, re.Pattern[str]], ...]]


def _checks(tests: tuple[_Test, ...], skip: int | None = None) -> _Checks:
    """A node's ``tests`` as plain tuples (the inner loop reads no dataclass field);
    ``skip``: a column whose exact value the caller tests itself."""
    exact = [(t.column, t.exact_code) for t in tests
             if t.exact_code is not None and t.column != skip]
    # one itemgetter reads every exact column of a row at once (a value for one column,
    # a tuple for several); with none, it reads nothing that could differ
    get = operator.itemgetter(*(c for c, _ in exact)) if exact else (lambda row: None)
    want = (exact[0][1] if len(exact) == 1 else tuple(v for _, v in exact)) if exact else None
    return (get, want,
            tuple((t.column, t.among_codes) for t in tests if t.among_codes is not None),
            tuple((t.column, t.not_among_codes) for t in tests
                  if t.not_among_codes is not None),
            tuple((t.column, t.regex) for t in tests if t.regex is not None))


def _passes(checks: _Checks, tree: _Tree, i: int) -> bool:
    """Does token ``i`` pass every one of a node's ``checks``? (No call per test: the
    matcher asks this some hundred thousand times per hundred articles.)"""
    row = tree.rows[i]
    get, want, among, not_among, regexes = checks
    if get(row) != want:
        return False
    for column, codes in among:
        if row[column] not in codes:
            return False
    for column, codes in not_among:
        if row[column] in codes:
            return False
    # (one node of the tables tests a pattern: no generator for the others)
    return not regexes or all(regex.search(tree.text(column, row[column]))
                              for column, regex in regexes)


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


_Step = tuple[int, str, int, "int | None", _Checks]


def _dep_code(tests: tuple[_Test, ...]) -> int | None:
    """The one relation code a node's tests require, if they name one exactly."""
    codes = {t.exact_code for t in tests if t.key == "DEP" and t.exact_code is not None}
    return codes.pop() if len(codes) == 1 else None


def _step(at: Mapping[str, int], left: str, op: str, right: str,
          tests: tuple[_Test, ...]) -> _Step:
    """One step of the walk by node position; a child's relation, when the node names
    one, is looked up rather than tested on every child."""
    dep = _dep_code(tests) if op == ">" else None
    return (at[left], op, at[right], dep,
            _checks(tests, skip=_COLUMN["DEP"] if dep is not None else None))


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    key: str
    names: tuple[str, ...]  # node names in the pattern's order
    start: str
    start_words: tuple[str, frozenset[str]]  # ("LEMMA" | "LOWER", words) to index on
    tests: Mapping[str, tuple[_Test, ...]]
    steps: tuple[tuple[str, str, str], ...]  # (known node, relation, new node)
    # the same by node position, as the matcher walks them: the start node's checks, and
    # per step (known node's position, relation, new node's position, the exact relation
    # code a child must have or None, the new node's other checks)
    start_checks: _Checks
    plan: tuple[_Step, ...]
    # the start node's position, and the relation code a child of the start token must
    # have for the first step to find anything (a first step ``>`` that names one), else
    # None: a token without such a child is no start, and the walk is not begun
    start_at: int = 0
    first_dep: int | None = None
    # the relation codes the later steps ``>`` from the start node name (besides the first
    # step's): a start token without a child in each of them is no start either
    more_deps: frozenset[int] = frozenset()


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
    at = {name: n for n, name in enumerate(names)}
    plan = tuple(_step(at, left, op, right, tests[right]) for left, op, right in steps)
    # (the first step leaves from the start node, the only one known then)
    first_dep = plan[0][3] if plan and plan[0][1] == ">" else None
    more_deps = frozenset(dep for known, op, _, dep, _ in plan[1:]
                          if known == at[start] and op == ">" and dep is not None) \
        - {first_dep}
    return CompiledPattern(key, names, start, anchor, tests, tuple(steps),
                           _checks(tests[start]), plan, at[start], first_dep, more_deps)


def _among(values: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` are in ``keys`` (sorted, unique): a binary search each, cheaper
    than ``numpy.isin`` on a document's few hundred words."""
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)
    return keys[at] == values


# the most rows of attribute codes a matcher keeps its start nodes' verdicts for
_MAX_STARTS = 50_000


class TreeMatcher:
    """``add(key, pattern)`` then ``matcher(doc)`` -> ``[(key, [token index per node])]``,
    token indices in the pattern's node order, as ``DependencyMatcher`` gives them."""

    def __init__(self) -> None:
        self.patterns: list[CompiledPattern] = []
        # anchor word hash -> patterns, one index per attribute (LEMMA, LOWER)
        self._by_lemma: dict[int, list[CompiledPattern]] = {}
        self._by_lower: dict[int, list[CompiledPattern]] = {}
        self._arrays: dict[str, numpy.ndarray] = {}
        # (lemma hash, lower-case hash) of a token -> the patterns anchored on either, in
        # the order the matcher tries them (made once per pair of words met)
        self._anchored: dict[tuple[int, int], tuple[CompiledPattern, ...]] = {}
        # a token's row of attribute codes -> the patterns anchored on it whose start node
        # it passes, in the same order: the start checks read the row alone, so a word
        # met again (in any document) is not tested again
        self._starts: dict[tuple[int, ...], tuple[CompiledPattern, ...]] = {}

    def _keys(self, attr: str) -> numpy.ndarray:
        """The anchor words' hashes of ``attr``, as an array (made once after adding)."""
        keys = self._arrays.get(attr)
        if keys is None:
            index = self._by_lemma if attr == "LEMMA" else self._by_lower
            keys = self._arrays[attr] = numpy.array(sorted(index), dtype=numpy.uint64)
        return keys

    def add(self, key: str, pattern: Sequence[Mapping[str, Any]]) -> None:
        self._arrays.clear()
        self._anchored.clear()
        self._starts.clear()
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
        tree = doc_tree(doc)
        lemmas, lowers = tree.array[:, _COLUMN["LEMMA"]], tree.array[:, _COLUMN["LOWER"]]
        hits = numpy.flatnonzero(_among(lemmas, self._keys("LEMMA"))
                                 | _among(lowers, self._keys("LOWER")))
        anchored, starts = self._anchored, self._starts
        if len(starts) > _MAX_STARTS:
            starts.clear()  # (kept bounded over a long run of documents)
        for i in hits.tolist():
            row = tree.rows[i]
            key = tuple(row)
            passed = starts.get(key)
            if passed is None:
                words = (row[0], row[1])
                found = anchored.get(words)
                if found is None:
                    found = anchored[words] = (*by_lemma.get(row[0], none),
                                               *by_lower.get(row[1], none))
                passed = starts[key] = tuple(p for p in found
                                             if _passes(p.start_checks, tree, i))
            for p in passed:
                if p.first_dep is not None and p.first_dep not in tree.children_by_dep(i):
                    continue  # (no child in the first step's relation: no match)
                if p.more_deps and not tree.children_by_dep(i).keys() >= p.more_deps:
                    continue  # (nor without one in each later step's from the start)
                assign = [-1] * len(p.names)  # token per node, in the pattern's order
                assign[p.start_at] = i
                _extend(tree, p.plan, 0, assign, p.key, out)
        return out


def _extend(tree: _Tree, plan: tuple[_Step, ...], k: int,
            assign: list[int], key: str, out: list[tuple[str, list[int]]]) -> None:
    """Append to ``out`` every way to give the nodes of ``plan[k:]`` distinct tokens,
    ``assign`` holding the tokens of the nodes before (-1: none yet): depth first, each
    relation's tokens in their order, so the matches come in ``DependencyMatcher``'s
    order of discovery as before."""
    if k == len(plan):
        out.append((key, list(assign)))
        return
    known, op, new, dep, checks = plan[k]
    at = assign[known]
    if dep is not None:
        cands = tree.children_by_dep(at).get(dep, ())
    elif op == ">":
        cands = tree.children[at]
    elif op == "<":
        head = tree.heads[at]  # (the one head, as ``related`` gives it, without a list)
        cands = (head,) if head != at else ()
    else:
        cands = tree.related(at, op)
    # (the last step's matches are appended here: no call made for each of them)
    last = k + 1 == len(plan)
    for cand in cands:
        if cand in assign or not _passes(checks, tree, cand):
            continue
        assign[new] = cand
        if last:
            out.append((key, list(assign)))
        else:
            _extend(tree, plan, k + 1, assign, key, out)
        assign[new] = -1
