"""Who speaks, what is disputed and where it was struck, on copy written to test them.

Who speaks: an officer named by rank alone speaks for the one army the story names; a
state's ombudsman or human rights defender for that state; a bare acronym after a body's
full name is that body; "it" after a passive sentence about a body is that body; reports
from partners are the partners'; the subject after a closing quote speaks; "medics and
rights groups" are named together; a city that "declared three days of mourning" is no
speaker. What is disputed: an admission binds the admitting party's whole side; "hit
near" or "narrowly missed", told with what the strike did hit, is no denial; "on the
authority of", "fired rocket launchers" and "it was not only fighters" name no target and
no contrast; presence, evidence and subjection are accounts ("no indication that fighters
were present", "images which it said proved", "not subjected to any air strike"); a
gathering or a tower struck is the one said again after it; "among them 40 children"
tells who a toll counted. Where: a place that names the target is where it was struck,
and a village after a site a strike took is where the site stands. Single rules on
hand-built parses, stories through the real model (``slow``). Towns and people are
invented."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import article_conflict
from pipeline.domain.events import struck_places
from pipeline.domain.models import Actor, Article, ArticleAnalysis
from pipeline.nlp.claims import _subject
from pipeline.nlp.mentions import ranked_officer
from tests.unit.test_accounts_beside_and_asides import PUBLISHED, _analysed
from tests.unit.test_constructions import check_holds, parsed, rule_hits

slow = pytest.mark.slow


def _conflict(extractor: Any, body: str) -> bool:
    article = Article(id="t", headline="", body=body, source="Test Wire", published=PUBLISHED)
    found: ArticleAnalysis = extractor.analyse([article])[0]
    return article_conflict(found) is not None


def _parties(extractor: Any, body: str) -> dict[str, Any]:
    return {c.target.text: c.party for c in _analysed(extractor, body)}


# ------------------------------------------------------------------ ranked officers

@pytest.mark.parametrize("name, ranked", [
    ("Major General Ola Danjuma", True),
    ("General Officer Commanding 2 Division, Brigadier General Ola Danjuma", True),
    ("Air Vice Marshal Ola Danjuma", True),
    ("Col. Ola Danjuma", True),
    ("general secretary", False),
    ("Ola Danjuma", False),
])
def test_an_officer_is_named_by_a_military_rank(name: str, ranked: bool) -> None:
    assert ranked_officer(Actor("person.danjuma", name, "person")) is ranked


# ------------------------------------------------------------------ admissions

ADMITTED = ("The Nigerian Army admitted that one of its drones killed villagers gathered "
            "for a festival in Karsu. ")
GENERAL_AND_GOVERNOR = (
    "Major General Ola Danjuma said the drone had been on a routine mission against "
    "bandits. Governor Musa Bello said the people killed were villagers at a festival.")


@slow
def test_an_admission_binds_the_admitting_side(real_extractor: Any) -> None:
    assert not _conflict(real_extractor, ADMITTED + GENERAL_AND_GOVERNOR)


@slow
def test_counter_example_without_the_admission_the_general_disputes_the_governor(
        real_extractor: Any) -> None:
    assert _conflict(real_extractor, (
        "The Nigerian Army said one of its drones struck a camp in Karsu. "
        + GENERAL_AND_GOVERNOR))


# ------------------------------------------------------------------ near misses

@slow
def test_a_near_miss_told_with_the_damage_is_no_denial(real_extractor: Any) -> None:
    assert not _conflict(real_extractor, (
        "Russian missiles struck Karsu on Sunday. According to the city's emergency "
        "service, the first missile hit near the university library, and the second "
        "exploded in the roadway as a bus was passing. The mayor said dozens of "
        "buildings in the centre were damaged."))


@slow
def test_counter_example_a_near_miss_alone_answers_the_hit(real_extractor: Any) -> None:
    assert _conflict(real_extractor, (
        "Russian missiles struck Karsu on Sunday. The Russian defence ministry said its "
        "missile hit near the university library. The mayor said the missile destroyed "
        "the library."))


# ------------------------------------------------------------------ who speaks

# (story, target, the party's field, what it must be): an officer named by rank speaks for
# the one army named (not with two); a state's office for its state (not campaigners); a
# city that declares mourning is no speaker (a governor who declares what was hit is); an
# acronym after the full name is that body (alone, its own)
PARTIES = [
    ("The Nigerian Army said its jets struck a bandit camp near Karsu on Monday. Brigadier "
     "General Ola Danjuma said the jets had killed 20 bandits.", "20 bandits", "side", "ng"),
    ("Nigerian jets and Chadian troops attacked a bandit camp near Karsu on Monday. "
     "Brigadier General Ola Danjuma said the jets had killed 20 bandits.", "20 bandits",
     "side", None),
    ("Armenia's human rights defender said at least three civilians had been wounded in "
     "Karsu.", "at least three civilians", "side", "am"),
    ("Armenia's ombudsman said at least three civilians had been wounded in Karsu.",
     "at least three civilians", "side", "am"),
    ("Human rights defenders said at least three civilians had been wounded in Karsu.",
     "at least three civilians", "side", None),
    ("Karsu declared three days of mourning after Sunday's missile attack on the city "
     "centre, the regional military administration said.", "city centre", "name",
     "regional military administration"),
    ("The governor declared that the missile attack had hit the city centre.", "city centre",
     "name", "governor"),
    ("A rocket struck the market in Karsu, killing six people, the State Emergency Service "
     "of Ukraine said. According to the SES, a second rocket hit a bus.", "bus", "id",
     "ua.emergency-service"),
    ("According to the SES, a rocket hit a bus in Karsu.", "bus", "id", "org.ses"),
    # "It" after a passive sentence about a body is that body; after one about no body, the
    # body last heard
    ("The coalition, which intervened in Karsu in 2015, has been criticised for air strikes "
     "on markets. It said its jets had struck a weapons depot.", "weapons depot", "id",
     "org.coalition"),
    ("The UN called for an inquiry. Several markets in Karsu have been hit this year. It "
     "said its jets had struck a weapons depot.", "weapons depot", "id", "intl.un"),
    # reports from partners are the partners'; bare reports speak for themselves
    ("According to initial reports from humanitarian partners, more than 60 people were "
     "killed in Karsu.", "more than 60 people", "name", "humanitarian partners"),
    ("According to initial reports, more than 60 people were killed in Karsu.",
     "more than 60 people", "name", "initial reports"),
    # "medics and rights groups" speak together, named as the reporter names them
    ("Medics and rights groups said an air raid killed more than 100 civilians in Karsu.",
     "more than 100 civilians", "name", "Medics and rights groups"),
    ("Rights groups said an air raid killed more than 100 civilians in Karsu.",
     "more than 100 civilians", "name", "Rights groups"),
]


@slow
@pytest.mark.parametrize("body, target, field, want", PARTIES)
def test_who_speaks_for_a_claim(real_extractor: Any, body: str, target: str, field: str,
                                want: str | None) -> None:
    parties = _parties(real_extractor, body)
    assert getattr(parties[target], field) == want, parties


# ------------------------------------------------------------------ no target, no contrast

# "strikes were carried out on the authority of the commander" / "... on the depot"
ON_AUTHORITY = ("strikes/NOUN/nsubjpass/2/strike were/AUX/auxpass/2/be "
                "carried/VERB/ROOT/2/carry out/ADP/prt/2 on/ADP/prep/2 the/DET/det/6 "
                "authority/NOUN/pobj/4/authority")


def test_on_the_authority_of_names_no_target() -> None:
    assert rule_hits({"parse": ON_AUTHORITY}, "noun.launch_prep_passive") == []


def test_counter_example_on_the_depot_names_the_target() -> None:
    parse = ON_AUTHORITY.replace("authority/NOUN/pobj/4/authority", "depot/NOUN/pobj/4/depot")
    assert rule_hits({"parse": parse}, "noun.launch_prep_passive") == ["depot"]


# "troops fired rocket launchers into the district"
FIRED = ("troops/NOUN/nsubj/1 fired/VERB/ROOT/1/fire rocket/NOUN/compound/3 "
         "launchers/NOUN/dobj/1/launcher")


@pytest.mark.parametrize("verb, holds", [("fired/VERB/ROOT/1/fire", False),
                                         ("struck/VERB/ROOT/1/strike", True)])
def test_what_a_force_fires_from_is_no_target(verb: str, holds: bool) -> None:
    parse = FIRED.replace("fired/VERB/ROOT/1/fire", verb)
    assert check_holds("not_device", "hit.object", "hit", parse, 1, 3) is holds


# "it was not only fighters" / "it was not fighters"
NOT_ONLY = ("it/PRON/nsubj/1 was/AUX/ROOT/1/be not/PART/neg/1 only/ADV/advmod/4 "
            "fighters/NOUN/attr/1/fighter")


@pytest.mark.parametrize("parse, target, contrast", [
    (NOT_ONLY, 4, False),
    ("it/PRON/nsubj/1 was/AUX/ROOT/1/be not/PART/neg/1 fighters/NOUN/attr/1/fighter", 3,
     True),
])
def test_not_only_fighters_is_no_contrast(parse: str, target: int, contrast: bool) -> None:
    assert check_holds("contrast", "copula.this_was_not", "copula", parse, 1, target) \
        is contrast


# ------------------------------------------------------------------ where it was struck

@slow
@pytest.mark.parametrize("body, struck", [
    # what was hit is named by the capital of the speaking state: that capital, though
    # the attacker is of the same state and another country is named beside it
    ("The government said on Wednesday it was leaving the talks in Geneva after forces "
     "loyal to the rebel commander shelled the commercial port of Tripoli.", "Tripoli"),
    # the speaking state's capital, not named by what was hit, is where it spoke
    ("The government in Tripoli said on Wednesday that forces loyal to the rebel "
     "commander had shelled a market in Karsu.", None),
])
def test_a_capital_that_names_the_target_is_where_it_was_struck(
        real_extractor: Any, body: str, struck: str | None) -> None:
    article = Article(id="t", headline="", body=body, source="Test Wire", published=PUBLISHED)
    found = real_extractor.analyse([article])[0]
    places = [p.name if p else None for c, p in zip(found.claims, struck_places(found),
                                                    strict=True) if c.rule.startswith("hit.")]
    assert places and (struck in places) is (struck is not None), places


@slow
@pytest.mark.parametrize("body, conflict", [
    ("Shells landed in the port of Karsu on Tuesday, hitting warehouses and narrowly "
     "missing a gas tanker, the government said. The UN envoy said the attack on the port "
     "was dangerous.", False),
    ("The army said its shells narrowly missed the gas tanker at the port of Karsu. The "
     "port authority said the shells hit the gas tanker.", True),
])
def test_a_miss_told_with_what_was_hit_is_no_denial(real_extractor: Any, body: str,
                                                    conflict: bool) -> None:
    assert _conflict(real_extractor, body) is conflict


# ------------------------------------------------------------------ presence and evidence

STRUCK_TOWER = ("An air strike destroyed a tower in Karsu on Saturday, and a jet bombed a crowd "
                "near it. ")


def _said(extractor: Any, body: str) -> set[tuple[str, str, bool]]:
    return {(c.party.name, c.target.text, c.negated) for c in _analysed(extractor, body)}


@slow
@pytest.mark.parametrize("body, told", [
    # "no indication that fighters were present" denies who was there, as a finding does
    ("Residents said there was no indication that fighters were present in the building.",
     ("Residents", "fighters", True)),
    ("Residents said fighters were present in the building.",
     ("Residents", "fighters", False)),
    # a tower struck is the building said to be home to families
    ("The building was home to families, the director said.",
     ("director", "families", False)),
    # images a party says prove something speak for it
    ("The defence ministry on Friday released drone photographs which it said proved that "
     "a clinic in Karsu had not been bombed.", ("defence ministry", "clinic", True)),
    # "was not subjected to any air strike"
    ("\"The school was not subjected to any air strike,\" the spokesman said.",
     ("spokesman", "school", True)),
    # a crowd struck is the gathering said to be made up of villagers
    ("Witnesses said the gathering was made up of villagers.",
     ("Witnesses", "villagers", False)),
    # counter-examples: no word of the dead is no account of them; a region is no struck
    # building
    ("The ministry said it had no information about civilians being killed.", None),
    ("The region was home to two million people, the director said.", None),
])
def test_presence_evidence_and_subjection_are_accounts(
        real_extractor: Any, body: str, told: tuple[str, str, bool] | None) -> None:
    said = _said(real_extractor, STRUCK_TOWER + body)
    if told is None:
        assert {target for _, target, _ in said} == {"tower"}, said
    else:
        assert told in said, said


SINJAR = ("ANKARA - Turkish drones struck militant positions in the Sinjar region of northern "
          "Iraq, security sources said. The sources said the strike on Tuesday hit a building ")


@slow
@pytest.mark.parametrize("rest, struck", [
    # a village the gazetteer lacks, in the slot after the site struck, is where it stands,
    # not the region named in the group's name beside it
    ("in Karsuya that the militia, the Sinjar branch of the group, had been using as a base.",
     "Karsuya"),
    ("that the militia, the Sinjar branch of the group, had been using as a base.", "Sinjār"),
])
def test_the_village_a_struck_site_stands_in_is_where_it_was_struck(
        real_extractor: Any, rest: str, struck: str) -> None:
    article = Article(id="t", headline="", body=SINJAR + rest, source="Test Wire",
                      published=PUBLISHED)
    found = real_extractor.analyse([article])[0]
    places = {c.target.text: p.name if p else None
              for c, p in zip(found.claims, struck_places(found), strict=True)}
    assert places.get("building") == struck, places


@slow
@pytest.mark.parametrize("rest, civil", [
    ("had reached 168, among them around 40 children.", True),
    ("had reached 168.", False),
])
def test_among_them_tells_who_a_toll_counted(real_extractor: Any, rest: str,
                                             civil: bool) -> None:
    claims = _analysed(real_extractor, STRUCK_TOWER + "The opposition said the number of "
                       "dead " + rest)
    toll = [c for c in claims if c.target.text == "number of dead"]
    assert toll, claims
    assert (toll[0].target.target_class in ("civilians", "civilian_site")) is civil, toll


# '"The victims were displaced people," Qidra told reporters': the parse makes a word of
# the quote a second subject of "told"
QUOTED_SUBJECT = ('"/PUNCT/punct/6/"/`` people/NOUN/nsubj/6/people fled/VERB/relcl/1/flee '
                  ',/PUNCT/punct/6/, "/PUNCT/punct/6/"/\'\' Qidra/PROPN/nsubj/6/Qidra '
                  'told/VERB/ROOT/6/tell reporters/NOUN/dobj/6/reporter')


@pytest.mark.parametrize("parse, speaker", [
    (QUOTED_SUBJECT, "Qidra"),
    # with no quote between them, the quote rule takes neither
    (QUOTED_SUBJECT.replace('"/PUNCT/punct/6/"/\'\'', "and/CCONJ/cc/1/and"), "people"),
])
def test_the_speaker_is_the_subject_after_the_quote(parse: str, speaker: str) -> None:
    doc = parsed({"parse": parse})
    found = _subject(doc[6])
    assert found is not None and found.text == speaker, found
