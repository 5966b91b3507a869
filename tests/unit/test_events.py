"""Events by place, time and attacker (pure grouping; hand-built places, no gazetteer)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.domain.events import (
    ADMIN1,
    COUNTRY,
    LOCALITY,
    UNPLACED,
    EventParams,
    Sighting,
    assign,
    close_idle,
    dateline,
    empty_events,
    place_match,
    struck_places,
)
from pipeline.domain.models import (
    NARRATES,
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Evidence,
    Place,
    Target,
)

T0 = datetime(2031, 3, 9, 6, 0, tzinfo=UTC)
P = EventParams()

NORTHLAND = Place("Northland", 10, "NL", kind="country")
SOUTHLAND = Place("Southland", 20, "SL", kind="country")
RIVER_PROV = Place("River Province", 11, "NL", "River Province", kind="admin1")
HILL_PROV = Place("Hill Province", 12, "NL", "Hill Province", kind="admin1")
RIVERTON = Place("Riverton", 101, "NL", "River Province", 10.00, 20.00, "city")
# a landmark 3 km from the town centre, and a town 80 km away in another province
MILL_CAMP = Place("Mill Camp", None, "NL", None, 10.02, 20.02, "landmark")
HILLVIEW = Place("Hillview", 102, "NL", "Hill Province", 10.70, 20.20, "city")
CAPITAL = Place("Southgate", 201, "SL", "Capital District", 30.0, 30.0, "city", capital=True)

SL_MOD = Actor("sl.defence-ministry", "Southland's defence ministry", "ministry", "SL", "sl")
SL_ARMY = Actor("sl.military", "Southland army", "military", "SL", "sl")
NL_ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
MEDICS = Actor("intl.medics", "Medics Abroad", "international_body", None, "intl.medics")


def sight(place: Place | None, hours: float = 0, attacker: str | None = None) -> Sighting:
    return Sighting(place, T0 + timedelta(hours=hours), attacker)


def test_place_levels_meet_at_the_finest_level_both_give() -> None:
    assert place_match(RIVERTON, RIVERTON) == LOCALITY
    assert place_match(RIVERTON, MILL_CAMP) == LOCALITY  # landmark near its town
    assert place_match(RIVERTON, RIVER_PROV) == ADMIN1
    assert place_match(RIVERTON, NORTHLAND) == COUNTRY
    assert place_match(RIVERTON, None) == UNPLACED
    assert place_match(RIVERTON, HILLVIEW) is None  # two towns
    assert place_match(RIVERTON, HILL_PROV) is None  # town outside that province
    assert place_match(RIVERTON, SOUTHLAND) is None
    assert place_match(RIVER_PROV, HILL_PROV) is None
    # a province named after its capital, the town filed under another division
    capital_prov = Place("Hillview", 13, "NL", "Hillview", kind="admin1")
    assert place_match(capital_prov, HILLVIEW) == ADMIN1
    assert place_match(capital_prov, RIVERTON) is None


def test_a_town_the_gazetteer_lacks_is_one_with_or_without_its_kind_word() -> None:
    # "near Pinlebu village, Tamu Township" in one outlet, "in Tamu" in the other
    township = Place("Tamu Township", None, "NL", "07", kind="city")
    town = Place("Tamu", None, "NL", "07", kind="city")
    assert place_match(township, town) == LOCALITY
    # counter-examples: another town, and a city that is not the strip named like it
    assert place_match(township, Place("Tamaw", None, "NL", "07", kind="city")) is None
    assert place_match(Place("Gaza City", None, "NL", "07", kind="city"),
                       Place("Gaza", None, "NL", "07", kind="city")) is None


def test_claims_join_one_event_and_its_id_stays() -> None:
    table = empty_events()
    first = assign(table, sight(NORTHLAND), P, "geo:NL")
    assert first.created
    joined = [assign(table, sight(p, h), P, "geo:NL")
              for p, h in ((RIVER_PROV, 3), (RIVERTON, 10), (MILL_CAMP, 20))]
    assert {a.event_id for a in joined} == {first.event_id}
    assert [a.match for a in joined] == [COUNTRY, ADMIN1, LOCALITY]
    assert table["events"][first.event_id]["place"]["name"] == "Riverton"
    # an account with no place at all is not guessed into a placed event
    unplaced = assign(table, sight(None, 30), P, "geo:NL")
    assert unplaced.created
    assert assign(table, sight(None, 31), P, "geo:NL").event_id == unplaced.event_id


def test_a_town_and_the_province_named_after_it_meet_in_either_order() -> None:
    province = Place("Hillview", 13, "NL", "Hillview", kind="admin1")
    town = Place("Hillview", 102, "NL", "Old Division", 10.7, 20.2, "city")
    for first, second in ((province, town), (town, province)):
        table = empty_events()
        a = assign(table, sight(first), P, "k")
        assert assign(table, sight(second, 5), P, "k").event_id == a.event_id


def test_two_strikes_a_day_apart_in_two_towns_are_two_events() -> None:
    table = empty_events()
    a = assign(table, sight(RIVERTON), P, "k")
    b = assign(table, sight(HILLVIEW, 24), P, "k")
    assert b.created and a.event_id != b.event_id
    # a country-level account fits both but bridges neither: they are different places
    c = assign(table, sight(NORTHLAND, 20), P, "k")
    assert c.absorbed == () and c.event_id == b.event_id  # nearer in time


def test_time_window_and_attackers_split_events() -> None:
    table = empty_events()
    a = assign(table, sight(RIVERTON, 0, "sl"), P, "k")
    b = assign(table, sight(RIVERTON, 49, "sl"), P, "k")
    assert b.created  # beyond 48 h
    assert assign(table, sight(RIVERTON, 2, "nl"), P, "k").created  # another attacker
    # within 48 h of both: it bridges them (same place, same attacker)
    joined = assign(table, sight(RIVERTON, 1, "sl"), P, "k")
    assert joined.event_id == a.event_id and joined.absorbed == (b.event_id,)


def test_a_claim_that_bridges_two_events_merges_them_into_the_older() -> None:
    table = empty_events()
    early = assign(table, sight(RIVERTON, 0), P, "k")
    late = assign(table, sight(MILL_CAMP, 60), P, "k")
    assert late.created
    bridge = assign(table, sight(RIVERTON, 30), P, "k")
    assert bridge.event_id == early.event_id and bridge.absorbed == (late.event_id,)
    assert late.event_id not in table["events"]
    assert table["events"][early.event_id]["absorbed"] == [late.event_id]
    assert assign(table, sight(MILL_CAMP, 40), P, "k").event_id == early.event_id
    # the merged event spans 0-60 h: 70 h is more than 48 h after its first claim
    assert assign(table, sight(MILL_CAMP, 70), P, "k").created


def test_late_sightings_are_reported_and_idle_events_close_to_a_summary() -> None:
    table = empty_events()
    ev = assign(table, sight(RIVERTON, 0), P, "k")
    assign(table, sight(HILLVIEW, 100), P, "k")
    back = assign(table, sight(RIVERTON, 10), P, "k")
    assert back.event_id == ev.event_id and back.late_hours == 90.0
    assign(table, sight(HILLVIEW, 24 * 30), P, "k")
    closed = close_idle(table, P)
    assert ev.event_id in closed and ev.event_id in table["closed"]
    again = assign(table, sight(RIVERTON, 12), P, "k")
    assert again.created and again.closed_match == ev.event_id and again.late_hours


def _claim(party: Actor, place: Place | None, sentence: str, start: int = 60,
           attacker: Actor | None = None) -> Claim:
    ev = Evidence("a1", "Wire", sentence, start, start + len(sentence))
    return Claim(party, "asserts", Target("a depot", "military"), ev, "strike", attacker, place)


def test_dateline_speaker_and_capital_are_not_the_struck_place() -> None:
    body = "SOUTHGATE, March 9 (Wire) - Southland said its jets hit a depot in Riverton."
    art = Article("a1", "", body, "Wire", None, T0)
    assert dateline(body) == "SOUTHGATE"
    claims = (
        _claim(SL_MOD, CAPITAL, body[:76], start=0),  # dateline only
        _claim(SL_MOD, CAPITAL, "The ministry said in Southgate that jets hit a depot."),
        _claim(SL_ARMY, CAPITAL, "Jets hit a depot, the army said.", attacker=SL_ARMY),
        _claim(SL_MOD, RIVERTON, "Jets hit a depot in Riverton, the ministry said."),
    )
    places = struck_places(ArticleAnalysis(art, claims=claims))
    assert places == [RIVERTON, RIVERTON, RIVERTON, RIVERTON]


@pytest.mark.parametrize(("text", "city"), [
    ("SOUTHGATE, March 9 (Wire) - Jets hit a depot.", "SOUTHGATE"),
    # Spanish agencies close the bracket with a full stop: "Bogota, Sep 16 (EFE).-"
    ("Southgate, Mar 9 (Agencia).- Jets hit a depot.", "Southgate"),
    ("Southgate (Agencia).- Jets hit a depot.", "Southgate"),
    # counter-examples: a sentence with an abbreviation and a dash is no dateline
    ("Dr. Smith said the U.S. - not Southland - hit a depot.", None),
    ("Jets hit a depot. - Southland", None),
])
def test_the_city_a_story_is_filed_from(text: str, city: str | None) -> None:
    assert dateline(text) == city


def test_a_capital_struck_by_the_other_side_stays_struck() -> None:
    art = Article("a1", "", "Northland drones hit Southgate.", "Wire", None, T0)
    claim = _claim(SL_MOD, CAPITAL, "Northland drones hit Southgate, Southland said.",
                   attacker=NL_ARMY)
    assert struck_places(ArticleAnalysis(art, claims=(claim,))) == [CAPITAL]


def test_without_a_claimed_place_the_named_country_not_the_speakers_stands_in() -> None:
    us_command = Actor("us.command", "US Command", "military", "US", "us")
    art = Article("a1", "", "US Command said it killed five fighters.", "Wire", None, T0)
    claim = _claim(us_command, None, "US Command said it killed five fighters.")
    places = (Place("United States", 1, "US", kind="country"),
              Place("Somalia", 2, "SO", kind="country"),
              Place("South-West", 3, "CM", "South-West", kind="admin1"))
    (place,) = struck_places(ArticleAnalysis(art, places=places, claims=(claim,)))
    assert place is not None and place.country == "SO"


def test_the_attackers_nationality_is_not_the_struck_country() -> None:
    lawmaker = Actor("source.lawmaker", "a lawmaker", "source", None, None)
    us = Actor("state.us", "United States", "state", "US", "us")
    art = Article("a1", "", "A U.S. air strike killed six civilians.", "Wire", None, T0)
    claim = _claim(lawmaker, Place("United States", 1, "US", kind="country"),
                   "A U.S. air strike killed six civilians.", attacker=us)
    bare = _claim(lawmaker, Place("United States", 1, "US", kind="country"),
                  "A U.S. air strike killed six civilians.")  # same sentence, no attacker
    places = (Place("Somalia", 2, "SO", kind="country"),)
    found = struck_places(ArticleAnalysis(art, places=places, claims=(claim, bare)))
    assert [p.country if p else None for p in found] == ["SO", "SO"]


def test_a_country_level_claim_takes_the_one_town_its_sentence_names() -> None:
    sentence = "Southland missiles struck the Northland city of Riverton, officials said."
    art = Article("a1", "", sentence, "Wire", None, T0)
    claim = _claim(MEDICS, NORTHLAND, sentence)
    places = (NORTHLAND, RIVERTON, HILLVIEW)
    assert struck_places(ArticleAnalysis(art, places=places, claims=(claim,))) == [RIVERTON]
    both = "Missiles struck Riverton and Hillview, officials said."
    two = _claim(MEDICS, NORTHLAND, both)
    art2 = Article("a2", "", both, "Wire", None, T0)
    assert struck_places(ArticleAnalysis(art2, places=places, claims=(two,))) == [NORTHLAND]


def test_where_a_group_is_outlawed_is_not_where_it_struck() -> None:
    art = Article("a1", "", "The fire came from an offensive by a group.", "Wire", None, T0)
    aside = _claim(SL_MOD, SOUTHLAND, "The fire came from an offensive by the Front "
                   "(outlawed in Southland), the ministry said.")
    named = _claim(MEDICS, RIVERTON, "A convoy was hit in Riverton, medics said.")
    assert struck_places(ArticleAnalysis(art, claims=(aside, named))) == [RIVERTON, RIVERTON]
    blamed = _claim(MEDICS, SOUTHLAND, "Medics blamed the attack on Southland.")
    assert struck_places(ArticleAnalysis(art, claims=(blamed, named))) == [RIVERTON, RIVERTON]
    struck = _claim(SL_MOD, SOUTHLAND, "Rockets fell in Southland, the ministry said.")
    assert struck_places(ArticleAnalysis(art, claims=(struck,))) == [SOUTHLAND]


def test_a_country_named_only_as_blamed_does_not_stand_in_for_the_struck_place() -> None:
    claim = _claim(MEDICS, None, "A convoy was hit, medics said.")
    body = "Officials blamed the attack on Northland. A convoy was hit in Southland."
    blamed = ArticleAnalysis(Article("a1", "", body, "Wire", None, T0),
                             places=(SOUTHLAND, NORTHLAND), claims=(claim,))
    assert struck_places(blamed) == [SOUTHLAND]
    body = "Officials spoke of Northland. A convoy was hit in Southland."
    named = ArticleAnalysis(Article("a2", "", body, "Wire", None, T0),
                            places=(SOUTHLAND, NORTHLAND), claims=(claim,))
    assert struck_places(named) == [NORTHLAND]  # a tie, settled by name


_LEAD = "Southland army said the tower its jets destroyed in Riverton on Monday was a depot."
_ARMY_SAYS = "In a statement, the army said the structure housed offices of the rebels."
_NARRATED = "Several people were wounded in Hillview, where rockets hit homes."


def _narrated_story_places(lead: str) -> list[Place | None]:
    """struck_places of a story whose lead is ``lead``, then the army's account with no
    place, then the outlet's narration of rockets on Hillview."""
    body = f"{lead}\n\n{_ARMY_SAYS}\n\n{_NARRATED}"
    art = Article("a1", "", body, "Wire", None, T0)
    start = body.index(_NARRATED)
    outlet = Actor("media.wire", "Wire", "media", None, None)
    army = _claim(SL_ARMY, None, _ARMY_SAYS, start=body.index(_ARMY_SAYS))
    told = Claim(outlet, NARRATES, Target("homes", "civilian_site"),
                 Evidence("a1", "Wire", _NARRATED, start, start + len(_NARRATED)), "strike",
                 None, HILLVIEW)
    return struck_places(ArticleAnalysis(art, places=(RIVERTON, HILLVIEW), claims=(army, told)))


