"""What kind of thing a target phrase names: an armed group (resolved to a gazetteer actor
when one is named), the military, civilians, a civilian site, infrastructure, or unknown.

The class is decided by an ordered table of (condition, class) rows in
``data/targets.json``: the head noun, its modifiers, and a relative clause or "including"
list that describes it ("a house where a ceremony was held", "a building where officers
met")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy import parts_of_speech
from spacy.attrs import DEP, HEAD, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from pipeline.domain.models import TARGET_CLASSES, Target
from pipeline.nlp import lexicon as lx
from pipeline.nlp.docmemo import (
    DOC_MEMO,
    any_word,
    doc_array,
    doc_text,
    ent_at,
    lemma_positions,
    per_token,
    sent_of,
)
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.mentions import after_dateline, patron_words, phrase_text
from pipeline.nlp.tables import read_table

# Children that stay part of a target phrase.
_KEEP_DEPS = frozenset(
    [
        "det", "amod", "compound", "nummod", "poss", "case", "nmod", "quantmod",
        "advmod", "npadvmod", "prep", "pobj", "punct"
    ]
)
_KEEP_PREPS = frozenset(["of", "for", "belonging"])
_KEEP_PUNCT = frozenset(["'", '"', "“", "”", "-", "‘", "’", "(", ")"])
GENERIC_REBELS = "generic.rebels"


def target_tokens(head: Token) -> list[Token]:
    """The target phrase: the head with its modifiers and "of"/"for" complements, as a
    contiguous run around the head. Kept per document: the construction checks, the
    claim's target and its place each ask for a head's phrase (about twice per head)."""
    return list(_target_run(head))


@per_token
def _target_run(head: Token) -> list[Token]:
    """:func:`target_tokens`, once per document and head."""
    out = _phrase(head)
    i = out.index(head)
    lo = hi = i
    while lo > 0 and out[lo - 1].i == out[lo].i - 1:
        lo -= 1
    while hi < len(out) - 1 and out[hi + 1].i == out[hi].i + 1:
        hi += 1
    run = out[lo : hi + 1]
    doc = head.doc
    # "ALGIERS - Three Algerian citizens were killed": the dateline before the dash is no
    # part of what was hit
    run = after_dateline(run, head)
    # a word the parse split at its hyphens ends whole ("Port-au-Prince", not "Port-"),
    # and the run ends on no opening bracket or dash ("the Kachin Independence Army (")
    while run and not run[-1].whitespace_ and run[-1].i + 1 < len(doc) \
            and (doc[run[-1].i + 1].text == "-" or run[-1].text == "-") \
            and run[-1].i + 1 < sent_of(head).end:
        run.append(doc[run[-1].i + 1])
    while len(run) > 1 and run[-1].text in _OPEN_MARKS and run[-1].i != head.i:
        run.pop()
    return run


_OPEN_MARKS = frozenset(["(", "[", "-", "–", "—", "“"])


def _mistaken_for(head: Token) -> bool:
    """"mistook the gathering for a convoy": the "for" phrase is what the attacker
    believed, not part of what was hit."""
    verb = head.head
    return head.dep_ == "dobj" and (verb.lemma_.lower() in lx.MISTAKE_VERBS
                                     or verb.lower_ in lx.MISTAKE_VERBS)


def _phrase(head: Token) -> list[Token]:
    """The head with the words of its phrase, in text order: a new list each time, the
    words found once per document and head (the class rows and the target's text both
    ask for it)."""
    return list(_phrase_words(head))


@per_token
def _phrase_words(head: Token) -> list[Token]:
    out = [head]
    stack = list(head.children)
    if head.dep_ == "conj" and not any(c.dep_ == "prep" and c.lower_ == "of"
                                       for c in head.children):
        # "headquarters and training centres of separatist groups": an "of" after the
        # last conjunct, parsed on the first, belongs to both ("the headquarters of the
        # group and a school" keeps its "of" to itself)
        stack += [c for c in head.head.children
                  if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i]
    if head.lower_ in _BARE_PRONOUN_HEADS:
        # "those who were trying to kill them": the clause says who they were
        out += [t for c in head.children if c.dep_ == "relcl"
                and c.right_edge.i - head.i <= _CLAUSE_SHOWN for t in c.subtree]
    believed = _mistaken_for(head)
    while stack:
        tok = stack.pop()
        if tok.dep_ not in _KEEP_DEPS:
            continue
        if tok.dep_ == "prep" and (tok.lower_ not in _KEEP_PREPS
                                   or (believed and tok.head.i == head.i and tok.lower_ == "for")
                                   or not any(c.dep_ == "pobj" for c in tok.children)):
            continue  # (nor a preposition with no noun of its own: "a workshop for making")
        if tok.dep_ == "punct" and tok.text not in _KEEP_PUNCT:
            continue
        if _misparsed_clause(tok):
            continue
        if tok.dep_ == "amod" and tok.pos_ == "VERB" and (
                any(c.dep_ == "aux" for c in tok.children)
                or (tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() == "have")):
            # "the strike had targeted militants" read as "had-targeted militants" or as
            # "had (targeted militants)": the verb, no part of what it hit
            continue
        out.append(tok)
        stack.extend(tok.children)
    out.sort(key=lambda t: t.i)
    return out


def _names_listed(tok: Token) -> bool:
    """Rule ``targets.names_listed``: "the yards of Kessa Tor and Dorba Nam boarding
    schools", "dozens of Tarso and Varnet villagers": in the "of" phrase of a part or
    a count, the plural noun after a list of names, parsed as the last name's conjunct,
    says what every name in the list is (not "of Kessa Tor and the schools", nor "at
    the Velt Front and not Ostra's citizens"; a capital "A" the parse took for an article
    opens a name: "Kessa Tor and A Lwin Oo schools")."""
    return tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.tag_ == "NNS" \
        and tok.head.pos_ == "PROPN" and tok.head.dep_ == "pobj" \
        and not any((c.dep_ == "det" and c.text != "A") or c.dep_ in ("poss", "neg")
                    for c in tok.children) \
        and not any(c.dep_ == "neg" or c.lower_ == "not" for c in tok.head.children) \
        and any(t.pos_ == "PROPN" for t in tok.doc[tok.head.i + 1 : tok.i])


# pronouns that say nothing of whom they stand for without their relative clause
_BARE_PRONOUN_HEADS = frozenset(["those", "anyone", "whoever", "everyone"])
_CLAUSE_SHOWN = 12  # tokens: a longer clause is left out of the shown phrase


def _misparsed_clause(tok: Token) -> bool:
    """"its artillery hit rocket launch sites" parsed as "artillery-hit sites": the strike
    clause the parse hung on the target as a modifier is no part of its name (construction
    ``hit.subject_as_modifier``); "a rebel-held town" keeps its "rebel-held"."""
    return tok.dep_ == "amod" and tok.pos_ == "VERB" and tok.lemma_.lower() in lx.STRIKE_VERBS \
        and any(c.dep_ == "npadvmod" for c in tok.children)


@dataclass(frozen=True, slots=True)
class ClassRow:
    """One row of the target-class table: conditions (all must hold) and the class."""

    id: str
    when: Mapping[str, Any]
    target_class: str
    actor: str | None = None
    example: Mapping[str, Any] = field(default_factory=dict)
    counter_example: Mapping[str, Any] = field(default_factory=dict)
    # the head words a row opens with (its first condition ``head_in``, as most rows'
    # is), else None: a head with none of them fails the row before any other test
    opening: frozenset[str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        first = next(iter(self.when.items()), None)
        if first is not None and first[0] == "head_in":
            object.__setattr__(self, "opening", frozenset(first[1]))


# (class, actor id, row id)
_Found = tuple[str, str | None, str | None]
_CONDITIONS = frozenset(["gazetteer", "head_in", "head_not_in", "head_ent", "head_pos",
                         "head_shape", "phrase_any", "phrase_none", "clause_any", "clause_none",
                         "clause_verb_any", "clause_gazetteer", "clause_object_any",
                         "unnamed", "own_name", "members_any", "venue_any", "doc_none",
                         "fights", "person_owned", "carried", "definite_bare",
                         "definite_unmodified", "listed_with_any", "listed_phrase_any"])
_FLAGS = frozenset(["gazetteer", "head_ent", "head_shape", "clause_gazetteer", "unnamed",
                    "own_name", "fights", "person_owned", "carried", "definite_bare",
                    "definite_unmodified"])


class TargetTableError(ValueError):
    """A row of the target-class table is malformed."""


def _words(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_NOUN_CLASS_REF):
        return noun_class_words(value[len(_NOUN_CLASS_REF):])
    if isinstance(value, str) and value.startswith("$"):
        try:
            return lx.word_list(value)
        except KeyError as err:
            raise TargetTableError(str(err)) from None
    if isinstance(value, list):
        out: set[str] = set()
        for v in value:
            got = _words(v)
            out |= got if isinstance(got, frozenset) else {got}
        return frozenset(out)
    return value


_NOUN_CLASS_REF = "$NOUN_CLASS:"
_NOUN_CLASSES: dict[str, frozenset[str]] | None = None


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value.lower()}
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


def known_words() -> frozenset[str]:
    """Every word a list of the lexicon or a row of the target table holds (lower case):
    the words the rules decide, also the ones they leave without a class on purpose."""
    table = read_table("targets.json")
    known = {w.lower() for value in vars(lx).values()
             if isinstance(value, frozenset | dict) for w in value if isinstance(w, str)}
    for row in table["rows"]:
        for value in (row.get("when") or {}).values():
            known |= {w for w in _strings(value) if not w.startswith("$")}
    return frozenset(known)


def noun_class_words(target_class: str) -> frozenset[str]:
    """``"$NOUN_CLASS:civilians"`` in the table: the nouns WordNet's hierarchy puts in that
    class (``data/noun_classes.json``, built by ``scripts/build_noun_classes.py``), less
    every word the rules know (``known_words``)."""
    global _NOUN_CLASSES
    if _NOUN_CLASSES is None:
        data = read_table("noun_classes.json")
        known = known_words()
        _NOUN_CLASSES = {c: frozenset(words) - known for c, words in data["classes"].items()}
    if target_class not in _NOUN_CLASSES:
        raise TargetTableError(f"no noun class {target_class!r} in data/noun_classes.json")
    return _NOUN_CLASSES[target_class]


def load_class_rows(text: str | None = None) -> list[ClassRow]:
    """The ordered target-class table, validated."""
    out = []
    for row in read_table("targets.json", text)["rows"]:
        rid = row.get("id")
        when = row.get("when") or {}
        bad = set(when) - _CONDITIONS
        if bad or not when:
            raise TargetTableError(f"{rid}: conditions must be among {sorted(_CONDITIONS)}")
        if row.get("class") not in TARGET_CLASSES:
            raise TargetTableError(f"{rid}: class {row.get('class')!r} not in TARGET_CLASSES")
        if "example" not in row or "counter_example" not in row:
            raise TargetTableError(f"{rid}: needs an example and a counter-example")
        if "head_shape" in when and when["head_shape"] not in _SHAPES:
            raise TargetTableError(f"{rid}: head_shape must be among {sorted(_SHAPES)}")
        parsed = {k: (v if k in _FLAGS else _words(v if isinstance(v, list) else [v]))
                  for k, v in when.items()}
        out.append(ClassRow(rid, parsed, row["class"], row.get("actor"), row["example"],
                            row["counter_example"]))
    ids = [r.id for r in out]
    if len(set(ids)) != len(ids):
        raise TargetTableError("duplicate row ids")
    return out


_ROWS: list[ClassRow] | None = None


def class_rows() -> list[ClassRow]:
    global _ROWS
    if _ROWS is None:
        _ROWS = load_class_rows()
    return _ROWS


# what "fighter" names as a modifier: a kind of aircraft ("fighter jets", "fighter planes")
_FIGHTER_CRAFT = frozenset(["jet", "plane", "aircraft", "airplane", "bomber", "craft"])


def _craft_word(tok: Token) -> bool:
    """"fighter" of "fighter jets": a kind of aircraft, not fighters (in a clause on a
    site: "facilities supplying fighter jets")."""
    return tok.lower_ in ("fighter", "fighters") and tok.dep_ == "compound" \
        and tok.head.lemma_.lower() in _FIGHTER_CRAFT


def _forms(tokens: list[Token]) -> set[str]:
    """Lower-case forms and lemmas, with a naive singular ("jihadis" -> "jihadi"). The
    "general" of a civil title ("the UN secretary-general", "the attorney general") is
    no general."""
    out: set[str] = set()
    for t in tokens:
        low = t.lower_
        if low == "general" and _civil_general(t):
            continue
        out.update((low, t.lemma_.lower()))
        if len(low) > 3 and low.endswith("s"):
            out.add(low[:-1])
    return out


def _home_to(head: Token) -> list[Token]:
    """"the compound, home to a hotel, restaurants and offices": what an appositive "home
    to" names is what the site holds, as the object of "houses" is."""
    held: list[Token] = []
    doc = head.doc
    homes = [c for c in head.children if c.dep_ == "appos" and c.lower_ == "home"]
    if not homes and head.i + 2 < len(doc) and doc[head.i + 1].text == "," \
            and doc[head.i + 2].lower_ == "home":
        homes = [doc[head.i + 2]]  # the parse may hang it on the verb: "attacked a
        # compound, home to a hotel" ("home" an adverb of "attacked")
    for appos in homes:
        for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                held += [obj, *obj.conjuncts]
    return held


