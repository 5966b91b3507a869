"""Who a noun phrase stands for: gazetteer actors, states, officials, anonymous sources.

:class:`MentionResolver` turns the subject of a reporting verb (or the agent of a strike)
into an :class:`~pipeline.domain.models.Actor`. It keeps a little memory per document so
that "the ministry", "he" or "spokesman Igor Konashenkov" resolve to the party last heard.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import DEP, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.domain.models import Actor
from pipeline.nlp import lexicon as lx
from pipeline.nlp.depmatch import doc_tree
from pipeline.nlp.docmemo import (
    DOC_MEMO,
    doc_array,
    doc_column,
    doc_ents,
    doc_text,
    ent_at,
    lemma_positions,
    line_bounds,
    line_breaks,
    lower_lemmas,
    sent_of,
)
from pipeline.nlp.gazetteer import ActorEntry, Gazetteer
from pipeline.nlp.party_rules import (
    PartyRule,
    dateline_end,
    default_rules,
    has_modifier,
    is_office,
    judge,
    spaced_dash,
)

# Heads of a phrase that name a body of a state ("Lebanon's health ministry").
_MINISTRY = frozenset(["ministry", "department", "office"])
_MILITARY_HEADS = frozenset(
    [
        "military", "army", "forces", "force", "troops", "navy", "jets", "warplanes",
        "aircraft", "command", "jet", "warplane", "troop"
    ]
)
_AIRCRAFT = frozenset(["jets", "warplanes", "aircraft", "jet", "warplane"])
# a state's forces named on the ground ("Syrian troops"), which "the army" may stand for
_NAMED_FORCE_HEADS = frozenset(["army", "military", "force", "troop"])  # (lemmas)
_MEDIA_HEADS = frozenset([
    "media", "tv", "television", "agency", "broadcaster", "radio", "channel", "outlet"
])
_OFFICIAL_HEADS = frozenset(
    [
        "official", "officials", "authorities", "authority", "government", "spokesman",
        "spokeswoman", "spokesperson", "minister", "ministers", "president", "leader",
        "aide", "ambassador", "envoy", "general", "colonel", "commander", "chief",
        "presidency", "cabinet", "council", "police", "governor", "mayor", "source",
        "sources", "diplomat", "diplomats", "officer", "officers", "statement",
        "report", "intelligence"
    ]
)
# Titles that, with a bare person name, mean "speaking for the body last heard".
TITLE_WORDS = frozenset(
    [
        "spokesman", "spokeswoman", "spokesperson", "minister", "official", "commander",
        "general", "colonel", "chief", "aide", "secretary", "adviser", "advisor",
        "head", "director", "captain", "major", "lieutenant", "brigadier", "capt.",
        "col.", "gen.", "maj.", "lt.", "brig.", "press", "commissioner"
    ]
)
# Plain people whose word is reported: they speak for nobody but themselves.
_WITNESS_HEADS = frozenset(
    [
        "resident", "residents", "witness", "witnesses", "eyewitness", "eyewitnesses",
        "relative", "relatives", "neighbour", "neighbours", "neighbor", "neighbors",
        "local", "locals", "survivor", "survivors", "doctor", "doctors", "medic",
        "medics", "activist", "activists", "villager", "villagers", "father", "mother",
        # who speak for a cause as activists do: "rights defenders", "campaigners"
        "defender", "defenders", "campaigner", "campaigners", "advocate", "advocates",
        "brother", "sister", "son", "daughter", "man", "woman", "family", "people",
        "widow", "widows", "widower", "wife", "husband", "parent", "parents",
        "inhabitant", "inhabitants", "bystander", "bystanders"
    ]
)
_PEOPLE_TYPES = frozenset(["official", "source"])  # voices, not bodies
_ORG_TYPES = frozenset(
    ["state", "ministry", "military", "armed_group", "international_body", "media", "other"]
)
# what a definite head may stand for: a body, or an unnamed source or official heard before
# ("A Turkish security source said ... the source said")
_ANAPHOR_KINDS = _ORG_TYPES | frozenset(["source", "official"])
# Definite generic heads and the kinds of party they can stand for ("the ministry said" ->
# the nearest earlier ministry): a table in ``data/anaphors.jsonl``, a row an example.
ANAPHORS_FILE = Path(__file__).parent / "data" / "anaphors.jsonl"


def load_anaphors(rows: Iterable[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Head word -> party types, validated: a head in one row only, known types."""
    table: dict[str, frozenset[str]] = {}
    for row in rows:
        for key in ("id", "heads", "types", "example", "counter_example"):
            if not row.get(key):
                raise ValueError(f"anaphor row {row.get('id')!r}: missing {key!r}")
        unknown = set(row["types"]) - _ANAPHOR_KINDS
        if unknown:
            raise ValueError(f"anaphor row {row['id']!r}: unknown types {sorted(unknown)}")
        for head in row["heads"]:
            if head in table:
                raise ValueError(f"anaphor rows: {head!r} twice")
            table[head] = frozenset(row["types"])
    return table


def _read_anaphor_rows() -> list[dict[str, Any]]:
    with ANAPHORS_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def naming_heads(rows: Iterable[dict[str, Any]]) -> frozenset[str]:
    """Heads of rows marked ``must_name``: "the coalition" is only a body whose own name
    says coalition, never the nearest militia."""
    return frozenset(h for row in rows if row.get("must_name") for h in row["heads"])


_ANAPHOR_ROWS = _read_anaphor_rows()
_ANAPHOR_TYPES = load_anaphors(_ANAPHOR_ROWS)
_NAMING_HEADS = naming_heads(_ANAPHOR_ROWS)
# a body's common noun in a spokesman's title: "the group's spokesman", "movement spokesman"
_GROUP_TITLE_HEADS = frozenset(["group", "movement", "militia"])
# a state's armed services, and the kinds of security body none of them stands for
_ARMED_SERVICES = frozenset(["military", "army", "navy"])
_SECURITY_KINDS = frozenset(["paramilitary", "intelligence", "police", "agency"])
# armed forces named by a common noun ("the army"): the heads of the military row
_FORCE_HEADS = frozenset(next(r["heads"] for r in _ANAPHOR_ROWS if r["id"] == "definite.military"))
# "the monitoring group", "the rights group", "the aid agency": a civil body, not a militia
_CIVIL_MODIFIERS = frozenset(
    ["monitoring", "monitor", "rights", "aid", "relief", "humanitarian", "medical", "charity",
     "advocacy", "volunteer", "watchdog", "war", "research", "activist", "activists", "civic",
     "campaign", "lawyers", "doctors"]
)
_CIVIL_TYPES = frozenset({"international_body"})
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
_PERSON_LOOKBACK = 200  # tokens: how far back "she" looks for a person named as a subject
_ORG_PRONOUNS = frozenset(["it", "they", "them", "its", "their"])
# bodies that have spokesmen: whose "its spokesman" a sentence's subject can be (the
# actor types of the gazetteer and of bodies a kind word makes)
_OWNING_TYPES = frozenset(["military", "armed_group", "state", "ministry",
                           "international_body"])
_PLURAL_PRONOUNS = frozenset(["they", "them", "their"])
_SELF_PRONOUNS = frozenset(["we", "i", "our", "my", "us"])

_KEEP_PREPS = frozenset(["of", "for", "to", "at", "with", "from"])
_CUT_DEPS = frozenset(["relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis"])
# "Saudi-led", "Iran-backed", "Britain-based": a hyphened participle names a patron or a
# base, not the party's own state (except "-led", whose leader it speaks for).
_PATRON_PARTICIPLES = frozenset(
    ["backed", "based", "aligned", "allied", "supported", "funded", "controlled", "run",
     "linked", "affiliated", "sponsored", "armed", "held", "leaning", "friendly", "owned"]
)
_LINK_PARTICIPLES = _PATRON_PARTICIPLES - frozenset(["run", "controlled", "held", "owned"])
_LEADING_JUNK = frozenset(["both", "either", "neither", "its", "their", "his", "her", "our",
                           "my", "your",
                           # "Quoting officials, PTI said": the citing frame, not the name
                           "quoting", "citing",
                           # "Other witnesses said": the witnesses
                           "other",
                           # "known by its acronym JNIM": the name, not the word for it
                           "acronym", "abbreviation", "initials",
                           # "the hospital, whose director, Dr. Farah Oudine, said": the
                           # director, not the relative word that ties him to it
                           "whose"])
_TRAILING_JUNK = frozenset(["itself", "themselves", "himself", "herself", "alone", "too",
                            "also"])
# adverbs of time the parse hangs on the subject ("The health ministry later said"): no
# part of the name, when tagged as adverbs
_TRAILING_WHEN = frozenset(["later", "earlier", "then", "again", "previously",
                            "subsequently", "meanwhile", "separately", "initially", "now",
                            "already", "afterwards", "since"])


def hyphened(tok: Token) -> bool:
    """``tok`` is the first part of a hyphen compound ("Saudi" in "Saudi-led"): a hyphen
    right after it, with no space on either side."""
    doc = tok.doc
    # (the space after ``tok`` first: most words have one, and the next word is not built)
    return (not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
            and not doc[tok.i + 1].whitespace_)


def _keep(tok: Token) -> bool:
    # (the relation and the word read once: each read looks the string up anew)
    dep, lower = tok.dep_, tok.lower_
    if dep in ("conj", "cc") and (_joined_roles(tok) or _joined_states(tok)
                                  or _joined_peoples(tok) or _joined_in_name(tok)
                                  or _joined_modifiers(tok)):
        return True
    if dep in _CUT_DEPS:
        return False
    if dep in ("nmod", "compound") and tok.i < tok.head.i \
            and tok.ent_type_ in ("DATE", "TIME") and tok.head.ent_type_ not in ("DATE", "TIME"):
        return False  # "buried their dead on Saturday and local elders said": a day
    if dep == "npadvmod":
        return hyphened(tok)
    if dep == "appos" and tok.head.ent_type_ not in ("PERSON", "") and (
            tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.i > tok.head.i and any(
                c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children))):
        # "Moscow, a key Assad ally", "(Air Commodore X), the Director of Public Relations
        # at ...": a description, not the name
        return False
    if dep == "appos" and tok.pos_ == "NOUN" and tok.head.ent_type_ != "PERSON" \
            and tok.head.pos_ == "PROPN" and any(c.lower_ in ("a", "an") for c in tok.children):
        # "the Syrian Observatory for Human Rights, a war monitor"
        return False
    if dep in ("appos", "npadvmod", "amod", "nummod") and tok.like_num \
            and tok.i > tok.head.i and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        return False  # "Umm Khaled, 45, said": an age, no part of the name
    if dep == "appos" and lower == "one" and tok.head.pos_ == "PROPN" \
            and tok.head.ent_type_ != "PERSON":
        return False  # "the Ambazonia Defence Forces, one of the main separatist militias"
    if dep == "prep" and lower == "in":
        # "officials in Pakistan", "United Nations Force in Lebanon" (one name), not "the
        # army in a statement"
        # "sources in the Sudanese army": the body the sources are in
        # "a pastor in a nearby village", "a doctor in the camp": where a person who
        # speaks for himself is, as a reporter writes him
        # "a source in Ukraine's security services": a body no list names, by its kind
        # (one the list names is the party itself: "a source in the SBU security service")
        return any(c.dep_ == "pobj" and (c.ent_type_ in ("GPE", "LOC") or (
            c.ent_iob_ == "I" and tok.ent_iob_ == "I") or bool(c.ent_id_)
            or _ruled_body(c) or (c.lemma_.lower() in _PLACE_NOUNS
                                  and judge(tok.head).id.startswith("role."))
            or (tok.head.lemma_.lower() in _VOICE_HEADS
                and judge(c).id in ("body.state", "body.military", "body.group")
                and not any(t.ent_id_ for t in c.subtree)))
            for c in tok.children)
    if dep == "prep" and lower == "on":
        # "Commission on Human Rights", "Council on Foreign Relations": one name, its
        # words capitalised; not "the army on Tuesday", nor "a report on the strike"
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.head.pos_ == "PROPN" and tok.head.text[:1].isupper() \
            and after is not None and after.text[:1].isupper() and any(
                c.dep_ == "pobj" and c.text[:1].isupper() and c.ent_type_ not in _DAY_ENTS
                for c in tok.children)
    if dep == "prep" and lower == "of" and any(
            c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in tok.children):
        return False  # "accused by rights groups of killing civilians": the charge
    if dep == "prep" and lower == "of" and _accuser(tok.head):
        return False  # "accused by the EU and aid agencies of reckless shelling"
    return not (dep == "prep" and lower not in _KEEP_PREPS)


def _accuser(noun: Token) -> bool:
    """The noun names who accuses, the agent of a passive "accused" or "charged" (or
    one joined to it): an "of" after it is the charge, no part of its name."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    agent = noun.head
    return noun.dep_ == "pobj" and agent.lower_ == "by" \
        and agent.head.lemma_.lower() in _ACCUSING_VERBS


_ACCUSING_VERBS = frozenset(["accuse", "charge", "blame", "suspect"])


_DAY_ENTS = frozenset(["DATE", "TIME"])
# Common nouns for where a witness is ("a resident in the camp")
_PLACE_NOUNS = frozenset(["village", "town", "city", "camp", "area", "district", "region",
                          "province", "neighbourhood", "neighborhood", "hospital", "clinic",
                          "market", "settlement", "county", "valley", "quarter", "suburb"])
# People who speak for themselves or anonymously, not a body such as "police": the role
# words a reporter joins ("officials and residents", "health workers and residents").
_PEOPLE_HEADS = _WITNESS_HEADS | frozenset(
    ["worker", "workers", "elder", "elders", "paramedic", "paramedics", "nurse", "nurses",
     "rescuer", "rescuers", "volunteer", "volunteers", "official", "officials", "source",
     "sources", "diplomat", "diplomats", "officer", "officers",
     # people named by their trade: "miners and a local official said"
     "miner", "miners", "farmer", "farmers", "fisherman", "fishermen", "herder",
     "herders", "trader", "traders", "teacher", "teachers", "driver", "drivers"])


def _role(tok: Token, heads: frozenset[str] = _PEOPLE_HEADS) -> bool:
    return tok.pos_ == "NOUN" and not tok.ent_id_ and (
        tok.lemma_.lower() in heads or tok.lower_ in heads)


def _joined_roles(tok: Token) -> bool:
    """"Residents and relatives said", "a doctor and relatives of the victims said",
    "Iraqi security and medical sources said": people who speak together, named together
    as a reporter names them. Only people's role words joined to such a word: never a
    name, a body ("the group and health officials": the group is a party of its own, and
    so is "police") or a thing."""
    if tok.dep_ == "cc":
        return tok.lower_ == "and" and any(
            c.dep_ == "conj" and c.i > tok.i and _joined_roles(c) for c in tok.head.children)
    first = tok.head
    if _role(first) and _role(tok):
        return True
    if first.dep_ in ("nmod", "compound") and first.head.i > tok.i and _role(first) \
            and tok.pos_ == "NOUN" and not tok.ent_type_ and tok.i + 1 == first.head.i:
        # "medics and rights groups said": the parse hangs "medics and rights" on
        # "groups"; who spoke are the medics and the rights groups, named together
        return True
    # "security and medical sources": joined modifiers of a role word ("the group and
    # health officials" joins a body to them)
    return first.dep_ in ("amod", "compound", "nmod") and first.head.i > tok.i \
        and _role(first.head) and tok.pos_ in ("ADJ", "NOUN") and not tok.ent_type_ \
        and not {first.lemma_.lower(), first.lower_} & _ANAPHOR_TYPES.keys()


def _state_word(tok: Token) -> bool:
    gaz = Gazetteer.default()
    return tok.pos_ in ("ADJ", "PROPN") and bool(
        gaz.country_of_demonym(tok.text) or gaz.country_of_name(tok.text))


def _joined_word(tok: Token) -> bool:
    """A state, or an international body ("U.N.", "EU"), named in a joined phrase."""
    if _state_word(tok):
        return True
    entry = Gazetteer.default().actor_by_alias(tok.text) if tok.pos_ == "PROPN" else None
    return entry is not None and entry.type == "international_body"


def _joined_states(tok: Token) -> bool:
    """"Congolese and Ugandan forces", "U.S. and British jets": the states of one body of
    joint forces, named together as a reporter names them; so are "Iraqi and U.S.
    officials", "Congolese and U.N. officials" or "Kenyan and Somali security sources",
    people of two states (or a state and an international body) who speak together (not
    "officials" alone)."""
    if tok.dep_ == "cc":
        return tok.lower_ == "and" and any(
            c.dep_ == "conj" and c.i > tok.i and _joined_states(c) for c in tok.head.children)
    first = tok.head
    return first.dep_ in ("amod", "compound", "nmod") and first.head.i > tok.i \
        and (first.head.lemma_.lower() in _MILITARY_HEADS or _role(first.head)) \
        and _joined_word(first) and _joined_word(tok)


def _joined_peoples(tok: Token) -> bool:
    """"Kurdish and Arab fighters", "Tuareg and Arab militias": two peoples joined before
    the noun they describe are one name, as a reporter writes it (not the noun alone)."""
    if tok.dep_ == "cc":
        return tok.lower_ == "and" and any(
            c.dep_ == "conj" and c.i > tok.i and _joined_peoples(c) for c in tok.head.children)
    first = tok.head
    return first.dep_ in ("amod", "compound") and first.head.i > tok.i \
        and first.head.pos_ == "NOUN" and first.ent_type_ == "NORP" \
        and tok.ent_type_ == "NORP" and tok.pos_ in ("ADJ", "PROPN")


# anonymous voices, who are "in" the body they speak from
_VOICE_HEADS = frozenset(["source", "official"])


def _ruled_body(tok: Token) -> bool:
    """A body the entity ruler named, whose head word the ruler may have left out of the
    entity ("the Sudanese army")."""
    return tok.lemma_.lower() in _MILITARY_HEADS and any(
        c.ent_type_ in ("NORP", "GPE") or c.ent_id_ for c in tok.children)


def _breaks(tok: Token) -> bool:
    """A line break: the headline and the body, or a caption, are not one phrase."""
    return "\n" in tok.text or "\n" in tok.whitespace_


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "x"


def _org(text: str, kind: str, country: str | None = None, shown: str | None = None) -> Actor:
    """A body the gazetteer lacks, known by ``text``: its id and its side are its own
    (``shown``: the name to show, when not ``text``)."""
    key = f"org.{slug(text)}"
    return Actor(key, shown or text, kind, country, key)


def _joined_modifiers(tok: Token) -> bool:
    """"Indigenous and community organizations", "local and provincial officials": two
    modifiers joined right before the noun they describe are part of its name, as the
    reporter writes it (rule ``speaker.joined_modifiers``; not the noun alone)."""
    if tok.dep_ == "cc":
        return tok.lower_ in ("and", "or") and any(
            c.dep_ == "conj" and c.i > tok.i and _joined_modifiers(c) for c in tok.head.children)
    first = tok.head
    noun = first.head
    if first.dep_ not in ("amod", "compound", "nmod") or noun.i != tok.i + 1 \
            or noun.pos_ != "NOUN" or tok.pos_ not in ("ADJ", "NOUN", "PROPN") \
            or first.i + 2 != tok.i or first.pos_ != "ADJ" \
            or any(c.dep_ in ("det", "poss") for c in first.children):
        return False  # (not "the group and health officials": the group speaks apart)
    if any(t.ent_type_ in ("NORP", "GPE") or t.lower_ in lx.SIDE_WORDS for t in (first, tok)):
        return False  # (states and sides joined are :func:`_joined_states`'s to judge)
    # the first modifier opens the phrase (not "set a depot ablaze and Israeli rescuers")
    return first.i == first.sent.start or first.doc[first.i - 1].pos_ in (
        "DET", "ADP", "PUNCT", "NUM", "SCONJ")


def _joined_in_name(tok: Token) -> bool:
    """"Peace and Democracy Party": an "and" joining capitalised words inside a name's
    modifier is part of the name (the parse hangs "and Democracy" on "Peace")."""
    mod = tok.head
    return mod.pos_ == "PROPN" and mod.dep_ in ("nmod", "compound") \
        and mod.head.pos_ == "PROPN" and tok.i < mod.head.i \
        and (tok.lower_ in ("and", "&") if tok.dep_ == "cc"
             else tok.pos_ == "PROPN" and tok.text[:1].isupper())


def _person_whole(run: list[Token], head: Token) -> list[Token]:
    """"SPLA-IO military spokesman Colonel Lam Paul Gabriel said": the parse hung the
    first word of the name, with the titles before it, apart from the rest. A person's
    name the recogniser gives whole stays whole, with the words the parse hung on its
    first word right before it."""
    if head.ent_type_ != "PERSON" or run[0].ent_type_ != "PERSON" or run[0].ent_iob_ == "B":
        return run
    doc = head.doc
    start = run[0].i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_type_ != "PERSON":
        return run
    first = doc[start]
    lefts = [t for t in first.subtree if t.i < start]
    k = start
    while lefts and lefts[-1].i == k - 1 and not lefts[-1].is_punct and not _breaks(lefts[-1]):
        k -= 1
        lefts.pop()
    return [*doc[k : run[0].i], *run]


def _title_after_comma(run: list[Token], head: Token) -> list[Token]:
    """"... gathered for a baptism, army spokesman Capt. X said": the parse hung the
    title, and the noun before the comma, on the clause before; a common noun ahead of
    the comma that is no title is the clause's, not part of the person's name."""
    if head.ent_type_ != "PERSON":
        return run
    commas = [k for k, t in enumerate(run) if t.text == "," and t.i < head.i]
    if not commas or commas[-1] == 0:
        return run
    k = commas[-1]
    before, after = run[k - 1], run[k + 1:]
    if before.pos_ == "NOUN" and before.lower_ not in TITLE_WORDS \
            and any(t.lower_ in TITLE_WORDS for t in after if t.i < head.i):
        return after
    return run


def phrase_tokens(head: Token, max_len: int = 14) -> list[Token]:
    """The head's noun phrase without clauses hanging off it, never across a line break,
    with hyphen compounds whole ("Britain-based Syrian Observatory") and no dangling
    bracket ("Revolutionary Guards (IRGC"). Kept per document: the rules ask for one
    head's phrase about five times."""
    return list(DOC_MEMO.get(head.doc, ("phrase", head.i, max_len), _phrase_tokens, head,
                             max_len))


def after_dateline(run: list[Token], head: Token) -> list[Token]:
    """``run`` (a phrase around ``head``) from after the last dateline's dash or colon
    before the head ("LUANDA (Test Wire) - Separatists", "ALGIERS - Three citizens")."""
    cut = [k for k, t in enumerate(run) if t.i < head.i
           and (t.is_punct or t.text.endswith(".-"))  # "(EFE).-" is one token
           and (dateline_end(t) or spaced_dash(t))]
    return run[cut[-1] + 1 :] if cut else run


def _phrase_tokens(head: Token, max_len: int) -> list[Token]:
    out = [head]
    stack = [c for c in head.children if _keep(c)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if _keep(c))
    out.sort(key=lambda t: t.i)
    # keep the contiguous run around the head
    idx = out.index(head)
    lo = hi = idx
    while lo > 0 and out[lo - 1].i == out[lo].i - 1 and not _breaks(out[lo - 1]):
        lo -= 1
    while hi < len(out) - 1 and out[hi + 1].i == out[hi].i + 1 and not _breaks(out[hi]):
        hi += 1
    run = out[lo : hi + 1]
    doc = head.doc
    run = _person_whole(run, head)
    run = _title_after_comma(run, head)
    run = _name_cut_in_front(run)
    # a hyphen compound cut in two by the parse: "Saudi-led coalition"
    while run[0].i >= 2 and doc[run[0].i - 1].text == "-" and hyphened(doc[run[0].i - 2]) \
            and not _breaks(doc[run[0].i - 2]):
        run = [doc[run[0].i - 2], doc[run[0].i - 1], *run]
    after = run[-1].i + 1
    if after < len(doc) and doc[after].text in (")", "]") and _opens_before(run, doc[after]):
        # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": the parse hung the closing
        # bracket elsewhere; the name keeps it
        run = [*run, doc[after]]
    run = _balanced(run, head)
    # "LUANDA (Test Wire) - Separatists in ...": the dateline before the dash is no part
    # of the name
    run = after_dateline(run, head)
    while run and (run[0].is_punct or run[0].dep_ in ("cc", "preconj")
                   or run[0].lower_ in _LEADING_JUNK or _mood_before_name(run[0])
                   or (run[0].dep_ == "det" and len(run) > 1 and _mood_before_name(run[1]))) \
            and run[0] is not head:
        run = run[1:]
    while run and (run[-1].is_punct or run[-1].dep_ == "cc" or run[-1].lower_ in _TRAILING_JUNK
                   or (run[-1].lower_ in _TRAILING_WHEN and run[-1].pos_ == "ADV")) \
            and run[-1] is not head and not _closes(run):
        run = run[:-1]
    if len(run) > max_len:
        start = max(0, run.index(head) - max_len + 1) if head in run else 0
        run = run[start : start + max_len]
        # a cut run ends at a word boundary of its own, not on "the" or a comma of the
        # next apposition ("..., spokesman for the AFC (AFC), the")
        while len(run) > 1 and run[-1] is not head and (
                (run[-1].is_punct and not _closes(run))
                or run[-1].dep_ in ("det", "cc", "prep", "case", "poss", "amod", "compound")
                # a word whose head the cut left out: "of the self" (-proclaimed republic)
                or (run[-1].head.i > run[-1].i
                    and all(t.i != run[-1].head.i for t in run))):
            run = run[:-1]
    return _no_open_bracket(run, head) or [head]


def _no_open_bracket(run: list[Token], head: Token) -> list[Token]:
    """A name with no bracket left open: one cut to length inside a bracket it opened
    ends before it ("... Government of National Accord (GNA"); a bracket before the head
    whose close went with an apposition's comma ("Inter-Services Public Relations
    (ISPR), Lieutenant General X") is dropped."""
    opened = [k for k, t in enumerate(run) if t.text in ("(", "[")]
    if not opened or any(t.text in (")", "]") for t in run[opened[-1] :]) \
            or run[opened[-1]] is head:
        return run
    k = opened[-1]
    if k > 0 and all(t is not head for t in run[k:]):
        return run[:k]
    return run[:k] + run[k + 1 :]


def _mood_before_name(tok: Token) -> bool:
    """"said a tearful Jon Arno", "a grieving Ali Ondo": a word of how the person
    looked, on the name itself, is no part of the name (a title is: "former", on the
    title word, "Acting President X", capitalised)."""
    return (tok.pos_ == "ADJ" or tok.tag_ in ("VBG", "VBN")) and tok.dep_ == "amod" \
        and tok.is_lower \
        and tok.head.pos_ == "PROPN" and tok.head.ent_type_ == "PERSON" \
        and tok.lower_ not in TITLE_WORDS


def _name_cut_in_front(run: list[Token]) -> list[Token]:
    """"Burkina | Faso's army", "Sierra | Leone's police": a name of two words whose
    first word the parse hung elsewhere (the root of a line of its own) belongs to the
    phrase, when the two words are one name the entity ruler tagged, or a country."""
    first = run[0]
    doc = first.doc
    while first.pos_ == "PROPN" and first.i > 0:
        prev = doc[first.i - 1]
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or _breaks(prev) \
                or not prev.whitespace_ or prev in run:
            break
        one_entity = first.ent_iob_ == "I" and prev.ent_iob_ in ("B", "I")
        if not one_entity and not Gazetteer.default().country_of_name(
                f"{prev.text} {first.text}"):
            break
        run = [prev, *run]
        first = prev
    return run


def _opens_before(run: list[Token], close: Token) -> bool:
    """The run holds a bracket ``close`` closes, left open within the run."""
    open_ = {")": "(", "]": "["}[close.text]
    depth = 0
    for tok in run:
        depth += (tok.text == open_) - (tok.text == close.text)
    return depth > 0


def _closes(run: list[Token]) -> bool:
    """The run ends with the bracket that closes one it opened: "(IDF)"."""
    last = run[-1].text
    return last in (")", "]") and any(t.text == {")": "(", "]": "["}[last] for t in run)


_BRACKETS = frozenset(["(", ")", "[", "]"])


def _balanced(run: list[Token], head: Token) -> list[Token]:
    """Cut an unclosed bracket and what follows it (or precedes an unopened one)."""
    if _BRACKETS.isdisjoint([t.text for t in run]):
        return run  # (most phrases: each word's text read once, not once per bracket)
    for open_, close in (("(", ")"), ("[", "]")):
        depth = 0
        for k, tok in enumerate(run):
            if tok.text == open_:
                depth += 1
                if not any(t.text == close for t in run[k + 1 :]) and head.i < tok.i:
                    return run[:k]
            elif tok.text == close:
                depth -= 1
                if depth < 0 and head.i > tok.i:
                    return _balanced(run[k + 1 :], head)
    return run


_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")


_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"\s*['’]s$")
_LEAD_BRACKETS = re.compile(r"^\((.*?)\)\s*")


def phrase_text(tokens: list[Token]) -> str:
    """The words of ``tokens`` as a name: no article, possessive, unpaired quote mark or
    leading bracket. Kept per document and run of tokens: the speaker and target rules
    ask for the same phrase's text about three times."""
    if not tokens:
        return ""
    return DOC_MEMO.get(tokens[0].doc, ("phrase text", tuple(t.i for t in tokens)),
                        _phrase_text, tokens)


