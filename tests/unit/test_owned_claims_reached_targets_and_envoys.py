"""What a claim's owner says of its own strike, a weapon said to have reached its target,
what the parse took for a claim's relative clause, envoys and civil titles in a target's
words, two targets a headline lists with a comma alone, a strike on "what it said was"
a site, armed men a force says fired from inside a crowd, what a compound is "home
to", and what a party says was spared inside a site. Each rule has its example and a
counter-example; all are the team's own sentences about invented events. Slow: they load
the model."""
from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_general_aims_fighting_tolls_and_positions import _FLED, _SWEEP, _crowd_dispute

slow = pytest.mark.slow


def _disputed(extractor: Any, body: str, headline: str = "") -> bool:
    return bool(find_conflicts(_analysed(extractor, body, headline)))


# ------------------------------------------------------------ a claim's owner and "they"

_DENIED = ("The Kessa port authority on Sunday denied a claim by the Dorba Liberation Front "
           "that they launched two rockets at the container terminal.")


@slow
def test_they_in_a_claim_by_an_armed_group_is_the_group(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _DENIED)
    owned = [c for c in claims if c.party.name == "Dorba Liberation Front"]
    assert owned and all(c.attacker is not None and c.attacker.name == c.party.name
                         for c in owned), [(c.party.name, c.target.text, c.attacker)
                                           for c in claims]
    # the claim the parse took for what "they" fired is nothing struck
    assert not any(c.target.text == "claim" for c in claims), claims


@slow
def test_counter_example_they_in_a_claim_by_a_channel_struck_nothing_of_its_own(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Kessa port authority on Sunday denied a claim by a Dorba "
                       "television channel that they launched two rockets at the container "
                       "terminal.")
    assert not any(c.attacker is not None and c.attacker.name == c.party.name
                   for c in claims if "channel" in c.party.name), \
        [(c.party.name, c.target.text, c.attacker) for c in claims]


# ------------------------------------------------------------ reached its target

_INTERCEPTED = ("The Kessa military said on Tuesday that it intercepted a rocket over the "
                "capital and that nobody was hurt.\n\n")


@slow
def test_a_missile_said_to_have_reached_its_target_disputes_its_interception(
        real_extractor: Any) -> None:
    assert _disputed(real_extractor, _INTERCEPTED + "A spokesman for the Dorba Liberation "
                     "Front said the rocket reached its target.")


@slow
def test_counter_example_troops_that_reached_their_objective_struck_nothing(
        real_extractor: Any) -> None:
    assert not _disputed(real_extractor, _INTERCEPTED + "A spokesman for the Dorba "
                         "Liberation Front said its fighters had reached their objective.")


# ------------------------------------------------------------ envoys and civil titles

@slow
def test_an_envoy_the_group_says_it_targeted_is_a_civilian(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Dorba Liberation Front said its gunman had shot at the Kessa "
                       "envoy, a career diplomat named in March to serve as the secretary-"
                       "general's deputy.")
    envoy = [c for c in claims if c.target.text.endswith("envoy")]
    assert envoy and all(c.target.target_class == "civilians" for c in envoy), \
        [(c.target.text, c.target.target_class) for c in claims]


@slow
def test_counter_example_a_general_the_group_targeted_is_military(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Dorba Liberation Front said its gunman had shot at a house "
                       "where a general was staying.")
    house = [c for c in claims if c.target.text.endswith("house")]
    assert house and all(c.target.target_class == "military" for c in house), \
        [(c.target.text, c.target.target_class) for c in claims]


# ------------------------------------------------------------ a headline's comma list

_TOLL = ("Twenty people died in two bombings near Pelan on Monday, health officials "
         "said.")


@slow
def test_a_headline_listing_a_cafe_and_a_checkpoint_tells_both(real_extractor: Any) -> None:
    assert not _disputed(real_extractor, _TOLL,
                         headline="Al Shabaab claims attacks on cafe, checkpoint near Pelan")


@slow
def test_counter_example_a_headline_of_the_checkpoint_alone(real_extractor: Any) -> None:
    assert _disputed(real_extractor, _TOLL,
                     headline="Al Shabaab claims attack on checkpoint near Pelan")


# ------------------------------------------------------------ "on what it said was"

@slow
def test_a_strike_on_what_the_army_said_was_a_camp_is_its_account(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Kessa army conducted a raid on what it said was a "
                       "rebel training camp near Pelan on Monday.")
    assert any(c.rule == "copula.said_what" and c.target.target_class == "armed_group"
               for c in claims), [(c.party.name, c.target.text, c.rule) for c in claims]


