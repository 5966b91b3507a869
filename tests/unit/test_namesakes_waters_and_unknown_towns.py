"""Where two outlets' accounts of one strike meet: a world city over a small namesake the
story's countries lift, a town matched abroad only by another name, a capital the
recogniser missed, a strike on a lake or sea in no state, a town the gazetteer lacks that
respells a known one, a quarter where its town stands, the day of an operation, and a
state named only as a speaker's owner. Each rule has its example and a counter-example.
The resolver tests read the gazetteer, not the model."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.domain.conflicts import event_key
from pipeline.domain.events import LOCALITY, _struck_on, place_match, struck_places
from pipeline.domain.models import Actor, Article, ArticleAnalysis, Claim, Evidence, Place, Target
from pipeline.nlp.index import default_resolver
from pipeline.nlp.places import PlaceResolver


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return default_resolver()


# ------------------------------------------------------------------ place.world_city

def test_a_capital_named_beside_the_united_states_is_the_capital(
        resolver: PlaceResolver) -> None:
    text = ("Tehran said its drones answered the bombing of its embassy in Damascus, and "
            "told the United States to keep away.")
    found = resolver.resolve_all(["Tehran", "Damascus", "the United States"], ["IR", "US"],
                                 text)
    assert found["Damascus"].country == "SY"


def test_counter_example_a_namesake_the_story_places_in_its_state_stays(
        resolver: PlaceResolver) -> None:
    text = "Police in Damascus, Maryland, said a fire hit a barn on Sunday."
    found = resolver.resolve_all(["Damascus", "Maryland"], ["US"], text)
    assert found["Damascus"].country == "US"


def test_counter_example_a_city_a_fifth_the_capitals_size_stays(
        resolver: PlaceResolver) -> None:
    text = "A car bomb went off in Tripoli, in northern Lebanon, on Friday."
    found = resolver.resolve_all(["Tripoli", "Lebanon"], ["LB"], text)
    assert found["Tripoli"].country == "LB"


def test_the_wire_spelling_of_a_black_sea_port_beats_a_texan_town(
        resolver: PlaceResolver) -> None:
    text = ("Russia said its missiles hit a depot of weapons from the United States near "
            "Odessa, in southern Ukraine.")
    found = resolver.resolve_all(["Russia", "the United States", "Odessa", "Ukraine"],
                                 ["RU", "US", "UA"], text)
    assert found["Odessa"].country == "UA"


# ------------------------------------------------------------------ place.alias_abroad

def test_a_town_matched_abroad_only_by_another_name_is_the_storys_own(
        resolver: PlaceResolver) -> None:
    text = ("Soldiers fought gunmen in Baga, by Lake Chad, officials in Abuja "
            "said, and the governor of Borno visited on Monday.")
    found = resolver.resolve_all(["Baga", "Abuja", "Borno"], ["NG"], text)
    baga = [p for n, p in found.items() if n.endswith("Baga")]
    assert baga and all(p.country == "NG" for p in baga)


def test_counter_example_a_big_city_by_another_name_is_kept(
        resolver: PlaceResolver) -> None:
    text = "Moscow said its missiles struck an arms depot in Kiev overnight."
    found = resolver.resolve_all(["Moscow", "Kiev"], ["RU"], text)
    assert found["Kiev"].country == "UA"


# ------------------------------------------------------------------ capitals in slots

def test_a_capital_of_the_storys_country_the_recogniser_missed_is_found(
        resolver: PlaceResolver) -> None:
    text = ("Reporters who visited a rail depot in Kyiv on Monday found "
            "burnt carriages, a Ukrainian official said.")
    found = resolver.resolve_all([], ["UA"], text)
    assert any(p.name == "Kyiv" for p in found.values())


def test_counter_example_a_capital_abroad_in_a_slot_is_none(resolver: PlaceResolver) -> None:
    text = ("Talks in Washington after Sunday's strike went nowhere, a Ukrainian official "
            "said.")
    found = resolver.resolve_all([], ["UA"], text)
    assert not any(p.country == "US" for p in found.values())


# ------------------------------------------------------------------ unknown towns

def test_a_quarter_of_a_town_stands_where_the_town_does(resolver: PlaceResolver) -> None:
    text = ("A strike hit a tower in Zeitunia, in northern Gaza City, on Sunday, rescuers "
            "in the Gaza Strip said.")
    found = resolver.resolve_all(["Gaza City", "the Gaza Strip"], ["PS"], text)
    quarter = found["unlisted:Zeitunia"]
    city = next(p for p in found.values() if p.name == "Gaza")
    assert (quarter.latitude, quarter.longitude) == (city.latitude, city.longitude)
    assert place_match(quarter, city) == LOCALITY


def test_counter_example_a_village_west_of_a_town_is_not_in_it(
        resolver: PlaceResolver) -> None:
    text = ("Shells hit a market in Tawirah, west of El Fasher, on Sunday, medics in North "
            "Darfur said.")
    found = resolver.resolve_all(["El Fasher", "North Darfur"], ["SD"], text)
    village = next(p for n, p in found.items() if "Tawirah" in n)
    assert village.latitude is None


KNOWN = Place("Talcaanood", 21, "NL", "Sool", 8.48, 47.36, "city")
RESPELT = Place("Talanod", None, "NL", "Sool", kind="city")
NEIGHBOUR = Place("Prusok", None, "NL", "Sool", kind="city")
ELSEWHERE = Place("Talanod", None, "NL", "Sanaag", kind="city")
UNPLACED = Place("Talanod", None, "NL", None, kind="city")


def test_a_town_the_gazetteer_lacks_is_the_known_town_it_respells() -> None:
    # "Lasanod" for Laascaanood: one consonant apart, in one region
    assert place_match(RESPELT, KNOWN) == LOCALITY
    assert place_match(UNPLACED, KNOWN) == LOCALITY  # the story names no region for it


def test_counter_examples_another_name_or_another_region_is_another_town() -> None:
    # "Hpruso, 20 km west of Loikaw" is no town a strike on Dimawso the day before hit
    assert place_match(NEIGHBOUR, KNOWN) is None
    assert place_match(ELSEWHERE, KNOWN) is None


# ------------------------------------------------------------------ events.stateless_key

ARMY = Actor("ng.army", "army", "military", "NG", "ng")


def _at(*places: Place) -> ArticleAnalysis:
    body = "Jets struck boats on the lake, the army said."
    art = Article("w1", "", body, "Wire", None, None)
    ev = Evidence("w1", "Wire", body, 0, len(body))
    claims = tuple(Claim(ARMY, "asserts", Target("boats", "armed_group"), ev, "strike", None,
                         place) for place in places)
    return ArticleAnalysis(art, places=places, claims=claims)


LAKE = Place("Lake Chad", None, None, None, 13.1, 14.5, "sea")
MONGUNO = Place("Monguno", 2329946, "NG", "Borno", 12.67, 13.61, "city")


def test_a_strike_on_a_lake_in_no_state_goes_by_the_waters_name() -> None:
    assert event_key(_at(LAKE)) == "geo:~lake chad"


def test_counter_example_a_strike_in_a_state_goes_by_the_state() -> None:
    assert event_key(_at(LAKE, MONGUNO, MONGUNO)) == "geo:NG"


# ------------------------------------------------------------------ events.struck_on_day

TUESDAY = date(2031, 9, 16)


def _body(text: str) -> Article:
    return Article("d1", "", text, "Wire", None, datetime(2031, 9, 16, 9, tzinfo=UTC))


def test_the_day_troops_went_in_is_the_strikes_day() -> None:
    text = ("The military said on Tuesday that troops went to the village in the township "
            "on Friday after hearing that fighters were hiding there.")
    assert _struck_on(_body(text), TUESDAY) == 4


def test_counter_example_a_visit_after_the_strike_gives_no_day() -> None:
    text = ("The governor visited the village in the township on Friday and met the "
            "families of the dead, officials said on Tuesday.")
    assert _struck_on(_body(text), TUESDAY) is None


# ------------------------------------------------------------------ events.speakers_state

RUSSIA = Place("Russia", 2017370, "RU", None, kind="country")
CAPITAL = Place("Damascus", 170654, "SY", "Dimashq", 33.51, 36.29, "city", capital=True)
OFFICIALS = Actor("source.officials", "officials", "official", None, None)


def _told_in(body: str, places: tuple[Place, ...]) -> list[Place | None]:
    art = Article("s1", "", body, "Wire", None, None)
    said = "Four servicemen were killed, the center said."
    ev = Evidence("s1", "Wire", said, body.index(said), body.index(said) + len(said))
    claim = Claim(OFFICIALS, "asserts", Target("four servicemen", "military"), ev, "strike",
                  None, None)
    return struck_places(ArticleAnalysis(art, places=places, claims=(claim,)))


def test_a_state_named_only_as_a_speakers_owner_is_no_place_struck() -> None:
    body = ("Missiles struck targets in the south overnight, the state news agency said. "
            "Russia's Defence Control Centre said air defences downed 30 missiles. "
            "Four servicemen were killed, the center said. Blasts echoed across "
            "Damascus for an hour.")
    (place,) = _told_in(body, (CAPITAL, RUSSIA))
    assert place is not None and place.country == "SY"


def test_counter_example_a_state_named_as_where_it_happened_counts() -> None:
    body = ("Missiles struck targets in the south overnight, the state news agency said. "
            "Drones also hit a depot in Russia, officials said. Four servicemen were killed, "
            "the center said. Blasts echoed across Damascus for an hour.")
    (place,) = _told_in(body, (CAPITAL, RUSSIA))
    assert place is not None and place.country == "RU"
