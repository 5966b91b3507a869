"""Modifiers of a claim as a rule table, in the manner of medspaCy's ConText.

Each row of ``data/modifiers.json`` has a literal, a category, a token pattern, a direction and
(for linear rows) a maximum scope. Linear rows ("instead of", "rather than", "not X but", "if",
"always") mark the tokens they govern; ``clause`` rows ("in a separate incident", "earlier this
month") mark the whole clause the phrase modifies (the subtree of the word it hangs from), so a
fronted frame reaches past "X said" but not into another clause; ``finite`` rows ("this year",
"since January", "strikes across the south") mark the finite clause the phrase stands in, so a
toll over a period or a region is no account of this strike; ``lead`` rows ("in response
to") mark the phrase and what trails it up to the subject of the clause it opens, so the
provocation it tells is not read as the main clause's account; ``path`` rows ("threatened to",
"should", "in response to", "allegations that") are looked up on the dependency path between a
claim's trigger and its reporting verb; ``pseudo`` rows block the shorter rules they overlap
and ``terminate`` rows end a scope. A row with ``follows`` applies only after a sentence (in
its paragraph) that holds a scope of that category ("said at the time" is background after
a sentence about an earlier strike). The table is validated on load.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy
from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from pipeline.nlp.docmemo import doc_array, line_start, sent_of
from pipeline.nlp.tables import read_table, repeated

CATEGORIES = frozenset(["NEGATED", "HYPOTHETICAL", "POLICY", "INTENT", "MODAL", "BACKGROUND",
                        "HEARSAY", "RESPONSIBILITY", "PSEUDO", "TERMINATE"])
DIRECTIONS = frozenset(["forward", "backward", "bidirectional", "within", "clause", "finite",
                        "lead", "rest", "path", "pseudo", "terminate"])
_LINEAR = frozenset(["forward", "backward", "bidirectional"])
_TOKEN_KEYS = frozenset(["LOWER", "LEMMA", "POS", "TAG", "IS_ALPHA", "OP", "DEP", "SHAPE",
                         "ENT_TYPE", "IS_SENT_START"])


class ModifierError(ValueError):
    """A row of the modifier table is malformed."""


@dataclass(frozen=True, slots=True)
class ModifierRule:
    id: str
    literal: str
    category: str
    pattern: list[dict[str, Any]]
    direction: str
    max_scope: int | None = None
    example: Mapping[str, Any] = field(default_factory=dict)
    counter_example: Mapping[str, Any] = field(default_factory=dict)
    # a category the sentence before (in the same paragraph) must carry for the rule to
    # apply: "the government said at the time" is background after "In August 2023 a
    # strike killed 26 people", an earlier account of this strike anywhere else
    follows: str | None = None


def parse_rule(row: Mapping[str, Any]) -> ModifierRule:
    rid = row.get("id")
    for key in ("id", "literal", "category", "pattern", "direction", "example",
                "counter_example"):
        if key not in row:
            raise ModifierError(f"{rid}: missing {key}")
    if row["category"] not in CATEGORIES:
        raise ModifierError(f"{rid}: category {row['category']!r} not in {sorted(CATEGORIES)}")
    if row["direction"] not in DIRECTIONS:
        raise ModifierError(f"{rid}: direction {row['direction']!r} not in {sorted(DIRECTIONS)}")
    pattern = row["pattern"]
    if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict)
                                                                for t in pattern):
        raise ModifierError(f"{rid}: the pattern must be a non-empty list of token dicts")
    bad = {k for t in pattern for k in t} - _TOKEN_KEYS
    if bad:
        raise ModifierError(f"{rid}: unsupported token attributes {sorted(bad)}")
    max_scope = row.get("max_scope")
    if row["direction"] in _LINEAR and (not isinstance(max_scope, int) or max_scope < 1):
        raise ModifierError(f"{rid}: a {row['direction']} rule needs a positive max_scope")
    if row["direction"] == "path" and len(pattern) != 1:
        raise ModifierError(f"{rid}: a path rule matches one word")
    for ex in (row["example"], row["counter_example"]):
        if "target" not in ex or not ({"has", "lacks"} & set(ex)):
            raise ModifierError(f"{rid}: an example needs a target and 'has' or 'lacks'")
    follows = row.get("follows")
    if follows is not None and follows not in CATEGORIES:
        raise ModifierError(f"{rid}: follows {follows!r} not in {sorted(CATEGORIES)}")
    return ModifierRule(str(rid), row["literal"], row["category"], pattern, row["direction"],
                        max_scope, row["example"], row["counter_example"], follows)


def load_modifiers(text: str | None = None) -> list[ModifierRule]:
    rules = [parse_rule(r) for r in read_table("modifiers.json", text)["modifiers"]]
    if repeated([r.id for r in rules]):
        raise ModifierError("duplicate modifier ids")
    return rules


_GET: dict[str, Callable[[Token], Any]] = {
    "LOWER": lambda t: t.lower_, "LEMMA": lambda t: t.lemma_.lower(), "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_, "DEP": lambda t: t.dep_, "IS_ALPHA": lambda t: t.is_alpha,
    "SHAPE": lambda t: t.shape_, "ENT_TYPE": lambda t: t.ent_type_,
    "IS_SENT_START": lambda t: bool(t.is_sent_start),
}


# one test of a pattern element: (attribute getter, exact value, values it must be
# among, values it must not be among); an exact value is tested where both lists are None
_Check = tuple[Callable[[Token], Any], Any, "frozenset[Any] | None", "frozenset[Any] | None"]


def _element_checks(spec: Mapping[str, Any]) -> tuple[_Check, ...]:
    """One pattern element (exact value, ``{"IN": [...]}`` or ``{"NOT_IN": [...]}``) as
    its tests of one token, its lists made sets once."""
    checks: list[_Check] = []
    for key, want in spec.items():
        if key == "OP":
            continue
        if isinstance(want, dict):
            among = frozenset(want["IN"]) if "IN" in want else None
            not_among = frozenset(want["NOT_IN"]) if "NOT_IN" in want else None
            checks.append((_GET[key], None, among, not_among))
        else:
            checks.append((_GET[key], want, None, None))
    return tuple(checks)


@dataclass(frozen=True, slots=True)
class Scope:
    rule: str
    category: str
    start: int  # token indices, end exclusive
    end: int


class ModifierTable:
    """The loaded table: linear scopes over a doc and path lookups for one token."""

    def __init__(self, vocab: Vocab, rules: Sequence[ModifierRule] | None = None) -> None:
        self.rules = list(rules if rules is not None else load_modifiers())
        self.by_id = {r.id: r for r in self.rules}
        self.path_rules = [r for r in self.rules if r.direction == "path"]
        # per category, each path rule's checks of its one element (read by plain loops in
        # :meth:`on_path`, which the claim rules ask some fifteen thousand times per
        # hundred articles)
        self._path_checks: dict[str, tuple[tuple[_Check, ...], ...]] = {}
        for r in self.path_rules:
            self._path_checks[r.category] = (*self._path_checks.get(r.category, ()),
                                             _element_checks(r.pattern[0]))
        self.matcher = Matcher(vocab)
        self.words = WordRules(vocab)
        for r in self.rules:
            if r.direction != "path" and not self.words.add(r.id, r.pattern):
                self.matcher.add(r.id, [r.pattern])

    def on_path(self, tok: Token, category: str) -> bool:
        """Does a ``path`` rule of ``category`` match this word? (The rules' checks in
        their order, as one test each would make them, without a generator or a call per
        rule.)"""
        for checks in self._path_checks.get(category, ()):
            for get, exact, among, not_among in checks:
                got = get(tok)
                if among is not None and got not in among:
                    break
                if not_among is not None and got in not_among:
                    break
                if among is None and not_among is None and got != exact:
                    break
            else:
                return True
        return False

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(rule id hash, start, end)`` of every rule's matches in ``doc``, as a spaCy
        ``Matcher`` of all the rules finds them (in another order)."""
        found = list(self.matcher(doc)) if len(self.matcher) else []
        return found + self.words(doc)

    def scopes(self, doc: Doc) -> list[Scope]:
        matches = [(self.by_id[doc.vocab.strings[m]], s, e) for m, s, e in self.matches(doc)]
        pseudo = [(s, e) for r, s, e in matches if r.direction == "pseudo"]
        stops = sorted(s for r, s, _ in matches if r.direction == "terminate")
        out: list[Scope] = []
        for rule, start, end in matches:
            if rule.direction in ("pseudo", "terminate"):
                continue
            if any(ps <= start < pe and (ps, pe) != (start, end) for ps, pe in pseudo):
                continue
            sent = sent_of(doc[start])
            if rule.direction == "within":
                out.append(Scope(rule.id, rule.category, start, end))
                continue
            if rule.direction in ("clause", "finite"):
                lo, hi = (_clause if rule.direction == "clause" else _finite)(doc, start, end)
                out.append(Scope(rule.id, rule.category, lo, hi))
                continue
            if rule.direction == "rest":
                # the rest of the sentence, past "said" and "but": "the strikes came a
                # month after fighting in which the rebels said they killed 40 soldiers"
                out.append(Scope(rule.id, rule.category, end, sent.end))
                continue
            if rule.direction == "lead":
                lo, hi = _lead(doc, start, end)
                out.append(Scope(rule.id, rule.category, lo, hi))
                continue
            size = rule.max_scope or 0
            if rule.direction in ("forward", "bidirectional"):
                hi = min(end + size, sent.end)
                hi = min([hi, *[t for t in stops if t >= end]])
                out.append(Scope(rule.id, rule.category, end, hi))
            if rule.direction in ("backward", "bidirectional"):
                lo = max(start - size, sent.start)
                lo = max([lo, *[t + 1 for t in stops if t < start]])
                out.append(Scope(rule.id, rule.category, lo, start))
        if any(self.by_id[s.rule].follows for s in out):
            out = [s for s in out if not self.by_id[s.rule].follows
                   or _after_category(doc, s, out, self.by_id[s.rule].follows)]
        return out


