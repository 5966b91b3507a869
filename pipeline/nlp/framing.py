"""A reporter's frames that set one party's account against those told before it.

Wire copy often says outright that two accounts differ before it gives the second one:
"Neighbours of those killed told a very different story. Most of the dead were shot in
the market lanes, they said", "A border commander rejected that version, saying the dead
were smugglers". Where the two accounts name targets of kinds the rules cannot set against
each other (the dead of no known class, an airport), the frame is what tells the dispute.

``data/frames.json`` holds the frames as dependency patterns (a ``trigger`` verb, an
``account`` noun or "differently", and where a "by" phrase names who rejects the account,
a ``teller``), each with an example and a counter-example. :func:`contested_from` reads
which party a frame sets apart: the teller's, the next time it speaks ("an account
rejected by their families"); else the first party that speaks from the frame's sentence
on, within it and the two sentences after it, other than a party the account noun names
("disputed the claims by the Dorba army": the army's is the account disputed). Its
accounts from the frame on are told against the earlier ones (rule ``conflict.framed`` in
:mod:`pipeline.domain.conflicts`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.nlp.depmatch import PatternError, TreeMatcher, compile_pattern
from pipeline.nlp.docmemo import lemma_positions, sent_of
from pipeline.nlp.tables import expand_lists, read_table, repeated

_NODES = frozenset(["trigger", "account"])
_ROW_KEYS = frozenset(["id", "description", "pattern", "example", "counter_example"])
# the clauses of an account noun that tell the account, not whose it is
_TOLD_CLAUSES = frozenset(["acl", "relcl", "ccomp"])
# the party a frame sets apart first speaks in the frame's sentence or in one of this many
# sentences after it
SENTENCES_AFTER = 2


class FrameError(ValueError):
    """A row of the frame table is malformed."""


@dataclass(frozen=True, slots=True)
class FrameRule:
    id: str
    description: str
    pattern: list[dict[str, Any]]
    example: Mapping[str, Any] = field(default_factory=dict)
    counter_example: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Frame:
    """One frame found in a document: its row, its verb, its account noun and the
    teller a "by" phrase names, if any (token indices)."""

    rule: str
    verb: int
    account: int
    teller: int | None = None


def parse_frame_row(row: Mapping[str, Any]) -> FrameRule:
    extra = set(row) - _ROW_KEYS
    if extra:
        raise FrameError(f"{row.get('id')}: unknown keys {sorted(extra)}")
    missing = [k for k in sorted(_ROW_KEYS) if k not in row]
    if missing:
        raise FrameError(f"{row.get('id')}: missing {missing}")
    names = {node.get("RIGHT_ID") for node in row["pattern"]}
    if not names >= _NODES:
        raise FrameError(f"{row['id']}: the pattern lacks {sorted(_NODES - names)}")
    if "account" not in row["example"]:
        raise FrameError(f"{row['id']}: the example names no account")
    try:
        pattern = expand_lists(row["pattern"])
        compile_pattern(row["id"], pattern)
    except (PatternError, KeyError) as err:
        raise FrameError(str(err)) from None
    return FrameRule(row["id"], row["description"], pattern, row["example"],
                     row["counter_example"])


def load_frames(text: str | None = None) -> list[FrameRule]:
    """The frame table (the packaged one unless ``text`` is given), validated."""
    rows = [parse_frame_row(r) for r in read_table("frames.json", text)["frames"]]
    dupes = repeated([r.id for r in rows])
    if dupes:
        raise FrameError(f"duplicate frame ids {dupes}")
    return rows


class FrameTable:
    """Runs the frame table over a parsed ``Doc``."""

    def __init__(self, rows: Sequence[FrameRule] | None = None) -> None:
        self.rows = list(rows if rows is not None else load_frames())
        self.by_id = {row.id: row for row in self.rows}
        self.matcher = TreeMatcher()
        # the account words and the verbs of every row: a document where no account
        # word hangs on such a verb, or has one hanging on it, has no frame, and the
        # tree is not read
        self._accounts: set[str] = set()
        self._verbs: set[str] = set()
        for row in self.rows:
            self.matcher.add(row.id, row.pattern)
            for node in row.pattern:
                words = self._accounts if node["RIGHT_ID"] == "account" \
                    else self._verbs if node["RIGHT_ID"] == "trigger" else None
                if words is not None:
                    words.update(node["RIGHT_ATTRS"]["LEMMA"]["IN"])

    def __call__(self, doc: Doc) -> list[Frame]:
        """The frames of ``doc`` in text order, one per verb (the first row that matches),
        none on a negated verb ("the army did not dispute the account" grants it)."""
        if not any(doc[i].head.lemma_.lower() in self._verbs
                   or any(c.lemma_.lower() in self._verbs for c in doc[i].children)
                   for i in lemma_positions(doc, self._accounts)):
            return []
        found: dict[int, Frame] = {}
        for rule, ids in self.matcher(doc):
            row = self.by_id[rule]
            nodes = {n["RIGHT_ID"]: i for n, i in zip(row.pattern, ids, strict=True)}
            verb = nodes["trigger"]
            if verb in found or any(c.dep_ == "neg" for c in doc[verb].children):
                continue
            found[verb] = Frame(rule, verb, nodes["account"], nodes.get("teller"))
        return [found[v] for v in sorted(found)]


@dataclass(frozen=True, slots=True)
class Spoken:
    """What :func:`contested_from` reads of one account: its party and where its
    sentence starts (a character offset into the document's text)."""

    party_id: str
    party_name: str
    start: int


def contested_from(doc: Doc, frames: Sequence[Frame], accounts: Sequence[Spoken]
                   ) -> list[int | None]:
    """Per account, where the frame that sets its party's accounts apart from the
    earlier ones begins (the earliest such frame), or ``None``: the start of the frame's
    sentence, or for a frame with a teller the frame's verb, since the account the
    teller rejects may be told earlier in the same sentence ("the army called the dead
    smugglers, an account rejected by their families")."""
    out: list[int | None] = [None] * len(accounts)
    order = sorted(range(len(accounts)), key=lambda k: accounts[k].start)
    for frame in frames:
        sent = sent_of(doc[frame.verb])
        start = sent.start_char
        if frame.teller is not None:
            speaker = _teller_speaks(doc, frame.teller, accounts, order, start)
            at = doc[frame.verb].idx
        else:
            speaker = _first_speaker(doc, sent, frame.account, accounts, order)
            at = start
        if speaker is None:
            continue
        for k in order:
            if accounts[k].party_id == speaker.party_id and accounts[k].start >= start \
                    and out[k] is None:
                out[k] = at
    return out


def _first_speaker(doc: Doc, sent: Span, account: int, accounts: Sequence[Spoken],
                   order: Sequence[int]) -> Spoken | None:
    """The first party that speaks in the frame's sentence ``sent`` or the
    ``SENTENCES_AFTER`` after it, other than a party the account noun names."""
    last = sent
    for _ in range(SENTENCES_AFTER):
        if last.end >= len(doc):
            break
        last = sent_of(doc[last.end])
    start, end = sent.start_char, last.end_char
    named = _account_phrase(doc, account)
    return next((accounts[k] for k in order
                 if start <= accounts[k].start < end
                 and not _named_in(accounts[k].party_name, named)), None)


def _teller_speaks(doc: Doc, teller: int, accounts: Sequence[Spoken], order: Sequence[int],
                   start: int) -> Spoken | None:
    """The first account from ``start`` on of the party the "by" phrase names, by the
    head word of the phrase ("rejected by their families": "Family members"), however
    far on it speaks: the frame has named who tells the other account."""
    head = doc[teller]
    words = {head.lower_, head.lemma_.lower()}
    return next((accounts[k] for k in order if accounts[k].start >= start
                 and words & set(re.findall(r"[a-z]+", accounts[k].party_name.lower()))),
                None)


def _account_phrase(doc: Doc, account: int) -> set[str]:
    """The lower-case words of the account noun's phrase, without the clause that tells
    the account ("the claims by the military", not "that the battalion was there")."""
    noun = doc[account]
    told = [c for c in noun.children if c.dep_ in _TOLD_CLAUSES]
    skip = {t.i for c in told for t in c.subtree}
    return {t.lower_ for t in noun.subtree if t.i not in skip}


def _named_in(name: str, words: set[str]) -> bool:
    """Does the account phrase name the party, by the last word of its name ("the
    claims by the Dorba army": the Dorba army's is the account disputed)?"""
    own = re.findall(r"[a-z]+", name.lower())
    return bool(own) and own[-1] in words
