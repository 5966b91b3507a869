"""Weapon crews, the dead named beside their kin, a ship's voyage and the staff of a
struck site, each with a counter-example (real model):

- ``military.weapon_crews`` (a row of ``data/targets.json``; its example and
  counter-example are checked with the table) as a use of a site: "mortar crews were
  operating from inside the school grounds";
- ``body.military``: "rangers" and "gendarmes" speak as a force;
- ``copula.dead_kin_named``: "Relatives of the dead man, 24-year-old Arno Tara, said he
  was a farmer";
- ``place.destined``: "continuing its voyage toward the Suez Canal" is where the ship was
  going, not where it was struck;
- ``conflict.site_workers``: the staff of a power plant hurt, against the striker's
  "energy facilities that supply the defence industry".
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


@slow
def test_mortar_crews_operating_from_a_school_are_a_use_of_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "A drone struck a school in Pelan, killing a teacher, the education "
                       "office said. The border service said mortar crews were operating "
                       "from inside the school grounds.")
    used = [c for c in claims if c.rule == "use.site"]
    assert [(c.target.text, c.target.target_class) for c in used] \
        == [("mortar crews", "military")], [(c.rule, c.target) for c in claims]
    # counter-example: ambulance crews at the school are no combatants using it
    claims = _analysed(real_extractor,
                       "A drone struck a school in Pelan, killing a teacher, the education "
                       "office said. The border service said ambulance crews were operating "
                       "from inside the school grounds.")
    assert not [c for c in claims if c.rule == "use.site"], [(c.rule, c.target) for c in claims]


@slow
def test_rangers_speak_as_a_force(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Rangers shot dead two men in a raid on a hut in Kessa, saying they "
                       "were insurgents.")
    assert ("Rangers", "insurgents") in {(c.party.name, c.target.text) for c in claims}, \
        [(c.party.name, c.target.text) for c in claims]
    # counter-example: a word no body speaks with gives the sentence no speaker
    claims = _analysed(real_extractor,
                       "Hikers shot dead two men in a raid on a hut in Kessa, saying they "
                       "were insurgents.")
    assert not any(c.party.name == "Hikers" for c in claims), \
        [(c.party.name, c.target.text) for c in claims]


@slow
def test_the_dead_named_beside_their_kin(real_extractor: Any) -> None:
    lead = "Border troops shot dead a cattle smuggler near Kessa, the force said. "
    claims = _analysed(real_extractor, lead + "Relatives of the dead man, 24-year-old Arno "
                                              "Tara, said he was a farmer.")
    farmer = [c for c in claims if c.target.text == "farmer"]
    assert farmer and farmer[0].target.target_class == "civilians", \
        [(c.rule, c.target) for c in claims]
    assert find_conflicts(claims), claims
    # counter-example: a name beside speakers who are no kin of the dead is another person
    claims = _analysed(real_extractor, lead + "Officials in the district, led by Arno Tara, "
                                              "said he was a farmer.")
    assert not [c for c in claims if c.target.text == "farmer"], \
        [(c.rule, c.target) for c in claims]


@slow
def test_a_ships_voyage_toward_a_port_is_not_where_it_was_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Velt Front said it had struck the bulk carrier Sea Lark in the "
                       "Red Sea. The ship's manager said both missiles fell into the sea, "
                       "and the vessel was continuing its voyage toward the Suez Canal.")
    missed = [c for c in claims if c.rule.startswith("miss.")]
    assert missed and all(c.place is None or "Suez" not in c.place.name for c in missed), \
        [(c.rule, c.place) for c in claims]
    assert find_conflicts(claims), claims
    # counter-example: a place the missiles fell near is where they fell
    claims = _analysed(real_extractor,
                       "The Velt Front said it had struck the bulk carrier Sea Lark in the "
                       "Red Sea. The ship's manager said both missiles fell into the sea "
                       "near the Suez Canal.")
    missed = [c for c in claims if c.rule.startswith("miss.")]
    assert missed and any(c.place is not None and "Suez" in c.place.name for c in missed), \
        [(c.rule, c.place) for c in claims]


@slow
def test_staff_of_a_power_plant_hurt_dispute_no_energy_facilities(real_extractor: Any) -> None:
    striker = ("Dorba's defence ministry said its forces had struck energy facilities that "
               "supply Kessan defence-industry enterprises. ")
    claims = _analysed(real_extractor, striker + "The operator said the Pelan power plant had "
                                                 "been hit. Two workers were lightly injured, "
                                                 "the regional governor said.")
    assert not find_conflicts(claims), [(c.party.name, c.target) for c in claims]
    # counter-examples: children hurt nearby still dispute it; so do workers of a bakery
    # against a fuel depot, with no infrastructure told hit by the other side
    claims = _analysed(real_extractor, striker + "The operator said the Pelan power plant had "
                                                 "been hit. Two children were killed in their "
                                                 "home nearby, the regional governor said.")
    assert find_conflicts(claims), [(c.party.name, c.target) for c in claims]
    claims = _analysed(real_extractor,
                       "Dorba's defence ministry said it had destroyed a fuel depot supplying "
                       "Kessan troops in Pelan. Two night-shift workers were killed at a "
                       "bakery in the city, the emergency service said.")
    assert find_conflicts(claims), [(c.party.name, c.target) for c in claims]
