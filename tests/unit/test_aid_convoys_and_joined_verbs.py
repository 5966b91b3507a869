"""What a story's pronouns and aid bodies stand for, as new copy wrote them.

- A pronoun object of a verb joined to an earlier one ("the soldiers lined them up and
  shot them") is never the subject the two verbs share: the soldiers did the shooting, so
  "them" stands for the people named before.
- A relief agency's convoy or trucks are a civilian site, not the weak military reading
  of a bare "convoy" (row ``gazetteer.humanitarian``).
- A body is never what it says was hit: "the convoy of the WFP and UNICEF came under
  attack, the agencies said", where the parse made UNICEF a second thing hit.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _told

slow = pytest.mark.slow


# ------------------------------------------------------------------ joined verbs

@slow
def test_them_of_a_joined_verb_is_not_its_shared_subject(real_extractor: Any) -> None:
    body = ('"The villagers had gathered at the market in Kovra. The soldiers lined them up '
            'and shot them, the women too," a relative told reporters.')
    told = _told(real_extractor, body)
    assert {cls for _, target, cls in told if target == "them"} == {"civilians"}, told


@slow
def test_counter_example_a_joined_verb_with_its_own_subject_keeps_it(
        real_extractor: Any) -> None:
    # "the militants" act in the second clause: "them" is the soldiers before
    body = ("Northland soldiers patrolled the market in Kovra on Tuesday and militants shot "
            "them from a rooftop, the army said.")
    told = _told(real_extractor, body)
    assert ("army", "them", "military") in told, told


# ------------------------------------------------------------------ aid convoys

@slow
def test_an_aid_agencys_convoy_is_a_civilian_site(real_extractor: Any) -> None:
    told = _told(real_extractor, "A convoy of the World Food Programme came under fire near "
                                 "Kovra on Monday, the agency said.")
    assert {cls for _, target, cls in told if "convoy" in target} == {"civilian_site"}, told


@slow
def test_counter_example_an_armys_convoy_stays_military(real_extractor: Any) -> None:
    told = _told(real_extractor, "A convoy of the Northland army came under fire near Kovra "
                                 "on Monday, the ministry said.")
    assert {cls for _, target, cls in told if "convoy" in target} == {"military"}, told


@slow
def test_a_body_is_not_what_it_says_was_hit(real_extractor: Any) -> None:
    body = ("The 15-truck convoy of the World Food Programme (WFP) and the UN children's "
            "agency UNICEF came under attack on Monday night near Kovra, the agencies said in "
            "a joint statement.")
    told = _told(real_extractor, body)
    assert told and not any("UNICEF" in target and "convoy" not in target
                            for _, target, _ in told), told
