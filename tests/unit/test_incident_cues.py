"""The claim cues that tell incidents apart, read from hand-built parses (no model): the
strike's own day phrases and a party's own forces as the target."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from pipeline.domain.models import Actor
from pipeline.nlp.claims import TargetMatch, _expand, _own_word, strike_days

ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
VOCAB = English().vocab
RESIDENT = Actor("source.resident", "a resident", "source", None, None)


def parse(rows: str, ents: list[str] | None = None) -> Doc:
    """``word/POS/dep/head/lemma`` rows; ``ents``: ``"start:end:LABEL"``."""
    parts = [r.split("/") for r in rows.split()]
    words = [p[0] for p in parts]
    doc = Doc(VOCAB, words=words, pos=[p[1] for p in parts], deps=[p[2] for p in parts],
              heads=[int(p[3]) for p in parts],
              lemmas=[p[4] if len(p) > 4 else p[0].lower() for p in parts],
              ents=_iob(len(words), ents or []))
    return doc


def _iob(n: int, ents: list[str]) -> list[str]:
    tags = ["O"] * n
    for ent in ents:
        start, end, label = ent.split(":")
        for i in range(int(start), int(end)):
            tags[i] = ("B-" if i == int(start) else "I-") + label
    return tags


def days_of(doc: Doc, trigger: int, target: int) -> tuple[str, ...]:
    found = TargetMatch(trigger=trigger, targets=[(target, False, "test")], report=None,
                        cue="asserts", according_to=None, attacker=None)
    return strike_days(doc[trigger], found)


def test_the_day_of_the_strike_not_of_the_statement() -> None:
    doc = parse("The/DET/det/1 army/NOUN/nsubj/2 said/VERB/ROOT/2/say on/ADP/prep/2 "
                "Friday/PROPN/pobj/3 its/PRON/poss/6 jets/NOUN/nsubj/7 "
                "bombed/VERB/ccomp/2/bomb a/DET/det/9 base/NOUN/dobj/7 on/ADP/prep/7 "
                "Wednesday/PROPN/pobj/10", ["4:5:DATE", "11:12:DATE"])
    assert days_of(doc, 7, 9) == ("Wednesday",)


def test_the_day_on_the_verb_an_action_noun_is_subject_of() -> None:
    doc = parse("A/DET/det/1 strike/NOUN/nsubj/5 on/ADP/prep/1 a/DET/det/4 car/NOUN/pobj/2 "
                "killed/VERB/ROOT/5/kill two/NUM/nummod/7 men/NOUN/dobj/5 on/ADP/prep/5 "
                "Wednesday/PROPN/pobj/8", ["9:10:DATE"])
    assert days_of(doc, 1, 4) == ("Wednesday",)


def test_a_claim_of_responsibility_carries_its_day() -> None:
    doc = parse("The/DET/det/1 group/NOUN/nsubj/2 claimed/VERB/ROOT/2/claim an/DET/det/4 "
                "attack/NOUN/dobj/2 on/ADP/prep/4 a/DET/det/7 base/NOUN/pobj/5 "
                "last/ADJ/amod/9 week/NOUN/npadvmod/2", ["8:10:DATE"])
    assert days_of(doc, 4, 7) == ("last week",)


def test_a_report_verbs_own_day_is_not_the_strikes() -> None:
    # counter-example: "said last week that an attack on a base ..." hangs on "said"
    doc = parse("The/DET/det/1 group/NOUN/nsubj/2 said/VERB/ROOT/2/say last/ADJ/amod/4 "
                "week/NOUN/npadvmod/2 an/DET/det/6 attack/NOUN/nsubj/10 on/ADP/prep/6 "
                "a/DET/det/9 base/NOUN/pobj/7 failed/VERB/ccomp/2/fail",
                ["3:5:DATE"])
    assert days_of(doc, 6, 9) == ()


def test_the_dateline_is_no_day_of_the_strike() -> None:
    doc = parse("KABUL/PROPN/npadvmod/9 ,/PUNCT/punct/9 May/PROPN/npadvmod/9 3/NUM/nummod/2 "
                "(/PUNCT/punct/9 Wire/PROPN/appos/2 )/PUNCT/punct/9 -/PUNCT/punct/9 "
                "Jets/NOUN/nsubj/9 struck/VERB/ROOT/9/strike a/DET/det/11 camp/NOUN/dobj/9 "
                "on/ADP/prep/9 Monday/PROPN/pobj/12", ["2:4:DATE", "13:14:DATE"])
    assert days_of(doc, 9, 11) == ("Monday",)


def test_a_weekday_before_its_time_of_day_is_the_strikes_day() -> None:
    # "accused the army of firing shells into the province on Monday morning": the
    # recogniser makes "Monday" a date hung on "morning", a time
    doc = parse("Police/NOUN/nsubj/1 accused/VERB/ROOT/1/accuse the/DET/det/3 "
                "army/NOUN/dobj/1 of/ADP/prep/1 firing/VERB/pcomp/4/fire "
                "shells/NOUN/dobj/5/shell on/ADP/prep/5 Monday/PROPN/compound/9 "
                "morning/NOUN/pobj/7", ["8:9:DATE", "9:10:TIME"])
    assert days_of(doc, 5, 6) == ("Monday", "morning")


def test_its_positions_in_a_militarys_words_are_its_own() -> None:
    doc = parse("its/PRON/poss/1 positions/NOUN/ROOT/1")
    assert _own_word(doc[1], ARMY)
    assert not _own_word(doc[1], RESIDENT)  # "their homes" in residents' words


def test_a_site_of_its_own_unit_is_its_own() -> None:
    doc = parse("a/DET/det/1 headquarters/NOUN/ROOT/1 of/ADP/prep/1 its/PRON/poss/5 "
                "45th/ADJ/amod/5 brigade/NOUN/pobj/2")
    assert _own_word(doc[1], ARMY)
    other = parse("a/DET/det/1 headquarters/NOUN/ROOT/1 of/ADP/prep/1 the/DET/det/4 "
                  "brigade/NOUN/pobj/2")
    assert not _own_word(other[1], ARMY)


def test_the_inner_piece_of_a_split_place_name_is_no_target() -> None:
    # "struck a launch post in Beit al-Shams and Qalwan", parsed with "Shams" an
    # apposition of "post" and "Qalwan" joined to it: the targets are the post alone
    doc = parse("struck/VERB/ROOT/0/strike a/DET/det/3 launch/NOUN/compound/3 "
                "post/NOUN/dobj/0 in/ADP/prep/3 Beit/PROPN/pobj/4 al/PROPN/compound/9 "
                "-/PUNCT/punct/6 Shams/PROPN/appos/3 and/CCONJ/cc/8 Qalwan/PROPN/conj/8",
                ["5:9:GPE"])
    assert [i for i, _ in _expand(doc[3])] == [3]
    # counter-example: a site in apposition that begins its own name is still a target
    doc = parse("struck/VERB/ROOT/0/strike the/DET/det/2 depot/NOUN/dobj/0 ,/PUNCT/punct/2 "
                "Camp/PROPN/compound/5 Hill/PROPN/appos/2", ["4:6:FAC"])
    assert sorted(i for i, _ in _expand(doc[2])) == [2, 5]
