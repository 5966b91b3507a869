"""Paragraph breaks are sentence breaks: a headline or a list line never runs into the
next paragraph, so "Army says base, not village, was struck" is a sentence of its own.
A headline's speaker tag ("Airstrikes on camp kill 14 - aid group", "Army: strike hit
rebel base") is a sentence of its own too, so the parse does not take the speaker into
the claim (rule ``headline.speaker_tag``). Runs after the tagger and before the parser,
which keeps the boundaries it is given."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp import lexicon as lx

PARAGRAPHS_NAME = "wirewatch_paragraphs"

_TAG_MARKS = frozenset(["-", "–", "—", ":"])
_NAME_TAGS = frozenset(["NN", "NNS", "NNP", "NNPS", "JJ", "DT", "POS", "PRP$", "HYPH"])
_TAG_MAX = 5  # words in a speaker tag


_FIRST_WORD = re.compile(r"[A-Z][a-z]+")


def parse_text(text: str, headline: str | None) -> str:
    """The text the parser reads: ``text`` with a headline's first word in lower case
    when it is a strike word ("Airstrike on market kills 20, rebels say"), which the
    parser otherwise takes for a name and hangs on the next noun. Same length, so the
    claims' offsets are offsets into ``text`` (rule ``headline.strike_word_first``)."""
    if not headline:
        return text
    first = _FIRST_WORD.match(text)
    if first is None or first.group().lower() not in lx.STRIKE_NOUN_FORMS:
        return text
    return text[:1].lower() + text[1:]


def mark_paragraphs(doc: Doc) -> Doc:
    first = None
    for tok in doc[:-1]:
        if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
            first = tok.i if first is None else first
    headline = _first_paragraph(doc, first) if first is not None else None
    start = speaker_tag_start(headline) if headline is not None else None
    if start is not None and headline is not None:
        # the claim and its tag, each whole ("... kills six -" never cut at "six")
        for tok in headline[1:]:
            tok.is_sent_start = tok.i == start
    return doc


def headline_span(doc: Doc) -> Span | None:
    """The first paragraph of a text that has more, without its line break, when it does
    not end as a sentence does (a headline, not a lead paragraph)."""
    end = next((t.i for t in doc[:-1]
                if (t.is_space and "\n" in t.text) or "\n" in t.whitespace_), None)
    return _first_paragraph(doc, end) if end is not None else None


def _first_paragraph(doc: Doc, end: int) -> Span | None:
    """The headline that ends at the line break at token ``end``, if it is one."""
    span = doc[:end] if doc[end].is_space else doc[: end + 1]
    return span if len(span) and span[-1].text != "." else None


def _names(words: Span) -> bool:
    """Words that can only name a speaker: nouns and their modifiers, no verb."""
    tags = [t.tag_ for t in words if not t.is_punct or t.tag_ == "HYPH"]
    return 0 < len(tags) <= _TAG_MAX and all(t in _NAME_TAGS for t in tags) \
        and any(t.startswith("NN") for t in tags)


_REPORT_FORMS = frozenset(
    f for v in lx.REPORT_VERBS for f in (v, v + "s", v + "es", v + "d", v + "ed")
) | frozenset(["said", "told", "according"])


def _clause(words: Span) -> bool:
    """A claim's clause: a verb, no question ("what we know") and no speaker of its own
    ("Pelan blockade: soldiers came under attack, army says")."""
    return len(words) >= 3 and any(t.tag_.startswith("VB") for t in words) \
        and words[0].tag_ not in ("WDT", "WP", "WRB") \
        and not any(t.lower_ in _REPORT_FORMS for t in words)


def speaker_tag_start(headline: Span) -> int | None:
    """Where a headline's speaker tag starts or ends its claim (the first token of the
    second part), or None: a spaced dash or colon with a short run of naming words on one
    side ("- aid group", "Army:") and a clause with a verb on the other."""
    if len(headline) < 4 or headline[-1].text in _TAG_MARKS:
        return None
    for tok in reversed(headline[1:-1]):  # "... kill 14 - aid group"
        if tok.text in _TAG_MARKS and (tok.text == ":" or (
                tok.doc[tok.i - 1].whitespace_ and tok.whitespace_)):
            tail = headline.doc[tok.i + 1 : headline.end]
            if _names(tail) and _clause(headline.doc[headline.start : tok.i]):
                return tok.i + 1
            break
    for tok in headline[1 : _TAG_MAX + 1]:  # "Army: strike hit rebel base"
        if tok.text == ":":
            lead = headline.doc[headline.start : tok.i]
            if _names(lead) and _clause(headline.doc[tok.i + 1 : headline.end]):
                return tok.i + 1
            break
    return None


@Language.component(PARAGRAPHS_NAME)
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraphs(doc)
