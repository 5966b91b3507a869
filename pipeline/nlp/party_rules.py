"""What can be a party: an ordered table of rules over a noun phrase's head.

``data/party_rules.jsonl`` holds one rule a line, tried in order; the first that fires
decides. A rule names a ``test`` (below), its word list, a ``decision`` and, for parties, the
actor ``kind`` an unresolved phrase gets:

- ``party``: a person, an organisation or a role phrase ("a security source", "residents");
- ``anaphor``: a pronoun, resolved to the party last heard;
- ``owner``: a document or a channel ("the ministry's statement", "IAF footage"): the party
  is its owner, if it names one;
- ``partitive``: a quantity ("dozens of residents", "one of the witnesses"): the party is
  what it counts, if it names one;
- ``reject``: not a party (a thing, a medium, a number, a dateline, a credit line).

Each row carries an example and a counter-example (a sentence and the head word to judge)
that are its unit tests. The table is validated when loaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from pipeline.nlp import lexicon as lx
from pipeline.nlp.docmemo import DOC_MEMO, doc_text, line_start, sent_of, word_positions
from pipeline.nlp.gazetteer import Gazetteer

RULES_FILE = Path(__file__).parent / "data" / "party_rules.jsonl"

DECISIONS = frozenset(["party", "anaphor", "owner", "partitive", "reject"])

# Dependents that make a role word specific enough to stand for somebody ("the Ukrainian
# side", "displaced people in the area"), as against "each side" or "people".
_MODIFIER_DEPS = frozenset(["amod", "compound", "nmod", "poss", "prep", "acl", "relcl", "appos"])
_NOT_MODIFIERS = frozenset(["each", "both", "either", "neither", "other", "all", "some", "many"])
_WEB_NAME = re.compile(r"[\w-]+(\.[\w-]+)*\.(com|net|org|info|news|tv|ps|ye|sy|iq|ir|ru|ua)",
                       re.IGNORECASE)
_DATELINE_PUNCT = frozenset([":", "(", "-", "—", "–", ",", "--"])


@dataclass(frozen=True, slots=True)
class PartyRule:
    id: str
    test: str
    decision: str
    kind: str | None
    words: frozenset[str]
    requires: str
    example: str
    example_head: str
    counter_example: str
    counter_head: str

    def fires(self, head: Token) -> bool:
        test = _TESTS[self.test]
        if not test(self, head):
            return False
        return _REQUIRED[self.requires](head)


def _words(tok: Token) -> tuple[str, str]:
    """The word's lemma and its lower case; a "-men" plural the tagger left unlemmatised
    ("Fishermen" after a dateline, tagged a singular) has its "-man" as its lemma."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma == lower and tok.pos_ == "NOUN" and lower.endswith("men") and len(lower) > 4:
        lemma = lower[:-3] + "man"
    return lemma, lower


def _test_head(rule: PartyRule, head: Token) -> bool:
    """The head word, as the lemmatizer gave it or as written; a plural the tagger took
    for a name ("Bombs that struck camps ... killed 12 people, the government said":
    NNPS, lemma "bombs") also in the singular."""
    words = _words(head)
    if head.tag_ == "NNPS" and head.lower_.endswith("s") and rule.decision == "reject" \
            and not any(c.dep_ == "compound" for c in head.children):
        # (a bare word: "Kassala Resistance Committees" is a name, not "committee")
        words = (*words, head.lower_[:-1])
    return any(w in rule.words for w in words)


def _test_pronoun(rule: PartyRule, head: Token) -> bool:
    # (with the owners of a statement: "Its statement said ...", "their assessment")
    return head.pos_ == "PRON" and (head.lower_ in rule.words
                                    or head.lower_ in _OBJECT_AND_OWNER_PRONOUNS)


_OBJECT_AND_OWNER_PRONOUNS = frozenset(["him", "her", "them", "us", "its", "their", "our"])


def in_dateline(head: Token) -> bool:
    """The head is a word of the dateline that opens its line ("UNITED NATIONS, Oct 6
    (Reuters) -", "KINSHASA, Congo (AP) —", "Lima (AFP) -")."""
    # (each reads its dateline from the start of the head's line: a head too far into its
    # line is in none, and is passed by without asking them)
    return _near_line_start(head) and (
        (head.pos_ == "PROPN" and _inside_dateline(head)) or _in_capital_run(head)
        or _in_agency_dateline(head))


