"""Accounts of police raids, gang killings and border shelling (issue 8), with the real
model (``slow``).

- Gazetteer: Latin American armed groups and gangs (Comando Vermelho, the Paraguayan
  People's Army, cartels), so "a camp of the EPP" is theirs, not a camp for the displaced.
- "Relatives of the girls said they were children": "they" stands for whom the speaking
  kin are kin of.
- "it has collected reports of people who were executed": the reports tell of the people;
  the body that collected them speaks.
- "For its spokesman, X, the operation targeted armed bandits": X's account (translated
  copy's "pour", "para"); not "For years, ...".
- People moving drugs are smugglers; drug traders and dealers are no civilian traders.
- "the deceased were passengers" tells who the dead were.
- "gave another version in a statement ... The statement affirms": the statement's owner
  is whose verb it hangs on.
- copula.victims_kin: "my sons were students, not gang members" after the sons' killing.
- "did not fire their weapons": what was fired with is no target.
- "killed in the exchange" just after fire was told: men killed fighting.
- "remnants of the former regime" are fighters.
- use.placed_in: "had placed mortars in the school building" (not flowers).
- "Of those killed on Tuesday, 25 were tourists" takes the killing's day.

Team-written sentences; names and places are invented."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.domain.models import Article
from tests.unit.test_accounts_beside_and_asides import _analysed, _told

slow = pytest.mark.slow

_RAID = "Police raided the Vila Nova complex on Monday, leaving 40 people dead.\n\n"


@slow
@pytest.mark.parametrize(("text", "target", "cls"), [
    ("The police chief said the men killed were members of the Comando Vermelho.",
     "members of the Comando Vermelho", "armed_group"),
    ("The army said its troops attacked a camp of the EPP.", "camp of the EPP",
     "armed_group"),
])
def test_latin_american_groups_are_armed(real_extractor: Any, text: str, target: str,
                                         cls: str) -> None:
    told = _told(real_extractor, _RAID + text)
    assert any(t == target and c == cls for _, t, c in told), told


@slow
def test_they_after_kin_of_the_dead_are_the_dead(real_extractor: Any) -> None:
    body = ("Troops attacked a camp near Santa Rita on Wednesday and two members of the "
            "group died in the exchange of fire, the army said.\n\nRelatives of the girls, "
            "named as Ana and Rosa, said however that they were children who had come to "
            "visit their parents.")
    told = _told(real_extractor, body)
    assert ("Relatives of the girls", "children", "civilians") in told, told


@slow
def test_reports_of_people_are_the_collectors_account(real_extractor: Any) -> None:
    told = _told(real_extractor, _RAID + "The Public Defender's Office said that it has "
                                         "collected reports of people who were executed "
                                         "after surrendering.")
    assert any(p == "Public Defender's Office" and t == "people" for p, t, _ in told), told
    assert not any(p == "people" for p, _, _ in told), told


@slow
def test_a_fronted_for_names_the_speaker(real_extractor: Any) -> None:
    told = _told(real_extractor, _RAID + "For its spokesman, Gary Dorval, the operation "
                                         "targeted heavily armed bandits.")
    assert any("Gary Dorval" in p and t == "heavily armed bandits" and c == "armed_group"
               for p, t, c in told), told
    told = _told(real_extractor, _RAID + "For years, gangs have controlled the complex, "
                                         "residents said.")
    assert not any(p.startswith("year") for p, _, _ in told), told


@slow
@pytest.mark.parametrize(("text", "target", "cls"), [
    ('The minister said the agents fired at "people who were transporting drugs".', "people",
     "armed_group"),
    ("The minister said the agents fired at people who were transporting fish.", "people",
     "civilians"),
    ("Police said they shot a top yaba trader.", "top yaba trader", "armed_group"),
    ("Police said they shot a rice trader.", "rice trader", "civilians"),
])
def test_people_moving_or_selling_drugs_are_smugglers(real_extractor: Any, text: str,
                                                      target: str, cls: str) -> None:
    told = _told(real_extractor, _RAID + text)
    assert any(t == target and c == cls for _, t, c in told), told


@slow
def test_the_deceased_were_passengers(real_extractor: Any) -> None:
    body = ("Police fired on a canoe near Ahuto on Friday, killing four people. The mayor "
            "maintained that the deceased were passengers.")
    told = _told(real_extractor, body)
    assert ("mayor", "passengers", "civilians") in told, told


@slow
def test_the_statement_is_whose_version_it_gave(real_extractor: Any) -> None:
    body = ('"They shot at the church all night," the parish priest said.\n\nThe National '
            "Police gave another version in a statement read on state media. The statement "
            "affirms that the police did not attack any church.")
    found = [c for c in _analysed(real_extractor, body) if c.target.text == "any church"]
    assert [c.party.name for c in found] == ["National Police"], found


@slow
def test_kin_named_again_are_the_dead(real_extractor: Any) -> None:
    body = ("A mother whose two sons were killed in a massacre at a party confronted the "
            'governor on Thursday.\n\n"My sons were students, not gang members," Rosa '
            "Delgado told him.")
    told = _told(real_extractor, body)
    assert ("Rosa Delgado", "students", "civilians") in told, told
    # no sons killed before: whoever her sons are, no account of the dead
    told = _told(real_extractor, "Gunmen killed two guards at a party on Sunday.\n\n"
                                 '"My sons were students," Rosa Delgado told him.')
    assert not any(t == "students" for _, t, _ in told), told


@slow
def test_weapons_fired_are_no_target(real_extractor: Any) -> None:
    told = _told(real_extractor, _RAID + "Agents who took part in the raid did not fire "
                                         "their weapons, the State Department said.")
    assert not any("weapons" in t for _, t, _ in told), told


@slow
def test_killed_in_the_exchange_after_fire_were_fighting(real_extractor: Any) -> None:
    body = ("The officers came under fire from men in a boat and returned fire, a "
            "spokeswoman said. Officials said four people were killed in the exchange.")
    told = _told(real_extractor, body)
    assert ("Officials", "four people", "armed_group") in told, told


@slow
def test_remnants_are_fighters(real_extractor: Any) -> None:
    told = _told(real_extractor, _RAID + "The defence ministry said its operations were "
                                         "targeting remnants of the former regime.")
    assert any(t.startswith("remnants") and c == "armed_group" for _, t, c in told), told


@slow
def test_arms_placed_in_a_site(real_extractor: Any) -> None:
    body = ("Shells hit the school in Ak-Tash on Friday, the border service said.\n\nThe "
            "neighbouring state's security committee claimed that troops had placed mortars "
            "in the school building.")
    found = [c for c in _analysed(real_extractor, body) if c.rule == "use.placed_in"]
    assert [(c.target.text, c.target.target_class) for c in found] == [("mortars", "military")]
    body = body.replace("placed mortars", "placed flowers")
    assert not [c for c in _analysed(real_extractor, body) if c.rule == "use.placed_in"]


@slow
def test_who_the_dead_were_takes_the_day_of_the_killing(real_extractor: Any) -> None:
    article = Article(id="t", headline="", source="Test Wire",
                      published=datetime(2025, 4, 26, tzinfo=UTC),
                      body="The Hill Front on Saturday denied any role in the Pahra "
                           "attack, four days after a message posted in its name claimed "
                           "responsibility for the killing of 26 people at Baisar.\n\n"
                           "Police said the statement changed nothing. Of those killed on "
                           "Tuesday, 25 were tourists and one was a local guide, police "
                           "have said.")
    claims = real_extractor.analyse([article])[0].claims
    assert [c.days for c in claims if c.target.text == "tourists"] == [("Tuesday",)]
