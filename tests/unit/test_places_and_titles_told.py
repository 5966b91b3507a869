"""Where a strike was and who said so, read from copy of new regions (issue 8):

- "the Red Sea city of Hudaydah", "the Black Sea port of Odesa": the town of the "of"
  phrase, not the sea that qualifies its kind;
- "carried out air strikes in the governorate of Hodeidah to destroy the militia's
  capabilities": the purpose clause's claim takes the place of the strikes;
- "intercepted a missile fired by the group toward the capital" stops the whole attack
  (the launch is no landing);
- "reserved the right to hit targets" is an intent, not an account;
- "An Israeli army official rejected that account ... the official said" is that
  official, not a minister heard before;
- "fired at gunmen in the area, not at the hospital" denies the hospital;
- "a social media page used by X" and "a Telegram channel linked to X" speak for X;
- "people who were carrying no weapons" are not armed;
- whom the forces fought ("the troops had been fighting terrorists") is their target,
  not whom a group fought;
- "tanks have been positioned in the residential quarters" is a use of the homes;
- a toll told after "rockets had also landed in a residential part" is harm beside the
  military target, no dispute.

Team-written sentences (``slow``: the real model); names are invented or generic."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _places(extractor: Any, body: str, word: str) -> set[str | None]:
    claims = [c for c in _analysed(extractor, body) if word in c.target.text]
    assert claims, _analysed(extractor, body)
    return {c.place.name if c.place is not None else None for c in claims}


@slow
@pytest.mark.parametrize(("body", "word", "not_there"), [
    ("An overnight air raid destroyed a telecommunications building in the Red Sea city "
     "of Hudaydah, killing three children, the aid group said.", "building", "Red Sea"),
    ("A missile hit a grain warehouse in the Black Sea port of Odesa, the governor said.",
     "warehouse", "Black Sea"),
])
def test_the_town_of_the_of_phrase_not_the_sea(real_extractor: Any, body: str, word: str,
                                               not_there: str) -> None:
    places = _places(real_extractor, body, word)
    assert places and not_there not in places and None not in places, places


@slow
def test_a_sea_coast_stays_the_sea(real_extractor: Any) -> None:
    # counter-example: no town named after the kind, the sea is where it was
    places = _places(real_extractor, "Jets struck a market on the Red Sea coast, residents "
                                     "said.", "market")
    assert places == {"Red Sea"}, places


@slow
def test_a_purpose_clause_takes_the_place_of_the_strikes(real_extractor: Any) -> None:
    places = _places(real_extractor, (
        "RIYADH, Jan 21 (Test Wire) -- The coalition said it carried out precise air strikes "
        "in the governorate of Hodeidah overnight to destroy the capabilities of the Houthi "
        "militia."), "capabilities")
    assert places and None not in places, places


@slow
def test_a_missile_stopped_after_its_launch(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Saudi air defences intercepted a ballistic missile fired by the Houthis toward "
        "Riyadh, the coalition said."))
    assert any(c.action == "miss" and "missile" in c.target.text for c in claims), claims
    # counter-example: one that landed first was not stopped
    claims = _analysed(real_extractor, (
        "The missile that landed on the market was intercepted, the coalition said."))
    assert not any(c.action == "miss" for c in claims), claims


@slow
def test_a_right_reserved_is_no_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Israel agreed to suspend air strikes for 48 hours, though officials said it "
        "reserved the right to hit targets preparing attacks."))
    assert not any("targets" in c.target.text for c in claims), claims


@slow
def test_the_official_is_the_one_last_heard_by_that_title(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Palestinian Health Minister Maya Haddad accused Israeli forces of firing tear gas at "
        "the town hospital. An Israeli army official rejected that account. Troops had fired "
        "at gunmen in the area, not at the hospital, the official said."))
    gunmen = [c for c in claims if "gunmen" in c.target.text]
    assert gunmen and all("Haddad" not in c.party.name for c in gunmen), gunmen
    assert all(c.party.type == "military" for c in gunmen), gunmen
    hospital = [c for c in claims if c.target.text == "hospital" and c.party == gunmen[0].party]
    assert hospital and all(c.negated for c in hospital), hospital


@slow
@pytest.mark.parametrize(("body", "who"), [
    ("A social media page used by rebel commander Igor Petrov said separatist fighters had "
     "shot down a military transport plane near the town.", "Igor Petrov"),
    ("A Telegram channel linked to the Wagner group said its fighters had shot down a "
     "military transport plane near the town.", "Wagner"),
])
def test_a_page_speaks_for_whoever_uses_it(real_extractor: Any, body: str, who: str
                                            ) -> None:
    claims = [c for c in _analysed(real_extractor, body) if "plane" in c.target.text]
    assert claims and all(who in c.party.name for c in claims), claims


@slow
def test_a_bare_channel_stays_the_channel(real_extractor: Any) -> None:
    # counter-example: a channel said to be nobody's is the channel
    claims = [c for c in _analysed(real_extractor, (
        "A Telegram channel said fighters had shot down a military transport plane near the "
        "town.")) if "plane" in c.target.text]
    assert claims and all("channel" in c.party.name for c in claims), claims


@slow
def test_people_carrying_no_weapons_are_not_armed(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Residents said armoured vehicles opened fire at people on the street who were "
        "carrying no weapons."))
    assert any(c.target.text == "people" and c.target.target_class == "civilians"
               for c in claims), claims
    claims = _analysed(real_extractor, (
        "Residents said troops opened fire at men who were carrying weapons."))
    assert any(c.target.text == "men" and c.target.target_class == "armed_group"
               for c in claims), claims


@slow
def test_whom_the_forces_fought_and_a_group_fighting_them(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Interior Minister Ivan Petrenko said the troops had been fighting terrorists who "
        "attacked the police building with automatic weapons."))
    assert any(c.target.text == "terrorists" and c.target.target_class == "armed_group"
               for c in claims), claims
    # counter-example: a group fighting the soldiers tells its own attack, no target
    claims = _analysed(real_extractor, (
        "The armed group said its members had fought the soldiers for hours."))
    assert not any("soldiers" in c.target.text for c in claims), claims


@slow
def test_a_toll_beside_rockets_that_also_landed_elsewhere(real_extractor: Any) -> None:
    from pipeline.domain.conflicts import find_conflicts

    claims = _analysed(real_extractor, (
        "Military spokesman Ivan Koval said the rockets had been aimed at the command centre "
        "at the town's airfield.\n\nThe regional governor, Petro Savych, said several rockets "
        "had also landed in a residential part of the town, hitting apartment buildings and "
        "a street where people were walking, and that at least seven civilians had been "
        "killed."))
    assert any("civilians" in c.target.text for c in claims), claims
    assert find_conflicts(claims) == [], find_conflicts(claims)


@slow
def test_tanks_positioned_among_homes_use_them(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Shells struck a nine-storey block in the town on Wednesday, residents said.\n\n"
        "Separatist commanders said that government tanks have been positioned in the town's "
        "residential quarters."))
    assert any("tanks" in c.target.text and c.action == "use"
               and c.target.target_class == "military" for c in claims), claims