def _phrase_text(tokens: list[Token]) -> str:
    first, last = tokens[0], tokens[-1]
    # (the words as the document's text holds them: a span's text joins its tokens anew)
    text = _SPACES.sub(" ", doc_text(first.doc)[first.idx : last.idx + len(last.text)])
    text = _ARTICLE.sub("", text).strip(" ,\"'“”‘’")
    if text.endswith("s"):  # (the only end the pattern takes off)
        text = _POSSESSIVE_END.sub("", text)  # "the KDP's (account)": the KDP
    text = _balanced_quotes(text)
    # (both patterns hold exactly one comma: a text with more or none is passed by
    # without asking them, nor whether it ends in a place)
    if text.count(",") == 1 and not _ends_in_place(tokens):
        # "a vigilante leader in Safana, Sani Musa": the leader Sani Musa; not "a spokesman
        # in Lyon, France", where the words after the comma are a place, not a name
        text = _TITLE_COMMA_NAME.sub(r"\1 \2", _TITLE_PLACE_NAME.sub(r"\1 \2", text))
    if text.startswith("("):  # (a substitution with a group reference costs a call)
        text = _LEAD_BRACKETS.sub(r"\1 ", text)  # "(pro-Haftar) forces"
    return text


def _balanced_quotes(text: str) -> str:
    """A phrase cut out of a quotation keeps no quote mark it does not close ('dead
    "terrorists', 'logistics base" for armed groups'): unpaired marks are dropped."""
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    return _SPACES.sub(" ", text).strip()


def _ends_in_place(tokens: list[Token]) -> bool:
    """The words after the phrase's last comma are all a place the recogniser tagged."""
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    tail = [t for t in tokens[commas[-1] + 1 :] if not t.is_punct] if commas else []
    return bool(tail) and all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in tail)


# what an armed group is, not which one: "the guerrilla group", "the jihadist group"
_NATURE_WORDS = frozenset(["guerrilla", "guerilla", "rebel", "militant", "jihadist",
                           "insurgent", "separatist", "armed", "extremist", "islamist",
                           "terrorist", "paramilitary", "dissident", "outlawed", "banned"])
# heads of "the group said" that may stand for a body only named before, never heard
_GROUP_HEADS = frozenset(["group", "movement", "organisation", "organization", "collective"])
# fighters named by whom they are loyal to ("forces loyal to X")
_LOYAL_HEADS = frozenset(["force", "forces", "troop", "troops", "fighter", "fighters",
                          "militia", "militias", "unit", "units", "soldier", "soldiers",
                          "gunman", "gunmen", "militiaman", "militiamen"])
# a body's parts that speak for it ("its media wing", "its press office")
_BODY_PARTS = frozenset(["wing", "arm", "branch", "office", "unit", "department", "bureau",
                         "service", "command", "team", "cell"])
# who owns forces named "its air force", "its army"
_FORCE_OWNERS = frozenset(["state", "military", "armed_group", "ministry"])


def _amod_words(head: Token, words: frozenset[str]) -> list[str]:
    """The adjectives of ``words`` before ``head`` ("local", "federal")."""
    return [c.lower_ for c in head.lefts if c.dep_ == "amod" and c.lower_ in words]


# what makes a government a whole state's ("the federal government")
_NATIONAL_ADJECTIVES = frozenset(["federal", "central", "national"])


def _forces_word(head: Token, tokens: list[Token]) -> bool:
    """"its army", "its air force", "its navy", "its forces", "its troops": a body's armed
    services (not "its fighters", who may be anyone's)."""
    return head.lemma_.lower() in _FORCE_WORDS or (
        head.lower_ == "force" and any(t.lower_ == "air" for t in tokens))


_FORCE_WORDS = _ARMED_SERVICES | frozenset(["troop", "troops", "forces"])


# the kinds of party one person by a role can be ("an official", "a witness")
_ONE_PERSON_TYPES = frozenset(["person", "official", "source"])


# what ends a shown name's head, the words after it placing or qualifying it
_AFTER_HEAD = re.compile(r",|\s(?:at|of|in|for|from|with|on)\s")


def _name_head(name: str) -> str:
    """The last word of a shown name before a phrase that places it: "official with the
    coalition's air command in Dorba" is an official (rule ``party.titled_head``), "a
    senior army official" one too, "Chadian officials" are officials."""
    return _AFTER_HEAD.split(name.lower(), maxsplit=1)[0].rsplit(" ", 1)[-1]


_APPOS = get_string_id("appos")  # the relation's number in a doc's array


