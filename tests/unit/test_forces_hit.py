"""Whose forces a strike hit (issue 8), with hand-built analyses (no model).

A force that says another side's strike hit its own men, and the side that struck
naming an armed group it hit instead ("Syria's army said coalition jets bombed its post";
"the coalition said it struck Islamic State positions") tell one strike two ways. Before,
a force's report of its own men hit answered nobody (rule ``incident.own_forces``), and
two combatant targets were never incompatible unless both were named armed groups.

- ``incident.struck_says``: the attacker's own account answers the force's report.
- ``conflict.forces_hit``: the force's target is its own; an armed group the hierarchy
  does not relate to it is another force.
- ``incident.cause_before``: an attack the sentence tells as the cause of its own strike
  ("engaging fighters fleeing after an attack on troops") does not make the sentence a
  report of the party's own forces hit.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.domain.claims import incompatible
from pipeline.domain.conflicts import article_conflict, find_conflicts
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.incidents import apart, cues
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Evidence,
    Place,
    Target,
)

T0 = datetime(2030, 5, 4, 9, 0, tzinfo=UTC)
NL_ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
COALITION = Actor("intl.coalition", "the coalition", "military", None, "coalition")
RED_FRONT = Actor("group.red-front", "Red Front", "armed_group", "NL", "group.red-front")
AIR_FORCE = Actor("sl.military", "Southland air force", "military", "SL", "sl")
VILLAGER = Actor("source.villager", "villagers", "source", None, None)
TOWN = Place("Riverton", 1, "NL", "07", kind="city")
GROUPS = GroupDirectory.from_records([
    {"id": "group.red-front", "part_of": [], "kinds": ["rebel"]},
    {"id": "group.red-front-north", "part_of": ["group.red-front"], "kinds": ["rebel"]},
])


def _claim(party: Actor, text: str, cls: str, *, actor_id: str | None = None,
           attacker: Actor | None = None, own_target: bool = False, start: int = 0,
           sentence: str | None = None, negated: bool = False) -> Claim:
    ev = Evidence("a1", "Wire A", sentence or f"{party.name} said {text} was hit.", start,
                  start + 10)
    return Claim(party, "asserts", Target(text, cls, actor_id), ev, "strike", attacker,
                 TOWN, negated, own_target=own_target)


def _article(*claims: Claim) -> ArticleAnalysis:
    return ArticleAnalysis(Article("a1", "", "text", "Wire A", None, T0), claims=claims)


def test_the_striker_answers_the_force_it_hit() -> None:
    # Northland's army: the coalition's jets bombed one of its posts; the coalition: it
    # struck Red Front positions
    hit = _claim(NL_ARMY, "one of its posts", "military", attacker=COALITION,
                 own_target=True, start=0)
    aimed = _claim(COALITION, "Red Front positions", "armed_group",
                   actor_id="group.red-front", attacker=COALITION, start=100)
    told = cues([hit, aimed])
    assert told[0].own_forces
    assert apart(told[0], told[1]) is None
    pairs = find_conflicts([hit, aimed], GROUPS)
    assert [p.reason for p in pairs] == ["targets"]
    assert article_conflict(_article(hit, aimed)) is not None


def test_own_forces_hit_by_another_side_still_answer_a_third_party() -> None:
    # counter-example: the force reports Red Front's attack on its post; the coalition's
    # strike on Red Front is another incident (another attacker)
    hit = _claim(NL_ARMY, "one of its posts", "military", attacker=RED_FRONT,
                 own_target=True, start=0)
    aimed = _claim(COALITION, "Red Front positions", "armed_group",
                   actor_id="group.red-front", attacker=COALITION, start=100)
    assert find_conflicts([hit, aimed], GROUPS) == []


def test_a_part_of_the_force_is_no_other_force() -> None:
    # the group the striker names is part of the force that says it was hit: one force
    hit = _claim(RED_FRONT, "its positions", "armed_group", attacker=COALITION,
                 own_target=True, start=0)
    aimed = _claim(COALITION, "Red Front North fighters", "armed_group",
                   actor_id="group.red-front-north", attacker=COALITION, start=100)
    assert find_conflicts([hit, aimed], GROUPS) == []


def test_own_target_with_no_attacker_named() -> None:
    # "the army said warplanes struck its positions" (no single attacker named) against
    # "the air force struck only Red Front positions": whose positions is the dispute
    hit = _claim(NL_ARMY, "its positions", "military", own_target=True, start=0)
    aimed = _claim(AIR_FORCE, "only Red Front positions", "armed_group",
                   actor_id="group.red-front", attacker=AIR_FORCE, start=100)
    assert [p.reason for p in find_conflicts([hit, aimed], GROUPS)] == ["targets"]


def test_named_forces_are_incompatible_targets() -> None:
    army_post = Target("a Northland army post", "military", "nl.military")
    rebels = Target("Red Front positions", "armed_group", "group.red-front")
    assert incompatible(army_post, rebels, GROUPS)
    # two militaries' forces are not told apart here
    assert not incompatible(army_post, Target("Southland troops", "military", "sl.military"),
                            GROUPS)
    # an unnamed armed group is no named other force
    assert not incompatible(army_post, Target("fighters", "armed_group", None), GROUPS)


def test_an_attack_told_as_the_cause_leaves_the_strike_the_partys_own() -> None:
    sentence = ("The air force said the jet was engaging Red Front fighters who were "
                "fleeing after an attack on troops.")
    fighters = _claim(AIR_FORCE, "Red Front fighters", "armed_group",
                      actor_id="group.red-front", attacker=AIR_FORCE, sentence=sentence)
    troops = _claim(AIR_FORCE, "troops", "military", own_target=True, sentence=sentence)
    dead = _claim(VILLAGER, "ten civilians", "civilians", attacker=AIR_FORCE, start=200)
    told = cues([fighters, troops, dead])
    assert told[1].own_forces  # the attack on troops is still the force's own men hit
    assert not told[0].own_forces  # ... but the jet's strike is not
    assert [p.reason for p in find_conflicts([fighters, troops, dead], GROUPS)] == ["targets"]


def test_an_own_forces_sentence_still_holds_its_fighting() -> None:
    # counter-example: "repelled an attack on its positions and killed several rebels":
    # no "after", so the sentence is the force's report of its own men hit
    sentence = "The army said it repelled a Red Front attack on its positions and killed " \
        "several rebels."
    posts = _claim(NL_ARMY, "its positions", "military", attacker=RED_FRONT,
                   own_target=True, sentence=sentence)
    rebels = _claim(NL_ARMY, "several rebels", "armed_group", sentence=sentence)
    told = cues([posts, rebels])
    assert told[0].own_forces and told[1].own_forces