def _civil_general(tok: Token) -> bool:
    """"general" as the tail of a civil title: "secretary-general", "Attorney General",
    "director general", "Inspector General of Police"."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.text in ("-", "–") and tok.i > 1:
        before = doc[tok.i - 2]
    return before is not None and before.lower_ in _GENERAL_TITLES


# the titles "general" follows in a civil office
_GENERAL_TITLES = frozenset(["secretary", "attorney", "director", "inspector", "consul",
                             "governor", "auditor", "solicitor", "surgeon", "registrar",
                             "comptroller", "postmaster", "procurator", "prosecutor"])


_CLAUSE_DEPS = frozenset(["relcl", "acl"])
# What a clause on a site makes, keeps or moves there: "producing drones", "where weapons
# were stored" (not its subject: "where shells landed" names what struck it).
_OBJECT_DEPS = frozenset(["dobj", "nsubjpass"])
_MAX_CLAUSE = 40


_WHERE_PREPS = frozenset(["in", "near", "outside"])


def _where_on_place(prep: Token, sites: Token) -> list[Token]:
    """A "where" clause the parser hung on the place name after a site ("a workshop in
    Kharkiv where units assembled drones"; a town the recogniser may miss: "a restaurant
    in Krivoy Rog where commanders were meeting"): a town is not what it describes, the
    site is. So is a clause whose verb agrees with the sites, not with the one town
    ("depots in the harbour of Pelan, which were feeding the army's guns"), the town
    named after "of" too. ``sites``: the head the clause may describe."""
    places = [obj for obj in prep.children if obj.dep_ == "pobj"]
    places += [sub for obj in places for p in obj.children if p.dep_ == "prep"
               and p.lower_ == "of" for sub in p.children if sub.dep_ == "pobj"]
    return [t for obj in places
            if obj.ent_type_ in ("GPE", "LOC") or (obj.pos_ == "PROPN" and not obj.ent_id_)
            for c in obj.children if c.dep_ == "relcl"
            and (any(w.lower_ == "where" for w in c.children) or _agrees_with_sites(c, sites, obj))
            for t in list(c.subtree)[:_MAX_CLAUSE]]


def _up_to_verb(head: Token) -> list[Token]:
    """The words ``head`` hangs from, up to the first verb."""
    out = []
    for up in head.ancestors:
        out.append(up)
        if up.pos_ == "VERB":
            break
    return out


def _agrees_with_sites(clause: Token, sites: Token, place: Token) -> bool:
    """A relative clause whose auxiliary is plural ("which were used", "that have been
    feeding the army") hung on one town after plural sites belongs to the sites."""
    return sites.tag_ in ("NNS", "NNPS") and place.tag_ in ("NN", "NNP") \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                for c in clause.children) \
        and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have")
                for c in clause.children)


def clause_tokens(head: Token) -> list[Token]:
    """Words that describe the head from outside its phrase: a relative or participle
    clause ("a building where officers met", "sites that were terrorist infrastructure"),
    an "including ..." list on the head or on the verb it hangs from, or for a bare toll
    where it was taken ("killed 14 at a funeral")."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ in
                                          ("including", "among")):
            aside = {t.i for p in child.children if _misread_as(p) for t in p.subtree}
            out.extend(t for t in list(child.subtree)[:_MAX_CLAUSE] if t.i not in aside)
        elif child.dep_ == "prep" and child.lower_ in _WHERE_PREPS:
            out.extend(_where_on_place(child, head))
        elif child.dep_ == "prep" and child.lower_ == "for":
            # "a camp for people displaced by the insurgency": who a site is for is
            # described by their own clause
            out.extend(t for obj in child.children if obj.dep_ == "pobj"
                       for c in obj.children if c.dep_ in _CLAUSE_DEPS
                       for t in list(c.subtree)[:_MAX_CLAUSE])
            # "a workshop for assembling explosive devices": what a site is for doing
            out.extend(t for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"
                       for t in list(c.subtree)[:_MAX_CLAUSE])
    verb = head.head
    if head.dep_ in ("dobj", "pobj"):
        # "hit a site in Kessa Tor where fighters were massing", "a raid on depots in the
        # harbour of Pelan, which were feeding the army's guns": the parse hangs the place
        # right after the target on the verb (or the strike), and the clause on the place
        after = head.right_edge.i + 1  # (the word right after the head's phrase: read once)
        for governor in _up_to_verb(head):
            out.extend(t for c in governor.children if c.i == after and c.dep_ == "prep"
                       and c.lower_ in _WHERE_PREPS for t in _where_on_place(c, head))
    if head.dep_ in ("nsubjpass", "dobj", "nsubj") and verb.pos_ in ("VERB", "AUX"):
        # a bare toll ("killed 14 at a funeral") is described by where they were killed
        preps = ("including", "among", "at", "in", "during") if _bare_count(head) \
            else ("including", "among")
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                out.extend(list(child.subtree)[:_MAX_CLAUSE])
                if child.lower_ == "among" and any(o.pos_ == "PRON" for o in child.children):
                    # "the number of dead had reached 168, among them around 40 children":
                    # the parse leaves who they were beside the preposition
                    out.extend(t for c in verb.children if c.i > child.i
                               and c.dep_ in ("dobj", "appos", "npadvmod", "attr")
                               for t in list(c.subtree)[:_MAX_CLAUSE])
    # "struck two targets adjacent to where Hamas fighters were located": who was next to
    # the site says what it was (the parse hangs the adjective on the head or its verb)
    beside = [c for c in head.children if c.dep_ == "amod"]
    if head.dep_ == "dobj" and verb.pos_ == "VERB":
        beside += [c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.i > head.i]
    out.extend(t for a in beside if a.lower_ in _NEXT_TO
               for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
               for t in list(p.subtree)[:_MAX_CLAUSE])
    return out


# adjectives of nearness: "adjacent to where the fighters were", "next to a base"
_NEXT_TO = frozenset(["adjacent", "next", "close"])


def _misread_as(prep: Token) -> bool:
    """"Scores killed as suicide bomber strikes rally": an "as" the parser took for a
    preposition, whose object is the subject of a clause of its own (its verb follows
    it), so it tells who struck, not what the dead were."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and any(
        o.dep_ == "pobj" and o.i + 1 < len(o.doc) and o.nbor(1).tag_ in ("VBZ", "VBP", "VBD")
        for o in prep.children)


# verbs whose "from" phrase says where the fire came from, not what the site is
_ORIGIN_VERBS = frozenset(["come", "originate", "fire", "launch"])


# verbs of harm a strike does to people
_HURT_VERBS = lx.CASUALTY_VERBS | frozenset(["hurt"])


def _without_origin(tokens: list[Token]) -> list[Token]:
    """The clause's words but where the fire came from: "the attack on the camps, which
    it said came from positions held by the M23" (the parse hangs the clause on the
    camps) says nothing of what the camps were."""
    origin: set[int] = set()
    for tok in tokens:
        if tok.dep_ == "prep" and tok.lower_ == "from" \
                and tok.head.lemma_.lower() in _ORIGIN_VERBS:
            origin.update(t.i for t in tok.subtree)
        elif _driven_off_by(tok):
            # "camps where families who fled the clashes between troops and rebels live":
            # what the people fled, or who drove them off, is not what the camp is
            origin.update(t.i for t in tok.subtree)
        elif tok.dep_ == "prep" and tok.lower_ in ("in", "by") \
                and tok.head.lemma_.lower() in _HURT_VERBS and any(
                    c.dep_ == "pobj" and c.lemma_.lower() in lx.ACTION_NOUNS
                    and not any(p.dep_ == "prep" and p.lower_ in ("on", "against", "of")
                                for p in c.children)
                    for c in tok.children):
            # rule ``targets.hurt_in_attack``: "200 more hurt in two truck bomb
            # blasts": what hurt them says nothing of who they were (but "killed in
            # a raid on a rebel camp" says where they were)
            origin.update(t.i for t in tok.subtree)
        elif _strike_carried_out(tok):
            # "a deliberate strike on farmers carried out with imported rockets": the
            # parse hangs the strike's own participle on what it hit; how the strike was
            # carried out says nothing of what the farmers were
            origin.update(t.i for t in tok.subtree)
    return [t for t in tokens if t.i not in origin]


# verbs whose passive participle tells an action carried out ("a raid carried out by",
# "strikes conducted with"): what they hang on is the action, never a thing it hit
_CARRIED_OUT_VERBS = frozenset(["carry", "conduct", "execute", "stage", "mount"])


def _strike_carried_out(tok: Token) -> bool:
    """``tok`` is a reduced passive of carrying out ("carried out with ...", "conducted
    by ..."), hung by the parse on a noun: it tells the action, not the noun."""
    lemma = tok.lemma_.lower()
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma in _CARRIED_OUT_VERBS \
        and (lemma != "carry" or any(c.dep_ == "prt" and c.lower_ == "out"
                                     for c in tok.children))


def _not_attackers(tokens: list[Token]) -> list[Token]:
    """The clause's words but who struck it: "targets hit by the Indian Army" names the
    attacker, "a centre used by the TPLF" the occupant, "... and blamed the RSF" the
    group blamed."""
    struck = _struck_by(tokens, any_subject=True)
    for tok in tokens:
        if tok.dep_ == "conj" and lx.REPORT_VERBS.get(tok.lemma_.lower()) == "accuses":
            # "a tent where guests had gathered ... and blamed the RSF": the parse hangs
            # the speaker's blame on the clause; whom it blames struck the site
            struck.update(t.i for t in tok.subtree)
        elif _driven_off_by(tok):
            # "a camp for people displaced by Boko Haram", "families fleeing the RSF":
            # whom the people fled is not who they are
            struck.update(t.i for t in tok.subtree)
    return [t for t in tokens if t.i not in struck]


# verbs of driving people from home: their doer is whom the people fled
_DISPLACING = frozenset(["displace", "uproot", "drive", "chase", "expel", "evict", "force",
                         "terrorise", "terrorize", "threaten", "besiege"])
_FLEEING = frozenset(["flee", "escape"])


def _driven_off_by(tok: Token) -> bool:
    """The doer of a displacing verb ("displaced by Boko Haram") or whom people flee
    ("fleeing the RSF", "who escaped from the militants")."""
    verb = tok.head.lemma_.lower()
    if tok.dep_ == "agent":
        if verb == "drive" and not any(
                c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("from", "out", "off"))
                for c in tok.head.children):
            return False  # "a vehicle driven by an employee": driven, not driven off
        return verb in _DISPLACING
    return verb in _FLEEING and (tok.dep_ == "dobj" or (
        tok.dep_ == "prep" and tok.lower_ == "from"))


def _doers(tokens: list[Token]) -> set[int]:
    """Who took the head captive in its clause, not what the head is: "a teacher who had
    been detained by soldiers" ("a school run by soldiers" is theirs, "a group formed by
    former rebels" is rebels)."""
    out: set[int] = set()
    for tok in tokens:
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in lx.CAPTIVE_VERBS:
            out.update(t.i for t in tok.subtree)
    return out


# words that open a clause telling when something happened, not what it was
_TIME_MARKS = frozenset(["when", "while", "as", "after", "before", "until", "once"])


def _denied(tokens: list[Token]) -> set[int]:
    """What the head's clause says it did not have or do: "people on the street who were
    carrying no weapons", "men who had not fired a shot" say nothing armed of them."""
    out: set[int] = set()
    for tok in tokens:
        if _none_of(tok) or (
                tok.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in tok.head.children)):
            out.update(t.i for t in tok.subtree)
    return out


def _none_of(tok: Token) -> bool:
    """A noun its own "no" denies: "no weapons"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _when_told(tokens: list[Token]) -> set[int]:
    """A clause inside the head's clause that tells when ("a singer who had been on stage
    when the bombs fell"): its words say what happened then, not what the head is."""
    out: set[int] = set()
    for tok in tokens:
        if tok.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_MARKS
                                       and c.i < tok.i for c in tok.children):
            out.update(t.i for t in tok.subtree)
    return out


def _struck_by(tokens: list[Token], any_subject: bool = False) -> set[int]:
    """Who struck the head in its own clause, not what the head is: the agent of a strike
    verb ("the school attacked by militants"), and its subject where the head is the
    object ("the market that rebels shelled"), or with ``any_subject`` any subject of one
    (not, for what a site is, "a house from which militants fired", where they were)."""
    out: set[int] = set()
    for tok in tokens:
        verb = tok.head
        if tok.dep_ == "nsubj" and any_subject and _launches_strikes(verb):
            # "... when warplanes conducted a wave of raids on the market": the doer
            out.update(t.i for t in tok.subtree)
            continue
        if verb.lemma_.lower() not in lx.HIT_VERBS:
            continue
        if tok.dep_ == "agent" or (tok.dep_ == "nsubj" and (any_subject or any(
                c.dep_ == "dobj" and c.lower_ in ("that", "which", "whom")
                for c in verb.children))):
            out.update(t.i for t in tok.subtree)
    return out


def with_of_objects(noun: Token) -> list[Token]:
    """``noun`` and the objects of its "of" phrases ("a wave of raids", "most of the
    dead"): the words that say what it counts or is part of."""
    return [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj")]


def _launches_strikes(verb: Token) -> bool:
    """A verb of carrying out whose object is an attack ("conducted a wave of raids",
    "carried out strikes")."""
    if verb.lemma_.lower() not in lx.LAUNCH_VERBS:
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if any(n.lemma_.lower() in lx.ACTION_NOUNS for n in with_of_objects(obj)):
            return True
    return False


def _bare_count(head: Token) -> bool:
    return head.pos_ == "NUM" and head.ent_type_ == "CARDINAL"


def _glued_to_adjective(first: Token) -> bool:
    """The name that opens at ``first`` is the first half of a hyphened adjective
    ("Ukraine's military-industrial complex"): it names a kind of thing, not the body."""
    doc, end = first.doc, first.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text == "-" \
        and not doc[end + 1].whitespace_ and doc[end + 2].tag_ == "JJ"


# the gazetteer kind of a relief agency or aid charity (UN agencies, the Red Cross and Red
# Crescent, medical and food charities): its convoys and trucks are a civilian site (row
# ``gazetteer.humanitarian``)
HUMANITARIAN = "humanitarian"


def _gazetteer_type(tokens: list[Token], gazetteer: Gazetteer) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for tok in tokens:
        if tok.ent_id_ and tok.ent_iob_ == "B" and not _glued_to_adjective(tok):
            entry = gazetteer.actors.get(tok.ent_id_)
            if entry is not None and entry.type in ("armed_group", "military"):
                # a name several states' forces share ("the National Guard") says the
                # kind of target, not whose: the speaker's resolver settles that, by the
                # country the story names (no actor here rather than the file's first)
                span = ent_at(tok)
                shared = span is not None and len(gazetteer.actors_sharing(span.text)) > 1
                found.setdefault(entry.type, None if shared else entry.id)
            elif entry is not None and HUMANITARIAN in entry.kinds:
                # a relief agency's or aid charity's convoy or trucks
                found.setdefault(HUMANITARIAN, entry.id)
    return found


def _listed_with(head: Token) -> list[Token]:
    """What the head is listed with: its conjuncts, or those of the count it is counted
    by ("the guesthouse, two shops and dozens of vehicles")."""
    if not head.conjuncts and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.pos_ in ("NOUN", "NUM"):
        head = head.head.head
    return list(head.conjuncts)


def _listed_phrases(head: Token) -> list[Token]:
    """What the head is listed with, with the words that say its kind: each conjunct and
    its modifiers and compounds ("gun emplacements, shelters and army depots": gun,
    emplacements, army, depots)."""
    return [t for c in _listed_with(head) for t in (c, *c.children)
            if t is c or t.dep_ in ("amod", "compound")]


def _members(head: Token) -> list[Token]:
    """Who a gathering is made of: its "of" complement with the conjuncts listed with it
    ("a gathering of officials and soldiers"), which the phrase itself leaves out."""
    out: list[Token] = []
    stack = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in ("conj", "amod", "compound"))
    return out