@dataclass(slots=True)
class MentionResolver:
    """Per-document resolution with memory of the parties heard so far."""

    gazetteer: Gazetteer
    rules: tuple[PartyRule, ...] = field(default_factory=default_rules)
    last_speaker: Actor | None = None
    last_org: Actor | None = None
    last_person: Actor | None = None
    last_plural: bool = False  # the last speaker was named in the plural ("residents")
    # the last one person the story introduced by a role ("a farmer who lost his brother"),
    # whom a later "the man" or "the farmer" stands for
    last_witness: Actor | None = None
    names: dict[str, str] = field(default_factory=dict)  # actor id -> first surface name
    headline_names: set[str] = field(default_factory=set)  # ids named so far only there
    # actor id -> the last of its gazetteer names the article used ("Azawad Liberation
    # Front" for the entry whose name is the coalition it joined)
    proper: dict[str, str] = field(default_factory=dict)
    people: dict[str, Actor] = field(default_factory=dict)  # surname -> actor
    # (token index, party, weight): a speaker weighs 2, a party only named weighs 1
    heard: list[tuple[int, Actor, int]] = field(default_factory=list)
    # actor id -> the names its speakers' phrases gave it, before any renaming
    given: dict[str, list[str]] = field(default_factory=dict)
    # subject token index -> (the head it was resolved at, its party), or None when it
    # names no party: what a subject resolved to the first time it was asked about
    spoken: dict[int, tuple[Token, Actor] | None] = field(default_factory=dict)
    last_head: Token | None = None  # the head the last speaker was remembered at
    # the document's entities, the countries they name and the entities by their first
    # token, read once per document (a ``Doc.ents`` read builds every span anew)
    _ents_of: tuple[Any, tuple[Any, ...], dict[str, int], dict[int, Any]] | None = None

    _appos_of: tuple[Any, list[Token]] | None = None

    def _appositions(self, doc: Any) -> list[Token]:
        """The document's appositions ("Ali Dahir, a lawmaker"), read once per document."""
        if self._appos_of is None or self._appos_of[0] is not doc:
            # (off the doc's array of relations: a Token is built only for an apposition)
            found = numpy.flatnonzero(doc_array(doc, DEP) == _APPOS).tolist()
            self._appos_of = (doc, [doc[i] for i in found])
        return self._appos_of[1]

    def _ents(self, doc: Any) -> tuple[tuple[Any, ...], dict[str, int]]:
        """The entities of ``doc`` and, per country, how often its name or demonym is
        one of them."""
        if self._ents_of is None or self._ents_of[0] is not doc:
            ents = doc_ents(doc)
            counts: dict[str, int] = {}
            for ent in ents:
                # (a country the model tags LOC counts too: "the Central African Republic")
                if ent.label_ in ("GPE", "NORP", "LOC"):
                    text = ent.text  # (each read joins the entity's words anew)
                    iso = self.gazetteer.country_of_name(text) or \
                        self.gazetteer.country_of_demonym(text)
                    if iso:
                        counts[iso] = counts.get(iso, 0) + 1
            starts: dict[int, Any] = {}
            for ent in ents:
                starts.setdefault(ent.start, ent)
            self._ents_of = (doc, ents, counts, starts)
        return self._ents_of[1], self._ents_of[2]

    def _ent_starting(self, tok: Token) -> Any | None:
        """The document's first entity that starts at ``tok``, if any (a look-up, not a
        walk over the entities)."""
        self._ents(tok.doc)
        assert self._ents_of is not None
        return self._ents_of[3].get(tok.i)

    # ---------------------------------------------------------------- speakers
    def speaker(self, head: Token) -> Actor | None:
        """The party behind the subject of a reporting verb; updates the memory. ``None``
        when the phrase cannot be a party (a thing, a medium, a toll, a dateline). One
        phrase names one party: asked again about a subject it has resolved (for a second
        claim of the same speaker, or for a quote before its reporting verb), it gives the
        same party again and only updates the memory."""
        if head.i in self.spoken:
            known = self.spoken[head.i]
            return self._remember(known[0], known[1]) if known is not None else None
        actor = self._first_speaker(head)
        self.spoken[head.i] = (self.last_head, actor) if actor is not None else None
        return actor

    def _first_speaker(self, head: Token) -> Actor | None:
        titled = _title_beside_name(head)
        if titled is not None:
            return self._heard_speaker(titled, self._titled_person(head, titled))
        described = head
        head = _relative_antecedent(head) or _named_beside(head) or _proper_appos(head) \
            or _described_name(head) or head
        credit = _headline_credit(head)
        actor = self._speaker(credit, depth=0) if credit is not None else None
        if actor is not None and actor.type != "media":
            head = credit  # "Ukraine to blame for the crash - Kremlin": the Kremlin's words
        else:
            actor = self._speaker(head, depth=0)
        named = _person_appos(head) if actor is None else None
        if named is not None:
            # "The company's founder, retired colonel Lionel Dyck, said": a role no rule
            # knows, with the person's name beside it; the person speaks
            head = named
            actor = self._speaker(head, depth=0)
        # (a pronoun stands for a speaker heard before, who is no carrier: '"...," she
        # said, citing the families' keeps her)
        cited = _cited(head) if actor is None or actor.type == "media" \
            or (_unknown_carrier(actor) and head.pos_ != "PRON") else None
        if cited is not None:
            # "Citing a health official, Reuters reported ...", "ANI quoted IAF sources":
            # the account is the cited source's
            source = self._speaker(cited, depth=1)
            if source is not None and source.type != "media":
                medium = _medium_before(head, cited)
                # (a wire that carries the copy, no party, leaves the source alone:
                # "Reuters and AFP reported, citing health officials")
                if medium and judge(head, self.rules).id != "reject.wire-service" \
                        and cited.i > head.i \
                        and cited.head.lemma_.lower() == "cite" \
                        and not any(t.ent_type_ == "PERSON" for t in phrase_tokens(cited)):
                    # "SANA, citing a military source, said": the source's account, in
                    # the words the copy gives it, the medium citing its source (a person
                    # it names is the party under his own name)
                    # (without quote marks, which the phrase may open and not close:
                    # 'citing a "well-informed source" in the Guards')
                    said = _QUOTE_MARKS.sub("", head.doc[
                        cited.left_edge.i : phrase_tokens(cited)[-1].i + 1].text)
                    said = re.sub(r"\s+", " ", said).strip()
                    # an anonymous source is no party of its own: a medium the gazetteer
                    # knows keeps its side ("Syria's state news agency SANA")
                    own = actor if actor is not None and source.id.startswith("source.") \
                        else source
                    source = Actor(own.id, f"{medium}, citing {said}", own.type, own.country,
                                   own.side)
                head, actor = cited, source
        if actor is not None and actor.type == "media":
            relayed = self._relayed(head, actor)
            if relayed is not None:
                # "state media said the army had hit a workshop": the army's account, and
                # the medium that tells it ("Syrian army via Syria's state media")
                actor = Actor(relayed.id, f"{relayed.name} via {actor.name}", relayed.type,
                              relayed.country, relayed.side)
        if actor is not None and actor.id.startswith("org.") and _bare_care_body(head):
            named = _care_named_before(head)
            if named is not None:
                # "a missile struck the Marel Medical Center ..., the hospital said": the
                # hospital named before is the one that speaks (party rule
                # ``name.the_hospital_named``)
                actor = _org(named, actor.type, actor.country)
        actor = _as_described(actor, described, head)
        if actor is not None and described.dep_ == "appos" and described.head.i == head.i \
                and actor.id.startswith("org."):
            # "the Gul Khan group, a militant faction that ...": the name, without the
            # description in apposition
            cut = [t for t in phrase_tokens(head) if t.i < described.left_edge.i]
            while cut and cut[-1].is_punct:
                cut = cut[:-1]
            text = phrase_text(cut)
            if text:
                actor = _org(text, actor.type, actor.country)
        runner = _run_by(head)
        if runner is not None and (actor is None or actor.type in ("media", "other")):
            side = self._speaker(runner, depth=1)
            if side is not None and side.type not in ("media", "source", "person"):
                # "Radio Andalus, a station run by al Shabaab": the side speaks through it
                medium = phrase_text(phrase_tokens(head))
                actor = Actor(side.id, f"{self._body_name(side)}'s {medium}", side.type,
                              side.country, side.side)
        return self._heard_speaker(head, actor)

    def _heard_speaker(self, head: Token, actor: Actor | None) -> Actor | None:
        """Remember ``actor``, the speaker ``head`` stands for, under its fullest naming,
        for the phrases after it."""
        return self._remember(head, self._fullest_person(head, actor))

    def _remember(self, head: Token, actor: Actor | None) -> Actor | None:
        """Remember ``actor``, already named, as the speaker ``head`` stands for (a subject
        asked about again keeps the naming it was given the first time)."""
        self.last_head = head
        if actor is not None:
            actor = self._spelled_out(actor)
            acronym = _comma_acronym(head, actor)
            if acronym is not None:
                # "The U.N. refugee agency, UNHCR, said": the name and its acronym
                actor = Actor(actor.id, f"{actor.name} ({acronym})", actor.type,
                              actor.country, actor.side)
            self.given.setdefault(actor.id, []).append(actor.name)
            entry = self.gazetteer.actor_by_alias(actor.name)
            if entry is not None and entry.id == actor.id:
                self.proper[actor.id] = actor.name
            # a named spokesman keeps his own words ("French military spokesman Col. X");
            # otherwise one body keeps the name it was first given
            if _qualified_source(head, actor):
                self.names.setdefault(actor.id, actor.name)
            elif _role_of_body(head, actor):
                pass  # "a senior STC commander": his own words; the body's name stays
            elif _local_body(head):
                pass  # "Iraq's local administration" after "Baghdad": a body of its own
            elif head.pos_ == "PRON" and (head.lower_ in _PERSON_PRONOUNS
                                          or head.lower_ in _SELF_PRONOUNS):
                pass  # "he said" after "said Qasim Musleh, a PMF commander": still he
            elif not any(t.ent_type_ == "PERSON" for t in phrase_tokens(head)) \
                    and not _title_and_name(phrase_tokens(head)) \
                    and not _TITLE_THEN_NAME.search(actor.name):
                actor = self._named(actor, _in_headline(head) and not _line_ends_sentence(head))
            if head.lower_ not in _ORG_PRONOUNS:
                self.last_plural = head.tag_ in ("NNS", "NNPS")
            self.last_speaker = actor
            self.heard.append((head.i, actor, 2))
            plural = head.tag_ in ("NNS", "NNPS")
            if not plural and (
                    actor.type in ("person", "official") or actor.id.startswith("person.")
                    or (_names_a_person(head)
                        and not (actor.type == "state" and len(phrase_tokens(head)) == 1))
                    or _person_role(head) or _title_before_name(head)):
                # "the Houthis' military spokesman, Yahya Saree, said ...": a later "he"
                # is the spokesman, whichever body he speaks for ("An RSF media adviser
                # said ... 'We did not strike a funeral,' he said"); a state's bare name
                # the recogniser took for a person ("a tactic Kyiv calls a double tap")
                # is no "he", nor are "officials"; a title and a name the recogniser
                # left untagged ("Inspector General of Police Vikram Joshi said") is a he
                self.last_person = actor
            if actor.type in _ORG_TYPES:
                self.last_org = actor
        return actor

    def _spelled_out(self, actor: Actor) -> Actor:
        """Party naming rule ``name.acronym_of_earlier``: a bare acronym the gazetteer lacks
        ("according to the SES") after a body the article named in full ("the State
        Emergency Service of Ukraine said") is that body, under its full name."""
        if not actor.id.startswith("org."):
            return actor
        acronym = _LEADING_THE.sub("", actor.name)
        if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
            return actor
        for _, earlier, _ in reversed(self.heard):
            if earlier.type in _ORG_TYPES and earlier.id != actor.id \
                    and earlier.name[:1].upper() == acronym[0] \
                    and _abbreviates(acronym, earlier.name):
                return earlier
        return actor

    def _fullest_person(self, head: Token, actor: Actor | None) -> Actor | None:
        """One person, under the fullest naming the article gives him anywhere: "Artyukh
        said" after "regional governor Volodymyr Artyukh"; a headline's "Saleh says"
        before "Vice President Amrullah Saleh"; "Matthias Schmale, the UN
        coordinator in Ukraine, said" that the recogniser took for a body; "said Abdul
        Shakoor, a resident of the district, who said ...". A body the gazetteer knows,
        or a spokesman speaking for one, keeps its own name."""
        if actor is None or actor.id in self.gazetteer.actors \
                or actor.type not in _NAMEABLE_TYPES:
            return actor
        name = head
        if head.dep_ == "appos" and head.head.i < head.i and _person_role(head) \
                and head.tag_ not in ("NNS", "NNPS") and head.head.ent_type_ == "PERSON":
            name = head.head  # the role in apposition to the person's name
        later = _named_later(head, self._appositions(head.doc)) \
            if head.lemma_.lower() in _HELD_TITLES else None
        if later is not None:
            # "A Ukrainian mayor accused ..." and, further on, "Artem Semenikhin, the
            # mayor of the town of Konotop": the one mayor the story names
            naming = _fullest_naming(later)
            if naming is None:
                return actor
            fuller = Actor(f"person.{slug(later.text)}", naming, "official", actor.country,
                           actor.side)
            self.people[later.lower_] = fuller
            return fuller
        if name.pos_ != "PROPN" or name.ent_id_ or name.lower_ in _RANKS or name.is_upper \
                or name.ent_type_ not in _NAME_ENTS or judge(name, self.rules).test == "dateline":
            return actor  # (an upper-case name opens a dateline: "ERBIL, Kurdistan -"; so
            # does "Maputo, 03 Mar 2021 (Lusa) -", before the subject past it)
        naming = _fullest_naming(name)
        if naming is None:
            return actor
        if not set(re.findall(r"\w+", actor.name.lower())) < set(
                re.findall(r"\w+", naming.lower())):
            # only a naming that holds all of this one's words and more: "Colombian
            # President Gustavo Petro" stays as written beside a later "Petro, Colombia's
            # first leftist president"
            return actor
        kind = actor.type if actor.type in ("official", "person") else "person"
        same = next((p for p in self.people.values() if p.name == naming), None)
        if same is not None:
            return same  # the person already heard under this naming, by another word of it
        fuller = Actor(f"person.{slug(name.text)}", naming, kind, actor.country, actor.side)
        self.people[name.lower_] = fuller
        return fuller

    def _named_before(self, head: Token, tokens: list[Token]) -> Actor | None:
        """A bare surname ("Koang said", "Waine said") of a person the story named in
        full before: that person."""
        if len(tokens) == 3 and _particle_joined(tokens):
            tokens = tokens[2:]  # rule ``speaker.particle_surname``: "al-Vesh said"
        if len(tokens) != 1 or head.pos_ != "PROPN" or head.ent_id_ or tokens[0].i != head.i:
            return None
        known = self.people.get(head.lower_)
        if known is None or known.name.lower() == head.lower_:
            return None
        return known

    def _short_form(self, head: Token, tokens: list[Token]) -> Actor | None:
        """"Central Command said" after "U.S. Central Command acknowledged": a proper name
        of two or more words that ends a body's fuller name heard before is that body."""
        words = [t for t in tokens if t.lower_ != "the"]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
            return None
        tail = " " + " ".join(t.lower_ for t in words)
        for pos, actor, _ in reversed(self.heard):
            if pos < head.i and actor.type in _ORG_TYPES \
                    and f" {actor.name.lower()}".endswith(tail) \
                    and len(actor.name) > len(tail):
                return actor
        return None

    def _titled_person(self, title: Token, name: Token) -> Actor:
        """"AA spokesman Khaing Thu Ya said": a title the parser made a second subject
        beside the name keeps its place in front of the name, and a body the title names
        ("Hamas spokesman ...") is the party he speaks for."""
        title_tokens = _before_place([t for t in phrase_tokens(title)
                                      if t.i < name.left_edge.i])
        text = f"{phrase_text(title_tokens)} {phrase_text(phrase_tokens(name))}".strip()
        body = self._mention(title, title_tokens)
        if body is not None and body.type not in ("media", "source", "person", "official"):
            actor = Actor(body.id, text, body.type, body.country, body.side)
        else:
            side = self._state_of_title(title_tokens, name)
            actor = Actor(f"person.{slug(name.text)}", text, "person", *(side or (None, None)))
        self.people[name.text.lower()] = actor
        return actor

    def _body_name(self, actor: Actor) -> str:
        """How a body is named in front of its spokesman: its gazetteer name, else the
        name it was first given ("Libyan National Army spokesman ...")."""
        entry = self.gazetteer.actors.get(actor.id)
        return entry.name if entry is not None else self.names.get(actor.id, actor.name)

    def _named(self, actor: Actor, in_headline: bool = False) -> Actor:
        """One body keeps the name it was first given in the body: a headline's short form
        ("Niger army says ...") gives way to the body's own ("Niger's armed forces")."""
        if actor.id in self.headline_names and not in_headline:
            self.headline_names.discard(actor.id)
            self.names[actor.id] = actor.name
        if in_headline and actor.id not in self.names:
            self.headline_names.add(actor.id)
        name = self.names.setdefault(actor.id, _without_epithet(actor, self.gazetteer))
        if name == actor.name:
            return actor
        return Actor(actor.id, name, actor.type, actor.country, actor.side)

    def _speaker(self, head: Token, depth: int) -> Actor | None:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return None  # "No group has claimed the attack": nobody
        if _crosses_break(head):
            # a headline word taken for the subject of the body's verb: the subject is
            # the phrase on the verb's own line, if there is one
            line_head = _subject_after(head, _breaks)
            if line_head is None:
                return None
            head = line_head
        low = head.lower_
        titled = self._abbreviated_title(head)
        if titled is not None:
            return titled  # "the IG said" after "Inspector General of Police X said"
        owner = _channel_owner(head) if depth < 2 else None
        if owner is not None:
            # "a social media page used by rebel commander X said", "a Telegram channel
            # linked to the group said": the one whose page it is speaks
            actor = self._speaker(owner, depth + 1)
            if actor is not None:
                return actor
        rule = judge(head, self.rules)
        if rule.test == "dateline":
            # "Moscow [Russia], Oct 4 (ANI): The ministry said": the subject follows it
            after = _subject_after(head, lambda t: dateline_end(t) or t.text == "-") \
                or _subject_past_dateline(head)
            if after is None or after.i == head.i:
                return None
            head = after
            rule = judge(head, self.rules)
        if low in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and depth < 2:
            # "the Houthis, who said ...": the noun the clause describes
            antecedent = head.head.head
            if _names_somebody(antecedent, self.rules):
                return self._speaker(antecedent, depth + 1)
            return None
        # (a self pronoun only as a pronoun: "US" the country is not "us")
        if rule.decision == "anaphor" or (low in _SELF_PRONOUNS and head.pos_ == "PRON"):
            if low in _PERSON_PRONOUNS and depth == 0:
                before = self._person_before(head)
                if before is not None:
                    return before
            if low in _SELF_PRONOUNS or low in _PERSON_PRONOUNS:
                named = self._named_person_before(head) \
                    if low in _PERSON_PRONOUNS and self.last_person is None else None
                return self.last_person or named or self.last_speaker
            if low in _ORG_PRONOUNS:
                before = self._plural_before(head) \
                    if low in _PLURAL_PRONOUNS and depth == 0 else None
                if before is not None:
                    return before
                if low in _PLURAL_PRONOUNS and self.last_plural and self.last_speaker:
                    # "Residents said ... They said ...": the people who spoke last, not
                    # the last body heard
                    return self.last_speaker
                before = self._it_body(head) if low == "it" else None
                return before or self.last_org or self.last_speaker
            return None
        if low in _OWNED_ONLY and not has_modifier(head):
            return None  # "media reports said": a channel with no owner named
        if low in ("one", "another") and depth == 0 \
                and all(c.dep_ in ("punct", "cc") for c in head.children):
            # "American officials disputed that account. One said ... Another said ...":
            # one of the people the sentences before have as their subject (not "one of
            # the residents", a partitive)
            return self._one_of_subject(head)
        if rule.decision == "reject":
            # nothing in the table vouches for it, but the gazetteer may ("Kyiv said")
            return self.mention(head) if rule.test == "any" else None
        if head.pos_ == "PRON" or head.tag_ in ("WDT", "WP"):
            return None
        if rule.decision == "owner":
            return self._owner(head, depth)
        if rule.decision == "partitive":
            counted = _partitive(head)
            return self._speaker(counted, depth + 1) if counted is not None and depth < 2 \
                else None
        tokens = _whole_entity(_with_cut_off_body(phrase_tokens(head)))
        named = self._named_before(head, tokens) or self._short_form(head, tokens)
        if named is not None:
            # "Waine said" after "Papua police chief Inspector General Petrus Waine": the
            # person named in full before, whatever the recogniser takes the surname for
            return named
        found = self.mention(head, tokens)
        if found is not None and found.id.endswith(".government-ministry") \
                and _is_definite(head, tokens) and head.lemma_.lower() in _MINISTRY:
            # "the Turkish ministry said" after "the Turkish Defence Ministry said": that
            # ministry, not a second one of its state
            prev = self.antecedent(head)
            if prev is not None and prev.country == found.country and prev.id != found.id:
                return prev
        if found is not None:
            return found
        text = phrase_text(tokens)
        known = _known_as(head)
        found = self.mention(known) if known is not None else None
        if found is not None and found.type in _OWNING_TYPES and text:
            # "Jama'at Nusrat al-Islam wal-Muslimeen, known by its acronym JNIM, said": the
            # body the gazetteer knows by the name the copy gives it, in the copy's words
            return Actor(found.id, f"{text} ({known.text})" if known.is_upper else text,
                         found.type, found.country, found.side)
        whole = _name_to_bracket(tokens)
        if whole is not None:
            # "The Group to Support Islam and Muslims (JNIM) claimed": the parse cut the
            # name at its infinitive; the name runs on to the acronym the copy gives it
            name, acronym = whole
            entry = self.gazetteer.actor_by_alias(acronym) or \
                self.gazetteer.actor_by_alias(name)
            if entry is not None:
                return entry.actor(f"{name} ({acronym})")
            if rule.kind in _ACTOR_KIND:
                return _org(name, _ACTOR_KIND[rule.kind], shown=f"{name} ({acronym})")
        if known is not None and found is None and known.pos_ == "PROPN" \
                and rule.kind in _ACTOR_KIND and not any(t.pos_ == "PROPN" for t in tokens):
            # "an Iraqi armed group calling itself Saraya al-Fath": the name it goes by
            name = phrase_text(phrase_tokens(known))
            return _org(name, _ACTOR_KIND[rule.kind])
        lemma = head.lemma_.lower()
        if _is_definite(head, tokens) and _bare_title(head, tokens):
            holder = self._title_holder(head, tokens)
            if holder is not None:
                return holder
        if _is_definite(head, tokens) and _generic(head, tokens):
            described = self._described_by_modifier(head)
            if described is not None:
                return described
            prev = self.antecedent(head)
            if prev is not None:
                return self._in_own_words(prev, text)
        if _is_definite(head, tokens) and not _generic(head, tokens):
            home = self._demonym_only(head, tokens)
            prev = self.antecedent(head, country=home) if home is not None else None
            if prev is not None:
                # "the Yemeni militant group" after the Houthis, "the Lebanese group"
                # after Hezbollah: a description by its country, not a name
                return self._in_own_words(prev, text)
        if _in_headline(head) and _generic(head, tokens) and not any(
                t.dep_ == "det" for t in tokens):
            # "..., aid group says": a headline drops the article; the body of that kind
            # it names before, else the one the story names next
            prev = self.antecedent(head) or self._cataphor(head)
            if prev is not None:
                return self._in_own_words(prev, text)
        if _opening(head) and _generic(head, tokens) and head.tag_ != "NNS":
            # (plural "aid groups said" are several bodies, not the one named next)
            later = self._cataphor(head)
            prev = self.antecedent(head) if later is not None else None
            # (the body a first reading of this phrase found is no earlier antecedent)
            if later is not None and (prev is None or prev.id == later.id):
                return self._in_own_words(later, text)
        if depth == 0 and _opening(head) and not _generic(head, tokens) \
                and _described_body(head, tokens):
            later = self._named_next(head, tokens)
            if later is not None:
                # rule ``anaphor.named_next``: "An Eritrean opposition group said ... The
                # Red Sea Afar Democratic Organisation, which runs ..., said": a lead
                # that describes a body by its kind and home, and names it next (a bare
                # "a group" is the cataphor's, above)
                return later
        if _is_definite(head, tokens) and len(tokens) <= 3:
            described = self._described_as(head)
            if described is not None:
                return described
        owned = self._owned_by_anaphor(head, tokens)
        if owned is not None:
            return owned
        if head.ent_type_ == "PERSON" or _titled_name(head, tokens) \
                or _surname_heard(head, tokens):
            fuller = _fuller_naming(head, tokens) if head.text.lower() not in self.people else None
            if fuller is not None and depth < 2:
                # "Sharif said" after "army spokesman Lt. Gen. Ahmad Sharif": the full name
                return self._speaker(fuller, depth + 1)
            return self._person(head, tokens, text)
        if not text:
            return None
        kind = rule.kind or "source"
        if kind == "state" and _named_before_place(tokens, head) \
                and not self.gazetteer.country_of_name(_bare_name(text)):
            kind = "other"  # "Caritas Jerusalem": a body, not a state
        if kind == "media" and not _is_medium(head, tokens):
            kind = "ministry"  # "the disaster management agency"
        if kind == "ministry" and head.lemma_.lower() not in _MINISTRY \
                and _anaphor_types(head) == _CIVIL_TYPES:
            # "aid agencies", "a rights organisation": a civil body, no state's
            kind = "international_body"
        if kind == "ministry" and any(t.lower_ in lx.OMBUDSMAN_WORDS for t in tokens):
            # "the ombudsman's office": a state's watchdog, on no government's side (and
            # never what "the armed forces" stands for), as with its state named
            kind = "international_body"
        person = _comma_person(head, tokens) or _given_name(head) \
            if kind in ("source", "official") and head.tag_ == "NN" else None
        if person is not None:
            # "a local official, Hazrat Gul, said" (wherever the parse hung the name), "a
            # neighbour who gave his name as Abu Fadi": the person, under the role
            role = phrase_text(_before_place(tokens))
            titled = any(t.pos_ == "NOUN" for t in person)
            # ("a man identified as cartel commander Ramiro Soto": the title the name carries)
            actor = Actor(f"person.{slug(person[-1].text)}",
                          person.text if titled else f"{role} {person.text}",
                          "official", None, None)
            self.people.setdefault(person[-1].text.lower(), actor)
            return actor
        group = _one_of_officials(head) if kind in ("source", "official") else None
        if group is not None and depth < 2:
            # "U.S. officials declined to say ... One official said": one of them, on
            # their side
            of = self._speaker(group, depth + 1)
            if of is not None and of.side is not None:
                words = phrase_text(phrase_tokens(group))
                return Actor(of.id, f"one of the {words}", of.type, of.country, of.side)
        if kind == "official":
            named = _named_later(head, self._appositions(head.doc))
            if named is not None:
                # "a lawmaker said ..." and, further on, "Ali Dahir, a lawmaker from ...":
                # the one lawmaker the story names
                actor = Actor(f"person.{slug(named.text)}", f"{text} {_ent_text_at(named)}",
                              "official", None, None)
                self.people.setdefault(named.text.lower(), actor)
                return actor
        serves = _served_body(head) \
            if kind == "official" or head.lemma_.lower() in _MEMBER_HEADS else None
        body = self.antecedent(serves) if serves is not None else None
        if body is not None and body.type not in ("media", "source", "person", "official"):
            # "a spokesperson for the organisation said": the body named before, whose
            # spokesperson he is
            role = phrase_text([t for t in tokens if t.i < serves.head.i])
            name = self.proper.get(body.id) or self.given.get(body.id, [None])[0] \
                or self._body_name(body)
            return Actor(body.id, f"{name} {role}", body.type,
                         body.country, body.side)
        owned = kind == "official" and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)
        # "The coalition gave a different account. Its spokesman, ..., said": the body the
        # sentence before opened with, though it reported nothing, before the last heard
        body = self._body_before(head) if owned else None
        if body is None and kind == "official" and _bare_spokesman(head):
            # rule ``role.spokesman_of_subject``: "The Israeli military rejected the
            # findings. A spokesman said ...": the spokesman of the body the sentence
            # before is about (only that body: any other is a guess)
            body = self._subject_before(head)
        if body is not None and body.type not in ("media", "source"):
            # "Its deputy spokesman, Hamdullah Fitrat": the spokesman of the body last
            # heard, named after it
            name = self.proper.get(body.id) or self._body_name(body)
            text = re.sub(r"^([^,]*?),\s+", r"\1 ", text)  # "spokesman, Gohram Baloch"
            return Actor(body.id, f"{name} {text}", body.type, body.country, body.side)
        kind_word = next((c for c in head.children if c.dep_ in ("compound", "nmod")
                          and not c.ent_type_ and _anaphor_types(c) is not None
                          and not _anaphor_types(c) <= _PEOPLE_TYPES), None) \
            if head.lower_ in lx.SPOKES_WORDS and _is_definite(head, tokens) else None
        body = self.antecedent(kind_word) if kind_word is not None else None
        if body is None and head.lower_ in lx.SPOKES_WORDS and head.tag_ == "NN" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            force = self._one_force_heard(head)
            if force is not None:
                name = self.proper.get(force.id) or self._body_name(force)
                return Actor(force.id, f"{name} {head.lower_}", force.type, force.country,
                             force.side)
        if body is not None and body.type not in ("media", "source", "person", "official"):
            # "The ministry spokesman, Colonel X, said" after "Cameroon's defence
            # ministry": the spokesman of the ministry heard before, under his own words
            name = re.sub(r"^([^,]*?),\s+", r"\1 ", text)
            return Actor(body.id, name, body.type, body.country, body.side)
        named_in = next((c for c in head.children if c.dep_ == "appos"
                         and c.ent_type_ == "PERSON" and c.i > head.i), None)
        if kind == "official" and named_in is not None and named_in.text.lower() not in self.people:
            # "the Mandera county police commander, Samuel Mutunga": the person, under his
            # title, and the one a later "Mutunga said" names
            name = re.sub(r"^([^,]*?),\s+", r"\1 ", text)
            actor = Actor(f"person.{slug(named_in.text)}", name, "official", None, None)
            self.people[named_in.text.lower()] = actor
            return actor
        group = _one_of_group(head) if kind == "source" else None
        if group is not None:
            # "Relatives of the dead gathered ... '...,' one man said": one of them
            words = phrase_text(phrase_tokens(group))
            return Actor(f"source.{slug(group.lemma_)}", f"one of the {words[:1].lower()}"
                         f"{words[1:]}", kind, None, None)
        if kind == "source" and head.tag_ == "NN":
            return self._one_witness(head, text)
        if kind in ("source", "official"):
            return Actor(f"source.{_institution(head)}{slug(lemma)}", text, kind, None, None)
        listed = self.gazetteer.actor_by_alias(text) if len(text) > 3 else None
        if listed is not None:
            # a gazetteer name the entity ruler did not see whole: "(pro-Haftar) forces"
            return listed.actor(text)
        if kind == "person":
            return self._person(head, tokens, text)
        # "the aid group Relief Works": a civil body, whatever kind its noun alone names
        civil = _anaphor_types(head) == _CIVIL_TYPES
        return _org(text, "international_body" if civil else _ACTOR_KIND.get(kind, "other"))

    def _one_witness(self, head: Token, text: str) -> Actor:
        """One person named by a role. "A farmer who lost his brother in the strike said":
        the role with the clause that says who he is, as the story introduces him. "The
        man said", "the elder said", "the farmer said": the one person the story introduced
        before (any such person for a word that only says man or woman, kin or elder; one
        of the same role otherwise), else the role with its own clause ("the man, who lives
        in a neighbouring village"); never the bare word when either is there."""
        lemma = head.lemma_.lower()
        definite = _is_definite(head, [*head.lefts])
        prev = self.last_witness
        named = any(c.dep_ == "appos" for c in head.children)  # "the husband, Jesus X"
        if definite and prev is not None and not named and (
                lemma in _ANYONE_WORDS or prev.id == f"source.{slug(lemma)}"):
            return prev
        last = self.last_speaker
        if lemma == "source" and definite and not named and last is not None \
                and (last.type in ("person", "official") or last.id.startswith("person.")) \
                and head.tag_ == "NN" \
                and not any(c.dep_ in ("amod", "compound", "nmod", "prep", "relcl")
                            for c in head.children):
            # '"...," the source added', in translated copy, with no source before: the
            # person just heard (rule ``name.the_source_heard``; a body heard before is
            # no source of its own kind)
            return last
        clause = _who_clause(head)
        if clause:
            text = f"{text} {clause}"
        actor = Actor(f"source.{slug(lemma)}", text, "source", None, None)
        if lemma not in _COLLECTIVE and not named and (clause or any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)):
            self.last_witness = actor
        return actor

    def _owner(self, head: Token, depth: int) -> Actor | None:
        """Whose statement, footage or post: "the ministry's statement", "a statement
        from the IRGC", "IAF footage"; "the statement" alone is the last body heard."""
        if depth < 2:
            if head.lemma_.lower() in _POSTED_DOCUMENTS or head.lemma_.lower() in _PAGES:
                # "a post on a social media page attributed to rebel commander X", "a
                # message circulated in the name of the Front": whose it is said to be,
                # not the platform
                for tok in head.subtree:
                    obj = _named_as_author(tok)
                    if obj is not None:
                        actor = self._speaker(obj, depth + 1)
                        if actor is not None:
                            return actor
            # "a Pakistani intelligence report": the intelligence service before the state
            order = {"poss": 0, "compound": 1, "nmod": 1, "prep": 2, "amod": 3}
            # of two modifiers of one kind the nearer names the owner: "a Kamari police
            # report" is the police's (the town only says which police)
            for child in sorted(head.children, key=lambda c: (order.get(c.dep_, 4), -c.i)):
                cand = _owner_token(child)
                if cand is None:
                    continue
                if head.lemma_.lower() in _PICTURES \
                        and judge(cand, self.rules).id == "reject.wire-service":
                    return None  # "AFP video footage showed ...": the agency's own eyes
                if cand.lower_ in _ORG_PRONOUNS:
                    return self.last_org or self.last_speaker
                actor = None
                if child.dep_ in ("compound", "nmod", "amod"):
                    # the modifiers before the document name its owner: "Pakistani
                    # intelligence" (report), "Indian Army" (statement)
                    mods = [t for t in head.lefts if t.dep_ not in ("det", "poss", "punct")]
                    if mods:
                        actor = self.mention(cand, list(head.doc[mods[0].i : head.i]))
                if actor is None and child.dep_ == "compound" and (
                        _is_definite(head, [head, *head.lefts])
                        or any(t.lower_ in ("a", "an") for t in head.lefts)) \
                        and _generic(cand, [cand]):
                    # "according to the army statement": the army heard before; so is "a
                    # ministry statement said" after "Turkey's defence ministry said"
                    prev = self.antecedent(cand)
                    actor = self._in_own_words(prev, cand.text) if prev is not None else None
                actor = actor or self._speaker(cand, depth + 1)
                if actor is not None:
                    return actor
            if head.dep_ == "pobj" and head.head.lower_ in ("in", "through", "via") \
                    and head.head.head.pos_ == "VERB":
                # "the police gave another version in a statement": whose verb it hangs on
                subj = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                    actor = self._speaker(subj, depth + 1)
                    if actor is not None:
                        return actor
            if head.dep_ == "dobj" and head.head.lemma_.lower() in _ISSUING_VERBS:
                # "The army issued a statement ... The statement said": who issued it
                subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                    actor = self._speaker(subj, depth + 1)
                    if actor is not None:
                        return actor
            if head.dep_ == "nsubj" and head.lemma_.lower() in _POSTED_DOCUMENTS:
                # "On pro-junta Telegram channels, a post ... claimed": the channels the
                # sentence opens with
                for prep in head.head.children:
                    cand = _owner_token(prep) if prep.i < head.i else None
                    if cand is not None and prep.lower_ == "on":
                        actor = self._speaker(cand, depth + 1)
                        if actor is not None:
                            return actor
            for child in head.children:
                if child.dep_ == "acl":  # "a statement issued by the army"
                    for sub in child.children:
                        if sub.dep_ == "agent":
                            obj = next((c for c in sub.children if c.dep_ == "pobj"), None)
                            if obj is not None:
                                return self._speaker(obj, depth + 1)
        lemma = head.lemma_.lower()
        if lemma in _ANAPHORIC_DOCUMENTS and (_is_definite(head, [head, *head.lefts])
                                              or _one_of_a_series(head)):
            # "the report": the report named before, if its owner was said; else the
            # body last heard
            # (the last word of its lemma before it, off the doc's column of lemmas: no
            # Token built per word before it)
            lemmas = lower_lemmas(head.doc)
            earlier = next((i for i in range(head.i - 1, -1, -1) if lemmas[i] == lemma), None)
            if earlier is not None and depth < 2:
                actor = self._owner(head.doc[earlier], depth + 1)
                if actor is not None:
                    return actor
            return self.last_org or self.last_speaker
        if lemma == "report" and head.tag_ == "NNS":
            # "local reports say a mosque was struck", "social media reports said": reports
            # no owner is named for speak as the copy names them, when it says whose kind
            # (bare "media reports" say nobody's)
            mods = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")]
            if mods and not all(t.lemma_.lower() in _UNOWNED_CHANNELS | {"news"}
                                and not has_modifier(t) for t in mods):
                text = phrase_text(list(head.doc[mods[0].i : head.i + 1]))
                return Actor(f"source.{slug(text)}", text, "source", None, None)
        return None

    def _demonym_only(self, head: Token, tokens: list[Token]) -> str | None:
        """The country of "the Yemeni militant group", "the Lebanese group": an armed
        group's kind word whose only naming word is one country's demonym; else None."""
        wanted = _anaphor_types(head)
        if wanted is None or "armed_group" not in wanted:
            return None
        naming = [t for t in tokens if t.i != head.i
                  and (((t.pos_ == "PROPN" or t.ent_type_) and not t.is_lower)
                       or t.dep_ == "poss")]
        homes = {self.gazetteer.country_of_demonym(t.text) for t in naming}
        return next(iter(homes)) if naming and len(homes) == 1 and None not in homes else None

    def _named_by_head(self, head: Token) -> Actor | None:
        """Rule ``anaphor.same_head``: "the office said" after "the Houthi-run health office
        said", which the gazetteer files under the Houthis (no ministry): the party last
        heard whose shown name ends in the very head word, whatever its type."""
        return self._last_heard_as(head, head.lower_, spoke=True) if head.tag_ == "NN" \
            else None

    def _abbreviated_title(self, head: Token) -> Actor | None:
        """Rule ``anaphor.title_abbreviation``: "the IG said", "the SP said" after
        "Inspector General of Police (Bastar range) Sundarraj P said": the party last heard
        whose name spells the title out, as South Asian copy writes a police or civil
        officer's title the second time."""
        spelled = _TITLE_ABBREVIATIONS.get(head.text)
        if spelled is None or not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in head.children):
            return None
        heard = self._last_heard(head, lambda actor: spelled in actor.name.lower())
        if heard is not None:
            return heard
        # a holder who told no claim yet: the subject named right after the title spelled
        # out earlier ("..., Inspector General of Police (Bastar range) Sundarraj P said")
        # (the parse of such a line is often broken: the title taken for an object, the
        # name's initial for a common noun), as the copy writes it up to the verb
        doc = head.doc
        found = [m.start() for m in re.finditer(rf"\b{spelled}\b", doc_text(doc)[: head.idx],
                                                 flags=re.IGNORECASE)]
        start = next((t.i for t in doc if t.idx >= found[-1]), None) if found else None
        if start is None:
            return None
        verb = next((t for t in doc[start : start + _TITLE_SPAN]
                     if t.lemma_.lower() in lx.REPORT_VERBS and t.pos_ == "VERB"), None)
        if verb is None or verb.i >= head.i or doc[verb.i - 1].is_punct \
                or not doc[verb.i - 1].is_title \
                or any(t.text in (".", "!", "?") for t in doc[start + 1 : verb.i]):
            return None  # (a name must end right before the verb, in one sentence)
        name = doc[start : verb.i].text
        return Actor(f"person.{slug(doc[verb.i - 1].text)}", name, "person", None, None)

    def _last_heard_as(self, head: Token, word: str, spoke: bool = False) -> Actor | None:
        """The party heard last before ``head`` whose shown name ends in ``word`` (with
        ``spoke``: only one that spoke, not one merely named)."""
        return self._last_heard(head, lambda actor: _name_head(actor.name) == word, spoke)

    def _last_heard(self, head: Token, test: Callable[[Actor], bool],
                    spoke: bool = False) -> Actor | None:
        """The party heard last before ``head`` that passes ``test`` (with ``spoke``: only
        one that spoke, not one merely named)."""
        named = [(pos, actor) for pos, actor, weight in self.heard
                 if pos < head.i and (weight > 1 or not spoke) and test(actor)]
        return max(named, key=lambda pa: pa[0])[1] if named else None

    def antecedent(self, head: Token, country: str | None = None) -> Actor | None:
        """"the ministry" -> the nearest earlier ministry; "the army" -> the nearest
        earlier military; "the group" -> the nearest earlier armed group. Parties heard
        so far and gazetteer actors named earlier in the text both count. ``country``:
        only a body of that country (the one a demonym before the head names)."""
        wanted = _anaphor_types(head)
        if wanted is None:
            return None
        if country is None and head.lemma_.lower() in _TITLED_HEADS:
            # "An Israeli army official rejected that account ... the official said": the
            # party last heard under that very title, whatever body it speaks for
            titled = self._last_heard_as(head, head.lemma_.lower())
            if titled is not None:
                return titled
        if country is not None:
            wanted = frozenset({"armed_group"})
        same = self._body_in_sentence(head, wanted)
        if same is not None:
            return same
        kept = self._subject_kept(head, wanted)
        # salience: each account a party gave counts twice, each sentence that names it
        # otherwise once, however often ("the Rapid Support Forces (RSF)" is one naming,
        # and so is an attacker named in each of a sentence's claims); ties go to the
        # nearest
        score: dict[str, tuple[int, int]] = {}
        actors: dict[str, Actor] = {}
        named_in: set[tuple[str, int]] = set()
        doc = head.doc

        def count(actor: Actor, pos: int, weight: int) -> None:
            if weight < 2:
                where = (actor.id, sent_of(doc[pos]).start)
                if where in named_in:
                    return
                named_in.add(where)
            n, at = score.get(actor.id, (0, -1))
            score[actor.id] = (n + weight, max(at, pos))

        for pos, actor, weight in self.heard:
            if pos < head.i and actor.type in wanted and _may_be_forces(head, actor):
                count(actor, pos, weight)
                actors[actor.id] = actor
        for ent in self._ents(doc)[0]:
            # (an entity at or after the head, or of no actor, is passed by before its
            # actor is settled)
            if ent.start >= head.i or not ent.ent_id_:
                continue
            first = ent[0]  # (built once: each index of a span builds its token anew)
            entry = self._settle_shared(first, self.gazetteer.actors.get(ent.ent_id_))
            if entry is None or entry.type not in wanted \
                    or _patron_name(first) or not _may_be_forces(head, entry.actor()):
                continue
            count(entry.actor(), ent.start, 1)
            actors.setdefault(entry.id, entry.actor())
        if head.lemma_.lower() in _FORCE_HEADS and "military" in wanted:
            # "Syrian troops were fighting ... The army said": a state's forces named by
            # their country before, who never spoke, are an army "the army" may be
            for pos, actor in self._forces_named(head.doc):
                if pos < head.i:
                    n, _ = score.get(actor.id, (0, 0))
                    score[actor.id] = (n + 1, pos)
                    actors.setdefault(actor.id, actor)
        sent = sent_of(head)
        for tok in sent[: head.i - sent.start]:
            # "Pakistan's air force struck ..., the military said": the subject of the
            # sentence's own account, before its attacker is resolved
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") \
                    and tok.i < head.i:
                found = self._mention(tok)
                if found is not None and found.type in wanted and found.id not in score:
                    score[found.id] = (1, tok.i)
                    actors[found.id] = found
        if kept is not None and kept.id not in score:
            score[kept.id] = (0, -1)
            actors[kept.id] = kept
        # "the defence ministry" is no health ministry heard before, and "the disaster
        # agency" no news agency: the nouns that say which body must be in its names
        kinds = _kind_words(head)
        for key in [k for k in score if kinds and not all(
                w in self._names_of(actors[k])
                # "the guerrilla group" after the ELN: words of what an armed group is
                # need not be in its names
                or (actors[k].type == "armed_group" and w in _NATURE_WORDS)
                for w in kinds)]:
            del score[key]
        if head.lemma_.lower() in lx.GOVERNMENT_HEADS:
            # "the government said" is never the rights commission or the court that
            # spoke before it, though the state set them up
            for key in [k for k in score if lx.NOT_GOVERNMENT & set(
                    self._names_of(actors[k]).split())]:
                del score[key]
            # "the federal government" is a state's own, never a region's authorities the
            # gazetteer does not know ("Northland authorities") unless so named
            self._drop_unnamed(score, actors, _amod_words(head, _NATIONAL_ADJECTIVES),
                               lambda actor: actor.id.startswith("org."))
        body = _BODY_CLASS.get(head.lemma_.lower())
        for key in [k for k in score if body is not None and _other_body_class(
                self._names_of(actors[k]), body)]:
            # "the foreign ministry" is no "foreign intelligence agency" told of before
            del score[key]
        if _rescue_service(head):
            # "the civil defence service said": a rescue service, never the army or the
            # state heard before it, whatever "defence" says
            for key in [k for k in score if actors[k].type in ("military", "state")
                        and not _RESCUE_NAME.search(self._names_of(actors[k]))]:
                del score[key]
        local = _amod_words(head, _LOCAL_ADJECTIVES)
        self._drop_unnamed(score, actors, local, lambda actor: actor.type in (
            "international_body", "ministry", "military"))
        filed = filed_state(head.doc, self.gazetteer) if local else None
        for key in [k for k in score if filed is not None and actors[k].type == "state"
                    and actors[k].country != filed]:
            # "DNIPRO, Ukraine - ... according to the regional administration": the
            # dateline's state's, not the attacker's named in a headline
            del score[key]
        for key in [k for k in score if country is not None and actors[k].country != country]:
            del score[key]
        if head.lemma_.lower() in _FORCE_HEADS:
            # "the army" may be the defence ministry that spoke for it, never the health
            # ministry that gave the toll
            for key in [k for k in score if actors[k].type == "ministry" and (not any(
                    w in self._names_of(actors[k]) for w in _DEFENCE_WORDS)
                    or _RESCUE_NAME.search(self._names_of(actors[k])))]:
                del score[key]  # (nor "the civil defence service", a rescue service)
        for key in [k for k in score if not self._armed_service_fits(head, actors[k])]:
            del score[key]
        if not score:
            return (self._government_of_country(head) if country is None else None) \
                or self._named_by_head(head) or self._body_named_before(head, wanted)
        # "the coalition" is the body whose own name says coalition before any other of
        # the compatible types that merely spoke more
        word = head.lower_
        named = {k for k, a in actors.items() if k in score and word in self._names_of(a)}
        if not named and (word in _NAMING_HEADS or head.lemma_.lower() in _NAMING_HEADS):
            return None
        pool = named or set(score)
        if kept is not None and kept.id in pool:
            return actors[kept.id]
        return actors[max(pool, key=lambda k: score[k])]

    def _body_named_before(self, head: Token, wanted: frozenset[str]) -> Actor | None:
        """Rule ``anaphor.body_named``: "the group said" where no body of its kind spoke
        or is in the gazetteer: the nearest body named before it by a head of its kind
        ("members of the Islamic Movement in Nigeria", "members of a pro-Iranian Shiite
        movement"), under the words it was named by."""
        if head.lemma_.lower() not in _GROUP_HEADS:
            return None
        for tok in reversed(head.doc[: head.i]):
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod"):
                continue
            if tok.lemma_.lower() not in _GROUP_HEADS or tok.ent_id_:
                continue  # (a body the gazetteer knows is found by the scoring above)
            rule = judge(tok, self.rules)
            if rule.decision != "party" or _ACTOR_KIND.get(rule.kind or "") not in wanted:
                continue
            ent = ent_at(tok) if tok.ent_type_ == "ORG" else None
            tokens = list(ent) if ent is not None else phrase_tokens(tok)
            text = phrase_text([t for t in tokens if t.dep_ != "det" or t.i > tok.i])
            return _org(text, _ACTOR_KIND[rule.kind or ""]) if text else None
        return None

    def _government_of_country(self, head: Token) -> Actor | None:
        """"A Somali lawmaker said ... 'The government says it struck al-Shabaab'": with
        no state or ministry heard before it, "the government" is the state of the
        country the copy named last before it by the country's own name (not a capital: a
        dateline's "WASHINGTON" names no government here), else by a demonym (party rule
        ``speaker.government_of_place``: in "armed men raided a Turkish-owned factory in
        eastern Ethiopia, killing two Turkish managers, the government said", Ethiopia's)."""
        if head.lemma_.lower() != "government" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
            return None
        ents = [e for e in self._ents(head.doc)[0] if e.start < head.i]
        # (a country named as a place, "in eastern Ethiopia", before a demonym that tells
        # whose the victims or the site were: "two Turkish managers", "a Turkish-owned
        # factory")
        for ent in [*reversed([e for e in ents if e.label_ == "GPE"]),
                    *reversed([e for e in ents if e.label_ == "NORP"])]:
            if ent.root.dep_ in ("amod", "compound", "poss", "nmod") \
                    and ent.root.head.lemma_.lower() in _BORDER_NOUNS:
                continue  # "a town close to the Libyan frontier": the neighbour, not the state
            iso = self.gazetteer.country_of_demonym(ent.text) if ent.label_ == "NORP" \
                else self.gazetteer.country_of_name(ent.text)
            known = self.gazetteer.countries.get(iso) if iso else None
            if known is None or (ent.label_ == "GPE" and ent.text.lower() not in {
                    n.lower() for n in (known.name, *known.aliases)}):
                continue
            # named as the copy names it, with the country it stands for: "Burkina
            # Faso's government", never the bare country ("the government" said it)
            apostrophe = "'" if known.name.endswith("s") else "'s"
            return self.gazetteer.state_actor(known.iso2, f"{known.name}{apostrophe} government")
        return None

    def _body_in_sentence(self, head: Token, wanted: frozenset[str]) -> Actor | None:
        """"Five members of Lebanon's Civil Defence were killed when a strike levelled their
        centre, the agency said": "the agency", "the service", "the group" is the nearest
        body named before it in its own sentence (a victim there is its likeliest
        antecedent), before any body the story named earlier or later. Only a named body
        (an organisation or a gazetteer actor, not a credit or dateline) of a kind the noun
        can stand for; an agency or a service may be a state body. ``None`` when the
        sentence names none before it."""
        if head.lemma_.lower() not in _SENTENCE_BODIES or not _is_definite(head, [*head.lefts]):
            return None
        kinds = wanted | (_STATE_SERVICE_TYPES if head.lemma_.lower() not in _GROUP_ONLY_BODIES
                          else set())
        found: Actor | None = None
        for ent in self._ents(head.doc)[0]:
            if ent.start < sent_of(head).start or ent.end > head.i or not (
                    ent.label_ == "ORG" or ent.ent_id_):
                continue
            root = ent.root
            if judge(root, self.rules).decision == "reject" or root.dep_ == "poss":
                continue
            actor = self._mention(root)
            if actor is None and ent.label_ == "ORG" and not ent.ent_id_ and (
                    root.lemma_.lower() in _STATE_BODIES or root.lower_ in _STATE_BODIES
                    or (root.lower_ in _FORCE_NAME_HEADS and root.is_title)):
                # a body the gazetteer lacks, named as one ("Gaza's Civil Defence"), not a
                # hospital or a company the strike hit
                text = phrase_text(phrase_tokens(root))
                actor = _org(text, "other")
            if actor is not None and actor.type in kinds and (
                    head.lemma_.lower() != "force" or _in_subject(root)):
                # (a force is the body its sentence is about, "three members of the
                # Counter Terrorism Group were killed", not the group it struck: "strikes
                # were carried out against the Islamic State group, the force said")
                found = actor  # the nearest before the noun
        return found

    def _forces_named(self, doc: Doc) -> list[tuple[int, Actor]]:
        """(index, actor) of every state's forces the text names by its country ("Syrian
        troops", "Israel's army"), found once per document: not aircraft, which tell an
        attacker, and not a force no country is put to."""

        def find() -> list[tuple[int, Actor]]:
            out = []
            for i in lemma_positions(doc, _NAMED_FORCE_HEADS):
                tok = doc[i]
                if tok.pos_ != "NOUN" or any(t.dep_ in ("conj", "cc") for left in tok.lefts
                                             for t in left.subtree):
                    continue  # (not "Thai and Cambodian troops": two sides, not one army)
                actor = self._mention(tok)
                if actor is not None and actor.type == "military" and actor.country:
                    out.append((i, actor))
            return out

        return DOC_MEMO.get(doc, ("forces named", id(self.gazetteer)), find)

    def _armed_service_fits(self, head: Token, actor: Actor) -> bool:
        """"the military", "the army" is a state's armed forces, never its police, its
        intelligence service or a paramilitary force named before ("the paramilitary
        Frontier Corps"), which the gazetteer marks by kind."""
        if head.lemma_.lower() not in _ARMED_SERVICES:
            return True
        if _MILITIA_NAME.search(actor.name):
            return False  # "the army" after "the militia said": another force
        if head.lemma_.lower() == "army" and "coalition" in actor.name.lower():
            return False  # a coalition of states is no one's army
        entry = self.gazetteer.actors.get(actor.id)
        return entry is None or not _SECURITY_KINDS & set(entry.kinds)

    def _subject_kept(self, head: Token, wanted: frozenset[str]) -> Actor | None:
        """"The rights group Peace Watch said the jets hit a school. The group said ...":
        a sentence's subject that names a kind of body keeps to the body the sentence
        before was about, when that body is of the kind (and passes every test of
        :meth:`antecedent`), before the bodies heard more often. ``None`` otherwise."""
        if head.dep_ != "nsubj" or head.head.i != sent_of(head).root.i:
            return None
        subj = _prior_subject(head)
        if subj is not None and any(t.dep_ == "conj" for t in subj.subtree):
            return None  # "Thai and Cambodian troops": two sides, not one body
        before = self._subject_before(head)
        found = self.spoken.get(subj.i) if subj is not None and subj.lower_ == "it" else None
        if before is None and found is not None:
            # "Azerbaijan's ministry gave a different account. It said ... The ministry
            # said ...": the body that "it" was found to be
            before = found[1]
        return before if before is not None and before.type in wanted else None

    def _described_by_modifier(self, head: Token) -> Actor | None:
        """"the dissident group said" after "the Jaime Martinez front, a dissident faction
        of the former FARC": the name an earlier apposition described with the same
        modifier and a noun for a body ("faction", "group"), not the body the description
        mentions. ``None`` when no modifier or no such apposition."""
        mods = {c.lower_ for c in head.children if c.dep_ == "amod"}
        if not mods or head.lemma_.lower() not in _DESCRIBED_BODIES:
            return None
        for tok in reversed(self._appositions(head.doc)):
            if tok.i >= head.i or tok.lemma_.lower() not in _DESCRIBED_BODIES or \
                    not mods & {c.lower_ for c in tok.children if c.dep_ == "amod"}:
                continue
            named = tok.head
            if named.i > tok.i or not (named.pos_ == "PROPN" or any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in named.children)):
                continue  # "Jaime Martinez front": a proper name ending in a noun counts
            tokens = [t for t in phrase_tokens(named) if t.i < tok.left_edge.i]
            while tokens and tokens[-1].is_punct:
                tokens = tokens[:-1]
            found = self._mention(named, tokens) if tokens else None
            if not tokens:
                continue
            if found is not None:
                return found
            text = phrase_text(tokens)
            kinds = _ANAPHOR_TYPES.get(head.lemma_.lower(), frozenset())
            kind = "armed_group" if "armed_group" in kinds else "other"
            return _org(text, kind)
        return None

    def _title_holder(self, head: Token, tokens: list[Token]) -> Actor | None:
        """"the governor said" after "Donetsk regional governor Vadym Filashkin said": the
        nearest person heard before whose name holds the title (and the title's own
        words, "regional"), followed by a proper name. ``None`` when nobody named so."""
        want = [t.lower_ for t in tokens if t.i != head.i and t.pos_ in ("ADJ", "NOUN")]
        for pos, actor, _ in reversed(self.heard):
            if pos >= head.i:
                continue
            words = re.findall(r"[\w'’.-]+", actor.name)
            low = [w.lower() for w in words]
            if head.lower_ not in low or not all(w in low for w in want):
                continue
            after = words[low.index(head.lower_) + 1 :]
            if any(w[:1].isupper() for w in after):
                return actor
        return None

    def _cataphor(self, head: Token) -> Actor | None:
        """"Army says it hit jihadists" over a story whose body names "Burkina Faso's armed
        forces": a headline or lead names a body by its bare kind before the story names
        it. The first body of that kind named after it (the kind's own words, such as
        "health" ministry, must be in its names)."""
        wanted = _anaphor_types(head)
        if wanted is None:
            return None
        if _rescue_service(head):
            # "the civil defence service said": a rescue service, never the army or the
            # state named after it
            wanted = wanted - {"military", "state"}
            if not wanted:
                return None
        kinds = _kind_words(head)
        if any(c.lower_ == "rights" for c in head.lefts):
            # "a rights group said": a body whose names, or kinds, say rights (Human Rights
            # Watch, Amnesty), not the next UN agency named
            kinds.append("rights")
        if wanted <= _PEOPLE_TYPES:
            # "regional officials said" in a lead: officials whose names say regional, not
            # the next officials named ("Russian officials did not comment")
            kinds += [c.lower_ for c in head.children if c.dep_ == "amod"]
        # "a separate group claimed ...": not the first body of its kind named next
        skip = {c.lower_ for c in head.children if c.dep_ == "amod"} & _OTHER_WORDS
        passed: set[str] = set()
        # "The military rejected as false an Indian army claim that its troops had
        # destroyed posts": a body that the body's own verb acts on (its object, or a
        # phrase of the verb) is never the body itself, there or named again later
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        acted_on = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prep")
                    and c.i > head.i] if verb is not None else []
        opposed = {other.id for o in acted_on for t in o.subtree
                   if t.pos_ in ("NOUN", "PROPN") and (other := self._mention(t)) is not None}
        for tok in head.doc[head.i + 1 :]:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod") \
                    or (tok.ent_iob_ == "I" and not tok.ent_id_) \
                    or any(o.is_ancestor(tok) or o.i == tok.i for o in acted_on):
                continue
            if not (tok.ent_id_ or tok.lemma_.lower() in _ANAPHOR_TYPES
                    or tok.lower_ in _ANAPHOR_TYPES):
                continue
            own = _anaphor_types(tok) if not tok.ent_id_ else None
            if own is not None and ((own <= _PEOPLE_TYPES and not wanted <= _PEOPLE_TYPES)
                                    or (head.lower_ in _FORCE_HEADS and "state" in own)):
                # "according to Colombian officials", "Colombia's government said it
                # had asked ...": a state's people or its government, never the body a
                # headline names as "the military"
                continue
            if not tok.ent_id_ and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                       for c in tok.children):
                if _in_headline(head) and not wanted <= _PEOPLE_TYPES \
                        and not _in_headline(tok) and _opening(tok) \
                        and tok.lemma_.lower() == head.lemma_.lower() and kinds and all(
                            w in {t.lower_ for t in tok.subtree} for w in kinds):
                    # rule ``anaphor.headline_lead``: "..., rights group says" over a lead
                    # whose "a local human rights group said" names no body: the lead's
                    # own words for it, not the next body of that kind named
                    own = self._speaker(tok, 1)
                    if own is not None:
                        return own
                continue  # "an armed group" is a new body, not the one a headline named
            found = self._mention(_entity_root(tok))
            if found is None or found.type not in wanted:
                continue
            names = self._names_of(found)
            if all(w in names for w in kinds) and (
                    head.lower_ not in _NAMING_HEADS or head.lower_ in names):
                # "the coalition" is only a body whose own name says coalition
                if skip and not passed:
                    passed.add(found.id)
                    continue
                if found.id in passed or found.id in opposed:
                    continue
                return found
        return None

    def _named_next(self, head: Token, tokens: list[Token]) -> Actor | None:
        """The body a lead's description ("a Venezuelan human rights group") stands for:
        the named civil or armed body that reports, as the subject of the main verb of one
        of the next two sentences, before any other party does. ``None`` when a sentence's
        subject is another party first, or the named body is of another home."""
        doc = head.doc
        home = {self.gazetteer.country_of_demonym(t.text) or
                self.gazetteer.country_of_name(t.text)
                for t in tokens if t.ent_type_ in ("NORP", "GPE")}
        start = sent_of(head).end
        for _ in range(2):
            if start >= len(doc):
                return None
            sent = sent_of(doc[start])
            start = sent.end
            subject = next((t for t in sent.root.children if t.dep_ == "nsubj"), None) \
                if sent.root.lemma_.lower() in lx.REPORT_VERBS else None
            if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
                continue  # ("Drones carried out a series of strikes": no one reports)
            actor = self._mention(subject)
            proper = subject.pos_ == "PROPN" or subject.ent_type_ == "ORG" \
                or bool(subject.ent_id_)
            if actor is None and proper:
                actor = self._speaker(subject, 1)
            if actor is None:
                continue
            if not proper or not (actor.type in _DESCRIBED_TYPES or _kind_unsure(subject, actor)):
                return None
            if actor.country is not None and None not in home and home \
                    and actor.country not in home:
                return None  # "an Eritrean opposition group" is no Ethiopian body
            if actor.type in _DESCRIBED_TYPES:
                return actor
            # a kind the recogniser guessed gives way to the one the lead describes
            kind = next(k for k in ("armed_group", "international_body", "other")
                        if k in (_anaphor_types(head) or _DESCRIBED_TYPES))
            return Actor(actor.id, actor.name, kind, actor.country, actor.id)
        return None

    def _one_force_heard(self, head: Token) -> Actor | None:
        """Rule ``role.one_force_spokesman``: "Pakistan's army said ... '...,' a military spokesman
        said": an indefinite spokesman whose title names only a state's armed forces
        ("military", "army") speaks for the one armed force the story has heard from before
        him. ``None`` when it heard from none or from forces of two sides, or the title
        names a state or anything else ("an Israeli military spokesman" is resolved by its
        state)."""
        words = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
        if len(words) != 1 or words[0].lower_ not in _ARMED_SERVICES:
            return None
        forces = {actor.side or actor.id: actor for pos, actor, _ in self.heard
                  if pos < head.i and actor.type == "military"}
        return next(iter(forces.values())) if len(forces) == 1 else None

    def _owned_by_anaphor(self, head: Token, tokens: list[Token]) -> Actor | None:
        """"the group's health ministry", "the army's spokesman, Major General X": the
        body the definite possessor stands for speaks, under its own name; "its media
        wing" after a sentence about a body: that body's."""
        own = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"
                    and c.lower_ in ("its", "their")), None)
        if own is not None and head.lemma_.lower() in _BODY_PARTS:
            # "Northland's army said ... In a statement, its media wing said": the body
            # the sentence before is about owns it; else the body last heard ("... to
            # mark the founding of the KIO, its political wing said")
            owner = self._subject_before(head) or self.last_org
            if owner is None or owner.type in ("media", "source", "person", "official"):
                return None
            rest = [t for t in tokens if t.i > own.i]
            return Actor(f"{owner.id}.{slug(head.lemma_)}",
                         f"{owner.name}'s {phrase_text(rest)}", owner.type,
                         owner.country, owner.side)
        if own is not None and head.lemma_.lower() == "ministry":
            # rule ``anaphor.its_ministry``: "Thailand disputed this. Its defence
            # ministry said ...": the ministry of the state or group the sentence
            # before is about, not one of the same name heard earlier
            owner = self._subject_before(head)
            if owner is None or owner.type not in ("state", "armed_group"):
                return None
            rest = [t for t in tokens if t.i > own.i]
            return Actor(f"{(owner.country or owner.id).lower()}.{slug(phrase_text(rest))}",
                         f"{self._body_name(owner)}'s {phrase_text(rest)}", "ministry",
                         owner.country, owner.side)
        if own is not None and own.lower_ == "its" and _forces_word(head, tokens):
            # "Eritrea denied that its air force had bombed civilians": the forces of the
            # state or group the sentence is about (rule ``anaphor.its_forces``), on its
            # side whatever the story's home state
            owner = self._subject_before(head) or self.last_org
            if owner is None or owner.type not in _FORCE_OWNERS:
                return None
            rest = [t for t in tokens if t.i > own.i]
            return Actor(f"{owner.id}.{slug(head.lemma_)}",
                         f"{self._body_name(owner)}'s {phrase_text(rest)}",
                         "military" if owner.type == "state" else owner.type,
                         owner.country, owner.side)
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if poss is None or not _is_definite(poss, list(poss.lefts)) or \
                not _generic(poss, [poss]):
            return None
        owner = self.antecedent(poss)
        if owner is None or owner.type in ("media", "source", "person", "official"):
            return None
        rest = [t for t in tokens if t.i > poss.i and t.dep_ != "case"]
        name = f"{self._body_name(owner)} {phrase_text(rest)}" if rest else owner.name
        if poss.lemma_.lower() in _EPITHETS:
            # "the junta's information team": the epithet is how the copy names the body
            name = _LEADING_THE.sub("", phrase_text(tokens))
        # its own party (the general staff is not the army's first name) on the body's side
        return Actor(f"{owner.id}.{slug(head.lemma_)}", name, owner.type, owner.country,
                     owner.side)

    def _relayed(self, head: Token, medium: Actor) -> Actor | None:
        """"Iran's Revolutionary Guards launched missile attacks on 'terrorist' targets,
        state media reported": a state's medium relaying what that state's own forces or
        ministries did gives their account, not its own. ``None`` when the medium tells of
        another party's act (Lebanon's agency on Israeli strikes) or of no party's."""
        verb = head.head
        if verb.i == head.i or head.dep_ != "nsubj":
            return None
        state_words = any(t.lower_ in _STATE_WORDS for t in phrase_tokens(head))
        if medium.country is None and not state_words:
            return None
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "parataxis") or clause.pos_ not in ("VERB", "AUX"):
                continue
            if clause.lemma_.lower() == "be":
                continue  # "several Iranian military advisers were among the dead": victims
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
                continue
            actor = self._mention(subj)
            if actor is None or actor.type not in _RELAYED_TYPES or actor.country is None:
                continue
            if medium.country in (None, actor.country):
                return actor
        return None

    def _in_own_words(self, prev: Actor, text: str) -> Actor:
        """"Nigerian military aircraft killed 30 bandits, the air force said": the air
        force is Nigeria's, but it speaks as "Nigeria's air force", not under the name of
        the aircraft. A body with a proper name, one that spoke before, or one whose name
        holds the speaker's words ("the army" after "Malian army drones") keeps its name."""
        local = any(w in _LOCAL_ADJECTIVES for w in text.lower().split())
        if prev.type == "state" and prev.id.startswith("state.") and prev.country \
                and (prev.id not in self.names or local) \
                and text.lower() not in prev.name.lower():
            # "the government said" with only the state named before: that state's
            # government, in the article's words ("Sierra Leone's government"); a local
            # body is never the state under the name it was heard by ("Baghdad blamed
            # Turkey ... according to the local administration": Iraq's local
            # administration, not "Baghdad")
            country = self.gazetteer.countries.get(prev.country)
            if country is not None:
                return Actor(prev.id, f"{country.name}'s {text}", prev.type, prev.country,
                             prev.side)
        entry = self.gazetteer.actors.get(prev.id)
        proper = entry is not None and entry.name.split()[-1].lower() not in _ANAPHOR_TYPES
        if prev.type not in ("military", "ministry") or not prev.country or proper or \
                prev.id in self.names or text.lower() in prev.name.lower() or \
                any(a.id == prev.id and w == 2 for _, a, w in self.heard):
            return prev  # a proper name ("the force": the Revolutionary Guards) stays
        country = self.gazetteer.countries.get(prev.country)
        name = f"{country.name}'s {text}" if country is not None else text
        return Actor(prev.id, name, prev.type, prev.country, prev.side)

    def _described_as(self, head: Token) -> Actor | None:
        """"the volunteers said" after "the Emergency Response Room, a group of local
        volunteers": the party an earlier apposition or "group of" phrase described with
        the same noun (a "war monitor", the "rights group", the "charity")."""
        lemma = head.lemma_.lower()
        spoke = {pos: actor for pos, actor, _ in self.heard if pos < head.i}
        if not spoke:
            return None
        # (the words before the head of its lemma, off the doc's column of lemmas: no
        # Token built for any other)
        lemmas, doc = lower_lemmas(head.doc), head.doc
        for tok in (doc[i] for i in range(head.i - 1, -1, -1) if lemmas[i] == lemma):
            cur, steps = tok, 0
            while steps < 5 and cur.dep_ in _DESCRIBING_DEPS and cur.head.i != cur.i:
                if cur.dep_ == "appos" and cur.head.i in spoke:
                    return spoke[cur.head.i]
                cur, steps = cur.head, steps + 1
            if cur.dep_ == "appos" and cur.head.i in spoke:
                return spoke[cur.head.i]
        return None

    def _names_of(self, actor: Actor) -> str:
        entry = self.gazetteer.actors.get(actor.id)
        # its kind words too: NATO is "the alliance" though its name does not say so (not
        # tags such as "state_media")
        names = [actor.name, *(entry.aliases if entry is not None else ()),
                 *(k for k in (entry.kinds if entry is not None else ()) if k.isalpha())]
        return " ".join(n.lower() for n in names)

    def _person(self, head: Token, tokens: list[Token], text: str) -> Actor:
        surname = head.text.lower()
        known = self.people.get(surname)
        served = _served_named(head)
        if served is not None and served not in tokens and known is None:
            # "Major General Lul Ruai Koang, spokesman for the South Sudan People's
            # Defence Forces": the body named in his role, which a phrase cut to its
            # length no longer holds, not the body last heard
            body = self._mention(served)
            if body is not None and body.type in _ORG_TYPES and body.type != "media":
                named = f"{text} {served.doc[tokens[-1].i + 1 : served.i + 1].text}"
                actor = Actor(body.id, named, body.type, body.country, body.side)
                self.people[surname] = actor
                return actor
        if served is None and known is None:
            role = next((c for c in head.children
                         if c.dep_ == "appos" and c.lower_ in _ROLE_HEADS), None)
            kind = _served_body(role) if role is not None else None
            body = self.antecedent(kind) if kind is not None else None
            if body is not None and body.type in _ORG_TYPES and body.type != "media":
                # rule ``speaker.role_for_body``: "Arno Tara, a spokesman for the
                # ministry": he speaks for the ministry named before, on its side
                actor = Actor(body.id, text, body.type, body.country, body.side)
                self.people[surname] = actor
                return actor
        has_title = any(t.lower_ in TITLE_WORDS for t in tokens)
        if known is not None and not has_title:
            return known
        based = patron_words(tokens)  # "Srinagar-based defence spokesman"
        if has_title and len([t for t in tokens if t.ent_type_ != "PERSON" and not t.is_punct
                              and t.i not in based and t.lower_ not in _RANKS
                              and t.lower_ not in _GRADES]) <= 2 \
                and any(t.lower_ in lx.SPOKES_WORDS for t in tokens):
            # "spokesman Igor Konashenkov": the body last heard speaks through him, if it
            # is the kind of body the title names ("military spokesman": a military); the
            # body the sentence before is about first ("The government gave a different
            # account. Spokesman X said")
            prev = self._body_before(head)
            if (prev is None or prev.type in ("media", "source", "person")
                    or not _title_fits(tokens, prev, self._names_of(prev))) \
                    and _kind_in_title(tokens):
                fit = self._fitting_body(tokens)
                if fit is not None:
                    # (its own words name the kind of body: "military spokesperson X")
                    actor = Actor(fit.id, text, fit.type, fit.country, fit.side)
                    self.people[surname] = actor
                    return actor
            if prev is not None and prev.type not in ("media", "source", "person") \
                    and _title_fits(tokens, prev, self._names_of(prev)):
                title = text[:1].lower() + text[1:] if tokens[0].lower_ in TITLE_WORDS else text
                body = self._body_name(prev)
                # "Government spokesman X" after "the government": the title names the body
                # "Government spokesman X" after "the government", "Police spokeswoman X"
                # after "Haitian police": the title names the body
                name = text if text.lower().startswith(body.lower()) or \
                    _title_names_body(tokens, body) else f"{body} {title}"
                actor = Actor(prev.id, name, prev.type, prev.country, prev.side)
                self.people[surname] = actor
                return actor
        qualifier = next((t for t in tokens if t.i < head.i and t.ent_type_ != "PERSON" and (
            t.lower_ in _NAMING_HEADS or t.lemma_.lower() in _NAMING_HEADS)), None) \
            if has_title else None
        if qualifier is None and has_title:
            # "the group's spokesman Ali Musa", "group spokesman Ali Musa": the group last
            # named (rule ``name.group_title``)
            qualifier = next((t for t in tokens if t.i < head.i and t.pos_ == "NOUN"
                              and t.lemma_.lower() in _GROUP_TITLE_HEADS
                              and t.dep_ in ("poss", "compound")), None)
        body = self.antecedent(qualifier) if qualifier is not None else None
        if body is not None and body.type not in ("media", "source", "person", "official"):
            # "Coalition spokesman Colonel X" after "the U.S.-led coalition": the body
            # whose own name says what the title does, whoever spoke last
            actor = Actor(body.id, text, body.type, body.country, body.side)
            self.people[surname] = actor
            return actor
        prev = self.last_org
        if has_title and prev is not None and prev.type not in ("media", "source") \
                and _title_names_body(tokens, self._body_name(prev)):
            # "Acting police commissioner David Manning" after "police said": a title
            # that names the body last heard is held by a man who speaks for it
            actor = Actor(prev.id, text, prev.type, prev.country, prev.side)
            self.people[surname] = actor
            return actor
        side = self._state_of_title(tokens, head) if has_title else None
        actor = Actor(f"person.{slug(head.text)}", text, "person", *(side or (None, None)))
        self.people[surname] = actor
        return actor

    def _state_of_title(self, tokens: list[Token], head: Token) -> tuple[str, str] | None:
        """(country, side) of "Defence Headquarters spokesman X", "Army spokesman X" or
        "government spokesman X" whose title names a state's armed or governing body but
        no state: the state whose such body the story has heard before, when the bodies
        it heard that fit the title are all one state's (a story that heard two states'
        armies leaves him unplaced). A title of a civil ministry ("health ministry
        spokesman") is left alone: in a war story it is as often the other side's."""
        words = {t.lower_ for t in tokens if t.i < head.i and t.ent_type_ != "PERSON"}
        if not words & _STATE_TITLE_WORDS or words & _CIVIL_TITLE_WORDS:
            return None
        sides = {(a.country, a.side) for at, a, _ in self.heard
                 if at < head.i and a.type in ("state", "ministry", "military", "official")
                 and a.country and a.side and _title_fits(tokens, a, self._names_of(a))}
        if len(sides) != 1:
            return None
        country, side = sides.pop()
        return (country, side) if country and side else None

    # ---------------------------------------------------------------- any mention
    def mention(self, head: Token, tokens: list[Token] | None = None) -> Actor | None:
        """Resolve a phrase through the gazetteer, states and demonyms. A dateline's city
        ("KHARTOUM, May 29 (Reuters) -") names where the story was filed, nobody."""
        actor = self._loyal_to(head) or self._mention(head, tokens)
        if actor is not None:
            self.heard.append((head.i, actor, 1))
            if head.ent_type_ == "PERSON" or any(c.dep_ == "appos" for c in head.children):
                self.people.setdefault(head.text.lower(), actor)
        return actor

    def _loyal_to(self, head: Token) -> Actor | None:
        """"Fighters loyal to the eastern commander Khalifa Haftar": fighters named by whom
        they are loyal to are that leader's (or body's) side, in the copy's words."""
        if head.lemma_.lower() not in _LOYAL_HEADS:
            return None
        for loyal in head.children:
            if loyal.dep_ != "amod" or loyal.lower_ != "loyal":
                continue
            for prep in loyal.children:
                obj = (next((o for o in prep.children if o.dep_ == "pobj"), None)
                       or _cut_object(prep)) \
                    if prep.dep_ == "prep" and prep.lower_ == "to" else None
                found = self._mention(obj) if obj is not None else None
                proper = [t for t in obj.subtree if t.pos_ == "PROPN"] if obj is not None \
                    else []
                if found is None and proper:
                    # a leader the gazetteer knows only in the names of his forces ("the
                    # eastern commander Khalifa Haftar")
                    names = [phrase_text(proper), proper[-1].text]
                    entry = next((e for n in names for form in (
                        f"forces loyal to {n}", f"{n}'s forces", f"{n} forces")
                        if (e := self.gazetteer.actor_by_alias(form)) is not None), None)
                    found = entry.actor(entry.name) if entry is not None else None
                if found is not None and found.type in ("armed_group", "military", "state"):
                    # (a clause that describes the leader is no part of the name)
                    said = {t.i for c in obj.children if c.dep_ in ("relcl", "acl")
                            for t in c.subtree}
                    end = max(t.i for t in obj.subtree if not t.is_punct and t.i not in said)
                    # (from the first word after any dateline: "TRIPOLI (Reuters) -
                    # Eastern-based forces loyal to ..." starts at "Eastern")
                    words = after_dateline(list(head.doc[head.left_edge.i : end + 1]), head)
                    while len(words) > 1 and words[0].is_punct:
                        words = words[1:]
                    text = head.doc[words[0].i : end + 1].text
                    return Actor(found.id, text, found.type, found.country, found.side)
        return None

    def _it_body(self, head: Token) -> Actor | None:
        """The body "it" stands for by where it stands: as its sentence's subject, the body
        the sentence before was about; inside a clause, the body the subject of the
        nearest clause above it names before it ("The army has struck the airport, which
        it says the rebels use"). ``None`` when that subject is no body."""
        root = sent_of(head).root
        if head.head.i == root.i or (head.head.dep_ == "parataxis" and head.head.head.i == root.i
                                     and head.head.lemma_.lower() in lx.REPORT_VERBS):
            # (also "The site was a training ground, it said, ...": the aside's "it" is
            # the body the sentence before was about, as a subject "it" is)
            return self._it_heard_before(head) or self._subject_before(head) \
                or self._channel_before(head)
        # (the singular body that is the subject of the nearest clause above it: in
        # "Hezbollah fired drones at Haifa, and the Israeli military launched what it said
        # was an offensive", "it" is the Israeli military; in "after fighters launched what
        # it called an attack", not the fighters but the body above them that said so)
        for up in head.ancestors:
            subj = max((c for c in up.children if c.dep_ == "nsubj" and c.i < head.i
                        and c.pos_ in ("NOUN", "PROPN")), key=lambda c: c.i, default=None)
            found = self._subject_owner(subj) \
                if subj is not None and subj.tag_ not in ("NNS", "NNPS") else None
            if found is not None:
                return found
        return None

    def _drop_unnamed(self, score: dict[str, tuple[int, int]], actors: dict[str, Actor],
                      words: list[str], applies: Callable[[Actor], bool]) -> None:
        """Drop from ``score`` each candidate ``applies`` holds for whose names lack one of
        ``words``, the adjectives the anaphor gives ("the local police", "the federal
        government")."""
        for key in [k for k in score if words and applies(actors[k])
                    and not all(w in self._names_of(actors[k]) for w in words)]:
            del score[key]

    def _it_heard_before(self, head: Token) -> Actor | None:
        """Rule ``anaphor.it_said_again``: "The Velt Front, it said, shot first ... Two
        farmers died, it said": an "it" that speaks right after a sentence where an "it"
        spoke is the same body, whatever bodies that sentence names."""
        start = sent_of(head).start
        if start == 0:
            return None
        before = sent_of(head.doc[start - 1])
        spoke = [actor for pos, actor, _ in self.heard
                 if before.start <= pos < before.end and head.doc[pos].lower_ == "it"]
        return spoke[-1] if spoke else None

    def _person_before(self, head: Token) -> Actor | None:
        """"Rebel spokesman Ali Musa gave a different account. In a statement he said ...":
        "he" as its sentence's subject is the person named as the subject of the sentence
        before (by name, or by a role in the singular: "an official"), though that
        sentence reported nothing, before the last person heard. ``None`` when that
        subject names no person. "He" of a "he said" set inside the sentence ("Rebel
        cadres, he said, had attacked the camp") is read the same way."""
        root = sent_of(head).root
        if head.head.i != root.i and not (head.head.dep_ == "parataxis"
                                          and head.head.head.i == root.i):
            return None
        subj = _prior_subject(head)
        if subj is not None and in_quotes(subj) and _opens_quote(sent_of(subj)) \
                and not _opens_quote(sent_of(head)):
            # '"We had no guns. Our people were walking," he said': the quote's first
            # sentence is his too; the speaker before it is whom "he" stands for (the
            # subject of a reporting verb: not "Amina walked for two days ...", whom the
            # rules below find by her name)
            before = _prior_subject(sent_of(subj)[0])
            subj = before if before is not None \
                and before.head.lemma_.lower() in lx.REPORT_VERBS else None
        if subj is None or _crosses_break(subj) or in_quotes(subj):
            return None  # (a name inside his own quoted words is no person he is)
        if subj.ent_type_ == "PERSON":
            return self.speaker(subj)
        if (subj.tag_ == "NN" and subj.pos_ == "NOUN") or (
                subj.tag_ == "NNP" and subj.pos_ == "PROPN"):
            # "An official in the border province gave a different account. He said ...":
            # one person named by a role (or by a name the model took for no person,
            # after a title: "Regional Inspector General Tarun Dev gave a different
            # account")
            found = self._speaker(subj, depth=1)
            if found is not None and (found.type in _ONE_PERSON_TYPES or (
                    subj.pos_ == "PROPN" and found.type == "other"
                    and any(t.lower_ in TITLE_WORDS for t in subj.subtree
                            if t.i < subj.i)) or _misread_surname(subj, found)):
                return self.speaker(subj)
        return None

    def _named_person_before(self, head: Token) -> Actor | None:
        """'Hawa Abdallah walked for two days ... "...," she told Al Jazeera': with no
        person heard yet, "she" is the person last named as a subject before her sentence
        (outside quotes), not the body last heard (a headline's "RSF says")."""
        doc, start = head.doc, sent_of(head).start
        for i in range(start - 1, max(-1, start - _PERSON_LOOKBACK), -1):
            tok = doc[i]
            if tok.ent_type_ == "PERSON" and tok.dep_ in ("nsubj", "nsubjpass") \
                    and not in_quotes(tok):
                found = self._speaker(tok, depth=1)
                return found if found is not None and found.type in _ONE_PERSON_TYPES \
                    else None
        return None

    def _channel_before(self, head: Token) -> Actor | None:
        """"The rebels' Al Noor television gave a different version. Quoting ..., it said":
        "it" as its sentence's subject is the channel the sentence before was about,
        though a channel owns no statement of a body's. ``None`` when that subject is no
        medium."""
        subj = _prior_subject(head)
        if subj is None or _crosses_break(subj) or subj.pos_ not in ("NOUN", "PROPN"):
            return None
        found = self._speaker(subj, depth=1)
        return self.speaker(subj) if found is not None and found.type == "media" else None

    def _plural_before(self, head: Token) -> Actor | None:
        """"Local officials and tribal leaders gave a very different account. They said
        ...": "they" as its sentence's subject are the people or bodies named in the
        plural as the subject of the sentence before, though that sentence reported
        nothing, before the last party heard. ``None`` when that subject is no plural
        party."""
        if head.head.i != sent_of(head).root.i or head.dep_ != "nsubj":
            return None
        subj = _prior_subject(head)
        if subj is None or _crosses_break(subj) or subj.pos_ not in ("NOUN", "PROPN") \
                or not (subj.tag_ in ("NNS", "NNPS") or any(
                    c.dep_ == "conj" for c in subj.children)):
            return None
        if any(t.i >= sent_of(head).start for t in subj.subtree):
            return None
        found = self._speaker(subj, depth=1)
        return self.speaker(subj) if found is not None else None

    def _one_of_subject(self, head: Token) -> Actor | None:
        """Bare "One said" or "Another said" (a number standing alone as the subject of its
        sentence's verb): one of the people or bodies named in the plural as the subject
        of one of the two sentences before, passing over a "One said" of their own.
        ``None`` when no such subject is a party."""
        if head.dep_ != "nsubj" or head.head.i != sent_of(head).root.i:
            return None
        sent = sent_of(head)
        for _ in range(2):
            if sent.start == 0:
                return None
            sent = sent_of(head.doc[sent.start - 1])
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ in ("one", "another"):
                continue
            if subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ not in ("NNS", "NNPS") \
                    or _crosses_break(subj):
                return None
            found = self._speaker(subj, depth=1)
            if found is None:
                return None
            tokens = phrase_tokens(subj)
            words = phrase_text(tokens)
            if not (tokens[0].ent_type_ or tokens[0].pos_ == "PROPN"):
                words = words[:1].lower() + words[1:]  # ("Local officials": not a name)
            return Actor(found.id, f"one of the {words}", found.type, found.country,
                         found.side)
        return None

    def _fitting_body(self, tokens: list[Token]) -> Actor | None:
        """Rule ``name.title_kind_heard``: the body heard latest whose kind the title's
        qualifier names ("military spokesperson Lt. Col. X" after "the Kessian military
        said ...", with a ministry and a militant group heard in between)."""
        for _, actor, _ in reversed(self.heard):
            if actor is not None and actor.type in ("military", "ministry", "armed_group") \
                    and _title_fits(tokens, actor, self._names_of(actor)):
                return actor
        return None

    def _body_before(self, head: Token) -> Actor | None:
        """The body a title with no name of its own speaks for: the subject of the sentence
        before (:meth:`_subject_before`), else the body last heard, unless that sentence's
        subject names a body the gazetteer lacks (:func:`_named_subject_before`)."""
        return self._subject_before(head) or (
            None if _named_subject_before(head) else self.last_org)

    def _subject_before(self, head: Token) -> Actor | None:
        """The body that is the subject of the sentence just before ``head``'s, when it is
        one (a gazetteer party, a ministry, an army, a group), else None: "it" or "its
        spokesman" in "The coalition gave a different account. Its spokesman ... said",
        "The group, known as ISWAP, did not comment. ... it claimed"; the owner of an
        account that is that subject ("The military's account was different")."""
        start = sent_of(head).start
        if start == 0:
            return None
        before = sent_of(head.doc[start - 1])
        told_by = next((t for t in before if t.dep_ == "pobj" and t.head.lower_ == "to"
                        and t.head.head.lower_ == "according"), None)
        if told_by is not None:
            # "Members of the gang stormed the town ..., according to the U.N. human
            # rights office": the body whose account the sentence is, not the one it is
            # about
            return self._subject_owner(told_by)
        for tok in before:
            # (a passive's subject too: "The coalition ... has been criticised for air
            # strikes. It denies ...")
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" \
                    and tok.pos_ in ("NOUN", "PROPN"):
                owner = next((c for c in tok.children if c.dep_ == "poss"
                              and c.pos_ in ("NOUN", "PROPN")), None) \
                    if tok.lemma_.lower() in _ACCOUNT_NOUNS else None
                # ("The military's account ... was different": the military's)
                found = self._subject_owner(owner or tok)
                if found is not None:
                    return found
        return None

    def _subject_owner(self, tok: Token) -> Actor | None:
        """The body a sentence's subject names (:meth:`_subject_body`) when it is one that
        can own a statement; a dateline's city the parse made a subject is where the story
        was filed, no body."""
        if judge(tok, self.rules).test == "dateline":
            return None
        found = self._subject_body(tok)
        return found if found is not None and found.type in _OWNING_TYPES else None

    def _subject_body(self, tok: Token) -> Actor | None:
        """The body a sentence's subject names: a gazetteer party or a state's body; the
        name a participle gives it ("the group, known as ISWAP"); a bare kind ("the
        coalition") is the body of that kind named before it; a proper name the gazetteer
        lacks ("The Wayuu Council of La Guajira") is that body, never a body of its kind
        the story named before (the group the strike was aimed at). A description with
        the name beside it ("The aid group Relief Works") is the name's body."""
        described = tok
        tok = _named_beside(tok) or _proper_appos(tok) or tok
        tokens = phrase_tokens(tok)
        if tok.lemma_.lower() == "ministry":
            owned = self._owned_by_anaphor(tok, tokens)
            if owned is not None:
                return owned  # "Its defence ministry said ...": the owner's ministry
        found = self._mention(tok, tokens)
        known = _known_as(tok)
        if found is None and known is not None:
            found = self._mention(known)
        if found is not None:
            return found
        prev = self.antecedent(tok)
        if prev is not None and self._fits_words(prev, tok, tokens):
            return prev
        if tok.ent_type_ in ("ORG", "") and (tok.lemma_.lower() in _ANAPHOR_TYPES or (
                (tok.pos_ == "PROPN" or tok.ent_type_ == "ORG") and any(
                    t.pos_ == "PROPN" and t.ent_type_ == "ORG" for t in tokens))):
            # (not a thing a body owns: "the group's military wing fired rockets")
            return _as_described(self._speaker(tok, depth=1), described, tok)
        return None

    def _fits_words(self, actor: Actor, head: Token, tokens: list[Token]) -> bool:
        """Every word that says which body the phrase is ("defence" ministry, "Indigenous
        Organization of Guaviare") is one of ``actor``'s names' words."""
        names = self._names_of(actor)
        return all(t.lower_ in names for t in tokens if t.i != head.i and t.is_alpha
                   and t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_stop)

    def _mention(self, head: Token, tokens: list[Token] | None = None) -> Actor | None:
        if head.is_sent_start and head.is_upper and judge(head, self.rules).test == "dateline":
            # "KHARTOUM, May 29 (Reuters) -": where the story was filed, never a name; its
            # state is context for a local body ("the regional administration said")
            iso = self.gazetteer.country_of_name(head.text)
            country = self.gazetteer.countries.get(iso) if iso else None
            return self.gazetteer.state_actor(iso, country.name) \
                if iso and country is not None else None
        tokens = tokens if tokens is not None else phrase_tokens(head)
        text = phrase_text(tokens)
        gaz = self.gazetteer
        # 1. a gazetteer actor tagged by the entity ruler; prefer the one nearest the head
        best: Actor | None = None
        best_dist = 10**6
        for tok in tokens:
            if tok.ent_id_ and tok.ent_iob_ == "B":
                entry = self._settle_shared(tok, gaz.actors.get(tok.ent_id_))
                if entry is None or _patron_name(tok) \
                        or _inside_other_name(tok, entry.type, tokens) \
                        or _opens_other_name(tok, entry.type, head) \
                        or self._other_state_before(tok, entry) or _posted_to(tok) \
                        or _in_attack_told(tok, head) or _body_it_belongs_to(tok, head):
                    continue
                dist = abs(tok.i - head.i) - (50 if tok.ent_type_ and _covers(tok, head) else 0)
                if dist < best_dist:
                    name = _whole_name(tok, tokens, text)
                    best, best_dist = entry.actor(name if len(tokens) <= 14 else None), dist
        if best is not None:
            return best
        # 2. a state by its name or capital, whatever the recogniser thought ("Kyiv said")
        if len(tokens) <= 3:
            bare = _bare_name(text)
            iso = gaz.country_of_name(bare) or _plural_demonym(gaz, bare)
            if iso and (head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "NORP")):
                return gaz.state_actor(iso, state_name(gaz, iso, text))
        # 3. a state or camp word modifying a body: "Lebanon's health ministry"
        country, camp = self._country_in(tokens, head)
        lemma = head.lemma_.lower()
        if country and country in gaz.countries and text.startswith(("country", "nation")):
            # "the country's military spokesman" -> "Ethiopia's military spokesman"
            text = re.sub(r"^(country|nation)(?=['’]s\b)", gaz.countries[country].name, text)
        if country and head.ent_type_ in ("GPE", "NORP") and _named_before_place(tokens, head) \
                and not gaz.country_of_name(_bare_name(text)):
            return None  # "Caritas Jerusalem": a body's name that ends in a place
        if country or camp:
            side = country.lower() if country else camp
            if head.ent_type_ in ("GPE",) and country and len(tokens) <= 3:
                return gaz.state_actor(country, state_name(gaz, country, text))
            if lemma in _MINISTRY and lemma != "ministry" \
                    and any(t.lower_ in lx.OMBUDSMAN_WORDS for t in tokens):
                # "Peru's human rights ombudsman's office": a state's watchdog, on no
                # government's side
                return _org(text, "international_body", country)
            if lemma in _MINISTRY:
                mods = [t.lemma_.lower() for t in tokens if t.i < head.i and t.ent_type_ == ""
                        and t.dep_ in ("compound", "amod")]
                kind = "-".join(m for m in mods if m.isalpha() and m not in ("the", "'s"))
                return Actor(f"{side}.{kind or 'government'}-ministry", text, "ministry", country,
                             side)
            if lemma in _MILITARY_HEADS:
                words = " ".join(t.lower_ for t in tokens if t.i <= head.i and (
                    (t.dep_ in ("amod", "compound") and not t.ent_type_) or t.i == head.i))
                forces = gaz.armed_forces_of(country, words) if country else None
                if forces is not None and lemma not in _AIRCRAFT:
                    # "Myanmar's military" is the gazetteer's Myanmar military, in the
                    # article's words
                    return Actor(forces.id, text, "military", country, forces.side)
                return Actor(f"{side}.military", text, "military", country, side)
            if _is_medium(head, tokens):
                agency = _state_agency(gaz, country, tokens)
                if agency is not None:
                    # "Lebanon's state media", "Syria's official news agency": the state's
                    # own agency in the gazetteer, under the name the article gives it
                    return agency.actor(text)
                return Actor(f"{side}.state-media", text, "media", country, side)
            if lemma in _STATE_BODIES:
                return Actor(f"{side}.{slug(lemma)}", text, "ministry", country, side)
            if head.ent_type_ == "PERSON":
                return Actor(f"person.{slug(head.text)}", text, "official", country, side)
            if lemma in _OFFICIAL_HEADS or lemma in _WITNESS_HEADS:
                kind = "source" if lemma in ("source", "sources") else "official"
                if lemma in _WITNESS_HEADS and not is_office(head):
                    # ("Armenia's human rights defender" is the state's office)
                    return Actor(f"{side}.{slug(lemma)}", text, "source", country, None)
                if any(t.i < head.i and t.lower_ in _AGAINST_STATE for t in tokens):
                    # "Gabon's opposition leader": the state's opponent, on the side of
                    # its opposition, not of its government
                    return Actor(f"{side}.opposition-{slug(lemma)}", text, kind, country,
                                 f"{side}.opposition")
                at = _institution_after(head) if kind == "official" else ""
                return Actor(f"{side}.{at}{slug(lemma)}", text, kind, country, side)
            if head.ent_type_ in ("GPE", "NORP") and country:
                return gaz.state_actor(country, state_name(gaz, country, text))
        return None

    def _other_state_before(self, tok: Token, entry: ActorEntry) -> bool:
        """"Somali National News Agency": a generic alias of one state's body ("National
        News Agency", Lebanon's) right after another state's name or demonym names that
        other state's body, not the gazetteer's."""
        if entry.country is None or tok.i == 0:
            return False
        before = tok.doc[tok.i - 1]
        if before.lower_ in ("'s", "’s") and tok.i > 1:
            before = tok.doc[tok.i - 2]
        if hyphened(before) or (before.i + 1 < len(tok.doc) and \
                tok.doc[before.i + 1].text in ("-", "–")):
            return False  # "Iran-backed": a patron
        text = before.text
        iso = self.gazetteer.country_of_demonym(text) or (
            self.gazetteer.country_of_name(text) if before.pos_ == "PROPN" else None)
        if iso is None and before.i == tok.i - 1 and before.pos_ == "PROPN":
            # "South Sudan's army" holds "Sudan's army": the longer country's body
            iso = self.gazetteer.country_of_name(f"{text} {tok.text}")
        return iso is not None and iso != entry.country

    def _settle_shared(self, tok: Token, entry: ActorEntry | None) -> ActorEntry | None:
        """An alias several actors share ("IAF") names the one whose country the article
        names most, then the one whose country's bodies it names most by their own names
        (rule ``party.shared_alias``); on a tie, the first in the data file."""
        if entry is None:
            return None
        ents, counts = self._ents(tok.doc)
        span = self._ent_starting(tok)
        holders = self.gazetteer.actors_sharing(span.text) if span is not None else []
        if len(holders) < 2:
            return entry
        # (not the holder the ruler happened to tag the span with: the first in file order)
        # where no country is named more, the bodies the story names by a name they hold
        # alone tell whose story it is: "the Indian Air Force reported ... the IAF added"
        bodies: dict[str, int] = {}
        if len({counts.get(h.country or "", 0) for h in holders}) == 1:
            for ent in ents:
                own = self.gazetteer.actors.get(ent.ent_id_) if ent.ent_id_ else None
                if own is not None and own.country \
                        and len(self.gazetteer.actors_sharing(ent.text)) < 2:
                    bodies[own.country] = bodies.get(own.country, 0) + 1
        return max(holders, key=lambda h: (counts.get(h.country or "", 0),
                                           bodies.get(h.country or "", 0), h is holders[0]))

    def _context_country(self, tok: Token) -> str | None:
        """"the country's military": the nearest country named before."""
        for ent in reversed([e for e in self._ents(tok.doc)[0] if e.end <= tok.i]):
            if ent.label_ in ("GPE", "NORP"):
                iso = self.gazetteer.country_of_name(ent.text) or \
                    self.gazetteer.country_of_demonym(ent.text)
                if iso:
                    return iso
        return None

    def _country_in(self, tokens: list[Token], head: Token) -> tuple[str | None, str | None]:
        gaz = self.gazetteer
        patrons = patron_words(tokens)
        # the words before the head say whose the party is ("Afghan officials in
        # Pakistan", "Russian-installed officials in Ukraine's Luhansk region")
        for tok in sorted(tokens, key=lambda t: (t.i > head.i, abs(t.i - head.i))):
            if tok.i in patrons or _posted_to(tok):
                continue
            if tok.ent_type_ in ("GPE", "NORP") and tok.ent_iob_ == "B":
                etext = _ent_text(tok)
                iso = gaz.country_of_name(etext) or gaz.country_of_demonym(etext)
                if iso:
                    return iso, None
                camp = gaz.camp_of(etext)
                if camp:
                    return None, camp
            elif tok.lemma_.lower() in ("country", "nation") and tok.dep_ == "poss":
                iso = self._context_country(tok)
                if iso:
                    return iso, None
            else:
                camp = gaz.camp_of(tok.text)
                if camp and tok.dep_ == "amod":
                    return None, camp
                iso = gaz.country_of_demonym(tok.text)
                if iso and tok.dep_ in ("amod", "compound", "poss", "nmod"):
                    return iso, None
                iso = gaz.country_of_name(_proper_run(tok)) if tok.pos_ == "PROPN" else None
                if iso and tok.dep_ in ("poss", "compound", "nmod", "pobj"):
                    return iso, None  # "Lebanon's Health Ministry" read as one ORG
        return None, None