def _test_dateline(rule: PartyRule, head: Token) -> bool:
    """"SANAA:" / "KYIV (Reuters) -": a place opening a line, before the story (or two:
    "YEREVAN/BAKU, Sept 14 (Reuters) -"); also a word inside such a dateline ("Congo" of
    "KINSHASA, Congo (AP) —")."""
    doc = head.doc
    if _near_line_start(head) and (in_dateline(head) or _in_place_dateline(head)):
        return True
    start = head.i
    while start >= 2 and doc[start - 1].text == "/" and doc[start - 2].is_upper:
        start -= 2  # "YEREVAN/BAKU, Sept 14 (Reuters) -": a story filed from two cities
    first = start == sent_of(head).start or (start > 0 and "\n" in doc[start - 1].text_with_ws)
    if not first:
        return False
    if head.is_upper and len(head.text) > 2 and head.is_alpha:
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if nxt is not None and nxt.text in _DATELINE_PUNCT:
            # a city the recogniser took for a body ("QUETTA" as ORG) only when a dash
            # closes the dateline ("UNICEF, the UN children's agency, said" is no dateline)
            return head.ent_type_ in ("GPE", "LOC", "") or _closed_before_verb(head)
    if head.ent_type_ not in ("GPE", "LOC", ""):
        return False
    # "Moscow [Russia], October 4 (ANI):" -- a bracket or a date, then a colon, before
    # any verb ("Moscow: the strike hit only military targets" is a headline claim)
    dated = False
    for tok in doc[head.i + 1 : head.i + 12]:
        if tok.pos_ in ("VERB", "AUX") or "\n" in tok.text:
            return False
        dated = dated or tok.text in ("(", "[") or tok.ent_type_ == "DATE"
        if dateline_end(tok):
            return dated
    return False


def _near_line_start(tok: Token) -> bool:
    """``tok`` is within a dateline's reach of the start of its line (:func:`_line_start`
    finds a start)."""
    return tok.i - line_start(tok.doc, tok.i) <= lx.DATELINE_SPAN


def _line_start(tok: Token) -> int | None:
    """Where ``tok``'s line starts, if within a dateline's reach before it."""
    doc = tok.doc
    i = line_start(doc, tok.i)
    if tok.i - i > lx.DATELINE_SPAN:
        return None
    while i < tok.i and doc[i].is_space:
        i += 1
    return i


def spaced_dash(tok: Token) -> bool:
    """" - " set off by spaces, as a dateline's dash ("ERBIL, Iraq (AFP) - The ...")."""
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.doc[tok.i - 1].whitespace_)


def _inside_dateline(head: Token) -> bool:
    """The head lies in a dateline that opens its line: a place in capitals ("KINSHASA",
    "ADDIS ABABA"), then a comma or bracket, and a dash or colon closing it after the head
    before any verb ("KINSHASA, Congo (AP) —", "ERBIL, Iraq, Aug 12 (AFP) -")."""
    doc = head.doc
    start = _line_start(head)
    if start is None:
        return False
    j = start
    while j < head.i and ((doc[j].is_upper and doc[j].is_alpha and len(doc[j].text) > 1)
                          or _capital_possessive(doc[j])):
        j += 1
    if j == start or j >= head.i or len(doc[start].text) < 3 or doc[j].text not in (",", "("):
        return False
    for tok in doc[j : head.i]:
        if tok.pos_ in ("VERB", "AUX") or dateline_end(tok) or spaced_dash(tok):
            return False
    return _closed_before_verb(head)


def _capital_possessive(tok: Token) -> bool:
    """The "'S" of a city in capitals ("COX'S BAZAR"), split off by the tokenizer."""
    return tok.text in ("'S", "’S") and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ \
        and tok.doc[tok.i - 1].is_upper


def _capital_word(tok: Token) -> bool:
    """A word of a dateline's city in capitals ("KAFR", "NABL", the "'S" of "COX'S
    BAZAR"), the hyphen inside one ("DEIR AL-BALAH"), or the slash between two cities
    ("NEW DELHI/ISLAMABAD")."""
    if (tok.is_upper and tok.is_alpha and len(tok.text) > 1) or _capital_possessive(tok):
        return True
    return tok.text in ("-", "/") and not tok.whitespace_ and tok.i > 0 \
        and not tok.doc[tok.i - 1].whitespace_


