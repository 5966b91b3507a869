"""Linking rules for one strike told by two sides in two articles: where a claim says the
strike was, and which strike days can be one strike. Each rule has an example and a
counter-example (pure; hand-built places, team-written text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.domain.clock import names_day
from pipeline.domain.events import (
    EventParams,
    Sighting,
    assign,
    empty_events,
    place_match,
    struck_places,
)
from pipeline.domain.models import Actor, Article, ArticleAnalysis, Claim, Evidence, Place, Target
from tests.unit.test_events import HILL_PROV, HILLVIEW, MEDICS, NORTHLAND, RIVER_PROV, RIVERTON

T0 = datetime(2031, 5, 4, 8, 0, tzinfo=UTC)  # a Sunday
P = EventParams()

SOUTHLAND = Place("Southland", 20, "SL", kind="country")
SEAPORT = Place("Seaport", 202, "SL", "Coast Province", 31.0, 31.0, "city")
# a namesake abroad of a neighbourhood of Riverton
MILLBROOK_ABROAD = Place("Millbrook", 203, "SL", "Coast Province", 31.5, 31.5, "city")
SL_ARMY = Actor("sl.military", "Southland army", "military", "SL", "sl")
NL_MAYOR = Actor("nl.riverton-mayor", "Riverton mayor's office", "ministry", "NL", "nl")


def story(sentences: list[tuple[Actor, Place | None, str]], places: tuple[Place, ...],
          headline: str = "", attacker: Actor | None = None) -> ArticleAnalysis:
    body = " ".join(s for _, _, s in sentences if s not in headline)
    art = Article("a1", headline, body, "Wire", None, T0)
    text = art.text
    claims = []
    for party, place, sentence in sentences:
        start = text.index(sentence)
        ev = Evidence("a1", "Wire", sentence, start, start + len(sentence))
        claims.append(Claim(party, "asserts", Target("a depot", "military"), ev, "strike",
                            attacker, place))
    return ArticleAnalysis(art, places=places, claims=tuple(claims))


# ------------------------------------------------------------------ struck places


def test_a_country_named_only_across_a_border_is_not_where_the_strike_was() -> None:
    found = struck_places(story(
        [(SL_ARMY, None, "The army said its jets hit a fuel stock near the border with "
                         "Northland on Monday.")], (NORTHLAND,)))
    assert found != [NORTHLAND]


def test_counter_example_a_country_named_as_where_the_strike_was_stands() -> None:
    found = struck_places(story(
        [(MEDICS, None, "Medics said jets hit a fuel stock in Northland on Monday.")],
        (NORTHLAND,)))
    assert found == [NORTHLAND]


def test_a_town_named_across_the_border_from_the_strike_is_not_where_it_was() -> None:
    # the near side of the frontier: the strike was on the other side
    found = struck_places(story(
        [(SL_ARMY, RIVERTON, "The army said its jets struck two depots across the border "
                             "from Riverton district in River Province.")], (RIVERTON,)))
    assert found != [RIVERTON]


def test_counter_example_a_town_hit_near_the_border_stands() -> None:
    found = struck_places(story(
        [(MEDICS, RIVERTON, "Medics said jets struck two depots in Riverton, across the "
                            "river from the border post.")], (RIVERTON,)))
    assert found == [RIVERTON]


def test_a_neighbourhood_of_a_city_is_in_that_city_not_a_namesake_abroad() -> None:
    found = struck_places(story(
        [(MEDICS, MILLBROOK_ABROAD, "Medics said a drone hit a school in the Millbrook "
                                    "neighbourhood of the city of Riverton.")],
        (MILLBROOK_ABROAD, RIVERTON)))
    assert found == [RIVERTON]


def test_counter_example_a_town_near_a_city_keeps_its_own_place() -> None:
    found = struck_places(story(
        [(MEDICS, MILLBROOK_ABROAD, "Medics said a drone hit a school in Millbrook, far "
                                    "from the city of Riverton.")],
        (MILLBROOK_ABROAD, RIVERTON)))
    assert found == [MILLBROOK_ABROAD]


def test_of_a_town_and_its_province_named_together_the_town_is_taken() -> None:
    found = struck_places(story(
        [(MEDICS, None, "Medics said a drone hit a school in Riverton in River Province.")],
        (NORTHLAND, RIVER_PROV, RIVERTON)))
    assert found == [RIVERTON]


def test_counter_example_a_town_and_another_province_decide_nothing() -> None:
    found = struck_places(story(
        [(MEDICS, None, "Medics said drones hit schools in Riverton and Hill Province.")],
        (NORTHLAND, HILL_PROV, RIVERTON)))
    assert found == [NORTHLAND]  # two places, neither inside the other: the country


def test_a_town_written_in_two_syllables_is_the_gazetteer_town() -> None:
    found = struck_places(story(
        [(MEDICS, None, "Medics said a drone hit a school in River Ton township.")],
        (NORTHLAND, RIVERTON)))
    assert found == [RIVERTON]


def test_counter_example_two_words_that_only_start_like_the_town_are_not_it() -> None:
    found = struck_places(story(
        [(MEDICS, None, "Medics said a drone hit a school by the river in Northland.")],
        (NORTHLAND, RIVERTON)))
    assert found == [NORTHLAND]


def test_a_place_in_the_attacking_militarys_own_country_gives_way_to_one_abroad() -> None:
    # "struck a depot in Northland, and a launcher used to fire rockets at Seaport"
    found = struck_places(story(
        [(SL_ARMY, SEAPORT, "The Southland army said it struck a weapons depot in Northland, "
                            "and a launcher used to fire rockets at Seaport.")],
        (NORTHLAND, SOUTHLAND, SEAPORT)))
    assert found == [NORTHLAND]


def test_counter_example_an_official_telling_of_a_strike_at_home_keeps_the_town() -> None:
    found = struck_places(story(
        [(NL_MAYOR, RIVERTON, "The mayor's office said a drone hit a car near Riverton, "
                              "blaming Southland.")],
        (NORTHLAND, SOUTHLAND, RIVERTON)))
    assert found == [RIVERTON]


def test_a_headline_naming_the_province_takes_the_town_the_lead_names_in_it() -> None:
    head = "Strike kills 12 at a school in River Province, medics say"
    lead = "A jet bombed a school in Riverton on Sunday, killing 12 people, medics said."
    found = struck_places(story([(MEDICS, RIVER_PROV, head), (MEDICS, None, lead)],
                                (RIVER_PROV, RIVERTON), headline=head))
    assert found[0] == RIVERTON


def test_counter_example_a_town_of_another_province_in_the_lead_does_not_move_it() -> None:
    head = "Strike kills 12 at a school in River Province, medics say"
    lead = "Families fled to Hillview on Sunday after the strike, medics said."
    found = struck_places(story([(MEDICS, RIVER_PROV, head), (MEDICS, None, lead)],
                                (RIVER_PROV, HILLVIEW), headline=head))
    assert found[0] == RIVER_PROV


# ------------------------------------------------------------------ named strike days


def test_the_lead_names_the_strike_day_by_its_weekday() -> None:
    body = "The army said on Monday it carried out an airstrike on Sunday near Riverton."
    sunday = datetime(2031, 5, 4, tzinfo=UTC)
    assert names_day(body, sunday)
    assert not names_day(body, sunday - timedelta(days=1))  # Saturday is not named
    assert not names_day("Talks are due to resume on Sunday, the army said.", sunday)


def sight(place: Place, day: datetime, article: str, named: bool) -> Sighting:
    return Sighting(place, day, None, article=article, named=named)


def test_two_strike_days_named_two_days_apart_are_two_strikes() -> None:
    table = empty_events()
    friday = datetime(2031, 5, 2, tzinfo=UTC)
    first = assign(table, sight(RIVER_PROV, friday, "a1", True), P, "geo:NL")
    second = assign(table, sight(RIVERTON, friday + timedelta(days=2), "a2", True), P, "geo:NL")
    assert second.created and second.event_id != first.event_id


def test_counter_example_named_days_a_day_apart_may_be_one_strike() -> None:
    table = empty_events()
    sunday = datetime(2031, 5, 4, tzinfo=UTC)
    first = assign(table, sight(RIVER_PROV, sunday, "a1", True), P, "geo:NL")
    second = assign(table, sight(RIVERTON, sunday + timedelta(days=1), "a2", True), P, "geo:NL")
    assert second.event_id == first.event_id


def test_counter_example_a_day_not_named_keeps_the_whole_window() -> None:
    table = empty_events()
    friday = datetime(2031, 5, 2, tzinfo=UTC)
    first = assign(table, sight(RIVER_PROV, friday, "a1", True), P, "geo:NL")
    second = assign(table, sight(RIVERTON, friday + timedelta(days=2), "a2", False), P,
                    "geo:NL")
    assert second.event_id == first.event_id


def test_a_claim_in_a_province_takes_the_one_town_of_it_its_sentence_names() -> None:
    found = struck_places(story(
        [(MEDICS, RIVER_PROV, "Drones attacked the town of Riverton in River Province "
                              "overnight, medics said.")], (RIVER_PROV, RIVERTON)))
    assert found == [RIVERTON]


def test_counter_example_a_town_of_another_province_leaves_the_province() -> None:
    found = struck_places(story(
        [(MEDICS, RIVER_PROV, "Drones attacked River Province overnight, and families fled "
                              "to Hillview, medics said.")], (RIVER_PROV, HILLVIEW)))
    assert found == [RIVER_PROV]


# ------------------------------------------------------------------ towns the gazetteer lacks

UNKNOWN = Place("Aitaroun", None, "NL", kind="city")  # no id, no coordinates


def test_a_town_the_gazetteer_lacks_meets_its_other_spelling() -> None:
    other = Place("Eitaroun", None, "NL", kind="city")
    assert place_match(UNKNOWN, other) == "locality"


def test_counter_example_it_does_not_meet_another_town_of_its_country() -> None:
    assert place_match(UNKNOWN, RIVERTON) is None
    assert place_match(UNKNOWN, Place("Atarib", None, "NL", kind="city")) is None
    assert place_match(UNKNOWN, RIVER_PROV) == "country"  # no region known: any of it


def test_a_town_given_as_a_bearing_is_not_where_the_strike_was() -> None:
    found = struck_places(story(
        [(MEDICS, RIVERTON, "Medics said a strike hit a checkpoint 40 km south of Riverton.")],
        (NORTHLAND, RIVERTON)))
    assert found == [NORTHLAND]


def test_counter_example_a_part_of_a_place_or_a_village_by_it_is_there() -> None:
    for where in ("in the south of Riverton", "in a village south of Riverton"):
        found = struck_places(story(
            [(MEDICS, RIVERTON, f"Medics said a strike hit a checkpoint {where}.")],
            (NORTHLAND, RIVERTON)))
        assert found == [RIVERTON]


def test_a_town_the_aircraft_came_from_is_not_where_the_strike_was() -> None:
    found = struck_places(story(
        [(MEDICS, RIVERTON, "Medics said the helicopter came from Riverton and fired rockets "
                            "at the stalls.")],
        (NORTHLAND, RIVERTON)))
    assert found == [NORTHLAND]


def test_counter_example_a_town_it_came_from_and_struck_is_there() -> None:
    for sentence in ("Medics said the helicopter came from Hillview and fired rockets at "
                     "the stalls in Riverton.",
                     "Medics said drones fired from a base hit a market in Riverton.",
                     "Medics said jets struck a depot in Riverton, where the drones had "
                     "been launched."):
        found = struck_places(story([(MEDICS, RIVERTON, sentence)],
                                    (NORTHLAND, RIVERTON, HILLVIEW)))
        assert found == [RIVERTON], sentence


def test_a_region_of_no_country_is_no_place_to_meet_in() -> None:
    sahel = Place("Sahel", None, None, None, 15.0, 2.0, "region")
    found = struck_places(story(
        [(SL_ARMY, sahel, "The army said drones destroyed a hub of the group in the Sahel.")],
        (sahel,)))
    assert found == [Place("SL", None, "SL", kind="country")]  # the army's own country


def test_counter_example_a_sea_of_no_country_stays_a_place() -> None:
    sea = Place("Red Sea", None, None, None, 20.0, 38.0, "sea")
    found = struck_places(story(
        [(SL_ARMY, sea, "The army said drones hit a cargo ship in the Red Sea.")], (sea,)))
    assert found == [sea]


# a district named after its seat town, and villages near and far from the seat
SEAT_DISTRICT = Place("Riverton", 301, "NL", "River Province", 50.0, 30.0, "district")
SEAT_TOWN = Place("Riverton", 301, "NL", "River Province", 50.0, 30.0, "city")
VILLAGE_18KM = Place("Oakfield", 302, "NL", "River Province", 50.16, 30.0, "city")
VILLAGE_40KM = Place("Elmstead", 303, "NL", "River Province", 50.36, 30.0, "city")


def test_a_village_near_the_seat_is_in_the_district_named_after_it() -> None:
    assert place_match(SEAT_DISTRICT, VILLAGE_18KM) == "locality"
    assert place_match(VILLAGE_18KM, SEAT_DISTRICT) == "locality"


def test_counter_example_the_seat_town_itself_is_not_a_district() -> None:
    assert place_match(SEAT_TOWN, VILLAGE_18KM) is None  # 18 km: two towns
    assert place_match(SEAT_DISTRICT, VILLAGE_40KM) is None  # beyond a district's reach


def test_an_event_key_stored_before_the_district_flag_still_matches() -> None:
    from pipeline.domain.events import match_keys, place_key
    old = place_key(SEAT_TOWN)[:7]
    assert match_keys(old, place_key(SEAT_TOWN)) == "locality"
    assert match_keys(old, place_key(VILLAGE_40KM)) is None



def test_two_spellings_of_a_town_the_gazetteer_lacks_meet_across_g_and_h() -> None:
    # Russian "Grodovka", Ukrainian "Hrodivka", neither known: one town by its name
    ru = Place("Grodovka", None, "NL", kind="city")
    ua = Place("Hrodivka", None, "NL", kind="city")
    assert place_match(ru, ua) == "locality"
    # counter-example: another consonant is another village
    assert place_match(ru, Place("Hrabivka", None, "NL", kind="city")) is None