_ACTOR_KIND = {"ministry": "ministry", "military": "military", "media": "media",
               "armed_group": "armed_group", "state": "state", "other": "other",
               "international_body": "international_body"}
# Common nouns that own a statement or a report ("media reports", "army statement").
_OWNER_NOUNS = frozenset(["media", "medium", "press", "military", "army", "government",
                          "police", "ministry", "intelligence", "coalition", "command"])
_UNOWNED_CHANNELS = frozenset(["media", "medium", "press"])
# what an agency shows rather than says (its tally is its word: "an AFP tally"): the
# lexicon's pictures, the list the claims' picture owner reads too
_PICTURES = lx.SHOWN_EVIDENCE
# words that name a body only with its owner: "Pakistani intelligence" is a service, but
# "after intelligence showed militants were there" is information
_OWNED_ONLY = _UNOWNED_CHANNELS | frozenset(["intelligence"])


def _bare_spokesman(head: Token) -> bool:
    """"A spokesman said": the title alone, with no word of whose it is and no name."""
    return head.lower_ in lx.SPOKES_WORDS and all(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
_STATE_BODIES = frozenset(
    ["council", "committee", "commission", "administration", "authority", "authorities",
     "government", "presidency", "cabinet", "police", "service", "directorate", "bureau",
     "embassy", "mission", "agency", "prosecutor", "court", "intelligence", "defence",
     "defense", "rescue"]
)


def _one_of_a_series(head: Token) -> bool:
    """Rule ``owner.document_series``: "a later statement", "another statement", "a second
    communique": one more of the statements the story has been telling, the body last
    heard's (a bare "a statement" names nobody)."""
    return any((c.dep_ == "amod" and c.lower_ in _SERIES_WORDS)
               or (c.dep_ == "det" and c.lower_ == "another") for c in head.children)


_SERIES_WORDS = frozenset(["later", "second", "third", "new", "further", "subsequent",
                           "follow-up", "updated", "revised", "fresh"])

# "the statement said": the body last heard issued it
_ANAPHORIC_DOCUMENTS = frozenset(["statement", "communique", "release", "readout", "report",
                                  "assessment", "investigation", "inquiry", "review"])


_RELATIVE_PRONOUNS = frozenset(["that", "which", "who"])
_TITLE_SPAN = 14  # tokens from a title spelled out to the verb after its holder's name
# titles South Asian copy abbreviates the second time, and the words they stand for
_TITLE_ABBREVIATIONS = {
    "IG": "inspector general", "IGP": "inspector general", "DIG": "deputy inspector general",
    "SP": "superintendent of police", "SSP": "senior superintendent of police",
    "DGP": "director general of police", "ADGP": "additional director general",
    "DC": "deputy commissioner", "CM": "chief minister",
}
# nouns that stand for a body named before them in their own sentence ("..., the agency
# said"), and the kinds of state body an agency or a service may be besides its own kinds
_SENTENCE_BODIES = frozenset(["agency", "service", "group", "organisation", "organization",
                              "force", "movement", "faction", "militia"])
# heads that stand only for a party's own body, never a state's agency or service
_GROUP_ONLY_BODIES = frozenset(["group", "movement", "faction", "militia"])
# heads of a force's own capitalised name ("the Kurdistan Region's Counter Terrorism Group",
# "the Rapid Response Force"), a body even when the gazetteer lacks it
_FORCE_NAME_HEADS = frozenset(["group", "force", "forces", "unit", "brigade", "corps"])
_STATE_SERVICE_TYPES = frozenset(["ministry", "state", "international_body", "other"])


def _in_subject(tok: Token) -> bool:
    """``tok`` stands in the subject of its clause: the subject itself or a word inside
    its phrase ("three members of the group were killed")."""
    while tok.dep_ in ("pobj", "prep", "compound", "poss", "appos", "conj", "nmod", "amod") \
            and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _relative_antecedent(head: Token) -> Token | None:
    """"the coalition that is fighting the Iran-aligned group said": the parser takes the
    relative clause's object for the subject of "said". When the subject directly follows
    a relative clause whose verb has no object of its own, the speaker is the noun the
    clause describes."""
    start = min(t.i for t in head.subtree)
    if start == 0:
        return None
    before = head.doc[start - 1]
    verb = before if before.dep_ == "relcl" else None
    if verb is None:
        verb = next((a for a in before.ancestors if a.dep_ == "relcl"), None)
    if verb is None or max(t.i for t in verb.subtree) != start - 1 or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_PRONOUNS
               for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "obj", "attr", "ccomp", "xcomp") for c in verb.children):
        return None
    antecedent = verb.head
    return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else None


