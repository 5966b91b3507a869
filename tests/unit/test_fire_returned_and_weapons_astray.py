"""Whom a force says it fired back at, and accounts a speaker's own words take back.

- "officers returned fire at gunmen", "the personnel acted in self-defence against a
  criminal", "the troops defended themselves against armed men": whom the force fired on
  (rows ``hit.return_fire``, ``hit.self_defence``, ``hit.defended_against``); in its
  account that one bore arms, which "he was not carrying any weapon" disputes.
- "those who were trying to kill them": people who set out to kill are attackers
  (``targets.fighting_people``), shown with the clause that says who "those" were.
- "a military missile site had been the intended target, but it appears that one weapon did
  not strike the intended target": the speaker grants its weapon went astray, so the aim
  disputes nothing (rule ``conflict.went_astray``).
- "its soldiers had fired warning shots": the party's own fire answers no strike the other
  side made on it (rule ``conflict.warning_own_fire``).
- "a battalion commander" is an officer of an army, not of an armed group
  (``military.unit_commander``), and "an anti-landmine vehicle" a military one
  (``military.mine_protected_vehicle``); both rows carry their own example and
  counter-example in ``targets.json``, as the rows ``casualty.suffered_losses`` and
  ``hit.blown_up_by_device`` do in ``constructions.json``.
- "eight people were killed, most of them fighters": the toll's class is what most of its
  dead were, after a passive verb too (``targets.most_of_them``).
- "killed in the Israeli offensive in Gaza", "Since Israel launched its military operation
  on July 8, more than 1,000 ... have been killed": a campaign's toll, no account of the
  story's strike (modifier rows ``background.in_the_war``, ``background.since_launched``);
  so is "In June the group claimed a car bombing", a month opening the sentence with no
  comma after it (``background.fronted_month``).
- In a clash of two states, each side's word of the other's fire on it tells two fires
  (rule ``conflict.opposite_fires``), and a state's word that the enemy shelled its
  positions and residents' toll of that fire are two losses of one attack (rule
  ``conflict.one_enemy_fire``).
- "gunmen surrounded the mosque, set off a bomb and then opened fire": the subject of the
  first of the joined verbs fired; "air force planes" are the speaking army's own (rule
  ``attacker.air_force_craft``).
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.claims import MISS
from pipeline.domain.conflicts import article_conflict, find_conflicts
from pipeline.domain.models import Actor, Article, Claim, Evidence, Target
from pipeline.nlp.targets import decide_class
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_conflicts import MEDICS, NL_ARMY, NL_MOD, NORTHLAND, analysis, article
from tests.unit.test_constructions import GAZ, parsed

slow = pytest.mark.slow

SL_ARMY = Actor("sl.military", "Southland army", "military", "SL", "sl")
SOUTHLAND = Actor("state.sl", "Southland", "state", "SL", "sl")


def _said(art: Article, party: Actor, sentence: str, hit: str, cls: str, rule: str, *,
          negated: bool = False, attacker: Actor | None = None) -> Claim:
    ev = Evidence(art.id, art.source, sentence, 0, len(sentence))
    action = MISS if rule.startswith("miss.") else "strike"
    return Claim(party, "asserts", Target(hit, cls), ev, action, attacker, None, negated,
                 rule=rule)


_ASTRAY = ("A missile site had been the intended target, but it appears that one weapon did "
           "not strike the intended target, the statement said.")


def test_an_aim_whose_weapon_went_astray_disputes_nothing() -> None:
    a = article("a1")
    an = analysis(a, _said(a, NL_MOD, _ASTRAY, "missile site", "military", "copula.target_was"),
                  _said(a, MEDICS, "Medics said nine civilians were killed.", "nine civilians",
                        "civilians", "casualty.passive"))
    assert article_conflict(an) is None


def test_an_aim_its_speaker_stands_by_is_disputed() -> None:
    # counter-example: the same aim with no word that the weapon missed it
    a = article("a1")
    an = analysis(a, _said(a, NL_MOD, "A missile site had been the target, the statement "
                                      "said.", "missile site", "military", "copula.target_was"),
                  _said(a, MEDICS, "Medics said nine civilians were killed.", "nine civilians",
                        "civilians", "casualty.passive"))
    assert article_conflict(an) is not None


def _border(warned_by: Actor | None) -> Any:
    a = article("a1")
    return article_conflict(analysis(
        a, _said(a, NL_ARMY, "The army said it struck a battalion headquarters.",
                 "battalion headquarters", "military", "hit.object", attacker=NL_ARMY),
        _said(a, SL_ARMY, "The army said its soldiers had fired warning shots.",
              "warning shots", "unknown", "miss.warning_shots", negated=True,
              attacker=warned_by)))


def test_a_partys_own_warning_shots_answer_no_strike_on_it() -> None:
    assert _border(None) is None
    assert _border(SL_ARMY) is None


def test_warning_shots_of_the_striking_side_answer_its_strike() -> None:
    # counter-example: the striking side's own warning shots, told by the other party
    a = article("a1")
    an = analysis(
        a, _said(a, NL_ARMY, "The army said it fired only warning shots.", "warning shots",
                 "unknown", "miss.warning_shots", negated=True, attacker=NL_ARMY),
        _said(a, MEDICS, "Medics said the army's fire hit a clinic.", "clinic",
              "civilian_site", "hit.object", attacker=NL_ARMY))
    assert article_conflict(an) is not None


def _unarmed(rule: str, cls: str) -> list[str]:
    a = article("a1")
    return [p.reason for p in find_conflicts([
        _said(a, NL_MOD, "The personnel acted in self-defence against a criminal, the "
                         "spokesman said.", "criminal", cls, rule, attacker=NORTHLAND),
        _said(a, SOUTHLAND, "His brother said he was not carrying any weapon.", "any weapon",
              "military", "use.never_armed", negated=True)])]


def test_whom_a_force_fired_back_at_bore_arms_in_its_account() -> None:
    assert _unarmed("hit.self_defence", "unknown") == ["presence"]


def test_an_unknown_target_of_plain_fire_is_no_armed_man() -> None:
    # counter-example: a plain strike on someone of no known class says nothing of arms
    assert _unarmed("hit.object", "unknown") == []


def _told(extractor: Any, body: str) -> set[tuple[str, str, str]]:
    return {(c.target.text, c.target.target_class, c.rule) for c in _analysed(extractor, body)}


@slow
def test_fire_returned_at_gunmen(real_extractor: Any) -> None:
    told = _told(real_extractor, "Police said officers returned fire at gunmen who had shot at "
                                 "them.")
    assert ("gunmen", "armed_group", "hit.return_fire") in told, told


@slow
def test_those_who_tried_to_kill_are_attackers(real_extractor: Any) -> None:
    told = _told(real_extractor, "The soldiers acted in self-defence against those who were "
                                 "trying to kill them, a military spokeswoman said.")
    # (shown with its clause, which says who "those" were)
    assert ("those who were trying to kill them", "armed_group") in {t[:2] for t in told}, told


@slow
def test_those_who_tried_to_flee_are_no_attackers(real_extractor: Any) -> None:
    # counter-example: what they tried to do was no attack
    told = _told(real_extractor, "Residents said soldiers shot at those who were trying to "
                                 "flee.")
    assert not any(cls == "armed_group" for _, cls, _ in told), told


@slow
def test_a_passive_toll_most_of_them_fighters(real_extractor: Any) -> None:
    told = _told(real_extractor, "The monitor said eight people were killed in the strike, "
                                 "most of them fighters allied with the government.")
    assert ("eight people", "armed_group", "casualty.passive") in told, told


@slow
def test_a_passive_toll_with_some_children_stays_civilian(real_extractor: Any) -> None:
    # counter-example: "including" says what some were, not most
    told = _told(real_extractor, "The monitor said eight people were killed in the strike, "
                                 "including two children.")
    assert ("eight people", "civilians", "casualty.passive") in told, told


@slow
def test_a_forces_losses_and_a_vehicle_a_bomb_blew_up(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "Maoists attacked a convoy on Tuesday, killing 12 people. A spokesman for "
                 "the army said its soldiers, who were guarding the road, had also suffered "
                 "losses. An anti-landmine vehicle sent with reinforcements was blown up by an "
                 "improvised explosive device, a senior police official said.")
    assert ("its soldiers", "military", "casualty.suffered_losses") in told, told
    assert ("anti-landmine vehicle", "military", "hit.blown_up_by_device") in told, told


@slow
def test_a_firms_losses_and_a_tent_the_wind_blew_up_are_no_hits(real_extractor: Any) -> None:
    # counter-example: losses with no strike told, and no device that blew it up
    told = _told(real_extractor, "The company said it had suffered losses this year. A tent "
                                 "was blown up by the wind, officials said.")
    assert not told, told


_SCHOOL = "An Israeli strike hit a school in Gaza City on Monday, killing 12 people, medics said. "


@slow
@pytest.mark.parametrize("toll", [
    "More than 50,000 Palestinians have been killed in the Israeli offensive in Gaza, "
    "according to the territory's health ministry.",
    "Since Israel launched its military operation on Gaza on July 8, more than 1,000 "
    "Palestinians have been killed, according to Palestinian medical sources."])
def test_a_campaigns_toll_is_no_account_of_the_strike(real_extractor: Any, toll: str) -> None:
    told = _told(real_extractor, _SCHOOL + toll)
    assert not any("Palestinians" in t for t, _, _ in told), told


@slow
def test_a_toll_of_the_strike_itself_stays(real_extractor: Any) -> None:
    # counter-example: the toll of the one strike the story tells
    told = _told(real_extractor, _SCHOOL + "Medics said 12 Palestinians were killed in the "
                                            "Israeli strike on the school.")
    assert any("Palestinians" in t for t, _, _ in told), told


@slow
def test_the_first_attack_since_a_war_began_is_the_storys_own(real_extractor: Any) -> None:
    # counter-example: a comparison with the time since a war began, not a running toll
    told = _told(real_extractor, "The group's deputy leader was killed in a drone strike on an "
                                 "office in the southern suburbs on Tuesday, the group said, "
                                 "the first such attack on the capital since the Gaza war "
                                 "began.")
    assert any(t == "office" for t, _, _ in told), told


@slow
def test_the_most_casualties_since_a_facility_opened_stay(real_extractor: Any) -> None:
    # counter-example: "since the facility opened" compares, it counts no campaign
    told = _told(real_extractor, _SCHOOL + "The Red Cross said its field hospital received "
                                           "179 casualties, the highest number in a single "
                                           "event since the facility opened a year ago.")
    assert any(t == "179 casualties" for t, _, _ in told), told


KG_OFFICIALS = Actor("kg.official", "Kyrgyz officials", "official", "KG", "kg")
KG_FORCES = Actor("kg.military", "Kyrgyz forces", "military", "KG", "kg")
TJ_COMMITTEE = Actor("tj.committee", "Tajikistan's security committee", "ministry", "TJ", "tj")
RESIDENTS = Actor("source.resident", "residents", "source", None, None)


def _clash(*claims: Claim) -> list[tuple[str, str]]:
    return [(p.first.target.text, p.second.target.text) for p in find_conflicts(list(claims))]


def test_each_sides_word_of_the_others_fire_is_two_fires() -> None:
    a = article("a1")
    own_dead = _said(a, KG_OFFICIALS, "Kyrgyz officials said 31 of their citizens were killed.",
                     "31 of their citizens", "civilians", "casualty.passive")
    shelled = _said(a, TJ_COMMITTEE, "The committee said Kyrgyz forces shelled positions around "
                                     "the exclave.", "positions", "military", "hit.object",
                    attacker=KG_FORCES)
    assert _clash(own_dead, shelled) == []


def test_a_side_telling_its_own_strike_is_still_disputed() -> None:
    # counter-example: the Kyrgyz forces' own word of what they shelled disputes the dead
    a = article("a1")
    own_strike = _said(a, KG_FORCES, "Kyrgyz forces said they shelled positions around the "
                                     "exclave.", "positions", "military", "hit.object",
                       attacker=KG_FORCES)
    dead = _said(a, TJ_COMMITTEE, "The committee said 12 civilians were killed.",
                 "12 civilians", "civilians", "casualty.passive", attacker=KG_FORCES)
    assert _clash(own_strike, dead) != []


def test_a_states_losses_and_residents_toll_of_one_enemy_fire_agree() -> None:
    a = article("a1")
    shelled = _said(a, TJ_COMMITTEE, "The committee said Kyrgyz forces shelled positions around "
                                     "the exclave.", "positions", "military", "hit.object",
                    attacker=KG_FORCES)
    toll = _said(a, RESIDENTS, "Residents said several people had been killed there.",
                 "several people", "civilians", "casualty.passive")
    assert _clash(shelled, toll) == []


@slow
def test_the_subject_of_joined_verbs_fired_too(real_extractor: Any) -> None:
    (claim,) = _analysed(real_extractor, "Between 25 and 30 gunmen surrounded the mosque, set "
                                         "off a bomb and then opened fire on worshippers, the "
                                         "prosecutor said.")
    assert claim.attacker is not None and claim.attacker.type == "armed_group", claim


@slow
def test_air_force_planes_are_the_speaking_armys(real_extractor: Any) -> None:
    for body, own in (("The army said air force jets struck several militant hideouts "
                       "near the town.", True),
                      # counter-example: residents have no air force of their own
                      ("Residents said air force jets struck the market near the town.",
                       False)):
        (claim,) = _analysed(real_extractor, body)
        assert (claim.attacker is not None and claim.attacker.id == claim.party.id) == own, body


@slow
def test_a_month_opening_a_sentence_without_a_comma_is_background(real_extractor: Any) -> None:
    told = _told(real_extractor, "A suicide bomber drove a car into the U.N. building in Abuja on "
                                 "Friday, killing 18 people, police said. In June the group "
                                 "claimed a car bombing at the national police headquarters.")
    assert not any("police headquarters" in t for t, _, _ in told), told


def test_cadres_of_an_armed_movement_are_armed() -> None:
    # "the dead included several cadres carrying rewards on their heads": the Maoists'
    doc = parsed({"parse": "several/ADJ/amod/1 cadres/NOUN/ROOT/1/cadre"})
    assert decide_class(doc[1], GAZ)[0] == "armed_group"
    # counter-example: a ruling party's cadres are its members, no fighters (row
    # civilians.party_cadres)
    doc = parsed({"parse": "ruling/ADJ/amod/2/ruling party/NOUN/compound/2/party "
                           "cadres/NOUN/ROOT/2/cadre"})
    assert decide_class(doc[2], GAZ)[0] == "civilians"

