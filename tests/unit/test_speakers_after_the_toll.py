"""Who speaks when the parse or the copy hides it.

- "..., killing at least 16 people, the Hamas-run Interior Ministry said on Friday.": the
  small model hangs "said" on "people" as a relative clause; the repair
  (:func:`~pipeline.nlp.claims.reports_taken_for_relatives`) makes it the sentence's
  trailing attribution, so the ministry, not the outlet, tells the strike.
- '"We heard a huge explosion and the hall next to the church collapsed on the families
  inside," one survivor said': the parse made "the hall" a second thing heard and left
  "collapsed" with no subject; the repair
  (:func:`~pipeline.nlp.claims.subjects_taken_for_objects`) gives the hall back to it.
- "Bastar, Nov 16 (PTI) Villagers said ...": Indian agencies close the dateline with the
  agency's bracket alone; the bracket ends the dateline, so neither the town nor "PTI)"
  speaks.
- "The government condemned ...", with the country named before: the party is shown as
  "Burkina Faso's government", never the bare country.
- "the police surgeon who carried out the post-mortem examinations, Dr Abel Marsh,
  said": the name after the role (its "Dr" kept) names him, and a hyphen inside a word
  does not cut the role's clause.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from pipeline.nlp.claims import reports_taken_for_relatives, subjects_taken_for_objects
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import parsed

slow = pytest.mark.slow


def _doc(parse: str) -> Doc:
    return parsed({"parse": parse})


# "A strike hit the camp , killing 16 people , the ministry said on Friday ."
BROKEN = ("A/DET/det/1/a/DT strike/NOUN/nsubj/2/strike/NN hit/VERB/ROOT/2/hit/VBD "
          "the/DET/det/4/the/DT camp/NOUN/dobj/2/camp/NN ,/PUNCT/punct/2/,/, "
          "killing/VERB/advcl/2/kill/VBG 16/NUM/nummod/8/16/CD people/NOUN/dobj/6/people/NNS "
          ",/PUNCT/punct/8/,/, the/DET/det/11/the/DT ministry/NOUN/nsubj/12/ministry/NN "
          "said/VERB/relcl/8/say/VBD on/ADP/prep/12/on/IN Friday/PROPN/pobj/13/Friday/NNP "
          "./PUNCT/punct/2/./.")


def test_a_trailing_said_taken_for_a_relative_clause_is_the_attribution() -> None:
    doc = reports_taken_for_relatives(_doc(BROKEN))
    assert (doc[12].dep_, doc[12].head.text) == ("parataxis", "hit")
    assert doc[11].head.text == "said"  # its subject stays its own
    assert doc[9].head.text == "said"   # the comma before the speaker goes with it


def test_counter_example_a_relative_clause_with_its_own_words_stays() -> None:
    # "the people the ministry said were killed": a relative clause saying something
    parse = BROKEN.replace(",/PUNCT/punct/8/,/,", "that/PRON/dobj/12/that/WDT")
    doc = reports_taken_for_relatives(_doc(parse))
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in _doc(parse)]


@slow
def test_the_ministry_after_the_toll_tells_the_strike(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "An airstrike hit the compound of a church in Port "
                       "Mira where hundreds of families had taken shelter, killing at least "
                       "16 people, the Hamas-run Interior Ministry said on Friday.")
    parties = {c.party.name for c in claims if c.cue != "narrates"}
    assert parties == {"Hamas-run Interior Ministry"}, parties
    assert {c.target.text for c in claims} >= {"at least 16 people"}


@slow
def test_an_agency_bracket_closes_the_dateline(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Bastar, Nov 16 (PTI) Villagers said security forces "
                       "had shot dead three farmers in the forest near the village.")
    assert {c.party.name for c in claims} == {"Villagers"}


@slow
def test_the_government_is_shown_with_its_country(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Gunmen in army uniforms killed about 60 people in a "
                       "village in northern Burkina Faso on Thursday, survivors said. The "
                       "government condemned what it called a heinous attack on the villagers.")
    names = {c.party.name for c in claims}
    assert "Burkina Faso's government" in names, names


@slow
def test_the_name_after_a_role_with_a_long_clause_names_him(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Police said five suspected attackers were shot "
                       "dead at a checkpoint in Port Mira. But the police surgeon who carried "
                       "out the post-mortem examinations, Dr Abel Marsh, said all five had "
                       "died of gunshot wounds.")
    names = {c.party.name for c in claims}
    assert "police surgeon Dr Abel Marsh" in names, names


@slow
def test_a_hyphen_inside_a_word_does_not_cut_the_roles_clause(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Police said five suspected attackers were shot "
                       "dead at a checkpoint in Port Mira. But the police surgeon who carried "
                       "out the post-mortem examinations said all five had died of gunshot "
                       "wounds.")
    names = {c.party.name for c in claims}
    assert "police surgeon who carried out the post-mortem examinations" in names, names


# "We heard an explosion and the hall collapsed ."
HEARD = ("We/PRON/nsubj/1/we/PRP heard/VERB/ROOT/1/hear/VBD an/DET/det/3/an/DT "
         "explosion/NOUN/dobj/1/explosion/NN and/CCONJ/cc/3/and/CC the/DET/det/6/the/DT "
         "hall/NOUN/conj/3/hall/NN collapsed/VERB/conj/1/collapse/VBD ./PUNCT/punct/1/./.")


def test_a_noun_joined_to_the_object_is_the_next_verbs_subject() -> None:
    doc = subjects_taken_for_objects(_doc(HEARD))
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "collapsed")
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "heard")
    assert doc[4].head.text == "heard"


def test_counter_example_a_verb_with_its_own_subject_stays() -> None:
    parse = HEARD.replace("collapsed/VERB/conj/1/collapse/VBD",
                          "collapsed/VERB/conj/1/collapse/VBD it/PRON/nsubj/7/it/PRP")
    doc = subjects_taken_for_objects(_doc(parse))
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in _doc(parse)]


@slow
def test_the_hall_that_collapsed_is_the_survivors_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "An airstrike hit a church compound in Port Mira, "
                       "killing at least 16 people, officials said. \"We heard a huge "
                       "explosion and the hall next to the church collapsed on the families "
                       "inside,\" one survivor told reporters.")
    assert any(c.party.name == "one survivor" and c.rule == "hit.collapsed"
               for c in claims), [(c.party.name, c.target.text) for c in claims]


@slow
def test_an_agency_bracket_after_a_month_and_day_closes_the_dateline(
        real_extractor: Any) -> None:
    # the recogniser reads "Apr 16" as a bare number here: the month says it is a date
    claims = _analysed(real_extractor, "Kanker, Apr 16 (PTI) Twenty-nine rebels, including "
                       "a senior cadre, were killed in an encounter with security forces "
                       "in the district on Tuesday, police said.")
    assert {c.target.text for c in claims} == {"Twenty-nine rebels"}, \
        [c.target.text for c in claims]


@slow
def test_the_statement_is_its_issuers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Northland army issued a statement on Tuesday. "
                       "The statement said troops had hit a militant hideout in the hills.")
    assert {(c.party.name, c.target.text) for c in claims} == \
        {("Northland army", "militant hideout")}


@slow
def test_a_hospital_speaks_for_itself(real_extractor: Any) -> None:
    # party rule body.care: a hospital that says is its staff speaking, not a thing
    claims = _analysed(real_extractor, "An air strike hit the town of Kovra. The district "
                       "hospital said 12 people had died in the strike.")
    assert ("district hospital", "12 people") in {(c.party.name, c.target.text)
                                                  for c in claims}


@slow
def test_a_school_or_a_municipality_speaks_for_itself(real_extractor: Any) -> None:
    # party rule body.civil: institutions speak through their staff
    for body, told in (("school", "three pupils were killed"),
                       ("municipality", "the strike hit a water station")):
        claims = _analysed(real_extractor, f"An air strike hit the town of Kovra. The {body} "
                           f"said {told}.")
        assert body in {c.party.name for c in claims}, [c.party.name for c in claims]