def _in_capital_run(head: Token) -> bool:
    """The head is a word of the city in capitals that opens its line and a dateline
    closes, with any dash ("SOMETOWN CITY –", "KAFR NABL, Syria —", "GALKAYO TOWN,
    Somalia, March 3 (AP) -"): however the parse took the city (a subject of the lead's
    verb beside the real one), it is where the story was filed. Not a body in capitals
    whose apposition runs on to a verb ("UNICEF, the UN children's agency, said")."""
    doc = head.doc
    start = _line_start(head)
    if start is None or not doc[start].is_upper or (len(doc[start].text) < 3 and not (
            # (a two-letter article opening a city's name: "EL FASHER", "AL MUKALLA")
            start + 1 < len(doc) and _capital_word(doc[start + 1])
            and len(doc[start + 1].text) >= 3)):
        return False
    if not all(_capital_word(t) for t in doc[start : head.i + 1]):
        return False
    j = head.i + 1
    while j < len(doc) and _capital_word(doc[j]):
        j += 1
    if j >= len(doc) or not doc[j - 1].is_alpha:
        return False
    if dateline_end(doc[j]) or spaced_dash(doc[j]):
        return True
    return doc[j].text in (",", "(") and _closed_before_verb(doc[j - 1])


_AGENCY_MAX = 3  # tokens in a dateline's bracket: "(AFP)", "(Test Wire)"


def _in_agency_dateline(head: Token) -> bool:
    """The head is a word of a dateline whose agency's bracket a dash or colon closes, in
    any case: "Lima (AFP) -", "Nairobi, 12 Mar 2025 (Lusa) -", "Kessa, March 3 (PTI):",
    and the scraped form whose city was cut (", 12 Mar 2025 (Lusa) -"). Before the
    bracket only names, numbers and commas (a city and a date, no article, noun or verb),
    inside it a short name; however the parse took the city or the agency (the subject of
    the lead's verb), it is where and by whom the story was filed."""
    doc = head.doc
    start = _line_start(head)
    if start is None:
        return False
    # (the first bracket off the doc's index of its words: no Token built per word)
    brackets = word_positions(doc, "(", start, start + lx.DATELINE_SPAN)
    if not brackets or brackets[0] == start:
        return False
    opener = doc[brackets[0]]
    # (the tokenizer may keep a colon on the bracket: "Kessa, March 3 (PTI): The ...")
    # (and the Spanish agencies' bracket, stop and dash, one token with the agency's name:
    # "Bogota, Mar 30 (EFE).- The ...")
    close = next((t for t in doc[opener.i + 1 : opener.i + _AGENCY_MAX + 2]
                  if t.text in (")", "):") or t.text.endswith(").-")), None)
    joined = close is not None and close.text.endswith(").-") and close.text[0].isupper()
    if close is None or (close.i == opener.i + 1 and not joined) or head.i > close.i \
            or close.i + 1 >= len(doc):
        return False
    after = doc[close.i + 1]
    if close.text == ")" and after.text == "(":
        # "Kafr Dorra (Syria) (AFP) -": the country's bracket, then the agency's
        second = next((t for t in doc[after.i + 1 : after.i + _AGENCY_MAX + 2]
                       if t.text in (")", "):") or t.text.endswith(").-")), None)
        if second is None or second.i == after.i + 1 or second.i + 1 >= len(doc) \
                or not all(t.pos_ == "PROPN" or t.is_upper for t in doc[after.i + 1 : second.i]):
            return False
        close, after = second, doc[second.i + 1]
        if head.i > close.i:
            return False
    before = doc[start : opener.i]
    # "(AFP) -", and "(AFP)- " with no space before the dash; or no dash at all after a
    # city and a date ("Kessa/Dorra, Oct 2 (PTI) The ...", a story filed from two cities)
    if close.text == ")" and not (dateline_end(after) or spaced_dash(after)
                                  or (after.text == "-" and after.whitespace_)
                                  or (after.is_title and _dated(before))):
        return False
    if not all(t.pos_ in ("PROPN", "NUM") or t.text in (",", "/") for t in before):
        return False
    return all(t.pos_ == "PROPN" or t.is_upper or t.text in ("(", ")")
               for t in doc[opener.i + 1 : close.i])


def _dated(before: Span) -> bool:
    """A city, a comma and a day's number before an agency's bracket ("Kessa, Oct 2"):
    a dateline even with no dash after the bracket (not "Amnesty International (AI)")."""
    return any(t.text == "," for t in before) and any(t.pos_ == "NUM" for t in before)


_PLACE_DATELINE_MAX = 6  # tokens of "Beirut, Lebanon" or "Deir al-Balah, Gaza Strip"