def test_the_leads_town_not_the_outlets_other_strike_places_an_account() -> None:
    # rule events.lead_over_narration: only the outlet's narration of another strike
    # further down names a place; the one town the lead names is where the party's
    # account that names none was
    assert _narrated_story_places(_LEAD) == [RIVERTON, HILLVIEW]


def test_with_no_town_in_the_lead_the_narrated_place_still_stands_in() -> None:
    # counter-example: a lead naming no town leaves the narration's place as before
    assert _narrated_story_places(_LEAD.replace(" in Riverton", "")) == [HILLVIEW, HILLVIEW]


def _placed_alone(sentence: str) -> Place | None:
    """Where the army's one claim of ``sentence``, placed at Hillview, was struck, in a
    story that knows Riverton and Hillview."""
    art = Article("a1", "", sentence, "Wire", None, T0)
    claim = _claim(SL_ARMY, HILLVIEW, sentence, start=0)
    (place,) = struck_places(ArticleAnalysis(art, places=(RIVERTON, HILLVIEW), claims=(claim,)))
    return place


def test_a_launch_site_after_a_clock_time_is_not_where_the_missile_came_down() -> None:
    # rule events.launch_site: "launched at 9 p.m. from X" (a clock time's full stops end
    # no clause), and the "from" phrase ends at a joined clause ("... and was brought down
    # near Y": Y is no launch site)
    assert _placed_alone("The missile was launched at 9 p.m. from Hillview and was brought "
                         "down near Riverton, the army said.") == RIVERTON


def test_a_launch_sites_aim_is_no_launch_site() -> None:
    # "fired from Hillview toward Riverton": the aim is no launch site
    assert _placed_alone("A missile fired from Hillview toward Riverton was intercepted, the "
                         "army said.") == RIVERTON


def test_a_cell_that_fired_from_the_only_town_named_was_hit_there() -> None:
    # counter-example: with no other place named, the launch site stands
    assert _placed_alone("Jets struck a cell that fired rockets from Hillview, the army "
                         "said.") == HILLVIEW
