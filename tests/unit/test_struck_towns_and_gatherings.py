"""Where a strike fell when only the region is told beside the claim, and what a gathering
or a group of people was:

- "the strike hit Gedeb," names the town struck, though the recogniser tagged nothing
  (:func:`~pipeline.nlp.places.struck_names`); a town of the story's countries only;
- a claim placed at its region, in a story that names one town of that region (not the
  dateline city, nor where someone spoke), is at that town;
- "a gathering of armed men" is armed (row ``armed.gathering``); "members of a local
  vigilante group" are civilians (row ``civilians.group_of_kind``, WordNet's person
  nouns); "it was not the first time an air raid had hit volunteers" names no site.

Team-written sentences with invented or generic names, but for towns the gazetteer must
know; ``slow`` tests use the real model."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.events import struck_places
from pipeline.domain.models import Actor, Article, ArticleAnalysis, Claim, Evidence, Place, Target
from pipeline.nlp.places import PlaceResolver, struck_names
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


@pytest.mark.parametrize(("text", "names"), [
    ("The strike hit Gedeb, in the Enarj district of the zone, on 17 April.", ["Gedeb"]),
    ("Missiles struck Marhanets on Monday, the governor said.", ["Marhanets"]),
    ("Drones attacked Dubrava overnight and shelled Orlivka.", ["Dubrava", "Orlivka"]),
])
def test_a_name_right_after_a_strike_verb(text: str, names: list[str]) -> None:
    assert struck_names(text) == names


@pytest.mark.parametrize("text", [
    "The strike hit a school in the town.",  # no name
    "Jets struck Hamas's depot overnight.",  # a possessive
    "Shells hit Monday morning prayers.",  # a weekday
    "The raid hit The Daily Star offices.",  # "The" starts no town
])
def test_counter_examples_no_struck_name(text: str) -> None:
    assert struck_names(text) == []


def test_a_town_the_strike_hit_is_a_place_of_the_story(place_resolver: PlaceResolver) -> None:
    text = "Officials in Kyiv said the strike hit Marhanets, killing three."
    found = place_resolver.resolve_all(["Kyiv"], ["UA"], text)
    assert found["Marhanets"].country == "UA"


def test_counter_example_a_name_known_only_abroad_is_no_town(
        place_resolver: PlaceResolver) -> None:
    text = "Officials said the strike hit Marhanets, killing three."
    found = place_resolver.resolve_all(["Lebanon"], ["LB"], text)
    assert "Marhanets" not in found


SPEAKER = Actor("source.resident", "residents", "source")
REGION = Place("Northvale", 90001, "XX", "Northvale", kind="admin1")
TOWN = Place("Ashford", 90002, "XX", "Northvale", 1.0, 2.0, "city")
OTHER_TOWN = Place("Brinton", 90003, "XX", "Northvale", 1.5, 2.5, "city")
ABROAD = Place("Cardale", 90004, "XX", "Southvale", 3.0, 4.0, "city")


def _story(places: tuple[Place, ...], body: str) -> ArticleAnalysis:
    sentence = "Residents of the Northvale region said the strike killed 40 people."
    text = f"{sentence} {body}"
    art = Article("a1", "", text, "Wire", None, None)
    ev = Evidence("a1", "Wire", sentence, 0, len(sentence))
    claim = Claim(SPEAKER, "asserts", Target("40 people", "civilians"), ev, "strike", None,
                  REGION)
    return ArticleAnalysis(art, places=places, claims=(claim,))


def test_a_claim_at_its_region_is_at_the_one_town_of_the_region() -> None:
    story = _story((REGION, TOWN, ABROAD), "The strike hit Ashford. Aid came from Cardale.")
    assert struck_places(story) == [TOWN]


def test_counter_examples_two_towns_or_a_speakers_town_keep_the_region() -> None:
    two = _story((REGION, TOWN, OTHER_TOWN), "Shells hit Ashford and Brinton.")
    assert struck_places(two) == [REGION]
    spoke = _story((REGION, TOWN), "The governor said in Ashford that the toll would rise.")
    assert struck_places(spoke) == [REGION]


@slow
@pytest.mark.parametrize(("sentence", "cls"), [
    ("The administrator said the strike hit a gathering of armed men in the area.",
     "armed_group"),
    ("Residents said the air strike killed 20 members of a local vigilante group.",
     "civilians"),
    # counter-examples
    ("The administrator said the strike hit a gathering of men repairing a school.",
     "civilians"),
    ("Residents said the air strike killed 20 members of a militant group.", "armed_group"),
])
def test_what_a_gathering_or_a_group_was(real_extractor: Any, sentence: str,
                                         cls: str) -> None:
    claims = _analysed(real_extractor, sentence)
    assert [c.target.target_class for c in claims] == [cls], \
        [(c.target.text, c.target.target_class) for c in claims]


@slow
def test_not_the_first_time_names_no_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Residents said it was not the first time an air raid "
                       "had hit local self-defence volunteers.")
    assert [c.target.text for c in claims] == ["local self-defence volunteers"]
    # counter-example: a contrast of what the site was is still read
    claims = _analysed(real_extractor, "The mayor said it was not a military camp but a camp "
                       "of tents.")
    assert {c.target.text for c in claims} == {"military camp", "camp of tents"}
