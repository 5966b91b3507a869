"""Where a strike was, when a name in the story matches a place it is not: a region name
several countries share ("Nord"), a town matched far abroad only by another name or by
the name of a country the story never names, a rank written short ("Brig. Gen."); and
words sent from a distant city. Each rule has its example and a
counter-example. The resolver tests read the gazetteer, not the model; the sentences are
the team's own."""

from __future__ import annotations

import pytest

from pipeline.domain.events import _speaker_location
from pipeline.nlp.index import default_resolver
from pipeline.nlp.places import PlaceResolver


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return default_resolver()


# ------------------------------------------------------------------ country_of

def test_a_region_name_several_countries_have_tells_no_country(
        resolver: PlaceResolver) -> None:
    # Cameroon's North is "Nord" by an alias, and Burkina Faso and Haiti have a "Nord"
    assert resolver.country_of("Nord") is None


def test_counter_example_a_region_name_one_country_has_tells_it(
        resolver: PlaceResolver) -> None:
    assert resolver.country_of("Zamfara") == "NG"


# ------------------------------------------------------------------ place.alias_far

def test_a_village_matched_far_abroad_by_another_name_is_no_place_of_the_story(
        resolver: PlaceResolver) -> None:
    text = ("KHAR, Pakistan - Elders buried the dead of Chingai village on Wednesday and "
            "blamed US forces for the night raid.")
    found = resolver.resolve_all(["Chingai", "Khar"], [], text)
    assert found["Khar"].country == "PK"
    assert all(p.country != "US" for p in found.values()), found


def test_counter_example_a_town_matched_by_another_name_near_the_story_stays(
        resolver: PlaceResolver) -> None:
    text = "Police in Cairo said the blast in Bajur killed two guards on Sunday."
    found = resolver.resolve_all(["Bajur", "Cairo"], [], text)
    assert found["Bajur"].country == "EG", found


def test_a_town_of_a_country_the_story_never_names_far_from_its_places_is_none(
        resolver: PlaceResolver) -> None:
    text = ("MARAWI CITY - Residents of a Moro community in the southern Philippines said "
            "bombs fell on their homes before dawn on Tuesday.")
    found = resolver.resolve_all(["Moro", "Marawi City"], [], text)
    assert found["Marawi City"].country == "PH"
    assert all(p.country != "PK" for p in found.values()), found


def test_counter_example_that_town_in_a_story_naming_its_country_stays(
        resolver: PlaceResolver) -> None:
    text = ("Police in Moro, a town in Pakistan's Sindh province, reported a grenade blast "
            "at a bus stand.")
    found = resolver.resolve_all(["Moro"], [], text)
    assert found["Moro"].country == "PK", found


def test_a_rank_written_short_is_no_town(resolver: PlaceResolver) -> None:
    text = "Brig. Gen. Arno Velt said the jets hit a rebel camp near Marawi City."
    found = resolver.resolve_all(["Brig.", "Marawi City"], [], text)
    assert "Brig." not in found, found
    assert found["Marawi City"].country == "PH"


def test_counter_example_the_town_of_brig_named_as_a_town_stays(
        resolver: PlaceResolver) -> None:
    text = "Avalanche warnings were raised in Brig, in Switzerland's Valais canton."
    found = resolver.resolve_all(["Brig"], [], text)
    assert found["Brig"].country == "CH", found


def test_an_acronym_matched_by_another_name_is_no_town(resolver: PlaceResolver) -> None:
    text = ("Air force jets bombed a hideout of a Dawlah Islamiyah (DI) cell before dawn, "
            "military officials said.")
    found = resolver.resolve_all(["DI"], [], text)
    assert "DI" not in found, found


def test_counter_example_a_town_in_capitals_by_its_own_name_stays(
        resolver: PlaceResolver) -> None:
    found = resolver.resolve_all(["GAO"], [], "GAO, Mali (AP) - Drones struck a fuel depot "
                                             "on Monday.")
    assert found["GAO"].country == "ML", found


# ------------------------------------------------------------------ where words were sent from

def test_words_sent_from_a_city_are_not_where_the_strike_was() -> None:
    sentence = ("In a statement faxed to news agencies from Geneva, the movement said its "
                "fighters had ambushed an army convoy.")
    assert _speaker_location(sentence, "Geneva")


def test_counter_example_a_strike_the_statement_places_in_the_city() -> None:
    sentence = "The statement said drones had struck a depot from Geneva's outskirts."
    assert not _speaker_location(sentence, "Geneva")
