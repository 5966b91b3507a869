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
and ``terminate`` rows end a scope. The table is validated on load.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import numpy
from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

CATEGORIES = frozenset(["NEGATED", "HYPOTHETICAL", "POLICY", "INTENT", "MODAL", "BACKGROUND",
                        "HEARSAY", "RESPONSIBILITY", "PSEUDO", "TERMINATE"])
DIRECTIONS = frozenset(["forward", "backward", "bidirectional", "within", "clause", "finite",
                        "lead", "path", "pseudo", "terminate"])
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
    return ModifierRule(str(rid), row["literal"], row["category"], pattern, row["direction"],
                        max_scope, row["example"], row["counter_example"])


def load_modifiers(text: str | None = None) -> list[ModifierRule]:
    if text is None:
        text = resources.files("pipeline.nlp").joinpath("data/modifiers.json").read_text(
            encoding="utf-8")
    rules = [parse_rule(r) for r in json.loads(text)["modifiers"]]
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise ModifierError("duplicate modifier ids")
    return rules


def _attr(tok: Token, key: str) -> Any:
    return {
        "LOWER": tok.lower_, "LEMMA": tok.lemma_.lower(), "POS": tok.pos_, "TAG": tok.tag_,
        "DEP": tok.dep_, "IS_ALPHA": tok.is_alpha, "SHAPE": tok.shape_,
        "ENT_TYPE": tok.ent_type_, "IS_SENT_START": bool(tok.is_sent_start),
    }[key]


def token_matches(tok: Token, spec: Mapping[str, Any]) -> bool:
    """One token against one pattern element (exact value or ``{"IN": [...]}``)."""
    for key, want in spec.items():
        if key == "OP":
            continue
        got = _attr(tok, key)
        if isinstance(want, dict):
            if "IN" in want and got not in want["IN"]:
                return False
            if "NOT_IN" in want and got in want["NOT_IN"]:
                return False
        elif got != want:
            return False
    return True


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
        self.matcher = Matcher(vocab)
        self.words = WordRules(vocab)
        for r in self.rules:
            if r.direction != "path" and not self.words.add(r.id, r.pattern):
                self.matcher.add(r.id, [r.pattern])

    def on_path(self, tok: Token, category: str) -> bool:
        """Does a ``path`` rule of ``category`` match this word?"""
        return any(r.category == category and token_matches(tok, r.pattern[0])
                   for r in self.path_rules)

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
            sent = doc[start].sent
            if rule.direction == "within":
                out.append(Scope(rule.id, rule.category, start, end))
                continue
            if rule.direction in ("clause", "finite"):
                lo, hi = (_clause if rule.direction == "clause" else _finite)(doc, start, end)
                out.append(Scope(rule.id, rule.category, lo, hi))
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
        return out


class WordRules:
    """Rules whose every token names only words (``LOWER``, ``LEMMA``, ``SHAPE``,
    ``ENT_TYPE``: a value, ``IN`` or ``NOT_IN``), at most one of them optional, matched
    off a doc's arrays at once: every token's words are looked up once, as bits (one per
    list of words a rule names), and each rule is a few array operations. The spaCy
    ``Matcher`` finds the same spans, but tries each rule at every token and checks the
    word lists in Python; it keeps the rules this cannot read."""

    KEYS = ("LOWER", "LEMMA", "SHAPE", "ENT_TYPE")  # stored as string hashes on tokens

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.bits: dict[str, dict[frozenset[int], int]] = {k: {} for k in self.KEYS}
        # (rule id hash, length, [(offset, key, bit, negated)])
        self.rules: list[tuple[int, int, list[tuple[int, str, int, bool]]]] = []
        self._tables: dict[str, tuple[numpy.ndarray, numpy.ndarray]] | None = None

    def add(self, key: str, pattern: Sequence[Mapping[str, Any]]) -> bool:
        """Take the rule if it is one of words (else False, and nothing is kept)."""
        optional = [i for i, tok in enumerate(pattern) if "OP" in tok]
        if len(optional) > 1 or any(pattern[i]["OP"] != "?" for i in optional):
            return False
        bits = {k: dict(v) for k, v in self.bits.items()}
        tests: list[tuple[int, str, int, bool]] = []
        for offset, tok in enumerate(pattern):
            for attr, want in tok.items():
                if attr == "OP":
                    continue
                if isinstance(want, str):
                    words, negated = [want], False
                elif isinstance(want, dict) and len(want) == 1 and set(want) <= {"IN", "NOT_IN"}:
                    negated = "NOT_IN" in want
                    words = list(want["NOT_IN"] if negated else want["IN"])
                else:
                    return False
                if attr not in bits:
                    return False
                hashes = frozenset(self.vocab.strings.add(w) for w in words)
                bit = bits[attr].setdefault(hashes, len(bits[attr]))
                if bit >= 64:
                    return False
                tests.append((offset, attr, bit, negated))
        self.bits = bits
        self._tables = None
        rid = self.vocab.strings.add(key)
        # an optional token: the rule with it and the rule without it
        variants = [list(range(len(pattern)))] + [
            [j for j in range(len(pattern)) if j != i] for i in optional]
        for kept in variants:
            at = {old: new for new, old in enumerate(kept)}
            self.rules.append((rid, len(kept), [(at[o], a, b, n) for o, a, b, n in tests
                                                if o in at]))
        return True

    def tables(self) -> dict[str, tuple[numpy.ndarray, numpy.ndarray]]:
        """Per attribute, its known hashes (sorted) and each one's bits."""
        if self._tables is None:
            self._tables = {}
            for attr, lists in self.bits.items():
                of: dict[int, int] = {}
                for hashes, bit in lists.items():
                    for h in hashes:
                        of[h] = of.get(h, 0) | 1 << bit
                keys = numpy.array(sorted(of), dtype=numpy.uint64)
                masks = numpy.array([of[int(h)] for h in keys], dtype=numpy.uint64)
                if len(keys):
                    self._tables[attr] = (keys, masks)
        return self._tables

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        tables = self.tables()
        if not self.rules or not len(doc):
            return []
        values = doc.to_array([IDS[k] for k in tables]).reshape(len(doc), len(tables))
        words: dict[str, numpy.ndarray] = {}
        for column, (attr, (keys, masks)) in enumerate(tables.items()):
            got = values[:, column]
            at = numpy.minimum(numpy.searchsorted(keys, got), len(keys) - 1)
            words[attr] = numpy.where(keys[at] == got, masks[at], numpy.uint64(0))
        out: list[tuple[int, int, int]] = []
        for rid, length, tests in self.rules:
            starts = len(doc) - length + 1
            if starts <= 0:
                continue
            hit = numpy.ones(starts, dtype=bool)
            for offset, attr, bit, negated in tests:
                has = (words[attr][offset:offset + starts] & numpy.uint64(1 << bit)) != 0
                hit &= ~has if negated else has
            out.extend((rid, int(i), int(i) + length) for i in numpy.flatnonzero(hit))
        return out


def _clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens of the clause the phrase ``doc[start:end]`` modifies: the subtree of the
    word its root hangs from (the sentence when the doc has no parse)."""
    if not doc.has_annotation("DEP"):
        sent = doc[start].sent
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
        sent = doc[start].sent
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
