"""Accounts a party tells as a story, a version or a picture ("neighbours tell another
story: the youths were gunned down as they knelt"; "relatives gave an account that ..."),
and a killing told as the second half of a copula ("the herders were defenceless and
were killed").
Each case has its example and a counter-example; all are the team's own sentences about
invented places. Slow: they load the model."""
from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow

_POLICE = ("Kessa police said on Friday that the nine youths killed by officers in the "
           "Dorba quarter were members of a gang that had ambushed a checkpoint. ")


@slow
def test_a_killing_joined_to_a_copula_shares_its_subject(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "Soldiers raided the village of Dorba on Friday. Villagers said the "
                 "herders were defenceless and were killed.")
    assert ("Villagers", "herders", "civilians") in told, told


@slow
def test_counter_example_a_joined_killing_with_its_own_subject(real_extractor: Any) -> None:
    # the second clause names its own dead: the farmers of the copula were not shot
    told = _told(real_extractor,
                 "Soldiers raided the village of Dorba on Friday. Villagers said the "
                 "herders were defenceless and two soldiers were killed.")
    assert not any(target == "herders" for _, target, _ in told), told


@slow
def test_a_story_told_after_a_colon_is_the_tellers(real_extractor: Any) -> None:
    body = _POLICE + ("Neighbours in Dorba tell another story: the youths were gunned down "
                      "as they knelt in a yard.")
    told = _told(real_extractor, body)
    assert ("Neighbours in Dorba", "youths", "civilians") in told, told
    # the police's gang against the neighbours' youths gunned down as they knelt
    assert find_conflicts(_analysed(real_extractor, body))


@slow
def test_a_story_that_the_teller_tells_is_no_hearsay(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _POLICE + "Neighbours in Dorba told another story: that the youths were "
                 "defenceless and were killed as they knelt.")
    assert ("Neighbours in Dorba", "youths", "civilians") in told, told
    told = _told(real_extractor,
                 _POLICE + "Relatives of the dead gave an account that the youths were "
                 "killed at home.")
    assert ("Relatives of the dead", "youths", "civilians") in told, told


@slow
def test_counter_example_a_story_nobody_tells_is_hearsay(real_extractor: Any) -> None:
    # "stories that ..." with no teller: nobody's account
    told = _told(real_extractor,
                 _POLICE + "Stories that the youths were killed at home spread through "
                 "the quarter.")
    assert not any(target == "youths" for _, target, _ in told), told


@slow
def test_counter_example_versions_of_a_clash_tell_no_content(real_extractor: Any) -> None:
    # "offered conflicting versions of the clash": whose accounts follow, not an account
    told = _told(real_extractor,
                 "A day after police gunfire left two people dead in Pelan, the provincial "
                 "government and the families offered conflicting versions of the clash.")
    assert not any(party.startswith("provincial government") for party, _, _ in told), told


@slow
def test_a_passive_with_its_own_subject_takes_no_relative_object(real_extractor: Any) -> None:
    # the parse takes "that" for the object of "killed": the story was not what was hit
    told = _told(real_extractor,
                 _POLICE + "Neighbours told a story that the youths were killed at home.")
    assert not any(target == "story" for _, target, _ in told), told
    assert ("Neighbours", "youths", "civilians") in told, told


@slow
def test_they_after_what_the_dead_were_said_to_be_are_the_dead(real_extractor: Any) -> None:
    # "smugglers" is what the police said the dead were, not other people "they" names
    told = _told(real_extractor,
                 "Kessa police shot dead four men near the Dorba ferry on Friday. A police "
                 "spokesman said the slain men were smugglers. Their relatives said they "
                 "were fishermen.")
    assert ("relatives", "fishermen", "civilians") in told, told


@slow
def test_counter_example_they_after_other_people_named_are_not_the_dead(
        real_extractor: Any) -> None:
    # the nearest plural is people of another clause, not what the dead were said to be
    told = _told(real_extractor,
                 "Kessa police shot dead four men near the Dorba ferry on Friday. A police "
                 "spokesman said smugglers had fired at a launch. Their relatives said they "
                 "were fishermen.")
    assert ("relatives", "fishermen", "civilians") not in told, told


_TANKS = "Fighting raged around the town of Dorba in Kessa region on Friday. "


@slow
def test_a_claim_denied_after_the_last_word_said(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _TANKS + "The front said its fighters had wrecked two tanks near the bridge, "
                 "a claim the army denied.")
    assert ("front", "two tanks", "military") in told, told
    assert ("army", "two tanks", "military") in told, told
    # the account noun set beside what was said is no second target
    assert not any(target == "claim" for _, target, _ in told), told


@slow
def test_counter_example_a_claim_not_confirmed_is_no_denial(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _TANKS + "The front said its fighters had wrecked two tanks near the bridge, "
                 "a claim the army has not confirmed.")
    assert not any(party == "army" for party, _, _ in told), told


_FOUR = "Soldiers shot dead four men in the town of Dorba in Kessa province on Friday. "


@slow
def test_an_account_that_is_what_it_says(real_extractor: Any) -> None:
    # "the army's account was that ...": the army's word, as "its assessment was that"
    told = _told(real_extractor, _FOUR + "The army's account was that the dead were "
                                         "insurgents.")
    assert ("army", "insurgents", "armed_group") in told, told


@slow
def test_counter_example_an_account_described_says_nothing_hit(real_extractor: Any) -> None:
    told = _told(real_extractor, _FOUR + "The army's account of the raid was brief.")
    assert not any(party == "army" for party, _, _ in told), told


_CLINIC = ("A missile struck a clinic in the city of Dorba in Kessa region on Friday, killing "
           "two people, officials said. ")


@slow
def test_bloggers_are_a_party(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 _CLINIC + "Pro-government bloggers insisted the rocket had struck a "
                 "barracks beside the clinic.")
    assert ("Pro-government bloggers", "barracks", "military") in told, told


@slow
def test_counter_example_a_blog_post_is_no_party(real_extractor: Any) -> None:
    # a medium is never a party: the post speaks for no one the text names
    told = _told(real_extractor,
                 _CLINIC + "A blog post insisted the rocket had struck a barracks beside "
                 "the clinic.")
    assert not any(target == "barracks" for _, target, _ in told), told