def _after_category(doc: Doc, scope: Scope, scopes: list[Scope], category: str) -> bool:
    """The sentence before the scope's, in the same paragraph, holds a scope of
    ``category`` of another rule."""
    start = sent_of(doc[scope.start]).start
    if start == 0:
        return False
    before = sent_of(doc[start - 1])
    if line_start(doc, start) > before.start:
        return False  # a line break between them: a new paragraph
    return any(o.category == category and o.rule != scope.rule
               and before.start <= o.start < before.end for o in scopes)


class WordRules:
    """Rules whose every token names only words or labels (``LOWER``, ``LEMMA``,
    ``SHAPE``, ``ENT_TYPE``, ``TAG``, ``DEP``: a value, ``IN`` or ``NOT_IN``) or the flags
    ``IS_ALPHA`` and ``IS_SENT_START``, any of them optional (``"OP": "?"``), matched off a
    doc's arrays at once: every token's values are looked up once, as bits (one per list
    of values a rule names), and each rule is a few array operations (a rule with optional
    tokens is one rule per choice of the tokens it keeps). The spaCy ``Matcher`` finds the
    same spans, but tries each rule at every token and checks the lists in Python; it
    keeps the rules this cannot read."""

    # stored as string hashes on tokens, or (the flags) as 0 and 1
    KEYS = ("LOWER", "LEMMA", "SHAPE", "ENT_TYPE", "TAG", "DEP", "IS_ALPHA", "SENT_START")
    FLAGS: ClassVar[Mapping[str, str]] = {"IS_ALPHA": "IS_ALPHA", "IS_SENT_START": "SENT_START"}
    MAX_OPTIONAL = 4

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.bits: dict[str, dict[frozenset[int], int]] = {k: {} for k in self.KEYS}
        # (rule id hash, length, [(offset, key, bit, negated)])
        self.rules: list[tuple[int, int, list[tuple[int, str, int, bool]]]] = []
        self._tables: dict[str, tuple[numpy.ndarray, numpy.ndarray]] | None = None
        self._first_of: dict[str, tuple[numpy.uint64, dict[int, list[tuple[
            int, int, int, list[tuple[int, str, int, bool]]]]]]] | None = None
        self._negated_first: list[tuple[int, int, list[tuple[int, str, int, bool]]]] = []
        # (slot, a word's anchor bits) -> the rules anchored on any of them, in the order
        # of ``_first_of``: a word has the same bits wherever it stands
        self._anchored: dict[tuple[str, int], list[tuple[
            int, int, int, list[tuple[int, str, int, bool]]]]] = {}

    def add(self, key: str, pattern: Sequence[Mapping[str, Any]]) -> bool:
        """Take the rule if it is one of words (else False, and nothing is kept)."""
        optional = [i for i, tok in enumerate(pattern) if "OP" in tok]
        if len(optional) > self.MAX_OPTIONAL or any(pattern[i]["OP"] != "?" for i in optional) \
                or len(optional) == len(pattern):
            return False
        bits = {k: dict(v) for k, v in self.bits.items()}
        tests: list[tuple[int, str, int, bool]] = []  # (offset, slot, bit, negated)
        for offset, tok in enumerate(pattern):
            for attr, want in tok.items():
                if attr == "OP":
                    continue
                if attr in self.FLAGS:
                    if not isinstance(want, bool):
                        return False
                    attr, values, negated = self.FLAGS[attr], frozenset([1]), not want
                elif isinstance(want, str):
                    values, negated = frozenset([self.vocab.strings.add(want)]), False
                elif isinstance(want, dict) and len(want) == 1 and set(want) <= {"IN", "NOT_IN"}:
                    negated = "NOT_IN" in want
                    values = frozenset(self.vocab.strings.add(w)
                                       for w in (want["NOT_IN"] if negated else want["IN"]))
                else:
                    return False
                if attr not in self.KEYS:
                    return False
                slot, bit = _bit(bits, attr, values)
                tests.append((offset, slot, bit, negated))
        self.bits = bits
        self._tables = None
        self._first_of = None
        self._anchored = {}
        rid = self.vocab.strings.add(key)
        # optional tokens: one rule per choice of the optional tokens it keeps (choices
        # that leave the same tests, as with three optional "any word" tokens, once)
        seen: set[tuple[int, tuple[tuple[int, str, int, bool], ...]]] = set()
        for r in range(len(optional) + 1):
            for dropped in itertools.combinations(optional, r):
                kept = [j for j in range(len(pattern)) if j not in dropped]
                at = {old: new for new, old in enumerate(kept)}
                variant = tuple(sorted((at[o], a, b, n) for o, a, b, n in tests if o in at))
                if (len(kept), variant) in seen:
                    continue
                seen.add((len(kept), variant))
                self.rules.append((rid, len(kept), list(variant)))
        return True

    def _firsts(self) -> dict[str, tuple[numpy.uint64, dict[int, list[tuple[
            int, int, int, list[tuple[int, str, int, bool]]]]]]]:
        """Per slot, the mask of the bits that rules are anchored on (a rule's first test
        that must hold), and per bit the rules: (rule id, length, offset of the anchor
        test, the other tests)."""
        if self._first_of is None:
            grouped: dict[str, dict[int, list[tuple[int, int, int, list[
                tuple[int, str, int, bool]]]]]] = {}
            negated: list[tuple[int, int, list[tuple[int, str, int, bool]]]] = []
            for rid, length, tests in self.rules:
                if not tests:
                    continue
                # the first test that must hold picks the candidate starts ("not" before
                # "only": a test that must fail holds almost everywhere, so it would make
                # every token a candidate)
                k = next((k for k, test in enumerate(tests) if not test[3]), None)
                if k is None:
                    negated.append((rid, length, tests))
                    continue
                offset, slot, bit, _ = tests[k]
                grouped.setdefault(slot, {}).setdefault(bit, []).append(
                    (rid, length, offset, tests[:k] + tests[k + 1:]))
            self._first_of = {
                slot: (numpy.uint64(sum(1 << b for b in by_bit)), by_bit)
                for slot, by_bit in grouped.items()}
            self._negated_first = negated
        return self._first_of

    def tables(self) -> dict[str, tuple[numpy.ndarray, numpy.ndarray]]:
        """Per attribute, its known hashes (sorted) and each one's bits, both ending in
        a last entry past every hash (the largest number, no bits): a value past the
        known ones is found there, and no search result needs clipping."""
        if self._tables is None:
            self._tables = {}
            for attr, lists in self.bits.items():
                of: dict[int, int] = {}
                for hashes, bit in lists.items():
                    for h in hashes:
                        of[h] = of.get(h, 0) | 1 << bit
                if of:
                    keys = numpy.array([*sorted(of), _PAST_EVERY_HASH], dtype=numpy.uint64)
                    masks = numpy.array([*(of[int(h)] for h in keys[:-1]), 0],
                                        dtype=numpy.uint64)
                    self._tables[attr] = (keys, masks)
        return self._tables

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        tables = self.tables()
        if not self.rules or not len(doc):
            return []
        # (one row per attribute, each a contiguous array for the search; each column as
        # the document's memo holds it, which the claim rules read too)
        values = [doc_array(doc, IDS[k.partition("#")[0]]) for k in tables]
        words: dict[str, numpy.ndarray] = {}
        for got, (attr, (keys, masks)) in zip(values, tables.items(), strict=True):
            at = keys.searchsorted(got)  # (a value no table holds: its bits are 0)
            words[attr] = masks[at] * (keys[at] == got)
        # a rule's anchor test (its first test that must hold) picks its candidate
        # starts: per slot, the tokens that hold any of the slot's anchor tests are found
        # off the array at once; the rest of a rule's tests are checked in Python at those
        # few starts only
        n = len(doc)
        rows = {attr: column.tolist() for attr, column in words.items()}
        out: list[tuple[int, int, int]] = []
        for slot, (mask, by_bit) in self._firsts().items():
            anchors = int(mask)
            for p in numpy.flatnonzero(words[slot] & mask).tolist():
                for rid, length, offset, rest in self._anchored_on(
                        slot, rows[slot][p] & anchors, by_bit):
                    i = p - offset
                    if i < 0 or i + length > n:
                        continue
                    for o, attr, b, negated in rest:  # (a loop: no generator per rule)
                        if ((rows[attr][i + o] >> b) & 1) == negated:
                            break
                    else:
                        out.append((rid, i, i + length))
        for rid, length, tests in self._negated_first:
            offset, attr, bit, _ = tests[0]
            for p in numpy.flatnonzero((words[attr] & numpy.uint64(1 << bit)) == 0).tolist():
                i = p - offset
                if i >= 0 and i + length <= n and all(
                        ((rows[a][i + o] >> b) & 1) != negated for o, a, b, negated in tests[1:]):
                    out.append((rid, i, i + length))
        # (two choices of optional tokens may match one span, which the Matcher gives once)
        return list(dict.fromkeys(out))

    def _anchored_on(self, slot: str, bits: int, by_bit: dict[int, list[tuple[
            int, int, int, list[tuple[int, str, int, bool]]]]]
                     ) -> list[tuple[int, int, int, list[tuple[int, str, int, bool]]]]:
        """The rules of ``by_bit`` (``slot``'s) anchored on any of ``bits``, bit by bit
        in its order, listed once per set of bits (most words hold one bit of the dozens
        a slot anchors on)."""
        found = self._anchored.get((slot, bits))
        if found is None:
            found = self._anchored[(slot, bits)] = [
                rule for bit, rules in by_bit.items() if (bits >> bit) & 1 for rule in rules]
        return found


