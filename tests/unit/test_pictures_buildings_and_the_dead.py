"""Accounts told by pictures, by a word for the building struck, and by who the dead were.

- Pictures: footage, photographs or video that show a strike's mark on a site, its ruin or
  the bodies, speak for whoever took, posted or checked them ("footage verified by the
  agency showed a crater in a school's courtyard").
- Sites: "the building" stands for the one struck, whatever word named it; a site struck
  and then "called" a hub; "the school sheltered fighters" (a parse repair); "it stored
  flour"; fire "from the building" the other side struck; "the only people inside were
  worshippers".
- Craft: "made an emergency landing because of a technical fault" is another cause than
  the strike the other side claims.
- The dead: "the men killed had been preparing an ambush" makes them attackers; a word
  that those killed were not fighters, or not civilians, disputes another's that they were;
  "nobody in the car had fired a shot" answers a force's exchange of fire.
- Crowds: "a bid by the crowd to storm the governor's office" is the crowd's assault; a crowd
  a force "fired rubber bullets to disperse" while it threw stones is an assailant, as
  are "gunmen hiding among the protesters" a force came under attack from.
- One incident: a force's own base hit by an attack it names no author of, and the
  other side's claim of its strike on forces; whom a force hit while under attack, and
  another's word that its side killed civilians; a militia is an armed group.
- Parse and naming: a long subject read as "said"'s object; a sheik is a witness;
  "firewood collectors" and members of a union are civilians.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain import conflicts
from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Actor, Target
from pipeline.nlp.claims import holding_verbs_taken_for_modifiers, subjects_taken_for_said_objects
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import parsed
from tests.unit.test_force_accounts_causes_and_places import POLICE, _claim

slow = pytest.mark.slow


def _told(claims: list[Any]) -> set[tuple[str, str, str, bool]]:
    return {(c.party.name, c.target.text, c.target.target_class, c.negated) for c in claims}


def _rules(claims: list[Any]) -> set[str]:
    return {c.rule for c in claims}


# ------------------------------------------------------------------ pictures

@slow
def test_footage_checked_by_someone_is_their_account_of_the_site_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Army officers said on Tuesday that artillery had destroyed a rocket "
                       "launch site near Pelan used by insurgents. Footage verified by the "
                       "agency showed a crater in the courtyard of a primary school in Pelan.")
    shown = [c for c in claims if c.rule == "hit.shown_damage"]
    assert [(c.party.name, c.target.target_class) for c in shown] == [
        ("agency", "civilian_site")], claims
    assert find_conflicts(claims), claims


@slow
def test_a_picture_of_a_ruined_site_or_of_bodies_speaks_for_who_took_it(
        real_extractor: Any) -> None:
    ruined = _analysed(real_extractor,
                       "The army said its strike on Arno had hit a command post of the rebels. "
                       "Photographs taken by a local journalist showed a destroyed clinic.")
    assert ("local journalist", "destroyed clinic", "civilian_site", False) in _told(ruined)
    bodies = _analysed(real_extractor,
                       "The ministry said its drones had struck a militant training camp outside "
                       "Velt. Video posted by residents showed the bodies of three boys in the "
                       "ruins of a house.")
    assert ("residents", "three boys", "civilians", False) in _told(bodies), bodies
    # bodies shown where they were taken put the strike in the hospital's town
    laid_out = _analysed(real_extractor,
                         "The ministry said its drones had struck a militant training camp "
                         "outside Velt. Video posted by residents showed the bodies of three boys "
                         "at the district hospital in Kessa.")
    assert "casualty.shown_bodies" not in _rules(laid_out), laid_out
    # a picture of no strike's mark (a busy clinic) is no account
    busy = _analysed(real_extractor,
                     "The army said its strike on Arno had hit a command post of the rebels. "
                     "Photographs taken by a local journalist showed a busy clinic.")
    assert not _rules(busy) & {"hit.shown_struck", "hit.shown_damage"}, busy


# ------------------------------------------------------------------ sites

@slow
def test_the_building_is_the_site_struck_whatever_word_named_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The military said its raid on a compound in Malvekar on Saturday had "
                       "destroyed a bomb-making facility. Neighbours insisted the building was a "
                       "family bakery.")
    assert ("Neighbours", "family bakery", "civilian_site", False) in _told(claims), claims
    assert find_conflicts(claims), claims
    # several buildings after one depot may be others around it
    others = _analysed(real_extractor,
                       "Jets struck a fuel depot near Malvekar on Saturday, army officers said. "
                       "Neighbours said the buildings were homes.")
    assert "homes" not in {c.target.text for c in others}, others


@slow
def test_a_site_struck_and_then_called_a_hub(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Jets bombed a camp near Umbel on Sunday. The air force called the camp "
                       "a supply base for the rebels. Rebels said 14 displaced people were "
                       "killed in the bombing.")
    called = [c for c in claims if c.rule == "copula.struck_called"]
    assert [(c.party.name, c.target.target_class) for c in called] == [
        ("air force", "armed_group")], claims
    # a noun for something no account struck is called nothing here
    bridge = _analysed(real_extractor,
                       "Jets bombed a camp near Umbel on Sunday. The air force called the "
                       "bridge a supply base for the rebels.")
    assert "copula.struck_called" not in _rules(bridge), bridge


def test_the_school_sheltered_fighters_is_a_clause_not_a_noun_phrase() -> None:
    # parsed as "the school-sheltered fighters", the object of "said"
    doc = parsed({"parse": "The/DET/det/1 army/NOUN/nsubj/2/army said/VERB/ROOT/2/say "
                           "the/DET/det/6 school/NOUN/npadvmod/5/school "
                           "sheltered/VERB/amod/6/shelter/VBN fighters/NOUN/dobj/2/fighter/NNS"})
    holding_verbs_taken_for_modifiers(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("nsubj", 5)
    assert (doc[5].dep_, doc[5].head.i) == ("ccomp", 2)
    assert (doc[6].dep_, doc[6].head.i) == ("dobj", 5)
    # "the displaced families" with no holding verb stays one phrase
    plain = parsed({"parse": "The/DET/det/1 army/NOUN/nsubj/2/army said/VERB/ROOT/2/say "
                             "the/DET/det/5 tired/ADJ/amod/5/tired families/NOUN/dobj/2/family"})
    holding_verbs_taken_for_modifiers(plain)
    assert plain[5].dep_ == "dobj"


@slow
def test_what_a_site_sheltered_or_stored(real_extractor: Any) -> None:
    sheltered = _analysed(real_extractor,
                          "Jets bombed a school near Pelan on Sunday. The army said the school "
                          "sheltered fighters. Teachers said the building sheltered displaced "
                          "families.")
    told = _told(sheltered)
    assert ("army", "fighters", "armed_group", False) in told, sheltered
    assert ("Teachers", "displaced families", "civilians", False) in told, sheltered
    assert find_conflicts(sheltered), sheltered
    stored = _analysed(real_extractor,
                       "Missiles struck a warehouse in Dorba on Monday. The owner said it "
                       "stored flour.")
    assert ("owner", "flour", "civilian_site", False) in _told(stored), stored


@slow
def test_fire_from_the_building_struck_is_its_use_not_the_forces_own(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Soldiers fired on a mosque in Tara after gunmen shot at them from the "
                       "building, the army said. The imam said the only people inside were "
                       "worshippers at evening prayers.")
    used = {c.target.text: c.target.target_class for c in claims if c.rule == "use.fire_from"}
    assert used == {"gunmen": "armed_group"}, claims
    assert ("imam", "worshippers", "civilians", False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_the_only_people_needs_a_place(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Jets bombed a mosque in Tara on Friday. The only people who knew of the "
                       "meeting were his brothers, the imam said.")
    assert "copula.only_people_there" not in _rules(claims), claims


# ------------------------------------------------------------------ craft

@slow
def test_a_craft_down_for_a_fault_disputes_that_fire_brought_it_down(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Rebels said their fighters had shot down a government helicopter over "
                       "Pelan on Saturday. Defence officials said the aircraft had made an "
                       "emergency landing because of a technical fault.")
    assert "cause.craft_down_because" in _rules(claims), claims
    assert find_conflicts(claims), claims
    late = _analysed(real_extractor,
                     "Rebels fired rockets at the airport in Arno on Friday, the army said. The "
                     "airline said a plane landed late because of fog.")
    assert "cause.craft_down_because" not in _rules(late), late


# ------------------------------------------------------------------ the dead

@slow
def test_the_dead_readying_an_attack_are_attackers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Soldiers killed five men near Dorba on Monday. Army officers said the men "
                       "had been planting mines on the road. Relatives said the five were "
                       "farmers.")
    assert ("Army officers", "men", "armed_group", False) in _told(claims), claims
    assert find_conflicts(claims), claims
    # soldiers readying an ambush are no toll's dead
    soldiers = _analysed(real_extractor,
                         "Soldiers were preparing an ambush near Velt when rebels attacked them, "
                         "the rebels said.")
    assert "copula.dead_attacking" not in _rules(soldiers), soldiers


_TWO = "Police said the two men were members of the Velt Front."
_NOT_MEMBERS = "Their families said they were not members of the Front."


def test_a_word_that_those_killed_were_no_fighters_disputes_that_they_were() -> None:
    kin = Actor("source.family", "families", "source", None, None)
    police = _claim(POLICE, Target("members of the Velt Front", "armed_group"),
                    "copula.victims_definite", _TWO)
    denial = _claim(kin, Target("members of the Front", "armed_group"),
                    "copula.victims_pronoun", _NOT_MEMBERS, True)
    assert conflicts._denied_dead_fighter(denial, [police, denial])
    # a denier that tells of arms found on them disputes which group, not whether armed
    found = _claim(kin, Target("rifles", "armed_group"), "use.found_at", _NOT_MEMBERS)
    assert not conflicts._denied_dead_fighter(denial, [police, denial, found])


_FARMERS = "Officials told reporters those killed were farmers bound for market."
_NOT_FARMERS = "\"These were not peaceful farmers,\" the governor said."


def test_a_word_that_those_killed_were_no_civilians_disputes_that_they_were() -> None:
    governor = Actor("source.governor", "governor", "official", None, None)
    officials = Actor("source.official", "Officials", "official", None, None)
    farmers = _claim(officials, Target("farmers", "civilians"), "copula.victims", _FARMERS)
    denial = _claim(governor, Target("peaceful farmers", "civilians"), "copula.this_was_not",
                    _NOT_FARMERS, True)
    assert conflicts._denied_dead_civilians(denial, [farmers, denial])
    # "not peaceful farmers but farm hands" names other civilians in the same breath
    hands = _claim(governor, Target("farm hands", "civilians"), "copula.this_was_not",
                   _NOT_FARMERS)
    assert not conflicts._denied_dead_civilians(denial, [farmers, denial, hands])


@slow
def test_bodies_a_hospital_reported_receiving(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The army said its raid on Velt on Thursday had aimed at a meeting of "
                       "rebel commanders. Hospital officials in Velt reported receiving the "
                       "bodies of nine women after the raid.")
    assert ("Hospital officials in Velt", "nine women", "civilians", False) in _told(claims), \
        claims
    assert find_conflicts(claims), claims


@slow
def test_attacks_a_site_was_used_to_plan_are_not_the_strike(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The army said it had struck senior fighters inside a command centre in "
                       "the depot, which it said the rebels used to gather supplies and plan "
                       "attacks against farmers and police.")
    assert not {"farmers", "police"} & {c.target.text for c in claims}, claims


# ------------------------------------------------------------------ crowds

@slow
def test_a_bid_by_a_crowd_to_storm_an_office_is_its_assault(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Guards shot at marchers outside the palace in Kessa, killing 28, a "
                       "doctor said. The presidency said its guards had moved to halt a bid by "
                       "the crowd to storm the governor's office. Witnesses said the marchers "
                       "were unarmed.")
    assert ("presidency", "crowd", "armed_group", False) in _told(claims), claims
    assert find_conflicts(claims), claims


# ------------------------------------------------------------------ parse and naming

def test_a_long_subject_read_as_the_object_of_said() -> None:
    # "said a column of herders, with camels, came under fire": "came" hung on "said"
    doc = parsed({"parse": "A/DET/det/1 sheik/NOUN/nsubj/2/sheik said/VERB/ROOT/2/say "
                           "a/DET/det/4 procession/NOUN/dobj/2/procession ,/PUNCT/punct/4 "
                           "on/ADP/prep/4/on foot/NOUN/pobj/6/foot ,/PUNCT/punct/2 "
                           "came/VERB/conj/2/come under/ADP/prep/9/under fire/NOUN/pobj/10/fire"})
    subjects_taken_for_said_objects(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("nsubj", 9)
    assert (doc[9].dep_, doc[9].head.i) == ("ccomp", 2)
    # "said a prayer and left": joined by "and", two things the man did
    prayer = parsed({"parse": "He/PRON/nsubj/1/he said/VERB/ROOT/1/say a/DET/det/3 "
                              "prayer/NOUN/dobj/1/prayer and/CCONJ/cc/1/and "
                              "left/VERB/conj/1/leave"})
    subjects_taken_for_said_objects(prayer)
    assert prayer[3].dep_ == "dobj"


@slow
def test_a_sheik_speaks_for_his_tribe(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Officials said troops killed 40 gunmen near Zarqa. A sheik of the clan, "
                       "reached by phone in Kessa, said a column of herders and their wives, "
                       "with camels and carts, came under fire near a roadblock outside Zarqa.")
    assert ("sheik of the clan", "column of herders", "civilians", False) in \
        _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_people_named_by_what_they_gather(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Soldiers mistook a group of firewood collectors for insurgents near "
                       "Kessa on Friday and opened fire, killing six, a village chief said. The "
                       "military said its men fired back when armed men attacked them.")
    assert ("village chief", "group of firewood collectors", "civilians", False) in \
        _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_members_of_a_union_are_civilians(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Government forces swept the hills above Pelan on Thursday, killing 22 "
                       "terrorists, the interior ministry said. A "
                       "spokesman for the Pelan Farmers' Union said the dead were members of the "
                       "union who had gone to harvest walnuts.")
    assert ("spokesman for the Pelan Farmers' Union", "members of the union", "civilians",
            False) in _told(claims), claims
    assert find_conflicts(claims), claims


@slow
def test_a_crowd_a_force_fired_to_disperse_while_it_threw_stones(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Police in Quelta said officers had fired rubber bullets to disperse a "
                       "crowd that was throwing stones at the district office on Sunday. "
                       "Witnesses said officers fired live ammunition at peaceful marchers, "
                       "killing two.")
    assert ("Police in Quelta", "crowd", "armed_group", False) in _told(claims), claims
    assert find_conflicts(claims), claims
    # a crowd throwing flowers is no assailant
    flowers = _analysed(real_extractor,
                        "Police in Quelta said officers had fired rubber bullets to disperse a "
                        "crowd that was throwing flowers at the district office on Sunday.")
    assert ("Police in Quelta", "crowd", "civilians", False) in _told(flowers), flowers


@slow
def test_nobody_in_the_car_fired_a_shot_answers_an_exchange_of_fire(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Counter-terrorism police said they had killed four terrorists in an "
                       "exchange of fire near Sorin on Saturday. A son of one man killed "
                       "said nobody in the car had fired a shot.")
    assert "use.none_fired" in _rules(claims), claims
    assert find_conflicts(claims), claims
    # the force's own men are no such denial ("none of our officers fired a shot")
    own = _analysed(real_extractor,
                    "Witnesses said police killed four men near Sorin on Saturday. The police "
                    "chief said none of his officers had fired a shot.")
    assert "use.none_fired" not in _rules(own), own


@slow
def test_gunmen_hiding_among_the_protesters_are_the_forces_assailants(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Soldiers shot into a crowd in Pelan on Wednesday, killing nine, "
                       "witnesses said. The interior ministry said its soldiers came under "
                       "gunfire from gunmen hiding among the marchers.")
    assert ("interior ministry", "gunmen", "armed_group", False) in _told(claims), claims
    assert find_conflicts(claims), claims


# ------------------------------------------------------------------ one incident

def test_a_strike_on_forces_claimed_by_the_other_side_is_the_forces_own_hit() -> None:
    from pipeline.domain.incidents import Cues, struck_own
    army = Actor("org.army", "army", "military", None, "org.army")
    militia = Actor("org.militia", "militia", "armed_group", None, "org.militia")
    base = Cues(article="a1", own_forces=True, teller=army, forces_hit=True)  # "hit a base"
    claimed = Cues(article="a1", attacker=militia, teller=militia, forces_hit=True)
    assert struck_own(base, claimed)
    # its strike on an armed group's leaders is no claim on the force's own men
    leaders = Cues(article="a1", attacker=militia, teller=militia, forces_hit=False)
    assert not struck_own(base, leaders)


def test_whom_a_force_hit_while_under_attack_is_disputed_by_a_word_of_civilians() -> None:
    from pipeline.domain.incidents import OWN_FORCES, Cues, apart
    army = Actor("org.army", "army", "military", None, "org.army")
    ministry = Actor("org.health-ministry", "health ministry", "ministry", None, "org.hm")
    # "soldiers were shot at and killed five gunmen" (the army's word, its men attacked)
    gunmen = Cues(article="a1", own_forces=True, teller=army)
    # "the army's fire killed four civilians", a ministry of health official said
    civilians = Cues(article="a1", attacker=army, teller=ministry, civilians_hit=True)
    assert apart(gunmen, civilians) is None
    # a site its side is said to have struck may be a strike of its own
    market = Cues(article="a1", attacker=army, teller=ministry)
    assert apart(gunmen, market) == OWN_FORCES
    # the army's own losses are no answer to it
    losses = Cues(article="a1", own_forces=True, teller=army, forces_hit=True)
    assert apart(losses, civilians) == OWN_FORCES


@slow
def test_a_militia_is_an_armed_group_not_a_military(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The militia said its drones had struck a radar station near Tara on "
                       "Monday.")
    assert claims and {c.party.type for c in claims} == {"armed_group"}, claims
