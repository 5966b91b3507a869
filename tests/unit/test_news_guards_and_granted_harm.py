"""Claims put out as news, armed guards and threatening suspects, who struck a site in its
own clause, and harm a force grants (issue 8), with the real model (``slow``).

- "foreign media spread news that a hospital was bombed": the account is the media's,
  never the speaker's who reports it; a statement "claiming responsibility and alleging
  that ..." speaks for whoever put it out.
- "disabled the airport" is a strike verb; "armed guards" and "individuals who posed a
  threat" are fighters in a force's account.
- "the school attacked by militants" is no militants' school: who struck a site in its
  own clause says nothing of what it was.
- A force that says its strike on a militant killed uninvolved civilians grants that
  harm (a toll that names civilians, not a bare count of people); "five villagers" the
  struck men had killed before ("militants who had killed five villagers") are no such
  grant.
- Witnesses who tell of attacks on military posts as what came before the killings tell
  no military target of them.
- "One official" after "U.S. officials declined to say ..." is one of them.

Team-written sentences; names and places are invented."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow


@slow
def test_news_spread_is_the_spreaders_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The army said its jets struck a rebel base near Kora. It said foreign media "
        "spread news that a hospital was bombed."))
    hospital = [c for c in claims if "hospital" in c.target.text]
    assert [c.party.name for c in hospital] == ["foreign media"], \
        [(c.party.name, c.target.text) for c in claims]
    assert find_conflicts(claims)


@slow
def test_a_statement_alleging_after_claiming_speaks_for_its_issuer(
        real_extractor: Any) -> None:
    told = _told(real_extractor, (
        "The rebel group's spokesman circulated a statement claiming responsibility and "
        "alleging that the victims were soldiers working undercover as traders."))
    assert any(target == "soldiers" and cls == "military" for _, target, cls in told), told


@slow
def test_disabled_is_struck(real_extractor: Any) -> None:
    told = _told(real_extractor, (
        "The air force said it had fully disabled the airport, which it described as a "
        "hub for the transfer of weapons."))
    assert ("air force", "airport", "military") in told, told


@slow
@pytest.mark.parametrize(("body", "target"), [
    ("The army said it targeted only the armed royal guards who attacked police posts.",
     "only the armed royal guards"),
    ("The navy said troops fired warning shots at individuals who approached them in a "
     "way that posed a threat.", "individuals"),
])
def test_armed_guards_and_threatening_suspects_are_fighters(
        real_extractor: Any, body: str, target: str) -> None:
    told = _told(real_extractor, body)
    assert any(t == target and cls == "armed_group" for _, t, cls in told), told


@slow
@pytest.mark.parametrize("body", [
    "Officials said the school attacked by militants last week was empty.",
    "Residents said the market that rebels shelled was crowded.",
])
def test_who_struck_a_site_is_not_what_it_was(real_extractor: Any, body: str) -> None:
    told = _told(real_extractor, body)
    assert all(cls != "armed_group" for _, _, cls in told), told


@slow
def test_a_site_fighters_used_is_still_theirs(real_extractor: Any) -> None:
    told = _told(real_extractor, "The army said jets hit a house where fighters hid.")
    assert any(t == "house" and cls == "armed_group" for _, t, cls in told), told


@slow
def test_harm_a_force_grants_is_no_dispute(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The military said it had struck a militant commander in the Sarif area, and that "
        "as a result of the strike, several uninvolved civilians were killed. The health "
        "ministry said the strike killed five people, including three children."))
    assert not find_conflicts(claims), [(c.party.name, c.target.text) for c in claims]


@slow
def test_civilians_the_struck_men_had_killed_are_not_granted(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The army said it struck a gathering of fighters and killed 12 militants who had "
        "killed five villagers. Residents said the dead were farmers."))
    assert find_conflicts(claims), [(c.party.name, c.target.text) for c in claims]


@slow
def test_attacks_told_as_what_came_before_grant_no_military_target(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Witnesses said security forces had killed young men in three districts after "
        "attacks on three military installations. The presidential spokesman said those "
        "killed were enemies armed with weapons."))
    pairs = find_conflicts(claims)
    assert any({p.first.target.text, p.second.target.text} == {"young men", "enemies"}
               for p in pairs), [(c.party.name, c.target.text) for c in claims]


@slow
def test_a_bare_count_at_a_meeting_of_fighters_grants_no_harm(real_extractor: Any) -> None:
    # "more than 20 people" at a meeting of fighters are the fighters, not civilians the
    # force grants it killed
    claims = _analysed(real_extractor, (
        "The military regime said it struck a meeting of armed resistance fighters in Kanbe "
        "and that more than 20 people were killed. A village administrator said the dead "
        "were civilians who had gathered for a festival."))
    assert find_conflicts(claims), [(c.party.name, c.target.text) for c in claims]


@slow
def test_one_official_is_one_of_the_officials_named_before(real_extractor: Any) -> None:
    # "One official" after "U.S. officials declined ...": on their side, so his "the man
    # in a car" is no dispute of the command's own account
    claims = _analysed(real_extractor, (
        "The U.S. military said its drone killed an Islamic State planner. U.S. officials "
        "declined to say whether he had a role in the attack. One official said the drone "
        "hit the man while he was in a car with another person."))
    man = next(c for c in claims if c.target.text == "man")
    assert man.party.side == "us", man.party
    assert not find_conflicts(claims), [(c.party.name, c.target.text) for c in claims]
