"""Speakers hidden by an opening word or taken from the wrong body, and accounts denied by
"none".

- "Reacting, the army spokesman, Brigadier General X, said ...": the small model makes
  the opening participle the subject of "said"; the repair
  (:func:`~pipeline.nlp.claims.participles_taken_for_subjects`) gives the subject back to
  the spokesman, as "Speaking to reporters, the spokesman said" is parsed.
- "Police spokesman X said" after the group that claimed the bombing: the police speak
  for a police force, not for the group heard last.
- "Three members of the Port Mira Counter Terrorism Group were killed ..., the force
  said": the force is the body its sentence is about, not a group named later in the
  story; "strikes were carried out against the Islamic State group, the force said" is
  not the group struck.
- "IRBIL, Iraq (AP) — A dozen missiles slammed into ...": the parse made the dateline
  the subject and the missiles its apposition; the repair
  (:func:`~pipeline.nlp.claims.dateline_subjects`) gives the verb its own subject back.
- "the IG said" after "Inspector General of Police (Bastar range) X said": the officer
  whose title the copy spelled out before, named as the copy wrote him there.
- "none of the dead were fighters", "none of the shells hit the camp": a verb whose
  subject is none of a group is denied, as one done by nobody is.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from pipeline.nlp.claims import dateline_subjects, participles_taken_for_subjects
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import parsed

slow = pytest.mark.slow


def _doc(parse: str) -> Doc:
    return parsed({"parse": parse})


# "Reacting , the spokesman , Ade Bello , said the jets hit a camp ."
REACTING = ("Reacting/VERB/nsubj/8/react/VBG ,/PUNCT/punct/0/,/, the/DET/det/3/the/DT "
            "spokesman/NOUN/conj/0/spokesman/NN ,/PUNCT/punct/3/,/, "
            "Ade/PROPN/compound/6/Ade/NNP Bello/PROPN/appos/3/Bello/NNP "
            ",/PUNCT/punct/3/,/, said/VERB/ROOT/8/say/VBD "
            "the/DET/det/10/the/DT jets/NOUN/nsubj/11/jet/NNS hit/VERB/ccomp/8/hit/VBD "
            "a/DET/det/13/a/DT camp/NOUN/dobj/11/camp/NN ./PUNCT/punct/8/./.")


def test_the_noun_after_an_opening_participle_is_the_subject() -> None:
    doc = participles_taken_for_subjects(_doc(REACTING))
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "said")
    assert (doc[0].dep_, doc[0].head.text) == ("advcl", "said")
    assert doc[1].head.text == "said"  # the comma after the participle goes with it
    assert doc[6].head.text == "spokesman"  # the name stays on the title


def test_counter_example_a_participle_with_no_comma_stays_the_subject() -> None:
    # "Shelling the camp hit ...": a gerund subject, no opener
    parse = ("Shelling/VERB/nsubj/3/shell/VBG the/DET/det/2/the/DT "
             "camp/NOUN/dobj/0/camp/NN hit/VERB/ROOT/3/hit/VBD "
             "civilians/NOUN/dobj/3/civilian/NNS")
    doc = participles_taken_for_subjects(_doc(parse))
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in _doc(parse)]


def test_counter_example_a_list_of_subjects_stays() -> None:
    # "Shelling , artillery and strikes hit the town ."
    parse = ("Shelling/NOUN/nsubj/6/shelling/NN ,/PUNCT/punct/0/,/, "
             "artillery/NOUN/conj/0/artillery/NN and/CCONJ/cc/2/and/CC "
             "strikes/NOUN/conj/2/strike/NNS ./PUNCT/punct/6/./. hit/VERB/ROOT/6/hit/VBD "
             "the/DET/det/8/the/DT town/NOUN/dobj/6/town/NN")
    doc = participles_taken_for_subjects(_doc(parse))
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in _doc(parse)]


@slow
def test_reacting_the_spokesman_tells_the_strike(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Reacting, the army spokesman, Brigadier General Ade "
                       "Bello, said the troops hit a terrorist camp near Port Mira.")
    names = {c.party.name for c in claims}
    assert names and all("Bello" in n and not n.startswith("Reacting") for n in names), names
    assert {c.target.text for c in claims} >= {"terrorist camp"}


@slow
def test_reacting_after_a_line_break_opens_no_name(real_extractor: Any) -> None:
    # (after a paragraph that ends in a quote the model tags "Reacting" a proper noun)
    claims = _analysed(real_extractor, "\"The authorities must open an inquiry,\" the rights "
                       "group said.\nReacting, the Air Force's Director of Public Relations "
                       "and Information, Air Vice Marshal Ade Bello, said the jets were sent "
                       "to deter armed men who were attacking villages in the area.")
    names = {c.party.name for c in claims if c.target.text == "villages"}
    assert names and not any(n.startswith("Reacting") for n in names), names


@slow
def test_a_police_spokesman_speaks_for_no_armed_group(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "In a statement, Al-Shabaab claimed responsibility "
                       "and said it had targeted the ministry of education in Port Mira.\n"
                       "Police spokesman Ade Bello said the dead included women and "
                       "children.")
    spokesman = {c.party.name for c in claims if "Bello" in c.party.name}
    assert spokesman == {"Police spokesman Ade Bello"}, spokesman


# (story, a word of the target, the parties that tell a target holding it)
TOLD_BY = [
    # the force is the body its sentence is about, not a group named later
    ("Three members of the Port Mira Counter Terrorism Group (CTG) were killed when a drone "
     "struck the airfield, the force said.\nA security source said the strike had killed "
     "members of the Kurdistan Workers' Party (PKK) who were using the airfield.",
     "airfield", {"Port Mira Counter Terrorism Group (CTG)"}),
    # counter-example: the group a force struck is not the force
    ("Iran's Revolutionary Guards (IRGC) said it had destroyed a spy headquarters in Port "
     "Mira. Strikes were also carried out against the Islamic State terror group in Syria, "
     "the force said.", "Islamic State", {"Iran's Revolutionary Guards (IRGC)"}),
    # "the IG" is the Inspector General named before, as the copy wrote him
    ("The gunfight took place on Friday morning in a forest near Mira village when a joint "
     "team of the District Reserve Guard was out on an operation, Inspector General of "
     "Police (Mira range) Ravi Kumar K said. All 12 killed were members of the banned CPI "
     "(Maoist), the IG said.", "CPI", {"Inspector General of Police (Mira range) Ravi Kumar K"}),
]


@slow
@pytest.mark.parametrize("body, word, want", TOLD_BY)
def test_who_tells_the_target(real_extractor: Any, body: str, word: str,
                              want: set[str]) -> None:
    names = {c.party.name for c in _analysed(real_extractor, body) if word in c.target.text}
    assert names == want, names


NONE = [
    ("A drone strike hit a car near Port Mira, killing 16 people, officials said. An elder "
     "said none of the dead were Taliban.", "elder"),
    ("The army said it shelled the camp near Port Mira. Residents said none of the shells "
     "hit the camp.", "Residents"),
]


@slow
@pytest.mark.parametrize("body, speaker", NONE)
def test_none_of_a_group_denies_the_account(real_extractor: Any, body: str,
                                            speaker: str) -> None:
    said = [c for c in _analysed(real_extractor, body) if c.party.name == speaker]
    assert said and all(c.negated for c in said), [(c.target.text, c.negated) for c in said]


@slow
def test_counter_example_all_of_the_dead_is_no_denial(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A drone strike hit a car near Port Mira, killing 16 "
                       "people, officials said. Police said all of the dead were militants.")
    said = [c for c in claims if c.party.name == "Police"]
    assert said and not any(c.negated for c in said), [(c.target.text, c.negated)
                                                       for c in said]


# "PORT MIRA , Iraq — missiles slammed into homes ."
DATELINED = ("PORT/PROPN/compound/1/PORT/NNP MIRA/PROPN/nsubj/6/MIRA/NNP ,/PUNCT/punct/1/,/, "
             "Iraq/PROPN/conj/1/Iraq/NNP —/PUNCT/punct/1/—/: "
             "missiles/NOUN/appos/1/missile/NNS slammed/VERB/ROOT/6/slam/VBD "
             "into/ADP/prep/6/into/IN homes/NOUN/pobj/7/home/NNS ./PUNCT/punct/6/./.")


def test_the_noun_hung_on_the_dateline_is_the_verbs_subject() -> None:
    doc = dateline_subjects(_doc(DATELINED))
    assert (doc[5].dep_, doc[5].head.text) == ("nsubj", "slammed")
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "slammed")  # the dateline as it was


def test_counter_example_a_verb_with_its_own_subject_after_the_dateline_stays() -> None:
    parse = DATELINED.replace("missiles/NOUN/appos/1/missile/NNS",
                              "missiles/NOUN/nsubj/6/missile/NNS")
    doc = dateline_subjects(_doc(parse))
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in _doc(parse)]


@slow
def test_missiles_after_an_em_dash_dateline_hit_what_they_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "PORT MIRA, Iraq (AP) — A dozen ballistic missiles "
                       "slammed into a residential part of Port Mira early Sunday, officials "
                       "said.")
    assert any(c.party.name == "officials" and "residential part" in c.target.text
               for c in claims), [(c.party.name, c.target.text) for c in claims]


@slow
def test_counter_example_another_abbreviated_title_is_not_the_ig(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The gunfight took place on Friday morning in a forest "
                       "near Mira village, Inspector General of Police (Mira range) Ravi Kumar "
                       "K said. All 12 killed were members of the banned CPI (Maoist), the SP "
                       "said.")
    names = {c.party.name for c in claims if "CPI" in c.target.text}
    assert not any("Ravi" in n for n in names), names