_VENUE_PREPS = frozenset(["at", "in", "inside", "within"])


def _venue(head: Token) -> list[Token]:
    """Where an event was held: the noun phrase of its "at" or "in" complement ("a
    graduation parade at a military camp" -> "a military camp"), head and modifiers,
    which the event's own phrase leaves out; also when the parse hung the complement on
    the verb, right after the event's phrase ("slammed into a parade at a military
    camp")."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    verb = head.head.head if head.dep_ == "pobj" else head.head if head.dep_ == "dobj" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        preps += [c for c in verb.children if c.dep_ == "prep" and c.i == head.right_edge.i + 1]
    return [t for c in preps if c.lower_ in _VENUE_PREPS
            for p in c.children if p.dep_ == "pobj"
            for t in (p, *(m for m in p.children if m.dep_ in ("amod", "compound")))]


_SIDE_ENTS = frozenset(["ORG", "NORP", "GPE"])


def fights(head: Token) -> bool:
    """Rule ``targets.fighting_people``: people whom their own modifier or clause makes
    fighters: "armed volunteers", "volunteers fighting alongside the army", "men who
    fought the rebels", "villagers who had taken up arms", "youths armed with rifles",
    and people who attack in it: "elements who planned and carried out the attack",
    "militants firing rockets at the town", "those who were trying to kill them". Not
    "civilians fleeing the fighting", "a boy fighting for his life", "children of armed
    men" (the "armed" is not theirs) nor "men who had planned a wedding"; men killed in a
    firefight (:func:`_killed_fighting`)."""
    if any(c.dep_ == "amod" and c.lower_ == "armed" for c in head.children) \
            or _killed_fighting(head) or _killed_firing(head) or _behind_attack(head) \
            or assailed(head) or _with_arms(head):
        return True
    # (not the strike's own participle the parse hangs on them: "a strike on farmers
    # carried out with imported rockets" tells how the strike was made)
    clauses = [c for c in head.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")
               and not _strike_carried_out(c)]
    clauses += [v for c in clauses for v in c.conjuncts if v.pos_ == "VERB"]
    # (what they set out to do: "those who were trying to kill them")
    clauses += [x for c in clauses for x in c.children
                if x.dep_ == "xcomp" and x.pos_ == "VERB" and c.lemma_.lower() in _SETTING_OUT]
    return any(_fighting(verb) or _arming(verb) or _attacking(verb) or _throwing(verb)
               for verb in clauses)


# what a crowd throws at a force or a building, and the verbs it throws by
_THROWING_VERBS = frozenset(["throw", "hurl", "lob", "fling", "pelt"])
_THROWN = frozenset(["stone", "stones", "rock", "rocks", "brick", "bricks", "bomb", "bombs",
                     "cocktail", "cocktails", "grenade", "grenades", "bottle", "bottles",
                     "projectile", "projectiles", "firebomb", "firebombs", "molotov",
                     "molotovs"])


def _throwing(verb: Token) -> bool:
    """Rule ``targets.throwing_crowd``: people whose own clause has them throw stones,
    bricks or petrol bombs at someone or something ("a crowd that was throwing stones at
    the district office", "youths hurling petrol bombs"): assailants in that account (not
    "throwing flowers", nor a negated "who threw nothing")."""
    if verb.lemma_.lower() not in _THROWING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _THROWN for c in verb.children) or (
        verb.lemma_.lower() == "pelt" and any(c.dep_ == "dobj" for c in verb.children))


def _with_arms(head: Token) -> bool:
    """Rule ``targets.with_arms``: people "with" arms are armed: "men with rifles",
    "youths with machetes" (not "men with children")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        p.dep_ == "pobj" and p.lower_ in lx.ARMS_WORDS for p in c.children)
        for c in head.children)


_SETTING_OUT = frozenset(["try", "attempt", "seek", "plan", "prepare"])
# what a crowd does to a force in a force's account of why it fired
ASSAULT_VERBS = frozenset(["attack", "charge", "storm", "assault", "ambush", "stone", "rush",
                           "besiege", "overrun", "hurl", "pelt"])


def assailed(head: Token) -> bool:
    """Rule ``targets.assailing_crowd``: people the sentence has attack, charge or storm
    something ("the strikers, armed with clubs, charged towards the police line", "a crowd
    tried to storm the depot") are assailants in that account, not bystanders; not where
    it says they did not ("he attacked nobody"). So are people whose own verb readies an
    attack (:func:`_readying_attack`) and a crowd whose bid to push its way in or
    storm a site is told ("a bid by the crowd to storm the governor's office")."""
    if head.dep_ == "pobj" and head.head.lower_ == "by" \
            and head.head.head.lemma_.lower() in _ATTEMPTS:
        # "a bid by the crowd to storm the governor's office"
        return any(c.dep_ == "acl" and c.lemma_.lower() in _ASSAULTS_ATTEMPTED
                   for c in head.head.head.children)
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    verbs = [verb, *(x for x in verb.children if x.dep_ == "xcomp"
                     and verb.lemma_.lower() in _SETTING_OUT)]
    if any(_readying_attack(v) for v in verbs):
        return True
    return any(v.lemma_.lower() in ASSAULT_VERBS and v.pos_ == "VERB"
               and not any(c.dep_ == "neg" for c in (*v.children, *verb.children))
               and not any(c.dep_ in ("dobj", "pobj") and c.lower_ in ("anyone", "anybody",
                                                                      "nobody", "no-one")
                           for c in v.subtree)
               for v in verbs)


# an attempt, and what people may attempt against a force or a site
_ATTEMPTS = frozenset(["attempt", "bid", "effort", "try"])
_ASSAULTS_ATTEMPTED = ASSAULT_VERBS | frozenset(["force", "break", "breach", "overrun", "seize",
                                                 "torch", "burn"])
# what is laid or planted to kill: "planting a roadside bomb", "laying mines"
_PLANTED_ARMS = frozenset(["mine", "landmine", "ied", "explosive", "bomb", "device"])


def _readying_attack(verb: Token) -> bool:
    """Rule ``targets.readying_attack``: a subject's own verb has it ready an attack:
    "the men killed had been preparing an ambush", "were planting explosives on the
    road" (active, not denied: not "they were not planning any attack", nor "men who had
    planned a wedding")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj" and not _none_of(c)]
    if lemma in lx.PLAN_VERBS:
        return any(o.lower_ in lx.ATTACK_OBJECTS or o.lemma_.lower() in lx.ATTACK_OBJECTS
                   for o in objects)
    return lemma in lx.READYING_VERBS and any(o.lemma_.lower() in _PLANTED_ARMS
                                              for o in objects)


def _killed_fighting(head: Token) -> bool:
    """"the men were killed in a firefight with troops", "three gunmen died in an exchange
    of fire": men killed in a fight were, in that account, fighting (not a civilian or a
    child caught in one: only men and people words)."""
    verb = _dying_verb(head, ("nsubjpass", "dobj", "nsubj"))
    if verb is None:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in lx.FIREFIGHT_NOUNS or (
                        obj.lemma_.lower() == "exchange" and _of_fire(obj)) or one_fight(obj)):
                    return True
    return False


_FOLLOWING = frozenset(["ensuing", "subsequent", "resulting", "following"])


def one_fight(noun: Token) -> bool:
    """"a clash with government troops", "a battle with police", "a gun battle": one
    fight with a named side, as a firefight is, or "the ensuing clash", the one the story
    just told (not "the clashes", "fierce fighting" or "a battle for the town", fighting as
    a whole)."""
    if noun.lemma_.lower() in ("battle", "fight") and any(
            c.dep_ == "compound" and c.lower_ == "gun" for c in noun.children):
        return True  # "a fierce gun battle", a gunbattle in two words
    if noun.lemma_.lower() in lx.ONE_FIGHT_NOUNS and noun.tag_ == "NN" and any(
            c.dep_ == "amod" and c.lower_ in _FOLLOWING for c in noun.children):
        return True  # "killed 22 gunmen in the ensuing clash": the fight just told
    return noun.lemma_.lower() in lx.ONE_FIGHT_NOUNS and noun.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children)
        for c in noun.children)


def _killed_firing(head: Token) -> bool:
    """"the five men were killed after they fired at officers", "... when they opened
    fire on the patrol", "after they resisted arrest and shot at the raiding team": men
    killed as they fired were, in that account, armed (not men killed after soldiers fired,
    nor "after they fled")."""
    verb = _dying_verb(head, ("nsubjpass", "nsubj"))
    if verb is None:
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "when", "as")
                for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in ("they", "he"):
            continue
        if any(_shoots(v) for v in (clause, *clause.conjuncts) if v.pos_ == "VERB"):
            return True
    return False


def _dying_verb(head: Token, deps: tuple[str, ...]) -> Token | None:
    """The verb of dying or killing whose dead ``head`` names, in a slot of ``deps``: men
    and people words only (not a civilian or a child caught in a fight)."""
    if head.lower_ not in _FIGHTING_PEOPLE or head.dep_ not in deps:
        return None
    verb = head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _DYING else None


def _shoots(verb: Token) -> bool:
    """The verb fires on someone: "fired at officers", "opened fire on the patrol",
    "shot at the raiding team", "attacked the police"."""
    lemma = verb.lemma_.lower()
    if lemma in lx.FIRE_VERBS and lemma != "launch":
        return True
    if lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
        return True
    return lemma in ("attack", "ambush") and any(c.dep_ == "dobj" for c in verb.children)


def _of_fire(exchange: Token) -> bool:
    """"an exchange of fire", or "the exchange" just after fire was told ("came under fire
    ... and returned fire. Four people were killed in the exchange")."""
    if any(c.lower_ == "of" for c in exchange.children):
        return True
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in exchange.children):
        return False
    doc = exchange.doc
    return any(t.lemma_.lower() == "fire" for t in doc[max(0, exchange.i - 80) : exchange.i])


_DYING = lx.FATE_VERBS | {"die"}
_FIGHTING_PEOPLE = frozenset(["man", "men", "people", "persons", "individuals", "youths",
                              "suspects"])


def _side(tok: Token) -> bool:
    return bool(tok.ent_id_ or tok.ent_type_ in _SIDE_ENTS
                or {tok.lower_, tok.lemma_.lower()} & lx.SIDE_WORDS)


def _fighting(verb: Token) -> bool:
    if verb.lemma_.lower() not in lx.FIGHT_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in lx.FIGHT_BESIDE_PREPS:
            return True
        if child.dep_ == "dobj" and _side(child):
            return True
        if child.dep_ == "prep" and child.lower_ in lx.FIGHT_SIDE_PREPS \
                and any(o.dep_ == "pobj" and _side(o) for o in child.children):
            return True
    return False


_RELATIVIZERS = frozenset(["who", "that", "which"])