# the last key of every table of :meth:`WordRules.tables`: no hash is past it
_PAST_EVERY_HASH = 2**64 - 1


def _bit(bits: dict[str, dict[frozenset[int], int]], attr: str,
         values: frozenset[int]) -> tuple[str, int]:
    """The slot and bit of one list of values of ``attr``. A slot holds 64 lists, one
    per bit of a word: ``attr`` first, then ``attr#1``, ``attr#2`` ... as lists are
    added."""
    n = 0
    while True:
        slot = attr if n == 0 else f"{attr}#{n}"
        held = bits.setdefault(slot, {})
        if values in held:
            return slot, held[values]
        if len(held) < 64:
            held[values] = len(held)
            return slot, held[values]
        n += 1


def _clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens of the clause the phrase ``doc[start:end]`` modifies: the subtree of the
    word its root hangs from (the sentence when the doc has no parse)."""
    if not doc.has_annotation("DEP"):
        sent = sent_of(doc[start])
        return sent.start, sent.end
    # the phrase's own anchor: its first word that hangs outside it (a rule's last token
    # may be a guard, such as the full stop after "at the time", hung on the sentence)
    root = next((t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i),
                doc[start:end].root)
    head = root.head
    if root.dep_ == "prep" and head.dep_ in _OBJECT_DEPS and head.head.pos_ in ("VERB", "AUX"):
        # "killed fighters in a separate operation": the parse may hang the phrase on the
        # object; it frames the verb's clause
        head = head.head
    return head.left_edge.i, head.right_edge.i + 1


_OBJECT_DEPS = frozenset(["dobj", "nsubjpass"])
# Clauses that hang inside another one: a participle or relative clause on a noun, a
# conjunct sharing its first verb's frame, an open complement.
_INNER_CLAUSES = frozenset(["acl", "relcl", "conj", "xcomp", "pcomp", "amod"])


def _shares_frame(verb: Token) -> bool:
    """An inner clause shares the frame of what it hangs from when it has no subject of its
    own ("23 people killed in strikes across the south"; not "the militia, which claimed
    this year ..."), and a conjunct only as an ellipsis ("have been killed and 400,000
    displaced"): a participle with no auxiliary of its own ("..., and 96 have died this
    year" is a clause of its own)."""
    if verb.dep_ != "conj":
        return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _finite(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens of the finite clause the phrase ``doc[start:end]`` stands in: up from the
    phrase through nouns, prepositions, participle and relative clauses and conjuncts to
    the first verb that heads a clause of its own, and that verb's subtree. "the four were
    among 17 people killed in strikes across the south" is one toll from "were" on; "have
    been killed and 400,000 displaced ... since January" takes both conjuncts (the sentence
    when the doc has no parse)."""
    if not doc.has_annotation("DEP"):
        sent = sent_of(doc[start])
        return sent.start, sent.end
    node = doc[start:end].root.head
    while node.head.i != node.i and (node.pos_ not in ("VERB", "AUX")
                                     or (node.dep_ in _INNER_CLAUSES and _shares_frame(node))):
        node = node.head
    return node.left_edge.i, node.right_edge.i + 1


def _lead(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The phrase ``doc[start:end]`` and what follows it up to the subject (or the verb) of
    the clause it hangs from: "In response to attacks that killed X, causing the killing of
    Y, a base was destroyed" covers X and Y but not the base. A phrase after its verb covers
    its own subtree."""
    if not doc.has_annotation("DEP"):
        return start, end
    root = doc[start:end].root
    head = root.head
    stops = [head.i, *(c.left_edge.i for c in head.children
                       if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj"))]
    stop = min((i for i in stops if i >= end), default=start)
    if stop <= start or head.i < start:
        return root.left_edge.i, root.right_edge.i + 1
    return start, stop


def categories_at(scopes: Sequence[Scope], i: int) -> set[str]:
    return {s.category for s in scopes if s.start <= i < s.end}
