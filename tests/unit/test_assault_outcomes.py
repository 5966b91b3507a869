"""What an assault's outcome and a target's past acts are not: accounts of what a strike
hit. The fate of an attack's own assailants ("all six attackers were killed") tells how the
assault ended (check ``not_assailants``); an attack noun that a struck commander directed,
or that a site was for ("a rallying point for attacks on the town"), tells what the target
did (check ``this_strike``). Hand-built parses first (no model), each with an example and
a counter-example; then team-written articles through the model, which must raise no
in-article conflict while a real dispute still does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.domain.conflicts import article_conflict
from pipeline.nlp.extract import Extractor
from tests.unit.test_constructions import rule_hits
from tests.unit.test_nlp_attacker_scope import analyse

# ------------------------------------------------------------ not_assailants

_FATE = ("Police/NOUN/nsubj/1/police said/VERB/ROOT/1/say all/DET/predet/4/all "
         "four/NUM/nummod/4/four {who}/NOUN/nsubjpass/6/{lemma} were/AUX/auxpass/6/be "
         "killed/VERB/ccomp/1/kill/VBN")


def test_the_fate_of_the_assailants_is_no_target() -> None:
    spec = {"parse": _FATE.format(who="assailants", lemma="assailant")}
    assert "assailants" not in rule_hits(spec, "casualty.passive")


def test_gunmen_killed_stay_a_target() -> None:
    spec = {"parse": _FATE.format(who="gunmen", lemma="gunman")}
    assert rule_hits(spec, "casualty.passive") == ["gunmen"]


_KILLED_BY = ("The/DET/det/1 army/NOUN/nsubj/2/army said/VERB/ROOT/2/say {subj} "
              "killed/VERB/ccomp/2/kill the/DET/det/{t}/the raiders/NOUN/dobj/{v}/raider")


def test_troops_who_repel_the_raiders_tell_no_target() -> None:
    spec = {"parse": _KILLED_BY.format(subj="troops/NOUN/nsubj/4/troop", t=6, v=4)}
    assert "raiders" not in rule_hits(spec, "casualty.object")


def test_a_strike_of_its_own_that_killed_the_raiders_is_an_account() -> None:
    spec = {"parse": _KILLED_BY.format(subj="its/PRON/poss/4/its drone/NOUN/nsubj/5/drone",
                                       t=7, v=5)}
    assert rule_hits(spec, "casualty.object") == ["raiders"]


def test_a_bomber_aircraft_destroyed_is_not_a_fate() -> None:
    spec = {"parse": "Kyiv/PROPN/nsubj/1/Kyiv destroyed/VERB/ROOT/1/destroy "
                     "two/NUM/nummod/3/two bombers/NOUN/dobj/1/bomber"}
    assert rule_hits(spec, "hit.object") == ["bombers"]


# ------------------------------------------------------------ this_strike

_DIRECTED = ("He/PRON/nsubj/1/he {verb}/VERB/ROOT/1/{lemma} mortar/NOUN/compound/3/mortar "
             "fire/NOUN/dobj/1/fire and/CCONJ/cc/3/and raids/NOUN/conj/3/raid "
             "on/ADP/prep/5/on outposts/NOUN/pobj/6/outpost")


def test_attacks_a_commander_directed_are_his_acts_not_this_strike() -> None:
    spec = {"parse": _DIRECTED.format(verb="orchestrated", lemma="orchestrate")}
    assert rule_hits(spec, "noun.prep") == []


def test_attacks_a_party_reports_are_this_strike() -> None:
    spec = {"parse": _DIRECTED.format(verb="reported", lemma="report")}
    assert rule_hits(spec, "noun.prep") == ["outposts"]


_FOR = ("a/DET/det/1/a {owner}/NOUN/ROOT/1/{lemma} for/ADP/prep/1/for raids/NOUN/pobj/2/raid "
        "on/ADP/prep/3/on the/DET/det/6/the village/NOUN/pobj/4/village")


def test_what_a_site_was_for_is_not_this_strike() -> None:
    spec = {"parse": _FOR.format(owner="springboard", lemma="springboard")}
    assert rule_hits(spec, "noun.prep") == []


def test_responsibility_for_an_attack_is_this_strike() -> None:
    spec = {"parse": _FOR.format(owner="responsibility", lemma="responsibility")}
    assert rule_hits(spec, "noun.prep") == ["village"]


_PURPOSE = ("a/DET/det/1 compound/NOUN/ROOT/1 used/VERB/acl/1/use/VBN to/PART/aux/4/to "
            "launch/VERB/xcomp/2/launch/VB raids/NOUN/dobj/4/raid on/ADP/prep/5/on "
            "outposts/NOUN/pobj/6/outpost")


def test_attacks_a_site_was_used_to_launch_are_not_this_strike() -> None:
    assert rule_hits({"parse": _PURPOSE}, "noun.prep") == []
    launched = ("they/PRON/nsubj/1/they launched/VERB/ROOT/1/launch raids/NOUN/dobj/1/raid "
                "on/ADP/prep/2/on outposts/NOUN/pobj/3/outpost")
    assert rule_hits({"parse": launched}, "noun.prep") == ["outposts"]


def test_a_commander_responsible_for_attacks_is_described_by_them() -> None:
    spec = {"parse": "a/DET/det/1 commander/NOUN/ROOT/1 responsible/ADJ/amod/1/responsible "
                     "for/ADP/prep/2/for raids/NOUN/pobj/3/raid on/ADP/prep/4/on "
                     "outposts/NOUN/pobj/5/outpost"}
    assert rule_hits(spec, "noun.prep") == []


def test_holding_a_party_responsible_for_a_strike_keeps_its_target() -> None:
    spec = {"parse": "Moscow/PROPN/nsubj/1/Moscow held/VERB/ROOT/1/hold Kyiv/PROPN/dobj/1/Kyiv "
                     "responsible/ADJ/oprd/1/responsible for/ADP/prep/3/for "
                     "raids/NOUN/pobj/4/raid on/ADP/prep/5/on outposts/NOUN/pobj/6/outpost"}
    assert rule_hits(spec, "noun.prep") == ["outposts"]


# ------------------------------------------------------------ whole articles (model)

_REPELLED = (
    "Gunmen stormed a seaside hotel in the port city on Tuesday night, police said.\n\n"
    "A police spokesman said all five attackers had been killed and that 40 guests were "
    "rescued.\n\n"
    "Al-Shabaab said its fighters had attacked the hotel because officials stayed there.")

_STORMED = (
    "Boko Haram said its fighters stormed a police training school in the town before dawn "
    "on Wednesday.\n\n"
    "The interior ministry said 14 assailants had been killed and nine arrested, and that "
    "the school was back under control.")

_DIRECTED_BODY = (
    "The Israeli military said its aircraft struck a senior Islamic Jihad commander in a "
    "flat in Khan Younis, from where it said he had orchestrated attacks on soldiers.\n\n"
    "Islamic Jihad said its commander was killed along with his two sons when the jets "
    "bombed the family's home.")

_STAGING = (
    "The army said its jets killed dozens of fighters at a camp in the north on "
    "Saturday.\n\n"
    "The strikes came after drones spotted fighters at a camp that served as a staging "
    "ground for raids on the market town, the state broadcaster reported.")

_DISPUTE = (
    "The army said its drone strike killed six gunmen near the river on Friday.\n\n"
    "Residents said the dead were farmers tending their fields.")


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    yield Extractor.load()


@pytest.mark.slow
@pytest.mark.parametrize(("body", "gone"), [
    (_REPELLED, "attackers"), (_STORMED, "assailants"), (_DIRECTED_BODY, "soldiers"),
    (_STAGING, "town")], ids=["repelled", "stormed", "directed", "staging"])
def test_outcomes_and_past_acts_raise_no_conflict(extractor: Extractor, body: str,
                                                  gone: str) -> None:
    an = analyse(extractor, body)
    assert an.claims  # the accounts of the strike itself stay
    assert not any(gone in c.target.text for c in an.claims)
    assert article_conflict(an) is None


@pytest.mark.slow
def test_gunmen_against_farmers_is_still_a_conflict(extractor: Extractor) -> None:
    assert article_conflict(analyse(extractor, _DISPUTE)) is not None