# Dashes and colons that set a credit off the end of a headline ("... - Kremlin").
_CREDIT_MARKS = frozenset(["-", "—", "–", "--", ":"])


# words of an institution's name that name no one body ("Defence Headquarters")
_INSTITUTION_WORDS = frozenset(["headquarters", "defence", "defense", "command", "ministry",
                                "office", "department", "general", "staff", "interior",
                                "foreign", "national", "joint", "central", "federal",
                                "security", "public", "affairs", "operations", "operation"])
_BORDER_NOUNS = frozenset(["border", "frontier", "boundary", "borderline"])
_STATE_WORDS = frozenset(["state", "official", "government", "state-run", "public"])


_NEWS_WORDS = frozenset(["news", "press", "wire", "information", "media", "broadcasting"])


def _is_medium(head: Token, tokens: list[Token]) -> bool:
    """"state television", "Syria's official news agency": a medium. An "agency" is one
    only with a news word ("news agency"), not "Nigeria's emergency management agency"."""
    if head.lemma_.lower() == "agency" or head.lower_ == "agency":
        return any(t.lemma_.lower() in _NEWS_WORDS for t in tokens if t.i < head.i)
    return head.lemma_.lower() in _MEDIA_HEADS or head.lower_ in _MEDIA_HEADS


def _state_agency(gaz: Gazetteer, country: str | None, tokens: list[Token]) -> ActorEntry | None:
    """The gazetteer's state news agency of ``country`` (``kinds`` holds "state_media"),
    when the phrase calls the medium the state's ("state media", "official news agency")."""
    if country is None or not any(t.lower_ in _STATE_WORDS for t in tokens):
        return None
    return next((a for a in gaz.actors.values()
                 if a.country == country and "state_media" in a.kinds), None)


def _title_beside_name(head: Token) -> Token | None:
    """"AA spokesman Khaing Thu Ya said": a title word the parser made a subject of its
    own, with the person's name right after it as a second subject, or in an apposition
    the title's phrase does not reach."""
    if head.lower_ not in TITLE_WORDS:
        return None
    name = _named_beside(head)
    if name is not None and name.ent_type_ == "PERSON":
        return name
    # "A Fano commander in the area, Tesfaye Alemu, said": the name in apposition, cut
    # off from the title by the words between
    held = {t.i for t in phrase_tokens(head)}
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                 and c.i not in held), None)


# what the recogniser may take a bare surname for
_MISREAD_NAME_ENTS = frozenset(["GPE", "ORG", "FAC", "LOC", "NORP"])


def _misread_surname(subj: Token, found: Actor) -> bool:
    """"Dawar, in a video, said ... He said": a bare name the recogniser took for a place
    or a body, or left untagged, that no gazetteer knows, and "he" takes for a man."""
    return (subj.ent_type_ in _MISREAD_NAME_ENTS or (subj.pos_ == "PROPN"
                                                      and not subj.ent_type_)) \
        and found.id.startswith("org.") and found.country is None \
        and len(phrase_tokens(subj)) == 1


def _opens_quote(sent: Span) -> bool:
    """The sentence opens with a quote mark."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text in lx.OPENING_QUOTES


def in_quotes(tok: Token) -> bool:
    """Whether ``tok`` stands inside quoted words: an odd number of quote marks before
    it in its paragraph."""
    marks = 0
    for t in reversed(tok.doc[: tok.i]):
        if t.is_space and "\n" in t.text:
            break
        marks += t.text in lx.OPENING_QUOTES or t.text in lx.CLOSING_QUOTES
    return marks % 2 == 1


def _prior_subject(head: Token) -> Token | None:
    """The subject of the sentence just before ``head``'s (of its root), ``None`` at the
    start of the text or when that root has none. A passive root's doer is its subject:
    "That account was rejected by journalists who were with her. They said ...": they
    are the journalists, who rejected it."""
    start = sent_of(head).start
    if start == 0:
        return None
    root = sent_of(head.doc[start - 1]).root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None and any(c.dep_ == "nsubjpass" for c in root.children):
        agent = next((c for c in root.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) \
            if agent is not None else None
    return subject


def _as_described(actor: Actor | None, described: Token, head: Token) -> Actor | None:
    """"The aid group Relief Works said", "Peace Now, a rights group, said": a body the
    gazetteer lacks is of the kind its description names, so that a later "the group"
    can stand for it."""
    if actor is None or actor.type != "other" or not actor.id.startswith("org."):
        return actor
    nouns = [described, *(c for c in head.children if c.dep_ == "appos"),
             *phrase_tokens(head)]
    kind = next((k for t in nouns if (k := _described_kind(t)) is not None), None)
    return Actor(actor.id, actor.name, kind, actor.country, actor.side) \
        if kind is not None else actor


def _cut_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left without one ("loyal to renegade
    commander X, whose ...", where the name was made a second subject): the head of the
    noun phrase that starts right after it."""
    if prep.i + 1 >= len(prep.doc):
        return None
    obj = prep.doc[prep.i + 1]
    start = obj.i
    while obj.head.i != obj.i and obj.head.i > obj.i and obj.head.left_edge.i == start \
            and obj.head.pos_ in ("NOUN", "PROPN"):
        obj = obj.head
    return obj if obj.pos_ in ("NOUN", "PROPN") else None


# heads of a place of care that speaks for itself ("the hospital said")
_CARE_HEADS = frozenset(["hospital", "clinic", "infirmary"])
# words before "Center" or "Centre" that make a name a hospital's ("Marel Medical Center")
_CARE_CENTRE_WORDS = frozenset(["medical", "health", "trauma", "surgical"])
_CARE_NAME_MAX = 6  # words of "Al-Aqsa Martyrs Hospital", "King Fahd Medical City"


def _bare_care_body(head: Token) -> bool:
    """"the hospital", "the clinic": a place of care named by its kind alone."""
    return head.lemma_.lower() in _CARE_HEADS and head.pos_ == "NOUN" \
        and all(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)


def _care_named_before(head: Token) -> str | None:
    """The nearest hospital named before ``head`` in the text ("the Marel Medical Center",
    "Kessa Hospital"): title-case words ending in a word of care, or in "Center" after
    "Medical"; None when none is named."""
    doc = head.doc
    for tok in reversed(doc[: head.i]):
        low = tok.lower_
        if not tok.is_title or tok.i == 0:
            continue
        if low not in _CARE_HEADS and not (
                low in ("center", "centre") and doc[tok.i - 1].lower_ in _CARE_CENTRE_WORDS):
            continue
        start = tok.i
        while start > 0 and tok.i - start < _CARE_NAME_MAX \
                and _name_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1
        if start < tok.i:
            return doc[start : tok.i + 1].text
    return None


def _name_word(tok: Token) -> bool:
    """A word of a capitalised name: "Marel", "AL", the hyphen of "Al-Noor" (not "The")."""
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return (tok.is_title or tok.is_upper) and tok.is_alpha and tok.lower_ != "the"


def _described_name(head: Token) -> Token | None:
    """"the Gul Khan group, a militant faction that had claimed ...": a noun for a body in
    apposition to a proper name is the body the name names."""
    named = head.head
    if head.dep_ != "appos" or head.pos_ != "NOUN" or named.i > head.i:
        return None
    kinds = _anaphor_types(head)
    if kinds is None or kinds <= _PEOPLE_TYPES:
        return None
    if named.ent_type_ in ("GPE", "LOC", "FAC") and _ends_before_verb(head):
        return None  # "... outside Volnovakha, the Donetsk regional administration said"
    return named if named.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in named.children) else None


def _ends_before_verb(head: Token) -> bool:
    """The phrase runs up to a reporting verb that has no subject of its own: the speaker
    the parse hung on the place before it."""
    doc = head.doc
    end = head.right_edge.i + 1
    return end < len(doc) and doc[end].pos_ == "VERB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[end].children)


_MEMBER_HEADS = frozenset(["member"])


def _served_body(head: Token) -> Token | None:
    """"a spokesman for the group", "a member of the group": the definite noun for a kind
    of body an official speaks for or a member belongs to, which stands for a body named
    before. ``None`` for a named body (the gazetteer settles "a spokesman for the
    Nigerian army") or none."""
    for prep in head.children:
        member = prep.lower_ == "of" and head.lemma_.lower() in _MEMBER_HEADS
        if prep.dep_ != "prep" or not (prep.lower_ == "for" or member):
            continue  # (a member "of the group": the body he belongs to)
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if member and body is not None and any(c.dep_ != "det" for c in body.children):
            continue  # (not "a member of the provincial council": a body of its own)
        # (not "a spokesman for the Dorba security coordination group": a name)
        if body is not None and body.pos_ == "NOUN" and _is_definite(body, [*body.lefts]) \
                and _generic(body, [*body.lefts, body]) and _anaphor_types(body) is not None:
            return body
    return None


def _described_kind(noun: Token | None) -> str | None:
    """The one kind of party a describing noun names ("aid group", "rights
    organisation", "militia"), ``None`` when it names none or several ("group")."""
    if noun is None or noun.pos_ != "NOUN":
        return None
    kinds = _anaphor_types(noun)
    return next(iter(kinds)) if kinds is not None and len(kinds) == 1 else None


def _person_appos(head: Token) -> Token | None:
    """A person's name in apposition to a common noun: "founder, Lionel Dyck"."""
    if head.pos_ != "NOUN":
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON"), None)


