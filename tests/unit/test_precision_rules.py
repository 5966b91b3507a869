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


def test_a_party_that_names_the_military_target_concedes_it() -> None:
    # conflict.concedes: "the missiles hit a military facility and damaged 14 houses"
    claims = [said(EAST_MOD, "airfield", "military", 0, attacker=EAST_MOD),
              said(GOVERNOR, "military facility", "military", 100),
              said(GOVERNOR, "roofs of 14 private houses", "civilian_site", 100)]
    assert find_conflicts(claims) == []


def test_another_party_with_only_the_houses_still_answers_the_attacker() -> None:
    claims = [said(EAST_MOD, "airfield", "military", 0, attacker=EAST_MOD),
              said(GOVERNOR, "military facility", "military", 100),
              said(RESIDENTS, "houses", "civilian_site", 200)]
    assert (EAST_MOD.id, RESIDENTS.id) in {(p.first.party.id, p.second.party.id)
                                           for p in find_conflicts(claims)}


def test_an_attacker_s_word_for_the_dead_concedes_no_civilians() -> None:
    # only a combatant target is conceded: "the men who were neutralised" is no admission
    claims = [said(EAST_MOD, "armed terrorist group", "armed_group", 0, attacker=EAST_MOD),
              said(EAST_MOD, "men", "civilians", 100, rule="hit.passive"),
              said(RESIDENTS, "men at a wedding", "civilians", 200)]
    assert {(p.first.party.id, p.second.party.id) for p in find_conflicts(claims)} == {
        (EAST_MOD.id, RESIDENTS.id)}


def test_the_party_s_own_forces_hit_concede_nothing() -> None:
    claims = [said(EAST_MOD, "oil tanker", "civilian_site", 0, attacker=GROUP),
              said(EAST_MOD, "the coalition", "military", 0, attacker=GROUP,
                   actor_id=EAST_MOD.id),
              said(GROUP, "battleship", "military", 100, attacker=GROUP)]
    assert len(find_conflicts(claims)) == 1


def test_an_unplaced_account_takes_its_party_s_earlier_place() -> None:
    # incident.party_place: "killed three people at a bus stop in Porton ... killing two
    # women and a man", against the attacker's report of a depot in Milltown
    claims = [said(GOVERNOR, "three people", "civilians", 0, place=PORT, rule="casualty.object"),
              said(GOVERNOR, "two women", "civilians", 300, rule="casualty.object"),
              said(EAST_MOD, "army fuel depot", "military", 600, place=MILLTOWN,
                   attacker=EAST_MOD)]
    assert find_conflicts(claims) == []


def test_an_unplaced_account_of_a_party_with_no_place_is_compared() -> None:
    claims = [said(GOVERNOR, "two women", "civilians", 300, rule="casualty.object"),
              said(EAST_MOD, "army fuel depot", "military", 600, place=MILLTOWN,
                   attacker=EAST_MOD)]
    assert len(find_conflicts(claims)) == 1


def test_an_account_with_no_attacker_takes_the_one_its_agreeing_accounts_name() -> None:
    # incident.agreeing_attacker: the group says it attacked a cargo ship at Porton, the
    # agency that a vessel was hit there; the U.S. strike on the group's boats is another
    # incident
    claims = [said(GROUP, "bulk carrier", "civilian_site", 0, place=PORT, attacker=GROUP),
              said(AGENCY, "vessel", "civilian_site", 100, place=PORT),
              said(NAVY, "drone boats", "armed_group", 200, attacker=NAVY,
                   actor_id=GROUP.id)]
    assert find_conflicts(claims) == []


def test_accounts_that_name_attackers_of_two_sides_hand_on_none() -> None:
    claims = [said(GROUP, "bulk carrier", "civilian_site", 0, place=PORT, attacker=GROUP),
              said(WEST_AIR, "ferry", "civilian_site", 50, place=PORT, attacker=EAST),
              said(AGENCY, "vessel", "civilian_site", 100, place=PORT),
              said(NAVY, "drone boats", "armed_group", 200, attacker=NAVY,
                   actor_id=GROUP.id)]
    assert any(p.first.party.id == AGENCY.id or p.second.party.id == AGENCY.id
               for p in find_conflicts(claims))


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


def test_a_party_s_other_words_for_the_target_name_its_attacker() -> None:
    # the agency's "the ship was struck 66 nautical miles off Milltown" is its "vessel hit
    # at Porton", which took the group as attacker, wherever the gazetteer puts the two
    claims = [said(GROUP, "bulk carrier", "civilian_site", 0, place=PORT, attacker=GROUP),
              said(AGENCY, "vessel", "civilian_site", 100, place=PORT),
              said(AGENCY, "ship", "civilian_site", 150, place=MILLTOWN),
              said(NAVY, "drone boats", "armed_group", 200, attacker=NAVY,
                   actor_id=GROUP.id)]
    assert find_conflicts(claims) == []


def test_a_party_s_word_for_another_kind_of_target_names_no_attacker() -> None:
    claims = [said(GROUP, "bulk carrier", "civilian_site", 0, place=PORT, attacker=GROUP),
              said(AGENCY, "vessel", "civilian_site", 100, place=PORT),
              said(AGENCY, "crew", "military", 150, place=MILLTOWN),
              said(RESIDENTS, "fishermen", "civilians", 200)]
    assert any(AGENCY.id in (p.first.party.id, p.second.party.id)
               for p in find_conflicts(claims))


def test_what_was_hit_instead_of_the_aim_is_no_concession() -> None:
    aimed = Evidence("x1", "Wire", "Russia targeted the airfield but the missile hit a "
                                   "residential building instead", 100, 180, T0)
    claims = [said(EAST_MOD, "airfield", "military", 0, attacker=EAST_MOD),
              Claim(GOVERNOR, "asserts", Target("airfield", "military"), aimed, "strike",
                    EAST, None, False, "hit.object"),
              Claim(GOVERNOR, "asserts", Target("residential building", "civilian_site"),
                    aimed, "strike", EAST, None, False, "hit.object")]
    assert len(find_conflicts(claims)) == 1


def test_a_party_s_own_wounded_fighters_concede_nothing() -> None:
    claims = [said(EAST_MOD, "Hill Front positions", "armed_group", 0, attacker=EAST_MOD,
                   actor_id=GROUP.id),
              said(GROUP, "main market", "civilian_site", 100),
              said(GROUP, "20 civilians", "civilians", 100, rule="casualty.object"),
              said(GROUP, "fighters", "armed_group", 100, rule="casualty.object")]
    assert {p.second.target.text for p in find_conflicts(claims)} == {"main market",
                                                                      "20 civilians"}


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
