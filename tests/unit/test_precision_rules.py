"""Precision rules of the conflict decision, with hand-built claims (no model): each rule
with an example it settles and a counter-example it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.domain.claims import same_place
from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Actor, Claim, Evidence, Place, Target

T0 = datetime(2030, 5, 4, 9, 0, tzinfo=UTC)
EAST = Actor("state.ea", "Eastland", "state", "EA", "ea")
EAST_MOD = Actor("ea.defence-ministry", "Eastland's defence ministry", "ministry", "EA", "ea")
WEST_AIR = Actor("we.air-force", "Westland's air force", "military", "WE", "we")
GOVERNOR = Actor("person.governor", "regional governor", "person", None, None)
RESIDENTS = Actor("source.residents", "residents", "source", None, None)
DIRECTOR = Actor("source.director", "hospital director", "official", None, None)
AGENCY = Actor("intl.agency", "maritime agency", "international_body", None, "intl.agency")
GROUP = Actor("group.hill", "Hill Front", "armed_group", None, "group.hill")
NAVY = Actor("state.us", "U.S. military", "state", "US", "us")
PORT = Place("Porton", 1, "WE", "01", kind="city")
MILLTOWN = Place("Milltown", 2, "WE", "05", kind="city")


def said(party: Actor, text: str, cls: str, at: int, *, place: Place | None = None,
         attacker: Actor | None = None, rule: str = "hit.object", actor_id: str | None = None,
         negated: bool = False, action: str = "strike") -> Claim:
    ev = Evidence("x1", "Wire", f"sentence {at}", at, at + 50, T0)
    return Claim(party, "asserts", Target(text, cls, actor_id), ev, action, attacker, place,
                 negated, rule)


def test_a_toll_its_party_says_were_fighters_answers_no_account() -> None:
    # mourning.identified_toll: "the bodies of three men were brought in ... they were
    # members of the Hill Front"
    claims = [said(EAST_MOD, "Hill Front fighters", "armed_group", 0, attacker=EAST_MOD,
                   actor_id=GROUP.id),
              said(DIRECTOR, "three men", "civilians", 100, rule="casualty.received_of"),
              said(DIRECTOR, "members of the Hill Front", "armed_group", 200,
                   rule="copula.victims_pronoun", actor_id=GROUP.id)]
    assert find_conflicts(claims) == []


def test_a_toll_its_party_says_were_civilians_stays_an_account() -> None:
    claims = [said(EAST_MOD, "Hill Front fighters", "armed_group", 0, attacker=EAST_MOD,
                   actor_id=GROUP.id),
              said(DIRECTOR, "three men", "civilians", 100, rule="casualty.received_of"),
              said(DIRECTOR, "farmers", "civilians", 200, rule="copula.victims_pronoun")]
    assert len(find_conflicts(claims)) == 2










PIJ = Actor("group.pij", "Islamic Jihad", "armed_group", None, "group.pij")
HEALTH = Actor("ps.health", "health ministry", "ministry", "PS", "group.hamas")


def _commander(own: bool) -> list[Claim]:
    toll = said(PIJ, "its commander", "armed_group", 100, rule="casualty.passive")
    toll = Claim(toll.party, toll.cue, toll.target, toll.evidence, toll.action, None, None,
                 False, toll.rule, own_target=own)
    return [said(EAST_MOD, "commander's hideout", "armed_group", 0, attacker=EAST_MOD),
            toll, said(HEALTH, "three people", "civilians", 200, rule="casualty.passive")]


def test_a_group_confirming_its_own_commander_dead_answers_the_toll() -> None:
    # mourning through own_target ("its commander was killed, the group said"), and the
    # one confirmed group owns the attacker's unnamed "commander's hideout"
    assert find_conflicts(_commander(own=True)) == []


def test_without_the_group_s_word_the_hideout_answers_the_toll() -> None:
    assert len(find_conflicts(_commander(own=False))) >= 1


def test_two_towns_of_one_province_far_apart_are_two_places() -> None:
    # place.far_apart: El Fasher and Kabkabiya, about 150 km apart in North Darfur
    fasher = Place("El Fasher", 10, "SD", "North Darfur", 13.63, 25.35, "city")
    kabkabiya = Place("Kabkabiya", 11, "SD", "North Darfur", 13.65, 24.08, "city")
    assert not same_place(fasher, kabkabiya)


def test_two_towns_of_one_province_close_together_may_be_one_place() -> None:
    fasher = Place("El Fasher", 10, "SD", "North Darfur", 13.63, 25.35, "city")
    tawila = Place("Tawila", 12, "SD", "North Darfur", 13.50, 24.97, "city")
    province = Place("North Darfur", 13, "SD", "North Darfur", 15.0, 25.0, "admin1")
    assert same_place(fasher, tawila) and same_place(fasher, province)


def test_unnamed_armed_men_are_not_the_army_that_pursued_them() -> None:
    # attacker.armed_men: the police's "gunmen killed 12 villagers" and the army's "troops
    # killed seven of the bandits" are two incidents
    gunmen = Actor("generic.armed-men", "gunmen", "armed_group")
    army = Actor("xx.army", "army", "military", "XX", "xx")
    claims = [said(GOVERNOR, "12 villagers", "civilians", 0, attacker=gunmen,
                   rule="casualty.object"),
              said(army, "seven of the bandits", "armed_group", 100, attacker=army,
                   rule="casualty.object")]
    assert find_conflicts(claims) == []


def test_unnamed_armed_men_may_be_the_group_that_claims_the_attack() -> None:
    gunmen = Actor("generic.armed-men", "militants", "armed_group")
    claims = [said(GOVERNOR, "bus", "civilian_site", 0, attacker=gunmen),
              said(GROUP, "army convoy", "military", 100, attacker=GROUP)]
    assert len(find_conflicts(claims)) == 1