def _in_place_dateline(head: Token) -> bool:
    """The head is a word of a dateline written in title case with no agency, a place (and
    its country) that a dash closes: "Beirut, Lebanon - Israel has carried out ...",
    "Kherson, Ukraine —". Only place names and commas before the dash, the first a
    place the recogniser knows; a colon does not close it ("Moscow: the strike hit only
    military targets" is a headline's claim)."""
    doc = head.doc
    start = _line_start(head)
    if start is None:
        return False
    if doc[start].ent_type_ not in ("GPE", "LOC"):
        return _unknown_place_dateline(head, start)
    for tok in doc[start : start + _PLACE_DATELINE_MAX + 1]:
        if tok.i > head.i and _dash(tok):
            return True
        if not (tok.text == "," or (tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC"))
                or (tok.text == "-" and not tok.whitespace_) or _agency_before_dash(tok)):
            return False
    return False


_UNKNOWN_PLACE_MAX = 3  # words of "Addis Abeba" or "Bandar Seri Begawan"
_HEADLINE_TOKENS = 40  # a headline is shorter


def _unknown_place_dateline(head: Token, start: int) -> bool:
    """"Addis Abeba - The Ethiopian Human Rights Commission said ...": one to three
    title-case names that open the copy's first line, closed by a dash with the copy's
    capitalised first word after it, are the place it was filed from, though the
    recogniser took a spelling it does not know for a person or for nothing. Only on the
    copy's first line (the first of the text, or the one after its headline): further
    down, "Name - " opens no dateline."""
    doc = head.doc
    if not _opens_copy(doc, start):
        return False
    for tok in doc[start : start + _UNKNOWN_PLACE_MAX + 1]:
        if _dash(tok):
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return head.i < tok.i and after is not None and after.is_title
        if not (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha
                and (tok.ent_type_ in ("PERSON", "GPE", "LOC", "") or _glued_name(tok))):
            return False
    return False


def _glued_name(tok: Token) -> bool:
    """The recogniser ran one name from the dateline's place across its dash into the
    body's first name ("Amman - The Relief Alliance of the North" as one ORG): a
    name holds no dash set off by spaces."""
    doc = tok.doc
    return tok.ent_type_ == "ORG" and any(
        _dash(t) and t.ent_iob_ == "I" and t.ent_type_ == "ORG"
        for t in doc[tok.i + 1 : min(len(doc), tok.i + _UNKNOWN_PLACE_MAX + 1)])


def _opens_copy(doc: Doc, start: int) -> bool:
    """The line starting at token ``start`` is the copy's first: the text's first line,
    or the line after the one line of a headline."""
    if start == 0:
        return True
    if start > _HEADLINE_TOKENS:
        return False
    before = doc_text(doc)[: doc[start].idx]
    return sum(1 for line in before.split("\n") if line.strip()) == 1


def _agency_before_dash(tok: Token) -> bool:
    """"Tehran, IRNA –", "Damascus, SANA –": a state agency's acronym after the city,
    right before the dash, as state media write their dateline."""
    doc = tok.doc
    return tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 6 and tok.i > 0 \
        and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc) \
        and _dash(doc[tok.i + 1])


def _dash(tok: Token) -> bool:
    """A dash that closes a title-case dateline: " - " set off by spaces, or a long one."""
    return spaced_dash(tok) or tok.text in ("—", "–", "--")


def _closed_before_verb(head: Token) -> bool:
    """A dateline's dash or colon follows ``head`` on its line before any verb."""
    for tok in head.doc[head.i + 1 : head.i + 12]:
        if tok.pos_ in ("VERB", "AUX") or "\n" in tok.text_with_ws:
            return False
        if dateline_end(tok) or spaced_dash(tok):
            return True
    return False


def dateline_end(tok: Token) -> bool:
    """The punctuation that closes a dateline: ":" (also "):"), a dash, the Spanish
    agencies' full stop and dash ("Bogota, Sep 16 (EFE).-"), or the bracket of an agency
    after the date with nothing after it ("Srinagar, Nov 16 (PTI) Families of ...")."""
    text = tok.text  # (read once: each read looks the string up anew)
    return ":" in text or text in ("—", "--", "–") or text.endswith(".-") \
        or (text == ")" and _agency_bracket_end(tok))


