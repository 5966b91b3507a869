"""Paragraph breaks are sentence breaks: a headline or a list line never runs into the
next paragraph, so "Army says base, not village, was struck" is a sentence of its own.
Runs before the parser, which keeps the boundaries it is given."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS_NAME = "wirewatch_paragraphs"


def mark_paragraphs(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.component(PARAGRAPHS_NAME)
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraphs(doc)
