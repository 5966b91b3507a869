"""A person the story describes by a noun in apposition is what the noun says at every
mention ("police said soldiers killed Arno Velt ... Velt, a 24-year-old farmer"), and "he"
struck in a passive stands for the one person named before it (rule
``targets.described_person``). A force's word that the people it names as assailants
("saboteurs", "the suspects") attacked it disputes another's word that the force fired
on civilians (rule ``conflict.crowd_attacked``, beyond crowds). Each case has its
example and a counter-example; all are the team's own sentences about invented places."""
from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import _ASSAILANTS_ON_FORCE, find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed, _told
from tests.unit.test_conflicts import MEDICS, NL_MOD, article
from tests.unit.test_fire_returned_and_weapons_astray import _said

slow = pytest.mark.slow

_POLICE = ("Kessa police said soldiers at a Dorba roadblock fired at a pickup on Friday, "
           "killing Arno Velt. ")


@slow
def test_a_person_described_at_another_mention_is_what_it_says(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _POLICE + "Velt, a 24-year-old farmer, had been driving home.")
    assert ("Kessa police", "Arno Velt", "civilians") in told, told


@slow
def test_counter_example_a_person_no_noun_describes(real_extractor: Any) -> None:
    told = _told(real_extractor, _POLICE + "Velt had been driving home.")
    assert ("Kessa police", "Arno Velt", "unknown") in told, told


@slow
def test_he_struck_in_a_passive_is_the_person_named_before(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "Arno Velt, a 24-year-old farmer, was driving a tractor home when he was "
                 "shot, his family said.")
    assert ("family", "he", "civilians") in told, told


@slow
def test_counter_example_he_who_speaks_is_no_one_struck(real_extractor: Any) -> None:
    # "he" the subject of an active verb is no passive victim: no claim is made of him
    told = _told(real_extractor,
                 "Arno Velt, a 24-year-old farmer, said he saw the patrol fire on a tractor.")
    assert not any(target == "he" for _, target, _ in told), told


_CROWD = " Villagers said the officers shot into a group of herders."


@slow
def test_assailants_a_force_says_attacked_it_and_the_crowd_fired_on(
        real_extractor: Any) -> None:
    # the police's word that those it faced stormed its stations, against the villagers' that
    # the officers shot into herders: whether those shot were attackers is the dispute
    body = ("Kessa police said saboteurs stormed two police stations in the Dorba quarter on "
            "Friday." + _CROWD)
    pairs = find_conflicts(_analysed(real_extractor, body))
    assert [p.reason for p in pairs] == ["presence"], pairs


@slow
def test_counter_example_gunmen_who_attacked_a_post_are_an_attack_of_their_own(
        real_extractor: Any) -> None:
    # armed men at a post are an attack of their own, not the people the force fired on
    body = ("Kessa police said gunmen stormed two police stations in the Dorba quarter on "
            "Friday." + _CROWD)
    assert find_conflicts(_analysed(real_extractor, body)) == []


def test_what_a_force_calls_those_it_faced() -> None:
    assert _ASSAILANTS_ON_FORCE.search("the suspects ambushed a roadblock")
    assert _ASSAILANTS_ON_FORCE.search("occupiers of the ranch fired at officers")
    # counter-example: armed men, and men the force fired on, are no word that they attacked
    assert not _ASSAILANTS_ON_FORCE.search("gunmen stormed the police post")
    assert not _ASSAILANTS_ON_FORCE.search("officers fired at the suspects")


@slow
def test_their_car_fired_on_is_the_owners_not_the_shooters(real_extractor: Any) -> None:
    # "their" after "shot at" stands for the brothers, not the soldiers who fired
    told = _told(real_extractor,
                 "Soldiers fired on vehicles near the village of Dorba on Friday, killing four "
                 "people. Relatives said the two brothers were driving to a bakery when "
                 "soldiers shot at their car.")
    assert ("Relatives", "their car", "civilian_site") in told, told


@slow
def test_counter_example_their_positions_fired_from_are_the_shooters(
        real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "Soldiers fired on vehicles near the village of Dorba on Friday, killing four "
                 "people. The army said militants shot at soldiers from their trenches on the "
                 "ridge.")
    assert not any(target == "their trenches" and cls == "civilian_site"
                   for _, target, cls in told), told