def carried(head: Token) -> bool:
    """The head (or the first of its list) is the object of a carrying verb: "the plane
    was transporting missiles", "carrying 60 prisoners and three guards". Whoever the
    carrier is ("the fighters carried rifles" counts too): the rows that use this ask for
    a cargo word, and the claims' construction (``use.houses``) for a site or a craft as
    the carrier. So are the weapons a site was used to fire ("fighters used the school to
    launch rockets", "the yard was used to fire mortars"): that site's arms, not what a
    strike hit ("jets fired missiles" is no such account)."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "dobj":
        return False
    verb = first.head
    return verb.lemma_.lower() in lx.CARRY_VERBS or (
        verb.lemma_.lower() in _FIRED_FROM_SITE and verb.dep_ in ("xcomp", "advcl")
        and verb.head.lemma_.lower() == "use")


# what a site is used to do with weapons that makes them its arms
_FIRED_FROM_SITE = frozenset(["launch", "fire"])


def _definite_bare(head: Token) -> bool:
    """"the compound", "this compound": a definite word with nothing else on it, which
    stands for a site the story named before ("a drone hit the hospital ... staff said the
    compound had been shelled before"), not for a kind of site of its own."""
    return any(c.dep_ == "det" for c in head.children) and all(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def _definite_unmodified(head: Token) -> bool:
    """"the vehicles", "the convoy, which was travelling under police protection": a
    definite word no modifier, possessor, count or compound tells the kind of, which
    stands for the vehicles the story named before ("a convoy of passenger vehicles"),
    not for a kind of its own; a clause after it may say where it went."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in head.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "nummod", "nmod") or
        (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)


def _behind_attack(head: Token) -> bool:
    """"those responsible for the mortar attack on the base", "the people
    responsible for the rocket fire", "those behind the attack", "those responsible for
    torching the town hall": the attackers, in the account of whoever struck them (not
    "the people responsible for the bakery")."""
    phrases = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "behind"
               for g in c.children if g.dep_ == "pobj"]
    fors = [c for a in head.children if a.dep_ == "amod" and a.lower_ == "responsible"
            for c in a.children if c.dep_ == "prep" and c.lower_ == "for"]
    phrases += [g for c in fors for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in lx.ATTACK_OBJECTS or t.lemma_.lower() in lx.ATTACK_OBJECTS
               for g in phrases for t in g.subtree if t.pos_ == "NOUN") \
        or any(g.dep_ == "pcomp" and g.lemma_.lower() in _VIOLENT_DEEDS
               for c in fors for g in c.children)


# what the people "responsible for" doing did, that makes them attackers
_VIOLENT_DEEDS = lx.HIT_VERBS | ASSAULT_VERBS | frozenset(
    ["burn", "torch", "loot", "ransack", "vandalise", "vandalize", "bomb", "shell"])


def _attacking(verb: Token) -> bool:
    """The head's own clause has it plan, carry out or make an attack: the verb is active
    and its subject is the relative pronoun or, in a participle clause, missing."""
    first = verb if verb.dep_ in _CLAUSE_DEPS else verb.head
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in first.children) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subjects = [c for c in first.children if c.dep_ == "nsubj"]
    if first.dep_ == "acl" and (subjects or first.tag_ != "VBG"):
        return False
    if first.dep_ == "relcl" and not any(c.lower_ in _RELATIVIZERS for c in subjects):
        return False
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in lx.STRIKE_VERBS and lemma not in ("direct", "aim"):
        return bool(objects) or any(c.dep_ == "prep" and c.lower_ in ("at", "on")
                                    for c in verb.children)
    if lemma in ("kill", "murder") and objects:
        return True  # "those who were trying to kill them"
    return lemma in lx.PLAN_VERBS and any(o.lower_ in lx.ATTACK_OBJECTS
                                          or o.lemma_.lower() in lx.ATTACK_OBJECTS
                                          for o in objects)


def _arming(verb: Token) -> bool:
    if verb.lemma_.lower() not in lx.ARMING_VERBS or any(c.dep_ == "neg"
                                                          for c in verb.children):
        return False  # (not "men who were not carrying weapons")
    if verb.lemma_.lower() == "arm" and verb.tag_ == "VBN" and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True  # "a crowd armed with clubs and stones": armed, whatever with
    # (not "people who were carrying no weapons")
    objs = [c for c in verb.children if c.dep_ == "dobj" and not _none_of(c)]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ in lx.ARMS_WORDS for o in objs)


# conditions that a set of the head's words meets by sharing a word with the row's list
# (or, for the second table, by sharing none): the set each one reads
_ANY_OF = {"head_in": "head", "phrase_any": "phrase", "clause_any": "clause",
           "clause_verb_any": "verbs", "clause_object_any": "objects"}
_NONE_OF = {"head_not_in": "head", "phrase_none": "phrase", "clause_none": "clause"}


def _holds(row: ClassRow, head: Token, words: Mapping[str, set[str] | frozenset[str]],
           gaz: dict[str, str], clause_gaz: dict[str, str], named: bool = False) -> bool:
    """Does the head meet every condition of ``row``? ``words``: the head's forms
    ("head"), its phrase's, its clause's, the clause's verbs' and objects' (the word-list
    conditions most rows open with are looked up first; each condition is a plain test,
    so their order changes only how soon a row fails). A test of the head's own clause
    ("fights", "person_owned", "carried") is made only for a row that asks it, as few
    rows do."""
    for key, want in row.when.items():
        if key in _ANY_OF:
            if words[_ANY_OF[key]].isdisjoint(want):  # (no set of the shared words made)
                return False
        elif key in _NONE_OF:
            if not words[_NONE_OF[key]].isdisjoint(want):
                return False
        elif key == "fights":
            if fights(head) != bool(want):
                return False
        elif key == "person_owned":
            if person_owned(head) != bool(want):
                return False
        elif key == "carried":
            if carried(head) != bool(want):
                return False
        elif key == "definite_bare":
            if _definite_bare(head) != bool(want):
                return False
        elif key == "definite_unmodified":
            if _definite_unmodified(head) != bool(want):
                return False
        elif key == "members_any":
            if not _forms(_members(head)) & want:
                return False
        elif key == "listed_with_any":
            if not _forms(_listed_with(head)) & want:
                return False
        elif key == "listed_phrase_any":
            if not _forms(_listed_phrases(head)) & want:
                return False
        elif key == "venue_any":
            if not _forms(_venue(head)) & want:
                return False
        elif key == "doc_none":
            if any_word(head.doc, want):
                return False
        elif key == "own_name":
            if any(c.dep_ == "compound" and c.pos_ == "PROPN"
                   for c in head.children) != bool(want):
                return False
        elif key == "unnamed":
            if named == bool(want):
                return False
        elif key == "clause_gazetteer":
            if want not in clause_gaz:
                return False
        elif key == "head_ent":
            if head.ent_type_ not in want:
                return False
        elif key == "head_shape":
            if not _SHAPES[want].match(head.text):
                return False
        elif key == "gazetteer":
            if want not in gaz:
                return False
        elif key == "head_pos" and head.pos_ not in want:
            return False
    return True


# the shapes a head may have (condition ``head_shape``): "designator", a military type
# code, one to three letters, a hyphen and a number ("Su-25", "MiG-31", "A-50", "Il-76",
# "MQ-9"), not a summit's ("G-20")
_SHAPES = {"designator": re.compile(r"^(?!G-)[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?$")}


# the words whose class is being decided, per document: what one stands for ("they", its
# user, its earlier mention, its owner) may lead back to it, and a word that leads back to
# itself decides nothing ("more than 40 people as they performed prayers")
_DECIDING: set[tuple[int, int]] = set()
_UNDECIDED: _Found = ("unknown", None, None)


def decide_class(head: Token, gazetteer: Gazetteer, rows: list[ClassRow] | None = None) -> _Found:
    """:func:`_decide_class`, never twice at once for one word: a chain of what stands
    for what that comes back to the word leaves it to the rows."""
    key = (id(head.doc), head.i)
    if key in _DECIDING:
        return _UNDECIDED
    _DECIDING.add(key)
    try:
        return _decide_class(head, gazetteer, rows)
    finally:
        _DECIDING.discard(key)


_PAST_ROLES = frozenset(["former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired"])
_GROUP_ROLES = frozenset(["leader", "leaders", "member", "members", "commander", "commanders",
                          "chief", "chiefs", "official", "officials", "figure", "figures",
                          "operative", "operatives", "cadre", "cadres"])
_GROUP_NOUNS = frozenset(["group", "movement", "militia", "organisation", "organization",
                          "faction", "outfit"])


def _of_the_group(head: Token, gazetteer: Gazetteer) -> bool:
    """Rule ``armed.of_the_group``: "leaders of the group", "members of the movement":
    people of the armed group the story named before them by a gazetteer name ("Hamas
    said the strike killed two leaders of the group")."""
    if head.lower_ not in _GROUP_ROLES:
        return False
    group = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.lower_ in _GROUP_NOUNS
                  and any(d.dep_ == "det" and d.lower_ == "the" for d in g.children)), None)
    if group is None:
        return False
    for tok in reversed(head.doc[: head.i]):
        entry = gazetteer.actors.get(tok.ent_id_) if tok.ent_id_ else None
        if entry is not None and entry.type in ("armed_group", "military", "state"):
            return entry.type == "armed_group"
    return False


def _toll_of_fire_returned(head: Token) -> bool:
    """People of no kind ("two men", "three people") killed by a verb that hangs on
    returning fire ("returned fire, killing two men", "shot back, killing three people")."""
    if head.dep_ != "dobj" or head.lemma_.lower() not in _ANY_PEOPLE:
        return False
    verb = head.head
    if verb.lemma_.lower() not in lx.CASUALTY_VERBS or verb.dep_ not in ("advcl", "conj"):
        return False
    up = verb.head
    return (up.lemma_.lower() == "return" and any(c.dep_ == "dobj" and c.lower_ == "fire"
                                                   for c in up.children)) \
        or (up.lemma_.lower() in ("shoot", "fire") and any(c.lower_ == "back"
                                                            for c in up.children))


# people named by no kind, whose class the verbs around them tell
_ANY_PEOPLE = frozenset(["man", "men", "person", "people", "individual", "youth", "male"])


def _denied_description(tok: Token) -> bool:
    """What a copula says someone is not ("he was not a rebel", "they were no fighters"):
    never what a later pronoun stands for."""
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and (
        any(c.dep_ == "neg" for c in tok.head.children)
        or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children))


