"""PlaceResolver: offline toponym resolution (team-written examples, no article text)."""

from __future__ import annotations

import re

import pytest

from pipeline.nlp.index import default_resolver
from pipeline.nlp.places import PlaceResolver, _mentions, toponym_phrases


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return default_resolver()


def test_default_is_a_singleton(resolver: PlaceResolver) -> None:
    assert default_resolver() is resolver


# ------------------------------------------------------------------ namesakes and context


def test_paris_without_context_is_france(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Paris")
    assert place is not None
    assert (place.country, place.kind, place.geonames_id) == ("FR", "city", 2988507)
    assert place.latitude is not None and 48 < place.latitude < 49


def test_paris_in_a_us_story_is_a_us_paris(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Paris", ["US"])
    assert place is not None
    assert place.country == "US"
    assert place.admin1 == "Texas"  # the most populous US Paris


def test_context_accepts_country_names(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Tripoli", ["Lebanon"])
    assert place is not None and place.country == "LB"
    default = resolver.resolve("Tripoli")
    assert default is not None and default.country == "LY"  # the capital wins without context


def test_georgia_country_or_us_state(resolver: PlaceResolver) -> None:
    country = resolver.resolve("Georgia")
    assert country is not None and (country.kind, country.country) == ("country", "GE")
    state = resolver.resolve("Georgia", ["US"])
    assert state is not None and (state.kind, state.country) == ("admin1", "US")


def test_in_context_city_does_not_beat_a_country(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Lebanon", ["US"])
    assert place is not None and (place.kind, place.country) == ("country", "LB")


def test_capital_city_beats_same_named_province(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Kabul")
    assert place is not None and (place.kind, place.country) == ("city", "AF")
    assert place.admin1 is not None


# ------------------------------------------------------------------ provinces and kind words


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hama province", "SY"),
        ("Idlib", "SY"),
        ("Idlib Governorate", "SY"),
        ("Tigray region", "ET"),
        ("Khyber Pakhtunkhwa", "PK"),
        ("Balochistan province", "PK"),
        ("Sistan-Baluchestan", "IR"),
        ("North Darfur state", "SD"),
    ],
)
def test_first_level_regions(resolver: PlaceResolver, text: str, country: str) -> None:
    place = resolver.resolve(text)
    assert place is not None, text
    assert (place.kind, place.country) == ("admin1", country)
    assert place.geonames_id is not None


def test_hama_province_is_the_admin1_not_the_city(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Hama province")
    assert place is not None and place.geonames_id == 170015  # GeoNames admin1 Hama


def test_city_word_asks_for_the_city(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Gaza City")
    assert place is not None and (place.kind, place.country) == ("city", "PS")
    place = resolver.resolve("city of Idlib")
    assert place is not None and (place.kind, place.admin1) == ("city", "Idlib")


def test_city_carries_admin1_and_coordinates(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Mosul")
    assert place is not None
    assert (place.country, place.kind, place.geonames_id) == ("IQ", "city", 99072)
    assert place.admin1 == "Nīnawá"
    assert place.longitude is not None and 43 < place.longitude < 44


@pytest.mark.parametrize(
    ("text", "geonames_id"),
    [
        ("Kiev", 703448),  # exonym, an alternate name in GeoNames
        ("Stepanakert", 146970),
        ("Omdurman", 365137),
        ("Tajoura", 2210394),  # curated wire spelling
        ("al-Hodeidah", 79415),  # leading Arabic article
    ],
)
def test_towns_and_spellings(resolver: PlaceResolver, text: str, geonames_id: int) -> None:
    place = resolver.resolve(text)
    assert place is not None, text
    assert place.geonames_id == geonames_id


# ---------------------------------------------- directions, articles, possessives


def test_directional_prefix_keeps_the_entry_and_notes_the_part(resolver: PlaceResolver) -> None:
    place = resolver.resolve("southern Lebanon")
    assert place is not None
    assert (place.country, place.kind, place.geonames_id) == ("LB", "country", 272103)
    assert place.name == "southern Lebanon"
    nw = resolver.resolve("north-west Syria")
    assert nw is not None and nw.country == "SY" and nw.name == "north-west Syria"


def test_names_that_start_with_a_direction_are_not_cut(resolver: PlaceResolver) -> None:
    for text, code in [("South Sudan", "SS"), ("North Korea", "KP"), ("South Africa", "ZA")]:
        place = resolver.resolve(text)
        assert place is not None and place.country == code, text
        assert place.kind == "country"
    bank = resolver.resolve("the West Bank")
    assert bank is not None and (bank.name, bank.country) == ("West Bank", "PS")


def test_possessive_and_leading_the(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Syria's")
    assert place is not None and place.country == "SY"
    place = resolver.resolve("the United States")
    assert place is not None and place.country == "US"


# ------------------------------------------------------------------ countries


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Syria", "SY"),
        ("the US", "US"),
        ("U.S.", "US"),
        ("United States", "US"),
        ("Britain", "GB"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Russia", "RU"),
        ("DRC", "CD"),
        ("Türkiye", "TR"),
        ("Burma", "MM"),
    ],
)
def test_countries_and_aliases(resolver: PlaceResolver, text: str, code: str) -> None:
    place = resolver.resolve(text)
    assert place is not None, text
    assert (place.kind, place.country) == ("country", code)
    assert resolver.country_of(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Syrian", "SY"), ("Russian", "RU"), ("Turkish", "TR"), ("Azeri", "AZ"), ("SY", "SY")],
)
def test_country_of_demonyms_and_codes(resolver: PlaceResolver, text: str, code: str) -> None:
    assert resolver.country_of(text) == code


def test_country_of_rejects_non_countries(resolver: PlaceResolver) -> None:
    assert resolver.country_of("Hezbollah") is None
    assert resolver.country_of("Paris") is None


def test_demonyms_are_not_places(resolver: PlaceResolver) -> None:
    assert resolver.resolve("Syrian") is None


# ------------------------------------------------------------------ curated areas


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Red Sea", "Red Sea", "sea"),
        ("the Gulf of Aden", "Gulf of Aden", "sea"),
        ("Strait of Hormuz", "Strait of Hormuz", "sea"),
        ("Black Sea", "Black Sea", "sea"),
        ("Kashmir", "Kashmir", "region"),
        ("Nagorno-Karabakh", "Nagorno-Karabakh", "region"),
        ("Karabakh", "Nagorno-Karabakh", "region"),
        ("Gaza Strip", "Gaza Strip", "region"),
        ("Gaza", "Gaza Strip", "region"),
        ("Darfur", "Darfur", "region"),
        ("Donbas", "Donbas", "region"),
    ],
)
def test_seas_and_regions(resolver: PlaceResolver, text: str, name: str, kind: str) -> None:
    place = resolver.resolve(text)
    assert place is not None, text
    assert (place.name, place.kind) == (name, kind)
    assert place.latitude is not None


def test_red_sea_state_asks_for_the_province(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Red Sea state", ["SD"])
    assert place is not None and (place.kind, place.country) == ("admin1", "SD")


# ------------------------------------------------------------------ not places


@pytest.mark.parametrize(
    "text",
    ["Daesh", "Hezbollah", "Pentagon", "Hamas", "Taliban", "White House", "NATO", "", "   "],
)
def test_non_places_return_none(resolver: PlaceResolver, text: str) -> None:
    assert resolver.resolve(text) is None


@pytest.mark.parametrize("text", ["Qarbuz Tepe al-Sughra", "Xyzzyville", "Lower Nowhere Creek"])
def test_unknown_villages_return_none(resolver: PlaceResolver, text: str) -> None:
    assert resolver.resolve(text) is None


def test_resolve_is_fast(resolver: PlaceResolver) -> None:
    import time

    start = time.perf_counter()
    for _ in range(2000):
        resolver.resolve("Hama province", ["SY"])
    per_call = (time.perf_counter() - start) / 2000
    assert per_call < 0.001  # a dict lookup, not a scan (generous bound for slow CI)


def test_alternate_name_in_context_does_not_steal_a_capital(resolver: PlaceResolver) -> None:
    # GeoNames lists "Kabul" as an old name of Cabool, Missouri
    place = resolver.resolve("Kabul", ["US", "AF"])
    assert place is not None and place.country == "AF"
    place = resolver.resolve("Kabul", ["US"])
    assert place is not None and place.country == "AF"


def test_admin1_namesakes_prefer_the_larger_country(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Maryland")
    assert place is not None and (place.kind, place.country) == ("admin1", "US")
    place = resolver.resolve("Maryland", ["LR"])
    assert place is not None and place.country == "LR"


# ------------------------------------------------------------------ hierarchy for events


def test_capitals_are_marked_and_towns_carry_their_region(resolver: PlaceResolver) -> None:
    capital = resolver.resolve("Nairobi")
    town = resolver.resolve("Mombasa")
    assert capital is not None and capital.capital and capital.country == "KE"
    assert town is not None and not town.capital and town.admin1


@pytest.mark.parametrize(
    ("name", "country"),
    [("Indian-administered Kashmir", "IN"), ("Pakistan-controlled Kashmir", "PK"),
     ("Pakistani Kashmir", "PK"), ("Indian Punjab", "IN"), ("Pakistani Punjab", "PK")],
)
def test_a_state_named_before_an_area_picks_its_part(
    resolver: PlaceResolver, name: str, country: str
) -> None:
    place = resolver.resolve(name)
    assert place is not None and place.country == country and place.kind == "admin1"


def test_an_occupying_state_does_not_move_the_area(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Russian-occupied Crimea")
    assert place is not None and place.country == "UA"


def test_near_and_west_of_resolve_the_place_itself(resolver: PlaceResolver) -> None:
    for name in ("near Mombasa", "around Mombasa", "outside Mombasa"):
        place = resolver.resolve(name)
        assert place is not None and place.name == "Mombasa", name


def test_a_transliteration_of_a_sizeable_town_in_the_story_country_wins(
        resolver: PlaceResolver) -> None:
    # "Konstantinovka" (the Russian spelling) is an alternate name of Kostyantynivka in
    # Donetsk oblast (67,000 people) and the own name of a Crimean village of 1,400
    place = resolver.resolve("Konstantinovka", ["UA"])
    assert place is not None and place.geonames_id == 705104


def test_counter_example_a_small_town_s_alternate_name_does_not_beat_an_own_name(
        resolver: PlaceResolver) -> None:
    # in South Africa "Alexandria" is the own name of a town of 12,000 (Eastern Cape) and
    # an alternate name of one of 21,000 (Mpumalanga): the own name still wins
    place = resolver.resolve("Alexandria", ["ZA"])
    assert place is not None and place.admin1 == "Eastern Cape"
    # and an alternate name abroad is not lifted by context at all ("Kabul", Missouri)
    kabul = resolver.resolve("Kabul", ["US"])
    assert kabul is not None and kabul.country == "AF"


def test_the_arabic_article_as_spelled_or_as_said(resolver: PlaceResolver) -> None:
    # GeoNames writes the article as said before a "sun letter" ("Jisr ash Shughur",
    # "At Tall"); the wire often as spelled ("Jisr al-Shughur", "al-Tall")
    jisr = resolver.resolve("Jisr al-Shughur")
    tall = resolver.resolve("al-Tall", ["Syria"])
    assert jisr is not None and jisr.country == "SY" and jisr.admin1 == "Idlib"
    assert tall is not None and tall.name == "At Tall"


def test_counter_example_the_article_before_a_moon_letter_stays() -> None:
    from pipeline.nlp.places import _assimilation

    assert _assimilation("jisr al shughur") == "jisr ash shughur"
    assert _assimilation("ar rastan") == "al rastan"
    assert _assimilation("al bab") == "al bab"  # "b" is no sun letter: nothing to respell
    assert _assimilation("kharkiv") == "kharkiv"


def test_a_region_of_one_country_tells_the_story_country(resolver: PlaceResolver) -> None:
    # a Nigerian story naming only "Zamfara State" and "Maru": the state gives the
    # context that keeps Maru in Zamfara, not Mary in Turkmenistan ("Maru" an old name)
    assert resolver.country_of("Zamfara State") == "NG"
    maru = resolver.resolve("Maru", [resolver.country_of("Zamfara State") or ""])
    assert maru is not None and (maru.country, maru.admin1) == ("NG", "Zamfara")


def test_counter_example_a_region_name_two_countries_share_tells_nothing(
        resolver: PlaceResolver) -> None:
    assert resolver.country_of("Punjab") is None  # India and Pakistan
    assert resolver.country_of("Moscow") is None  # a city, not a region
    assert resolver.country_of("Syrian") == "SY"  # demonyms as before


# ------------------------------------------------------------------ the article as a whole


def test_a_town_written_in_two_syllables_is_found(resolver: PlaceResolver) -> None:
    place = resolver.resolve("Kyauk Taw township")
    assert place is not None and (place.name, place.country) == ("Kyauktaw", "MM")
    assert resolver.resolve("Kyauk Tawzz") is None  # counter-example: no such town


def test_a_province_word_does_not_take_a_town_abroad_in_a_story_of_another_country(
        resolver: PlaceResolver) -> None:
    # Soum is a Burkinabe province the gazetteer lacks, and a town in Senegal
    assert resolver.resolve("Soum province", ["BF"]) is None
    place = resolver.resolve("Soum province")  # counter-example: no story country given
    assert place is not None and place.country == "SN"


def test_a_small_town_abroad_is_left_out_where_the_story_names_its_own_region(
        resolver: PlaceResolver) -> None:
    # the gazetteer knows a Bara in Nigeria, not the Sudanese town
    found = resolver.resolve_all(["Bara", "North Kordofan"], ["Sudan"])
    assert "Bara" not in found and found["North Kordofan"].country == "SD"
    # counter-example: with no region of the story's country named, the town stands
    kept = resolver.resolve_all(["Bara"], ["Sudan"])
    assert kept["Bara"].country == "NG"


def test_a_large_city_named_gives_the_story_its_country(resolver: PlaceResolver) -> None:
    # "the al-Rawdah neighbourhood of Taiz": Taiz puts Yemen in context
    found = resolver.resolve_all(["al-Rawdah", "Taiz"])
    assert found["al-Rawdah"].country == "YE"
    alone = resolver.resolve_all(["al-Rawdah"])  # counter-example: no city to go by
    assert alone["al-Rawdah"].country == "EG"


def test_a_text_names_countries_by_name_and_demonym(resolver: PlaceResolver) -> None:
    text = "Burkina Faso's army said a strike hit the northern Burkinabe town of Djibo."
    assert resolver.countries_named(text) == ["BF"]
    assert resolver.countries_named("The Islamic State said it hit a market.") == []


def test_toponyms_named_by_a_kind_word_are_found(resolver: PlaceResolver) -> None:
    text = ("A drone hit the northern Burkinabe town of Djibo and Kyauk Taw township in "
            "Myanmar's Rakhine state, the Islamic State group said.")
    assert toponym_phrases(text) == [("Djibo", "town of Djibo"),
                                     ("Kyauk Taw", "Kyauk Taw township"),
                                     ("Rakhine", "Rakhine state")]
    found = resolver.resolve_all([], [], text)
    assert {p.name for p in found.values()} == {"Djibo", "Kyauktaw", "Rakhine"}
    # counter-example: a phrase naming only a country is left to the recogniser
    assert resolver.resolve_all([], [], "the state of Israel said") == {}


def test_a_kind_word_anywhere_in_the_article_settles_the_bare_name(
        resolver: PlaceResolver) -> None:
    text = "Missiles struck the centre of the northern city of Chernihiv, officials said."
    found = resolver.resolve_all(["Chernihiv"], ["Ukraine"], text)
    assert found["Chernihiv"].kind == "city"
    # counter-example: without the kind word the name is the oblast, as the gazetteer ranks it
    bare = resolver.resolve_all(["Chernihiv"], ["Ukraine"], "Missiles struck Chernihiv.")
    assert bare["Chernihiv"].kind == "admin1"


def test_a_town_the_gazetteer_lacks_is_kept_by_its_name_in_the_country_beside_it(
        resolver: PlaceResolver) -> None:
    text = ("An Israeli drone hit a house in the southern Lebanese border town of "
            "Zzaitaroun on Monday.")
    town = resolver.resolve_all([], [], text)["town of Zzaitaroun"]
    assert (town.country, town.kind, town.latitude) == ("LB", "city", None)
    # counter-example: with no one country beside it or in the article, nothing is made up
    vague = "A drone hit a house in the border town of Zzaitaroun, the army and media said."
    assert resolver.resolve_all([], [], vague) == {}


def test_an_unknown_towns_country_is_one_the_article_places_things_in(
        resolver: PlaceResolver) -> None:
    text = "French jets struck close to the village of Zzbounti, witnesses said."
    town = resolver.resolve_all(["Mali"], ["Mali"], text)["village of Zzbounti"]
    assert town.country == "ML"  # not France, whose jets they were


def test_an_unknown_town_takes_the_region_named_after_it(resolver: PlaceResolver) -> None:
    text = "A drone struck the market in the village of Zztiguey in Niger's Tillaberi region."
    town = resolver.resolve_all(["Niger"], ["Niger"], text)["village of Zztiguey"]
    assert (town.country, town.admin1) == ("NE", "Tillabéri")
    # counter-example: a region named further on is not its region
    far = ("A drone struck the market in the village of Zztiguey, residents said, days after "
           "a raid in the Tillaberi region.")
    assert resolver.resolve_all(["Niger"], ["Niger"], far)["village of Zztiguey"].admin1 is None


def test_a_spelling_that_is_only_an_alternate_name_goes_by_the_story(resolver: PlaceResolver
                                                                     ) -> None:
    # "Cermuk" is no place's own name: an alternate of Armenia's Jermuk (4,000 people) and
    # of Cermik in Turkey (21,000). A story naming Armenia means Jermuk ...
    place = resolver.resolve("Cermuk", ["Armenia", "Azerbaijan"])
    assert place is not None and place.country == "AM" and place.name == "Jermuk"
    # ... counter-examples: with no story country, or a Turkish one, size decides
    assert resolver.resolve("Cermuk").country == "TR"  # type: ignore[union-attr]
    assert resolver.resolve("Cermuk", ["Turkey"]).country == "TR"  # type: ignore[union-attr]


def test_a_town_with_a_namesake_in_its_country_is_known_by_name(resolver: PlaceResolver
                                                                ) -> None:
    # Colombia has a Calamar in Bolivar and one in Guaviare: a story naming neither
    # region gives a town of unknown site (no region, id, coordinates) ...
    found = resolver.resolve_all(["Calamar"], ["Colombia"])
    town = found["Calamar"]
    assert (town.country, town.kind, town.admin1, town.geonames_id) == ("CO", "city", None, None)
    # ... counter-example: a story naming one of the regions means the town in it
    found = resolver.resolve_all(["Calamar", "Guaviare"], ["Colombia"])
    assert found["Calamar"].admin1 == "Guaviare" and found["Calamar"].geonames_id is not None
    found = resolver.resolve_all(["Calamar", "Bolivar"], ["Colombia"])
    assert found["Calamar"].admin1 == "Bolívar"


def test_a_village_namesake_does_not_unsettle_a_city(resolver: PlaceResolver) -> None:
    # counter-example: Taiz the city has no namesake of comparable size in Yemen
    found = resolver.resolve_all(["Taiz"], ["Yemen"])
    assert found["Taiz"].geonames_id is not None


def test_a_country_name_inside_a_longer_one_is_not_named_too(resolver: PlaceResolver) -> None:
    # "South Sudan's army" names South Sudan, not Sudan as well ...
    assert resolver.countries_named("South Sudan's army said it bombed a base.") == ["SS"]
    # ... counter-example: both named outright are both kept
    assert resolver.countries_named("Talks between South Sudan and Sudan failed.") == ["SS", "SD"]


def test_a_county_the_gazetteer_lacks_is_kept_by_its_name(resolver: PlaceResolver) -> None:
    # "Zzanasir County" (a county named after its town, as South Sudan's and Kenya's are)
    # in a story naming only South Sudan: a place of that name there, met by name only
    text = "South Sudan's army said its aircraft bombed militia positions in Zzanasir County."
    assert toponym_phrases(text) == [("Zzanasir", "Zzanasir County")]
    place = resolver.resolve_all([], [], text)["Zzanasir County"]
    assert (place.name, place.country, place.latitude) == ("Zzanasir", "SS", None)
    # counter-example: with two countries named, neither beside it, and no place to
    # settle it, nothing is made up
    vague = ("Officials of Sudan and South Sudan met on Monday to talk about oil. Later "
             "the army said it had bombed militia positions in Zzanasir County.")
    assert resolver.resolve_all([], [], vague) == {}


def test_residents_of_a_place_name_it(resolver: PlaceResolver) -> None:
    # the recogniser reads "Residents of Mocimboa da Praia" as the speaker: the phrase
    # still names the town
    text = "Residents of Mocimboa da Praia said a helicopter fired on fishermen."
    assert toponym_phrases(text) == [("Mocimboa da Praia", "Residents of Mocimboa da Praia")]
    found = resolver.resolve_all([], [], text)
    assert {(p.name, p.country) for p in found.values()} == {("Mocímboa da Praia", "MZ")}
    # counter-example: residents of something that is no place give none, and an unknown
    # name after "residents of" makes up no town
    assert resolver.resolve_all([], [], "Residents of the camp said shells fell.") == {}
    assert resolver.resolve_all([], [], "Residents of Zzyqa in Mozambique said.") == {}


def test_a_name_the_recogniser_cut_is_read_whole(resolver: PlaceResolver) -> None:
    # the recogniser splits "Azad Jammu and Kashmir" into "Azad Jammu" and "Kashmir":
    # written whole it is Pakistan's region, not India's "Jammu and Kashmir"
    text = "Shells landed in villages of Azad Jammu and Kashmir, the military said."
    found = resolver.resolve_all(["Kashmir"], [], text)
    assert (found["Kashmir"].name, found["Kashmir"].country) == ("Azad Jammu and Kashmir", "PK")
    # counter-examples: a mention on its own, or the words before it no place's name
    alone = resolver.resolve_all(["Kashmir"], [], "Azad Jammu was shelled. Kashmir is tense.")
    assert alone["Kashmir"].name != "Azad Jammu and Kashmir"
    other = resolver.resolve_all(["Kashmir"], [], "Troops in Indian Kashmir said.")
    assert other["Kashmir"].name != "Azad Jammu and Kashmir"


def test_a_name_also_written_as_a_possessive_is_named_on_its_own(resolver: PlaceResolver) -> None:
    # "Chad" is tagged on its own in "Chad's Lake Chad region": the country, not the lake
    text = "Fishermen were killed on an island in Chad's Lake Chad region, a lawmaker said."
    found = resolver.resolve_all(["Chad", "Lake Chad"], [], text)
    assert (found["Chad"].name, found["Chad"].country) == ("Chad", "TD")
    # counter-example: where every mention is the lake's, the cut name is the lake
    lake = resolver.resolve_all(["Chad"], [], "Fishermen were killed on Lake Chad, a "
                                                "lawmaker said.")
    assert lake["Chad"].name == "Lake Chad"


def test_a_region_of_a_country_the_story_never_names_is_a_namesake(resolver: PlaceResolver
                                                                   ) -> None:
    # "Jura" is a Swiss canton; in a Pakistani story that names Azad Kashmir it is a
    # village there the gazetteer lacks, no place of Switzerland
    text = ("Pakistani officials said shells hit Jura and a market in Azad Kashmir, "
            "blaming Indian troops.")
    found = resolver.resolve_all(["Jura", "Azad Kashmir"], ["Pakistan"], text)
    assert "Jura" not in found and found["Azad Kashmir"].country == "PK"
    # counter-examples: a story that names Switzerland, or names no region of its own
    swiss = resolver.resolve_all(["Jura", "Azad Kashmir"], [],
                                 "Swiss and Pakistani officials met in Jura and Azad Kashmir.")
    assert swiss["Jura"].country == "CH"
    bare = resolver.resolve_all(["Jura"], ["Pakistan"], "Pakistani officials said Jura was hit.")
    assert bare["Jura"].country == "CH"


def test_a_vowel_written_another_way_finds_the_place(resolver: PlaceResolver) -> None:
    # "Sulaimaniyah" is no key of the gazetteer; respelt "ai" -> "ay" it is Sulaymaniyah
    place = resolver.resolve("Sulaimaniyah")
    assert place is not None and (place.name, place.country) == ("Sulaymaniyah", "IQ")
    # counter-examples: a respelling meets only a place's own name, so a word that is no
    # place stays none, and a name found as written is not respelt
    assert resolver.resolve("Zzaimaniyah") is None
    assert resolver.resolve("Lebanese") is None
    assert resolver.resolve("Mosul").name == "Mosul"  # type: ignore[union-attr]


def test_a_short_or_foreign_respelling_is_not_taken(resolver: PlaceResolver) -> None:
    # counter-examples to respelling: "Rabia" (a surname the recogniser may tag) is too
    # short to respell into Rabiah; a respelt name abroad in a story with countries of its
    # own is not taken
    assert resolver.resolve("Rabia", ["Israel"]) is None
    assert resolver.resolve("Sulaimaniyah", ["Yemen"]) is None
    assert resolver.resolve("Sulaimaniyah", ["Iraq"]).country == "IQ"  # type: ignore[union-attr]


def test_a_strike_across_the_border_from_a_town_is_in_the_other_country_named(
        resolver: PlaceResolver) -> None:
    # the sentence names the far side only by its demonym: its country is a place too
    text = ("Thai jets struck two Cambodian military targets across the border from "
            "Kantharalak district in Sisaket province on Thursday, the army said.")
    found = resolver.resolve_all(["Kantharalak"], [], text)
    assert {p.country for p in found.values() if p.kind == "country"} == {"KH"}
    # counter-examples: no frontier crossed, or two other countries named (which side?)
    plain = resolver.resolve_all(["Kantharalak"], [], text.replace(
        "across the border from", "near"))
    assert not any(p.kind == "country" for p in plain.values())
    two = resolver.resolve_all(["Kantharalak"], [], text.replace(
        "Cambodian", "Cambodian and Vietnamese"))
    assert not any(p.kind == "country" for p in two.values())


def test_a_small_town_abroad_is_no_place_beside_a_large_city_of_the_story(
        resolver: PlaceResolver) -> None:
    # the gazetteer's only Arbat is an Armenian village; the story names Sulaymaniyah (a
    # large Iraqi city) and Iraq: the Armenian village is not its Arbat
    text = ("A drone struck a car near the town of Arbat, east of Sulaimaniyah, on Tuesday "
            "night, Iraqi Kurdish officials said.")
    found = resolver.resolve_all(["Arbat", "Sulaimaniyah"], ["Iraq"], text)
    assert all(p.country == "IQ" for p in found.values())
    # counter-examples: with Armenia named the village stands; so it does beside a
    # capital alone (a capital is often only where someone spoke)
    armenian = resolver.resolve_all(["Arbat"], [], "Armenian officials said shells hit Arbat.")
    assert armenian["Arbat"].country == "AM"
    spoken = resolver.resolve_all(["Arbat", "Kyiv"], [], "Shells hit Arbat, officials in Kyiv "
                                  "said.")
    assert spoken["Arbat"].country == "AM"


def test_a_region_abroad_in_a_story_of_a_large_citys_country_is_a_namesake(
        resolver: PlaceResolver) -> None:
    # "Bel Air" is a district of the Seychelles; in a story that names Port-au-Prince,
    # or is filed from it, it is a quarter of that city the gazetteer lacks
    named = resolver.resolve_all(["Bel Air", "Port-au-Prince"], [],
                                 "Police said gunmen torched shops in Bel Air, a hillside "
                                 "quarter of Port-au-Prince, overnight.")
    assert "Bel Air" not in named and named["Port-au-Prince"].country == "HT"
    filed = resolver.resolve_all(["Bel Air"], [], "Gang raid\n\nPORT-AU-PRINCE, May 2 (Test "
                                 "Wire) - Gunmen torched shops in Bel Air overnight, police said.")
    assert "Bel Air" not in filed
    # counter-examples: a story that names the region's own country, and one with no
    # large city of another country (nothing to tell the namesake by)
    told = resolver.resolve_all(["Bel Air", "Port-au-Prince"], [],
                                "Seychelles police said a man from Port-au-Prince was held "
                                "in Bel Air.")
    assert told["Bel Air"].country == "SC"
    bare = resolver.resolve_all(["Bel Air"], [], "Gunmen torched shops in Bel Air, police said.")
    assert bare["Bel Air"].country == "SC"
    # nor is a large city's own name a namesake ("Dubai", the emirate of the gazetteer)
    dubai = resolver.resolve_all(["Dubai", "Baghdad"], [],
                                 "Officials in Baghdad said talks would go on in Dubai.")
    assert dubai["Dubai"].country == "AE"


def test_a_region_known_only_with_its_kind_word_is_found_written_bare(
        resolver: PlaceResolver) -> None:
    # the gazetteer has "Benishangul-Gumuz region" among the region's names, not the bare
    # name the recogniser tags ("the Benishangul-Gumuz")
    found = resolver.resolve("the Benishangul-Gumuz", ["ET"])
    assert found is not None and (found.country, found.kind) == ("ET", "admin1")
    # counter-examples: a name kept as written when it is a key of its own (the town, not
    # a region named after it), and part of a name is not completed into a region
    town = resolver.resolve("Kramatorsk", ["UA"])
    assert town is not None and town.kind == "city"
    assert resolver.resolve("Benishangul", ["ET"]) is None


def test_across_a_frontier_from_an_unknown_sector_the_filed_countrys_far_side(
        resolver: PlaceResolver) -> None:
    # the near side is a sector the gazetteer lacks; the story is filed from a large city
    # of the country the sentence speaks for, so the one other country it names is where
    # the shells fell
    text = ("JAMMU, March 3 (Test Wire) - The Indian Army said its guns had hit posts "
            "across the Line of Control, opposite the Uri sector, after Pakistani troops "
            "fired on a patrol.")
    found = resolver.resolve_all(["Line of Control"], [], text)
    assert [p.country for k, p in found.items() if k.startswith("across:")] == ["PK"]
    # counter-examples: no dateline, or a dateline of a country the sentence does not
    # speak for (who is on the near side is then unknown)
    bare = resolver.resolve_all(["Line of Control"], [], text.split(" - ", 1)[1])
    assert not any(k.startswith("across:") for k in bare)
    other = resolver.resolve_all(["Line of Control"], [], text.replace("JAMMU", "LONDON"))
    assert not any(k.startswith("across:") for k in other)


def test_a_place_whose_only_namesake_is_abroad_is_kept_in_the_storys_country(
        resolver: PlaceResolver) -> None:
    # the Seychelles district is left out; the name stays a place of Haiti the gazetteer
    # lacks, known by name, and placed at Port-au-Prince where the text calls it its quarter
    quarter = resolver.resolve_all(["Bel Air", "Port-au-Prince"], [],
                                   "Police said gunmen torched shops in the Bel Air "
                                   "neighbourhood of Port-au-Prince overnight.")
    unlisted = [p for p in quarter.values() if p.name == "Bel Air"]
    assert [(p.country, p.geonames_id) for p in unlisted] == [("HT", None)]
    assert (unlisted[0].latitude, unlisted[0].admin1) == (
        quarter["Port-au-Prince"].latitude, quarter["Port-au-Prince"].admin1)
    assert "Bel Air" not in quarter  # a claim naming it gets no place of its own from it
    filed = resolver.resolve_all(["Bel Air"], [], "Raid\n\nPORT-AU-PRINCE, May 2 (Test "
                                 "Wire) - Gunmen torched shops in Bel Air, police said.")
    assert [(p.country, p.latitude) for p in filed.values()] == [("HT", None)]
    # counter-examples: a name never written as where something is ("Bel Air officials
    # said") is no place; not said to be a quarter of the town, it is not placed there
    said = resolver.resolve_all(["Bel Air", "Port-au-Prince"], [],
                                "In Port-au-Prince, Bel Air officials said they would respond.")
    assert [p.name for p in said.values()] == ["Port-au-Prince"]
    near = resolver.resolve_all(["Bel Air", "Port-au-Prince"], [],
                                "Gunmen torched shops in Bel Air after leaving Port-au-Prince.")
    assert [p.latitude for p in near.values() if p.name == "Bel Air"] == [None]


@pytest.mark.parametrize("text", [
    "Jets bombed a monastery in Kani township in Sagaing region of Myanmar on Monday.",
    "An air strike on a monastery in Sagaing region's Kani township killed 14 people in Myanmar.",
    "Troops raided a camp in Kani township, Monywa district, in Myanmar.",
    "Kani township, about 50 kilometers (30 miles) northwest of Monywa, was bombed, Myanmar "
    "media said.",
    # no kind word and no place slot: the town is put in what the text puts it in
    "Jets bombed a monastery in Kani, Sagaing region, residents of Myanmar said.",
    "The strike on Kani, in the Sagaing region, killed 14, Myanmar residents said.",
])
def test_a_town_written_inside_a_place_of_the_story_is_no_namesake_abroad(
        resolver: PlaceResolver, text: str) -> None:
    # Kani in Japan is a city of 100,000; written inside a Myanmar region, district or
    # beside a Myanmar town, it is the township the gazetteer lacks, in Myanmar
    found = resolver.resolve_all(["Kani", "Sagaing", "Monywa"], ["Myanmar"], text)
    kani = [p for p in found.values() if p.name == "Kani"]
    assert kani and all(p.country == "MM" for p in kani)
    assert all(p.country == "MM" for p in found.values())


@pytest.mark.parametrize("text", [
    "Security forces raided a camp near a village in Kani Township, Sagaing Region.",
    "Security forces raided a camp in Kani township, Sagaing region, the army said.",
])
def test_a_town_written_inside_a_region_is_no_namesake_abroad_without_other_context(
        resolver: PlaceResolver, text: str) -> None:
    # the story names no country and no other place: the region the text writes the
    # town in (a kind word in capitals or not) still says it is not Japan's Kani
    found = resolver.resolve_all(["Kani"], [], text)
    assert all(p.country != "JP" for p in found.values()), found
    # counter-example: a bare Kani, written in nothing, is the namesake the gazetteer knows
    found = resolver.resolve_all(["Kani"], [], "A drone hit a factory in Kani, police said.")
    assert found["Kani"].country == "JP"


def test_a_town_written_abroad_keeps_its_namesake(resolver: PlaceResolver) -> None:
    # counter-example: the story names Myanmar's places but puts Kani in Japan
    found = resolver.resolve_all(["Kani", "Monywa"], ["Myanmar"],
                                 "Delegates met in Kani, Japan, far from Monywa in Myanmar.")
    assert found["Kani"].country == "JP"


@pytest.mark.parametrize("text", [
    "Chad's army and Lake Chad, Chadian troops, N'Chad, Chad-based, Chad’s, Chad'ss, Chad.",
    "ChadChad Chad Chad_ 'Chad ’Chad -Chad Chad’ Chad' Chads Chad's2",
    "Chad", "", "Cha",
])
def test_mentions_of_a_name_are_whole_words(text: str) -> None:
    # the offsets a regular expression for the name between word boundaries finds (a
    # possessive is a mention; a longer word, a hyphenated one or a quoted run is not)
    want = [m.start() for m in re.finditer(r"(?<![\w'’-])Chad(?![\w-]|['’](?!s\b))", text)]
    assert list(_mentions("Chad", text)) == want
    assert list(_mentions("", text)) == []


def test_mentions_follow_one_another() -> None:
    assert list(_mentions("aa", "aaa aa aa")) == [4, 7]
    assert list(_mentions("Chad", "Chad's Chad")) == [0, 7]


def test_a_wire_spelling_the_gazetteer_lacks_is_its_town_not_a_namesake_abroad(
        resolver: PlaceResolver) -> None:
    # "near Koya" in Iraqi Kurdistan: Koysinjaq (city_aliases), not Koya in Japan
    place = resolver.resolve("Koya", ["IQ"])
    assert place is not None and place.country == "IQ"
    # counter-example: the Japanese town keeps its own name in a story of Japan
    place = resolver.resolve("Kōya", ["JP"])
    assert place is not None and place.country == "JP"


# ------------------------------------------------------------------ a story's own towns


def test_two_towns_of_one_country_turn_away_an_alternate_name_abroad(
        resolver: PlaceResolver) -> None:
    # no country named: Turbat and Gwadar (Pakistan, by their own names) tell the story's,
    # so "Kech" is no alternate name of Ketsch in Germany
    text = ("Police said the gunmen fled towards Kech after the raid near Turbat, "
            "and a second team was sent from Gwadar.")
    found = resolver.resolve_all(["Kech", "Turbat", "Gwadar"], [], text)
    assert found["Turbat"].country == "PK" and found["Gwadar"].country == "PK"
    assert found.get("Kech") is None or found["Kech"].country != "DE", found


def test_counter_example_an_alternate_name_alone_keeps_its_town(
        resolver: PlaceResolver) -> None:
    # one town by its own name tells no country of the story
    found = resolver.resolve_all(["Kech", "Turbat"], [], "Gunmen fled from Turbat to Kech.")
    assert found["Kech"].country == "DE"