def _proper_appos(head: Token) -> Token | None:
    """"The military's media wing, Inter-Services Public Relations, said": a description
    with a body's proper name in apposition; the name is how a reporter names the speaker.
    A title ("its spokesman, Gohram Baloch") or a witness keeps its own phrase."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or not _PERSON_HEADS.isdisjoint((lemma, head.lower_)):
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and (c.ent_id_ or c.ent_type_ == "ORG" or any(
                     t.ent_id_ for t in c.subtree))), None)


_MEDIUM_NOUNS = frozenset(["station", "radio", "broadcaster", "channel", "outlet", "agency",
                           "website", "site", "newspaper", "television", "tv", "mouthpiece",
                           "network"])
_RUN_VERBS = frozenset(["run", "own", "operate", "control", "affiliate", "link", "back"])


def _run_by(head: Token) -> Token | None:
    """"Radio Andalus, a station run by al Shabaab": the side a medium in apposition is
    run by (also "a Houthi-run channel"), whose account the medium gives."""
    for appos in head.children:
        if appos.dep_ != "appos" or appos.lemma_.lower() not in _MEDIUM_NOUNS:
            continue
        for child in appos.children:
            if child.dep_ == "acl" and child.lemma_.lower() in _RUN_VERBS:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                        if obj is not None:
                            return obj
            if hyphened(child) and child.doc[child.i + 2].lemma_.lower() in _RUN_VERBS \
                    and (child.pos_ == "PROPN" or child.ent_type_):
                return child
    return None


def _without_epithet(actor: Actor, gazetteer: Gazetteer) -> str:
    """A gazetteer body's name without the lower-case words a phrase put before it ("a
    preliminary United Nations investigation": "United Nations"), when what is left is
    one of its names."""
    entry = gazetteer.actors.get(actor.id)
    words = actor.name.split()
    if entry is None or not words or not words[0].islower():
        return actor.name
    names = {entry.name.lower(), *(a.lower() for a in entry.aliases)}
    for k in range(1, len(words)):
        rest = " ".join(words[k:])
        if rest.lower() in names and not words[k].islower():
            # only words set before the name ("preliminary", "federal"), not a role of
            # it ("member of the NUG", "monitors from the OSCE": its own words)
            return actor.name if any(w in _ROLE_LINKS for w in words[:k]) else rest
    return actor.name


_ROLE_LINKS = frozenset(["of", "from", "for", "at", "in", "with", "to"])


def _qualified_source(head: Token, actor: Actor) -> bool:
    """"A police official in Noshki": one anonymous source, introduced with words of his
    own, keeps them, though "officials" were heard first; so does one picked out of
    those heard ("one elder said" after "tribal elders said"). Plural sources ("security
    sources" after "sources") are the ones heard before."""
    if not (actor.type in ("source", "official") and actor.id.startswith("source.")
            and head.tag_ == "NN"):
        return False
    if any(c.lower_ in ("one", "another") and c.dep_ in ("nummod", "det")
           for c in head.children):
        return True
    return any(c.lower_ in ("a", "an") for c in head.children) and has_modifier(head)


_ARTICLE_AND_POSSESSIVE = re.compile(r"^(the)\s+|\s*['’]s$", re.IGNORECASE)


def _bare_name(text: str) -> str:
    """A name without its article or possessive ending: "the Congo's" -> "Congo"."""
    return _ARTICLE_AND_POSSESSIVE.sub("", text)


def _particle_joined(tokens: list[Token]) -> bool:
    """"al-Vesh", "el-Tamar", "ad-Dorra": a surname with the article its language joins
    to it by a hyphen, which the tokenizer splits into three words."""
    first, dash, _ = tokens
    return dash.text == "-" and not first.whitespace_ and not dash.whitespace_ \
        and first.lower_ in _NAME_PARTICLES


# articles and particles a hyphen joins to an Arabic surname
_NAME_PARTICLES = frozenset(["al", "el", "ad", "ed", "ar", "as", "ash", "at", "az", "an"])


def _named_before_place(tokens: list[Token], head: Token) -> bool:
    """"Caritas Jerusalem", "Oxfam Yemen": a proper word compounded onto a place (the
    recogniser gave it no entity, or took the two for one place the gazetteer does not
    know) makes the two a body's name, not the place's state."""
    if not Gazetteer.default().country_of_name(head.text):
        return False  # the head is no place the gazetteer puts in a state
    return any(t.i < head.i and t.pos_ == "PROPN" and t.dep_ == "compound"
               and t.head.i == head.i and t.text[:1].isupper()
               and t.lower_ not in _PLACE_QUALIFIERS
               and (not t.ent_type_ or (t.ent_type_ == head.ent_type_ and head.ent_iob_ == "I"))
               for t in tokens)


# words that make a place of a place ("East Jerusalem", "Greater Khartoum"), no body
_PLACE_QUALIFIERS = frozenset(["east", "west", "north", "south", "central", "greater", "new",
                               "old", "upper", "lower", "northern", "southern", "eastern",
                               "western", "san", "santa", "saint", "st.", "al", "el"])


def _served_named(head: Token) -> Token | None:
    """"X, spokesman for the South Sudan People's Defence Forces": the body a person's
    role in apposition speaks for, when the gazetteer names it; else None."""
    for role in head.children:
        if role.dep_ != "appos" or role.lower_ not in _ROLE_HEADS:
            continue
        for prep in role.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                body = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if body is not None and body.ent_id_:
                    return body
    return None


_ROLE_HEADS = frozenset(["commander", "spokesman", "spokeswoman", "spokesperson", "official",
                         "officer", "source"])


def role_of_body_name(name: str) -> bool:
    """"senior CRPF officer", "a senior STC commander": a name that ends in a role word
    is one member of a body written in his own words (:func:`_role_of_body`), not a name
    of the body."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _ROLE_HEADS


def _role_of_body(head: Token, actor: Actor) -> bool:
    """"A senior STC commander on the Dhale front told AFP": one unnamed member of a body
    that spoke before, introduced in words of his own, is written as the reporter wrote
    him, not under the name the body was first given ("officials of the Southern
    Transitional Council"). "The STC said" is still the body."""
    return actor.type in _ORG_TYPES and head.tag_ == "NN" \
        and head.lemma_.lower() in _ROLE_HEADS and head.lower_ in actor.name.lower() \
        and any(c.lower_ in ("a", "an") for c in head.children)


def _named_beside(head: Token) -> Token | None:
    """"The medical charity Médecins Sans Frontières said": the parser gives the verb two
    subjects, a description and, right after it, the name. The name is the speaker."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for sib in head.head.children:
        if sib.i > head.i and sib.dep_ == head.dep_ and sib.left_edge.i == head.i + 1 \
                and (sib.pos_ == "PROPN" or sib.ent_type_ in ("ORG", "PERSON", "NORP")):
            return sib
    return None


_HEADLINE_MAX = 30  # tokens


def _headline_credit(head: Token) -> Token | None:
    """"Ukraine is to blame for the crash - Kremlin": a line that ends with a dash or a
    colon and a short name after it credits the words before to that name. Only the
    first line (the headline), and only when the subject stands before the mark."""
    doc = head.doc
    if head.i >= _HEADLINE_MAX:
        return None  # past the longest line that can be a headline
    start, end = line_bounds(head)
    if start != 0 or end >= len(doc) or end - start > _HEADLINE_MAX:
        return None  # not a headline set off from a body
    marks = [t.i for t in doc[start:end] if t.text in _CREDIT_MARKS and t.i > head.i
             and t.i > 0 and (t.text == ":" or doc[t.i - 1].whitespace_) and t.whitespace_]
    if not marks:
        return None
    tail = [t for t in doc[marks[-1] + 1 : end] if not t.is_space and not t.is_punct]
    if not tail or len(tail) > 4 or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    names = [t for t in tail if t.pos_ == "PROPN" or t.ent_type_ or t.ent_id_]
    if not names:
        return None
    return max(names, key=lambda t: t.i)


def _with_cut_off_body(tokens: list[Token]) -> list[Token]:
    """"Kremlin | spokesman Dmitry Peskov": a body's name the parser cut off right in
    front of a title word belongs to the phrase."""
    first = tokens[0]
    doc = first.doc
    if first.lower_ not in TITLE_WORDS or first.i == 0:
        return tokens
    prev = doc[first.i - 1]
    if _breaks(prev) or prev.is_punct or not (prev.ent_id_ or prev.ent_type_ in
                                               ("ORG", "NORP", "GPE")):
        return tokens
    if prev.dep_ not in ("ROOT", "dep", "npadvmod", "nmod", "compound", "nsubj"):
        return tokens
    start = prev.i
    while start > 0 and doc[start].ent_iob_ == "I" and not _breaks(doc[start - 1]):
        start -= 1
    return [*doc[start : first.i], *tokens]


def _whole_name(start: Token, tokens: list[Token], text: str) -> str:
    """The phrase's text, unless the phrase holds only part of the name the entity ruler
    tagged from ``start`` ("Malian" of "Malian army drones"): then the whole name."""
    doc = start.doc
    end = start.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    held = {t.i for t in tokens}
    if all(i in held for i in range(start.i, end)):
        return text
    return doc[start.i : end].text


def stranded_subject(verb: Token) -> Token | None:
    """"Air strikes hit a school in Idlib, the Syrian Observatory said", "the strike
    killed 30 people, health workers and residents said": the parser hung the speaker on
    the place or the list before it and left the reporting verb with no subject. The
    phrase set off by a comma that ends right before the verb (or before the comma that
    closes a trailing name: "..., the governor of Lindi, Musa Okello, said") is it."""
    doc = verb.doc
    for tok in doc[sent_of(verb).start : verb.i]:
        if tok.dep_ not in ("appos", "conj") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.head.ent_type_ not in ("GPE", "LOC", "FAC") and not (
                _names_somebody(tok, default_rules()) or _owned_body(tok)):
            # only a phrase hung on a place, or one that names somebody joined to the
            # last list of the clause ("killed 30 people, health workers said"); a
            # target's own apposition is not
            continue
        span = list(tok.subtree)
        start, end = span[0].i, span[-1].i
        end = _split_tail(tok, end, verb)
        if end < verb.i - 1 and not (end == verb.i - 2 and doc[verb.i - 1].text == ","):
            continue  # "the governor of X, Musa Okello, said": the name's closing comma
        if end < verb.i and start > 0 and doc[start - 1].text == ",":
            if tok.ent_type_ in ("GPE", "LOC", "FAC") and any(
                    t.dep_ == "appos" for t in tok.subtree if t.i > tok.i):
                # "near the village of Buhas, outside Volnovakha, the Donetsk regional
                # administration said": a place in the chain speaks not; the phrase hung
                # on it does
                continue
            return tok
    return _name_taken_for_a_verb(verb)


def _split_tail(tok: Token, end: int, verb: Token) -> int:
    """"killing 50 people, residents and members of a local militia said": the parser
    hung the speaker's "of ..." on the list's first noun, not on the speaker. A phrase
    that starts right after ``tok``'s own words and runs up to the reporting verb is the
    rest of the speaker's name; the end of the name is then the end of that phrase."""
    doc = tok.doc
    if end + 1 >= verb.i:
        return end
    after = doc[end + 1]
    if after.dep_ != "prep" or after.head.i != tok.head.i or after.head.i > tok.i:
        return end
    return max(end, after.right_edge.i)


def _name_taken_for_a_verb(verb: Token) -> Token | None:
    """"Syria's state news agency SANA, citing local sources, said ...": the tagger took
    the name for a verb and hung it, with its description as subject, on the reporting
    verb. That name, an entity the recogniser or the gazetteer found, is the speaker."""
    for tok in verb.lefts:
        if tok.dep_ in ("ccomp", "advcl", "parataxis", "csubj") \
                and tok.pos_ in ("VERB", "AUX", "ADJ") \
                and (tok.ent_type_ in ("ORG", "PERSON", "NORP") or tok.ent_id_) \
                and tok.text[:1].isupper() and (tok.i > sent_of(verb).start or (
                    tok.ent_id_ and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ",")):
            # "SANA, citing a military source, said": the name opening the sentence too,
            # when the gazetteer knows it and a comma sets it off
            return tok
    return None


def _owned_body(tok: Token) -> bool:
    """"the Druze community's spiritual leadership", "Lebanon's health ministry": a body
    that a possessor says whose, which can speak (unlike a bare "mission")."""
    return judge(tok).id.startswith("body.") and any(c.dep_ == "poss" for c in tok.children)


def _names_somebody(tok: Token, rules: tuple[PartyRule, ...]) -> bool:
    """A noun a relative clause hangs on that can speak: a name, a gazetteer actor, a
    role or an armed body ("the Houthis, who said"; not "a mission that showed")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    rule = judge(tok, rules)
    if rule.decision != "party":
        return False
    return bool(tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.ent_id_) or \
        rule.id.startswith(("role.", "body.group", "body.military"))


def _unknown_carrier(actor: Actor) -> bool:
    """A name no list knows and no kind word makes a body ("Kurdistan24", which the
    recogniser may take for a place): when it cites a source, it may be the outlet that
    carries the source's account."""
    return actor.id.startswith("org.") and actor.type in ("state", "other")


# Verbs by which a carrier hands the account to its source.
_CITING = frozenset(["cite", "quote"])


def _cited(head: Token) -> Token | None:
    """"Citing a health official, Reuters reported ...", "ANI quoted IAF sources as
    saying ...": the source the subject's verb cites."""
    while head.dep_ == "appos" and head.head.i < head.i:
        head = head.head  # "Syria's state news agency SANA, citing ..."
    # "SANA, citing a military source, said": a name the parse hung on the verb as a
    # clause is its subject too
    if head.dep_ != "nsubj" and not (head.dep_ in ("advcl", "ccomp", "parataxis")
                                     and head.i < head.head.i):
        return None
    verb = head.head
    if verb.lemma_.lower() in _CITING:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    # the citing clause hangs on the verb, on a name the tagger took for one, or on the
    # subject itself ("The Iraqi News Agency, quoting the Joint Operations Command, said")
    clauses = [*verb.children, *(head.children if head.pos_ in ("VERB", "ADJ")
                                 else (c for c in head.children if c.dep_ == "acl"))]
    for child in clauses:
        if child.lemma_.lower() in _CITING and child.dep_ in ("advcl", "xcomp", "conj",
                                                               "prep", "acl", "pcomp"):
            obj = next((c for c in child.children if c.dep_ in ("dobj", "pobj")), None)
            if obj is not None:
                return obj
    return None


def _medium_before(head: Token, cited: Token) -> str:
    """The medium as the copy names it before the clause that cites its source: "Syria's
    state news agency SANA" of "Syria's state news agency SANA, citing a military source"
    (whatever part of it the tagger took for a verb). "" when the clause is not after it."""
    doc = head.doc
    start = phrase_tokens(head)[0].i
    if doc[start].lower_ in ("the", "a", "an"):
        start += 1  # "the Houthi-run Saba news agency": named without its article
    end = cited.head.i
    if head.dep_ == "nsubj" and head.i < head.head.i < end and not head.head.ent_type_:
        end = head.head.i  # "Reuters and AFP reported, citing ...": the medium, not its verb
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start or end - start > 12 or any(_breaks(t) for t in doc[start:end]):
        return ""
    return doc[start:end].text


def _named_later(head: Token, appositions: list[Token]) -> Token | None:
    """The person an indefinite, singular title ("a lawmaker") turns out to be: the one
    person the article gives that title in apposition ("Ali Dahir, a lawmaker from ...").
    ``None`` when no person, or more than one, is given it. ``appositions``: the
    document's tokens in apposition."""
    if head.tag_ != "NN" or not any(c.lower_ in ("a", "an") for c in head.children):
        return None
    lemma = head.lemma_.lower()
    named = {
        tok.head.i: tok.head for tok in appositions
        if tok.i != head.i and tok.lemma_.lower() == lemma
        and tok.head.ent_type_ == "PERSON"
    }
    return next(iter(named.values())) if len(named) == 1 else None


_NAME_RUN = 8  # tokens a cut name may run on by before its bracketed acronym


def _name_to_bracket(tokens: list[Token]) -> tuple[str, str] | None:
    """"The Group to Support Islam and Muslims (JNIM)": a capitalised name the parse cut
    short that runs on, in capitalised words and joiners ("to", "of", "and", a comma
    between capitalised words), to an acronym in brackets ("CSP-PSD" too). The whole name
    and the acronym; ``None`` for a phrase that is whole."""
    last = tokens[-1]
    doc = last.doc
    if not last.text[:1].isupper() or last.is_upper:
        return None
    j = last.i + 1
    while j < len(doc) and j - last.i <= _NAME_RUN and not _breaks(doc[j - 1]) and (
            (doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_upper)
            or doc[j].lower_ in _NAME_JOINERS or doc[j].lower_ == "to"
            # ("for Peace, Security and Development (CSP-PSD)": a list inside the name)
            or (doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].is_alpha
                and doc[j + 1].text[:1].isupper() and not doc[j + 1].is_upper)):
        j += 1
    if j == last.i + 1 or j + 2 >= len(doc) or doc[j].text != "(":
        return None
    close = next((k for k in range(j + 2, min(j + 5, len(doc))) if doc[k].text == ")"), None)
    acronym = doc[j + 1 : close].text.replace(" ", "") if close is not None else ""
    if not _ACRONYM.fullmatch(acronym) or doc[j - 1].lower_ in _NAME_JOINERS:
        return None
    return phrase_text([*tokens, *doc[last.i + 1 : j]]), acronym


# "JNIM", "CSP-PSD": the letters of a name in brackets
_ACRONYM = re.compile(r"[A-Z]{2,8}(?:-[A-Z]{1,8})?")


def _entity_root(tok: Token) -> Token:
    """The head of the gazetteer name ``tok`` is in, when the name heads its own phrase:
    "Observatory" for "Britain" of "the Britain-based Syrian Observatory for Human Rights
    said" (whose phrase runs on past the name), else ``tok``."""
    root = tok
    while tok.ent_id_ and root.head.i != root.i and root.head.ent_id_ == tok.ent_id_ \
            and abs(root.head.i - tok.i) < _FILED_SPAN:
        root = root.head
    return root if root.dep_ not in ("compound", "amod") else tok


def _ent_text_at(tok: Token) -> str:
    """Text of the entity ``tok`` is in."""
    ent = ent_at(tok)
    return ent.text if ent is not None else tok.text


def _whole_entity(tokens: list[Token]) -> list[Token]:
    """"Indian" of "an Indian army statement" (the owner a parser hangs the statement on):
    a name the phrase ends inside runs on to the name's end."""
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and tokens[-1].ent_type_ \
            and not _breaks(doc[end - 1]) \
            and not (doc[end].lower_ in _TRAILING_WHEN and doc[end].pos_ == "ADV"):
        end += 1  # not into "later" of a span "the health ministry later" tagged whole
    while end > tokens[-1].i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
        end -= 1  # nor into a span's stray last word ("Information at")
    return [*tokens, *doc[tokens[-1].i + 1 : end]]


# a title's words that name a state's armed or governing body ("Defence Headquarters
# spokesman", "Army spokesman", "government spokesman"), and those of a civil ministry
_STATE_TITLE_WORDS = frozenset(["defence", "defense", "army", "military", "armed", "navy",
                                "staff", "headquarters", "police", "interior", "security",
                                "junta", "government", "presidential", "presidency"])
_CIVIL_TITLE_WORDS = frozenset(["health", "foreign", "information", "emergency", "civil",
                                "education", "media"])


def _title_names_body(tokens: list[Token], body: str) -> bool:
    """"Police spokeswoman Mireille Augustin" of "Haitian police": a title word before the
    spokesman's title is the body's own head word, or the acronym it is named with
    ("MoD spokesman X" of "the Ministry of Defense (MoD)")."""
    words = body.split()
    last = words[-1].strip("()").lower() if words else ""
    # (a capitalised word of the name: "Coalition spokesman X" of "Coalition to Restore
    # Legitimacy")
    named = {w.strip("()").lower() for w in words if w[:1].isupper() and len(w) > 3}
    for tok in tokens:
        if tok.lower_ in TITLE_WORDS or tok.ent_type_ == "PERSON":
            return False
        if tok.lower_ == last or (tok.lower_ + "s" == last and tok.tag_ in ("NN", "JJ")) \
                or (tok.is_title and tok.lower_ in named):
            # ("rebel spokesman X" of "rebels": the body's head word, singular)
            return True
    return False


def _kind_in_title(tokens: list[Token]) -> bool:
    """A title qualified by the kind of body it speaks for ("military spokesperson")."""
    return any(t.ent_type_ != "PERSON" and t.lower_ not in TITLE_WORDS
               and (t.lemma_.lower() in _ANAPHOR_TYPES or t.lower_ in _ANAPHOR_TYPES)
               for t in tokens)


def _title_fits(tokens: list[Token], body: Actor, names: str) -> bool:
    """A title's own qualifier ("military" in "military spokesman") names the kind of
    body the speaker talks for (a ministry only if it is of defence); a bare title fits
    any body. A qualifier only a body's own name can give ("Coalition spokesman") fits
    only a body so named (``names``: the body's names, lower case), never the monitor
    heard last."""
    for tok in tokens:
        if tok.ent_type_ == "PERSON" or tok.lower_ in TITLE_WORDS:
            continue
        kinds = _ANAPHOR_TYPES.get(tok.lemma_.lower()) or _ANAPHOR_TYPES.get(tok.lower_)
        if kinds is not None and (body.type not in kinds
                                  or not _forces_fit({tok.lower_}, body)):
            return False
        if (tok.lower_ in _NAMING_HEADS or tok.lemma_.lower() in _NAMING_HEADS) \
                and tok.lower_ not in names:
            return False
        if tok.ent_type_ in ("ORG", "NORP") and tok.pos_ == "PROPN" and kinds is None \
                and tok.lower_ not in names and tok.lower_ not in _INSTITUTION_WORDS \
                and tok.lower_ not in _RANKS and tok.lower_ not in _GRADES \
                and any(t.lower_ in TITLE_WORDS and t.i > tok.i for t in tokens):
            # "Shebab spokesman X" after the interior ministry: a body the title names by
            # its own name is another body (not "Defence Headquarters spokesman")
            return False
        if tok.lower_ == "police" and "police" not in names and "interior" not in names:
            # "Police spokesman X" after the group that claimed the bombing: the police
            # speak for a police force or its ministry, not for the body heard last
            return False
    return True


def _partitive(head: Token) -> Token | None:
    """"one of the residents": the residents."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


# verbs of putting a document out, whose agent ("filed by a sub-inspector") owns it
_FILED_VERBS = frozenset(["file", "issue", "sign", "release", "publish", "lodge", "submit",
                          "write", "prepare", "compile", "register"])


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a participle, or of one joined to it ("footage verified by the
    agency", "images taken the next morning and reviewed by an analyst")."""
    return next((c for v in (verb, *(g for g in verb.children if g.dep_ == "conj"))
                 for c in v.children if c.dep_ == "agent"), None)


def _owner_token(child: Token) -> Token | None:
    """The owner a dependent of a document noun names, if any. Bare "media reports" or
    "press reports" name no owner: a channel, not a party ("state media", "Iranian media"
    do)."""
    if child.lemma_.lower() in _UNOWNED_CHANNELS and not has_modifier(child):
        return None
    if child.dep_ == "poss":
        return child
    if child.dep_ in ("compound", "nmod", "amod") and (
        child.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or bool(child.ent_id_)
        or child.lemma_.lower() in _OWNER_NOUNS
    ):
        return child
    if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is not None and (child.lower_ != "of" or obj.ent_type_ == "ORG"
                                or bool(obj.ent_id_)):
            return obj
    if child.dep_ == "acl" and (child.lemma_.lower() in _FILED_VERBS or (
            child.head.lemma_.lower() in _PICTURES and child.lemma_.lower() in lx.PICTURE_VERBS)):
        # "the statement filed at the district police station by a sub-inspector": who filed,
        # issued or signed it (the last object: the parse may split "sub-inspector")
        agent = agent_of(child)
        if agent is not None:
            return max((o for o in agent.children if o.dep_ == "pobj"), key=lambda o: o.i,
                       default=None)
    if child.dep_ == "prep" and child.lower_ == "on" and (
            child.head.lemma_.lower() in _POSTED_DOCUMENTS or child.head.pos_ == "VERB"):
        # "a post on pro-junta Telegram channels", "a statement on its Telegram account":
        # the channel's, not the platform's ("a post on Telegram" names no owner)
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in _CHANNEL_WORDS:
            return obj
    return None


def _named_as_author(tok: Token) -> Token | None:
    """The one a document is put down to: "attributed to X", "in the name of X"."""
    if tok.lemma_.lower() == "attribute" and tok.dep_ == "acl":
        for prep in tok.children:
            if prep.lower_ == "to":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    if tok.lower_ == "name" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        for prep in tok.children:
            if prep.lower_ == "of":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


# how a page or a channel is said to be someone's: "used by", "linked to", "run by"
_CHANNEL_OWNING = frozenset(["use", "run", "operate", "link", "affiliate", "manage",
                             "control", "own", "associate", "tie", "belong"])


def _channel_owner(head: Token) -> Token | None:
    """The one a page, account or channel is said to be used by or linked to ("a social
    media page used by rebel commander X", "a Telegram channel linked to the group"); None
    for a bare channel ("a Telegram channel said")."""
    if head.lemma_.lower() not in _CHANNEL_WORDS:
        return None
    for verb in head.children:
        if verb.dep_ not in ("acl", "amod") or verb.lemma_.lower() not in _CHANNEL_OWNING:
            continue
        for prep in verb.children:
            if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "to", "with"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"
                            and c.pos_ in ("NOUN", "PROPN")), None)
                if obj is not None:
                    return obj
    return None


_POSTED_DOCUMENTS = frozenset(["post", "tweet", "message", "statement", "video"])
# verbs of putting a document out: its subject owns it ("the army issued a statement")
_ISSUING_VERBS = frozenset(["issue", "release", "publish", "put", "post", "circulate",
                            "send", "distribute"])
_PAGES = frozenset(["page", "account", "channel"])
_CHANNEL_WORDS = frozenset(["channel", "account", "page", "feed", "website"])


# the kinds of party one named person can have been resolved to: a bare name the
# recogniser took for a body is an "other" body of that name
_NAMEABLE_TYPES = frozenset(["person", "official", "source", "other"])
# what the recogniser may take a person's name for (a name after a quote: a title of a work)
_NAME_ENTS = frozenset(["PERSON", "ORG", "WORK_OF_ART", ""])
# entities that are no part of a person's title ("on Tuesday X said")
_NOT_TITLE_ENTS = frozenset(["DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                             "QUANTITY"])
_APPOS_WORDS = 10  # a role in apposition is cut after this many words


def _person_role(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _PERSON_ROLES
                                   or tok.lower_ in _PERSON_ROLES)


def _places_of_text(doc: Doc, text: str, end: int | None = None) -> list[int]:
    """Indices of the tokens before ``end`` whose text is ``text``, in order: a search of
    the doc's array of words (the one word asked about in a document does not pay for
    an index of all its words, nor a Token built per word)."""
    words = doc_array(doc, ORTH)[:end]
    return numpy.flatnonzero(words == numpy.uint64(get_string_id(text))).tolist()  # type: ignore[no-any-return]


def _fullest_naming(name: Token) -> str | None:
    """The fullest way the document names the person whose name ends in ``name``: of
    every naming that ends in the same word and holds all of this one's name words (title
    before it, apposition after), the one with the longest name, then the most words
    ("Oleksiy Hrytsenko" before "Hrytsenko, the region's governor"). ``None`` when two namings
    are of different people ("Abu Mohammed" and "Ali Mohammed"), or none is a person's
    (a name the recogniser tags a person, a title or a role in apposition)."""
    own = {t.lower_ for t in _name_run(name)}
    best: tuple[tuple[int, int], str] | None = None
    runs: list[set[str]] = []
    doc = name.doc
    for tok in (doc[i] for i in _places_of_text(doc, name.text)):
        if tok.pos_ != "PROPN" or tok.ent_id_:
            continue
        after = _name_after(tok)
        run = {t.lower_ for t in (*_name_run(tok), *after)}
        if not own <= run:
            continue
        runs.append(run)
        left = _title_before(tok)
        if after:
            tok = after[-1]  # "Gatluak said" of "Commissioner James Gatluak Lew"
        appos = _role_after(tok)
        if tok.ent_type_ != "PERSON" and not appos and not any(
                t.lower_ in TITLE_WORDS or t.lower_ in _HELD_TITLES for t in left):
            continue  # nothing says it is a person's name
        text = doc[(left[0] if left else tok).i : tok.i + 1].text
        if appos:
            text += ", " + doc[appos[0].i : appos[-1].i + 1].text
        text = re.sub(r"\s+", " ", re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE))
        size = (len(run), len(text.split()))  # the whole name first, then its title
        if best is None or size > best[0]:
            best = (size, text)
    if best is None or any(not (a <= b or b <= a) for a in runs for b in runs):
        return None
    return best[1]


def _name_after(tok: Token) -> list[Token]:
    """The name words of the same person's name right after ``tok`` ("Lew" after
    "Gatluak" in "James Gatluak Lew"): a name may be cited by a word before its last."""
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON" \
            and doc[end].ent_iob_ == "I" and tok.ent_type_ == "PERSON" and not doc[end].ent_id_:
        end += 1
    return list(doc[tok.i + 1 : end])


def _name_run(tok: Token) -> list[Token]:
    """The capitalised name words that end in ``tok`` ("Lam Paul Gabriel"), no title."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not _breaks(doc[start - 1]) \
            and not doc[start - 1].ent_id_ and doc[start - 1].lower_ not in _RANKS \
            and doc[start - 1].lower_ not in TITLE_WORDS \
            and doc[start - 1].lower_ not in _HELD_TITLES \
            and doc[start - 1].ent_type_ in _NAME_ENTS:
        start -= 1
    return list(doc[start : tok.i + 1])


def _title_before(tok: Token) -> list[Token]:
    """The words before a person's name that are his title and name, however the parse
    hung them ("SPLA-IO military spokesman Colonel Lam Paul Gabriel", "regional governor
    Volodymyr Artyukh", "Vice President Amrullah Saleh"), from the first of them. An
    ordinal or a date before them is not taken ("First", "on Tuesday")."""
    doc = tok.doc
    start = tok.i
    titled = False  # the words just taken are a title and the words describing it
    while start > 0:
        prev = doc[start - 1]
        if _breaks(prev) or prev.ent_type_ in _NOT_TITLE_ENTS or dateline_end(prev):
            break  # (nor the dateline's close, "(EFE).-", one token the tagger calls a name)
        if prev.lower_ in TITLE_WORDS or prev.lower_ in _HELD_TITLES or prev.lower_ in _RANKS:
            start, titled = start - 1, True
        elif prev.pos_ == "PROPN":
            start, titled = start - 1, False
        elif prev.text == "-" and start >= 2 and doc[start - 2].pos_ == "PROPN" \
                and not prev.whitespace_:
            start -= 1  # "SPLA-IO"
        elif titled and prev.pos_ in ("ADJ", "NOUN") and prev.is_lower \
                and prev.dep_ in ("amod", "compound"):
            start -= 1  # "rebel military spokesman", "regional governor"
        elif prev.tag_ == "POS" and start >= 2 and doc[start - 2].pos_ == "PROPN":
            start -= 1  # "Russia's U.N. ambassador"
        else:
            break
    return list(doc[start : tok.i])


def _role_after(tok: Token) -> list[Token]:
    """"Matthias Schmale, the UN resident and humanitarian coordinator in Ukraine": the
    person's role in apposition, to its first comma, without a clause hanging off it."""
    role = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                 and _person_role(c)), None)
    if role is None:
        return []
    skip = {t.i for c in role.subtree if c.dep_ in ("relcl", "acl", "advcl")
            for t in c.subtree}
    out = sorted((t for t in role.subtree if t.i not in skip), key=lambda t: t.i)
    run = [out[0]] if out else []
    for t in out[1:]:
        if t.i != run[-1].i + 1 or _breaks(run[-1]) \
                or t.text in (",", ";", "(", ")", '"', "“", "”"):
            break
        run.append(t)
    while run and (run[-1].is_punct or run[-1].pos_ in ("ADP", "CCONJ", "DET")):
        run.pop()
    return run if 0 < len(run) <= _APPOS_WORDS else []