def _decide_class(head: Token, gazetteer: Gazetteer, rows: list[ClassRow] | None = None
                  ) -> _Found:
    """(class, actor id, row id) for the target phrase headed by ``head``; a count
    ("dozens of Palestinians", "one of its drones") takes the class of what it counts;
    "they" struck takes the class of the people it stands for ("terrorists used the
    school ... before they were eliminated", "the journalists ... when they came under
    fire"), and "it", "him" or "her" that of the one site or person named before it ("a
    guesthouse ... when it was struck"), as does "he" or "she" struck in a passive ("the
    farmer ... when he was shot"); a surname alone that of the full name before it
    ("Taliban leader Hakimullah Mehsud ... as Mehsud returned"); a person's name what a
    noun in apposition to it says, at any mention ("Velt, a 24-year-old farmer")."""
    full = _full_name_before(head)
    if full is not None:
        found = decide_class(full, gazetteer, rows)
        if found[0] != "unknown":
            return found
    if _toll_of_fire_returned(head):
        # rule ``targets.fire_returned``: "the agents came under fire and returned fire,
        # killing two men": in the shooter's words, the men killed fired first
        return "armed_group", None, "targets.fire_returned"
    fired_on = _fired_on_before_toll(head)
    if fired_on is not None:
        # rule ``targets.toll_of_the_fired_on``: "troops fired at cattle smugglers who
        # attacked a patrol, killing one man": the man is one of those fired at
        found = decide_class(fired_on, gazetteer, rows)
        if found[0] in _ARMED_CLASSES:
            return found
    if head.pos_ == "PRON" and head.lower_ in ("they", "them"):
        # also "the journalists had been standing in the open when they came under
        # fire"; not the strike's own subject ("troops fired at them")
        strikers = _own_doers(head, ("nsubj",)) | _doers_behind(head)
        # (a force that fires at "them" is not them, named by another force word: "police
        # had shot at them" after "officers opened fire")
        forces = any(head.doc[i].lemma_.lower() in lx.FORCE_LEMMAS for i in strikers)
        # rule ``targets.they_the_killed``: "they" struck in a passive stands first for
        # the people its sentence says were killed ("four attackers ... were killed when
        # soldiers stormed the building ... when they were shot": the raiders, not the
        # forces named nearer)
        main = _main_clause_subject(head)
        if main is not None and main.i not in strikers:
            # rule ``targets.they_main_subject``: "the minibuses, followed by an army truck,
            # were heading to the quarry when they were attacked": "they" of a "when"
            # clause is the subject of the clause it hangs on, not a noun between
            # (people there are read below, with what their clause says they bore; a
            # force is read here: "officers had been chasing suspects when they were met
            # with gunfire" are the officers, not the suspects)
            found = decide_class(main, gazetteer, rows)
            if found[0] != "unknown" and (found[0] not in lx.PERSON_CLASSES or (
                    found[0] == "military" and head.dep_ == "nsubjpass")):
                return found
        befores = _plurals_before(head)
        killed = [t for t in befores if head.dep_ == "nsubjpass" and t.dep_ == "nsubjpass"
                  and sent_of(t) == sent_of(head) and t.head.lemma_.lower() in lx.CASUALTY_VERBS]
        befores = killed[:1] + [t for t in befores[:3] if t not in killed[:1]]
        killed_verb = head.dep_ == "nsubjpass" and (
            head.head.lemma_.lower() in lx.CASUALTY_VERBS or head.head.lemma_.lower() == "shoot")
        for ante in befores:
            if ante.lemma_.lower() in lx.STRIKING_WEAPONS or ante.i in strikers \
                    or _denied_description(ante):
                continue
            if killed_verb and ante.lower_ in _ARMS:
                continue  # "were not carrying weapons when they were shot": not the weapons
            if _armed_by_own_verb(ante) and head.dep_ == "nsubjpass":
                # rule ``armed.said_armed``: "the men were carrying rifles when they were
                # killed", "were armed when they were shot": what the clause they are
                # struck in hangs on says they bore arms
                return "armed_group", None, "armed.said_armed"
            found = decide_class(ante, gazetteer, rows)
            if forces and found[0] == "military":
                continue
            if found[0] in lx.PERSON_CLASSES:
                return found
    if head.pos_ == "PRON" and (head.lower_ in _SINGULAR_PRONOUNS or (
            head.lower_ in _PASSIVE_PRONOUNS and head.dep_ == "nsubjpass")):
        # "the imams were staying at a guesthouse when it was struck", "a farmer ...
        # they shot him": the one thing or person named before it
        people = head.lower_ != "it"
        for ante in _singulars_before(head)[:3]:
            if _one_person(ante) != people or (not people and _a_body(ante)):
                continue
            if _denied_description(ante):
                continue  # "he was not a rebel, and he was killed": not what he was
            found = decide_class(ante, gazetteer, rows)
            if found[2] in _WEAK_ROWS:
                break  # "the convoy ... when it came under attack": a bare convoy is no one's
            if found[0] != "unknown" and (found[0] in lx.PERSON_CLASSES or not people):
                return found
        # rule ``targets.kin_before``: "a man whose son died said he was hit on his way
        # home": no one named in its own clauses, "he" struck is the kin its sentence
        # names
        kin = next((t for t in reversed(head.doc[sent_of(head).start: head.i])
                    if t.tag_ == "NN" and t.lower_ in lx.KIN_WORDS), None) \
            if people and head.dep_ == "nsubjpass" else None
        if kin is not None:
            found = decide_class(kin, gazetteer, rows)
            if found[0] in lx.PERSON_CLASSES:
                return found
        # rule ``targets.person_sentence_before``: with no one named in its own sentence,
        # "him" or "her" stands for the one person the sentence before names and describes
        # ("My brother was a fisherman. They killed him for nothing")
        person = _person_before(head) if people else None
        if person is not None:
            found = decide_class(person, gazetteer, rows)
            if found[0] in lx.PERSON_CLASSES:
                return found
    if head.pos_ == "NUM" and head.dep_ in ("dobj", "nsubjpass"):
        # rule ``targets.count_elided``: "killing nine people and wounding 30": the bare
        # count of a verb joined to another counts what that verb's count counted
        counted_before = _elided_noun(head)
        if counted_before is not None:
            found = decide_class(counted_before, gazetteer, rows)
            if found[0] != "unknown":
                return found
    if head.lower_ == "others" and head.dep_ in ("dobj", "nsubjpass", "nsubj") \
            and not any(c.dep_ == "prep" for c in head.children):
        # rule ``targets.others_of_toll``: "two farmers died and 14 others were hurt":
        # the others are of the kind of the toll before them in the sentence
        toll = _toll_before(head)
        if toll is not None:
            found = decide_class(toll, gazetteer, rows)
            if found[0] in lx.PERSON_CLASSES:
                return found
    if head.lemma_.lower() in _HARM_NOUNS:
        # rule ``targets.damage_to``: "no damage to homes" is what the homes are
        done_to = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
                        for g in c.children if g.dep_ == "pobj"), None)
        if done_to is not None:
            return decide_class(done_to, gazetteer, rows)
    if head.pos_ == "PROPN" and head.ent_type_ != "PERSON":
        # rule ``targets.described_site``: a site or craft named by its name is what a
        # noun in apposition to it says ("the boat was the Sea Swallow, a trawler owned
        # by a fisherman"; "Al-Kessa, a hospital run by a charity")
        for noun in head.children:
            if noun.dep_ == "appos" and noun.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
                found = decide_class(noun, gazetteer, rows)
                if found[0] in _SITE_CLASSES:
                    return found
        # rule ``targets.named_craft``: a craft named after the word for its kind ("the
        # tanker Marlow Crest", "the ferry Sea Lark") is what that word says
        kinds = [n for n in head.children if n.dep_ == "compound" and n.pos_ == "NOUN"
                 and n.i < head.i and n.lower_ in _NAMED_CRAFT]
        if head.dep_ == "appos" and head.head.lower_ in _NAMED_CRAFT and head.head.i < head.i:
            kinds.append(head.head)  # (the parse may hang the name on the word for its kind)
        for noun in kinds:
            found = decide_class(noun, gazetteer, rows)
            if found[0] in _SITE_CLASSES:
                return found
    if head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
        # "fisherman Alejandro Carranza", "commander Abu X": the person is what the title
        # before the name says
        for title in head.children:
            # (a title written as part of the name counts when it is a civil one: "Mayor
            # Ahmad Kahil"; not a name's other words, "Ahmad")
            if title.dep_ in ("compound", "amod") and (
                    title.pos_ != "PROPN" or title.lower_ in lx.CIVILIAN_WORDS):
                found = decide_class(title, gazetteer, rows)
                if found[0] in lx.PERSON_CLASSES:
                    return found
        # rule ``targets.described_person``: a person the story describes by a noun in
        # apposition, at this mention or another ("police said Arno Velt was killed ...
        # Velt, a 24-year-old farmer, was driving home"), is what the noun says
        for mention in _same_person(head):
            for noun in mention.children:
                # (and at another mention, the title before the name: "Hamas military
                # chief Arno Velt" ... "our jets struck the camp to kill Velt")
                titled = mention.i != head.i and noun.dep_ in ("compound", "amod") \
                    and noun.pos_ == "NOUN"
                if ((noun.dep_ == "appos" and noun.pos_ == "NOUN") or titled) \
                        and not any(c.lower_ in _PAST_ROLES for c in noun.children):
                    # (not what he was once: "Velt, a former teacher")
                    found = decide_class(noun, gazetteer, rows)
                    if found[0] in lx.PERSON_CLASSES:
                        return found
    if _of_the_group(head, gazetteer):
        return "armed_group", None, "armed.of_the_group"
    whole = counted(head)
    if whole.i != head.i:
        whole = next((c for c in whole.children if _names_listed(c)), whole)
    if whole.i != head.i and _is_part(head):
        # "the school's basement used as an arms store": a part put to armed use is
        # that use's, whatever its whole
        found = _armed_use(head, gazetteer, rows)
        if found is not None:
            return found
        # "the headquarters of a broadcaster" is what the broadcaster is; "the
        # headquarters of the ministry" (a whole of no known class) keeps its own; the
        # surroundings of a settlement are not it (the rows decide them)
        if not _around_settlement(head, whole):
            found = decide_class(whole, gazetteer, rows)
            if found[0] in ("civilian_site", "infrastructure", "civilians") and any(
                    c.dep_ == "amod" and c.lower_ == "military" for c in head.children):
                # rule ``military.part_of_site``: "the military zone of the airport" is
                # military, whatever the whole it is part of
                return "military", None, "military.part_of_site"
            if found[0] == "civilians" and head.lower_ not in _UNITS:
                # "the family's kitchen": a room of civilians is a civilian site
                return "civilian_site", found[1], found[2]
            if found[0] != "unknown":
                return found
    elif head.lower_ in ("member", "members") and whole.lemma_.lower() in _COMMUNITIES:
        # rule ``civilians.members_of_community``: "members of the community", "of the
        # public": people, not the place or the body they belong to
        return "civilians", None, "civilians.members_of_community"
    else:
        head = whole
    # an armed user decides before what it was used as ("a building used as a
    # headquarters by PKK terrorists" is theirs, not any military's); then who owns the
    # head, whose "their" it is (an armed owner decides), and what an earlier mention
    # said it was
    found = _via(used_by(head), gazetteer, rows, armed_only=True) \
        or _via(described_as(head), gazetteer, rows) \
        or _via(most_of_them(head), gazetteer, rows)
    for related in (owner_described, pronoun_owner, possessor, site_of):
        found = found or _via(related(head), gazetteer, rows, armed_only=True)
    if found is None and civil_owner(head, gazetteer) is not None:
        return "civilian_site", None, "targets.civil_owner"
    if found is None and _civil_ministry_premises(head):
        return "civilian_site", None, "targets.civil_ministry"
    if found is None:
        # rule ``targets.civil_carrier``: "seven of its workers were killed in a strike on
        # their convoy": what civilians travel in is no military convoy
        owner = pronoun_owner(head, _CARRIERS)
        if owner is not None and decide_class(owner, gazetteer, rows)[0] == "civilians":
            return "civilian_site", None, "targets.civil_carrier"
        # ... and "the relief group said its convoy was hit", "the rescue service said two
        # of its trucks were damaged": what a civil body's "its" owns
        owner = _its_owner(head)
        if owner is not None and decide_class(owner, gazetteer, rows)[0] in (
                "civilians", "civilian_site"):
            return "civilian_site", None, "targets.civil_carrier"
    weak = None
    for earlier in ([] if found else earlier_mentions(head)):
        # the nearest earlier mention that says what it is ("a newly set up police camp
        # ... a permanent camp ... attacked the camp": the police camp); a head that is
        # military only by its word ("200 vehicles") says less than "passenger vehicles"
        found = _via(earlier, gazetteer, rows)
        if found and found[2] in _WEAK_ROWS:
            weak, found = weak or found, None
        if found:
            break
    decided = found or weak or _by_rows(head, gazetteer,
                                        rows if rows is not None else class_rows())
    if decided[0] == "unknown" and head.lemma_.lower() in _LINES_OF:
        # rule ``targets.line_of``: "a column of vehicles transporting weapons", "a line
        # of trucks carrying flour": a line of things no word classes is what it is made of
        member = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"), None)
        if member is not None:
            found = decide_class(member, gazetteer, rows)
            if found[0] != "unknown":
                return found
    if decided[0] == "unknown" and head.pos_ == "NOUN":
        # rule ``targets.described_noun``: a site of no known kind is what a noun in
        # apposition to it says ("the Kessa workshop, a weapons production site"), as for
        # a site named by its name (``targets.described_site``)
        for noun in head.children:
            if noun.dep_ == "appos" and noun.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
                found = decide_class(noun, gazetteer, rows)
                if found[0] in _SITE_CLASSES or found[0] in _ARMED_CLASSES:
                    return found
    return decided


# a toll of people named by no kind ("killing one man", "wounding two people")
_BARE_PEOPLE = frozenset(["man", "men", "person", "people", "persons"])


def _fired_on_before_toll(head: Token) -> Token | None:
    """The people a clause fired at, when ``head`` is a bare count of people its
    participle of killing, hung on that clause, names ("fired at smugglers ..., killing
    one man"): what the "at"/"on" phrase names, else None."""
    if head.lemma_.lower() not in _BARE_PEOPLE or head.dep_ != "dobj" \
            or not any(c.dep_ == "nummod" for c in head.children):
        return None
    verb = head.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in lx.CASUALTY_VERBS:
        return None
    strike = verb.head
    if strike.lemma_.lower() not in _FIRING_AT:
        return None  # (a strike that "hit a vehicle ..., killing two people" says not whom)
    return next((p for c in strike.children
                 if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
                 for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")),
                None)


# firing at people, whose toll is of those fired at
_FIRING_AT = frozenset(["fire", "shoot"])


# lines and columns a strike may hit, of the things they are made of
_LINES_OF = frozenset(["column", "line", "row", "string", "fleet", "train", "procession"])
_ARMED_CLASSES = ("armed_group", "military")
# rows that decide by the head word alone, when a modifier says nothing
_WEAK_ROWS = frozenset(["military.weak_head"])
_HARM_NOUNS = frozenset(["damage", "harm"])
# what a tank holds when it is no armoured vehicle: "a water tank hitched to a tractor"
_TANK_CONTENTS = frozenset(["water", "fuel", "oil", "septic", "gas", "milk", "petrol",
                            "diesel", "fish", "storage", "spray", "pesticide", "fertiliser",
                            "fertilizer", "sewage"])


def _container_tank(tok: Token) -> bool:
    """Rule ``targets.container_tank``: a tank named by what it holds ("a water tank") is
    a container, no word of arms in the clause of the thing that has it."""
    return tok.lemma_.lower() == "tank" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _TANK_CONTENTS for c in tok.children)


# the words for a craft that wire copy writes before its name ("the tanker Marlow Crest")
_NAMED_CRAFT = frozenset(["tanker", "ship", "vessel", "freighter", "ferry", "trawler",
                          "carrier", "frigate", "destroyer", "corvette", "cruiser", "yacht",
                          "dhow", "boat", "barge", "tug", "steamer", "liner", "warship"])
_SITE_CLASSES = frozenset(["civilian_site", "military", "infrastructure"])
_UNITS = frozenset(["unit", "units"])  # the one part that is people, not a place


def _via(other: Token | None, gazetteer: Gazetteer, rows: list[ClassRow] | None,
         armed_only: bool = False) -> _Found | None:
    """The class of what stands for the head (its user, what it was described as, its
    earlier mention) when that decides: any known class, or with ``armed_only`` an armed
    one; else None."""
    if other is None:
        return None
    found = decide_class(other, gazetteer, rows)
    decides = found[0] in _ARMED_CLASSES if armed_only else found[0] != "unknown"
    return found if decides else None


def _armed_use(head: Token, gazetteer: Gazetteer, rows: list[ClassRow] | None) -> _Found | None:
    """Rule ``targets.part_use``: who used a part, what it was used as, and what was kept
    or made in it ("the school's basement used as an arms store", "the grounds of the
    temple where weapons were stored"), when that makes it armed; else None (its whole
    decides)."""
    found = _via(used_by(head), gazetteer, rows, armed_only=True) \
        or _via(described_as(head), gazetteer, rows, armed_only=True)
    if found is not None:
        return found
    kept = [r for r in (rows if rows is not None else class_rows())
            if "clause_object_any" in r.when]
    found = _by_rows(head, gazetteer, kept)
    return found if found[0] in _ARMED_CLASSES else None


# prepositions that put a site in a place
_STANDS_PREPS = frozenset(["in", "at", "near", "inside", "within", "outside"])


def _where_it_stands(tokens: list[Token]) -> set[int]:
    """Indices of the phrase's words that tell the place a site stands in: the subtree of
    an "in", "at" or "near" whose object is a settlement or a part of one (:func:`_a_settlement`:
    "in the heart of the rebel-held capital", "in a government-held district")."""
    out: set[int] = set()
    for tok in tokens:
        if tok.dep_ == "prep" and tok.lower_ in _STANDS_PREPS and any(
                c.dep_ == "pobj" and _a_settlement(c) for c in tok.children):
            out.update(t.i for t in tok.subtree)
    return out


# the packaged table's rows by the head words they open with, those that open with none
# (made once, for :func:`_rows_for`), and the rows picked per set of head words
_OPENINGS: tuple[list[ClassRow], dict[str, list[int]], list[int],
                 dict[frozenset[str], list[ClassRow]]] | None = None
_MAX_PICKED = 10_000  # sets of head words whose rows are kept


def _rows_for(rows: list[ClassRow], head_forms: set[str]) -> list[ClassRow]:
    """The rows of ``rows``, in order, that a head of ``head_forms`` does not fail by its
    word: those that open with no head words and those whose opening words hold one of
    the head's (as :func:`_holds` would find first). The packaged table is looked up by
    the head's words, once per set of them (the same head words come back in every
    story); another is read row by row. Not to be written to."""
    global _OPENINGS
    if rows is not _ROWS:
        return [r for r in rows if r.opening is None or not head_forms.isdisjoint(r.opening)]
    if _OPENINGS is None or _OPENINGS[0] is not rows:
        by_word: dict[str, list[int]] = {}
        always: list[int] = []
        for n, row in enumerate(rows):
            if row.opening is None:
                always.append(n)
            for word in row.opening or ():
                by_word.setdefault(word, []).append(n)
        _OPENINGS = (rows, by_word, always, {})
    _, by_word, always, picked_for = _OPENINGS
    key = frozenset(head_forms)
    found = picked_for.get(key)
    if found is None:
        if len(picked_for) > _MAX_PICKED:
            picked_for.clear()  # (kept bounded over a long run of documents)
        picked = set(always)
        for word in head_forms:
            picked.update(by_word.get(word, ()))
        found = picked_for[key] = [rows[n] for n in sorted(picked)]
    return found


