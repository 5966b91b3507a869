"""Denials, tallies and named speakers, each beside a sentence where the rule must not
apply.

- Fighters: "a deliberate strike on villagers carried out with imported weapons" tells
  how the strike was made, and the villagers stay civilians (the participle the parse
  hangs on them: :func:`_strike_carried_out`); "villagers carrying weapons" and "the
  elements who planned and carried out the attack" are fighters.
- Plans: "accused him of drawing up plans to attack diplomats", "a plot to bomb the
  port" tell no strike (an intent noun, :func:`_intent_noun`); "the crowd made a bid to
  storm the office" and "its jets attacked the depot" do.
- Two fires: one state's word that its border post was hit and the other state's word
  that "the enemy" targeted a car, a side whose other account names the first as
  striker, are two fires (``conflict.opposite_fires`` with the car's incident cues);
  the second state's word of militants it struck there disputes the car.
- Tolls added: "a soldier was also killed", the police chief said, beside a group's
  attack that killed civilians, is a share of the dead (``conflict.own_losses``); told
  without "also" it disputes.
- Own operations denied: "there were no air operations by the alliance", said by the
  alliance's spokesman, and a force's "carried out no strikes", even of a strike told as
  its own, are bare denials of its own strike (``conflict.own_strike_denied``); a
  ministry's word that no air operation took place, or none by the alliance, disputes
  a wedding hit.
- Spared teams: "the embassy team was safe" denies no toll of civilians, told as "the
  victims were mostly civilians" (``conflict.spared_others``); an embassy said intact
  disputes the embassy said hit.
- Named among the dead: the civil side's "Selo and a nephew were among those killed",
  after the army's word that it struck Selo, a group member, is no dispute; a boy and
  his mother among the dead, with Selo unnamed, dispute.
- Datelines: "Kessa - The Alliance for Northern Relief said", read by the recogniser as
  one name across the dash, is the alliance's (:func:`_glued_name`); a name with an
  unspaced hyphen is kept whole.
- Hospitals: "the hospital said" after "the Velt Trauma Centre" was named is the centre
  speaking (:func:`_care_named_before`); a hospital never named stays "hospital".
- Vehicle bombs: a bomb hidden in a van that blew up tells no site used
  (``use.vehicle_bomb``); explosives hidden in a school do.
- Places: a capital a reporting clause hangs on ("an explanation from Abuja, which said
  ...") speaks and is no place of the strike; "militants behind a rocket attack on the
  port of Marel" were not hit in Marel (:func:`_in_attack_behind`); "militants in Marel"
  and "fighters in Marel, which lies near the border" were.
- Own men: "They were our soldiers," a minister said, are the speaker's own; "our
  checkpoint" in an official's words and bare "soldiers" are not.
- Commentators: "military analysts" are no party (``reject.commentator``); "an
  independent analyst, Arno Tara" and "an analyst" are.
- Counts of the hurt: six people "injured", beside a second fighter who died, do not
  dispute the army's account (:func:`_wounded_only`); six killed do.
- Forces also hit: a militiaman's "a guard was also wounded in a raid on an army
  checkpoint" disputes no wedding hit (``conflict.also_hit``); the army's own "its jets
  also struck a rebel post" does.
- Federal bodies: "the federal government's press office" after "Northland authorities"
  is no office of Northland's; "the government's press office" is.
- Sides unknown: a federal body of no known side that says a named army targeted only
  military sites disputes a hospital director's toll (``conflict.one_enemy_fire`` needs
  a side); a state ministry's word of enemy fire on its positions does not.
- No sign: "we saw no sign Hamas was in the tower" negates the presence
  (``neg.no_sign_clause``) and disputes the army's word of Hamas's weapons there;
  "every indication" does not negate.
- Quoted relatives: 'strikes near Velt that "targeted ISIL gunmen and trucks"' are
  strikes on them (``parse.relative_quoted``); "patrols ... that" are left alone.

Conflicts are read as the runner reads them (:func:`article_conflict` with the group
hierarchy). Team-written sentences, parsed with the real model (``slow``); people,
groups and towns are invented (some invented towns resolve to a gazetteer place by
their spelling); the states, capitals and bodies the rules must know are real.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import (
    _also_hit,
    _one_enemy_fire,
    _opposite_fires,
    _own_losses,
    _own_operations_denied,
    _things_not_people,
    _wounded_only,
)
from pipeline.domain.incidents import cues
from pipeline.domain.models import Claim
from pipeline.nlp.claims import relatives_taken_for_modifiers
from pipeline.nlp.party_rules import _glued_name
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import parsed
from tests.unit.test_lists_tolls_places_and_admissions import (
    PUBLISHED,
    _conflict,
    _disputes,
    _said,
)

slow = pytest.mark.slow

def _classes(claims: list[Claim]) -> dict[str, str]:
    return {c.target.text: c.target.target_class for c in claims}


def _pick(claims: list[Claim], text: str) -> Claim:
    (found,) = [c for c in claims if c.target.text == text]
    return found


# ------------------------------------------------------------------ the strike's participle


@slow
def test_a_strike_carried_out_with_weapons_leaves_the_villagers_civilians(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, '"It was a deliberate strike on villagers carried out '
                                       'with imported weapons," the ministry said.')
    assert _classes(claims) == {"villagers": "civilians"}, _classes(claims)


@slow
def test_counter_example_people_who_carry_arms_or_carried_out_an_attack_fight(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The ministry said the army struck villagers carrying "
                                       "weapons.")
    assert _classes(claims).get("villagers") == "armed_group", _classes(claims)
    claims = _analysed(real_extractor, "The army said the raid targeted the elements who "
                                       "planned and carried out the attack on the Pelan "
                                       "market.")
    assert _classes(claims).get("elements") == "armed_group", _classes(claims)


# ------------------------------------------------------------------ plans and plots


@slow
@pytest.mark.parametrize("body", [
    "The prosecutor accused Tom Ander of drawing up plans to attack diplomats and aid "
    "workers in Marel.",
    "Police said the cell had a plot to bomb the port of Velt."])
def test_what_a_plan_or_a_plot_was_to_hit_is_no_account(real_extractor: Any,
                                                        body: str) -> None:
    assert _analysed(real_extractor, body) == []


@slow
def test_counter_example_a_bid_to_storm_and_a_plain_attack_are_told(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Police said the crowd made a bid to storm the "
                                       "district office in Dorba.")
    assert _said(claims) == {("Police", "district office")}, _said(claims)
    claims = _analysed(real_extractor, "The army said its jets attacked the depot.")
    assert _said(claims) == {("army", "depot")}, _said(claims)


# ------------------------------------------------------------------ two fires

_BORDER = ("The Chadian army said Nigerien army fire killed two journalists near the "
           "village of Dorba. The army said the enemy had shelled a passenger taxi.\n\n"
           "The Nigerien military said {}.")


@slow
def test_the_enemy_a_side_names_elsewhere_fired_the_other_fire(real_extractor: Any) -> None:
    body = _BORDER.format("one of its frontier posts had been hit")
    claims = _analysed(real_extractor, body)
    car = _pick(claims, "passenger taxi")
    post = _pick(claims, "one of its frontier posts")
    assert car.attacker is None and post.own_target, (car, post)
    (car_told,) = [q for c, q in zip(claims, cues(claims, PUBLISHED), strict=True)
                   if c is car]
    assert car_told.attacker is not None and car_told.attacker.side == "ne", car_told
    assert _opposite_fires(post, car, car_told)
    assert not _opposite_fires(post, car)  # (the car's sentence names no doer)
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_the_other_sides_own_strike_disputes(real_extractor: Any) -> None:
    body = _BORDER.format("its strike hit militants near Dorba")
    claims = _analysed(real_extractor, body)
    assert _conflict(real_extractor, body)
    assert ("militants", "passenger taxi") in _disputes(claims), _disputes(claims)


# ------------------------------------------------------------------ a toll added

_STATION = ("Hamas gunmen attacked a bus station in Pelan on Monday, killing nine "
            "civilians, the governor said. A soldier was {}killed, the police chief said.")


@slow
def test_a_soldier_also_killed_is_a_share_of_the_dead(real_extractor: Any) -> None:
    body = _STATION.format("also ")
    claims = _analysed(real_extractor, body)
    assert _own_losses(_pick(claims, "soldier"), _pick(claims, "nine civilians"))
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_a_soldier_killed_with_no_also_disputes(real_extractor: Any) -> None:
    body = _STATION.format("")
    claims = _analysed(real_extractor, body)
    assert not _own_losses(_pick(claims, "soldier"), _pick(claims, "nine civilians"))
    assert _conflict(real_extractor, body)
    assert ("nine civilians", "soldier") in _disputes(claims), _disputes(claims)


# ------------------------------------------------------------------ own operations denied

_WEDDING = "Residents said an air strike hit a wedding at a farm near Kessa on Sunday.\n\n"


@slow
def test_no_operations_by_the_speakers_own_force_is_a_bare_denial(
        real_extractor: Any) -> None:
    body = _WEDDING + ('"There were no air operations by the alliance near Kessa that '
                       'night," the alliance spokesman said.')
    claims = _analysed(real_extractor, body)
    none = _pick(claims, "no air operations")
    assert none.rule == "nostrike.no_operation" and _own_operations_denied(none), none
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_no_strikes_carried_out_is_a_bare_denial_of_a_strike_told_as_its_own(
        real_extractor: Any) -> None:
    body = ("Residents said a US Army drone hit a wedding at a farm near Kessa on Sunday."
            "\n\nThe US Army said it had carried out no strikes in the area.")
    claims = _analysed(real_extractor, body)
    wedding = _pick(claims, "wedding")
    assert wedding.attacker is not None and wedding.attacker.id == "us.military", wedding
    assert _pick(claims, "no strikes").rule == "nostrike.carried_out_no"
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
@pytest.mark.parametrize(("denial", "none"), [
    ("The ministry said no air operation took place in the district.", "no air operation"),
    ('"There were no air operations by the alliance near Kessa that night," the ministry '
     'said.', "no air operations")])
def test_counter_example_a_denial_of_no_own_operations_disputes(
        real_extractor: Any, denial: str, none: str) -> None:
    body = _WEDDING + denial
    claims = _analysed(real_extractor, body)
    assert not _own_operations_denied(_pick(claims, none))
    assert _conflict(real_extractor, body)
    assert tuple(sorted(("wedding", none))) in _disputes(claims), _disputes(claims)


# ------------------------------------------------------------------ a team safe

_HOTEL = ("A car bomb exploded outside a hotel in Velt on Friday. Police said the victims "
          "were mostly civilians.\n\nThe Kessian foreign minister said {}.")


@slow
def test_the_embassy_team_safe_denies_no_toll_of_civilians(real_extractor: Any) -> None:
    body = _HOTEL.format("the embassy team was safe")
    claims = _analysed(real_extractor, body)
    team = _pick(claims, "embassy team")
    victims = _pick(claims, "civilians")
    assert team.negated and not victims.rule.startswith("casualty."), (team, victims)
    assert _things_not_people(team, victims)
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_citizens_safe_or_an_embassy_intact_dispute(
        real_extractor: Any) -> None:
    body = _HOTEL.format("all Kessian citizens in the city were safe")
    claims = _analysed(real_extractor, body)
    assert not _things_not_people(_pick(claims, "all Kessian citizens"),
                                  _pick(claims, "civilians"))
    assert _conflict(real_extractor, body)
    body = ("A car bomb hit the Kessian embassy in Velt on Friday, police said.\n\n"
            "The Kessian foreign minister said the embassy was intact.")
    assert ("Kessian embassy", "embassy") in _disputes(_analysed(real_extractor, body))


# ------------------------------------------------------------------ named among the dead

_SELO = ("The army said its jets struck Hamid Selo, a Hamas member, in the village of Pelan "
         "on Tuesday.\n\nResidents said the strike killed four people in Pelan. {} were among "
         "those killed, they said.")


@slow
def test_the_man_struck_named_among_the_dead_is_no_dispute(real_extractor: Any) -> None:
    body = _SELO.format("Selo and a nephew")
    claims = _analysed(real_extractor, body)
    assert _pick(claims, "nephew").rule == "copula.among_those", _said(claims)
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_the_dead_with_the_man_unnamed_dispute(real_extractor: Any) -> None:
    body = _SELO.format("A boy and his mother")
    claims = _analysed(real_extractor, body)
    assert _conflict(real_extractor, body)
    assert ("Hamid Selo", "boy") in _disputes(claims), _disputes(claims)


# ------------------------------------------------------------------ a name glued to a dateline


@slow
def test_a_name_run_across_the_datelines_dash_is_the_bodys(real_extractor: Any) -> None:
    body = "Kessa - The Alliance for Northern Relief said the strike hit a school in Pelan."
    doc = real_extractor.nlp(body)
    assert _glued_name(doc[0]), [(e.text, e.label_) for e in doc.ents]
    names = {c.party.name for c in _analysed(real_extractor, body)}
    assert names == {"Alliance for Northern Relief"}, names


@slow
def test_counter_example_a_name_with_an_unspaced_hyphen_is_kept(real_extractor: Any) -> None:
    body = "Kessa-Velt Union of Relief Organisations said the strike hit a school in Pelan."
    assert not _glued_name(real_extractor.nlp(body)[0])
    names = {c.party.name for c in _analysed(real_extractor, body)}
    assert names == {"Kessa-Velt Union of Relief Organisations"}, names


# ------------------------------------------------------------------ the hospital named before


@slow
def test_the_hospital_named_before_is_the_one_that_speaks(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A rocket hit the Velt Trauma Centre on Tuesday, killing "
                                       "three patients, the hospital said.")
    assert claims and {c.party.name for c in claims} == {"Velt Trauma Centre"}, _said(claims)


@slow
def test_counter_example_a_hospital_never_named_stays_the_hospital(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Shells hit a hospital in Marel on Tuesday. The "
                                       "hospital said three patients were killed.")
    assert ("hospital", "three patients") in _said(claims), _said(claims)


# ------------------------------------------------------------------ vehicle bombs


@slow
def test_a_bomb_hidden_in_a_van_that_blew_up_is_no_site_used(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Police said the bomb was hidden in a van that exploded "
                                       "outside the market in Dorba.")
    assert not any(c.rule == "use.site" for c in claims), _said(claims)


@slow
def test_counter_example_explosives_hidden_in_a_school_tell_a_site_used(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Police said the explosives were hidden in the school.")
    assert [c.rule for c in claims] == ["use.site"], _said(claims)


# ------------------------------------------------------------------ places


@slow
def test_a_capital_a_reporting_clause_hangs_on_is_no_place(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials in Pelan demanded an explanation from Abuja, "
                                       "which said the strike had targeted fighters.")
    fighters = _pick(claims, "fighters")
    assert fighters.party.name == "Abuja" and fighters.place is None, fighters


@slow
def test_the_town_militants_attacked_is_not_where_they_were_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The army said it struck militants behind a rocket "
                                       "attack on the port of Marel.")
    assert _pick(claims, "militants").place is None, _pick(claims, "militants").place


@slow
def test_counter_example_militants_in_the_town_were_hit_there(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The army said it had struck militants in Marel.")
    marel = _pick(claims, "militants").place
    assert marel is not None, claims
    # a relative clause that tells no report leaves the place the strike's
    claims = _analysed(real_extractor, "The ministry said the strike targeted fighters in "
                                       "Marel, which lies near the border.")
    assert _pick(claims, "fighters").place == marel, _pick(claims, "fighters").place


# ------------------------------------------------------------------ our own men


@slow
def test_our_soldiers_in_a_ministers_words_are_his_own(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, 'A drone struck a convoy near Marel on Sunday, killing '
                                       'four men. "They were our soldiers," the regional '
                                       'interior minister said.')
    ours = _pick(claims, "our soldiers")
    assert ours.party.type == "official" and ours.own_target, ours


@slow
def test_counter_example_our_checkpoint_or_bare_soldiers_are_no_own_target(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, 'A drone struck a convoy near Marel on Sunday. "It was '
                                       'our checkpoint," a senior ministry official said.')
    assert not _pick(claims, "our checkpoint").own_target
    claims = _analysed(real_extractor, 'A drone struck a convoy near Marel on Sunday, killing '
                                       'four men. "These were soldiers," the regional '
                                       'interior minister said.')
    assert not _pick(claims, "soldiers").own_target


# ------------------------------------------------------------------ commentators


@slow
def test_military_analysts_are_no_party(real_extractor: Any) -> None:
    assert _analysed(real_extractor, "The strike destroyed the bridge near Marel, military "
                                     "analysts said.") == []


@slow
def test_counter_example_a_named_or_a_single_analyst_speaks(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "An independent analyst, Arno Tara, said the strike "
                                       "destroyed the bridge near Marel.")
    assert claims and all(c.party.id == "source.analyst" for c in claims), _said(claims)
    claims = _analysed(real_extractor, "An analyst said the strike destroyed the bridge near "
                                       "Marel.")
    assert _said(claims) == {("analyst", "bridge")}, _said(claims)


# ------------------------------------------------------------------ counts of the hurt

_BRIGADE = ("The army said its jets struck a camp of the Dorba Brigade near Marel, killing a "
            "commander.\n\nA brigade spokesman said a second fighter died, while at least six "
            "people were {}.")


@slow
def test_a_count_of_people_injured_does_not_dispute_the_camp(real_extractor: Any) -> None:
    body = _BRIGADE.format("injured")
    claims = _analysed(real_extractor, body)
    assert _wounded_only(_pick(claims, "at least six people"))
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_a_count_of_people_killed_disputes(real_extractor: Any) -> None:
    body = _BRIGADE.format("killed")
    claims = _analysed(real_extractor, body)
    assert not _wounded_only(_pick(claims, "at least six people"))
    assert _conflict(real_extractor, body)
    assert ("at least six people", "camp of the Dorba Brigade") in _disputes(claims), \
        _disputes(claims)


# ------------------------------------------------------------------ forces also hit

_GUESTS = ("The emergency agency said an air strike hit a wedding in Marel on Saturday, "
           "killing 20 guests.\n\n")


@slow
def test_a_post_also_attacked_in_a_militiamans_words_disputes_no_wedding(
        real_extractor: Any) -> None:
    body = _GUESTS + ("A militia member, Arno Tara, said a guard was also wounded in a raid "
                      "on an army checkpoint.")
    claims = _analysed(real_extractor, body)
    assert _also_hit(_pick(claims, "army checkpoint"))
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_the_armys_own_strike_also_told_disputes(real_extractor: Any) -> None:
    body = _GUESTS + "The army said its jets also struck a rebel post near the town."
    claims = _analysed(real_extractor, body)
    assert not _also_hit(_pick(claims, "rebel post"))
    assert _conflict(real_extractor, body)
    assert ("rebel post", "wedding") in _disputes(claims), _disputes(claims)


# ------------------------------------------------------------------ the federal government

_NORTHLAND = ("Northland authorities said an air strike hit a market in Marel, killing 12 "
              "civilians.\n\n{} said the army was targeting only military sites.")


@slow
def test_the_federal_governments_office_is_not_the_regions(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _NORTHLAND.format("The federal government's press "
                                                         "office"))
    office = _pick(claims, "only military sites").party
    assert office.name == "federal government's press office", office
    assert "Northland" not in office.name and office.side != "org.northland-authorities"


@slow
def test_counter_example_the_governments_office_after_the_region(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _NORTHLAND.format("The government's press office"))
    office = _pick(claims, "only military sites").party
    assert office.name.startswith("Northland authorities"), office


# ------------------------------------------------------------------ a side unknown

_DIRECTOR = ("The director of the Marel hospital, Tom Ander, said 14 civilians were killed in "
             "the shelling of the town.\n\n")


@slow
def test_a_body_of_no_known_side_disputes_the_directors_toll(real_extractor: Any) -> None:
    body = _DIRECTOR + ("The federal government's press office said the Chadian army was "
                        "targeting only military sites.")
    claims = _analysed(real_extractor, body)
    sites = _pick(claims, "only military sites")
    assert sites.attacker is not None and sites.party.side == sites.party.id, sites
    assert not _one_enemy_fire(sites, _pick(claims, "14 civilians"))
    assert _conflict(real_extractor, body)
    assert ("14 civilians", "only military sites") in _disputes(claims), _disputes(claims)


@slow
def test_counter_example_a_states_word_of_enemy_fire_on_its_positions(
        real_extractor: Any) -> None:
    body = _DIRECTOR + ("The Chadian defence ministry said Nigerien forces shelled its "
                        "positions around Marel.")
    claims = _analysed(real_extractor, body)
    assert _one_enemy_fire(_pick(claims, "its positions"), _pick(claims, "14 civilians"))
    assert not _conflict(real_extractor, body), _disputes(claims)


# ------------------------------------------------------------------ no sign

_TOWER = "The army said the tower in Marel housed weapons belonging to Hamas.\n\n"


@slow
@pytest.mark.parametrize("quote", [
    '"We saw no sign Hamas was in the tower," the agency chief said.',
    '"We have had no evidence Hamas was inside the tower," the agency chief said.'])
def test_no_sign_of_a_group_there_negates_its_presence(real_extractor: Any,
                                                        quote: str) -> None:
    body = _TOWER + quote
    claims = _analysed(real_extractor, body)
    presence = _pick(claims, "Hamas")
    assert presence.rule == "use.presence" and presence.negated, presence
    assert _conflict(real_extractor, body)
    assert ("Hamas", "weapons") in _disputes(claims), _disputes(claims)


@slow
def test_counter_example_every_indication_does_not_negate(real_extractor: Any) -> None:
    body = _TOWER + '"We have had every indication Hamas was inside the tower," the agency ' \
                    'chief said.'
    claims = _analysed(real_extractor, body)
    presence = _pick(claims, "Hamas")
    assert presence.rule == "use.presence" and not presence.negated, presence
    assert not _conflict(real_extractor, body), _disputes(claims)


# ------------------------------------------------------------------ quoted relatives


@slow
def test_strikes_that_targeted_quoted_targets_are_strikes_on_them(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, 'A spokesman, Major Arno Tara, said coalition jets had '
                                       'carried out strikes near Velt that "targeted ISIL '
                                       'gunmen and trucks" on Monday.')
    assert {c.target.text for c in claims} == {"ISIL gunmen", "trucks"}, _said(claims)
    assert all(c.rule == "hit.object" for c in claims), [c.rule for c in claims]


def _quoted(noun: str) -> Any:
    # "Jets conducted <noun> near Velt that "targeted fighters", parsed with "targeted" a
    # modifier of "fighters" and "fighters" a second object of "conducted"
    return parsed({"parse": "Jets/NOUN/nsubj/1/jet/NNS conducted/VERB/ROOT/1/conduct "
                            f"{noun}/NOUN/dobj/1/{noun[:-1]}/NNS near/ADP/prep/2/near "
                            'Velt/PROPN/pobj/3 that/DET/det/8/that "/PUNCT/punct/8/"/`` '
                            "targeted/VERB/amod/8/target/VBN "
                            "fighters/NOUN/dobj/1/fighter/NNS"})


def test_a_strike_verb_after_that_heads_a_relative_clause_on_the_strikes() -> None:
    doc = _quoted("strikes")
    relatives_taken_for_modifiers(doc)
    assert (doc[7].dep_, doc[7].head.i) == ("relcl", 2)  # targeted -> strikes
    assert (doc[8].dep_, doc[8].head.i) == ("dobj", 7)  # fighters -> targeted
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 7)  # that -> targeted


def test_counter_example_no_strike_noun_before_that_is_left_alone() -> None:
    doc = _quoted("patrols")
    relatives_taken_for_modifiers(doc)
    assert (doc[7].dep_, doc[7].head.i) == ("amod", 8)
    assert (doc[8].dep_, doc[8].head.i) == ("dobj", 1)