def _agency_bracket_end(tok: Token) -> bool:
    """")" of "Srinagar, Nov 16 (PTI) Families of two men ...": the Indian agencies (PTI,
    IANS, UNI) close their dateline with the agency's bracket alone. A bracket of a
    short name in capitals right after a date, near the start of its line, with the
    copy's first word (a capital or a number) right after it."""
    doc = tok.doc
    if tok.text != ")" or tok.i < 3 or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if nxt.is_punct or nxt.is_space or not (nxt.is_title or nxt.is_upper or nxt.like_num):
        return False
    opener = next((t for t in reversed(doc[max(0, tok.i - _AGENCY_MAX - 1) : tok.i])
                   if t.text == "("), None)
    if opener is None or opener.i == tok.i - 1 or opener.i == 0 \
            or not all(t.is_upper and t.is_alpha for t in doc[opener.i + 1 : tok.i]):
        return False
    date = doc[opener.i - 1]
    # (the recogniser may take "Apr 16" for a bare number: the month before it says date)
    month = doc[opener.i - 2].lower_.rstrip(".") if opener.i >= 2 else ""
    return date.like_num and (date.ent_type_ == "DATE" or month in _MONTHS) \
        and opener.i - line_start(doc, opener.i) <= lx.DATELINE_SPAN


_MONTHS = frozenset(["jan", "january", "feb", "february", "mar", "march", "apr", "april",
                     "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
                     "september", "oct", "october", "nov", "november", "dec", "december"])


def _test_credit_line(rule: PartyRule, head: Token) -> bool:
    """"Source: Telegram", "Photo: AFP": a credit line, not somebody speaking."""
    doc = head.doc
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return _test_head(rule, head) and nxt is not None and nxt.text.startswith(":")


def _test_counted(rule: PartyRule, head: Token) -> bool:
    """"at least 44 people", "10 civilians": a toll, not a speaker. "One woman said" is
    one speaker, not a toll."""
    numbers = [c for c in head.children if c.dep_ == "nummod" or c.like_num]
    if numbers and all(c.lower_ == "one" for c in numbers) and head.dep_ == "nsubj" \
            and head.head.lemma_.lower() in _SAYING:
        return False
    return _test_head(rule, head) and bool(numbers)


# verbs whose subject is a speaker, for "one woman said"
_SAYING = frozenset(["say", "tell", "add", "recall", "recount", "describe", "explain"])


def _test_entity(rule: PartyRule, head: Token) -> bool:
    return head.ent_type_ in rule.words


def _test_proper_noun(rule: PartyRule, head: Token) -> bool:
    """A name the recogniser left untyped ("Barzani condemned")."""
    return head.pos_ == "PROPN" and not head.is_stop


def _test_gazetteer(rule: PartyRule, head: Token) -> bool:
    """The head is inside an actor the gazetteer's entity ruler tagged ("Washington Post")."""
    return bool(head.ent_id_)


def _test_gazetteer_kind(rule: PartyRule, head: Token) -> bool:
    """The head is inside a gazetteer actor of one of the rule's kinds ("wire": an agency
    that carries the copy, as against a party in it)."""
    entry = Gazetteer.default().actors.get(head.ent_id_) if head.ent_id_ else None
    return entry is not None and bool(rule.words & set(entry.kinds))


def _test_web_name(rule: PartyRule, head: Token) -> bool:
    """An outlet by its address: "sabanews.net"."""
    return bool(_WEB_NAME.fullmatch(head.text))


def _test_any(rule: PartyRule, head: Token) -> bool:
    return True


_TESTS: dict[str, Callable[[PartyRule, Token], bool]] = {
    "head": _test_head,
    "gazetteer": _test_gazetteer,
    "gazetteer_kind": _test_gazetteer_kind,
    "pronoun": _test_pronoun,
    "dateline": _test_dateline,
    "counted": _test_counted,
    "credit_line": _test_credit_line,
    "entity": _test_entity,
    "proper_noun": _test_proper_noun,
    "web_name": _test_web_name,
    "any": _test_any,
}


# words that make one defender an office, not an activist ("Armenia's Human Rights
# Defender", "Georgia's Public Defender"; "human rights defenders" are campaigners)
_OFFICE_WORDS = frozenset(["right", "rights", "public"])


def is_office(head: Token) -> bool:
    """A singular role word under "rights" or "public": the state's office of that name."""
    return head.tag_ in ("NN", "NNP") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _OFFICE_WORDS for c in head.children)


