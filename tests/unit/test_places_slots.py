"""Villages the recogniser leaves untagged, found by their place slot ("in X", "near X",
"X, a village in Y", "X village") and kept only where the gazetteer knows them in the
story's countries, or, unknown to it, inside the region or district named beside them."""

from __future__ import annotations

import pytest

from pipeline.domain.events import _only_bearing, skeleton, spelt, struck_places
from pipeline.domain.models import Actor, Article, ArticleAnalysis, Claim, Evidence, Place, Target
from pipeline.nlp.index import default_resolver
from pipeline.nlp.places import PlaceResolver, slot_names


@pytest.mark.parametrize(("text", "names"), [
    ("jets struck launchers in Majdal Selm on Tuesday, the army said", ["Majdal Selm"]),
    ("a house in Majdal Silm, in the Marjayoun district", ["Majdal Silm"]),
    ("Yater, a village in the Bint Jbeil district", ["Yater"]),
    ("shelling hit Kulu village overnight", ["Kulu"]),
    ("on the outskirts of Kupiansk.", ["Kupiansk"]),
    ("strikes on heights overlooking Varna, across the border", ["Varna"]),
    ("shells fell north of Goris on Tuesday", ["Goris"]),
    ("a checkpoint outside Lumbo, police said", ["Lumbo"]),
    ("fighting around Kedro and towards Salim overnight", ["Kedro", "Salim"]),
    ("the town they call Lomar, known in Northland as Varik, on Monday", ["Varik"]),
])
def test_slots_give_their_names(text: str, names: list[str]) -> None:
    assert [n for n, _ in slot_names(text)] == names


@pytest.mark.parametrize("text", [
    "in Washington's view the strike was lawful",  # a possessive
    "they met in Ahmed's house",
    "the strike in March killed two",  # a month
    "talks held in Geneva Convention Hall Monday",  # the name runs on
    "Air Strike in Kayah State Kills Five",  # a title-case headline
    "the raid in Tuesday's attack",
    "In the fishing town of Guiria, boats",  # a sentence's first word is no village
    "troops moved north of the border",  # a bearing from no name
    "the hills overlooking Lake Mira Dam Road",  # the name runs on
])
def test_counter_examples_give_no_slot_name(text: str) -> None:
    assert slot_names(text) == []


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return default_resolver()


def test_a_known_village_in_the_storys_country_is_found(resolver: PlaceResolver) -> None:
    text = ("A jet bombed a church in Demoso on Tuesday, killing five people in Myanmar's "
            "Kayah state, the group said.")
    found = resolver.resolve_all(["Myanmar", "Kayah"], ["MM"], text)
    assert found["Demoso"].name == "Dimawso" and found["Demoso"].country == "MM"


def test_counter_example_a_slot_name_known_only_abroad_is_no_village(
        resolver: PlaceResolver) -> None:
    # a city abroad in a slot, with no place of the story beside it
    text = "Officials in Washington said a strike in southern Lebanon hit a depot."
    found = resolver.resolve_all(["Lebanon"], ["LB"], text)
    assert not any(p.country == "US" for p in found.values())
    assert "unlisted:Washington" not in found


def test_an_unknown_village_sits_in_the_district_named_beside_it(
        resolver: PlaceResolver) -> None:
    text = ("An Israeli strike hit a house in Majdal Silm, in the Marjayoun district of "
            "Lebanon, killing four.")
    found = resolver.resolve_all(["Lebanon", "Marjayoun"], ["LB"], text)
    village = found["unlisted:Majdal Silm"]
    assert (village.country, village.latitude, village.geonames_id) == ("LB", None, None)
    assert village.admin1 == found["Marjayoun"].admin1


def test_an_unknown_village_west_of_a_town_is_in_the_towns_region(
        resolver: PlaceResolver) -> None:
    text = "An air strike hit the market in Tawilah, west of El Fasher, in Sudan."
    found = resolver.resolve_all(["Sudan", "El Fasher"], ["SD"], text)
    assert found["unlisted:Tawilah"].admin1 == "North Darfur"
    assert not any(p.country == "YE" for p in found.values())  # the Yemeni Tawilah


