"""Target classes that carry over (issue 8): rows read the head noun, its modifiers and
its clause, never a phrase of a labelled article. Hand-built parses, no model."""

from __future__ import annotations

import json

import pytest

from pipeline.nlp.targets import TargetTableError, decide_class, load_class_rows
from tests.unit.test_constructions import GAZ, parsed


def _class(parse: str, head: str) -> tuple[str, str | None]:
    doc = parsed({"parse": parse})
    found = decide_class(next(t for t in doc if t.text == head), GAZ)
    return found[0], found[2]


@pytest.mark.parametrize(("parse", "head", "want"), [
    # fuel is infrastructure; whom a clause says it serves makes it theirs
    ("an/DET/det/2 oil/NOUN/compound/2 depot/NOUN/ROOT/2", "depot", "infrastructure"),
    ("a/DET/det/2 fuel/NOUN/compound/2 depot/NOUN/ROOT/2 supplying/VERB/acl/2/supply "
     "the/DET/det/5 army/NOUN/dobj/3", "depot", "military"),
    ("a/DET/det/2 military/ADJ/amod/3 fuel/NOUN/compound/3 depot/NOUN/ROOT/3", "depot",
     "military"),
    ("an/DET/det/2 ammunition/NOUN/compound/2 depot/NOUN/ROOT/2", "depot", "military"),
    # a ship carrying oil is a ship, not an oil field or a pipeline
    ("an/DET/det/2 oil/NOUN/compound/2 tanker/NOUN/ROOT/2", "tanker", "civilian_site"),
    ("a/DET/det/2 power/NOUN/compound/2 line/NOUN/ROOT/2", "line", "infrastructure"),
    ("the/DET/det/2 airport/NOUN/compound/2 runway/NOUN/ROOT/2", "runway", "infrastructure"),
    # arms and launch words make a plant, a hangar or a truck military
    ("a/DET/det/3 defence/NOUN/compound/2 industry/NOUN/compound/3 enterprise/NOUN/ROOT/3",
     "enterprise", "military"),
    ("aircraft/NOUN/compound/1 hangars/NOUN/ROOT/1/hangar", "hangars", "military"),
    ("ammunition/NOUN/compound/1 trucks/NOUN/ROOT/1/truck", "trucks", "military"),
    ("launch/NOUN/compound/1 pads/NOUN/ROOT/1/pad", "pads", "military"),
    ("a/DET/det/1 factory/NOUN/ROOT/1 that/PRON/nsubj/3 makes/VERB/relcl/1/make "
     "armoured/ADJ/amod/5 vehicles/NOUN/dobj/3/vehicle", "factory", "military"),
    # food stores and where the displaced live are civilian sites
    ("grain/NOUN/compound/1 silos/NOUN/ROOT/1/silo", "silos", "civilian_site"),
    ("a/DET/det/2 flour/NOUN/compound/2 mill/NOUN/ROOT/2", "mill", "civilian_site"),
    ("a/DET/det/2 displacement/NOUN/compound/2 camp/NOUN/ROOT/2", "camp", "civilian_site"),
    # a speaker who calls what was hit "civilian" says it was no military target: that is
    # the civil side of a dispute ("civilian infrastructure" against "military
    # facilities"), so it stays a civilian site, whatever the head
    ("civilian/ADJ/amod/1 infrastructure/NOUN/ROOT/1", "infrastructure", "civilian_site"),
    ("civilian/ADJ/amod/3 fuel/NOUN/compound/2 storage/NOUN/compound/3 "
     "facilities/NOUN/ROOT/3/facility", "facilities", "civilian_site"),
    ("civilian/ADJ/amod/1 facilities/NOUN/ROOT/1/facility", "facilities", "civilian_site"),
    # counter-example: without the word, an energy site is infrastructure
    ("fuel/NOUN/compound/2 storage/NOUN/compound/2 facilities/NOUN/ROOT/2/facility",
     "facilities", "infrastructure"),
    # the place of a strike is not made military by the weapon that struck it
    ("the/DET/det/1 site/NOUN/ROOT/1 of/ADP/prep/1 the/DET/det/5 missile/NOUN/compound/5 "
     "strike/NOUN/pobj/2", "site", "unknown"),
    ("wheat/NOUN/compound/1 farmers/NOUN/ROOT/1/farmer", "farmers", "civilians"),
    # what the clause says is made there, and for whom
    ("a/DET/det/1 plant/NOUN/ROOT/1 that/PRON/nsubj/3 produces/VERB/relcl/1/produce "
     "components/NOUN/dobj/3/component for/ADP/prep/3 the/DET/det/7 army/NOUN/pobj/5",
     "plant", "military"),
    ("a/DET/det/1 plant/NOUN/ROOT/1 that/PRON/nsubj/3 produces/VERB/relcl/1/produce "
     "components/NOUN/dobj/3/component for/ADP/prep/3 tractors/NOUN/pobj/5/tractor",
     "plant", "infrastructure"),
    # a bare facility says nothing of what it is; a detention or medical one does
    ("an/DET/det/2 industrial/ADJ/amod/2 facility/NOUN/ROOT/2", "facility", "unknown"),
    ("a/DET/det/2 detention/NOUN/compound/2 facility/NOUN/ROOT/2", "facility",
     "civilian_site"),
    ("a/DET/det/2 military/ADJ/amod/2 facility/NOUN/ROOT/2", "facility", "military"),
    # a hospital treating soldiers is still a hospital; one fighters hid in is theirs
    ("a/DET/det/1 hospital/NOUN/ROOT/1 treating/VERB/acl/1/treat wounded/ADJ/amod/4 "
     "soldiers/NOUN/dobj/2/soldier", "hospital", "civilian_site"),
    ("a/DET/det/1 hospital/NOUN/ROOT/1 where/SCONJ/advmod/4 fighters/NOUN/nsubj/4/fighter "
     "hid/VERB/relcl/1/hide", "hospital", "armed_group"),
    ("a/DET/det/1 market/NOUN/ROOT/1 that/PRON/dobj/5 the/DET/det/4 army/NOUN/nsubj/5 "
     "shelled/VERB/relcl/1/shell", "market", "civilian_site"),
    # where the fire came from says nothing of what was hit; who used the site does
    ("the/DET/det/1 camps/NOUN/ROOT/1/camp which/PRON/nsubj/3 came/VERB/relcl/1/come "
     "from/ADP/prep/3 positions/NOUN/pobj/4/position held/VERB/acl/5/hold by/ADP/agent/6 "
     "the/DET/det/9 M23/PROPN/pobj/7/M23/NNP/group.m23", "camps", "unknown"),
    ("the/DET/det/1 camps/NOUN/ROOT/1/camp used/VERB/acl/1/use by/ADP/agent/2 "
     "the/DET/det/5 M23/PROPN/pobj/3/M23/NNP/group.m23", "camps", "armed_group"),
    # a town or district a side holds is a place where people live, under any flag
    ("the/DET/det/4 Houthi/PROPN/npadvmod/3/Houthi/NNP/group.houthis -/PUNCT/punct/3 "
     "held/VERB/amod/4/hold city/NOUN/ROOT/4", "city", "civilian_site"),
    ("Houthi/PROPN/compound/1/Houthi/NNP/group.houthis positions/NOUN/ROOT/1/position",
     "positions", "armed_group"),
    # a shop by any name, a farmhouse and the people who pick a crop are civilian
    ("a/DET/det/2 grocery/NOUN/compound/2 store/NOUN/ROOT/2", "store", "civilian_site"),
    ("a/DET/det/1 farmhouse/NOUN/ROOT/1", "farmhouse", "civilian_site"),
    ("coca/NOUN/compound/1 pickers/NOUN/ROOT/1/picker", "pickers", "civilians"),
    # counter-example: what a store holds can make it military
    ("a/DET/det/2 weapons/NOUN/compound/2/weapon store/NOUN/ROOT/2", "store", "military"),
    # open land is where launch sites and fields of fire are as much as crops: shells
    # that set olive groves alight tell no site that disputes "launch sites" (the people
    # in it do: "pickers", "families who picnicked" are civilians)
    ("olive/NOUN/compound/1 groves/NOUN/ROOT/1/grove", "groves", "unknown"),
    ("an/DET/det/1 orchard/NOUN/ROOT/1", "orchard", "unknown"),
    # an "of" after the last conjunct, parsed on the first, belongs to both
    ("headquarters/NOUN/ROOT/0 and/CCONJ/cc/0 training/NOUN/compound/3 centres/NOUN/conj/0/"
     "centre of/ADP/prep/0 rebel/NOUN/compound/6 groups/NOUN/pobj/4/group", "centres",
     "armed_group"),
    # a unit is its whole's when an "of" complement or a possessive names the whole
    ("the/DET/det/1 hospital/NOUN/poss/5 's/PART/case/1 intensive/ADJ/amod/5 "
     "care/NOUN/compound/5 unit/NOUN/ROOT/5", "unit", "civilian_site"),
    ("the/DET/det/2 distillation/NOUN/compound/2 unit/NOUN/ROOT/2 of/ADP/prep/2 "
     "the/DET/det/5 refinery/NOUN/pobj/3", "unit", "infrastructure"),
    # counter-example: its noun modifiers say what kind of unit, not whose
    ("naval/ADJ/amod/3 aircraft/NOUN/compound/2 carrier/NOUN/compound/3 units/NOUN/ROOT/3/unit",
     "units", "military"),
    # counter-example: "the headquarters of the militia and a school": the school's own
    ("the/DET/det/1 headquarters/NOUN/ROOT/1 of/ADP/prep/1 the/DET/det/4 militia/NOUN/pobj/2 "
     "and/CCONJ/cc/1 a/DET/det/7 school/NOUN/conj/1", "school", "civilian_site"),
])
def test_class_from_head_modifiers_and_clause(parse: str, head: str, want: str) -> None:
    assert _class(parse, head)[0] == want