@slow
def test_counter_example_the_attack_blamed_on_what_they_said_was_a_squad(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The rebels blamed the attack on what they said was a government "
                       "death squad.")
    assert not any(c.rule == "copula.said_what" for c in claims), \
        [(c.party.name, c.target.text, c.rule) for c in claims]


# ------------------------------------------------------------ fired on from the crowd

@slow
def test_troops_fired_on_by_armed_men_among_the_protesters_and_the_crowd_fired_on(
        real_extractor: Any) -> None:
    assert _crowd_dispute(real_extractor, _SWEEP + "The ministry said a five-man police unit "
                          "was shot at by armed men hiding among the marchers."
                          + _FLED)


@slow
def test_counter_example_troops_fired_on_by_armed_men_behind_a_wall(
        real_extractor: Any) -> None:
    assert not _crowd_dispute(real_extractor, _SWEEP + "The ministry said a five-man police "
                              "unit was shot at by armed men hiding behind a wall."
                              + _FLED)


# ------------------------------------------------------------ "home to" what a site holds

@slow
def test_a_compound_home_to_a_hotel_and_offices_is_a_civilian_site(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Gunmen stormed the Pelan Road compound, home to a hotel, two "
                       "restaurants and the offices of a seed company, police said.")
    compound = [c for c in claims if c.target.text.endswith("compound")]
    assert compound and all(c.target.target_class == "civilian_site" for c in compound), \
        [(c.target.text, c.target.target_class) for c in claims]


@slow
def test_counter_example_a_compound_home_to_nothing_named_stays_a_compound(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Gunmen stormed the Pelan Road compound, police said.")
    compound = [c for c in claims if c.target.text.endswith("compound")]
    assert compound and all(c.target.target_class != "civilian_site" for c in compound), \
        [(c.target.text, c.target.target_class) for c in claims]


# ------------------------------------------------------------ the body over the headline

_CLASH_HEAD = "Pelan blockade: soldiers came under attack, army says"
_CLASH = ("Troops fired into a crowd of herders blocking the road to Pelan on Sunday, "
          "killing a boy, community leaders said.\n\n")


@slow
def test_the_bodys_telling_of_a_headline_account_is_its_evidence(real_extractor: Any) -> None:
    body = _CLASH + ("According to the army, soldiers clearing the road had been "
                     "shot at by armed men hiding among the marchers.")
    claims = _analysed(real_extractor, body, _CLASH_HEAD)
    troops = [c for c in claims if c.target.text == "soldiers"]
    assert troops and all("marchers" in c.evidence.sentence for c in troops), \
        [(c.target.text, c.evidence.sentence) for c in claims]
    # the force says it was attacked from the crowd it fired into: one clash, disputed
    assert find_conflicts(claims)


@slow
def test_counter_example_a_headline_account_the_body_never_tells_again(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _CLASH, _CLASH_HEAD)
    troops = [c for c in claims if c.target.text == "soldiers"]
    assert troops and all(c.evidence.sentence.startswith("Pelan blockade") for c in troops), \
        [(c.target.text, c.evidence.sentence) for c in claims]


# ------------------------------------------------------------ a number of them

_TOLL_14 = "A drone strike killed 14 people in Pelan on Monday, residents said. "


@slow
def test_a_number_of_them_after_a_toll_is_a_share_of_the_dead(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _TOLL_14 + "A district spokesman said four of them "
                       "were children.")
    assert any(c.rule == "copula.victims_part_pronoun" and c.target.text == "children"
               for c in claims), [(c.party.name, c.target.text, c.rule) for c in claims]


@slow
def test_counter_example_a_number_of_them_with_no_toll_before(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A district spokesman said four of them were children.")
    assert not any(c.rule == "copula.victims_part_pronoun" for c in claims), \
        [(c.party.name, c.target.text, c.rule) for c in claims]


# ------------------------------------------------------------ what was spared inside a site

@slow
def test_aircraft_said_safe_inside_a_stormed_station_dispute_nothing(
        real_extractor: Any) -> None:
    assert not _disputed(real_extractor,
                         "Gunmen in army uniforms stormed the Pelan air force station before "
                         'dawn, officials said.\n\n"All our aircraft are safe," the air force '
                         "said in a statement.")


@slow
def test_counter_example_an_airstrip_said_intact_against_a_hit_on_it(
        real_extractor: Any) -> None:
    assert _disputed(real_extractor,
                     "A rebel drone hit the airstrip at Pelan before dawn, the rebels said."
                     '\n\n"The airstrip is intact," the air force said in a statement.')
