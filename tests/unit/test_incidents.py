"""Telling incidents apart within one article: each rule with an example (two accounts of
different incidents are not paired) and a counter-example (one incident still is)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.incidents import apart, cues, day_span
from pipeline.domain.models import Actor, Claim, Evidence, Place, Target

WEDNESDAY = datetime(2030, 5, 8, 12, 0, tzinfo=UTC)  # a Wednesday
ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
REBELS = Actor("group.nlf", "Northland Liberation Front", "armed_group", "NL", "group.nlf")
MEDICS = Actor("intl.msf", "Medecins Sans Frontieres", "international_body", None, "intl.msf")
RESIDENT = Actor("source.resident", "a resident", "source", None, None)
TOWN = Place("Riverton", 1, "NL", "07", kind="city")
OTHER_TOWN = Place("Hillview", 2, "NL", "11", kind="city")
REGION = Place("Riverland", 3, "NL", "07", kind="admin1")


def claim(party: Actor, text: str, cls: str, *, start: int = 0, sentence: str = "",
          place: Place | None = TOWN, attacker: Actor | None = ARMY,
          days: tuple[str, ...] = (), own: bool = False, article: str = "a1") -> Claim:
    ev = Evidence(article, "Wire", sentence or f"{party.name} on {text}", start, start + 10)
    return Claim(party, "asserts", Target(text, cls), ev, "strike", attacker, place,
                 days=days, own_target=own)


def paired(*claims: Claim) -> bool:
    return bool(find_conflicts(claims, published=WEDNESDAY))


def rule(a: Claim, b: Claim, *others: Claim) -> str | None:
    """The rule that tells ``a`` from ``b`` (``others``: the rest of the article)."""
    told = cues([a, b, *others], WEDNESDAY)
    return apart(told[0], told[1])


# ------------------------------------------------------------------ own forces

def test_a_report_of_an_attack_on_its_own_positions_answers_no_civilian_account() -> None:
    # "the army said it repelled a rebel attack on its positions" / medics: a wedding hit
    army = claim(ARMY, "its positions", "military", attacker=REBELS, own=True, start=100)
    medics = claim(MEDICS, "wedding celebration", "civilians", attacker=None)
    assert rule(army, medics) == "incident.own_forces"
    assert not paired(army, medics)


def test_the_fighting_in_the_same_sentence_goes_with_the_defence() -> None:
    # "... repelled an attack on their positions and killed several rebels"
    held = claim(ARMY, "their positions", "military", attacker=REBELS, own=True, start=100)
    killed = claim(ARMY, "several rebels", "armed_group", start=100)
    market = claim(REBELS, "market", "civilian_site")
    assert not paired(held, killed, market)


def test_an_attacker_naming_the_enemy_positions_it_hit_is_still_disputed() -> None:
    # counter-example: the rebels say they attacked army positions ("the army's
    # positions", not their own); residents say the attack hit homes
    rebels = claim(REBELS, "army positions", "military", attacker=REBELS)
    homes = claim(RESIDENT, "homes", "civilian_site", attacker=REBELS, start=100)
    assert rule(rebels, homes) is None
    assert paired(rebels, homes)


def test_own_positions_hit_by_its_own_side_are_no_defence() -> None:
    own_fire = claim(ARMY, "its positions", "military", attacker=ARMY, own=True, start=100)
    medics = claim(MEDICS, "a clinic", "civilian_site", attacker=None)
    assert rule(own_fire, medics) is None


SOUTH_ARMY = Actor("sl.military", "Southland army", "military", "SL", "sl")
SOUTH_AGENCY = Actor("sl.agency", "Southland news agency", "media", "SL", "sl")
SOUTH_VILLAGE = Place("Brookfield", 4, "SL", "02", kind="city")


def test_army_posts_at_home_hit_by_the_other_side_are_its_own_forces() -> None:
    # incident.own_side_hit: "Southland troops opened fire, shelling forward posts near
    # Riverton", the Northland army said / a Southland official: a house in Brookfield
    posts = claim(ARMY, "forward posts", "military", attacker=SOUTH_ARMY, start=100)
    house = claim(RESIDENT, "house", "civilian_site", attacker=None, place=None)
    assert rule(posts, house) == "incident.own_forces"
    assert not paired(posts, house)


def test_an_armed_group_struck_at_home_is_the_armys_own_strike() -> None:
    # counter-example (a domestic insurgency): "the army said rebels attacked; its jets
    # then struck rebel hideouts near Riverton" / residents: a school in Riverton
    hideouts = claim(ARMY, "rebel hideouts", "armed_group", attacker=ARMY, start=100)
    school = claim(RESIDENT, "school", "civilian_site", attacker=None)
    assert rule(hideouts, school) is None
    assert paired(hideouts, school)
    # nor are posts a party of no country says another hit (a unit the gazetteer lacks:
    # "the ground forces of the Guards" on the Guards' strike, placed at home by mistake)
    unit = Actor("org.ground-forces", "ground forces of the Guards", "military", None,
                 "org.ground-forces")
    depots = claim(unit, "weapons depots", "military", attacker=SOUTH_ARMY, start=100)
    assert rule(depots, school) != "incident.own_forces"
    # nor is a party's attack on the other side's posts abroad its own forces hit
    abroad = claim(ARMY, "army posts", "military", attacker=SOUTH_ARMY, start=100,
                   place=SOUTH_VILLAGE)
    assert rule(abroad, school) != "incident.own_forces"


def test_a_post_at_home_fired_at_by_no_named_attacker_is_no_own_strike() -> None:
    # "missiles had been fired at a military post near Riverton and one soldier was
    # wounded", the Northland army said, which also said its drones struck a cell in
    # Brookfield / the Southland agency: a market hit
    post = claim(ARMY, "military post", "military", attacker=None, start=100)
    soldier = claim(ARMY, "one soldier", "military", attacker=None, start=100)
    soldier = replace(soldier, rule="casualty.passive")
    cell = claim(ARMY, "cell", "armed_group", start=200, place=SOUTH_VILLAGE)
    market = claim(SOUTH_AGENCY, "market", "civilian_site", attacker=None, start=300,
                   place=None)
    assert rule(post, market, cell, soldier) == "incident.own_forces"
    # counter-examples: the same post in the other side's country is the army's own
    # strike, and so is a post at home when the army counts no soldiers of its own hurt
    there = claim(ARMY, "military post", "military", attacker=None, start=100,
                  place=SOUTH_VILLAGE)
    assert rule(there, market, cell, soldier) is None
    assert paired(there, market, cell, soldier)
    assert rule(post, market, cell) is None


def test_a_partys_one_attacker_in_a_sentence_is_the_attacker_of_its_other_accounts(
        ) -> None:
    # incident.sentence_attacker: "Northland shells fell on Brookfield, setting fire to
    # orchards", the Southland agency said / the rebels: they fired at army positions
    fell = replace(claim(SOUTH_AGENCY, "outskirts of Brookfield", "unknown", start=300,
                         place=SOUTH_VILLAGE), rule="hit.impact")
    orchards = claim(SOUTH_AGENCY, "orchards", "civilian_site", attacker=None, start=300,
                     place=None)
    positions = claim(REBELS, "army positions", "military", attacker=REBELS, place=None)
    assert rule(orchards, positions, fell) == "incident.attacker"
    assert not paired(orchards, positions, fell)
    # counter-example: a sentence naming attackers of two sides gives neither
    blamed = replace(claim(SOUTH_AGENCY, "rebel fire", "unknown", start=300,
                           attacker=REBELS, place=None), rule="hit.object")
    assert rule(orchards, positions, fell, blamed) is None
    assert paired(orchards, positions, fell, blamed)
    # nor does what the party calls the strike name its attacker ("the agency called
    # the shelling a terrorist attack": the parse gives the calling to the agency)
    called = replace(fell, rule="copula.called")
    assert rule(orchards, positions, called) is None


def test_a_denial_beside_the_partys_own_interception_keeps_no_attacker() -> None:
    # the navy "destroyed six drones heading for the port ... there is no damage to the
    # fleet's ships" / the other side: its drones struck a minesweeper of the fleet
    destroyed = replace(claim(ARMY, "six drones", "civilian_site", attacker=ARMY, start=300,
                              place=None), rule="hit.object")
    denial = replace(claim(ARMY, "damage to ships of the fleet", "unknown", attacker=None,
                           start=300, place=None), action="miss")
    struck = claim(REBELS, "the fleet", "military", attacker=REBELS, place=None)
    assert rule(denial, struck, destroyed) is None
    assert paired(denial, struck, destroyed)


def test_a_militarys_soldiers_hurt_by_no_named_attacker_are_its_own_forces() -> None:
    # incident.own_soldiers: "a soldier was wounded and its units suppressed firing
    # points", the Northland defence ministry said / Southland: Northland fire hit a school
    ministry = Actor("nl.mod", "Northland defence ministry", "ministry", "NL", "nl")
    soldier = replace(claim(ministry, "soldier", "military", attacker=None, start=100,
                            place=None), rule="casualty.passive")
    school = claim(SOUTH_AGENCY, "school", "civilian_site", attacker=ARMY, start=300,
                   place=SOUTH_VILLAGE)
    assert rule(soldier, school) == "incident.own_forces"
    assert not paired(soldier, school)
    # counter-examples: soldiers its own strike killed, and soldiers a health ministry
    # counts, are still compared
    struck = replace(soldier, attacker=ministry)
    assert rule(struck, school) is None
    health = Actor("nl.health", "Northland health ministry", "ministry", "NL", "nl")
    counted = replace(claim(health, "soldier", "military", attacker=None, start=100,
                            place=None), rule="casualty.passive")
    assert rule(counted, school) is None


# ------------------------------------------------------------------ place

def test_a_place_given_in_the_same_sentence_places_the_unplaced_victims() -> None:
    # "elders said the strike hit a farm outside Jilib and killed six farmers" against
    # "the group claimed a bombing at a base in Mogadishu"
    farm = claim(RESIDENT, "farm", "civilian_site", attacker=None, start=50)
    farmers = claim(RESIDENT, "six farmers", "civilians", attacker=None, start=50, place=None)
    base = claim(REBELS, "military base", "military", attacker=None, start=200,
                 place=OTHER_TOWN)
    assert rule(farmers, base, farm) == "incident.place"
    assert not paired(farm, farmers, base)


def test_an_inherited_place_inside_the_other_keeps_them_together() -> None:
    # counter-example: the region contains the town
    town = claim(RESIDENT, "market", "civilian_site", attacker=None, start=50)
    victims = claim(RESIDENT, "nine people", "civilians", attacker=None, start=50, place=None)
    army = claim(ARMY, "rebel positions", "armed_group", start=200, place=REGION)
    assert rule(victims, army, town) is None
    assert paired(town, victims, army)


def test_a_region_known_only_by_name_does_not_separate_an_inherited_place() -> None:
    vague = Place("Upper Valley", None, "NL", None, kind="region")
    town = claim(RESIDENT, "city", "civilian_site", attacker=None, start=50)
    victims = claim(RESIDENT, "two civilians", "civilians", attacker=None, start=50,
                    place=None)
    army = claim(ARMY, "firing positions", "military", start=200, place=vague)
    assert rule(victims, army, town) is None


def test_places_in_two_states_separate_an_inherited_place() -> None:
    # a region known by name alone in one state holds no town of another
    vague = Place("Upper Valley", None, "NL", None, kind="region")
    abroad = Place("Southgate", 9, "SL", "02", kind="city")
    town = claim(RESIDENT, "two homes", "civilian_site", attacker=None, start=50,
                 place=abroad)
    victims = claim(RESIDENT, "a woman", "civilians", attacker=None, start=50, place=None)
    army = claim(ARMY, "militants", "armed_group", start=200, place=vague)
    assert rule(victims, army, town) == "incident.place"


# ------------------------------------------------------------------ day

def test_accounts_two_days_apart_are_two_strikes() -> None:
    launcher = claim(ARMY, "rocket launcher", "armed_group", days=("Monday",))
    brothers = claim(MEDICS, "two brothers", "civilians", days=("Wednesday",), start=100)
    assert rule(launcher, brothers) == "incident.day"
    assert not paired(launcher, brothers)


def test_one_night_told_as_two_days_is_one_strike() -> None:
    # counter-example: "on Monday night" and "early on Tuesday"
    sites = claim(ARMY, "command sites", "armed_group", days=("early on Tuesday",))
    centre = claim(MEDICS, "detention centre", "civilian_site", days=("Monday night",),
                   start=100)
    assert rule(sites, centre) is None
    assert paired(sites, centre)


def test_last_week_against_a_day_of_this_week() -> None:
    boats = claim(ARMY, "boats", "civilian_site", days=("Monday",))
    base = claim(REBELS, "military base", "military", days=("last week",), attacker=None,
                 start=100)
    assert rule(boats, base) == "incident.day"


def test_a_sentence_without_a_day_takes_its_partys_day_in_that_sentence() -> None:
    homes = claim(RESIDENT, "homes", "civilian_site", attacker=None, days=("Tuesday",),
                  start=40)
    children = claim(RESIDENT, "nine children", "civilians", attacker=None, start=40)
    checkpoint = claim(REBELS, "checkpoint", "military", attacker=None, days=("Saturday",),
                       start=200)
    assert rule(children, checkpoint, homes) == "incident.day"
    assert rule(children, checkpoint) is None  # without the sentence's day


def test_accounts_without_days_or_in_other_articles_are_not_separated_by_day() -> None:
    a = claim(ARMY, "depot", "armed_group", days=("Monday",))
    b = claim(MEDICS, "clinic", "civilian_site", start=100)
    c = claim(MEDICS, "clinic", "civilian_site", days=("Friday",), article="a2")
    assert rule(a, b) is None
    assert rule(a, c) is None


@pytest.mark.parametrize(("text", "span"), [
    ("Monday", (2, 2)),
    ("Wednesday", (0, 0)),
    ("Friday last week", (5, 5)),
    ("last week", (3, 9)),
    ("yesterday", (1, 1)),
    ("overnight", (0, 1)),
    ("the previous 24 hours", (0, 1)),
    ("May 3", (5, 5)),
    ("3 May", (5, 5)),
    ("12-year-old", None),
    ("that day", None),
])
def test_day_phrases_as_days_before_the_article(text: str, span: tuple[int, int] | None
                                                ) -> None:
    assert day_span(text, date(2030, 5, 8))[0] == span


def test_without_the_articles_date_only_weekdays_compare() -> None:
    assert day_span("Monday night", None) == (None, 0, True)
    assert day_span("last week", None) == (None, None, False)
    monday = claim(ARMY, "depot", "armed_group", days=("Monday",))
    friday = claim(MEDICS, "clinic", "civilian_site", days=("Friday",), start=100)
    ca, cb = cues([monday, friday])
    assert apart(ca, cb) == "incident.day"


# ------------------------------------------------------------------ roundup

ROUNDUP = ("The defence ministry said in its daily report that its forces had struck troop "
           "concentrations in the region")


def test_a_daily_summary_placed_in_a_region_is_not_the_strike_on_one_town() -> None:
    summary = claim(ARMY, "troop concentrations", "military", sentence=ROUNDUP,
                    place=REGION, start=300)
    market = claim(RESIDENT, "market", "civilian_site", attacker=None)
    victims = claim(RESIDENT, "civilians", "civilians", attacker=None, place=None,
                    start=100)
    assert rule(summary, market) == "incident.roundup"
    assert rule(summary, victims) == "incident.roundup"
    assert not paired(summary, market, victims)


def test_a_summary_that_names_the_town_still_answers_its_strike() -> None:
    # counter-example: "said in its daily briefing that it struck the prison at X"
    summary = claim(ARMY, "militants' barracks", "armed_group", sentence=ROUNDUP,
                    place=TOWN, start=300)
    market = claim(RESIDENT, "prison dormitory", "civilian_site", attacker=None)
    assert rule(summary, market) is None
    assert paired(summary, market)


def test_an_account_of_one_strike_in_a_region_is_no_summary() -> None:
    one = claim(ARMY, "troop concentrations", "military", place=REGION, start=300,
                sentence="The ministry said its forces struck troop concentrations")
    market = claim(RESIDENT, "market", "civilian_site", attacker=None)
    assert rule(one, market) is None


def test_an_events_struck_places_tell_a_summary_from_one_towns_strike() -> None:
    # in an event the claims' own places are set aside; the places it filed them under
    # still tell the summary from the market strike
    summary = claim(ARMY, "troop concentrations", "military", sentence=ROUNDUP, place=None,
                    start=300)
    market = claim(RESIDENT, "market", "civilian_site", attacker=None, place=None)
    assert find_conflicts([summary, market], published=WEDNESDAY)
    assert not find_conflicts([summary, market], published=WEDNESDAY, struck=[REGION, TOWN])
    assert find_conflicts([summary, market], published=WEDNESDAY, struck=[TOWN, TOWN])


def test_a_denial_answered_only_by_an_account_of_another_incident_is_bare() -> None:
    # "a missile struck an apartment block, killing four residents ... there were no
    # soldiers in the building", against a depot hit in another country that day: the
    # residents (placed by their sentence) answer the town's strike, not the depot's
    abroad = Place("Border City", 9, "SL", "01", kind="city")
    other = Actor("sl.official", "a Southland governor", "official", "SL", "sl")
    base = claim(RESIDENT, "no soldiers", "military", attacker=None, place=None, start=300)
    no_soldiers = Claim(base.party, "asserts", base.target, base.evidence, "use", None,
                        None, negated=True)
    block = claim(RESIDENT, "apartment block", "civilian_site", attacker=None)
    residents = claim(RESIDENT, "four residents", "civilians", attacker=None, place=None)
    depot = claim(other, "oil depot", "military", attacker=None, place=abroad, start=500)
    assert not find_conflicts([no_soldiers, block, residents, depot], published=WEDNESDAY)
    # counter-example: the same denial against an account of the town's own strike
    army = claim(ARMY, "troop deployment", "military", attacker=None, start=500)
    reasons = {(p.first.target.text, p.second.target.text, p.reason)
               for p in find_conflicts([no_soldiers, block, residents, army],
                                       published=WEDNESDAY)}
    assert ("no soldiers", "troop deployment", "contrast") in reasons


# ------------------------------------------------------------------ separate incidents

def test_an_account_set_apart_with_a_day_of_its_own_is_another_incident() -> None:
    # "The army said it destroyed a rebel supply column." ... "Separately, a shepherd
    # and his son were hurt on Monday when a shell fell near their flock, a nurse said."
    column = claim(ARMY, "rebel supply column", "armed_group", start=0)
    shepherds = claim(MEDICS, "a shepherd and his son", "civilians", attacker=None,
                      days=("Monday",), start=300,
                      sentence="Separately, a shepherd and his son were hurt on Monday "
                               "when a shell fell near their flock, a nurse said.")
    assert rule(column, shepherds) == "incident.separate"
    assert rule(shepherds, column) == "incident.separate"  # whichever comes first in the list
    assert not paired(column, shepherds)


def test_a_speaker_who_reports_separately_with_a_day_sets_the_account_apart() -> None:
    # "The army said it destroyed a depot near Riverton." ... "The governor reported
    # separately that shelling had killed two civilians in Hillview on Monday."
    depot = claim(ARMY, "depot", "military", start=0)
    civilians = claim(RESIDENT, "two civilians", "civilians", attacker=None,
                      days=("Monday",), start=300,
                      sentence="The governor reported separately that shelling had "
                               "killed two civilians on Monday.")
    assert rule(depot, civilians) == "incident.separate"
    # counter-example: "separately" without a day or distance of its own
    undated = claim(RESIDENT, "two civilians", "civilians", attacker=None, start=300,
                    sentence="The governor reported separately that shelling had killed "
                             "two civilians.")
    assert rule(depot, undated) is None


def test_a_sentence_opening_hours_later_is_another_incident() -> None:
    # "Blasts hit the airport, killing 22 people, officials said." ... "Hours later a
    # drone was shot down as it approached the palace, the army said."
    dead = claim(RESIDENT, "22 people", "civilians", attacker=None, start=0)
    drone = claim(ARMY, "drone", "unknown", attacker=None, start=300,
                  sentence="Hours later a drone was shot down as it approached the "
                           "palace, the army said.")
    assert rule(dead, drone) == "incident.separate"
    # counter-example: "later" inside the sentence is no opening time of its own
    inside = claim(ARMY, "drone", "unknown", attacker=None, start=300,
                   sentence="The army said later that a drone was shot down.")
    assert rule(dead, inside) is None


def test_the_sentence_after_one_set_apart_goes_on_with_its_incident() -> None:
    # "The army said it destroyed a rebel supply column." ... "Separately, the governor
    # accused the rebels of shelling Hillview on Monday. Police said shells landed on two
    # homes."
    column = claim(ARMY, "rebel supply column", "armed_group", start=0)
    shelling = claim(RESIDENT, "Hillview", "unknown", attacker=None, days=("Monday",),
                     start=300, sentence="Separately, the governor accused the rebels of "
                                         "shelling Hillview on Monday.")
    homes = claim(RESIDENT, "two homes", "civilian_site", attacker=None, start=311,
                  sentence="Police said shells landed on two homes.")
    assert rule(column, homes, shelling) == "incident.separate"
    # counter-example: after a paragraph break the account is not carried on
    later = replace(homes, evidence=replace(homes.evidence, start=330, end=340))
    assert rule(column, later, shelling) is None


def test_the_sentence_after_one_dated_days_back_goes_on_with_that_strike() -> None:
    # "A strike on Wednesday killed a family of five, a resident said." ... "Last week, a
    # strike on a house killed five people. The army said rebels had stored weapons in
    # the house."
    house = claim(RESIDENT, "house", "civilian_site", attacker=None, days=("last week",),
                  start=300, sentence="Last week, a strike on a house killed five people.")
    stored = claim(ARMY, "rebels", "armed_group", start=311,
                   sentence="The army said rebels had stored weapons in the house.")
    mayor = claim(RESIDENT, "family of five", "civilians", attacker=None, start=0,
                  days=("Wednesday",))
    assert rule(mayor, stored, house) == "incident.day"
    # counter-example: a sentence dated today is the day of the strike told: the next
    # sentence is not set apart from the lead by it
    today = claim(RESIDENT, "house", "civilian_site", attacker=None, days=("Wednesday",),
                  start=300, sentence="On Wednesday, a strike on a house killed five.")
    assert rule(mayor, stored, today) is None


def test_a_distance_between_them_sets_an_account_apart() -> None:
    raid = claim(ARMY, "insurgent hideout", "armed_group", start=0)
    wedding = claim(RESIDENT, "wedding guests", "civilians", attacker=None, start=220,
                    sentence="In a separate incident some 60 km away, residents said "
                             "drones hit wedding guests.")
    assert rule(raid, wedding) == "incident.separate"


def test_the_marker_alone_does_not_set_apart_the_other_side_of_one_strike() -> None:
    # counter-examples: "Separately, the army told reporters its jets had killed dozens
    # of fighters" (no day or distance of its own) answers the villagers' wedding account;
    # and an account set apart but dated the same day as the first is not told apart
    wedding = claim(RESIDENT, "wedding guests", "civilians", attacker=None, start=0)
    fighters = claim(ARMY, "dozens of fighters", "armed_group", start=200,
                     sentence="Separately, the army told reporters its jets had killed "
                              "dozens of fighters.")
    assert rule(wedding, fighters) is None
    assert paired(wedding, fighters)
    monday = claim(RESIDENT, "wedding guests", "civilians", attacker=None, days=("Monday",))
    same_day = claim(ARMY, "dozens of fighters", "armed_group", days=("Monday",), start=200,
                     sentence="Separately, the army said its jets killed dozens of fighters "
                              "on Monday.")
    assert rule(monday, same_day) is None


def test_an_account_set_apart_sets_apart_only_what_was_told_before_it() -> None:
    # counter-example: the dated account set apart comes first; the one after it is not
    # said to be another incident
    shepherds = claim(MEDICS, "a shepherd and his son", "civilians", attacker=None,
                      days=("Monday",), start=0,
                      sentence="Separately, a shepherd and his son were hurt on Monday.")
    column = claim(ARMY, "rebel supply column", "armed_group", start=300)
    assert rule(shepherds, column) is None


# ------------------------------------------------------------------ the sentence before

def test_an_unplaced_quote_takes_the_place_of_the_sentence_before_it_in_its_paragraph(
        ) -> None:
    # "Farmers said the shells hit an orchard outside Riverton. 'They were pickers, not
    # gunmen,' one farmer said." ... "The rebels said last week they blew up a base in
    # Hillview."
    orchard = claim(RESIDENT, "orchard", "civilian_site", start=0, attacker=None)
    orchard = _spanning(orchard, 0, 60)
    pickers = _spanning(claim(MEDICS, "pickers", "civilians", place=None, attacker=None),
                        61, 100)
    base = _spanning(claim(REBELS, "army base", "military", place=OTHER_TOWN, attacker=None),
                     300, 360)
    assert rule(pickers, base, orchard) == "incident.place"
    # counter-examples: across a paragraph break ("\n\n") the quote keeps no place, and
    # a quote that names its own day keeps to its own sentence
    apart_para = _spanning(claim(MEDICS, "pickers", "civilians", place=None, attacker=None),
                           62, 100)
    assert rule(apart_para, base, orchard) is None
    dated = _spanning(claim(MEDICS, "pickers", "civilians", place=None, attacker=None,
                            days=("Tuesday",)), 61, 100)
    assert rule(dated, base, orchard) is None


def _spanning(c: Claim, start: int, end: int) -> Claim:
    from dataclasses import replace
    return replace(c, evidence=replace(c.evidence, start=start, end=end))