# roles that speak for the body their phrase names
_TITLED_ROLES = frozenset(["commander", "commanding", "officer", "spokesman", "spokeswoman",
                           "spokesperson", "chief", "head", "director", "governor", "minister",
                           "general", "colonel", "secretary", "official", "envoy"])


def _surname_heard(head: Token, tokens: list[Token]) -> bool:
    """A lone name the recogniser took for a place or a body ("Mekdad strongly
    condemned", tagged GPE) that ends a person's name heard before ("Foreign Minister
    Faisal Mekdad ... inspected the site"): that person (rule ``name.surname_heard``)."""
    if len(tokens) != 1 or head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return False
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == head.text
               and ent.end <= head.i for ent in doc_ents(head.doc))


def _fuller_naming(head: Token, tokens: list[Token]) -> Token | None:
    """An earlier mention of the same person with more words to it (title, body)."""
    if len(tokens) > 3 or any(t.lower_ in TITLE_WORDS for t in tokens):
        return None
    for tok in (head.doc[i] for i in _places_of_text(head.doc, head.text, tokens[0].i)):
        if tok.ent_type_ == "PERSON" and len(phrase_tokens(tok)) > len(tokens):
            title = _titled_by(tok)
            return title if title is not None else tok
    return None


def _titled_by(name: Token) -> Token | None:
    """The role a name stands in apposition to, where the role names a body ("The
    commander of the Nigerian Army's 1 Division, Valentine Okoro, ..."): the person as
    the copy introduced him, speaking for that body (rule ``name.titled_earlier``)."""
    person = name
    while person.dep_ == "compound" and person.head.ent_type_ == "PERSON":
        person = person.head
    if person.dep_ != "appos":
        return None
    role = person.head
    # (the parse may hang the name on the body the role is of: "the commander of the
    # army's 1 Division, Valentine Okoro")
    while role.lemma_.lower() not in _TITLED_ROLES and role.dep_ in ("pobj", "prep") \
            and role.head.i != role.i:
        role = role.head
    titled = role.lemma_.lower() in _TITLED_ROLES or any(
        # "The General Officer Commanding 1 Division, Valentine Okoro": the role's words
        # before the unit's name
        c.dep_ in ("nmod", "compound") and c.lemma_.lower() in _TITLED_ROLES
        for c in role.lefts)
    if role.i > person.i or role.pos_ not in ("NOUN", "PROPN") or not titled:
        return None
    if not any(t.ent_id_ for t in role.subtree if t.i < person.i):
        return None  # (a role of no named body: "a farmer, Ali Musa")
    return role


def _anaphor_types(head: Token) -> frozenset[str] | None:
    """Kinds of party a definite generic head can stand for; a civil modifier makes a
    body civil ("the medical charity"), not a person or a source ("a medical source"
    is a source, never the UN body named later)."""
    types = _ANAPHOR_TYPES.get(head.lemma_.lower()) or _ANAPHOR_TYPES.get(head.lower_)
    if any(c.dep_ in ("amod", "compound") and (
            c.lemma_.lower() in _CIVIL_MODIFIERS or c.lower_ in _CIVIL_MODIFIERS)
           for c in head.children):
        return types if types and types <= _PEOPLE_TYPES else _CIVIL_TYPES
    for c in head.children:
        # "the rebel group": a group of the kind its modifier names, not any group
        narrower = _ANAPHOR_TYPES.get(c.lemma_.lower()) if c.dep_ in ("amod", "compound") \
            else None
        if types and narrower and types & narrower:
            return types & narrower
        if types and narrower and narrower <= _ARMED_GROUP_ONLY:
            return narrower  # "the rebel command": a rebel body, not the army heard before
    return types


# what a body's telling is called, as a sentence's subject ("The military's account, published
# in a state newspaper, was different. The site was a training ground, it said")
_ACCOUNT_NOUNS = frozenset(["account", "version", "statement", "response", "reply",
                            "explanation", "narrative", "telling"])
_ARMED_GROUP_ONLY = frozenset(["armed_group"])


# the dependencies that lead from a describing noun up to the apposition it sits in
# ("a group of local volunteers", "a Britain-based war monitor")
_DESCRIBING_DEPS = frozenset(["pobj", "prep", "compound", "amod", "appos", "conj"])


# the bodies whose acts their state's media relay as their account
_RELAYED_TYPES = frozenset(["military", "ministry", "state"])
# the words that make a ministry the armed forces' own
_DEFENCE_WORDS = ("defence", "defense", "war", "armed forces", "military")
# a body named as a militia is no state's army
_MILITIA_NAME = re.compile(r"\bmilitias?\b", re.IGNORECASE)
# a rescue service whose name has "defence" in it speaks for no army
_RESCUE_NAME = re.compile(r"\bcivil (?:defen[cs]e|protection)\b")


def _rescue_service(head: Token) -> bool:
    """The phrase ``head`` heads names a rescue service ("the civil defence service")."""
    return _RESCUE_NAME.search(phrase_text(phrase_tokens(head)).lower()) is not None


_KIND_ADJECTIVES = frozenset(["foreign", "interior", "financial", "judicial"])
# a local body is no international body, national ministry or army heard before ("the
# municipal council" after the UN envoy, "the regional administration" after Russia's
# defence ministry or Kessa's air force), though it may be a state's ("Tajikistan's
# regional administration")
_LOCAL_ADJECTIVES = frozenset(["municipal", "provincial", "regional", "local"])


def _local_body(head: Token) -> bool:
    """``head`` names a local body ("the local administration", "the regional council")."""
    return any(c.dep_ == "amod" and c.lower_ in _LOCAL_ADJECTIVES for c in head.lefts)


# "a separate group", "another group": a body other than the one of its kind named next
_OTHER_WORDS = frozenset(["separate", "another", "second", "other", "different", "rival"])


# what kind of state body a head names: a ministry or department sets policy, an agency or
# a service carries it out; one is never the other
_BODY_CLASS = {"ministry": "ministry", "department": "ministry", "agency": "agency",
               "service": "agency", "bureau": "agency", "directorate": "agency"}


def _other_body_class(names: str, body: str) -> bool:
    """The names say a body of another class than ``body`` and none of its own."""
    classes = {_BODY_CLASS[w] for w in names.split() if w in _BODY_CLASS}
    return bool(classes) and body not in classes


def _kind_words(head: Token) -> list[str]:
    """The words before a body's head that say which body it is: the nouns ("health"
    ministry, "disaster management" agency) and a few adjectives ("foreign" ministry),
    not the describing ones ("the paramilitary group")."""
    return [c.lower_ for c in head.lefts
            # (a lower-case noun the tagger took for a name counts: "defence" ministry)
            if (c.dep_ == "compound" and (c.pos_ == "NOUN" or c.is_lower) and c.is_alpha
                and c.lower_ not in _CIVIL_MODIFIERS  # those choose the type
                # "the rebel group", "the militant group": a word for the kind of
                # party, not a word of its name
                and c.lemma_.lower() not in _ANAPHOR_TYPES and c.lower_ not in _ANAPHOR_TYPES)
            or (c.dep_ == "amod" and c.lower_ in _KIND_ADJECTIVES)]


_POSTED_TITLES = frozenset(["envoy", "ambassador", "mission", "representative", "delegation",
                            "delegate", "embassy", "emissary", "consul", "consulate"])
# heads that name a person by role, whose own phrase stands ("its spokesman, Gohram
# Baloch"): :func:`_proper_appos` asks of every speaker noun (one set, not a union of
# four made on each call)
_PERSON_HEADS = TITLE_WORDS | _WITNESS_HEADS | _OFFICIAL_HEADS | _POSTED_TITLES


def _posted_to(tok: Token) -> bool:
    """"the UN" in "Russia's envoy to the UN", "Iraq" in "the U.S. ambassador to Iraq":
    where a diplomat is posted, not whom he speaks for."""
    # (off the doc's tree and columns, which the claim rules read too: the walk up asks
    # about every word of a speaker's phrase, and would build each head it passes as a
    # Token)
    doc = tok.doc
    heads, deps, words = doc_tree(doc).heads, doc_column(doc, DEP), doc_column(doc, LOWER)
    i, steps = tok.i, 0
    while heads[i] != i and steps < 4:
        up = heads[i]
        if deps[i] == _POBJ and words[up] in _TO_AT \
                and lower_lemmas(doc)[heads[up]] in _POSTED_TITLES:
            return True
        i, steps = up, steps + 1
    return False


_POBJ = get_string_id("pobj")
_TO_AT = frozenset([get_string_id("to"), get_string_id("at")])


# what a named body is, said in an apposition: "Kongra Star, the umbrella organisation of
# women's groups in the Autonomous Administration"
_BODY_KINDS = frozenset(["organisation", "organization", "group", "umbrella", "alliance",
                         "coalition", "network", "federation", "union", "association",
                         "body", "wing", "branch", "movement", "committee", "collective",
                         "platform", "charity", "monitor", "faction"])


def _body_it_belongs_to(tok: Token, head: Token) -> bool:
    """"the Autonomous Administration" in "Kongra Star, the umbrella organisation of
    women's groups in the Autonomous Administration": a body the apposition names as where
    a named body works or what it is part of is not the body itself (the recogniser may
    take the name for a person's; a person's own apposition, "X, a spokesman for the LNA",
    names a role, and whom he speaks for)."""
    if head.pos_ != "PROPN" or head.ent_id_:
        return False
    node, prep = tok, False
    while node.head.i != node.i and node.i != head.i:
        if node.dep_ == "prep":
            prep = True
        if node.dep_ == "appos" and node.head.i == head.i:
            return prep and node.lemma_.lower() in _BODY_KINDS
        node = node.head
    return False


# titles a bare "the official" names a party by
_TITLED_HEADS = frozenset(["official", "spokesman", "spokeswoman", "spokesperson"])


# bodies named by an epithet that is itself how reporters name them ("the junta")
_EPITHETS = frozenset(["junta", "regime"])


def _in_attack_told(tok: Token, head: Token) -> bool:
    """"Myanmar air force" in "Survivors of a Myanmar air force attack", "Israeli" in
    "victims of the Israeli strike": a body named on an attack inside the phrase is who
    attacked, not whom the phrase's head speaks for."""
    if not head.is_ancestor(tok):
        return False  # (the name is the head, or beside it: "an RSF attack" names the RSF)
    node, steps = tok, 0
    while node.head.i != head.i and steps < 5:
        node, steps = node.head, steps + 1
        if node.pos_ == "NOUN" and node.lemma_.lower() in lx.ACTION_NOUNS:
            return True
    return False


# Ranks and forms of address before a name ("Spokeswoman Lieutenant General X"): no body
# of their own.
_RANKS = frozenset(["general", "colonel", "major", "lieutenant", "brigadier", "captain",
                    "gen.", "col.", "maj.", "lt.", "brig.", "capt.", "sergeant", "admiral",
                    "commander", "dr", "dr.", "mr", "mr.", "mrs", "ms", "sheikh", "imam",
                    "commodore", "marshal"])
# Words that grade a title or a rank and name no body: "chief military spokesman", "Rear
# Admiral", "deputy spokesman", "Vice Admiral".
_GRADES = frozenset(["chief", "deputy", "senior", "top", "acting", "rear", "vice", "lead",
                     "principal", "staff"])


def _titled_name(head: Token, tokens: list[Token]) -> bool:
    """"Lieutenant General Ibrahim Ali" that the recogniser took for a title of a work
    after a quote: a rank, then a proper name ending at the head."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "NORP", "FAC", "LOC") \
            or head.ent_id_ or head.lower_ in _RANKS or head.lemma_.lower() in _ANAPHOR_TYPES:
        return False
    before = [t for t in tokens if t.i < head.i]
    if before and before[0].lower_ == "air":
        before = before[1:]  # "Air Commodore", "Air Vice Marshal"
    # (the title capitalised before the name is tagged a proper noun: "Mayor Alejo
    # Ender")
    held = next((k for k, t in enumerate(before) if t.pos_ in ("NOUN", "PROPN")
                 and t.lower_ in _HELD_TITLES), None)
    if held is not None and len(before) - held >= 2 \
            and all(t.pos_ == "PROPN" and not t.ent_id_ for t in before[held + 1:]):
        # "Ministry spokeswoman Shushan Stepanyan" that the recogniser took for a body: a
        # title one person holds, then a given name and the head
        return True
    if head.ent_type_ == "ORG" and len(before) < 2:
        return False  # a rank and a name the recogniser took for a body, not "General Command"
    return bool(before) and before[0].lower_ in _RANKS and all(
        t.pos_ == "PROPN" for t in before)


# Nouns that describe a body in apposition ("a dissident faction of ...").
_DESCRIBED_BODIES = frozenset(["group", "faction", "movement", "militia", "organisation",
                         "organization", "outfit", "offshoot", "wing", "network", "alliance",
                         "coalition"])
# Titles one named person holds: "the governor" is the governor the story named.
_HELD_TITLES = frozenset(
    ["governor", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson", "commander",
     "chief", "director", "president", "envoy", "ambassador", "prosecutor", "pastor", "imam",
     "priest", "administrator", "commissioner", "secretary", "adviser", "advisor"])
# the role nouns that make a name in apposition a person's ("X, the UN coordinator")
_PERSON_ROLES = (TITLE_WORDS | _HELD_TITLES | _WITNESS_HEADS | _PEOPLE_HEADS | frozenset(
    ["coordinator", "representative", "member", "leader", "elder", "lawmaker", "legislator",
     "councillor", "councilor", "surgeon", "journalist", "analyst", "researcher",
     "chairman", "chairwoman", "deputy", "vice", "cleric", "student", "politician",
     "senator", "lawyer"]
)) - _DESCRIBED_BODIES
# "Kermanshah governor, Manouchehr Habibi": a title, a comma and the holder's name
_TITLE_COMMA_NAME = re.compile(
    r"^([^,]*\b(?:" + "|".join(sorted(_HELD_TITLES | {"official", "leader", "head"}))
    + r"))\s*,\s+((?:[A-Z][\w'’.-]*\s?){1,5})$")


# "Ukraine's air force spokesman Yuriy Ihnat": a title, then its holder's name
_TITLE_THEN_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(_HELD_TITLES | {"official", "head", "leader"})) + r")\s+[A-Z]")


# "Fano commander in the area, Tesfaye Alemu": with the holder named, no place
_TITLE_PLACE_NAME = re.compile(
    r"^([^,]*\b(?:" + "|".join(sorted(_HELD_TITLES | {"official", "leader", "head"}))
    + r"))\s+in\s+[^,]+,\s+((?:[A-Z][\w'’.-]*\s?){1,5})$")


def _comma_acronym(head: Token, actor: Actor) -> str | None:
    """"The U.N. refugee agency, UNHCR, said": an acronym set off by commas right after
    the speaker's phrase, of the same body (the gazetteer's, or the name's initials)."""
    if "(" in actor.name:
        return None
    doc = head.doc
    end = phrase_tokens(head)[-1].i + 1
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", ")"):
        return None
    acr = doc[end + 1]
    if not (acr.is_upper and acr.is_alpha and 2 <= len(acr.text) <= 8) \
            or acr.text in actor.name:
        return None
    if acr.ent_id_ == actor.id or _abbreviates(acr.text, actor.name):
        return acr.text
    return None


def _bare_title(head: Token, tokens: list[Token]) -> bool:
    """"the governor", "the regional governor": a title held by one person, with no name
    or body of its own in the phrase."""
    return head.lemma_.lower() in _HELD_TITLES and head.tag_ == "NN" and len(tokens) <= 3 \
        and not any(t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "poss" for t in tokens)


def _title_before_name(head: Token) -> bool:
    """"Inspector General of Police (Pelan) Vikram Joshi": a given name and the head
    after a title anywhere in the phrase, though the recogniser tagged no person and the
    title runs on into what it is of (:func:`_titled_name` wants the name right after
    the title): one person, whom a later "he" may stand for. The given name may be an
    initial the tagger took for a noun ("Deputy Inspector General K Malvekar")."""
    if head.pos_ != "PROPN" or head.ent_id_:
        return False
    given = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.i == head.i - 1]
    if not given and head.i > 0 and _initial(head.doc[head.i - 1]):
        given = [head.doc[head.i - 1]]
    return bool(given) and any(t.lower_ in TITLE_WORDS or t.lower_ in _HELD_TITLES
                               for t in head.subtree if t.i < given[0].i)


def _initial(tok: Token) -> bool:
    """One capital letter, with or without its stop: "P", "K."."""
    text = tok.text.rstrip(".")
    return len(text) == 1 and text.isupper()


def _title_and_name(tokens: list[Token]) -> bool:
    """"Nigerian Air Force spokesman Air Vice Marshal Olusola Akinboyewa" (whatever the
    recogniser took the name for): a title, then a proper name ending the phrase."""
    for k, tok in enumerate(tokens[:-1]):
        if tok.lower_ in TITLE_WORDS or tok.lower_ in _HELD_TITLES:
            rest = tokens[k + 1 :]
            return all(t.pos_ == "PROPN" or t.text == "." for t in rest) \
                and not any(t.ent_id_ for t in rest) and rest[-1].pos_ == "PROPN"
    return False


_ANYONE = frozenset(["man", "woman", "person", "boy", "girl"])
# nouns that say only who a person is to the story, not his role: "the man", "the elder"
_ANYONE_WORDS = _ANYONE | frozenset(["father", "mother", "elder", "husband", "wife", "widow",
                                     "widower", "brother", "sister", "son", "daughter"])
# a role word for several people, never the one person a later "the man" is
_COLLECTIVE = frozenset(["family", "people", "crowd", "population", "community"])
_CLAUSE_MAX = 10  # tokens: "who lost three of his sons in the strike"


def _who_clause(head: Token) -> str:
    """The relative clause right after a person's role that says who he is ("who lost
    his brother in the strike", "who lives in a neighbouring village"), up to its end, a
    comma or a quote; "" when there is none, it runs long, or it only says he would not
    be named ("who asked not to be named")."""
    clause = next((c for c in head.rights if c.dep_ == "relcl"), None)
    if clause is None or clause.lemma_.lower() in _NAMING_VERBS \
            or clause.lemma_.lower() in lx.REPORT_VERBS:
        # "a farmer who said six relatives were killed": what he says, not who he is
        return ""
    doc = head.doc
    words: list[Token] = []
    for tok in doc[clause.left_edge.i : clause.right_edge.i + 1]:
        inside_word = tok.text == "-" and not tok.whitespace_ and tok.i > 0 \
            and not doc[tok.i - 1].whitespace_  # "the post-mortem examinations"
        if (tok.is_punct and not inside_word) or _breaks(tok):
            break
        words.append(tok)
    if not words or len(words) > _CLAUSE_MAX or words[0].lower_ not in ("who", "whose"):
        return ""
    return phrase_text(words)


def _institution(head: Token) -> str:
    """The institution a role noun names its holder by, as an id prefix: "a hospital
    official" and "a government official" are two parties, "hospital-" and "government-"
    (a noun before the role, with its own nouns: "health ministry officials"); "local
    officials" and "officials" are one."""
    noun = next((c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and not c.ent_type_ and c.i == head.i - 1), None)
    if noun is None:
        return ""
    words = [t for t in noun.subtree if t.pos_ == "NOUN" and not t.ent_type_]
    return slug(" ".join(t.lemma_.lower() for t in words)) + "-" if words else ""


def _institution_after(head: Token) -> str:
    """The institution a role noun's "at"/"of" phrase names, as an id prefix: "an official
    at the defence ministry" is not "Afghan officials"; "" when there is none."""
    noun = next((o for p in head.rights if p.dep_ == "prep" and p.i == head.i + 1
                 and p.lower_ in ("at", "of", "from", "with")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                 and o.ent_type_ not in ("GPE", "PERSON", "NORP")), None)
    if noun is None:
        return ""
    words = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")]
    return slug(" ".join(t.lemma_.lower() for t in [*words, noun])) + "-"


def _one_of_officials(head: Token) -> Token | None:
    """"One official" or "another official" after "U.S. officials declined to say ...":
    the officials of one country or body the same or the sentence before names (as
    subject or object, with their country or body before them)."""
    if not any(c.lower_ in ("one", "another") for c in head.children if c.i < head.i):
        return None
    own = sent_of(head).start
    start = sent_of(head.doc[own - 1]).start if own > 0 else 0
    for tok in reversed(head.doc[start : head.i]):
        if tok.tag_ == "NNS" and tok.lemma_.lower() == head.lemma_.lower() \
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
                    c.dep_ in ("compound", "amod") and (c.ent_type_ in ("NORP", "GPE", "ORG")
                                                        or c.ent_id_)
                    for c in tok.children):
            return tok
    return None


def _one_of_group(head: Token) -> Token | None:
    """"one man said" right after a sentence about "Relatives of the dead" or
    "Residents": the people group the sentence before has as its subject. Not a man the
    copy describes on his own ("One man, who said he watched from a courtyard", "a man
    from the area"): someone else, not one of them. Nor a subject inside what the sentence
    before reports ("Several told Reuters that officers shot men ... One woman said"): a
    woman speaking is not one of the officers told of."""
    if head.lemma_.lower() not in _ANYONE or not any(
            c.lower_ in ("one", "a", "an") for c in head.children) or sent_of(head).start == 0 \
            or any(c.dep_ in ("relcl", "prep", "acl", "appos") for c in head.children):
        return None
    prev = sent_of(head.doc[sent_of(head).start - 1])
    for tok in prev:
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.tag_ == "NNS" \
                and _role(tok) and tok.lemma_.lower() not in _ANYONE:
            return tok
    return None


def _before_place(tokens: list[Token]) -> list[Token]:
    """A role's words before "in the area" and the like: with the holder's name after it,
    a reporter writes "Fano commander Tesfaye Alemu"."""
    cut = next((k for k, t in enumerate(tokens) if k and t.dep_ == "prep"
                and t.lower_ == "in"), None)
    return tokens[:cut] if cut is not None else tokens


def _comma_person(head: Token, tokens: list[Token]) -> Any:
    """"According to a local official, Hazrat Gul, the strikes ...", "A vigilante leader
    in Safana, Sani Musa, said": a person's whole name between commas right after the
    role's phrase (and its own tail), however the parse hung it. The name span or None."""
    doc = head.doc
    last = max(head.right_edge.i, tokens[-1].i)
    k = tokens[-1].i + 1
    while k <= last and k < len(doc) and doc[k].text != "," and not _breaks(doc[k - 1]):
        k += 1
    if k + 1 >= len(doc) or doc[k].text != "," or _breaks(doc[k]):
        return None
    first = doc[k + 1]
    titled = first.lower_.rstrip(".") in _NAME_TITLES and k + 2 < len(doc)
    if titled:
        first = doc[k + 2]  # "..., Dr Syed Baqir Shah, said": the title is the name's
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or first.ent_id_:
        return None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
        end += 1
    if end >= len(doc) or doc[end].text not in (",", ".") or end - k > 5 + titled:
        return None
    return doc[k + 1 : end]


_NAMING_VERBS = frozenset(["give", "identify", "ask", "call", "name", "go", "want", "agree"])
# the forms of address a whole name may open with ("Dr Syed Baqir Shah", "Prof. Ali Khan")
_NAME_TITLES = frozenset(["dr", "prof", "mr", "mrs", "ms", "sheikh", "rev", "engineer"])


_NAME_RUN_MAX = 8  # tokens of a title and name after "identified as"


def _named_as_run(clause: Token) -> Any:
    """"A man identified as cartel commander Ramiro Soto said": the title and the name after
    "as" (the parse may leave "as" without its object and make the name the verb's
    subject). The run of nouns after "as", when it ends in a person's name; else None."""
    prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or clause.lemma_.lower() not in ("identify", "describe"):
        return None
    doc = clause.doc
    end = prep.i + 1
    while end < len(doc) and end - prep.i <= _NAME_RUN_MAX \
            and doc[end].pos_ in ("PROPN", "NOUN", "PART") and doc[end].text != "'s":
        end += 1
    span = doc[prep.i + 1 : end]
    if not len(span) or span[-1].ent_type_ != "PERSON" or end - prep.i > _NAME_RUN_MAX:
        return None
    return span


def _given_name(head: Token) -> Any:
    """"A neighbour who gave his name as Abu Fadi", "a resident, who asked to be
    identified only by his first name, Ahmad": the name the role's clause gives. A clause
    that gives none ("who asked not to be named") gives None."""
    for clause in head.subtree:
        # the clause may hang on the role's own tail ("a relative of one of the victims,
        # who gave only his first name, Ali, said")
        if clause.i < head.i or clause.dep_ not in ("relcl", "acl") \
                or clause.lemma_.lower() not in _NAMING_VERBS:
            continue
        named_as = _named_as_run(clause)
        if named_as is not None:
            return named_as
        for tok in clause.subtree:
            if tok.pos_ != "PROPN" or tok.ent_id_ or tok.dep_ == "compound":
                continue
            if (tok.dep_ == "pobj" and tok.head.lower_ == "as") or (
                    tok.dep_ in ("appos", "npadvmod", "attr", "oprd")
                    and tok.head.lemma_.lower() == "name"):
                start = min(t.i for t in tok.subtree)
                span = tok.doc[start : tok.i + 1]
                if all(t.pos_ == "PROPN" for t in span):
                    return span
    return None


def _patron_name(tok: Token) -> bool:
    """The entity starting at ``tok`` is a patron: "al Qaeda" in "the al Qaeda-linked
    group", "Iran" in "Iran-backed militias"."""
    doc = tok.doc
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    # a body a side runs, holds or leads is that side's ("the Taliban-run government",
    # "the Hamas-run health ministry"); one it backs or is linked to is not
    return hyphened(doc[end]) and doc[end + 2].lower_ in _LINK_PARTICIPLES


def _names_a_person(head: Token) -> bool:
    """The speaker's phrase names a person ("the army's spokesman, Major General X"), or
    a name the recogniser missed is given a person's role in apposition ("Succes Masra,
    leader of the Transformers party")."""
    return any(t.ent_type_ == "PERSON" for t in phrase_tokens(head)) or any(
        c.dep_ == "appos" and (c.ent_type_ == "PERSON"
                               or (head.pos_ == "PROPN" and head.tag_ == "NNP"
                                   and _person_role(c) and c.tag_ == "NN"))
        for c in head.children)


_NAME_WORDS = frozenset(["acronym", "abbreviation", "initials", "name"])


def _known_as(head: Token) -> Token | None:
    """"The group, known as ISWAP", "Jama'at Nusrat al-Islam wal-Muslimeen, known by its
    acronym JNIM": the name a participle gives the phrase."""
    for acl in head.children:
        if acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in ("call", "name") and any(
                c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in acl.children):
            # "a group calling itself X", "which calls itself X"
            return next((c for c in acl.children if c.dep_ in ("oprd", "xcomp", "attr")
                         and c.pos_ == "PROPN"), None)
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("know", "call", "name"):
            for prep in acl.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ == "as":
                    return next((c for c in prep.children if c.dep_ == "pobj"), None)
                if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                    # "known by its acronym JNIM" (or "by the acronym, JNIM")
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is None:
                        continue
                    if obj.pos_ == "PROPN" and any(
                            c.lemma_.lower() in _NAME_WORDS for c in obj.children):
                        return obj
                    if obj.lemma_.lower() in _NAME_WORDS:
                        return next((c for c in obj.children if c.dep_ in ("appos", "npadvmod")
                                     and c.pos_ == "PROPN"), None)
    return None


def _opening(head: Token) -> bool:
    """The head is in the headline (the first line, when a body follows it) or in the
    lead (the body's first sentence)."""
    doc = head.doc
    _, end = line_bounds(doc[0])
    if end >= len(doc) or end > _HEADLINE_MAX:
        end = 0  # no headline line: the lead is the first sentence
    if head.i < end:
        return True
    while end < len(doc) and doc[end].is_space:
        end += 1
    sent = sent_of(head)
    if end < len(doc) and sent.start <= end < sent.end:
        return True
    # "BAMAKO, Mali (AP) — An armed group ...": a dateline the parser made a sentence
    start = sent_of(head).start
    return end < start <= end + _FILED_SPAN and not any(_breaks(t) for t in doc[end:start]) \
        and (dateline_end(doc[start - 1]) or spaced_dash(doc[start - 1]))


def _line_ends_sentence(head: Token) -> bool:
    """The head's line ends with a full stop: a lead paragraph, not a headline."""
    _, end = line_bounds(head)
    words = [t for t in head.doc[:end] if not t.is_space]
    return bool(words) and words[-1].text == "."


def _in_headline(head: Token) -> bool:
    """The head is on the headline line (the first line, when a body follows it)."""
    _, end = line_bounds(head.doc[0])
    return end < len(head.doc) and end <= _HEADLINE_MAX and head.i < end


# the kinds of body a lead may describe before it names it (no state's own bodies)
_DESCRIBED_TYPES = frozenset(["armed_group", "international_body", "other"])