def _taken_for(tokens: list[Token]) -> set[int]:
    """Rule ``targets.taken_for``: the words of what a clause says the head was taken
    for ("licensed hunters who were mistaken for infiltrators", "skiffs which had been
    taken for smugglers' boats"): what they were not, no word of their class."""
    out: set[int] = set()
    for tok in tokens:
        if tok.dep_ == "prep" and tok.lower_ in ("for", "as") \
                and (tok.head.lemma_.lower() in lx.MISTAKE_VERBS
                     or tok.head.lower_ in lx.MISTAKE_VERBS
                     or (tok.head.lemma_.lower() == "take" and tok.head.tag_ == "VBN")):
            out.update(t.i for t in tok.subtree)
    return out


def _hyphened(head: Token) -> set[str]:
    """Rule ``targets.hyphened_head``: the head written with the word a hyphen joins to
    it ("sit-in", "shoot-out", "check-point"), which the tokenizer splits into three
    words, the head the last: the lists hold the joined word."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].text != "-" or doc[head.i - 1].whitespace_ \
            or doc[head.i - 2].whitespace_:
        return set()
    return {f"{doc[head.i - 2].lower_}-{head.lower_}"}


_FORCE_WORDS = lx.MILITARY_PERSONS | lx.ARMED_GROUP_WORDS


def _by_rows(head: Token, gazetteer: Gazetteer, rows: list[ClassRow]) -> _Found:
    """The first row of ``rows`` whose conditions the head's phrase and clause meet."""
    head_forms = {head.lemma_.lower(), head.lower_} | _hyphened(head)
    tokens = _phrase(head)
    if head_forms & lx.CIVILIAN_SITE_WORDS:
        # "the presidency building in the heart of the rebel-held capital": who holds the
        # place a building stands in says nothing of what the building is; nor does who
        # runs it ("a Hamas-run hospital" is a hospital: rule ``targets.run_by_patron``)
        where = _where_it_stands(tokens) | patron_words(tokens)
        tokens = [t for t in tokens if t.i not in where]
    phrase = _forms(tokens)
    described = _without_origin(clause_tokens(head))
    if described:
        # "a van taking pupils through a market in rebel-held western Dorba": who
        # holds the place the clause puts the head in says nothing of what the head is
        # (rule ``targets.clause_place_held``)
        stands = _where_it_stands(described)
        described = [t for t in described if t.i not in stands]
    # the clause's strike verb says what befell the head, not what it was ("the place
    # that was bombed": "bomb" the verb is no bomb)
    doers = _doers(described) | _struck_by(described) | _when_told(described) \
        | _denied(described) | _taken_for(described)
    # (a body the gazetteer knows counts by its type below, not by the words of its name:
    # "a checkpoint of the Government of National Accord" names no civilian)
    # (a name's word that is itself a word of troops or fighters counts as one: "a
    # building where Russian troops were gathered", the name read as the ministry's)
    clause = _forms([t for t in described
                     if not (t.pos_ == "VERB" and t.lemma_.lower() in lx.HIT_VERBS)
                     and t.i not in doers and not _craft_word(t)
                     and (not t.ent_id_ or t.lower_ in _FORCE_WORDS)])
    gaz = _gazetteer_type(tokens, gazetteer)
    # "tents used by a farmer close to the rebels for his daughter's wedding": the
    # group named in a civilian use of the head does not make it the group's
    clause_gaz = {} if any(c.dep_ in _CLAUSE_DEPS and c.lemma_.lower() in _USE_VERBS
                           and _civil_use(c) for c in head.children) \
        else _gazetteer_type(_not_attackers(described), gazetteer)
    kept = [t for t in described if t.dep_ in _OBJECT_DEPS and t.head.pos_ in ("VERB", "AUX")
            and not _container_tank(t)]
    # rule ``targets.used_for_making``: "a centre that was used for the production of
    # chemical weapons": what is made there, the object of the making noun
    kept += [t for t in described if t.dep_ == "pobj" and t.head.lower_ == "of"
             and t.head.head.lemma_.lower() in _MAKING_NOUNS]
    kept += _home_to(head)
    objects = _forms(kept + [c for t in kept for c in t.children
                             if c.dep_ in ("amod", "compound")])
    named = any(t.pos_ == "PROPN" for t in tokens)
    # what the clause says is done there ("a plant that makes parts for the army")
    verbs = frozenset(_forms([t for t in described if t.pos_ == "VERB"]))
    words = {"head": head_forms, "phrase": phrase, "clause": clause, "verbs": verbs,
             "objects": objects}
    for row in _rows_for(rows, head_forms):
        if _holds(row, head, words, gaz, clause_gaz, named):
            if "gazetteer" in row.when:
                return row.target_class, gaz[row.when["gazetteer"]], row.id
            if "clause_gazetteer" in row.when:
                return row.target_class, clause_gaz[row.when["clause_gazetteer"]], row.id
            return row.target_class, row.actor, row.id
    return "unknown", None, None


_AS_VERBS = lx.DESCRIBE_VERBS | lx.MADE_INTO_VERBS
# nouns of making or keeping a thing, whose "of" names what a site makes or keeps
_MAKING_NOUNS = frozenset(["production", "development", "manufacture", "manufacturing",
                           "assembly", "storage", "stockpiling", "making"])


# words that say how many of a count the appositive after it covers ("most of them",
# "mostly", "all", "nearly all of whom were")
_MOST_WORDS = frozenset(["most", "mostly", "all", "mainly", "largely", "predominantly",
                         "overwhelmingly", "majority"])
_MOST_FILLERS = frozenset(["of", "them", "whom", "were", "the", "a", "nearly", "almost",
                           "vast", "great"])
_MOST_OR_FILLER = _MOST_WORDS | _MOST_FILLERS  # (made once, not per word read)


def most_of_them(head: Token) -> Token | None:
    """Rule ``targets.most_of_them``: "41 people, most of them fighters", "12 people, all
    soldiers", "killed 30 people, mostly militants", "20 people, most of whom were
    civilians", "eight people were killed, most of them fighters": the noun after the
    comma that says what most or all of the people counted were; None when no such phrase
    follows ("41 people, including three children" says what some were, not most)."""
    if head.lemma_.lower() not in lx.PEOPLE_WORDS and head.lower_ not in lx.PEOPLE_WORDS:
        return None
    doc, end = head.doc, sent_of(head).end
    i = head.i + 1
    verb = head.head
    if head.dep_ == "nsubjpass" and verb.i > head.i and (i >= end or doc[i].text != ","):
        # "eight people were killed (in the strike), most of them fighters": after the
        # verb and the phrases it governs
        i = verb.i + 1
        while i < end and doc[i].text != "," and verb.is_ancestor(doc[i]):
            i += 1
    if i >= end or doc[i].text != ",":
        return None
    i += 1
    most = False
    while i < end and doc[i].lower_ in _MOST_OR_FILLER:
        most = most or doc[i].lower_ in _MOST_WORDS
        i += 1
    if not most:
        return None
    # past the modifiers ("mostly young men", "all of them army conscripts") to the head
    while i + 1 < end and (doc[i].pos_ in ("ADJ", "NUM", "DET") or (
            doc[i].dep_ == "compound" and doc[i + 1].pos_ in ("NOUN", "PROPN"))):
        i += 1
    if i < end and doc[i].pos_ in ("NOUN", "PROPN"):
        return doc[i]
    return None


def described_as(head: Token) -> Token | None:
    """"a man it described as a senior official", "a house identified as a depot", "six
    men who it said were fighters", "a basement used as an arms store", "a school turned
    into a barracks": what the clause on the head says it was or was made into."""
    for child in head.children:
        verb = child.lemma_.lower()
        if child.dep_ in _CLAUSE_DEPS and verb in _AS_VERBS \
                and not _own_object(child):
            for prep in child.children:
                if prep.dep_ == "prep" and (prep.lower_ == "as" or (
                        prep.lower_ == "into" and verb in lx.MADE_INTO_VERBS)):
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return obj
        if child.dep_ == "relcl" and child.lemma_.lower() in lx.REPORT_VERBS:
            # "six men who it said were fighters", "people the villagers say were farmers"
            for be in child.children:
                if be.dep_ == "ccomp" and be.lemma_.lower() == "be":
                    for attr in be.children:
                        if attr.dep_ == "attr" and attr.lower_ not in lx.FALSITY_WORDS:
                            return attr
    return _identified_after(head) or _described_past_place(head)


def _described_past_place(head: Token) -> Token | None:
    """"the Studies and Research Centre near Dreikish, which it described as a facility
    used to produce missiles": the parser hangs the clause on the town the site is near;
    a town is never described as a facility, so the clause describes the site. A clause
    of a place named by a preposition of the head that says it was a thing of no place
    kind."""
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC"):
                continue
            said = described_as(place) if any(
                c.dep_ == "relcl" for c in place.children) else None
            if said is not None and said.ent_type_ not in ("GPE", "LOC") \
                    and said.lemma_.lower() not in _PLACE_WORDS:
                return said
    return None


# what a town may be described as, which says nothing of a site beside it
_PLACE_WORDS = frozenset(["town", "city", "village", "area", "district", "region", "place",
                          "stronghold", "hub", "capital", "base"])


def _identified_after(head: Token) -> Token | None:
    """"struck a vehicle after identifying it as a suspect vehicle carrying militants":
    what the strike's own clause, after its object, says "it" was."""
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    # the verb's own clauses after the object, and the clause of a preposition ("after
    # identifying"): two levels down, not the whole sentence
    after = [c for c in verb.children if c.i > head.i]
    for tok in [*after, *(g for c in after for g in c.children)]:
        if tok.lemma_.lower() not in lx.DESCRIBE_VERBS \
                or not any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in tok.children):
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


_SITE_PREPS = frozenset(["in", "inside", "within", "at"])


