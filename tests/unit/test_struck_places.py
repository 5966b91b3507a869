"""Where each claim says the strike was, in stories with more than one country, and the
decoys event grouping must keep apart (pure; hand-built places, team-written text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.domain.conflicts import event_key
from pipeline.domain.events import (
    EventParams,
    Sighting,
    assign,
    dateline,
    empty_events,
    struck_places,
)
from pipeline.domain.models import Actor, Article, ArticleAnalysis, Claim, Evidence, Place, Target
from tests.unit.test_events import CAPITAL, HILLVIEW, MEDICS, NORTHLAND, RIVERTON, SL_MOD

T0 = datetime(2031, 5, 4, 8, 0, tzinfo=UTC)
P = EventParams()

EASTLAND = Place("Eastland", 30, "EL", kind="country")
FARLAND = Place("Farland", 40, "FL", kind="country")
# the gazetteer spells this town differently from the wire ("Abu Brijton")
BRIDGETON = Place("Albu Brijton", 301, "EL", "Delta Province", 12.0, 25.0, "city")
FAR_REGION = Place("South-East", 401, "FL", "South-East", kind="admin1")

SL_AIR = Actor("sl.air-force", "Southland air force", "military", "SL", "sl")
EL_GOV = Actor("state.el", "Eastland", "state", "EL", "el")
NL_GOV = Actor("state.nl", "Northland", "state", "NL", "nl")


def claim(party: Actor, place: Place | None, sentence: str, body: str,
          attacker: Actor | None = None) -> Claim:
    start = body.index(sentence)
    ev = Evidence("a1", "Wire", sentence, start, start + len(sentence))
    return Claim(party, "asserts", Target("a depot", "military"), ev, "strike", attacker, place)


def two_country_story() -> ArticleAnalysis:
    """Filed from the attacker's capital: a raid in Eastland (the gazetteer spells the town
    differently), then two claims about a raid in Northland."""
    lead = ("SOUTHGATE, May 4 (Wire) - Southland jets struck a fuel depot near Abu Brijton "
            "in eastern Eastland, the ministry said.")
    second = "In a second raid, jets hit a radar site in Riverton, the ministry said."
    reply = "Northland said the raid on Riverton hit a school."
    body = f"{lead} {second} {reply}"
    art = Article("a1", "", body, "Wire", None, T0)
    claims = (claim(SL_MOD, CAPITAL, lead, body, attacker=SL_AIR),  # own place: the dateline
              claim(SL_MOD, RIVERTON, second, body, attacker=SL_AIR),
              claim(NL_GOV, RIVERTON, reply, body))
    places = (EASTLAND, NORTHLAND, CAPITAL, BRIDGETON, RIVERTON)
    return ArticleAnalysis(art, places=places, claims=claims)


def test_a_claim_under_a_dateline_keeps_the_other_country_its_sentence_names() -> None:
    analysis = two_country_story()
    assert struck_places(analysis) == [BRIDGETON, RIVERTON, RIVERTON]
    assert event_key(analysis) == "geo:NL"  # one key per article: where most claims hit


def test_a_placeless_claim_takes_the_country_its_sentence_names_not_the_speakers() -> None:
    lead = "Medics said a strike hit a clinic in Riverton."
    other = "Medics said Southland drones also hit a market in Eastland on Monday."
    own = "Northland said it shot down two drones over Northland."
    again = "A second clinic in Riverton was hit, medics said."
    body = f"{lead} {other} {own} {again}"
    art = Article("a1", "", body, "Wire", None, T0)
    claims = (claim(MEDICS, RIVERTON, lead, body),
              claim(MEDICS, None, other, body, attacker=SL_AIR),
              claim(NL_GOV, None, own, body),
              claim(MEDICS, RIVERTON, again, body))
    places = (NORTHLAND, EASTLAND, RIVERTON)
    found = struck_places(ArticleAnalysis(art, places=places, claims=claims))
    # "over Northland" from Northland itself: the speaker's own country is passed over
    # (it is mostly the speaker's name: "Northland's army said") for the fallback
    assert found == [RIVERTON, EASTLAND, RIVERTON, RIVERTON]


def test_a_demonym_is_not_the_country() -> None:
    sentence = "Medics said Northlander forces hit a clinic."
    body = f"Fighting went on in Eastland. {sentence}"
    art = Article("a1", "", body, "Wire", None, T0)
    found = struck_places(ArticleAnalysis(
        art, places=(EASTLAND, NORTHLAND), claims=(claim(MEDICS, None, sentence, body),)))
    assert found == [EASTLAND]


def test_a_placeless_claim_shares_its_sentences_place() -> None:
    sentence = "Missiles hit a depot in Hillview and killed two guards, officials said."
    body = f"Riverton was quiet. Riverton stayed calm. {sentence}"
    art = Article("a1", "", body, "Wire", None, T0)
    claims = (claim(MEDICS, HILLVIEW, sentence, body), claim(MEDICS, None, sentence, body),
              claim(MEDICS, RIVERTON, "Riverton was quiet.", body),
              claim(MEDICS, RIVERTON, "Riverton stayed calm.", body))
    found = struck_places(ArticleAnalysis(art, places=(RIVERTON, HILLVIEW), claims=claims))
    # not the article's most common place (Riverton)
    assert found == [HILLVIEW, HILLVIEW, RIVERTON, RIVERTON]


def test_a_region_of_a_country_the_article_never_names_is_not_taken() -> None:
    """A namesake region abroad ("South-East" of another state) is a resolver slip."""
    sentence = "A drone killed six people, a lawmaker from the South-East told the agency."
    body = f"In Northland, a drone strike hit a bus. {sentence}"
    art = Article("a1", "", body, "Wire", None, T0)
    found = struck_places(ArticleAnalysis(
        art, places=(NORTHLAND, FAR_REGION), claims=(claim(MEDICS, None, sentence, body),)))
    assert found == [NORTHLAND]
    alone = ArticleAnalysis(art, places=(NORTHLAND, FARLAND, FAR_REGION),
                            claims=(claim(MEDICS, None, sentence, body),))
    assert struck_places(alone) == [FAR_REGION]  # its country is named: taken


def test_a_tie_between_countries_goes_to_the_lead() -> None:
    lead = "Jets hit a depot in Riverton, medics said."
    later = "Drones hit a port in Abu Brijton, Eastland said."
    body = f"{lead} {later}"
    art = Article("a1", "", body, "Wire", None, T0)
    claims = (claim(MEDICS, RIVERTON, lead, body), claim(EL_GOV, BRIDGETON, later, body))
    assert event_key(ArticleAnalysis(art, places=(RIVERTON, BRIDGETON), claims=claims)) \
        == "geo:NL"
    swapped = ArticleAnalysis(art, places=(RIVERTON, BRIDGETON), claims=claims[::-1])
    assert event_key(swapped) == "geo:NL"  # by text position, not claim order


# ------------------------------------------------------------------ decoys


def test_two_strikes_in_one_country_a_day_apart_stay_apart() -> None:
    table = empty_events()
    first = assign(table, Sighting(RIVERTON, T0, "sl"), P, "geo:NL")
    second = assign(table, Sighting(HILLVIEW, T0 + timedelta(hours=24), "sl"), P, "geo:NL")
    assert second.created and second.event_id != first.event_id
    # the same town, by a different attacker, is another strike too
    other = assign(table, Sighting(RIVERTON, T0 + timedelta(hours=20), "el"), P, "geo:NL")
    assert other.created


def test_dateline_and_speakers_capital_do_not_pull_the_key() -> None:
    """Filed from the attacker's capital, where the ministry spoke: the key is the
    struck country, and a second story from the struck side meets it."""
    body = ("SOUTHGATE, May 4 (Wire) - The ministry said in Southgate that its jets hit "
            "a depot in Riverton.")
    sentence = body[len("SOUTHGATE, May 4 (Wire) - "):]
    art = Article("a1", "", body, "Wire", None, T0)
    told = claim(SL_MOD, CAPITAL, sentence, body, attacker=SL_AIR)
    analysis = ArticleAnalysis(art, places=(CAPITAL, RIVERTON), claims=(told,))
    assert struck_places(analysis) == [RIVERTON]
    assert event_key(analysis) == "geo:NL"


def test_a_capital_speaking_in_the_sentence_is_not_where_it_struck() -> None:
    """"Northland said a missile hit a bakery, though Southgate claimed it hit a post":
    Southgate speaks for Southland there; it was not struck."""
    sentence = ("Northland said a missile hit a bakery, though Southgate claimed it hit "
                "a command post.")
    lead = "Missiles struck Riverton overnight, medics said."
    body = f"{lead} {sentence}"
    art = Article("a1", "", body, "Wire", None, T0)
    southgate = Actor("state.sl", "Southgate", "state", "SL", "sl")
    claims = (claim(MEDICS, RIVERTON, lead, body), claim(NL_GOV, None, sentence, body),
              claim(southgate, None, sentence, body))
    found = struck_places(ArticleAnalysis(art, places=(RIVERTON, CAPITAL), claims=claims))
    assert found == [RIVERTON, RIVERTON, RIVERTON]


def test_the_second_countrys_claims_open_their_own_event_under_their_own_key() -> None:
    """The Eastland claim goes to geo:EL (where another outlet's story of that strike
    meets it), in an event placed in Eastland; the Northland claims stay under geo:NL."""
    from pipeline.domain.conflicts import observe_article

    analysis = two_country_story()
    state: dict[str, object] = {}
    seen = observe_article(analysis, state, T0, P)
    assert seen.key == "geo:NL" and len(seen.event_ids) == 1
    events = state["geo:NL"]["grouping"]["events"]  # type: ignore[index]
    assert [events[e]["pk"][1] for e in seen.event_ids] == ["NL"]
    other = observe_article(analysis, state, T0, P, key="geo:EL")
    assert other.key == "geo:EL" and len(other.event_ids) == 1
    events = state["geo:EL"]["grouping"]["events"]  # type: ignore[index]
    assert [events[e]["pk"][1] for e in other.event_ids] == ["EL"]


def test_datelines_after_a_byline_and_from_several_cities() -> None:
    assert dateline("By Ann Lee and Bo Park\nWire Service\nSOUTHGATE, May 4 (Wire) — Jets "
                    "hit a depot.") == "SOUTHGATE"
    assert dateline("SOUTHGATE/RIVERTON (Wire) - Jets hit a depot.") == "SOUTHGATE/RIVERTON"
    assert dateline("By: Agencies\n\nJets hit a depot in Riverton.") is None  # not "By"
    assert dateline("Jets hit a depot, officials said.") is None


def test_each_city_of_a_shared_dateline_is_not_the_struck_place() -> None:
    body = ("By Wire Staff\n\nSOUTHGATE/HILLVIEW/GENEVA - A strike killed six people, "
            "officials said. Medics said jets hit a clinic in Riverton.")
    first = body[body.index("SOUTHGATE"):body.index("said.") + 5]
    second = "Medics said jets hit a clinic in Riverton."
    art = Article("a1", "", body, "Wire", None, T0)
    claims = (claim(MEDICS, HILLVIEW, first, body), claim(MEDICS, RIVERTON, second, body))
    found = struck_places(ArticleAnalysis(art, places=(HILLVIEW, RIVERTON), claims=claims))
    assert found == [RIVERTON, RIVERTON]


def test_a_quarter_the_gazetteer_lacks_placed_at_its_town_is_where_the_strike_was() -> None:
    # the resolver placed an unlisted quarter at the town the text says it is part of
    sentence = "A shell hit a clinic in the Old Mill quarter of Riverton, medics said."
    body = sentence
    quarter = Place("Old Mill", None, RIVERTON.country, RIVERTON.admin1, RIVERTON.latitude,
                    RIVERTON.longitude, "city")
    art = Article("a1", "", body, "Wire", None, T0)
    found = struck_places(ArticleAnalysis(art, places=(RIVERTON, quarter),
                                          claims=(claim(MEDICS, RIVERTON, sentence, body),)))
    assert found == [quarter]
    # counter-examples: a quarter the sentence does not name, and a listed place at the
    # same site (a gazetteer entry of its own), leave the town as it is
    other = "A shell hit a clinic in Riverton, medics said."
    art = Article("a1", "", other, "Wire", None, T0)
    found = struck_places(ArticleAnalysis(art, places=(RIVERTON, quarter),
                                          claims=(claim(MEDICS, RIVERTON, other, body=other),)))
    assert found == [RIVERTON]
    listed = Place("Old Mill", 999, RIVERTON.country, RIVERTON.admin1, RIVERTON.latitude,
                   RIVERTON.longitude, "city")
    art = Article("a1", "", body, "Wire", None, T0)
    found = struck_places(ArticleAnalysis(art, places=(RIVERTON, listed),
                                          claims=(claim(MEDICS, RIVERTON, sentence, body),)))
    assert found == [RIVERTON]
