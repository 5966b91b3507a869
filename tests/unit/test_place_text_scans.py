"""The place resolver's scans of the text, written as string searches (no expression
compiled per name, no search at every start): they find what the expressions they stand
for found."""

from __future__ import annotations

import re

import pytest

from pipeline.nlp.places import _words_before, _written_at

TEXTS = [
    "Shells hit Kani township in Sagaing region, and Kani's market burned.",
    "The Gazan health ministry said strikes on Gaza and Gaza City killed 20.",
    "A drone struck near al-Qaim. Al-Qaim village, near Qaim, was hit",
    "Residents of Kani Town said the Kani district office was empty.",
    "",
]
NAMES = ["Kani", "Gaza", "Qaim", "al-Qaim", "Town", "x"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", NAMES)
def test_written_at_finds_what_the_name_expression_found(text: str, name: str) -> None:
    expression = re.compile(r"(?<![\w'’-])" + re.escape(name)
                            + r"(?:\s+(?i:township|town|village|district|locality))?")
    assert list(_written_at(name, text)) == [(m.start(), m.end())
                                              for m in expression.finditer(text)]


def test_written_at_takes_the_kind_word_and_not_a_cut_word() -> None:
    text = "Kani township and Akani, then Kani."
    assert [text[a:b] for a, b in _written_at("Kani", text)] == ["Kani township", "Kani"]


@pytest.mark.parametrize("text", [
    "in the town of Azad Jammu and ", "shelling of Azad ", "x", "", " ", "word",
    "the Mezzeh district of\t", "two  spaces ", "a-b c'd e’f g ", "one two three four ",
])
def test_words_before_is_the_last_words_an_end_anchored_search_finds(text: str) -> None:
    found = re.search(r"((?:[\w'’-]+[ \t]){1,3})$", text)
    assert _words_before(text) == (found.group(1) if found else "")


def test_words_before_keeps_up_to_three_words() -> None:
    assert _words_before("near the town of Azad ").split() == ["town", "of", "Azad"]