def site_of(head: Token) -> Token | None:
    """"hit four buildings in a military compound", "destroyed two vehicles at a Taliban
    training camp", "hit buildings and vehicles in what was described as a staging area":
    the site a bare structure or vehicle stood in, said after it (on the head, the first
    of its list, or the verb whose object that is). It decides only when armed
    (:func:`decide_class`): "buildings in a residential district" stay what they are."""
    if head.lemma_.lower() not in lx.STRUCTURE_WORDS and head.lower_ not in lx.STRUCTURE_WORDS:
        return None
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    holders = [head, first]
    if first.dep_ in ("dobj", "nsubjpass"):
        holders.append(first.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SITE_PREPS or prep.i < head.i:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return None if _a_settlement(obj) else obj
                if obj.dep_ == "pcomp" and obj.lemma_.lower() in lx.DESCRIBE_VERBS:
                    # "in what was described as a staging area"
                    return next((o for a in obj.children if a.dep_ == "prep"
                                 and a.lower_ == "as" for o in a.children
                                 if o.dep_ == "pobj"), None)
    return None


def _a_settlement(place: Token) -> bool:
    """A town, a district or a suburb, by its word or its name: who holds it or how it is
    described ("the Haret Hreik district ..., the suburbs that are Hezbollah's
    stronghold") does not make every building in it armed. A name told as held ("in
    rebel-held eastern Marel") is ground, whatever the recogniser made of the name."""
    if place.lemma_.lower() in _PLACE_PARTS:
        # "the heart of the rebel-held capital", "the outskirts of the town": the part of a
        # settlement is a settlement
        whole = next((o for p in place.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
        return whole is not None and _a_settlement(whole)
    return place.lemma_.lower() in _SETTLED or place.lower_ in _SETTLED \
        or (place.ent_type_ in ("GPE", "LOC") and place.pos_ == "PROPN") \
        or (place.pos_ == "PROPN" and any(c.dep_ == "amod" and c.lemma_.lower() == "hold"
                                          for c in place.children))


_PLACE_PARTS = frozenset(["heart", "centre", "center", "edge", "part", "middle", "side",
                          "fringe", "fringes"])


_SETTLED = lx.SETTLEMENT_WORDS | frozenset(["neighbourhood", "neighborhood", "neighbourhoods",
                                            "neighborhoods", "suburb", "suburbs", "quarter",
                                            "street", "governorate"])


def _own_object(verb: Token) -> bool:
    """The clause's verb has an object of its own, so its "as" phrase is about that:
    "fighters who were using the town as a base" (not "a town used as a base", nor "a
    house which they used as a depot", whose object is the relative pronoun)."""
    return any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


_USE_VERBS = frozenset(["use", "run", "operate", "occupy", "control", "man", "staff"])
# "two fuel tankers seized by the militants": a vehicle taken is its takers' (a town
# taken by them is still the town, a held area)
_TAKEN_VERBS = frozenset(["seize", "hijack", "commandeer", "steal", "capture"])
_TAKEN_CRAFT = frozenset(["tanker", "truck", "lorry", "vehicle", "car", "bus", "pickup",
                          "boat", "vessel", "ship", "plane", "aircraft", "helicopter", "van"])


def used_by(head: Token) -> Token | None:
    """"a communications centre used by the armed forces", "a school run by the group":
    who uses the head (the agent of a participle on it); an armed user makes it theirs.
    A participle on any of coordinated heads is on them all ("shelters and ammunition
    depots used by the group"); "a building used as a headquarters by PKK
    terrorists" is theirs wherever the parse hangs the "by"."""
    # (the parse may hang it on the first of them instead: "bunkers, shelters and oil
    # facilities used by the terrorists" with "used" on "bunkers")
    if {head.lemma_.lower(), head.lower_} & lx.CIVILIAN_WORDS:
        return None  # "civilians who had been used as human shields by security forces"
    holders = [head, *head.conjuncts]
    verbs = _USE_VERBS | _TAKEN_VERBS if head.lemma_.lower() in _TAKEN_CRAFT else _USE_VERBS
    for child in (c for h in holders for c in h.children):
        if child.dep_ in _CLAUSE_DEPS and child.lemma_.lower() in verbs:
            if _civil_use(child):
                continue
            as_what = [o for p in child.children if p.dep_ == "prep" and p.lower_ == "as"
                       for o in p.children if o.dep_ == "pobj"]
            for agent in [*child.children, *(c for o in as_what for c in o.children)]:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    for obj in agent.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _civil_use(use: Token) -> bool:
    """"tents used by a farmer close to the rebels for his daughter's wedding": a use for
    a gathering of civilians is theirs, whoever the user is close to."""
    for tok in use.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
                {tok.lemma_.lower(), tok.lower_} & lx.CIVILIAN_GATHERING
                or any(c.dep_ == "compound" and c.lower_ in lx.CIVILIAN_GATHERING
                       for c in tok.children)):
            return True
    return False


_OWNER_ENTS = frozenset(["ORG", "NORP", "PERSON"])


def owner_described(head: Token) -> Token | None:
    """"a camp of the Comandos de la Frontera, a group formed by former FARC rebels": a
    site of a named body is what the article's description of that body makes it (the
    head of the description in apposition to the name)."""
    if not (head.lemma_.lower() in lx.WEAK_CIVILIAN_SITE or head.lower_ in lx.WEAK_CIVILIAN_SITE):
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or not (obj.ent_type_ in _OWNER_ENTS or obj.pos_ == "PROPN"):
                continue
            for tok in obj.subtree:
                if tok.dep_ == "appos" and tok.pos_ == "NOUN":
                    return tok
    return None


# Sites a "their" hands to its owner: a gathering or a post is what its owner is.
_OWNED_SITES = lx.WEAK_CIVILIAN_SITE | frozenset(
    ["point", "points", "gathering", "gatherings", "position", "positions", "post", "posts",
     "meeting", "meetings", "hideout", "hideouts", "den", "dens",
     # "the institute's buildings" after "a military educational institute"
     "institute", "institutes", "academy", "academies", "college", "colleges"])


# what people travel in, whose owners say what it carried
_CARRIERS = frozenset(["convoy", "convoys", "vehicle", "vehicles", "car", "cars", "truck",
                       "trucks", "bus", "buses", "boat", "boats"])
# the heads :func:`earlier_mentions` reads as a site, body or carrier named before (one
# set, not a union made for each target classified)
_MENTIONED_AGAIN = _OWNED_SITES | lx.COLLECTIVE_WORDS | _CARRIERS


def pronoun_owner(head: Token, words: frozenset[str] = _OWNED_SITES) -> Token | None:
    """"responded to an advance by mercenaries and targeted their gathering points": the
    owner "their" stands for is the nearest plural noun before it in the sentence that is
    not the striking subject itself (nobody is said to strike their own gathering).
    ``words``: the heads a "their" may own."""
    if not (head.lemma_.lower() in words or head.lower_ in words):
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    if poss is None:
        return None
    verb = _own_verb(head)  # "fired on their car": the verb above the preposition
    strikers = _subject_words(verb)
    if verb.dep_ == "conj":
        strikers |= _subject_words(verb.head)
    for tok in reversed(head.doc[sent_of(head).start : poss.i]):
        if tok.tag_ in ("NNS", "NNPS") and tok.i not in strikers and tok.dep_ != "compound" \
                and not tok.is_ancestor(head):
            return tok
    return None


def _subject_words(verb: Token) -> set[int]:
    """The indices of the words of ``verb``'s subjects."""
    return {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}


def _its_owner(head: Token) -> Token | None:
    """The body an "its" on a vehicle word stands for: the nearest singular noun before
    it in the sentence that is not the subject of the clause it stands in ("the relief
    group said its convoy was hit": the group; not "the militia used its vehicles", where the
    group word is the user's own subject and the rows decide)."""
    if not (head.lemma_.lower() in _CARRIERS or head.lower_ in _CARRIERS):
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if poss is None:
        return None
    subjects = _subject_words(_own_verb(head))
    for tok in reversed(head.doc[sent_of(head).start : poss.i]):
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ != "compound" \
                and tok.i not in subjects and not tok.is_ancestor(head):
            return tok
    return None


# a body's own premises, and the civil bodies whose premises are no military site
_PREMISES = frozenset(["headquarters", "office", "offices", "building", "buildings",
                       "premises", "studio", "studios", "compound", "newsroom"])
_CIVIL_BODIES = frozenset(["broadcaster", "channel", "station", "newspaper", "network",
                           "hospital", "clinic", "school", "university", "charity", "company",
                           "bank", "agency", "union", "federation", "club", "church",
                           "mosque", "orphanage"])
_CIVIL_TYPES = frozenset(["media", "international_body"])


def civil_owner(head: Token, gazetteer: Gazetteer | None = None) -> Token | None:
    """Rule ``targets.civil_owner``: "an Israeli airstrike on its headquarters", where
    "its" is the state broadcaster the sentence opens with: a civil body's own premises
    are a civilian site, whatever "headquarters" says alone. The owner is the subject
    of the nearest verb above the premises that has one before the pronoun; an armed
    or state body there (or none) leaves the rows to decide."""
    if head.lower_ not in _PREMISES and head.lemma_.lower() not in _PREMISES:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if poss is None:
        return None
    # (the strike that hit the premises is no owner: "an airstrike on its headquarters
    # killed two of its staff")
    subj = None
    for verb in head.ancestors:
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.i < poss.i and not c.is_ancestor(head)
                 and c.lemma_.lower() not in lx.ACTION_NOUNS] \
            if verb.pos_ in ("VERB", "AUX") else []
        if found:
            subj = found[-1]  # the nearest ("TEHRAN - Iran's state broadcaster resumed")
            break
    if subj is None or subj.ent_type_ in ("GPE", "NORP", "PERSON"):
        return None
    if subj.ent_id_:
        # a body the gazetteer knows: a medium or a civil body, not a force or a state
        entry = gazetteer.actors.get(subj.ent_id_) if gazetteer is not None else None
        return subj if entry is not None and entry.type in _CIVIL_TYPES else None
    low = {subj.lemma_.lower(), subj.lower_}
    return subj if low & _CIVIL_BODIES else None


# bodies of a government whose premises are a civil site, unless a force's ministry
_GOVERNMENT_BODIES = frozenset(["ministry", "ministries", "department", "municipality",
                                "council", "governorate"])
_FORCE_MINISTRY = re.compile(r"\b(?:defen[cs]e|interior|security|intelligence|war)\s+"
                             r"ministry|\bministry\s+of\s+(?:defen[cs]e|interior|"
                             r"security|war)\b", re.IGNORECASE)


def _civil_ministry_premises(head: Token) -> bool:
    """Rule ``targets.civil_ministry``: "the ministry's headquarters", "the education
    ministry's building": a government body's premises are a civil site, where the copy
    names no defence, interior or security ministry (whose headquarters is a force's)."""
    if head.lower_ not in _PREMISES and head.lemma_.lower() not in _PREMISES:
        return False
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                  and c.lemma_.lower() in _GOVERNMENT_BODIES), None)
    return owner is not None and not _FORCE_MINISTRY.search(doc_text(head.doc))


def possessor(head: Token) -> Token | None:
    """Rule ``targets.possessor``: "his unit's camp", "the militia's post": a site's
    possessor noun (not a pronoun, not a name the gazetteer rows already read) is whose
    site it is; an armed possessor makes it theirs ("the family's house" stays a house)."""
    if not (head.lemma_.lower() in _OWNED_SITES or head.lower_ in _OWNED_SITES):
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)


def person_owned(head: Token) -> bool:
    """Rule ``unknown.personal_site``: a site a named person owns ("his walled compound",
    "a tycoon whose compound", "the compound of Ali Hassan") is that person's home or
    estate; what it was is the dispute, not given by its head word. An armed owner
    decides before this (``possessor``, ``owner_described``)."""
    for child in head.children:
        if child.dep_ == "poss" and (child.lower_ in ("his", "her") or _a_person(child)):
            return True
        if child.dep_ == "poss" and child.lower_ == "whose":
            # "a confidant whose walled compound was flattened": the clause's noun owns it
            clause = head
            while clause.dep_ != "relcl" and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "relcl" and _a_person(clause.head):
                return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                o.dep_ == "pobj" and _a_person(o) for o in child.children):
            return True
    return False


_NOT_PERSONS = lx.ARMED_GROUP_WORDS | lx.MILITARY_WORDS | lx.COLLECTIVE_WORDS


def _a_person(tok: Token) -> bool:
    """A person's name, or a noun set beside a name the gazetteer does not know ("Ali
    Hassan, a businessman"; not "Hamas, a group")."""
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        return True
    return tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN" \
        and not tok.head.ent_id_ and tok.lemma_.lower() not in _NOT_PERSONS \
        and tok.lower_ not in _NOT_PERSONS


_BARE_DEPS = frozenset(["amod", "compound", "poss", "nummod", "relcl", "acl", "appos", "nmod"])


def earlier_mentions(head: Token) -> Iterator[Token]:
    """Rule ``targets.earlier_mention``: a bare definite site ("residents said the camp
    was hit") is the one the story named before with more words ("a camp of the
    Dawlah Islamiyah group", "a militant camp", "a camp for displaced families"), a bare
    "the squad" the body named with its members before ("a squad of armed terrorists"):
    the earlier nouns of the same lemma that carry modifiers of their own, nearest first
    (the first whose class is known gives it; one military by its head word alone, "200
    vehicles", only when no other says more); a bare "the camp" with none keeps its own
    class. A mention inside another teller's account does not count ("the army said the
    images showed a militant group ... villagers said the group was crossing back with
    mules": the army's words for it are its account, not what the group is). A bare "the
    building" (or structure, compound, facility, site) is the site its own sentence named
    before it with modifiers ("blew up next to the army barracks, destroying the
    building"), not one of an earlier sentence, nor the striker ("British aircraft
    launched raids on the building"); "the building of the radio station" is what its
    own phrase says."""
    low = head.lemma_.lower()
    if _MENTIONED_AGAIN.isdisjoint((low, head.lower_)):
        return
    dets = [c for c in head.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or any(c.dep_ in _BARE_DEPS
                                                        for c in head.children):
        return
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return  # "the building of the radio station": its own phrase says whose
    teller = _teller(head)
    # (a pronoun does not tell two tellers apart: "it said" may be either)
    said = teller.lemma_.lower() if teller is not None and teller.pos_ != "PRON" else None
    named = False
    doc = head.doc
    for at in reversed(lemma_positions(doc, (low,))):
        tok = doc[at]
        if at < head.i and tok.lemma_.lower() == low and tok.pos_ == "NOUN" and (
                any(c.dep_ in _BARE_DEPS for c in tok.children)
                or any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children)):
            told = _teller(tok) if said is not None else None
            if told is not None and told.pos_ != "PRON" and told.lemma_.lower() != said:
                # "The army said the images showed a militant group ... Villagers said
                # the group had been crossing back with mules": another teller's words
                # for it are that teller's account, not what the group is
                continue
            named = True
            yield tok
    if named:
        return
    if low in _CONTAINERS:
        # "detonated next to the soldiers' sleeping quarters, partially destroying the
        # building": a bare "the building" is the site the same sentence named before it
        for tok in reversed(head.doc[sent_of(head).start: head.i]):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() not in _CONTAINERS \
                    and _SITE_LEMMAS & {tok.lemma_.lower(), tok.lower_} \
                    and any(c.dep_ in _BARE_DEPS for c in tok.children) \
                    and tok.dep_ != "nsubj":
                # (not the striker: "British aircraft launched raids on the building")
                yield tok
                return
    group = _named_group_before(head) if low in _GROUP_WORDS else None
    if group is not None:
        yield group


# a bare noun that stands for a body the story named by its name
_GROUP_WORDS = frozenset(["group", "movement", "militia", "faction", "organisation",
                         "organization"])


def _named_group_before(head: Token) -> Token | None:
    """"the office belonged to the People's Defense Force ... and members of the group
    had been killed": a bare "the group" is the body named nearest before it, in its own
    sentence or the one before, when the gazetteer files that body among its groups (ids
    ``group.*``; its class then decides); a named body of another kind there ("Human
    Rights Watch") leaves it alone."""
    doc = head.doc
    start = sent_of(head).start
    if start > 0:
        start = sent_of(doc[start - 1]).start
    for tok in reversed(doc[start: head.i]):
        if tok.ent_type_ in ("ORG", "NORP") and tok.ent_id_:
            return tok if tok.ent_id_.startswith("group.") else None
    return None


def _teller(tok: Token) -> Token | None:
    """The subject of the outermost reporting verb whose account holds ``tok`` ("the
    army" of "the army said the images showed a group", not "the images"), or None in
    the outlet's own voice."""
    teller = None
    for verb in tok.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in lx.REPORT_VERBS:
            teller = next((c for c in verb.children if c.dep_ == "nsubj"), teller)
    return teller


# what a bare "the building" may stand for, and the sites it may stand for
_CONTAINERS = frozenset(["building", "structure", "premises", "facility", "compound", "site"])
_SITE_LEMMAS = (lx.CIVILIAN_SITE_WORDS | lx.MILITARY_WORDS | frozenset(["quarters"])) \
    - lx.SETTLEMENT_WORDS - lx.PEOPLE_WORDS - frozenset(["troops", "troop", "soldier", "soldiers",
                                                         "servicemen", "serviceman", "personnel",
                                                         "forces"])


# what people belong to by living in or among it, whose members are civilians
_COMMUNITIES = frozenset(["community", "public", "congregation", "village", "neighbourhood",
                          "neighborhood", "household", "clan", "tribe"])


