"""Who speaks (a named body's apposition, "the group", a lead's bare "the military"), what
was hit (a site with a bearing, a leader's toll, a truck bomb's lorry), and when two
accounts are no dispute (harm beside a force's own base) or are one (posts it says were
spared).

- "Jin Council, the umbrella organisation of women's groups in the Autonomous
  Administration, said ...": the body the apposition says the speaker works in is not the
  speaker (:func:`~pipeline.nlp.mentions._body_it_belongs_to`).
- "the group said" after a group that spoke: a body named as the attacker in
  several ways at once ("the Rapid Support Forces (RSF)") counts as named once per
  sentence, so it no longer outweighs the group that spoke.
- "militants attacked the base, killing one soldier; a civilian also died", the army
  said, against the militants' "we struck the base": the civilian is harm beside the
  army's own base, not another account of what was hit (rule ``conflict.own_base``).
- "not a single Pakistani post had been destroyed", the army's spokesman said, against
  "our troops destroyed Pakistani posts": a force's word that no post of its own was hit
  answers the strike as a miss does (rule ``conflict.no_losses``).
- "rockets at the Ramat David air base southeast of Haifa": the small model makes the
  bearing the head and the base its modifier; the repair
  (:func:`~pipeline.nlp.claims.bearings_taken_for_heads`) gives the phrase back to the
  site, and the bearing with its "of" phrase says where the site is.
- "the defence minister told reporters that Taliban commanders were killed": a leader's
  toll to the press is the war's tally only when it counts (rule ``casualty.tally``).
- "ISLAMABAD - The military rejected as false an Indian army claim ...": a lead's bare
  "the military" is not the body whose claim its own verb acts on, there or named again
  later (:meth:`~pipeline.nlp.mentions.MentionResolver._cataphor`).
- "The explosion came from a refrigerated lorry parked beside the mall" in a story of a
  truck bomb: the bomb's carrier, not another cause than the attack (check
  ``alternative_cause``).
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.nlp.claims import bearings_taken_for_heads
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import parsed

slow = pytest.mark.slow


def _parties(extractor: Any, body: str, headline: str = "") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in _analysed(extractor, body, headline):
        out.setdefault(c.target.text, set()).add(c.party.name)
    return out


@slow
def test_the_body_a_named_speaker_belongs_to_is_not_the_speaker(real_extractor: Any) -> None:
    said = _parties(real_extractor,
                    "Jin Council, the umbrella organisation of women's groups in the "
                    "Autonomous Administration of North and East Syria, said the drone hit "
                    "the home where its members had gathered.")
    assert said["home"] and all(p.startswith("Jin Council") for p in said["home"]), said


@slow
def test_counter_example_a_spokesman_speaks_for_the_body_of_his_title(
        real_extractor: Any) -> None:
    said = _parties(real_extractor,
                    "Ahmed Nour, a spokesman for the Rapid Support Forces, said the drone hit "
                    "an army depot.")
    assert any("Rapid Support Forces" in p for p in said["army depot"]), said


STORY = ("At least 30 people were killed when the Rapid Support Forces (RSF) shelled a "
         "school sheltering displaced families in the town of Tawila, a local monitor said.\n"
         "The Tawila Resistance Committees said two shells hit the classrooms where families "
         "slept. Children and women were among the dead, the group said.")


@slow
def test_the_group_that_spoke_outweighs_a_body_named_twice_as_the_attacker(
        real_extractor: Any) -> None:
    said = _parties(real_extractor, STORY, headline="RSF shelling of Tawila school kills "
                                                    "30, monitors say")
    assert said["Children"] == {"Tawila Resistance Committees"}, said


@slow
def test_counter_example_the_group_named_alone_is_the_attacker(real_extractor: Any) -> None:
    # no other group spoke: "the group said" is the one that struck and claims it
    said = _parties(real_extractor,
                    "Fighters of the Rapid Support Forces (RSF) stormed an army base near "
                    "Tawila on Friday. Twenty soldiers were among the dead, the group said.")
    assert any("Rapid Support Forces" in p for p in said["Twenty soldiers"]), said


BASE = ("KAYES (Test Wire) - Militants attacked the main army base at Dioura with two car "
        "bombs on Friday, killing one soldier, the army said. A civilian was also killed, "
        "it said.\nThe Sahel Liberation Front claimed the attack, saying its fighters had "
        "struck the Dioura base.")


@slow
def test_harm_beside_a_forces_own_base_is_no_dispute_of_the_attack(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, BASE)
    assert any(c.target.target_class == "civilians" for c in claims), claims
    assert any(c.target.text.endswith("base") and c.party.name != "army"
               for c in claims), claims
    assert find_conflicts(claims) == []


@slow
def test_counter_example_a_village_the_attackers_struck_instead_is_a_dispute(
        real_extractor: Any) -> None:
    # the army tells no attack on its own forces: its civilians are its account of the hit
    claims = _analysed(real_extractor,
                       "KAYES (Test Wire) - Two civilians were killed when a drone struck "
                       "the village of Dioura on Friday, the army said.\nThe Sahel "
                       "Liberation Front said its fighters had struck an army base at "
                       "Dioura.")
    assert find_conflicts(claims), claims


@slow
def test_counter_example_armed_men_struck_instead_still_dispute_the_civilian(
        real_extractor: Any) -> None:
    # the force's own men and a civilian worker were killed, the striker says it hit a
    # militia's depots: whose site it was is the dispute
    claims = _analysed(real_extractor,
                       "Iraq's military said US air strikes overnight killed three soldiers "
                       "at an airport under construction near Karbala. A civilian worker was "
                       "also killed, it said.\nThe Pentagon said its jets struck five weapons "
                       "storage facilities of the Kataib Hezbollah militia near Karbala.")
    assert any(c.target.target_class == "civilians" for c in claims), claims
    pairs = find_conflicts(claims)
    assert any("civilians" in (p.first.target.target_class, p.second.target.target_class)
               for p in pairs), pairs


SPARED = ("Indian army spokesman Major General Ravi Kaul said Indian troops had destroyed "
          "Pakistani posts across the Line of Control in the Uri sector.\n"
          "Pakistan's military spokesman Major General Tariq Aziz said not a single "
          "Pakistani post had been destroyed.")


@slow
def test_a_force_saying_none_of_its_posts_was_hit_disputes_the_strike(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, SPARED)
    assert [p.reason for p in find_conflicts(claims)] == ["miss"], claims


@slow
def test_counter_example_a_force_granting_a_hit_disputes_nothing(real_extractor: Any) -> None:
    # the same force tells of a post of its own hit: its "none destroyed" is no miss
    claims = _analysed(real_extractor, SPARED.replace(
        "said not a single Pakistani post had been destroyed.",
        "said one Pakistani post had been hit by Indian shelling but not a single "
        "Pakistani post had been destroyed."))
    assert find_conflicts(claims) == [], claims


# "fired rockets at the Tel Nof air base southeast of Rehovot ."
BEARING = ("fired/VERB/ROOT/0 rockets/NOUN/dobj/0/rocket at/ADP/prep/0 the/DET/det/8 "
           "Tel/PROPN/compound/7 Nof/PROPN/compound/7 air/NOUN/compound/7 "
           "base/PROPN/compound/8 southeast/NOUN/pobj/2 of/ADP/prep/8 "
           "Rehovot/PROPN/pobj/9 ./PUNCT/punct/0")


def test_a_bearing_taken_for_the_head_gives_the_phrase_back_to_the_site() -> None:
    doc = bearings_taken_for_heads(parsed({"parse": BEARING}))
    base, bearing = doc[7], doc[8]
    assert (base.dep_, base.head.text) == ("pobj", "at")
    assert (bearing.dep_, bearing.head.text) == ("advmod", "base")
    assert doc[3].head.text == "base"  # "the" goes with the site
    assert doc[10].head.head.text == "southeast"  # "of Rehovot" stays on the bearing


def test_counter_example_the_north_of_a_country_keeps_its_head() -> None:
    # "shelled the north of the country": no site before the bearing
    parse = ("shelled/VERB/ROOT/0 the/DET/det/2 north/NOUN/dobj/0 of/ADP/prep/2 "
             "the/DET/det/5 country/NOUN/pobj/3 ./PUNCT/punct/0")
    doc = bearings_taken_for_heads(parsed({"parse": parse}))
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "shelled")


@slow
def test_a_site_with_a_bearing_keeps_its_class(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Hezbollah said it fired rockets at the Ramat David "
                                       "air base southeast of Haifa.")
    assert [c.target.target_class for c in claims] == ["military"], claims


@slow
def test_a_leaders_toll_that_counts_nobody_is_no_tally(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "An air strike hit the village on Tuesday. Defence Minister Amina "
                       "Kovra told reporters that rebel commanders were killed and that the "
                       "ministry would release photos of them.")
    assert [(c.target.text, c.target.target_class) for c in claims
            if c.party.name.startswith("Defence Minister")] \
        == [("rebel commanders", "armed_group")], claims


@slow
def test_counter_example_a_leaders_count_to_the_press_stays_a_tally(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "An air strike hit the village on Tuesday. Defence Minister Amina "
                       "Kovra told reporters that 300 rebels had been killed this year.")
    assert not [c for c in claims if c.party.name.startswith("Defence Minister")], claims


REJECTED = ("ISLAMABAD (Test Wire) - The military on Tuesday rejected as false an Indian "
            "army claim that its troops had destroyed Pakistani posts in the Uri sector, "
            "saying no Pakistani position had been hit.\nEarlier, Indian army spokesman "
            "Major General Ravi Kaul told reporters that Indian troops had carried out fire "
            "assaults on posts across the Line of Control.")


@slow
def test_the_body_whose_claim_a_lead_rejects_is_not_the_speaker(real_extractor: Any) -> None:
    # rule anaphor.cataphor: "the military" of a lead is the first body of its kind named
    # after it, but never the one whose claim it rejects, here or named again later
    claims = _analysed(real_extractor, REJECTED)
    spared = [c for c in claims if c.negated and "position" in c.target.text]
    assert spared and all(c.party.side != "in" for c in spared), spared


@slow
def test_counter_example_a_lead_body_named_later_is_still_found(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, REJECTED.replace(
        "The military on Tuesday rejected as false an Indian army claim that its troops had "
        "destroyed Pakistani posts in the Uri sector, saying no Pakistani position had been "
        "hit.", "The military on Tuesday said no Pakistani position had been hit in the Uri "
        "sector.").replace("Earlier, Indian army", "Pakistan's army said its troops were "
                           "on alert. Earlier, Indian army"))
    spared = [c for c in claims if c.negated and "position" in c.target.text]
    assert spared and all(c.party.side == "pk" for c in spared), spared


LORRY = ("BAGHDAD (Test Wire) - A suicide truck bomb tore through a crowded market street in "
         "the Karrada district, killing at least 40 people, police said.\n\"The explosion came "
         "from a refrigerated lorry parked beside the mall,\" a police colonel said.")


@slow
def test_the_lorry_of_a_truck_bomb_is_no_other_cause(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, LORRY)
    assert not [c for c in claims if c.rule.startswith("cause.")], claims
    assert find_conflicts(claims) == []


@slow
def test_counter_example_a_lorry_in_a_story_of_no_vehicle_bomb_is_a_cause(
        real_extractor: Any) -> None:
    # an air strike story: "the explosion came from a fuel lorry" tells another cause
    claims = _analysed(real_extractor, LORRY.replace(
        "A suicide truck bomb tore through", "An air strike hit").replace(
        "refrigerated lorry parked beside the mall", "fuel lorry parked beside the mall"))
    assert [c for c in claims if c.rule.startswith("cause.")], claims