def has_modifier(head: Token) -> bool:
    for child in head.children:
        if child.dep_ not in _MODIFIER_DEPS or child.lower_ in _NOT_MODIFIERS:
            continue
        if child.like_num or child.dep_ == "nummod":
            continue
        return True
    return False


def _commands_forces(head: Token) -> bool:
    """"the general staff", "the defence staff": the staff that commands an army, not
    "hospital staff"."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _COMMAND_STAFF
               for c in head.children)


_COMMAND_STAFF = frozenset(["general", "defence", "defense", "joint"])

def _unnamed_plural(head: Token) -> bool:
    """"military analysts", "commentators": people of a trade named by none of their names
    (not "an independent analyst, Arno Tara")."""
    return head.tag_ == "NNS" and not any(
        c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in head.children)


# what a rule's ``requires`` asks of the head besides its test
_REQUIRED: dict[str, Callable[[Token], bool]] = {
    "": lambda head: True,
    "modifier": has_modifier,
    "office": is_office,
    "command": _commands_forces,
    "unnamed_plural": _unnamed_plural,
}
REQUIREMENTS = frozenset(_REQUIRED)


def _rule(row: dict[str, Any]) -> PartyRule:
    for key in ("id", "test", "decision", "example", "example_head", "counter_example",
                "counter_head"):
        if not row.get(key):
            raise ValueError(f"party rule {row.get('id')!r}: missing {key!r}")
    if row["test"] not in _TESTS:
        raise ValueError(f"party rule {row['id']!r}: unknown test {row['test']!r}")
    if row["decision"] not in DECISIONS:
        raise ValueError(f"party rule {row['id']!r}: unknown decision {row['decision']!r}")
    requires = row.get("requires") or ""
    if requires not in REQUIREMENTS:
        raise ValueError(f"party rule {row['id']!r}: unknown requirement {requires!r}")
    words = row.get("ents") if row["test"] == "entity" else row.get("lemmas")
    return PartyRule(
        row["id"], row["test"], row["decision"], row.get("kind"),
        frozenset(str(w) for w in words or ()), requires, row["example"],
        row["example_head"], row["counter_example"], row["counter_head"],
    )


def load_rules(rows: Iterable[dict[str, Any]]) -> tuple[PartyRule, ...]:
    """Rules from table rows, validated: unique ids, known tests and decisions, and no
    head word claimed by two ``head`` rules (the order would silently decide), unless the
    earlier one narrows it by a requirement ("defender" as an office before the witness
    word)."""
    rules = tuple(_rule(row) for row in rows)
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise ValueError("party rules: duplicate ids")
    owner: dict[str, str] = {}
    narrowed = {r.id for r in rules if r.requires}
    for rule in rules:
        if rule.test != "head":
            continue
        for word in rule.words:
            if word in owner and owner[word] not in narrowed:
                raise ValueError(f"party rules: {word!r} in both {owner[word]} and {rule.id}")
            owner[word] = rule.id
    if not rules or rules[-1].test != "any":
        raise ValueError("party rules: the last rule must be a catch-all (test 'any')")
    return rules


@cache
def default_rules() -> tuple[PartyRule, ...]:
    with RULES_FILE.open(encoding="utf-8") as fh:
        return load_rules(json.loads(line) for line in fh if line.strip())


def judge(head: Token, rules: tuple[PartyRule, ...] | None = None) -> PartyRule:
    """The first rule that fires on the phrase headed by ``head`` (kept per document:
    the resolver asks about one head about twice)."""
    table = rules if rules is not None else default_rules()
    # (the table itself is kept with its verdict: an id alone could be a new table's)
    kept, verdict = DOC_MEMO.get(head.doc, ("judge", head.i, id(table)),
                                 lambda: (table, _judge(head, table)))
    return verdict if kept is table else _judge(head, table)


# the tests that fire only on a head word of the rule's list (:func:`_test_head`)
_HEAD_WORD_TESTS = frozenset(["head", "credit_line", "counted"])


def _judge(head: Token, rules: tuple[PartyRule, ...]) -> PartyRule:
    # every word a "head" rule (most of the table) may test the head by: a rule whose
    # list holds none of them cannot fire, and is passed over unasked (so is a credit
    # line's or a count's, which test the head word too)
    lemma, lower = _words(head)
    forms = {lemma, lower, lower[:-1]}
    for rule in rules:
        if rule.test in _HEAD_WORD_TESTS and forms.isdisjoint(rule.words):
            continue
        if rule.fires(head):
            return rule
    raise AssertionError("party rules end with a catch-all")  # pragma: no cover