@pytest.mark.parametrize("key", ["clause_none", "clause_verb_any"])
def test_clause_conditions_are_conditions_of_the_table(key: str) -> None:
    row = {"id": "x", "when": {"head_in": ["depot"], key: ["army"]},
           "class": "infrastructure", "example": {}, "counter_example": {}}
    rows = load_class_rows(json.dumps({"rows": [row]}))
    assert rows[0].when[key] == frozenset(["army"])
    with pytest.raises(TargetTableError):
        load_class_rows(json.dumps({"rows": [dict(row, when={"clause_nome": ["army"]})]}))


# A part of a named whole is the whole's when a possessive or an "of" names the whole and
# the head is a room or part of a building; the part's own armed use outranks its whole.
@pytest.mark.parametrize(("parse", "head", "want"), [
    ("the/DET/det/1 base/NOUN/poss/3 's/PART/case/1 dormitories/NOUN/ROOT/3/dormitory",
     "dormitories", "military"),
    ("the/DET/det/1 dormitories/NOUN/ROOT/1/dormitory of/ADP/prep/1 the/DET/det/4 "
     "barracks/NOUN/pobj/2/barrack", "dormitories", "military"),
    ("the/DET/det/1 hospital/NOUN/poss/4 's/PART/case/1 emergency/NOUN/compound/4 "
     "department/NOUN/ROOT/4", "department", "civilian_site"),
    ("the/DET/det/2 emergency/NOUN/compound/2 ward/NOUN/ROOT/2 of/ADP/prep/2 the/DET/det/5 "
     "clinic/NOUN/pobj/3", "ward", "civilian_site"),
    # a room of people is a civilian site, not the people
    ("the/DET/det/1 family/NOUN/poss/3 's/PART/case/1 kitchen/NOUN/ROOT/3", "kitchen",
     "civilian_site"),
    # counter-example: a noun modifier says what kind of room, not whose
    ("the/DET/det/2 emergency/NOUN/compound/2 department/NOUN/ROOT/2", "department",
     "unknown"),
    # counter-example: a site inside another is no part of it
    ("a/DET/det/2 command/NOUN/compound/2 centre/NOUN/ROOT/2 inside/ADP/prep/2 "
     "the/DET/det/5 school/NOUN/pobj/3", "centre", "military"),
    # counter-example: what a part was used as outranks its whole
    ("the/DET/det/1 school/NOUN/poss/3 's/PART/case/1 basement/NOUN/ROOT/3 "
     "used/VERB/acl/3/use/VBN as/ADP/prep/4 an/DET/det/8 arms/NOUN/compound/8/arm "
     "store/NOUN/pobj/5", "basement", "military"),
])
def test_part_takes_its_named_whole(parse: str, head: str, want: str) -> None:
    assert _class(parse, head)[0] == want


