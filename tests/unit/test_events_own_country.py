"""A story that names no struck place at all: a state's forces telling of their own
operation are placed in their own country (a government's war inside its borders), so
the story meets the other side's account there (pure; team-written text)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.domain.conflicts import event_key
from pipeline.domain.events import COUNTRY, level_of, struck_places
from pipeline.domain.models import Actor, Article, ArticleAnalysis, Claim, Evidence, Place, Target
from tests.unit.test_events import MEDICS

NL_ARMY = Actor("nl.army", "Northland's army", "military", "NL", "nl")
EASTLAND = Place("Eastland", 30, "EL", kind="country")
T0 = datetime(2031, 5, 4, 8, 0, tzinfo=UTC)


def story(party: Actor, places: tuple[Place, ...] = ()) -> ArticleAnalysis:
    sentence = (f"{party.name} said an air operation on Sunday hit fighters who were "
                "preparing to attack the town.")
    body = f"{sentence} The statement was read on state television."
    art = Article("a1", "", body, "Wire", None, T0)
    ev = Evidence("a1", "Wire", sentence, 0, len(sentence))
    claim = Claim(party, "asserts", Target("fighters", "armed_group"), ev, "strike", None, None)
    return ArticleAnalysis(art, claims=(claim,), places=places)


def test_forces_telling_of_their_own_operation_are_in_their_country() -> None:
    (place,) = struck_places(story(NL_ARMY))
    assert place is not None and place.country == "NL" and level_of(place) == COUNTRY
    assert event_key(story(NL_ARMY)) == "geo:NL"


def test_counter_example_a_source_that_is_no_state_places_nothing() -> None:
    assert struck_places(story(MEDICS)) == [None]
    assert event_key(story(MEDICS)) == "geo:unknown"


def test_counter_example_a_country_the_story_names_stands() -> None:
    (place,) = struck_places(story(NL_ARMY, (EASTLAND,)))
    assert place is not None and place.country == "EL"