def _safe_against(target: str, rule: str) -> list[str]:
    a = article("a1")
    safe = _said(a, NL_MOD, '"All our aircraft are safe," the air force said.',
                 "All our aircraft", "military", "miss.no_damage_intact", negated=True)
    hit = _said(a, MEDICS, "Officials said the attackers had killed a commando.", target,
                "military", rule)
    return [p.reason for p in find_conflicts([safe, hit])]


def test_aircraft_said_safe_do_not_answer_a_commando_killed() -> None:
    assert _safe_against("commando", "copula.among_those") == []


def test_counter_example_aircraft_said_safe_answer_helicopters_destroyed() -> None:
    assert _safe_against("two helicopters", "hit.object") == ["miss"]


_ELEVEN = "Warplanes struck the village of Dorba in Kessa province on Friday, killing 11 people. "


@slow
def test_him_is_the_one_person_the_sentence_before_describes(real_extractor: Any) -> None:
    told = _told(real_extractor, _ELEVEN + '"My cousin was a shepherd. They killed him '
                                           'for nothing," said Tomas Ferro.')
    assert ("Tomas Ferro", "him", "civilians") in told, told


@slow
def test_counter_example_him_after_two_people_named_before(real_extractor: Any) -> None:
    told = _told(real_extractor, _ELEVEN + "The mayor met the general on Thursday. Troops "
                                           "killed him in the raid, the army said.")
    assert ("army", "him", "unknown") in told, told


_FOUR_SHOT = "Police shot dead four men in the town of Dorba in Kessa province on Friday. "


@slow
def test_they_killed_after_they_are_said_to_bear_arms(real_extractor: Any) -> None:
    # rule ``armed.said_armed``: the clause "when they were killed" hangs on says so
    for said in ("The police said the men were carrying rifles when they were killed.",
                 "The police said the men were armed when they were shot."):
        told = _told(real_extractor, _FOUR_SHOT + said)
        assert ("police", "they", "armed_group") in told, (said, told)


@slow
def test_counter_example_they_said_to_be_defenceless(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _FOUR_SHOT + "Relatives said the men were defenceless when they were "
                 "killed.")
    assert ("Relatives", "they", "civilians") in told, told


@slow
def test_they_shot_are_not_the_weapons_named_before(real_extractor: Any) -> None:
    # "they" shot stands for people, never for the weapons the men did not carry
    told = _told(real_extractor, _FOUR_SHOT + "Relatives said the men were not carrying "
                                              "weapons when they were shot.")
    assert ("Relatives", "they", "civilians") in told, told


@slow
def test_no_weapons_found_on_the_bodies(real_extractor: Any) -> None:
    told = _told(real_extractor, _FOUR_SHOT + "Relatives said no weapons were found on "
                                              "the bodies.")
    assert ("Relatives", "no weapons", "military") in told, told
    # counter-example: bodies recovered are a toll, no arms found
    claims = _analysed(real_extractor, _FOUR_SHOT + "Police said officers recovered the "
                                                    "corpses of 29 rebels in the forest.")
    assert not any(c.rule == "use.found_at" for c in claims), \
        [(c.target.text, c.rule) for c in claims]


_FIVE = "Soldiers shot dead five men near the town of Dorba in Kessa province on Sunday. "


@slow
def test_weapons_made_use_of_against_those_faced(real_extractor: Any) -> None:
    told = _told(real_extractor, _FIVE + "The ministry said the unit made use of firearms "
                                         "against the alleged attackers.")
    assert ("ministry", "alleged attackers", "armed_group") in told, told
    told = _told(real_extractor, _FIVE + "The ministry said the unit made use of firearms "
                                         "against what it called alleged attackers.")
    assert ("ministry", "alleged attackers", "armed_group") in told, told


@slow
def test_counter_example_a_law_made_use_of_is_no_weapon(real_extractor: Any) -> None:
    told = _told(real_extractor, _FIVE + "The families said lawyers would make use of the "
                                         "law against the soldiers.")
    assert not any(target == "soldiers" for _, target, _ in told), told