@pytest.mark.parametrize(("parse", "head", "want"), [
    # what a site was used as, and by whom wherever the parse hangs the "by"
    ("a/DET/det/1 building/NOUN/ROOT/1 used/VERB/acl/1/use/VBN as/ADP/prep/2 a/DET/det/5 "
     "headquarters/NOUN/pobj/3 by/ADP/prep/5 militants/NOUN/pobj/6/militant", "building",
     "armed_group"),
    ("a/DET/det/1 school/NOUN/ROOT/1 turned/VERB/acl/1/turn/VBN into/ADP/prep/2 "
     "a/DET/det/5 barracks/NOUN/pobj/3/barrack", "school", "military"),
    # counter-example: a clause with an object of its own says what that object was used as
    ("fighters/NOUN/ROOT/0/fighter who/PRON/nsubj/3/who/WP were/AUX/aux/3/be "
     "using/VERB/relcl/0/use the/DET/det/5 town/NOUN/dobj/3 as/ADP/prep/3 a/DET/det/8 "
     "base/NOUN/pobj/6", "fighters", "armed_group"),
])
def test_what_a_site_was_used_as(parse: str, head: str, want: str) -> None:
    assert _class(parse, head)[0] == want


# People whose own modifier or clause makes them fighters are combatants (the armed-group
# class militias take); not people the fighting befalls, nor kin of armed men.
@pytest.mark.parametrize(("parse", "head", "want"), [
    ("30/NUM/nummod/2 civilian/ADJ/amod/2 volunteers/NOUN/ROOT/2/volunteer "
     "fighting/VERB/acl/2/fight alongside/ADP/prep/3 the/DET/det/6 army/NOUN/pobj/4",
     "volunteers", "armed_group"),
    ("villagers/NOUN/ROOT/0/villager who/PRON/nsubj/3/who/WP had/AUX/aux/3/have "
     "taken/VERB/relcl/0/take up/ADP/prt/3 arms/NOUN/dobj/3/arm", "villagers", "armed_group"),
    ("armed/ADJ/amod/1/armed volunteers/NOUN/ROOT/1/volunteer", "volunteers", "armed_group"),
    ("youths/NOUN/ROOT/0/youth armed/VERB/acl/0/arm/VBN with/ADP/prep/1 "
     "rifles/NOUN/pobj/2/rifle", "youths", "armed_group"),
    # counter-examples
    ("civilians/NOUN/ROOT/0/civilian fleeing/VERB/acl/0/flee the/DET/det/3 "
     "fighting/NOUN/dobj/1", "civilians", "civilians"),
    ("a/DET/det/1 boy/NOUN/ROOT/1 fighting/VERB/acl/1/fight for/ADP/prep/2 his/PRON/poss/5 "
     "life/NOUN/pobj/3", "boy", "civilians"),
    ("children/NOUN/ROOT/0/child of/ADP/prep/0 armed/ADJ/amod/3/armed men/NOUN/pobj/1/man",
     "children", "civilians"),
    ("villagers/NOUN/ROOT/0/villager who/PRON/nsubj/2/who/WP carried/VERB/relcl/0/carry "
     "water/NOUN/dobj/2", "villagers", "civilians"),
])
def test_people_their_own_clause_makes_fighters(parse: str, head: str, want: str) -> None:
    assert _class(parse, head)[0] == want


