"""A party that denies someone else's claim ("the port authority denied a claim by the
front that it had hit the terminal") is heard as well as the claim's owner: the
owner tells its account, the denier denies the same target (rule ``party.denier``).
Each case has its example and a counter-example; all are the team's own sentences about
invented places. A party that "had nothing to do with" a raid or "had not been involved
in" it denies blame as "denied involvement" does (rule ``blame.nothing_to_do_with``).
Slow: they load the model."""
from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_rebuttals_and_told_days import _told

slow = pytest.mark.slow


@slow
def test_the_denier_of_a_claim_by_others_denies_its_target(real_extractor: Any) -> None:
    body = ("The Kessa port authority on Sunday denied a claim by the Dorba Liberation "
            "Front that it had struck the container terminal with a drone.")
    told = _told(real_extractor, body)
    assert ("Dorba Liberation Front", "container terminal", False) in told, told
    assert ("Kessa port authority", "container terminal", True) in told, told
    # the claimed strike on the terminal and its denial are a dispute about what was hit
    assert find_conflicts(_analysed(real_extractor, body))


@slow
def test_the_denier_of_a_use_claimed_by_others_denies_the_use(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "The charity rejected claims by Kessa officials that rebel fighters had "
                 "been sheltering in its clinic.")
    assert ("Kessa officials", "rebel fighters", False) in told, told
    assert ("charity", "rebel fighters", True) in told, told


@slow
def test_counter_example_a_claim_confirmed_is_no_denial(real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "The Kessa port authority on Sunday confirmed a claim by the Dorba "
                 "Liberation Front that it had struck the container terminal with a drone.")
    assert not any(negated for _, _, negated in told), told


@slow
def test_counter_example_the_accused_denying_its_own_strike_is_a_bare_denial(
        real_extractor: Any) -> None:
    # "its jets": whose jets the clause leaves open, so the denier may be denying its own
    # strike, a denial of blame that disputes no target
    body = ("The Kessa air force dismissed claims by the Dorba Liberation Front that its "
            "jets had bombed a clinic in Pelan.")
    assert not find_conflicts(_analysed(real_extractor, body))


@slow
def test_counter_example_the_denial_is_of_the_use_not_of_the_strike_that_dates_it(
        real_extractor: Any) -> None:
    told = _told(real_extractor,
                 "The charity rejected claims by Kessa officials that rebel fighters had "
                 "been sheltering in its clinic when it was shelled.")
    # the shelling is the clause's date, not what the charity denies
    assert not any(party == "charity" and negated and target != "rebel fighters"
                   for party, target, negated in told), told


_MARKET = "Jets bombed a cattle market in Pelan on Monday, residents said. "


def _denials(extractor: Any, body: str) -> set[tuple[str, str]]:
    return {(c.party.name, c.rule) for c in _analysed(extractor, body) if c.negated}


@slow
def test_a_group_that_had_nothing_to_do_with_a_raid_denies_blame(
        real_extractor: Any) -> None:
    assert ("group", "blame.noun") in _denials(
        real_extractor, _MARKET + "The group said it had nothing to do with the raid.")
    assert ("army", "blame.noun") in _denials(
        real_extractor, _MARKET + "The army said it had not been involved in the raid.")


@slow
def test_counter_example_an_army_that_was_involved_denies_nothing(real_extractor: Any) -> None:
    assert not _denials(real_extractor,
                        _MARKET + "The army said it had been involved in the raid.")
