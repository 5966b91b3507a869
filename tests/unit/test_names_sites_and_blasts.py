"""Wire forms from copy nobody tuned for, each with the real model (``slow``): a headline's
"rights group says" is the lead's own unnamed rights group (not the next UN agency the
story names), a struck site's name as a copula's subject ("RTS was an instrument of
propaganda"), and a blast "among" people. Every name and place here is invented, except
the gazetteer's bodies the rules must tell apart."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


@slow
def test_a_headline_rights_group_is_the_leads_own(real_extractor: Any) -> None:
    claims = _analysed(
        real_extractor,
        "At least eight children were killed when a drone struck a gathering in the Tenko "
        "neighbourhood on Saturday, a local human rights group said. The group said the "
        "drone hit a courtyard. UNICEF said it was alarmed by reports of children killed.",
        headline="Drone strike kills children at neighbourhood event, rights group says")
    courtyard = [c.party.name for c in claims if c.target.text == "courtyard"]
    assert courtyard == ["local human rights group"], courtyard
    headline = [c.party.name for c in claims if c.evidence.start == 0]
    assert headline and set(headline) == {"local human rights group"}, headline


@slow
def test_a_rights_group_named_in_the_lead_is_that_group(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "An airstrike killed 12 people at a market in Lomar on Monday, Amnesty "
                     "International said.", headline="Airstrike kills 12 in market, rights "
                     "group says")
    assert {c.party.id for c in claims} == {"intl.amnesty"}, claims


@slow
def test_a_struck_sites_name_as_subject_tells_what_it_was(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "Jets bombed the KTV building on Friday. The alliance spokesman, Jan "
                     "Morel, said KTV was an instrument of propaganda and repression.")
    said = [(c.target.text, c.target.target_class) for c in claims if "Morel" in c.party.name]
    assert ("instrument of propaganda", "military") in said, said
    claims = _analysed(real_extractor,
                     "Jets bombed the KTV building on Friday. The alliance spokesman, Jan "
                     "Morel, said Lomar was a threat to peace.")
    assert all("Morel" not in c.party.name for c in claims), claims


@slow
def test_a_drone_exploding_among_people_hit_them(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "The rights network said the drone exploded among dozens of people, "
                     "mostly minors, who had gathered in an open yard.")
    assert any(c.target.text == "dozens of people" and c.rule == "hit.through"
               for c in claims), claims
    assert not _analysed(real_extractor, "A tyre exploded among the parked cars, police said.")


@slow
def test_officials_of_two_services_share_their_role(real_extractor: Any) -> None:
    # rule speaker.shared_head: the parse made "security" the subject and joined
    # "officials" to it
    claims = _analysed(real_extractor,
                     "Rescue workers pulled bodies from the ruins of apartment buildings in "
                     "Lomar's Tenko neighbourhood on Tuesday after an air strike late on Monday "
                     "levelled several residential blocks, killing at least 30 people, Northland "
                     "security and civil defence officials said.")
    names = {c.party.name for c in claims if "blocks" in c.target.text}
    assert names == {"Northland security and civil defence officials"}, claims


@slow
def test_us_before_strikes_is_who_struck_not_where(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                     "US air strikes overnight on the Lomar and Tenko areas in western Iraq "
                     "killed 16 people, among them civilians, the Iraqi government said.")
    places = {c.place.name for c in claims if c.place is not None}
    assert "United States" not in places and "Iraq" in places, claims


@slow
def test_the_attackers_a_force_repelled_are_what_it_fought(real_extractor: Any) -> None:
    from pipeline.domain.conflicts import find_conflicts

    claims = _analysed(real_extractor,
                     "The Northland Front has rejected accusations that it massacred civilians. "
                     "In a statement, the group said its fighters had repelled an attack by the "
                     "Tenko militia in Lomar. The UN said Front fighters killed at least 131 "
                     "civilians in Lomar.")
    fought = [c for c in claims if c.rule == "hit.repelled_attackers"]
    assert fought and fought[0].target.target_class == "armed_group", claims
    assert find_conflicts(claims), claims
    # "repelled an attack on the town" names no attackers
    claims = _analysed(real_extractor, "Troops repelled an attack on the town of Lomar, the army "
                     "said.")
    assert all(c.rule != "hit.repelled_attackers" for c in claims), claims


@slow
def test_a_site_said_to_be_intact_answers_its_destruction(real_extractor: Any) -> None:
    from pipeline.domain.conflicts import find_conflicts

    claims = _analysed(real_extractor,
                     "The Front said its missiles destroyed the runways at two air bases. The "
                     "army said the runways were intact.")
    intact = [c for c in claims if c.rule == "miss.no_damage_intact"]
    assert intact and intact[0].target.target_class == "infrastructure", claims
    assert [p.reason for p in find_conflicts(claims)] == ["miss"], claims
    # a site "remains closed" is no account of it spared
    claims = _analysed(real_extractor, "The army said the airstrip remains closed.")
    assert all(c.rule != "miss.no_damage_intact" for c in claims), claims


@slow
def test_a_denial_on_a_states_own_ground_is_of_that_state(real_extractor: Any) -> None:
    from pipeline.domain.conflicts import find_conflicts

    claims = _analysed(real_extractor,
                     "Algeria said three of its citizens were killed by a drone in Western "
                     "Sahara. Mauritania's army denied in a statement that any attack had taken "
                     "place on Mauritanian territory.")
    denied = [c for c in claims if c.party.name == "Mauritania's army"]
    assert denied and denied[0].place is not None and denied[0].place.country == "MR", claims
    assert find_conflicts(claims) == [], claims