def test_counter_example_an_unknown_name_with_nothing_beside_it_is_no_place(
        resolver: PlaceResolver) -> None:
    # (not after a site a strike took: "struck a depot in Qarbunya" is where it stands)
    text = ("Officials met at a depot in Qarbunya, in what an official called a breach in "
            "Geneva Convention terms in southern Lebanon, said in Hezbollah, a statement.")
    found = resolver.resolve_all(["Lebanon"], ["LB"], text)
    assert not any("Qarbunya" in k or "Geneva" in k or "Hezbollah" in k for k in found)


def test_a_final_h_is_a_spelling() -> None:
    assert spelt("tawilah") == spelt("tawila")
    assert spelt("majdal selm") == spelt("majdal silm")
    assert spelt("khiam") != spelt("majdal silm")
    assert skeleton("hodeidah") == "hdh"  # counter: the skeleton itself keeps it


def test_a_town_named_only_as_a_bearing() -> None:
    s = "its air force struck a camp in Dimawso on Tuesday, near the Kayah state capital Loikaw."
    assert _only_bearing(s, "Loikaw") and not _only_bearing(s, "Dimawso")
    assert not _only_bearing("its air force struck a camp in Loikaw.", "Loikaw")


MINISTRY = Actor("lb.health", "health ministry", "ministry", "LB", "lb")
DISTRICT = Place("Marjayoun", 271226, "LB", "An Nabatiyah", 33.36, 35.59, "district")
VILLAGE = Place("Majdal Silm", None, "LB", "An Nabatiyah", kind="city")
OTHER = Place("Houla", None, "LB", "Other Region", kind="city")


def _story(sentence: str, places: tuple[Place, ...]) -> ArticleAnalysis:
    art = Article("a1", "", sentence, "Wire", None, None)
    ev = Evidence("a1", "Wire", sentence, 0, len(sentence))
    c = Claim(MINISTRY, "asserts", Target("a house", "civilian_site"), ev, "strike", None,
              DISTRICT)
    return ArticleAnalysis(art, places=places, claims=(c,))


def test_the_claim_takes_the_village_inside_its_district() -> None:
    s = "A strike hit a house in Majdal Silm, in the Marjayoun district, killing four."
    assert struck_places(_story(s, (DISTRICT, VILLAGE))) == [VILLAGE]


def test_counter_example_a_village_of_another_region_is_not_taken() -> None:
    s = "A strike hit a house in the Marjayoun district; Houla was spared."
    assert struck_places(_story(s, (DISTRICT, OTHER))) == [DISTRICT]


def test_an_unknown_name_followed_by_when_is_in_the_country_struck(
        resolver: PlaceResolver) -> None:
    # filed from the attacker's capital: the one other country of the story's places
    text = ("Israeli military says it struck launchers in south Lebanon\n\nJERUSALEM, "
            "March 12 (Wire) - Israeli jets struck rocket launchers in Qarbunya on Tuesday, "
            "the military said.")
    found = resolver.resolve_all(["Lebanon", "JERUSALEM"], ["LB", "IL"], text)
    assert found["unlisted:Qarbunya"].country == "LB"


def test_counter_example_the_attackers_demonym_is_not_where_it_struck(
        resolver: PlaceResolver) -> None:
    # filed from the struck country's capital, the attacker named by demonym only
    text = ("BEIRUT, March 14 (Wire) - An Israeli drone struck a car near Qarbunya on "
            "Wednesday evening, Lebanon's state news agency said.")
    found = resolver.resolve_all(["Lebanon"], ["LB"], text)
    assert found["unlisted:Qarbunya"].country == "LB"
    # and with places in two countries besides the one it is filed from, none
    text2 = ("BEIRUT, March 14 (Wire) - A drone struck a car near Qarbunya on Wednesday, "
             "between Damascus and Amman, the agency said.")
    found2 = resolver.resolve_all(["Damascus", "Amman"], ["SY", "JO"], text2)
    assert "unlisted:Qarbunya" not in found2
