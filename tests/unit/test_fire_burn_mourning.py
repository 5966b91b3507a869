"""Claim shapes from a validation batch, each with an example and a counter-example: the
site fired from (``use.fire_from``: the site "from" names, and only one the article says
was struck); a strike on "what it called X" (``copula.called_what`` and
``copula.described_what`` on a strike noun's preposition); a bare "the target" names no
target; ordnance on open ground is the defender's account that nothing was hit
(``miss.open_ground``, ``miss.fell_short``); armed men setting sites alight (``hit.burn``);
a group that mourns or announces the deaths of its own (``casualty.mourned``,
``casualty.deaths_of``). Hand-built parses first (no model), then articles of our own
through the model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.domain.conflicts import article_conflict
from pipeline.nlp.extract import Extractor
from tests.unit.test_constructions import rule_hits
from tests.unit.test_nlp_attacker_scope import analyse

# ------------------------------------------------------------ use.fire_from

_STRUCK_THEN_FIRED = (
    "Jets/NOUN/nsubj/1/jet struck/VERB/ROOT/1/strike a/DET/det/3 {struck}/NOUN/dobj/1/{struck} "
    "./PUNCT/punct/1 Militants/NOUN/nsubj/7/militant had/AUX/aux/7/have fired/VERB/ROOT/7/fire "
    "rockets/NOUN/dobj/7/rocket from/ADP/prep/7 inside/ADP/prep/9/inside the/DET/det/12 "
    "school/NOUN/pobj/10/school")


def test_fire_from_a_site_the_article_says_was_struck_is_its_use() -> None:
    spec = {"parse": _STRUCK_THEN_FIRED.format(struck="school")}
    assert rule_hits(spec, "use.fire_from") == ["Militants"]


def test_fire_from_a_site_nobody_says_was_struck_is_no_use() -> None:
    spec = {"parse": _STRUCK_THEN_FIRED.format(struck="bridge")}
    assert rule_hits(spec, "use.fire_from") == []


def test_the_shooters_of_a_strike_from_positions_near_a_town_are_no_target() -> None:
    # the place further down the "from" phrase is not the site fired from, even when a
    # town of that name was struck
    spec = {"parse": "Jets/NOUN/nsubj/1/jet struck/VERB/ROOT/1/strike the/DET/det/3 "
                     "town/NOUN/dobj/1/town ./PUNCT/punct/1 Rebels/NOUN/nsubj/6/rebel "
                     "fired/VERB/ROOT/6/fire shells/NOUN/dobj/6/shell at/ADP/prep/6 "
                     "the/DET/det/10 clinic/NOUN/pobj/8/clinic from/ADP/prep/6 "
                     "positions/NOUN/pobj/11/position west/ADV/amod/12/west of/ADP/prep/13 "
                     "the/DET/det/16 town/NOUN/pobj/14/town"}
    assert rule_hits(spec, "use.fire_from") == []


# ------------------------------------------------------------ what it called X

_CALLED_ON_NOUN = ("the/DET/det/1 raid/NOUN/ROOT/1/raid on/ADP/prep/1 what/PRON/dobj/5/what "
                   "it/PRON/nsubj/5/it {verb}/VERB/pcomp/2/{lemma} a/DET/det/8 "
                   "drone/NOUN/compound/8/drone workshop/NOUN/{dep}/{head}/workshop")


def test_a_strike_noun_on_what_it_called_x_names_x() -> None:
    spec = {"parse": _CALLED_ON_NOUN.format(verb="called", lemma="call", dep="oprd", head=5)}
    assert rule_hits(spec, "copula.called_what") == ["workshop"]


def test_a_strike_carried_out_on_what_it_called_x_names_x() -> None:
    spec = {"parse": "The/DET/det/1 army/NOUN/nsubj/2/army carried/VERB/ROOT/2/carry "
                     "out/ADP/prt/2/out a/DET/det/5 raid/NOUN/dobj/2/raid on/ADP/prep/2/on "
                     "what/PRON/dobj/9/what it/PRON/nsubj/9/it called/VERB/pcomp/6/call "
                     "a/DET/det/11 depot/NOUN/oprd/9/depot"}
    assert rule_hits(spec, "copula.called_what") == ["depot"]
    # an ordinary verb carried out nothing on it: no strike, no target
    spec = {"parse": spec["parse"].replace("raid/NOUN/dobj/2/raid", "survey/NOUN/dobj/2/survey")}
    assert rule_hits(spec, "copula.called_what") == []


def test_a_strike_noun_on_what_it_described_as_x_names_x() -> None:
    spec = {"parse": "the/DET/det/1 raid/NOUN/ROOT/1/raid on/ADP/prep/1 what/PRON/dobj/5/what "
                     "it/PRON/nsubj/5/it described/VERB/pcomp/2/describe as/ADP/prep/5/as "
                     "a/DET/det/9 drone/NOUN/compound/9/drone workshop/NOUN/pobj/6/workshop"}
    assert rule_hits(spec, "copula.described_what") == ["workshop"]


def test_a_report_on_what_it_called_x_is_no_strike() -> None:
    spec = {"parse": "a/DET/det/1 report/NOUN/ROOT/1/report on/ADP/prep/1 what/PRON/dobj/5/what "
                     "it/PRON/nsubj/5/it called/VERB/pcomp/2/call a/DET/det/7 "
                     "crisis/NOUN/oprd/5/crisis"}
    assert rule_hits(spec, "copula.called_what") == []


# ------------------------------------------------------------ a bare "the target"

def test_a_bare_target_names_no_target() -> None:
    spec = {"parse": "The/DET/det/1 target/NOUN/nsubjpass/3/target was/AUX/auxpass/3/be "
                     "destroyed/VERB/ROOT/3/destroy"}
    assert rule_hits(spec, "hit.passive") == []
    spec = {"parse": "The/DET/det/2 intended/ADJ/amod/2/intended target/NOUN/nsubjpass/4/target "
                     "was/AUX/auxpass/4/be destroyed/VERB/ROOT/4/destroy"}
    assert rule_hits(spec, "hit.passive") == ["target"]


# ------------------------------------------------------------ open ground

_FELL = "Shells/NOUN/nsubj/1/shell fell/VERB/ROOT/1/fall {prep}/ADP/prep/1/{prep} {rest}"


@pytest.mark.parametrize("rest", [
    "farmland/NOUN/pobj/2/farmland",
    "an/DET/det/5/an empty/ADJ/amod/5/empty field/NOUN/pobj/2/field",
    "an/DET/det/5/an open/ADJ/amod/5/open area/NOUN/pobj/2/area",
], ids=["farmland", "empty-field", "open-area"])
def test_shells_on_open_ground_hit_nothing(rest: str) -> None:
    spec = {"parse": _FELL.format(prep="on", rest=rest)}
    assert len(rule_hits(spec, "miss.open_ground")) == 1
    assert rule_hits(spec, "hit.impact") == []


@pytest.mark.parametrize("rest", [
    "a/DET/det/5/a residential/ADJ/amod/5/residential area/NOUN/pobj/2/area",
    "an/DET/det/5/an oil/NOUN/compound/5/oil field/NOUN/pobj/2/field",
    "a/DET/det/4/a field/NOUN/pobj/2/field where/SCONJ/advmod/7/where "
    "children/NOUN/nsubj/7/child played/VERB/relcl/4/play",
], ids=["residential-area", "oil-field", "field-with-people"])
def test_shells_on_a_site_or_among_people_are_a_hit(rest: str) -> None:
    spec = {"parse": _FELL.format(prep="on", rest=rest)}
    assert rule_hits(spec, "miss.open_ground") == []
    assert len(rule_hits(spec, "hit.impact")) == 1


def test_a_count_of_weapons_is_a_weapon_subject() -> None:
    spec = {"parse": "Some/DET/nsubj/4/some of/ADP/prep/0/of the/DET/det/3/the "
                     "rockets/NOUN/pobj/1/rocket landed/VERB/ROOT/4/land in/ADP/prep/4/in "
                     "a/DET/det/7/a school/NOUN/pobj/5/school"}
    assert rule_hits(spec, "hit.impact") == ["school"]


# ------------------------------------------------------------ hit.burn

def test_attackers_burning_sites_hit_them() -> None:
    spec = {"parse": "Insurgents/NOUN/nsubj/1/insurgent attacked/VERB/ROOT/1/attack "
                     "the/DET/det/3 town/NOUN/dobj/1/town ,/PUNCT/punct/1 "
                     "burning/VERB/advcl/1/burn a/DET/det/8 health/NOUN/compound/8/health "
                     "centre/NOUN/dobj/5/centre"}
    assert rule_hits(spec, "hit.burn") == ["centre"]


def test_a_wildfire_burning_homes_is_no_strike() -> None:
    spec = {"parse": "The/DET/det/1 wildfire/NOUN/nsubj/2/wildfire burned/VERB/ROOT/2/burn "
                     "a/DET/det/4 school/NOUN/dobj/2/school"}
    assert rule_hits(spec, "hit.burn") == []


def test_they_burned_needs_a_speaker() -> None:
    told = {"parse": "Officials/NOUN/nsubj/1/official said/VERB/ROOT/1/say they/PRON/nsubj/3/they "
                     "torched/VERB/ccomp/1/torch the/DET/det/5 clinic/NOUN/dobj/3/clinic"}
    assert rule_hits(told, "hit.burn") == ["clinic"]
    bare = {"parse": "They/PRON/nsubj/1/they torched/VERB/ROOT/1/torch the/DET/det/3 "
                     "clinic/NOUN/dobj/1/clinic"}
    assert rule_hits(bare, "hit.burn") == []


# ------------------------------------------------------------ mourning

def test_mourning_the_partys_own_members_counts_them_dead() -> None:
    spec = {"parse": "The/DET/det/1 group/NOUN/nsubj/2/group issued/VERB/ROOT/2/issue "
                     "statements/NOUN/dobj/2/statement mourning/VERB/acl/3/mourn "
                     "two/NUM/dobj/4/two of/ADP/prep/5/of its/PRON/poss/8/its "
                     "members/NOUN/pobj/6/member"}
    assert rule_hits(spec, "casualty.mourned") == ["two"]


def test_announcing_deaths_needs_people() -> None:
    spec = {"parse": "The/DET/det/1 ministry/NOUN/nsubj/2/ministry confirmed/VERB/ROOT/2/confirm "
                     "the/DET/det/4 death/NOUN/dobj/2/death of/ADP/prep/4/of a/DET/det/7 "
                     "nurse/NOUN/pobj/5/nurse"}
    assert rule_hits(spec, "casualty.deaths_of") == ["nurse"]
    spec = {"parse": "Analysts/NOUN/nsubj/1/analyst announced/VERB/ROOT/1/announce "
                     "the/DET/det/3 death/NOUN/dobj/1/death of/ADP/prep/3/of the/DET/det/6 "
                     "deal/NOUN/pobj/4/deal"}
    assert rule_hits(spec, "casualty.deaths_of") == []


# ------------------------------------------------------------ whole articles (model)

@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    yield Extractor.load()


_SHOOTERS = (
    "Shells struck the main hospital in the besieged town on Sunday, killing four patients, "
    "doctors said.\n\n"
    "The army said the rebel militia had fired mortars at the hospital from farms north "
    "of the town.")


@pytest.mark.slow
def test_the_shooters_are_the_attackers_not_a_target(extractor: Extractor) -> None:
    an = analyse(extractor, _SHOOTERS)
    assert not any(c.rule == "use.fire_from" for c in an.claims)
    assert article_conflict(an) is None


_FIRED_FROM_SCHOOL = (
    "Israeli jets struck a school in Gaza City on Tuesday, the civil defence said, adding "
    "that displaced families were sheltering there.\n\n"
    "The Israeli military said Hamas fighters had fired rockets from inside the school.")


@pytest.mark.slow
def test_fire_from_the_struck_school_disputes_the_shelter(extractor: Extractor) -> None:
    an = analyse(extractor, _FIRED_FROM_SCHOOL)
    assert any(c.rule == "use.fire_from" and c.target.target_class == "armed_group"
               for c in an.claims)
    assert article_conflict(an) is not None


_CALLED = (
    "An air strike on a farmhouse outside Misrata killed three members of a family, the "
    "local health office said on Friday.\n\n"
    "The Libyan National Army said its warplanes had carried out a strike near Misrata on "
    "what it called \"a command post of the armed gangs\".\n\n"
    "\"The target was completely destroyed,\" the army statement said.")


@pytest.mark.slow
def test_what_it_called_a_command_post_disputes_the_farmhouse(extractor: Extractor) -> None:
    an = analyse(extractor, _CALLED)
    assert any(c.rule == "copula.called_what" and "command post" in c.target.text
               for c in an.claims)
    assert not any(c.target.text.lower() == "target" for c in an.claims)
    assert article_conflict(an) is not None


_OPEN_GROUND = (
    "The insurgents said in a statement that their fighters had overrun an army outpost "
    "near the river, killing 20 soldiers.\n\n"
    "A regional army commander said the attack was repelled. \"Most of their shells fell "
    "in the sorghum fields behind the outpost,\" he said.")


@pytest.mark.slow
def test_shells_on_open_ground_dispute_an_overrun_outpost(extractor: Extractor) -> None:
    an = analyse(extractor, _OPEN_GROUND)
    assert any(c.rule == "miss.open_ground" for c in an.claims)
    assert article_conflict(an) is not None


_BURNT = (
    "Gunmen attacked the village before dawn on Thursday, setting fire to the clinic and "
    "burning a primary school and a mosque, the district governor said.\n\n"
    "Residents said they spent the night in the bush and that several people had "
    "suffered burns.")


@pytest.mark.slow
def test_sites_the_gunmen_burnt_are_hit(extractor: Extractor) -> None:
    an = analyse(extractor, _BURNT)
    burnt = {c.target.text for c in an.claims if c.rule == "hit.burn"}
    assert any("school" in t for t in burnt) and any("mosque" in t for t in burnt)
    assert not any("burns" in c.target.text for c in an.claims)


_MOURNED = (
    "An Israeli drone strike on a car near the border killed two men on Sunday, Lebanon's "
    "state news agency reported.\n\n"
    "The Israeli military said its aircraft had struck a Hezbollah cell in the area.\n\n"
    "Hezbollah later issued statements mourning two of its members.")

_DEATHS = _MOURNED.replace("later issued statements mourning two of its members",
                           "announced the deaths of two of its fighters")


@pytest.mark.slow
@pytest.mark.parametrize("body", [_MOURNED, _DEATHS], ids=["mourning", "deaths"])
def test_a_group_mourning_its_dead_answers_the_toll(extractor: Extractor, body: str) -> None:
    an = analyse(extractor, body)
    assert any(c.party.id == "group.hezbollah" and c.rule.startswith("casualty.")
               for c in an.claims)
    assert article_conflict(an) is None


@pytest.mark.slow
def test_without_the_mourning_the_toll_is_disputed(extractor: Extractor) -> None:
    body = _MOURNED.replace("\n\nHezbollah later issued statements mourning two of its "
                            "members.", "")
    assert article_conflict(analyse(extractor, body)) is not None
