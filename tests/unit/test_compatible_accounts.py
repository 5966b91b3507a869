"""Accounts that look opposed but fit together (issue 8, precision): each rule with an
example (the two accounts are not paired) and a counter-example (a real dispute still
is). Team-written claims; no model."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.domain.claims import confirmed_dead, mourned
from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.incidents import apart, cues
from pipeline.domain.models import Actor, Claim, Evidence, Place, Target

DAY = datetime(2030, 5, 8, 12, 0, tzinfo=UTC)
ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
MINISTRY = Actor("nl.defence-ministry", "Northland Defence Ministry", "ministry", "NL", "nl")
ENEMY = Actor("sl.military", "Southland army", "military", "SL", "sl")
FRONT = Actor("group.front", "Hill Front", "armed_group", "NL", "group.front")
WING = Actor("group.wing", "Hill Front's armed wing", "armed_group", "NL", "group.front")
OTHER = Actor("group.other", "River Brigade", "armed_group", "NL", "group.other")
RESIDENT = Actor("source.resident", "a resident", "source", None, None)
TOWN = Place("Riverton", 1, "NL", "07", kind="city")
GROUPS = GroupDirectory({"group.wing": ("group.front",)})


def claim(party: Actor, text: str, cls: str, *, start: int = 0, rule: str = "hit.object",
          attacker: Actor | None = None, actor_id: str | None = None,
          place: Place | None = TOWN, sentence: str = "") -> Claim:
    ev = Evidence("a1", "Wire", sentence or f"{party.name}: {text}", start, start + 10)
    return Claim(party, "asserts", Target(text, cls, actor_id), ev, "strike", attacker,
                 place, rule=rule)


def paired(*claims: Claim) -> bool:
    return bool(find_conflicts(claims, GROUPS, DAY))


# ------------------------------------------------------------ mourning.occupied_site

def test_a_building_where_a_party_counts_only_soldiers_dead_is_no_civilian_account() -> None:
    # "89 of its soldiers were killed when rockets struck a building", the ministry said;
    # the other side: "around 400 soldiers were killed"
    dead = claim(MINISTRY, "89 of its soldiers", "military", start=0, rule="casualty.passive")
    building = claim(MINISTRY, "building", "civilian_site", start=0)
    other = claim(ENEMY, "around 400 soldiers", "military", start=200,
                  rule="casualty.passive")
    assert building in confirmed_dead([dead, building, other]).sites
    assert not paired(dead, building, other)


def test_a_building_where_the_same_sentence_counts_civilians_is_still_an_account() -> None:
    # "the strike on the house killed a fighter and his five children", residents said;
    # the army: "we hit a command post"
    fighter = claim(RESIDENT, "a fighter", "armed_group", start=0, rule="casualty.object")
    kids = claim(RESIDENT, "his five children", "civilians", start=0, rule="casualty.object")
    house = claim(RESIDENT, "house", "civilian_site", start=0)
    army = claim(ARMY, "command post", "military", start=300)
    assert house not in confirmed_dead([fighter, kids, house, army]).sites
    assert paired(fighter, kids, house, army)


# ------------------------------------------------------------ mourning through the hierarchy

def test_a_groups_confirmed_dead_answer_the_name_of_its_own_wing() -> None:
    # the Front: "three of our fighters were killed in a family home"; the army: "three
    # militants of the Front's armed wing neutralised"; a monitor: the house was a farmer's
    own = claim(FRONT, "three members of the Front", "armed_group", start=0,
                rule="casualty.object", actor_id="group.front")
    army = claim(ARMY, "three militants of the wing", "armed_group", start=200,
                 actor_id="group.wing", attacker=ARMY)
    farmer = claim(RESIDENT, "farmer", "civilians", start=400, rule="copula.belonged_to")
    dead = confirmed_dead([own, army, farmer])
    assert mourned(army, farmer, dead, GROUPS)
    assert not paired(own, army, farmer)


def test_another_groups_dead_do_not_answer_for_a_group_nobody_mourned() -> None:
    own = claim(FRONT, "three members of the Front", "armed_group", start=0,
                rule="casualty.object", actor_id="group.front")
    army = claim(ARMY, "River Brigade militants", "armed_group", start=200,
                 actor_id="group.other", attacker=ARMY)
    farmer = claim(RESIDENT, "farmers", "civilians", start=400, rule="casualty.passive")
    assert not mourned(army, farmer, confirmed_dead([own, army, farmer]), GROUPS)
    assert paired(own, army, farmer)


# ------------------------------------------------------------ incident.attacker (party's own)

def test_an_account_without_attacker_takes_the_one_its_party_names() -> None:
    # the army: "our jets struck launch pads"; later "the strikes hit legitimate
    # targets" (no attacker parsed); the front: "we attacked the enemy's oil terminal"
    pads = claim(ARMY, "launch pads", "military", start=0, attacker=ARMY)
    later = claim(ARMY, "legitimate military targets", "military", start=200)
    terminal = claim(FRONT, "oil terminal", "civilian_site", start=500, attacker=FRONT)
    told = cues([pads, later, terminal], DAY)
    assert told[1].attacker == ARMY
    assert apart(told[1], told[2]) == "incident.attacker"
    assert not paired(pads, later, terminal)


def test_the_victims_account_without_attacker_still_answers_the_attacker() -> None:
    # a resident names no attacker and has no other account: still the army's strike
    pads = claim(ARMY, "launch pads", "military", start=0, attacker=ARMY)
    market = claim(RESIDENT, "market", "civilian_site", start=300)
    told = cues([pads, market], DAY)
    assert told[1].attacker is None
    assert paired(pads, market)


def test_only_a_partys_own_strikes_give_its_combatant_accounts_an_attacker() -> None:
    # the army tells the front's attack on its post, and later rebel fighters killed
    theirs = claim(ARMY, "our post", "military", start=100, attacker=FRONT)
    bare = claim(ARMY, "rebel fighters", "armed_group", start=200)
    assert cues([theirs, bare], DAY)[1].attacker is None


def test_a_partys_civilian_account_takes_no_attacker_from_its_own_strikes() -> None:
    # the army: "our jets struck a depot"; "three people were killed" (whose strike?)
    ours = claim(ARMY, "rebel depot", "armed_group", start=0, attacker=ARMY)
    people = claim(ARMY, "three people", "civilians", start=200, rule="casualty.passive")
    assert cues([ours, people], DAY)[1].attacker is None


# ------------------------------------------------------------ conflict.collateral

OFFICIALS = Actor("source.official", "local officials", "official", None, None)


def test_people_hurt_beside_a_depot_the_same_party_names_answer_no_base() -> None:
    # "a drone struck the brigade's ammunition depot, wounding five people, local
    # officials said" / the commander: "the drone hit our base"
    depot = claim(OFFICIALS, "ammunition depot", "military")
    hurt = claim(OFFICIALS, "five people", "civilians", rule="casualty.object")
    base = claim(FRONT, "base", "military", start=200)
    assert not paired(depot, hurt, base)
    # counter-example: officials who name only the people dispute the base
    assert paired(hurt, base)
    # nor does an armed group in the party's words make its civilians collateral
    # ("nine farmers, not al-Shabaab militants", the negation missed)
    militants = claim(OFFICIALS, "al-Shabaab militants", "armed_group")
    assert paired(militants, hurt, base)


def test_a_fighting_side_counts_only_the_combatants_of_its_own_strike() -> None:
    # the group claims its attack on the barracks and the Christians it killed: its
    # civilian toll answers nobody's account of a police post hit
    barracks = claim(FRONT, "barracks", "military", attacker=FRONT)
    killed = claim(FRONT, "Christians", "civilians", attacker=FRONT, rule="casualty.object")
    post = claim(MINISTRY, "police post", "military", start=200)
    assert not paired(barracks, killed, post)
    # counter-example: the group telling of "rebel positions" hit with no attacker (its
    # own men's, or another speaker's clause) still disputes the army's positions
    positions = claim(FRONT, "rebel positions", "armed_group")
    camp = claim(FRONT, "displaced people's camp", "civilians", rule="hit.object")
    army = claim(ARMY, "terrorist positions", "armed_group", attacker=ARMY, start=200)
    assert paired(positions, camp, army)


def test_a_combatant_account_joined_with_a_civilian_site_answers_no_civilian_account() -> None:
    # "the enemy shelled forward posts and civilian areas", the army said; the district
    # official: "a shell landed on a house, killing a woman"
    sentence = "The army said the enemy shelled forward posts and civilian areas."
    posts = claim(ARMY, "forward posts", "military", sentence=sentence)
    areas = claim(ARMY, "civilian areas", "civilian_site", sentence=sentence)
    house = claim(OFFICIALS, "house", "civilian_site", start=200)
    assert not paired(posts, areas, house)
    # counter-example: a site only named beside the combatants ("struck a command centre
    # inside the school") still disputes the school sheltering families
    inside = "The army said it struck a command centre inside the school."
    centre = claim(ARMY, "command centre", "military", sentence=inside)
    school = claim(ARMY, "school", "civilian_site", sentence=inside)
    families = claim(RESIDENT, "displaced families", "civilians", start=200)
    assert paired(centre, school, families)


# ------------------------------------------------------------ conflict.collateral (tolls)

def test_a_toll_joined_with_soldiers_dead_answers_no_combatant_account() -> None:
    # "six soldiers and three civilians have been killed", the ministry said; the group:
    # "our fighters hit an army position"
    sentence = "The ministry said six soldiers and three civilians have been killed."
    soldiers = claim(MINISTRY, "six soldiers", "military", rule="casualty.passive",
                     sentence=sentence)
    civilians = claim(MINISTRY, "three civilians", "civilians", rule="casualty.passive",
                      sentence=sentence)
    position = claim(FRONT, "army position", "military", attacker=FRONT, start=200)
    assert not paired(soldiers, civilians, position)
    # counter-example: the same tolls told in two sentences are not told in one breath
    # (a soldiers' toll alone tells no military target hit): the dispute stands
    apart_soldiers = claim(MINISTRY, "six soldiers", "military", rule="casualty.passive",
                           sentence="The ministry said six soldiers were killed.")
    apart_civilians = claim(MINISTRY, "three civilians", "civilians", start=100,
                            rule="casualty.passive",
                            sentence="Three civilians also died, the ministry said.")
    assert paired(apart_soldiers, apart_civilians, position)


# ------------------------------------------------------------ conflict.agreed_target

def test_a_toll_beside_a_target_both_sides_agree_on_is_no_dispute() -> None:
    # police: "the blast struck the checkpoint"; the group: "we attacked a checkpoint
    # manned by soldiers"; the ambulance service: "17 wounded people"
    police = Actor("nl.police", "police", "police", "NL", "nl")
    checkpoint = claim(police, "checkpoint", "military")
    claimed = claim(FRONT, "a checkpoint", "military", attacker=FRONT, start=100)
    wounded = claim(RESIDENT, "17 wounded people", "civilians", start=200,
                    rule="casualty.received_hurt")
    assert not paired(checkpoint, claimed, wounded)
    # the group's other combatant account of the attack goes with the agreed one
    troops = claim(FRONT, "15 troops", "military", attacker=FRONT, start=100,
                   rule="casualty.object")
    assert not paired(checkpoint, claimed, troops, wounded)
    # counter-example: a civilian site still disputes the agreed checkpoint
    bus = claim(RESIDENT, "minibus full of passengers", "civilian_site", start=200)
    assert paired(checkpoint, claimed, bus)


def test_two_armed_groups_named_apart_are_no_agreement() -> None:
    # the air force: "bandits"; community leaders: "a group of local vigilantes"; a youth
    # leader: "our own people" — the groups differ, so the toll still disputes
    bandits = claim(ARMY, "bandits", "armed_group", attacker=ARMY)
    vigilantes = claim(RESIDENT, "local vigilantes", "armed_group", start=100)
    people = claim(OTHER, "our own people", "civilians", start=200,
                   rule="copula.victims_pronoun")
    assert paired(bandits, vigilantes, people)


# ------------------------------------------------------------ incident.own_forces (troops)

def test_soldiers_fired_at_in_a_militarys_words_are_its_own() -> None:
    # the army: "the aircraft struck the squad after it opened fire at soldiers"; the
    # ministry across the border: "two men were killed"
    soldiers = Claim(ARMY, "asserts", Target("soldiers", "military"),
                     Evidence("a1", "Wire", "opened fire at soldiers", 0, 10), "strike",
                     None, TOWN, rule="hit.open_fire", own_target=True)
    men = claim(ENEMY, "two men", "civilians", start=200, rule="casualty.passive")
    assert apart(*cues([soldiers, men], DAY)) == "incident.own_forces"
    assert not paired(soldiers, men)
    # counter-example: "its positions" named with no attacker are not soldiers: no rule
    positions = Claim(ARMY, "asserts", Target("rocket launch sites", "military"),
                      Evidence("a1", "Wire", "its artillery hit rocket launch sites", 0, 10),
                      "strike", None, TOWN, rule="hit.object", own_target=True)
    assert apart(*cues([positions, men], DAY)) != "incident.own_forces"


def test_an_aim_told_with_what_was_hit_instead_is_no_account_of_the_hit() -> None:
    # the air force: "a strike aimed at insurgents mistakenly hit a fishing settlement";
    # a local official: "11 men were killed"
    sentence = "The air force said a strike aimed at insurgents mistakenly hit a settlement."
    aim = claim(ARMY, "insurgents", "armed_group", rule="hit.at", sentence=sentence)
    hit = claim(ARMY, "settlement", "civilian_site", sentence=sentence)
    men = claim(RESIDENT, "11 men", "civilians", start=200, rule="casualty.passive")
    assert not paired(aim, hit, men)
    # counter-example: an aim told alone still disputes the toll
    alone = claim(ARMY, "insurgents", "armed_group", rule="hit.at")
    assert paired(alone, men)
