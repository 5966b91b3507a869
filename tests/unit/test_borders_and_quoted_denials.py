"""A strike at a border that each side places on its own side, denials told in a quote or
by what did not happen to a site, and accounts the parse hid behind a trailing
attribution or a place name.

- "Kessa, a village on the border with Southland" and the other side's "Dorba, on the
  border with Northland": the two stories place one strike in two states. Each claim
  struck at a border goes to that border's key too (rule ``events.border_pair``, places
  read by ``places.border_of``), where the two sides meet; two accounts from one side meet
  under their own state's key, not again there.
- "a rocket strike attributed to Northland on a block of flats in Riverton": whom a
  strike is attributed to is not where it was.
- '"There was no air strike near Kessa, and the air force has not dropped any bombs onto
  a clinic," he told the radio station': a quotation of two clauses joined by "and" is
  the speaker's, though the parse joined the second clause to his verb (rule
  ``claim.quote_conjuncts``).
- "Thirty gunmen were killed and 60 arrested, and weapons were seized in the camps, the
  ministry said": the trailing attribution speaks for every clause before it (rule
  ``claim.trailing_attribution``).
- "hit a site in Kessa Tor where rebel fighters were massing": the "where" clause the
  parse hung on the place after the object says what the site was.
- "The depot has not been touched" against "our gunners hit the depot": the denial of a
  hit (``miss.not_touched``, read by ``conflict.denied_hit``); "the aircraft was never
  hit" answers "the airliner was brought down" (one plane).
- "An official with the coalition's air command in Dorba said ... The official said ...":
  "the official" is the one last heard under that title, whatever place his name ends in
  (rule ``party.titled_head``).
- Clerics are people of faith, spies and informants a state's agents in the eyes of those
  who strike them.
- "A second communique said the agency had shot dead three bandits": one more of the
  statements of the body last heard (rule ``owner.document_series``), and a state's
  security agency kills as its army does (a bare "a statement" names nobody).
- "sentries posted near the ministry": stationed, not speaking ("sentries posted a
  statement" still speak).
- "A spokesman for the Dorba security coordination group": a named body, no anaphor for
  the group heard before ("a spokesperson for the group" still is one).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import orjson
import pytest

from pipeline.domain import conflicts
from pipeline.domain.events import border_pairs, match_keys, place_key, struck_places
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Evidence,
    Place,
    Target,
)
from pipeline.domain.records import from_dict, to_dict
from pipeline.nlp.claims import _is_report
from pipeline.nlp.mentions import _name_head
from tests.unit.test_accounts_beside_and_asides import REBELS, _analysed, _claim
from tests.unit.test_constructions import parsed
from tests.unit.test_events import MEDICS, NL_ARMY, RIVERTON, SL_MOD, SOUTHLAND, T0
from tests.unit.test_places_of_sides_and_earlier_strikes import _where

slow = pytest.mark.slow

# two villages the gazetteer lacks, one each side of the Northland-Southland border
KESSA = Place("Kessa", None, "NL", "River Province", kind="city")
DORBA = Place("Dorba", None, "SL", "Lake Province", kind="city")
PELAN = Place("Pelan", None, "NL", "Hill Province", kind="city")


def _story(aid: str, party: Actor, target: Target, place: Place,
           borders: tuple[str, ...], published: datetime = T0) -> ArticleAnalysis:
    sentence = f"{party.name} said the strike near {place.name} hit {target.text}."
    body = f"{sentence} {place.name} lies on the border."
    claim = Claim(party, "asserts", target, Evidence(aid, "Wire", sentence, 0, len(sentence)),
                  "strike", None, place)
    article = Article(aid, "", body, f"Wire {aid}", None, published)
    return ArticleAnalysis(article, places=(place,), claims=(claim,),
                           place_names=((place.name,),), place_borders=(borders,))


CAMP = Target("a rebel camp", "military")
SCHOOL = Target("a school", "civilian_site")


def test_a_claim_struck_at_a_border_goes_to_the_borders_key_too() -> None:
    north = _story("n1", NL_ARMY, CAMP, KESSA, ("SL",))
    assert border_pairs(north, struck_places(north)) == ["NL+SL"]
    assert conflicts.event_keys(north) == ["geo:NL", "geo:NL+SL"]
    assert conflicts.claim_keys(north) == ["geo:NL"]
    # a town the text puts on no border, or on the border with two states, stays at home
    inland = _story("n2", NL_ARMY, CAMP, PELAN, ())
    assert conflicts.event_keys(inland) == ["geo:NL"]
    two = _story("n3", NL_ARMY, CAMP, KESSA, ("EL", "SL"))
    assert conflicts.event_keys(two) == ["geo:NL"]


def test_the_borders_a_text_puts_its_places_on_travel_with_the_analysis() -> None:
    north = _story("n1", NL_ARMY, CAMP, KESSA, ("SL",))
    again = from_dict(ArticleAnalysis, orjson.loads(orjson.dumps(to_dict(north))))
    assert again.place_borders == (("SL",),)
    assert conflicts.event_keys(again) == conflicts.event_keys(north)
    # an analysis stored before borders were read routes as it did
    older = to_dict(north)
    del older["place_borders"]
    assert conflicts.event_keys(from_dict(ArticleAnalysis, older)) == ["geo:NL"]


def test_places_on_two_sides_meet_only_under_their_borders_key() -> None:
    a, b = place_key(KESSA), place_key(DORBA)
    assert match_keys(a, b) is None
    assert match_keys(place_key(KESSA, "NL+SL"), place_key(DORBA, "NL+SL")) is not None
    assert match_keys(place_key(KESSA, "NL+SL"), place_key(DORBA, "EL+SL")) is None


def _observe(stories: list[ArticleAnalysis]) -> dict[str, list[conflicts.ConflictAlert]]:
    state: dict[str, Any] = {}
    out: dict[str, list[conflicts.ConflictAlert]] = {}
    for story in stories:
        for key in conflicts.event_keys(story):
            seen = conflicts.observe_article(story, state, story.article.published or T0,
                                             key=key)
            out.setdefault(key, []).extend(seen.alerts)
    return out


def test_the_two_sides_accounts_of_a_border_strike_meet_under_its_key() -> None:
    north = _story("n1", NL_ARMY, CAMP, KESSA, ("SL",))
    south = _story("s1", SL_MOD, SCHOOL, DORBA, ("NL",), T0 + timedelta(hours=5))
    alerts = _observe([north, south])
    assert not alerts.get("geo:NL") and not alerts.get("geo:SL")
    (alert,) = alerts["geo:NL+SL"]
    assert {a.party.id for a in alert.accounts} == {NL_ARMY.id, SL_MOD.id}


def test_two_accounts_from_one_side_meet_under_that_states_key_only() -> None:
    army = _story("n1", NL_ARMY, CAMP, KESSA, ("SL",))
    medics = _story("n2", MEDICS, SCHOOL, KESSA, ("SL",), T0 + timedelta(hours=5))
    alerts = _observe([army, medics])
    assert len(alerts["geo:NL"]) == 1
    assert not alerts.get("geo:NL+SL")


@slow
def test_the_text_puts_a_town_on_the_border_with_the_state_named_beside_the_word(
        real_extractor: Any) -> None:
    places = real_extractor.places
    kessa = Place("Kessa", None, "TD", None, kind="city")
    text = ("Shells hit Kessa, a village on the border with Sudan, the army said. "
            "Kessa has been shelled before, since French troops left the area.")
    assert places.borders(text, {kessa: ("Kessa",)}) == {kessa: ("SD",)}
    # a state named in the sentence but away from the border's word is not its neighbour
    text = ("Shells hit Kessa, a village near the border, in an offensive that Russian "
            "advisers have backed for months, the army said.")
    assert places.borders(text, {kessa: ("Kessa",)}) == {}


def test_whom_a_strike_is_attributed_to_is_not_where_it_was() -> None:
    sentence = ("Nine people died in a rocket strike attributed to Southland on a block of "
                "flats in Riverton, a monitor said.")
    assert _where(sentence, sentence, (SOUTHLAND, RIVERTON)) == RIVERTON
    sentence = "Nine people died in a rocket strike on Southland, a monitor said."
    assert _where(sentence, sentence, (SOUTHLAND, RIVERTON)) == SOUTHLAND


@slow
def test_a_quotation_of_two_clauses_joined_by_and_is_the_speakers(real_extractor: Any
                                                                   ) -> None:
    claims = _analysed(real_extractor, 'Colonel Arno Velt denied the report. "There was no '
                       'air strike near Kessa, and the air force has not dropped any bombs '
                       'onto a clinic," he told the radio station by telephone.')
    assert any(c.party.name.endswith("Arno Velt") and c.rule == "nostrike.none"
               for c in claims), claims
    claims = _analysed(real_extractor, "Jets struck the depot in Kessa, and the ministry "
                       "said it would investigate.")
    assert all("ministry" not in c.party.name for c in claims if "depot" in c.target.text)


@slow
def test_a_trailing_attribution_speaks_for_every_clause_before_it(real_extractor: Any
                                                                  ) -> None:
    claims = _analysed(real_extractor, "Thirty gunmen were killed and 60 arrested, and "
                       "weapons were seized in the camps, the ministry said.")
    assert any(c.target.text == "Thirty gunmen" and "ministry" in c.party.name
               for c in claims), claims
    claims = _analysed(real_extractor, "Thirty gunmen were killed, and the ministry said "
                       "weapons were seized in the camps.")
    assert not any(c.target.text == "Thirty gunmen" and "ministry" in c.party.name
                   for c in claims), claims


@slow
def test_a_where_clause_on_the_place_after_the_object_says_what_the_site_was(
        real_extractor: Any) -> None:
    def site(body: str) -> str:
        (claim,) = [c for c in _analysed(real_extractor, body) if c.target.text == "site"]
        return claim.target.target_class
    assert site("A government official said the air force hit a site in Kessa Tor where rebel "
                "fighters were massing before a raid.") == "armed_group"
    assert site("A government official said the air force hit a site in Kessa Tor where "
                "families had lived for years.") != "armed_group"


OFFICIAL = Actor("source.official", "senior government official", "official", "NL", "nl")


def test_a_site_said_not_to_have_been_touched_denies_the_hit() -> None:
    hit = _claim(REBELS, "the fuel depot", "unknown", "hit.object")
    untouched = _claim(OFFICIAL, "depot", "unknown", "miss.not_touched", negated=True,
                     start=40, action="miss")
    (pair,) = conflicts.find_conflicts([hit, untouched])
    assert pair.reason == "contrast"
    other = _claim(OFFICIAL, "bridge", "unknown", "miss.not_touched", negated=True, start=40,
                 action="miss")
    assert conflicts.find_conflicts([hit, other]) == []


def test_an_aircraft_never_hit_answers_the_airliner_brought_down() -> None:
    downed = _claim(REBELS, "the Northland airliner", "civilian_site", "hit.brought_down")
    denial = _claim(OFFICIAL, "the aircraft", "unknown", "hit.passive", negated=True,
                  start=40)
    assert [p.reason for p in conflicts.find_conflicts([downed, denial])] == ["contrast"]
    ship = _claim(REBELS, "the ship", "military", "hit.object")
    assert conflicts.find_conflicts([ship, denial]) == []


def test_the_head_of_a_shown_name_is_before_the_place_it_names() -> None:
    assert _name_head("official with the coalition's air command in Kessa") == "official"
    assert _name_head("senior army official") == "official"
    assert _name_head("Northland officials") == "officials"


@slow
def test_the_official_is_the_one_last_heard_under_that_title(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Chadian officials said jets killed 11 clerics in "
                       "Kessa. An official with the coalition's air command in Dorba said the "
                       "raid hit a command centre. The official said rebel forces had used "
                       "schools to store guns.")
    (forces,) = [c for c in claims if "forces" in c.target.text]
    assert forces.party.name.startswith("official with the coalition"), forces.party
    (clerics,) = [c for c in claims if "clerics" in c.target.text]
    assert clerics.target.target_class == "civilians"


@slow
def test_spies_are_a_states_agents_to_those_who_strike_them(real_extractor: Any) -> None:
    def cls(body: str, word: str) -> str:
        (claim,) = [c for c in _analysed(real_extractor, body) if word in c.target.text]
        return claim.target.target_class
    assert cls("The Velt Front said its men shot three spies in Kessa.", "spies") \
        == "military"
    assert cls("The Velt Front said its men shot three shopkeepers in Kessa.",
               "shopkeepers") == "civilians"


def _parties(extractor: Any, body: str) -> set[tuple[str, str]]:
    return {(c.party.name, c.target.text) for c in _analysed(extractor, body)}


@slow
def test_a_second_communique_is_the_last_bodys_and_its_agency_kills(real_extractor: Any
                                                                      ) -> None:
    told = _parties(real_extractor, "The army told reporters it was studying the raid. A "
                    "second communique said the agency had shot dead three bandits near Kessa.")
    assert ("army", "three bandits") in told, told
    told = _parties(real_extractor, "The army told reporters it was studying the raid. A "
                    "communique said troops shot dead three bandits near Kessa.")
    assert not told, told


def test_sentries_posted_near_a_site_are_stationed_not_speaking() -> None:
    stationed = parsed({"parse": "sentries/NOUN/nsubj/1/sentry posted/VERB/ROOT/1/post "
                                 "near/ADP/prep/1 the/DET/det/4 ministry/NOUN/pobj/2"})
    assert not _is_report(stationed[1])
    spoke = parsed({"parse": "sentries/NOUN/nsubj/1/sentry posted/VERB/ROOT/1/post "
                             "a/DET/det/3 statement/NOUN/dobj/1/statement"})
    assert _is_report(spoke[1])


@slow
def test_a_named_group_after_spokesman_for_is_no_anaphor(real_extractor: Any) -> None:
    told = _parties(real_extractor, "A rights group in Kessa said the dead men had been taken "
                    "from a house and shot. A spokesman for the Dorba security coordination "
                    "group backed the officers, saying the men killed were members of a gang "
                    "that had shot at a patrol.")
    assert any(party == "spokesman for the Dorba security coordination group"
               for party, _ in told), told
    told = _parties(real_extractor, "The Velt Front said the jets hit a school. A "
                    "spokesperson for the group said 12 children were killed.")
    assert ("Velt Front spokesperson", "12 children") in told, told