def _kind_unsure(subject: Token, actor: Actor) -> bool:
    """A name no list knows, whose kind the recogniser only guessed: "Cofavic said" (one
    word, taken for a person), "The Red Sea Afar Democratic Organisation said" (taken
    for a ministry by its head word)."""
    if actor.type == "person":
        return actor.id.startswith("person.") and len(phrase_tokens(subject)) == 1 \
            and not any(c.dep_ == "compound" for c in subject.children)
    return actor.type == "ministry" and actor.id.startswith("org.") \
        and subject.lemma_.lower() not in _MINISTRY and subject.lower_ not in _MINISTRY


# words that set a country's official against its government ("Gabon's opposition
# leader", "Syria's exiled opposition chief")
_AGAINST_STATE = frozenset(["opposition", "rebel", "dissident", "exiled", "insurgent",
                            "separatist"])


def _described_body(head: Token, tokens: list[Token]) -> bool:
    """"An Eritrean opposition group", "Nigeria's largest rights organisation": a body
    described by its kind, in words of what and whose home it is, with no name of its
    own (an indefinite article or a country as its possessor; no proper noun but a
    demonym or a country)."""
    types = _anaphor_types(head)
    if head.tag_ != "NN" or types is None or not types & _DESCRIBED_TYPES:
        return False
    if not any((c.dep_ == "det" and c.lower_ in ("a", "an"))
               or (c.dep_ == "poss" and c.ent_type_ == "GPE") for c in head.children):
        return False
    return all(t.i == head.i or t.is_lower or t.is_punct or t.dep_ == "det"
               or t.ent_type_ in ("NORP", "GPE")
               for t in tokens)


def _is_definite(head: Token, tokens: list[Token]) -> bool:
    return any(t.lower_ in ("the", "this", "that") for t in tokens if t.i < head.i)


def _generic(head: Token, tokens: list[Token]) -> bool:
    """"the ministry", "the army", "the group": a generic head with nothing that names
    whose (no proper noun, state word or possessor)."""
    lemma = head.lemma_.lower()
    if lemma not in _ANAPHOR_TYPES and head.lower_ not in _ANAPHOR_TYPES:
        return False
    patrons = patron_words(tokens)
    return not any(
        t.i != head.i and t.i not in patrons
        # a lower-case word the tagger took for a name ("jihadist" as NORP or PROPN)
        # names nobody; nor does a capitalised word of what an armed group is ("the
        # Islamist group")
        and (((t.pos_ == "PROPN" or t.ent_type_) and not t.is_lower
              and t.lower_ not in _NATURE_WORDS) or t.dep_ == "poss")
        for t in tokens
    )


def patron(tok: Token) -> bool:
    """"Iran" in "Iran-backed rebels" or "pro-Iran group": a patron, not the party's own
    state."""
    doc = tok.doc
    if hyphened(tok) and doc[tok.i + 2].lower_ in _PATRON_PARTICIPLES:
        return True
    return tok.lower_ == "pro" and hyphened(tok)


def patron_words(tokens: list[Token]) -> set[int]:
    """Token indices of patron compounds ("Iran - backed", "pro - Iran"), with the whole
    name the participle ends ("al Qaeda - linked")."""
    out: set[int] = set()
    for t in tokens:
        if patron(t):
            out.update(t.i + k for k in range(3))
            start = t.i
            while start > 0 and t.doc[start].ent_iob_ == "I":
                start -= 1
                out.add(start)
    return out


def state_name(gaz: Gazetteer, iso: str, text: str) -> str:
    """"Israeli" and "Russia's" name the state ("Israel", "Russia"); "Moscow" and "the
    Iranians" stay as written."""
    bare = re.sub(r"\s*['’]s$", "", text).strip()
    possessive = bare.lower() != text.lower() and gaz.country_of_name(bare) == iso
    if gaz.country_of_demonym(bare) or possessive:
        country = gaz.countries.get(iso)
        return country.name if country else text
    return text


def _plural_demonym(gaz: Gazetteer, text: str) -> str | None:
    """"The Iranians said": a people speaking as its state."""
    if text.endswith("s") and " " not in text:
        return gaz.country_of_demonym(text[:-1])
    return None


def _crosses_break(head: Token) -> bool:
    """The subject and its verb lie on two lines (a headline word read as the subject)."""
    verb = head.head
    if verb.i == head.i:
        return False
    lo, hi = sorted((head.i, verb.i))
    # (the doc's line breaks, found once, are the words :func:`_breaks` holds true of)
    breaks = line_breaks(head.doc)
    at = bisect.bisect_left(breaks, lo)
    return at < len(breaks) and breaks[at] < hi


def _subject_after(head: Token, ends: Callable[[Token], bool]) -> Token | None:
    """The top noun of the words between the last token that ``ends`` a segment (a line
    break, a dateline's colon) and the verb ``head`` is the subject of."""
    verb = head.head
    if verb.i <= head.i:
        return None
    doc = head.doc
    cuts = [t.i for t in doc[head.i : verb.i] if ends(t)]
    if not cuts:
        return None
    start = cuts[-1] + 1
    span = range(start, verb.i)
    for tok in doc[start : verb.i]:
        if tok.pos_ in ("NOUN", "PROPN") and tok.head.i not in span and not tok.is_space:
            return tok
    return None


def _subject_past_dateline(head: Token) -> Token | None:
    """"SANAA, Oct 24 (Test Agency) - Yemen's Houthis said": when the parse hangs the
    dateline's words off each other, the subject of a verb among the first words after the
    dash that closes it, on the same line."""
    doc = head.doc
    end = next((t.i for t in doc[head.i + 1 : head.i + 12]
                if dateline_end(t) or spaced_dash(t) or _breaks(t)), None)
    if end is None or _breaks(doc[end]):
        return None
    for tok in doc[end + 1 : end + 15]:
        if _breaks(tok):
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
                and tok.pos_ in ("NOUN", "PROPN"):
            return tok
    return None


def _inside_other_name(tok: Token, actor_type: str, tokens: list[Token]) -> bool:
    """A generic alias inside a longer proper name: "Security Council" in "Kurdistan
    Region's Security Council" is not the UN's."""
    if actor_type == "armed_group":
        return _named_before_alias(tok, tokens)
    if actor_type != "international_body":
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before not in tokens:
        return False
    if before.lower_ in ("'s", "’s"):
        before = doc[tok.i - 2] if tok.i > 1 else None
    return before is not None and before.pos_ == "PROPN" and not before.ent_id_ \
        and before.lower_ not in ("un", "u.n.", "united", "nations")


# Words that many armed groups' names are made of ("National Liberation Army", "Popular
# Resistance Committees"): an alias of these alone can end another group's longer name.
_GENERIC_NAME_WORDS = frozenset(
    ["national", "liberation", "army", "front", "forces", "force", "movement", "people",
     "peoples", "s", "popular", "democratic", "revolutionary", "islamic", "resistance",
     "defence", "defense", "united", "patriotic", "free", "union", "council", "committees",
     "committee", "brigades", "brigade", "mobilization", "mobilisation", "units", "unit",
     "of", "the", "for", "and", "salvation", "independence", "self", "guards", "guard"])


def _named_before_alias(tok: Token, tokens: list[Token]) -> bool:
    """An armed group's alias made only of generic name words that a longer proper name
    ends with: "National Liberation Army" in "West Papua National Liberation Army" is not
    Colombia's ELN ("Khalifa Haftar's forces" are Haftar's). The word before
    it is a proper noun of the same name (not a state or its people: "Colombia's",
    "Colombian"; not a person's first name: "Khalifa Haftar's forces"), with no entity of
    its own in the gazetteer."""
    if tok.i == 0 or not all(w in _GENERIC_NAME_WORDS
                             for w in re.findall(r"[a-z]+", _ent_text(tok).lower())):
        return False
    before = tok.doc[tok.i - 1]
    if before not in tokens or before.pos_ != "PROPN" or before.ent_id_ or _breaks(before) \
            or before.ent_type_ == "PERSON" or before.dep_ not in ("compound", "nmod", "amod"):
        return False
    gaz = Gazetteer.default()
    run = _proper_run(before)
    return not (gaz.country_of_name(run) or gaz.country_of_demonym(before.text)
                or gaz.country_of_name(before.text))


def _proper_run(tok: Token) -> str:
    """"Burkina Faso" of "Burkina Faso's armed forces" read as one ORG: the proper nouns
    compounded onto ``tok`` from its left, with it."""
    start = tok.i
    doc = tok.doc
    while start > 0:
        prev = doc[start - 1]  # (built once per step, not once per test)
        if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.head.i != tok.i:
            break
        start -= 1
    if start == tok.i and _name_cut_in_front([tok])[0].i < tok.i:
        start -= 1  # "Sierra | Leone's police": the parse hung "Sierra" elsewhere
    return doc[start : tok.i + 1].text


# Head nouns of an organisation's proper name ("... Defense Network", "... Association").
_BODY_NOUNS = frozenset(["network", "group", "committee", "council", "centre", "center",
                         "organisation", "organization", "association", "union", "front",
                         "movement", "commission", "foundation", "institute", "alliance",
                         "federation", "league", "society", "coalition", "observatory"])


def _opens_other_name(tok: Token, actor_type: str, head: Token) -> bool:
    """A medium's short name opening a longer proper name: "The National" in "The National
    Human Rights Defense Network" is no newspaper."""
    if actor_type != "media" or head.i <= tok.i or _covers(tok, head):
        return False
    return head.pos_ == "PROPN" and head.lower_ in _BODY_NOUNS and all(
        t.pos_ == "PROPN" for t in tok.doc[tok.i : head.i + 1]
        if not t.is_punct and t.pos_ != "DET")


def _ent_text(tok: Token) -> str:
    """Text of the entity that starts at ``tok``."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return doc[tok.i : i].text


def _covers(tok: Token, head: Token) -> bool:
    """Whether the entity starting at ``tok`` includes the phrase head."""
    i = tok.i + 1
    doc = tok.doc
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return tok.i <= head.i < i


# "Libyan National Army (LNA)", "U.S. Central Command (CENTCOM)": a capitalised name and
# the acronym the copy gives it in brackets
_BRACKETED = re.compile(
    r"((?:[A-Z][\w'’.-]*)(?:[ -](?:of|for|the|and|in|on|de|du|des|al|[A-Z][\w'’.-]*))*)"
    r"\s+\(([A-Z][A-Za-z.&-]{1,11})\)")


def _abbreviates(acronym: str, full: str) -> bool:
    """``acronym`` is made of the starts of ``full``'s words, in order, skipping words
    ("ISPR" of "Inter-Services Public Relations", "CENTCOM" of "Central Command")."""
    letters = re.sub(r"[^a-z]", "", acronym.lower())
    words = [w.lower() for w in re.split(r"[\s-]+", full) if w[:1].isalpha()]

    def fits(i: int, k: int) -> bool:
        if i == len(letters):
            return True
        for j in range(k, len(words)):
            n = 1
            while n <= len(words[j]) and i + n <= len(letters) \
                    and letters[i : i + n] == words[j][:n]:
                if fits(i + n, j + 1):
                    return True
                n += 1
        return False

    return len(letters) >= 2 and fits(0, 0)


def bracketed_names(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """The names the copy pairs with an acronym in brackets, each (lower-cased, and the
    acronym alone) -> "Full Name (ACR)": one body, one name, as the reporter wrote it
    whole. The pair counts when the acronym abbreviates the name or the gazetteer lists
    both for one body ("Armed Forces of the Democratic Republic of Congo (FARDC)")."""
    out: dict[str, str] = {}
    for match in _BRACKETED.finditer(text):
        full, acronym = match.group(1).strip(), match.group(2)
        words = full.split()
        while words and words[0].lower() in ("the", "of", "and", "for", "in", "on"):
            words = words[1:]
        # the longest end of the capitalised run whose first word the acronym starts with
        # and which it abbreviates ("Syrian Observatory for Human Rights", not
        # "Britain-based Syrian ...")
        found = None
        for k in range(len(words)):
            name = " ".join(words[k:])
            if words[k][:1].lower() == acronym[:1].lower() and _abbreviates(acronym, name):
                found = name
                break
            else:
                a, b = gazetteer.actor_by_alias(name), gazetteer.actor_by_alias(acronym)
                if a is not None and b is not None and a.id == b.id:
                    found = name
                    break
        if found is None or found == acronym:
            continue
        whole = f"{found} ({acronym})"
        out.setdefault(found.lower(), whole)
        out.setdefault(acronym.lower(), whole)
    return out


_NAME_JOINERS = frozenset(["of", "and", "for", "the", "al", "el", "de", "du", "in", "on"])


def proper_name(name: str) -> bool:
    """"Autonomous Administration of North and East Syria", "Ukraine's General Staff",
    "Guyana Defence Force": a body's own name, every word capitalised (after a state's
    possessive), not a description ("Guyana's military", "the region's administration")
    nor a titled person ("army spokesman Col. X")."""
    words = name.replace("’", "'").split()
    if len(words) > 1 and words[0].endswith("'s"):
        words = words[1:]
    content = [w.strip("()") for w in words if w.lower() not in _NAME_JOINERS]
    return len(content) >= 2 and all(w[:1].isupper() for w in content) and not any(
        w.lower().strip(".,") in TITLE_WORDS or w.lower() in _HELD_TITLES for w in words)


def described(name: str) -> bool:
    """A body named by a description ending in a common noun ("Guyana's military", "the
    region's Kurdish-led administration"), with no title in it."""
    words = name.split()
    return bool(words) and words[-1][:1].islower() and not any(
        w.lower().strip(".,") in TITLE_WORDS or w.lower() in _HELD_TITLES for w in words)


def named_later(parties: Iterable[Actor]) -> dict[str, Actor]:
    """"A local mayor said ..." then "the mayor, Shivan Ahmed, said ...": an anonymous
    source given by one title (``source.mayor``) is the person the story later names
    under that title, when exactly one person is so named; a reporter writes one party.
    Returns source id -> the named party. A name that only contains the title further
    in ("senior official John Doe") or plural sources ("officials") are left alone."""
    named: dict[str, dict[str, Actor]] = {}
    anonymous: dict[str, str] = {}  # source id -> the title it is given by
    others: set[str] = set()  # titles a person is named under after another word
    for actor in parties:
        if actor.type not in ("source", "official", "person"):
            continue
        words = actor.name.replace(",", " ").split()
        if words and words[0].lower() == "the":
            words = words[1:]
        # the role, without the institution the id may carry ("hospital-official")
        title = actor.id.removeprefix("source.").rsplit("-", 1)[-1]
        if actor.id.startswith("source.") and words and (
                words[-1].lower() == title or (
                    title in (w.lower() for w in words) and all(
                        w.islower() for w in words))
                or (len(words) > 2 and words[0].lower() == title
                    and words[1].lower() in ("of", "for", "in") and "," not in actor.name)):
            # "local mayor", "a resident": the title last; "mayor of a nearby district":
            # the title with no name in the phrase; "the commissioner of Nasir County":
            # the title first, then what it is the title of (not "governor of Lindi, Musa
            # Okello", who is named)
            anonymous[actor.id] = title
        elif len(words) > 1 and (words[0].islower() or actor.id.startswith("person.")) \
                and words[1][:1].isupper():
            # "mayor Shivan Ahmed"; "Governor Yevgeny Pervyshin", a person by his title
            # one person, whichever form named him ("the mayor, Ali Hassan" as a source)
            people = named.setdefault(f"source.{words[0].lower()}", {})
            key = " ".join(words[1:])
            if key not in people or people[key].id.startswith("source."):
                people[key] = actor
        elif len(words) > 2 and actor.id.startswith("person.") and words[0][:1].isupper() \
                and words[1].islower() and words[2][:1].isupper():
            # "Ryazan governor Pavel Malkov", "Senior official John Doe": another person
            # under that title, no one an anonymous source is, who leaves it unnamed when
            # one more is named ("the local governor" beside two governors)
            others.add(words[1])
    return {sid: next(iter(named[f"source.{title}"].values()))
            for sid, title in anonymous.items()
            if len(named.get(f"source.{title}", ())) == 1 and title not in others}


# A bare plural role noun as speaker ("rescuers said") and the kind of body it works for,
# by the words of the body's names: "the White Helmets rescue service", "the Yemeni Red
# Crescent", "Doctors Without Borders", "the Syrian Observatory".
_ROLE_KINDS = {"rescuers": "rescue", "medics": "medical", "paramedics": "medical",
               "monitors": "monitor"}
_KIND_WORDS = {
    "rescue": ("civil defence", "civil defense", "white helmets", "rescue", "red crescent",
               "red cross"),
    "medical": ("red crescent", "red cross", "doctors without borders",
                "medecins sans frontieres", "medical", "ministry of health",
                "health ministry"),
    "monitor": ("observatory", "monitor", "data project", "acled", "airwars"),
}


def role_bodies(parties: Iterable[Actor], doc: Doc, gazetteer: Gazetteer) -> dict[str, Actor]:
    """Party rule ``source.role_body``: "nine civilians were killed, rescuers said" in a
    story that names the White Helmets rescue service: the rescuers are that body's,
    shown as a reporter writes them ("White Helmets rescuers"), when the story names
    exactly one body of the role's kind (rescue service; medical charity, Red Crescent or
    health ministry for medics; a monitor for monitors). With none, or two of the kind,
    they stay "rescuers". Returns source id -> the body, under that name."""
    roles = {p.id: p.name.lower().removeprefix("the ") for p in parties
             if p.type == "source" and p.name.lower().removeprefix("the ") in _ROLE_KINDS}
    if not roles:
        return {}
    found: dict[str, dict[str, tuple[ActorEntry, str]]] = {}
    for ent in doc_ents(doc):
        entry = gazetteer.actors.get(ent.ent_id_) if ent.ent_id_ else None
        if entry is None:
            continue
        names = " ".join((entry.name, *entry.aliases, ent.text)).lower()
        for kind, words in _KIND_WORDS.items():
            if any(w in names for w in words):
                found.setdefault(kind, {}).setdefault(entry.id, (entry, ent.text))
    out: dict[str, Actor] = {}
    for pid, role in roles.items():
        bodies = found.get(_ROLE_KINDS[role], {})
        if len(bodies) == 1:
            entry, text = next(iter(bodies.values()))
            out[pid] = entry.actor(f"{re.sub(r'^the ', '', text, flags=re.I)} {role}")
    return out


# ------------------------------------------------------------------ the story's home state
#
# "the army", "the defence ministry", "police", "the government", "security forces", or a
# spokesman, official or commander titled with one of these, with no country named, speak
# for the story's home state: the country of its dateline ("YAOUNDE, March 2 (Reuters) -")
# when the story is about that country, else the one country the story's places and named
# state actors agree on. Never when the story names the armed forces of another state too
# (a border clash, a cross-border strike): which one "the army" is, nothing says.

# a state's forces or their ministry, named without the state (also :data:`_DEFENCE_BODY`)
_FORCES_BODIES = (r"(?:national\s+)?defen[cs]e\s+ministry"
                  r"|ministry\s+of\s+(?:the\s+)?(?:national\s+)?"
                  r"defen[cs]e|mod|army|military|armed\s+forces|defen[cs]e\s+forces"
                  r"|air\s+force|navy"
                  # the staff that commands them: "the Joint Chiefs of Staff", "the
                  # General Staff", "the high command"
                  r"|(?:joint\s+)?chiefs?\s+of\s+(?:the\s+)?(?:defen[cs]e\s+)?staff"
                  r"|general\s+staff|defen[cs]e\s+staff|(?:military\s+|high\s+)command")
_HOME_BODY = re.compile(
    r"^(?:(?:the|a|an)\s+)?"
    r"(?:" + _FORCES_BODIES + r"|interior\s+ministry"
    r"|ministry\s+of\s+(?:the\s+)?(?:national\s+)?interior"
    r"|police|gendarmerie"
    r"|government|security\s+forces|government\s+(?:forces|troops)"
    r"|(?:public\s+)?prosecution|prosecutor(?:['’]s\s+office)?|prosecutor[-\s]general(?:['’]s\s+office)?)"
    r"(?:\s*\((?:mod|moi)\))?(?:['’]s)?"
    r"(?:\s+(?P<role>spokes(?:man|woman|person)|officials?|sources?|chief|commander"
    r"|commissioner|statement)"
    r"(?:,?\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*))?)?$",
    re.IGNORECASE,
)
# heads that make a state's demonym or name ("Thai jets", "Cambodian troops") one of the
# story's armed states
_ARMED_HEADS = _MILITARY_HEADS | frozenset(
    ["soldier", "soldiers", "drone", "drones", "artillery", "shelling", "airstrike",
     "airstrikes", "strike", "strikes", "missile", "missiles", "rocket", "rockets", "raid",
     "raids", "fire", "gunboat", "gunboats", "helicopter", "helicopters", "attack",
     "attacks", "bombing", "bombings", "bombardment", "shells", "bombs"])
_ARMED_TYPES = frozenset(["military"])
_DEFENCE = re.compile(r"defen[cs]e", re.IGNORECASE)
# heads that name a state's armed forces ("the military said", "Military spokesman X")
_ARMED_FORCE_HEADS = frozenset(["military", "army", "forces", "troops", "navy", "junta"])


def _may_be_forces(head: Token, actor: Actor) -> bool:
    """Anaphor rule ``definite.military``: a ministry is the forces' only as a defence
    ministry; "Military spokesman X" after "the prosecutor's office said" is no
    prosecutor's. A head that names no armed forces may be any body of its kinds."""
    words = {head.lemma_.lower(), head.lower_} | {
        c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
    return _forces_fit(words, actor)


def _forces_fit(words: set[str], actor: Actor) -> bool:
    return actor.type != "ministry" or not (words & _ARMED_FORCE_HEADS) \
        or _DEFENCE.search(actor.name) is not None
_FILED_SPAN = 16  # tokens: a dateline is short ("MAIDUGURI, Nigeria, June 4 (AP) -")
STATE_TYPES = frozenset(["military", "ministry", "state"])


# home bodies that are a state's forces or their ministry: the one state whose forces the
# story names is theirs, even among other states named
_DEFENCE_BODY = re.compile(r"^(?:(?:the|a|an)\s+)?(?:" + _FORCES_BODIES + r")\b", re.IGNORECASE)


# a military rank before a capitalised name, opening the name or after a comma ("Major
# General Valentine Okoro"; "The General Officer Commanding 1 Division, Major General X")
_RANKED = re.compile(
    r"(?:^|,\s*|\s)(?i:(?:the\s+)?(?:(?:major|lieutenant|lt\.?|brigadier|maj\.?|brig\.?)[\s-]+)?"
    r"(?:general|gen\.|colonel|col\.|admiral|adm\.)|(?:rear|vice)\s+admiral"
    r"|air\s+(?:vice\s+|chief\s+)?marshal|air\s+commodore)"
    r"\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+$")


def ranked_officer(actor: Actor) -> bool:
    """A person named by a military rank, of no body the article gives him (the rank may
    follow an office: "Director of Public Relations Air Commodore Arno Tara")."""
    if actor.country is not None or actor.type not in ("person", "official", "military"):
        return False
    if actor.side is not None and actor.side != actor.id:
        return False
    if not actor.id.startswith(("person.", "org.", "source.")):
        return False
    return _RANKED.search(actor.name.strip()) is not None


def home_body(actor: Actor) -> bool:
    """The party is a state body named without its state ("the army", "police", "Defense
    ministry spokesman Col. X"), and no rule gave it a side of its own."""
    if actor.country is not None or actor.type == "media":
        return False
    if actor.side is not None and actor.side != actor.id:
        return False
    found = _HOME_BODY.match(actor.name.strip())
    if found is None:
        return False
    # a name after the title must be a name: "Col. Cyrille Atonfack", not "in Gwoza said"
    return found.group("name") is None or found.group("name")[0].isupper()


def with_home_side(actor: Actor, home: str | None, gazetteer: Gazetteer,
                   armed: str | None = None) -> Actor:
    """``actor`` on the home state's side, when it is a home body (:func:`home_body`);
    with no home state, a body of a state's forces ("the Ministry of Defense (MoD)",
    "the army") on the side of ``armed``, the one state whose forces the story names."""
    if not home_body(actor):
        return actor
    if home is None and _DEFENCE_BODY.match(actor.name.strip()):
        home = armed
    if home is None:
        return actor
    return Actor(actor.id, actor.name, actor.type, home, gazetteer.country_side(home))


def home_state(doc: Any, gazetteer: Gazetteer) -> str | None:
    """The ISO2 code of the story's home state, or None (see :data:`_HOME_BODY`)."""
    return _home_and_armed(doc, gazetteer)[0]


def armed_state(doc: Any, gazetteer: Gazetteer) -> str | None:
    """The one state whose forces the story names ("Afghan forces" beside "the
    US-Taliban agreement"), or None: none, or two."""
    armed = _home_and_armed(doc, gazetteer)[1]
    return next(iter(armed)) if len(armed) == 1 else None


def _home_and_armed(doc: Any, gazetteer: Gazetteer) -> tuple[str | None, frozenset[str]]:
    return DOC_MEMO.get(doc, ("home state", id(gazetteer)),
                        lambda: _find_home(doc, gazetteer))


def _find_home(doc: Any, gazetteer: Gazetteer) -> tuple[str | None, frozenset[str]]:
    span = _filed_line(doc)
    filed = _dateline_country(doc, span, gazetteer) if span is not None else None
    named: set[str] = set()
    armed: set[str] = set()
    for ent in doc_ents(doc):
        entry = gazetteer.actors.get(ent.ent_id_) if ent.ent_id_ else None
        if entry is not None and len(gazetteer.actors_sharing(ent.text)) > 1:
            continue  # "two National Guard posts": an alias several states' bodies share
        if entry is not None and entry.country and entry.type in STATE_TYPES:
            named.add(entry.country)
            if entry.type in _ARMED_TYPES or _DEFENCE.search(ent.text) \
                    or ent.root.lower_ in _ARMED_HEADS:  # "Afghan forces": a state's forces
                armed.add(entry.country)
            continue
        if ent.label_ not in ("GPE", "NORP") or patron(ent[0]) \
                or (span is not None and span[0] <= ent.start <= span[1]):
            continue
        iso = gazetteer.country_of_name(ent.text) or gazetteer.country_of_demonym(ent.text)
        if iso is None:
            continue
        named.add(iso)
        if _arms(ent.root):
            armed.add(iso)
    if filed is not None and (not named or filed in named or named <= armed):
        # the story's own state is where it was filed, unless it names another state
        # that is not only the forces acting there ("BUENOS AIRES, Argentina -- British
        # air attacks on the airport": the British are the attackers, not the home)
        home: str | None = filed
    else:
        home = next(iter(named)) if len(named) == 1 else None
    if home is None or armed - {home}:
        # two states' forces in the story: "the army" is either's (the state the story
        # was filed in has forces of its own there: "BUENOS AIRES -- British air
        # attacks ... the military command said" is not Britain's command)
        return None, frozenset(armed | ({filed} if filed is not None else set()))
    return home, frozenset(armed)


def _arms(tok: Token) -> bool:
    """A state word that names armed forces: "Thai jets", "Cambodian and Thai troops",
    "Nigeria's military"."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    head = tok.head
    if head.lemma_.lower() in _MINISTRY:  # "Cambodia's defence ministry"
        return any(_DEFENCE.fullmatch(c.lower_) for c in head.children)
    return head.lower_ in _ARMED_HEADS or head.lemma_.lower() in _ARMED_HEADS


def _filed_line(doc: Any) -> tuple[int, int] | None:
    """Token span of the dateline ("YAOUNDE, March 2 (Reuters) -") that opens the body
    (or the text, with no headline), up to its closing dash or colon."""
    for tok in doc[:80]:
        at_line = tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws
        if not at_line or tok.is_space:
            continue
        if not (tok.is_upper and tok.is_alpha and len(tok.text) > 2):
            continue
        for end in doc[tok.i + 1 : tok.i + _FILED_SPAN]:
            if "\n" in end.text_with_ws or end.pos_ in ("VERB", "AUX"):
                break
            if dateline_end(end) or spaced_dash(end):
                return tok.i, end.i
    return None


def filed_state(doc: Any, gazetteer: Gazetteer) -> str | None:
    """The ISO2 code of the state the story's dateline names, or None."""
    span = _filed_line(doc)
    return _dateline_country(doc, span, gazetteer) if span is not None else None


def _dateline_country(doc: Any, span: tuple[int, int], gazetteer: Gazetteer) -> str | None:
    """The country a dateline names ("MAIDUGURI, Nigeria, June 4 (AP) -") or whose
    capital it is ("YAOUNDE, March 2 (Reuters) -"); None for a joint dateline of two
    states ("ISLAMABAD/NEW DELHI")."""
    words = doc[span[0] : span[1]]
    if any(t.text == "/" for t in words):
        return None
    # the names the recogniser found whole first ("South Sudan", not its "Sudan"), then
    # the city in capitals ("YAOUNDE", "PORT SUDAN"), then any one word ("KYIV, Ukraine")
    found = {iso for ent in doc_ents(doc) if span[0] <= ent.start and ent.end <= span[1]
             and ent.label_ == "GPE" and (iso := gazetteer.country_of_name(ent.text))}
    if not found:
        city = " ".join(t.text for t in words if t.is_upper and t.is_alpha)
        iso = gazetteer.country_of_name(city) if city else None
        found = {iso} if iso else {iso for t in words if t.is_alpha
                                   and (iso := gazetteer.country_of_name(t.text))}
    return next(iter(found)) if len(found) == 1 else None


def _named_subject_before(head: Token) -> bool:
    """The sentence just before ``head``'s has a proper name of a body as its subject
    ("The IMN gave a very different account. Its spokesman Ibrahim Musa said"): the
    spokesman is that body's, known or not, never the body heard before it."""
    start = sent_of(head).start
    if start == 0:
        return False
    return any(tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.pos_ == "PROPN"
               and tok.ent_type_ in ("ORG", "") for tok in sent_of(head.doc[start - 1]))
