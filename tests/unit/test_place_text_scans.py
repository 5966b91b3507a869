"""The place resolver's scans of the text, written as string searches (no expression
compiled per name, no search at every start): they find what the expressions they stand
for found."""

from __future__ import annotations

import re

import pytest

from pipeline.nlp import places
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


def _without_opening_check(expression: re.Pattern[str]) -> re.Pattern[str]:
    """The expression with its leading look at the first letters taken off: what it
    searched before that check was put in front."""
    return re.compile(re.sub(r"^\(\?=[^)]*\)", "", expression.pattern), expression.flags)


# every word an alternative of the two scans opens with, in a phrase it may open
_KIND_WORDS = sorted(set(re.findall(r"[a-z]+", places._KIND_OF + places._KIND_AFTER)))
_SLOT_TEXTS = [f"{lead} Kessa Dorba, said the army." for lead in (
    "in", "near", "outside", "around", "overlooking", "toward", "towards", "outskirts of",
    "known as", "known locally as", "known in Velt as", "north of", "south-east of",
    "east of", "west of")] + [
    "Kessa, a small village, and al-Dorba town were hit; the Velt area too.",
    "Residents of Kessa and villagers of el-Dorba said County Tara was quiet.",
    "the Arno sector and the Pelan locality", "THE KESSA AREA", ""]


@pytest.mark.parametrize("text", _SLOT_TEXTS + [f"the {w} of Kessa and Kessa {w} near Arno"
                                                for w in _KIND_WORDS])
def test_the_first_letter_check_finds_what_the_scans_found_without_it(text: str) -> None:
    # the scans look at a place's first two letters before trying each alternative; a
    # kind word or slot added to the alternatives must be added to that check too
    for expression in (places._SLOTS, places._TOPONYM_PHRASES):
        full = _without_opening_check(expression)
        assert [m.groupdict() for m in expression.finditer(text)] == \
            [m.groupdict() for m in full.finditer(text)], (expression.pattern[:40], text)
