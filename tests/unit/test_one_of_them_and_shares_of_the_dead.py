"""Who speaks, what the dead and the sites are said to have been, and what is denied, on
copy written to test them.

Who speaks: "Security officials disputed that account. One said ... Another said ...": each
is one of the officials, on their side; a bare "One said" after a single body speaks for
nobody. Politicians and MPs speak. "Killed 35 people in what politicians say was an attack
on civilians" is the politicians' account. "Ministry spokeswoman Lilit Hakobyan", a name
the recogniser took for a body, speaks for the ministry heard before. "Azerbaijan's defence
ministry gave a different account. It said ... The ministry said ...": the ministry is the
one "it" was. A word in scare quotes ('had "liberated" Kovra') is no quotation whose speaker
follows it. "Tehran, IRNA -" is a dateline.

What the dead and the sites were: "most of those who died were fighters"
(``copula.share_of_those_who_died``); targets "adjacent to where rebel fighters were
located" are theirs; facilities "supplying fighter jets" are a military site; "no militants
were present on the street" says who was not there (``use.present_in``), not "present on
Tuesday"; "armed Palestinians" are armed men (``armed.nationality_armed``); "hundreds
injured when warplanes bombed a block" tells the bombing, not what the wounded did.

What is denied: "this was not an operation against innocent peasants"; "nobody attacked
any convoy"; "This is no consulate," then "This is a military building" (the building his
contrast, told in the present but no habit); a row that denies its target does not deny
what "but" offers; "killed fisherman, not 'narco-terrorist'" denies the second noun, not
the killing.

Conflicts: "the army said 11 people died in an operation against rebels" counts the
rebels, not civilians it grants; a bare count of the wounded disputes no combatant target,
a count of the dead still does; "My husband was not a drug dealer" against the police's
"a top drug dealer" is a dispute of who the dead was.

Stories go through the real model (``slow``); rules of one parse use hand-built docs and
rules of the domain hand-built claims; new table rows are tested by their example and
counter-example parses with the other rows. Towns, bodies and people are invented."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import article_conflict, find_conflicts
from pipeline.domain.models import Actor, Article, Claim, Evidence, Target
from pipeline.nlp.claims import _describes_target, _hit_targets
from pipeline.nlp.constructions import Hit
from tests.unit.test_accounts_beside_and_asides import PUBLISHED, _analysed, _told
from tests.unit.test_members_intelligence_and_answered_days import _speakers
from tests.unit.test_quotes_attributed import _doc as _vocab_doc
from tests.unit.test_reduced_relative_speakers import _doc

slow = pytest.mark.slow

_LEAD = ("RIVERTON, May 3 - A Northland drone strike killed 40 people at a market in "
         "Kovra on Thursday, local officials said.\n")


# ------------------------------------------------------------------ one of them said

@slow
def test_one_and_another_are_of_the_group_the_sentence_before_has(real_extractor: Any) -> None:
    body = _LEAD + ("Security officials in the capital, speaking on condition of anonymity, "
                    "disputed that account. One said those killed in the strike were "
                    "militants. Another said several rebel commanders were among the dead.")
    told = _told(real_extractor, body)
    assert ("one of the security officials", "militants", "armed_group") in told
    assert ("one of the security officials", "several rebel commanders",
            "armed_group") in told


@slow
def test_one_of_local_people_keeps_the_group_in_lower_case(real_extractor: Any) -> None:
    body = _LEAD + ("Farmers who saw the strike gave a different account. One said the dead "
                    "were all traders and porters.")
    assert ("one of the farmers", "traders", "civilians") in _told(real_extractor, body)


@slow
def test_counter_example_one_after_a_single_body_speaks_for_nobody(
        real_extractor: Any) -> None:
    body = _LEAD + ("The Northland army disputed that account. One said the dead were "
                    "militants.")
    assert not any(party.startswith("one of") for party, _, _ in
                   _told(real_extractor, body))


# ------------------------------------------------------------------ a share of the dead

@slow
def test_most_of_those_who_died_were_fighters_is_an_account(real_extractor: Any) -> None:
    body = _LEAD + ("The Northland army spokesman said most of those who died were rebel "
                    "fighters wearing uniforms.")
    told = {(p, cls) for p, _, cls in _told(real_extractor, body)}
    assert ("Northland army spokesman", "armed_group") in told


@slow
def test_counter_example_most_of_those_who_fled_tells_no_dead(real_extractor: Any) -> None:
    body = _LEAD + ("The Northland army spokesman said most of those who fled were rebel "
                    "fighters wearing uniforms.")
    told = {(p, cls) for p, _, cls in _told(real_extractor, body)}
    assert ("Northland army spokesman", "armed_group") not in told


# ------------------------------------------------------------------ a count in an operation

def _conflict(extractor: Any, body: str) -> bool:
    article = Article(id="t", headline="", body=body, source="Test Wire", published=PUBLISHED)
    return article_conflict(extractor.analyse([article])[0]) is not None


_VILLAGERS = ("RIVERTON, May 3 - Villagers in Kovra said soldiers opened fire on a "
              "fundraiser on Monday and killed civilians, including a teacher.\n")


@slow
def test_a_count_the_army_gives_for_its_operation_against_rebels_is_the_rebels(
        real_extractor: Any) -> None:
    body = _VILLAGERS + ("The army said 11 people died on Monday in an operation against a "
                         "faction of former rebels in Kovra.")
    assert _conflict(real_extractor, body)


@slow
def test_counter_example_civilians_the_army_says_died_in_its_operation_are_granted(
        real_extractor: Any) -> None:
    body = _VILLAGERS + ("The army said 11 civilians died on Monday in an operation against "
                         "a faction of former rebels in Kovra.")
    assert not _conflict(real_extractor, body)


# ------------------------------------------------------------------ "this was not an attack on"

@slow
def test_a_strike_noun_a_negated_be_says_it_was_not_is_denied(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Soldiers killed 11 people in Kovra on Monday. The defence "
            "minister defended the raid. \"This was not an operation against innocent "
            "peasants,\" he told reporters.")
    told = {(c.target.text, c.negated) for c in _analysed(real_extractor, body)}
    assert ("innocent peasants", True) in told


@slow
def test_counter_example_not_the_first_attack_denies_no_target(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Jets struck the base in Kovra on Monday. The minister said it "
            "was not the first attack on the base.")
    told = {(c.target.text, c.negated) for c in _analysed(real_extractor, body)}
    assert ("base", True) not in told and ("base", False) in told


# ------------------------------------------------------------------ politicians speak

@slow
def test_politicians_and_members_of_parliament_are_speakers(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Jets struck a village near Kovra on Wednesday. Opposition "
            "politicians said the strike hit civilians. Two MPs said the dead were farmers.")
    parties = {c.party.name for c in _analysed(real_extractor, body)}
    assert {"Opposition politicians", "Two MPs"} <= parties


@slow
def test_counter_example_politicians_killed_are_no_speakers(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Jets struck a village near Kovra on Wednesday, killing two "
            "politicians, residents said.")
    parties = {c.party.name for c in _analysed(real_extractor, body)}
    assert parties and not any("politician" in p for p in parties)


# ------------------------------------------------------------------ in what they say was

@slow
def test_in_what_politicians_say_was_an_attack_on_civilians_is_their_account(
        real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Northland jets have killed 35 people near the border in what "
            "opposition politicians say was an attack on civilians, not on rebels.")
    told = {(c.party.name, c.target.text, c.negated) for c in _analysed(real_extractor, body)}
    assert ("opposition politicians", "civilians", False) in told
    assert ("opposition politicians", "rebels", True) in told



# ------------------------------------------------------------------ a titled spokeswoman

@slow
def test_a_titled_name_the_recogniser_took_for_a_body_speaks_for_the_ministry(
        real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Armenia's defence ministry said Azerbaijani forces had fired "
            "on the village of Kovra, hitting homes. Ministry spokeswoman Lilit Hakobyan "
            "said Armenian units had repelled an attempt by Azerbaijani troops to seize a "
            "position on Sunday.")
    sides = {c.party.name: c.party.side for c in _analysed(real_extractor, body)}
    assert sides.get("Ministry spokeswoman Lilit Hakobyan") == \
        sides.get("Armenia's defence ministry") is not None


# ------------------------------------------------------------------ a count of the wounded

_ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
_HEALTH = Actor("sl.health-ministry", "Southland health ministry", "ministry", "SL", "sl")


def _said(party: Actor, text: str, cls: str, sentence: str, rule: str) -> Claim:
    return Claim(party, "asserts", Target(text, cls, None),
                 Evidence("t", "Test Wire", sentence, 0, len(sentence)), "strike", None, None,
                 False, rule)


_TARGETS = _said(_ARMY, "militant targets", "armed_group",
                 "The army said it struck militant targets across the strip.", "hit.object")


def test_a_bare_count_of_the_wounded_disputes_no_combatant_target() -> None:
    wounded = _said(_HEALTH, "seven people", "civilians",
                    "The health ministry said seven people were wounded in the strikes.",
                    "casualty.passive")
    assert find_conflicts([_TARGETS, wounded]) == []


def test_counter_example_a_bare_count_of_the_dead_still_does() -> None:
    dead = _said(_HEALTH, "seven people", "civilians",
                 "The health ministry said seven people were killed in the strikes.",
                 "casualty.passive")
    assert len(find_conflicts([_TARGETS, dead])) == 1


# ------------------------------------------------------------------ "injured when jets bombed"

_WOUNDED_WHEN = ("Dozens/NOUN/NNS/nsubjpass/2/dozen were/AUX/VBD/auxpass/2/be "
                 "killed/VERB/VBN/ROOT/2/kill and/CCONJ/CC/cc/2/and "
                 "hundreds/NOUN/NNS/conj/2/hundred injured/VERB/VBN/acl/4/injure "
                 "when/SCONJ/WRB/advmod/8/when {clause} a/DET/DT/det/10/a "
                 "block/NOUN/NN/dobj/8/block ./PUNCT/./punct/2/.")


def test_a_when_clause_with_its_own_subject_tells_the_strike_not_the_wounded() -> None:
    # the parse the small model gave "... and hundreds injured when warplanes bombed a
    # block": the bombing hangs on "injured", the participle on the counted wounded
    doc = _doc(_WOUNDED_WHEN.format(
        clause="warplanes/NOUN/NNS/nsubj/8/warplane bombed/VERB/VBD/advcl/5/bomb"))
    assert not _describes_target(doc[8], {4})


def test_counter_example_a_clause_with_no_subject_tells_what_they_did() -> None:
    doc = _doc(_WOUNDED_WHEN.format(
        clause="while/SCONJ/IN/mark/8/while firing/VERB/VBG/advcl/5/fire"))
    assert _describes_target(doc[8], {4})


# ------------------------------------------------------------------ "this is no consulate"

_CONSULATE = ("RIVERTON, May 3 - An air strike destroyed a building in Kovra on Monday. The "
              "ambassador said the strike hit the embassy. ")


@slow
def test_this_is_no_consulate_then_what_it_is_are_the_speakers_accounts(
        real_extractor: Any) -> None:
    body = _CONSULATE + ("\"This is no consulate,\" the army spokesman said. \"This is a "
                         "military building of the Quds Force.\"")
    told = {(c.target.text, c.negated) for c in _analysed(real_extractor, body)
            if c.party.name == "army spokesman"}
    assert told == {("no consulate", True), ("military building of the Quds Force", False)}


@slow
def test_counter_example_what_something_is_with_no_denial_before_is_no_account(
        real_extractor: Any) -> None:
    body = _CONSULATE + ("The army spokesman said the Quds Force was behind attacks on "
                         "shipping. \"This is a military building of the Quds Force.\"")
    assert not any(c.target.text.startswith("military building")
                   for c in _analysed(real_extractor, body))


# ------------------------------------------------------------------ "It said ... The ministry"

@slow
def test_the_ministry_after_it_said_is_the_body_it_was(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Armenia's defence ministry said homes in Kovra had been "
            "damaged, and the ministry said a school was hit.\n"
            "Azerbaijan's defence ministry gave a sharply different account. It said "
            "Armenian sabotage groups had tried to lay mines on supply roads. The ministry "
            "said its units had targeted Armenian firing points.")
    speakers = _speakers(real_extractor, body)
    assert speakers.get("Armenian firing points") == "Azerbaijan's defence ministry"


@slow
def test_the_ministry_after_it_said_is_the_body_it_was_either_way_round(
        real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Azerbaijan's defence ministry said its units had hit firing "
            "points.\n"
            "Armenia's defence ministry gave a sharply different account. It said homes in "
            "Kovra had been damaged. The ministry said a school was hit.")
    speakers = _speakers(real_extractor, body)
    assert speakers.get("school") == "Armenia's defence ministry"


@slow
def test_counter_example_it_that_was_an_army_keeps_no_ministry(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Armenia's defence ministry said homes in Kovra had been "
            "damaged.\n"
            "Azerbaijan's army gave a sharply different account. It said its units had hit "
            "firing points. The ministry said a school was hit.")
    speakers = _speakers(real_extractor, body)
    assert speakers.get("school") == "Armenia's defence ministry"


# ------------------------------------------------------------------ a word in scare quotes

_CAMP = ("RIVERTON, May 3 - The United Nations said the assault on the Kovra camp killed "
         "hundreds of displaced civilians.\n")


@slow
def test_a_word_in_scare_quotes_is_no_quotation_whose_speaker_follows(
        real_extractor: Any) -> None:
    body = _CAMP + ("In a statement, the Syrian army said its troops had \"liberated\" "
                    "Kovra from armed groups, insisting that the site was not a camp for "
                    "displaced people but a barracks used by militias to launch attacks.")
    told = {(c.party.name, c.target.text, c.negated) for c in _analysed(real_extractor, body)
            if c.target.text in ("barracks", "camp for displaced people")}
    # the army's men speak, not "Kovra" after the quoted word; what "but" offers stands
    assert {(text, negated) for _, text, negated in told} == {
        ("barracks", False), ("camp for displaced people", True)}
    assert not any("Kovra" in party for party, _, _ in told)


@slow
def test_counter_example_a_quotation_is_its_speakers_after_it(real_extractor: Any) -> None:
    body = _CAMP + ("\"The site was not a camp for displaced people but a barracks,\" "
                    "Colonel Adam Musa told reporters.")
    assert "Colonel Adam Musa" in {c.party.name for c in _analysed(real_extractor, body)}


_NOT_BUT = ("the/1/det/DET/the site/2/nsubj/NOUN/site was/2/ROOT/AUX/be not/2/neg/PART/not "
            "a/5/det/DET/a camp/2/attr/NOUN/camp {cc}/5/cc/CCONJ/{cc} a/8/det/DET/a "
            "barracks/5/conj/NOUN/barracks")


def _row_targets(cc: str) -> set[tuple[int, bool]]:
    """What a row that denies its target ("the site was not a camp ...") gives."""
    doc = _vocab_doc(_NOT_BUT.format(cc=cc))
    hit = Hit("use.was_not_combatant", "use", 2, 5, True, False, {"trigger": 2, "target": 5})
    return {(i, neg) for i, neg, _ in _hit_targets(doc[2], [hit], [])}


def test_a_denying_row_denies_its_target_not_what_but_offers() -> None:
    assert _row_targets("but") == {(5, True), (8, False)}


def test_counter_example_a_denying_row_denies_what_or_joins() -> None:
    assert _row_targets("or") == {(5, True), (8, True)}


# ------------------------------------------------------------------ "was not a drug dealer"

_POLICE = Actor("nl.police", "Northland police", "police", "NL", "nl")
_WIDOW = Actor("source.widow", "his widow", "source", None, None)
_DEALER = _said(_POLICE, "top drug dealer", "armed_group",
                "Police said the man killed in the gunfight was a top drug dealer.",
                "casualty.passive")


def _denial(text: str, cls: str) -> Claim:
    sentence = f"\"My husband was not a {text},\" his widow said."
    return Claim(_WIDOW, "asserts", Target(text, cls, None),
                 Evidence("t", "Test Wire", sentence, 0, len(sentence)), "use", None, None,
                 True, "use.was_not_combatant")


def test_a_widows_word_that_he_was_no_dealer_disputes_the_polices() -> None:
    assert [p.reason for p in find_conflicts([_DEALER, _denial("drug dealer",
                                                               "armed_group")])] == ["presence"]


def test_counter_example_a_denied_site_is_no_such_dispute() -> None:
    assert find_conflicts([_DEALER, _denial("militant camp", "military")]) == []


# ------------------------------------------------------------------ "nobody attacked"

_CENTRE = "KOVRA, May 3 - Soldiers opened fire on members gathered at the centre, the group said. "


@slow
def test_a_verb_done_by_nobody_is_denied(real_extractor: Any) -> None:
    for said in ("\"Nobody attacked any convoy,\" its spokesman said.",
                 "\"No one fired at the soldiers,\" its spokesman said."):
        denied = {c.target.text for c in _analysed(real_extractor, _CENTRE + said)
                  if c.negated}
        assert denied & {"any convoy", "soldiers"}, said


@slow
def test_counter_example_one_man_who_attacked_is_no_denial(real_extractor: Any) -> None:
    body = _CENTRE + "\"One man attacked the convoy,\" its spokesman said."
    assert ("convoy", False) in {(c.target.text, c.negated)
                                 for c in _analysed(real_extractor, body)}


# ------------------------------------------------------- "fighter jets"; "City, AGENCY –"

@slow
def test_facilities_supplying_fighter_jets_are_no_fighters_place(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - The army said its units had struck fuel facilities supplying "
            "the air force's fighter jets in Kovra.")
    assert {c.target.target_class for c in _analysed(real_extractor, body)
            if c.target.text == "fuel facilities"} == {"military"}


@slow
def test_counter_example_a_house_where_fighters_slept_is_theirs(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - The army said its jets had struck a house in Kovra where "
            "fighters were sleeping.")
    assert {c.target.target_class for c in _analysed(real_extractor, body)
            if c.target.text == "house"} == {"armed_group"}


@slow
def test_a_city_and_a_state_agency_before_a_dash_are_a_dateline(real_extractor: Any) -> None:
    body = ("Tehran, IRNA – The Revolutionary Guards said their missile units had struck a "
            "fuel depot in Haifa.")
    parties = {c.party.name for c in _analysed(real_extractor, body)}
    assert parties and not any("IRNA" in p for p in parties)


@slow
def test_counter_example_a_body_named_before_a_dash_in_a_sentence_speaks(
        real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - Jets struck a fuel depot in Kovra on Monday. Officials at the "
            "Northland Oil Company, NOC - the depot's owner - said the strike hit a school.")
    assert any("Officials" in c.party.name for c in _analysed(real_extractor, body))


# ------------------------------------------------------------------ "adjacent to where"

@slow
def test_targets_adjacent_to_where_fighters_were_are_theirs(real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - The army said its jets had struck two targets \"adjacent to "
            "where rebel fighters were located\" in Kovra.")
    assert {c.target.target_class for c in _analysed(real_extractor, body)
            if c.target.text == "two targets"} == {"armed_group"}


@slow
def test_counter_example_targets_adjacent_to_a_school_are_no_fighters(
        real_extractor: Any) -> None:
    body = ("RIVERTON, May 3 - The army said its jets had struck two targets adjacent to a "
            "school in Kovra.")
    assert "armed_group" not in {c.target.target_class for c in _analysed(real_extractor, body)
                                 if c.target.text == "two targets"}


# ------------------------------------------------------------------ "present on the street"

_GUNMEN = "KOVRA, May 3 - The army said its soldiers fired at gunmen in the camp. "


@slow
def test_no_militants_present_on_the_street_is_an_account_of_who_was_there(
        real_extractor: Any) -> None:
    body = _GUNMEN + "Journalists said no militants were present on the street where they stood."
    assert ("no militants", "armed_group", True) in {
        (c.target.text, c.target.target_class, c.negated)
        for c in _analysed(real_extractor, body)}


@slow
def test_counter_example_present_on_a_day_names_no_site(real_extractor: Any) -> None:
    body = _GUNMEN + "Journalists said no militants were present on Tuesday."
    assert "no militants" not in {c.target.text for c in _analysed(real_extractor, body)}


# ------------------------------------------------------------------ ", not 'narco-terrorist'"

@slow
def test_a_not_after_the_object_denies_the_noun_after_it_not_the_killing(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Northland's president said the navy's strike on a boat off Kovra "
                       "had killed a fisherman from the town.",
                       headline="Northland's Ruiz says US strike killed fisherman, not "
                                "'narco-terrorist'")
    assert ("fisherman", True) not in {(c.target.text, c.negated) for c in claims}


@slow
def test_counter_example_a_not_before_the_verb_still_denies_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "RIVERTON, May 3 - The navy said its strike on a boat off Kovra had "
                       "not killed a fisherman.")
    assert ("fisherman", True) in {(c.target.text, c.negated) for c in claims}