# A body of people takes its members' class from an "of" complement, and a bare "the
# squad" the class of the squad the story named with its members.
@pytest.mark.parametrize(("parse", "head", "want"), [
    ("a/DET/det/1 squad/NOUN/ROOT/1 of/ADP/prep/1 armed/ADJ/amod/4/armed "
     "terrorists/NOUN/pobj/2/terrorist", "squad", "armed_group"),
    ("a/DET/det/1 cell/NOUN/ROOT/1 of/ADP/prep/1 fighters/NOUN/pobj/2/fighter", "cell",
     "armed_group"),
    ("a/DET/det/1 group/NOUN/ROOT/1 of/ADP/prep/1 militants/NOUN/pobj/2/militant", "group",
     "armed_group"),
    ("a/DET/det/1 group/NOUN/ROOT/1 of/ADP/prep/1 children/NOUN/pobj/2/child", "group",
     "civilians"),
    ("a/DET/det/1 team/NOUN/ROOT/1 of/ADP/prep/1 doctors/NOUN/pobj/2/doctor", "team",
     "civilians"),
    # counter-example: soldiers make a team military, not civilian
    ("a/DET/det/1 team/NOUN/ROOT/1 of/ADP/prep/1 soldiers/NOUN/pobj/2/soldier", "team",
     "military"),
    # counter-example: a squad with no members named says nothing
    ("troops/NOUN/nsubj/1/troop struck/VERB/ROOT/1/strike the/DET/det/3 squad/NOUN/dobj/1",
     "squad", "unknown"),
])
def test_body_of_people_takes_its_members_class(parse: str, head: str, want: str) -> None:
    assert _class(parse, head)[0] == want


def test_bare_squad_is_the_squad_named_before_with_its_members() -> None:
    doc = parsed({"parse": "troops/NOUN/nsubj/1/troop spotted/VERB/ROOT/1/spot a/DET/det/3 "
                           "squad/NOUN/dobj/1 of/ADP/prep/3 armed/ADJ/amod/6/armed "
                           "terrorists/NOUN/pobj/4/terrorist and/CCONJ/cc/1 "
                           "struck/VERB/conj/1/strike the/DET/det/10 squad/NOUN/dobj/8"})
    assert decide_class(doc[10], GAZ)[0] == "armed_group"