def counted(head: Token) -> Token:
    """The noun a quantity head counts ("dozens of Palestinians"; "17 of them": what
    "them" stands for), the place a part belongs to ("the grounds of a temple"), or the
    head itself."""
    part = _is_part(head)
    if not (part or head.pos_ == "NUM" or head.ent_type_ == "CARDINAL"
            or head.lower_ in lx.QUANTITY_WORDS or head.lower_ in _DEATH_NOUNS):
        return head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
                if obj.dep_ == "pobj" and not part and obj.lower_ in _COUNTED_PRONOUNS:
                    return antecedent(obj) or head
    if part:  # "temple grounds", "hospital roof", "the refinery's distillation unit"
        deps = ("poss",) if head.lower_ in lx.KIND_PARTS else ("compound", "poss")
        for child in head.children:
            if child.dep_ in deps and child.pos_ == "NOUN":
                return child
    return head


def _around_settlement(head: Token, whole: Token) -> bool:
    """"The outskirts of both villages": open ground around a settlement, not the
    settlement (rows decide it: ``unknown.surroundings``)."""
    return bool({head.lemma_.lower(), head.lower_} & lx.SURROUNDING_WORDS) \
        and bool({whole.lemma_.lower(), whole.lower_} & lx.SETTLEMENT_WORDS)


def _is_part(head: Token) -> bool:
    return head.lemma_.lower() in lx.PART_WORDS or head.lower_ in lx.PART_WORDS


_COUNTED_PRONOUNS = frozenset(["them", "those", "whom"])
# "the death of children", "the deaths of 12 civilians": who died is what was hit
_DEATH_NOUNS = frozenset(["death", "deaths"])
_PERSON_DEPS = frozenset(["dobj", "nsubjpass", "pobj", "nsubj", "appos", "conj"])


def antecedent(pron: Token) -> Token | None:
    """What "them" in "17 of them" stands for: the people the clause above it names
    (the object of a verb it hangs from: "hit a group of vigilantes ..., killing 20 of
    them"), else the nearest plural noun before it in the sentence or the one before."""
    stop = pron.head.head  # the count
    for verb in stop.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass") and not child.is_ancestor(pron) \
                    and child.i < pron.i and child.pos_ in ("NOUN", "PROPN", "NUM"):
                return counted(child)
    found = _plurals_before(pron)
    return found[0] if found else None


def _elided_noun(count: Token) -> Token | None:
    """The noun a bare count leaves out, where its verb is joined to a verb whose own
    object or subject is a counted noun ("killing nine people and wounding 30")."""
    verb = count.head
    if verb.lemma_.lower() not in lx.CASUALTY_VERBS:
        return None
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    for other in joined:
        for noun in other.children:
            if noun.dep_ == count.dep_ and noun.pos_ == "NOUN" \
                    and any(c.dep_ == "nummod" for c in noun.children):
                return noun
    return None


def _toll_before(others: Token) -> Token | None:
    """The counted noun of the nearest toll before ``others`` in its sentence: the
    subject or object of a casualty verb ("five civilians were killed", "killed six
    people")."""
    for tok in reversed(others.doc[sent_of(others).start: others.i]):
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and tok.head.lemma_.lower() in lx.CASUALTY_VERBS \
                and any(c.dep_ == "nummod" for c in tok.children):
            return tok
    return None


def _main_clause_subject(pron: Token) -> Token | None:
    """The plural noun subject of the clause that ``pron``'s "when" or "as" clause hangs
    on ("the minibuses ... were heading ... when they were attacked"), or None."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" \
            or not any(c.dep_ == "advmod" and c.lower_ in ("when", "as", "while")
                       for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.tag_ in ("NNS", "NNPS") and c.pos_ in ("NOUN", "PROPN")
                 and c.i < pron.i), None)


def _plurals_before(pron: Token) -> list[Token]:
    """Plural nouns in a person's slot before ``pron``, nearest first, in its sentence
    or the one before."""
    sent = sent_of(pron)
    start = sent.start
    if start > 0:
        start = sent_of(pron.doc[start - 1]).start
    return [tok for tok in reversed(pron.doc[start : pron.i])
            if tok.tag_ in ("NNS", "NNPS") and tok.dep_ in _PERSON_DEPS
            and not tok.is_ancestor(pron)]


# rows too weak to lend their class to a pronoun: a bare "convoy" or "position"
_WEAK_ROWS = frozenset(["military.weak_head"])
# a struck "it", "him" or "her" ("when it was struck", "shot him") takes the class of
# what it stands for
_SINGULAR_PRONOUNS = frozenset(["it", "him", "her"])
# a person as the subject of a passive strike: "the farmer ... when he was shot"
_PASSIVE_PRONOUNS = frozenset(["he", "she"])
_SINGULAR_SLOTS = _PERSON_DEPS | frozenset(["attr"])


_ONE_PERSON_WORDS = (lx.CIVILIAN_WORDS - lx.CIVILIAN_GATHERING - lx.CIVILIAN_EVENTS | lx.KIN_WORDS
                     | lx.MILITARY_PERSONS | lx.ASSAILANT_WORDS | frozenset(
                         ["militant", "fighter", "rebel", "insurgent", "gunman", "jihadist",
                          "commander", "terrorist", "soldier", "policeman", "leader"])) \
    - frozenset(["crowd", "crowds", "population", "family", "families", "national"])


# bodies that speak and act, never the thing a struck "it" stands for
_BODY_WORDS = frozenset(["military", "army", "navy", "government", "ministry", "command",
                         "force", "forces", "police", "group", "militia", "battalion",
                         "brigade", "regiment", "unit", "coalition", "council", "agency",
                         "office", "authority", "authorities", "administration", "regime"])


def _a_body(tok: Token) -> bool:
    return tok.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") or bool(tok.ent_id_) \
        or tok.lemma_.lower() in _BODY_WORDS


def _armed_by_own_verb(noun: Token) -> bool:
    """``noun`` is the subject of a clause that says it bore arms: "the men were armed",
    "were carrying rifles", "had opened fire" (not "were unarmed", nor "were not
    carrying weapons")."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma == "arm" and noun.dep_ == "nsubjpass":
        return not any(c.dep_ == "neg" for c in verb.children)  # "the men were armed"
    if noun.dep_ != "nsubj" or any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma == "be":
        return any(c.dep_ in ("acomp", "attr") and c.lower_ == "armed" for c in verb.children)
    if lemma in lx.ARMING_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ in _ARMS for c in verb.children)
    return lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire"
                                   for c in verb.children)


# the lexicon's arms words and more arms carried: "were carrying grenades"
_ARMS = lx.ARMS_WORDS | frozenset(["grenades", "grenade", "pistols", "pistol", "shotgun",
                                   "shotguns", "revolver", "revolvers", "explosives",
                                   "machetes", "knives", "ammunition"])


def _person_before(pron: Token) -> Token | None:
    """The one person the sentence before ``pron``'s names, when its own names none: what
    a copula there says that person was ("My brother was a fisherman"), else the one
    person named there; None when that sentence names two or more."""
    own = sent_of(pron)
    if any(_one_person(t) for t in pron.doc[own.start : pron.i] if t.pos_ != "PRON") \
            or own.start == 0:
        return None
    before = sent_of(pron.doc[own.start - 1])
    people = [t for t in before if _one_person(t) and t.pos_ in ("NOUN", "PROPN")
              and t.dep_ != "compound"]
    if not people:
        return None
    said = [t for t in people if t.dep_ == "attr" and t.head.lemma_ == "be"]
    named = {t.head.i for t in said} | {t.i for t in said}
    others = [t for t in people if t.i not in named and not any(
        c.i in named for c in t.head.children) and t.head.i not in named]
    if said and not others:
        return said[0]
    return people[0] if len(people) == 1 else None


def _one_person(tok: Token) -> bool:
    """A person named or described: "Ali Hassan", "a farmer", "the commander"."""
    return (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN") \
        or tok.lemma_.lower() in _ONE_PERSON_WORDS or tok.lower_ in _ONE_PERSON_WORDS


def _singulars_before(pron: Token) -> list[Token]:
    """Singular nouns before ``pron`` in its sentence, nearest first: the things and
    people it may stand for (not a noun whose phrase holds the pronoun, nor the subject
    of its own verb: "the army said troops shot him")."""
    verb = _own_verb(pron)
    doers = _own_doers(pron, ("nsubj", "agent"))
    found = [tok for tok in reversed(pron.doc[sent_of(pron).start : pron.i])
             if tok.tag_ in ("NN", "NNP") and tok.dep_ in _SINGULAR_SLOTS
             and not tok.is_ancestor(pron) and tok.i not in doers
             and not _in_other_clause(tok, pron)]
    if verb.dep_ == "advcl":
        # "the bus ... was carrying students when it was struck": the subject of the
        # clause the "when" clause hangs on comes first
        found.sort(key=lambda t: t.dep_ not in ("nsubj", "nsubjpass") or t.head.i != verb.head.i)
    return found


def _own_verb(pron: Token) -> Token:
    """The verb of a pronoun's own clause ("shot him", "fired at them")."""
    return pron.head.head if pron.head.pos_ == "ADP" else pron.head


def _own_doers(pron: Token, deps: tuple[str, ...]) -> set[int]:
    """Who acts in a pronoun's own clause ("troops fired at them"): never what it stands
    for. A verb joined to an earlier one shares its subject ("the troops lined them up and
    shot them")."""
    verb = _sharing_subject(_own_verb(pron), deps)
    return {t.i for c in verb.children if c.dep_ in deps and c.i != pron.i
            for t in c.subtree}


def _sharing_subject(verb: Token, deps: tuple[str, ...]) -> Token:
    """The verb whose ``deps`` children act for ``verb``: itself, or, for a conjunct with
    none of its own, the verb it is joined to ("lined them up and shot them")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in deps for c in verb.children):
        verb = verb.head
    return verb


def _same_person(head: Token) -> list[Token]:
    """The mentions of the person a name's head stands for: the head itself first, then
    every other name in the story whose head is the same word ("Velt" of "Arno Velt")."""
    doc = head.doc
    heads = DOC_MEMO.get(doc, "person_heads", lambda: _person_heads(doc))
    return [head] + [doc[i] for i in heads.get(head.text, ()) if i != head.i]


def _person_heads(doc: Doc) -> dict[str, list[int]]:
    """Per word, the heads of the document's person names that end in it."""
    heads: dict[str, list[int]] = {}
    for tok in doc:
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.dep_ != "compound":
            heads.setdefault(tok.text, []).append(tok.i)
    return heads


def _full_name_before(head: Token) -> Token | None:
    """The nearest earlier name of two or more words that ends in ``head``'s one word
    ("Hakimullah Mehsud" for a later bare "Mehsud"): the one it stands for."""
    if head.pos_ != "PROPN" or head.dep_ == "compound" \
            or any(c.dep_ == "compound" for c in head.children):
        return None
    doc = head.doc
    ends = DOC_MEMO.get(doc, "full_name_ends", lambda: _full_name_ends(doc))
    return next((doc[i] for i in reversed(ends.get(head.text, ())) if i < head.i), None)


_COMPOUND = get_string_id("compound")  # the relation's number in a doc's array
_PROPN = parts_of_speech.IDS["PROPN"]


def _full_name_ends(doc: Doc) -> dict[str, list[int]]:
    """Per last word, the heads of the document's names of two or more words, in order."""
    # (off the doc's arrays: a Token is built only for a name's head)
    heads_of = doc_array(doc, HEAD).astype("int64") + numpy.arange(len(doc))  # (offsets)
    proper = doc_array(doc, POS) == _PROPN
    joined = (doc_array(doc, DEP) == _COMPOUND) & proper & proper[heads_of]
    heads = numpy.unique(heads_of[joined]).tolist()
    ends: dict[str, list[int]] = {}
    for i in heads:
        ends.setdefault(doc[i].text, []).append(i)
    return ends


def _doers_behind(pron: Token) -> set[int]:
    """Who a pronoun subject of the pronoun's own clause stands for ("the soldiers asked
    them their names, and then they shot them"): the nearest plural subject before that
    subject, which the object cannot be either."""
    subject = next((c for c in _sharing_subject(_own_verb(pron), ("nsubj",)).children
                    if c.dep_ == "nsubj" and c.lower_ == "they" and c.i < pron.i), None)
    if subject is None:
        return set()
    ante = next((t for t in _plurals_before(subject) if t.dep_ in ("nsubj", "nsubjpass")), None)
    return set() if ante is None else {ante.i}


def _in_other_clause(tok: Token, pron: Token) -> bool:
    """``tok`` inside a relative or participle clause that does not hold ``pron`` ("the
    bus, which belonged to the Army Public School, ... when it was struck"); not a "that"
    clause of a noun ("the claims that the battalion was based in the theatre"), which
    tells of the thing itself."""
    return any(a.dep_ in _CLAUSE_DEPS and not a.is_ancestor(pron)
               and not any(c.dep_ == "mark" for c in a.children) for a in tok.ancestors)


def classify_target(head: Token, gazetteer: Gazetteer) -> Target:
    """The target ``head`` names, with its class; once per document and word (the
    construction checks ask for a target's class, and the claim built after asks again)."""
    def classify() -> Target:
        text = phrase_text(target_tokens(head)) or head.text
        return Target(text, *target_class_of(head, gazetteer))

    return DOC_MEMO.get(head.doc, ("classify_target", head.i, id(gazetteer)), classify)


def target_class_of(head: Token, gazetteer: Gazetteer) -> tuple[str, str | None]:
    """The class of :func:`classify_target` and its actor, without the target's words:
    the construction checks ask the class of many words that are never a claim's target,
    whose words are not needed. Once per document and word."""
    return DOC_MEMO.get(head.doc, ("target class", head.i, id(gazetteer)), _class_and_actor,
                        head, gazetteer)


def _class_and_actor(head: Token, gazetteer: Gazetteer) -> tuple[str, str | None]:
    target_class, actor, _ = decide_class(head, gazetteer)
    return target_class, actor
