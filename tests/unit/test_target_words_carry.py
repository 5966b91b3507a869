"""Target words that carry over to new events (issue 8): soldiers named by their arm,
bodies of troops named by a military modifier, people named by their trade or faith,
vehicles and venues of daily life, livestock, the parts of an airfield, and who a camp is
for. Hand-built parses, no model: each case reads a word class, not an article."""

from __future__ import annotations

import pytest

from tests.unit.test_target_classes_carry import _class


@pytest.mark.parametrize(("parse", "head", "want"), [
    # soldiers by their arm or service
    ("five/NUM/nummod/1 Peshmerga/PROPN/ROOT/1/peshmerga", "Peshmerga", "military"),
    ("two/NUM/nummod/1 gendarmes/NOUN/ROOT/1/gendarme", "gendarmes", "military"),
    ("three/NUM/nummod/1 paratroopers/NOUN/ROOT/1/paratrooper", "paratroopers", "military"),
    ("two/NUM/nummod/3 U.S./PROPN/compound/3 service/NOUN/compound/3 "
     "members/NOUN/ROOT/3/member", "members", "military"),
    ("a/DET/det/2 helicopter/NOUN/compound/2 pilot/NOUN/ROOT/2", "pilot", "military"),
    ("a/DET/det/2 fighter/NOUN/compound/2 plane/NOUN/ROOT/2", "plane", "military"),
    # bodies of troops: a military modifier names whose they are
    ("an/DET/det/2 army/NOUN/compound/2 patrol/NOUN/ROOT/2", "patrol", "military"),
    ("a/DET/det/2 military/ADJ/amod/2 detachment/NOUN/ROOT/2", "detachment", "military"),
    ("a/DET/det/2 military/ADJ/amod/2 train/NOUN/ROOT/2", "train", "military"),
    # people by their trade, sport, faith or age
    ("three/NUM/nummod/1 cricketers/NOUN/ROOT/1/cricketer", "cricketers", "civilians"),
    ("dozens/NOUN/ROOT/0 of/ADP/prep/0 travellers/NOUN/pobj/1/traveller", "dozens",
     "civilians"),
    ("three/NUM/nummod/1 herdsmen/NOUN/ROOT/1/herdsman", "herdsmen", "civilians"),
    ("the/DET/det/1 imam/NOUN/ROOT/1", "imam", "civilians"),
    ("a/DET/det/1 newborn/NOUN/ROOT/1", "newborn", "civilians"),
    # vehicles and venues of daily life, livestock
    ("a/DET/det/1 trolleybus/NOUN/ROOT/1", "trolleybus", "civilian_site"),
    ("a/DET/det/2 concert/NOUN/compound/2 venue/NOUN/ROOT/2", "venue", "civilian_site"),
    ("the/DET/det/1 cathedral/NOUN/ROOT/1", "cathedral", "civilian_site"),
    ("a/DET/det/1 train/NOUN/ROOT/1", "train", "civilian_site"),
    ("her/PRON/poss/1 camels/NOUN/ROOT/1/camel", "camels", "civilian_site"),
    ("a/DET/det/2 protest/NOUN/compound/2 camp/NOUN/ROOT/2", "camp", "civilian_site"),
    ("the/DET/det/1 highway/NOUN/ROOT/1", "highway", "infrastructure"),
    # an airfield's parts are what the airfield is
    ("the/DET/det/1 runway/NOUN/ROOT/1 of/ADP/prep/1 the/DET/det/4 airbase/NOUN/pobj/2",
     "runway", "military"),
    # who a camp is for, told by their own clause
    ("a/DET/det/1 camp/NOUN/ROOT/1 for/ADP/prep/1 people/NOUN/pobj/2/people "
     "displaced/VERB/acl/3/displace by/ADP/agent/4 fighting/NOUN/pobj/5", "camp",
     "civilian_site"),
])
def test_words_that_carry(parse: str, head: str, want: str) -> None:
    assert _class(parse, head)[0] == want, _class(parse, head)


@pytest.mark.parametrize(("parse", "head", "not_want"), [
    # police are not soldiers, and a bare patrol names no side
    ("a/DET/det/2 police/NOUN/compound/2 patrol/NOUN/ROOT/2", "patrol", "military"),
    ("a/DET/det/1 patrol/NOUN/ROOT/1", "patrol", "military"),
    # a pilot of an airline, a marine research ship, civil servants
    ("an/DET/det/2 airline/NOUN/compound/2 pilot/NOUN/ROOT/2", "pilot", "military"),
    ("a/DET/det/3 marine/ADJ/amod/3 research/NOUN/compound/3 vessel/NOUN/ROOT/3", "vessel",
     "military"),
    ("two/NUM/nummod/3 civil/ADJ/amod/2 service/NOUN/compound/3 members/NOUN/ROOT/3/member",
     "members", "military"),
    # army camels and an army train are no civilian property
    ("army/NOUN/compound/1 camels/NOUN/ROOT/1/camel", "camels", "civilian_site"),
    ("an/DET/det/2 ammunition/NOUN/compound/2 train/NOUN/ROOT/2", "train", "civilian_site"),
    # a camp for fighters is no camp for the displaced
    ("a/DET/det/1 camp/NOUN/ROOT/1 for/ADP/prep/1 fighters/NOUN/pobj/2/fighter", "camp",
     "civilian_site"),
])
def test_words_that_do_not(parse: str, head: str, not_want: str) -> None:
    assert _class(parse, head)[0] != not_want, _class(parse, head)
