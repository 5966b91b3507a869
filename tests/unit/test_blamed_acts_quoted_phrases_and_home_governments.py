"""Wire genres the team wrote out in its own words: what a relative clause blames the
struck for; a practice a party is charged with at sites in general; who carried out the
raids in a toll's clause; men shot said not to be militants against a force's word that
it acted on intelligence about militants; a phrase quoted inside a sentence whose
speaker comes before it; live ammunition fired; "the government" of the country a story
is about, not the nationality of its victims, and not its capital's name; a headline's
state body that the body's sentences never name; gangs as whom a raid was aimed at; a
seminary the story names again as "the madrassa"; kin of the dead and empty hands;
footage said to be doctored; a striker denying its craft were there; crackdowns. Names
and places are invented where the gazetteer is not the point."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_gunfight_tolls_accusations_and_named_bodies import _told

slow = pytest.mark.slow


def _targets(extractor: Any, body: str, headline: str = "") -> set[str]:
    return {c.target.text for c in _analysed(extractor, body, headline)}


@slow
def test_raids_a_relative_clause_blames_the_struck_for_are_theirs(real_extractor: Any) -> None:
    targets = _targets(real_extractor, "The army said jets struck a compound in Kessa that "
                                       "housed a commander of a faction it blamed for raids on "
                                       "army checkpoints.")
    assert "army checkpoints" not in targets and "raids" not in targets, targets


@slow
def test_counter_example_a_clause_that_names_whom_it_blames_keeps_the_target(
        real_extractor: Any) -> None:
    targets = _targets(real_extractor, "Officials in Pelan, which blamed the rebels for the "
                                       "bombing of the school, said 12 children died.")
    assert "school" in targets, targets


STRIKE = "Jets struck a clinic in Dorba on Monday, killing four people, the coalition said. "


@slow
def test_a_practice_charged_at_sites_in_general_tells_no_use_of_the_site(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, STRIKE + "The coalition charged the insurgents with "
                                                "stationing gunmen in residential districts.")
    assert not any(c.rule == "use.placed_in" for c in claims), claims


@slow
def test_counter_example_the_same_charge_at_the_site_struck_is_a_use(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, STRIKE + "The coalition charged the insurgents with "
                                                "stationing gunmen in the clinic.")
    assert any(c.rule == "use.placed_in" and c.target.text == "gunmen" for c in claims), claims


@slow
def test_who_carried_out_the_raids_is_not_who_the_wounded_were(real_extractor: Any) -> None:
    told = _told(real_extractor, "Seven shepherds were killed and at least 25 others injured on "
                                 "Sunday when Saudi-led coalition warplanes conducted a wave of "
                                 "raids on the grazing grounds near Kessa, a health official "
                                 "said.")
    others = [cls for _, target, cls, _ in told if target == "at least 25 others"]
    assert others and "military" not in others, told


RELATIVES = ("Relatives say men killed in Ostra raid were not militants",
             "OSTRA - Relatives of two men killed near Ostra marched to the governor's office "
             "on Friday.\n\n")


@slow
def test_men_said_not_to_be_militants_dispute_a_raid_on_intelligence_about_militants(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, RELATIVES[1] + "The army said its unit entered a "
                                                      "farmhouse near Ostra acting on "
                                                      "intelligence about militants hiding "
                                                      "there.", RELATIVES[0])
    assert any(c.rule.startswith("use.intelligence") for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_counter_example_a_raid_on_a_tip_about_stolen_cattle_is_no_such_dispute(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, RELATIVES[1] + "The army said its unit entered a "
                                                      "farmhouse near Ostra looking for stolen "
                                                      "cattle.", RELATIVES[0])
    assert not find_conflicts(claims), claims


@slow
def test_a_phrase_quoted_mid_sentence_leaves_the_speaker_before_it(
        real_extractor: Any) -> None:
    told = _told(real_extractor, 'Prime Minister Lina Velt told lawmakers she had directed the '
                                 'air force to take "swift and severe" action against the '
                                 'insurgents, adding that the raids were against "insurgent '
                                 'camps and arms depots".')
    assert ("Prime Minister Lina Velt", "insurgent camps", "armed_group", False) in told, told


@slow
def test_counter_example_a_quotation_followed_by_its_speaker(real_extractor: Any) -> None:
    told = _told(real_extractor, '"The raids hit only rebel bases," an army spokesman said '
                                 'on Saturday.')
    assert any(party == "army spokesman" and target.endswith("rebel bases")
               for party, target, _, _ in told), told


@slow
def test_live_ammunition_fired_is_no_target(real_extractor: Any) -> None:
    targets = _targets(real_extractor, "Troops moved on the protest camp in Ostra, firing live "
                                       "ammunition, and a doctors' group said 12 people were "
                                       "killed.")
    assert "live ammunition" not in targets, targets


@slow
def test_counter_example_the_protesters_fired_on_are(real_extractor: Any) -> None:
    targets = _targets(real_extractor, "Troops fired on the protesters in Ostra, a doctors' "
                                       "group said.")
    assert "protesters" in targets, targets


RAIDERS = ("DIRE DAWA, Ethiopia - Armed men raided a Turkish-owned textile factory in eastern "
           "Ethiopia overnight, killing nine Ethiopian workers and two Turkish managers, the "
           "government said.")


@slow
def test_the_government_is_of_the_country_named_as_a_place(real_extractor: Any) -> None:
    parties = {c.party.name for c in _analysed(real_extractor, RAIDERS)}
    assert parties == {"Ethiopia's government"}, parties


@slow
def test_counter_example_with_no_country_named_as_a_place_a_demonym_tells_it(
        real_extractor: Any) -> None:
    parties = {c.party.name for c in _analysed(
        real_extractor, "Gunmen killed two Turkish managers at a textile factory on "
                        "Sunday, the government said.")}
    assert parties == {"Turkey's government"}, parties


@slow
def test_a_capital_standing_for_its_state_does_not_rename_the_government(
        real_extractor: Any) -> None:
    parties = {c.party.name for c in _analysed(
        real_extractor, RAIDERS + "\n\nAddis Ababa has long accused Eritrea of backing the "
                                  "raiders.")}
    assert "Addis Ababa" not in parties and "Ethiopia's government" in parties, parties


COUNCIL = "Sudan's military council says Port Sudan raid was aimed at gangs, not marchers"
MARCH = ("PORT SUDAN - Police opened fire on a march in Port Sudan on Sunday, and a medical "
         "committee said nine people were killed.\n\n")


@slow
def test_a_headline_state_body_is_no_civic_front_of_the_body(real_extractor: Any) -> None:
    told = _told(real_extractor, MARCH + "The Civic Renewal Alliance said it would suspend "
                                         "talks with the council.", COUNCIL)
    assert not any(party == "Civic Renewal Alliance" for party, _, _, _ in told), told
    assert any(target == "gangs" and cls == "armed_group" for _, target, cls, _ in told), told


@slow
def test_counter_example_a_council_the_body_names_speaks_the_headline(
        real_extractor: Any) -> None:
    told = _told(real_extractor, MARCH + "The Sovereign Transitional Council said the police "
                                         "had chased gangs.", COUNCIL)
    assert not any(party == "medical committee" and target == "gangs"
                   for party, target, _, _ in told), told


KOHAT = ("KOHAT - A drone strike destroyed a seminary on the edge of the town late on Friday, "
         "killing five men, police said.\n\n")


@slow
def test_a_madrassa_named_again_is_the_seminary_struck(real_extractor: Any) -> None:
    told = _told(real_extractor, KOHAT + '"The madrassa was a rest stop for fighters crossing '
                                         'the border," a police officer said.')
    assert any(target == "rest stop for fighters" and cls == "armed_group"
               for _, target, cls, _ in told), told


@slow
def test_counter_example_a_hospital_named_after_the_seminary_is_another_site(
        real_extractor: Any) -> None:
    told = _told(real_extractor, KOHAT + '"The hospital was a rest stop for fighters crossing '
                                         'the border," a police officer said.')
    assert not any(target == "rest stop for fighters" for _, target, _, _ in told), told


BOAT = ("The president said the navy struck a speedboat carrying drugs off the coast of "
        "Varnet on Tuesday, killing nine smugglers, and shared a video of the boat "
        "exploding.\n\n")


@slow
def test_footage_said_to_be_doctored_disputes_the_strike(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, BOAT + "Varnet's interior minister said the clip seemed "
                                              "to have been doctored by computer.")
    assert any(c.rule.startswith("nostrike.footage") for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_counter_example_footage_said_to_be_filmed_at_night_disputes_nothing(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, BOAT + "Varnet's interior minister said the clip seemed "
                                              "to have been filmed at night.")
    assert not any(c.rule.startswith("nostrike.") for c in claims), claims


POST = ("YEREVAN - Armenia {} on Friday {} an air-defence post near Kessa.\n\n"
        "Armenia's defence ministry said the {} hit the post's perimeter wall.\n\n"
        "Azerbaijan's defence ministry said none of its jets were in the area.")


@slow
def test_a_striker_denying_its_craft_were_there_disputes_the_strike(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, POST.format(
        "accused Azerbaijan", "of sending jets across the border to fire a missile at",
        "missile"))
    assert find_conflicts(claims), claims


@slow
def test_counter_example_craft_denied_by_a_side_the_story_does_not_blame(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, POST.format(
        "said", "that Islamic State fighters had fired a mortar at", "shell"))
    assert not find_conflicts(claims), claims


TOLL = "OSTRA - Police said they killed four militants in a shootout on Wednesday.\n\n"


@slow
def test_kin_of_a_victim_speak_of_their_own(real_extractor: Any) -> None:
    told = _told(real_extractor, TOLL + '"My nephew was a carpenter," said Lina Velt, an aunt '
                                        'of one of the four.')
    assert any(target == "carpenter" and cls == "civilians" for _, target, cls, _ in told), told


@slow
def test_counter_example_kin_of_no_one_killed_tell_no_toll(real_extractor: Any) -> None:
    told = _told(real_extractor, TOLL + '"My nephew was a carpenter," said Lina Velt, a mother '
                                        'of four from the hills.')
    assert not any(target == "carpenter" for _, target, _, _ in told), told


@slow
def test_empty_hands_dispute_a_toll_of_militants(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, TOLL + '"The men held nothing in their hands but '
                                              'phones," a nurse at the clinic said.')
    assert any(c.rule == "use.empty_handed" for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_counter_example_empty_hands_before_any_toll(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, '"The men held nothing in their hands but phones," a '
                                       'nurse said of the marchers on Monday.')
    assert not any(c.rule == "use.empty_handed" for c in claims), claims


MARCHERS = ("Troops opened fire on marchers in Ostra on Wednesday, killing six people, "
            "witnesses said.\n\n")


@slow
def test_weapons_said_carried_by_those_fired_on_dispute_a_toll_of_people(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, MARCHERS + "The interior minister said the marchers had "
                                                  "carried weapons.")
    assert any(c.rule == "use.fired_on_carried_arms" for c in claims), claims
    assert find_conflicts(claims), claims


@slow
def test_counter_example_weapons_carried_by_the_troops_dispute_nothing(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, MARCHERS + "The interior minister said the soldiers had "
                                                  "carried weapons.")
    assert not any(c.rule == "use.fired_on_carried_arms" for c in claims), claims


@slow
def test_armed_rioters_a_force_was_sent_to_halt_dispute_the_dead(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, MARCHERS + "The government said troops were sent in "
                                                  "only to halt armed rioters.")
    assert any(c.rule == "hit.deployed_to_stop" and c.target.target_class == "armed_group"
               for c in claims), claims
    assert find_conflicts(claims), claims
