"""Contested and twice-named territories: every name either side uses, and every town
inside, resolves to one country key, so both sides' accounts of a strike there meet.
(Team-written name lists; the real gazetteer, no article text.)"""

from __future__ import annotations

import pytest

from pipeline.nlp.index import default_resolver
from pipeline.nlp.places import PlaceResolver, _inside


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return default_resolver()


# territory -> (its key, names one side or the other uses, towns inside it)
TERRITORIES = {
    "West Bank": ("PS", ["West Bank", "occupied West Bank", "Judea and Samaria", "Judea",
                         "Samaria", "Judea-Samaria"], ["Hebron", "Jenin", "Huwara"]),
    "Gaza Strip": ("PS", ["Gaza Strip", "Gaza"], ["Khan Younis", "Jabalia"]),
    "Golan Heights": ("SY", ["Golan Heights", "Golan", "occupied Syrian Golan"],
                      ["Majdal Shams", "Katzrin"]),
    "Crimea": ("UA", ["Crimea", "Republic of Crimea", "Crimean peninsula"],
               ["Simferopol", "Kerch", "Sevastopol"]),
    "Donbas": ("UA", ["Donbas", "Donbass", "Donetsk People's Republic", "DPR",
                      "Luhansk People's Republic", "LPR"], ["Horlivka", "Makiivka"]),
    "Nagorno-Karabakh": ("AZ", ["Nagorno-Karabakh", "Artsakh", "Republic of Artsakh"],
                         ["Stepanakert", "Khankendi", "Shushi"]),
    "Western Sahara": ("EH", ["Western Sahara", "Moroccan Sahara"], ["Laayoune", "Dakhla"]),
    "Kosovo": ("XK", ["Kosovo", "Kosovo and Metohija"], ["Pristina"]),
    "Northern Cyprus": ("CY", ["Northern Cyprus", "TRNC",
                               "Turkish Republic of Northern Cyprus"], ["Kyrenia"]),
    "Abkhazia": ("GE", ["Abkhazia", "Republic of Abkhazia"], ["Sukhumi"]),
    "Transnistria": ("MD", ["Transnistria", "Pridnestrovie"], ["Tiraspol"]),
}


@pytest.mark.parametrize("territory", sorted(TERRITORIES))
def test_every_name_and_town_of_a_territory_takes_one_key(
    resolver: PlaceResolver, territory: str
) -> None:
    key, names, towns = TERRITORIES[territory]
    for name in [*names, *towns]:
        for context in ((), ("Israel",), ("Russia",), ("Morocco",), ("Serbia",)):
            place = resolver.resolve(name, list(context))
            assert place is not None, name
            assert place.country == key, (name, context, place)


def test_settlements_filed_under_israel_are_in_the_west_bank(resolver: PlaceResolver) -> None:
    """Ariel is filed under Israel's "Judea and Samaria Area", Talmon under Israel with no
    region; in an Israeli story (the claimant named) both are the West Bank's."""
    for name in ("Ariel", "Talmon"):
        place = resolver.resolve(name, ["Israel"])
        assert place is not None and (place.name, place.country) == (name, "PS"), place


def test_kashmir_splits_at_the_line_of_control(resolver: PlaceResolver) -> None:
    for name in ("Indian-administered Kashmir", "Indian-occupied Kashmir", "IIOJK",
                 "Jammu and Kashmir", "Srinagar"):
        place = resolver.resolve(name)
        assert place is not None and place.country == "IN", name
    for name in ("Pakistan-administered Kashmir", "Pakistan-occupied Kashmir", "PoK",
                 "Azad Kashmir", "Muzaffarabad"):
        place = resolver.resolve(name)
        assert place is not None and place.country == "PK", name


def test_a_neighbours_places_stay_its_own(resolver: PlaceResolver) -> None:
    """The outlines and codes take only the territory: its neighbours keep their key."""
    for name, key in (("Tiberias", "IL"), ("Kiryat Shmona", "IL"), ("Sderot", "IL"),
                      ("Beit Shemesh", "IL"), ("Kafr Qasim", "IL"), ("Umm al-Fahm", "IL"),
                      ("Gaza envelope", "IL"), ("Belgrade", "RS"), ("Rabat", "MA"),
                      ("Donetsk", "UA"), ("Nicosia", "CY")):
        place = resolver.resolve(name)
        assert place is not None and place.country == key, (name, place)


def test_point_in_outline() -> None:
    square = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0)]
    assert _inside(square, 0.5, 0.5)
    assert not _inside(square, 1.5, 0.5)
    assert not _inside(square, 0.5, -0.1)
    assert not _inside((), 0.5, 0.5)
