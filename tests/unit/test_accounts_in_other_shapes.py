"""Accounts in shapes the rules missed, and the parse and naming slips that lost them.

- Parse repairs: an account word the tagger took for a verb ("reports ... were untrue");
  a reporting participle after its speaker (", the health authority alleged in a post");
  "not X but Y doing Z" read as a clause of its own; a name split in two before
  "told".
- Who speaks: "he" after a quote's first sentence is the speaker named before the quote;
  "the rebel command" is no army heard before; "the police version was that ..." is the
  police's; "our initial reporting indicates ..." is the quote's speaker's.
- Force accounts: a force whose men were fired on and who fired back ("an exchange of
  gunfire", "fired first") against a word that nobody armed was there.
- Toll words: "killing its three occupants" is a toll a later "the men" stands for; "they
  came armed" after "these were not peaceful farmers".
- Misses: "the rest landed in an empty field" after "intercepted most of them".
- Places: people "from" a country, goods "meant for" a group in a place and a doer "by"
  a state are no strike's place; a toll "since the Kessa-Dorba war began" is a war's.
- Classes: a column is what it is made of; a vessel laying mines is military.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.incidents import _tally
from pipeline.domain.models import Actor, Target
from pipeline.nlp.claims import _attribution, renoun
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import parsed
from tests.unit.test_force_accounts_causes_and_places import AUNT, POLICE, _claim

slow = pytest.mark.slow


def _by_target(claims: list[Any]) -> dict[str, tuple[str, str, bool]]:
    return {c.target.text: (c.party.name, c.target.target_class, c.negated) for c in claims}


# ------------------------------------------------------------------ parse repairs

def test_an_account_word_tagged_as_a_verb_is_a_noun() -> None:
    # "said reports that the depot burned were false", "reports" tagged as a verb
    doc = parsed({"parse": "He/PRON/nsubj/1 said/VERB/ROOT/1/say reports/VERB/nsubj/7/report/VBZ "
                           "that/SCONJ/mark/6 the/DET/det/5 depot/NOUN/nsubj/6/depot "
                           "burned/VERB/acl/2/burn were/AUX/ccomp/1/be false/ADJ/acomp/7/false"})
    renoun(doc)
    assert (doc[2].pos_, doc[2].lemma_) == ("NOUN", "report")
    # a verb with an object of its own stays a verb ("the agency reports a strike")
    verb = parsed({"parse": "The/DET/det/1 agency/NOUN/nsubj/2/agency "
                            "reports/VERB/ROOT/2/report/VBZ a/DET/det/4 strike/NOUN/dobj/2/strike"})
    renoun(verb)
    assert verb[2].pos_ == "VERB"


@slow
def test_reports_called_untrue_are_the_speakers_denial(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Nine patients died on Sunday when the district clinic in Velt was shelled, "
                       "a rights group said.\n\nThe Dorban army, in a written reply issued on "
                       "Sunday, said reports that the clinic had been shelled were \"entirely "
                       "false\" and had been invented by the rebels.")
    army = [c for c in claims if c.party.name.endswith("army")]
    assert army and all(c.negated for c in army), army
    assert find_conflicts(claims), claims


@slow
def test_a_reporting_participle_after_its_speaker_is_the_attribution(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A strike on a clinic in Dorba killed six patients on Monday, the health "
                       "authority alleged in a message on its website.")
    assert claims and {c.party.name for c in claims} == {"health authority"}, claims


@slow
def test_not_x_but_y_doing_z_tells_both_halves(real_extractor: Any) -> None:
    told = _by_target(_analysed(real_extractor,
                                "A drone strike killed seven people in the Pelan valley on "
                                "Monday. A local official said those killed were not militants "
                                "but farm workers resting under a tree."))
    assert told.get("militants", (None, None, False))[2] is True, told
    assert told.get("farm workers", (None, None, None))[1] == "civilians", told


def test_a_name_split_in_two_before_told_still_speaks() -> None:
    # '"They fled," al-Wadig told Reuters' with "al" and "Wadig" both subjects of "told"
    doc = parsed({"parse": '"/PUNCT/punct/8 They/PRON/nsubj/2 fled/VERB/ccomp/8/flee '
                           ',/PUNCT/punct/8 "/PUNCT/punct/8 al/PROPN/nsubj/8 -/PUNCT/punct/7 '
                           'Wadig/PROPN/nsubj/8 told/VERB/ROOT/8/tell Reuters/PROPN/dobj/8'})
    verb = _attribution(doc[4], len(doc))
    assert verb is not None and verb.text == "told"


# ------------------------------------------------------------------ who speaks

@slow
def test_he_after_a_quotes_first_sentence_is_the_speaker_before_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Three people were killed when soldiers fired on a march near a "
                       "checkpoint in Velt on Sunday, the army said. Brigadier Pelan Tara, the "
                       "army spokesman, said troops had shown restraint.\n\nDorba, in a clip "
                       "posted online, said troops had aimed their rifles at the marchers.\n\n"
                       "\"We had no guns at all. Our people were walking home when the "
                       "shooting started,\" he said.")
    guns = [c for c in claims if "guns" in c.target.text]
    assert guns and all(c.party.name == "Dorba" for c in guns), \
        [(c.party.name, c.target.text) for c in claims]


@slow
def test_the_rebel_command_is_no_army_heard_before(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Rockets hit Arno overnight, the army said. The rebel command said its "
                       "rockets had struck an army post.")
    post = [c for c in claims if c.target.text == "army post"]
    assert post and post[0].party.name == "rebel command", \
        [(c.party.name, c.target.text) for c in claims]


@slow
def test_the_police_version_is_the_polices(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Arno Dorba died in a busy bazaar in Velt on Friday morning, and two "
                       "traders were hurt by ricocheting rounds.\n\nThe police version, issued "
                       "that evening, was that Dorba belonged to the Kessa Front and had shot "
                       "at an arrest squad with a revolver before officers returned fire.")
    assert claims and {c.party.name for c in claims} == {"police"}, \
        [(c.party.name, c.target.text) for c in claims]


@slow
def test_our_initial_reporting_is_the_quotes_speakers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The coalition said the raid on Monday was aimed at rebel leaders. A "
                       "coalition spokesman said jets were summoned.\n\n\"Our early "
                       "reporting indicates that the dead were insurgents,\" said the "
                       "spokesman.")
    insurgents = [c for c in claims if c.target.text == "insurgents"]
    assert insurgents and "spokesman" in insurgents[0].party.name, \
        [(c.party.name, c.target.text) for c in claims]


# ------------------------------------------------------------------ force accounts

_NO_GUNMAN = "\"There was no gunman in that flat,\" a neighbour said."


@pytest.mark.parametrize("sentence", [
    "Police said the pair had shot at constables from a balcony and that a gun battle "
    "lasting ten minutes followed.",
    "Police said the pair shot at constables first.",
])
def test_men_who_fired_on_a_force_that_fired_back_dispute_no_armed_men_there(
        sentence: str) -> None:
    force = _claim(POLICE, Target("constables", "military", None), "hit.open_fire", sentence)
    nobody = _claim(AUNT, Target("no gunman", "armed_group", None), "use.none_there",
                    _NO_GUNMAN, negated=True)
    assert [p.reason for p in find_conflicts([force, nobody])] == ["presence"]


def test_a_force_fired_on_with_no_word_of_firing_back_disputes_nothing() -> None:
    force = _claim(POLICE, Target("officers", "military", None), "hit.open_fire",
                   "Police said gunmen opened fire on officers at a checkpoint.")
    nobody = _claim(AUNT, Target("no gunman", "armed_group", None), "use.none_there",
                    _NO_GUNMAN, negated=True)
    assert find_conflicts([force, nobody]) == []


# ------------------------------------------------------------------ tolls

@slow
def test_killing_its_occupants_is_a_toll_the_men_stand_for(real_extractor: Any) -> None:
    told = _by_target(_analysed(real_extractor,
                                "Soldiers shot at a van at a roadblock outside Tara on Friday, "
                                "killing its three occupants. Military officials said the men "
                                "were smugglers who ignored orders to halt."))
    assert told.get("smugglers", (None, None))[:2] == ("Military officials", "armed_group"), \
        told


@slow
def test_they_came_armed_after_these_were_not_peaceful_farmers(real_extractor: Any) -> None:
    told = _by_target(_analysed(real_extractor,
                                "Gunmen killed 15 people in an ambush near Velt on Thursday, "
                                "officials said.\n\n\"These were not peaceful farmers. They "
                                "came armed, carrying hunting rifles, and there was a fight,\" "
                                "a regional governor told a radio station."))
    assert told.get("armed", (None, None))[1] == "armed_group", told


# ------------------------------------------------------------------ misses

@slow
@pytest.mark.parametrize("rest", ["the rest", "the others"])
def test_the_rest_of_the_rockets_in_an_empty_field_is_a_miss(
        real_extractor: Any, rest: str) -> None:
    claims = _analysed(real_extractor,
                       "Rebel rockets rained down on Arno late on Monday, an army officer "
                       f"said. \"Our air defences intercepted most of them, and {rest} landed "
                       "in an empty field,\" said Brigadier Pelan Tara, the army spokesman.")
    assert any(c.rule == "miss.open_ground" and c.negated for c in claims), \
        [(c.rule, c.target.text) for c in claims]


# ------------------------------------------------------------------ places

@slow
@pytest.mark.parametrize("body", [
    "A strike on a line of lorries in the desert killed 40 people on Monday. The ministry "
    "said those on board were labourers from Ethiopia and Somalia.",
    "A strike on a line of lorries in the desert killed 40 people on Monday. Officials said "
    "the lorries were transporting arms provided by Iran and intended for rebels in Yemen.",
])
def test_where_people_came_from_and_goods_went_are_no_strike_place(
        real_extractor: Any, body: str) -> None:
    claims = _analysed(real_extractor, body)
    assert claims and not any(c.place is not None and c.place.country in ("ET", "SO", "IR",
                                                                        "YE")
                              for c in claims), [(c.target.text, c.place) for c in claims]


def test_a_toll_since_a_named_war_began_is_a_wars() -> None:
    toll = _claim(Actor("org.group", "group", "armed_group", None, None),
                  Target("soldiers", "military", None), "casualty.object",
                  "The group has claimed more than 90 attacks on soldiers since the "
                  "Kessa-Dorba war began in May.")
    assert _tally(toll)
    assert not _tally(_claim(Actor("org.group", "group", "armed_group", None, None),
                             Target("soldiers", "military", None), "casualty.object",
                             "The group said it killed four soldiers in Velt."))


# ------------------------------------------------------------------ classes

@slow
@pytest.mark.parametrize(("body", "target", "cls"), [
    ("Jets bombed a convoy on the road to Velt on Monday, killing two drivers, the Red "
     "Crescent said. Air force officers said they had destroyed a column of vehicles "
     "transporting weapons on the road.", "column of vehicles", "military"),
    ("The Kessa navy said on Saturday its ships had sunk a vessel laying mines in the bay, "
     "killing its crew.", "vessel", "military"),
])
def test_what_a_column_or_a_vessel_is_made_of_or_doing(
        real_extractor: Any, body: str, target: str, cls: str) -> None:
    told = _by_target(_analysed(real_extractor, body))
    assert told.get(target, (None, None))[1] == cls, told
