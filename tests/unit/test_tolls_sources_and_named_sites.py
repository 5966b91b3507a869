"""Tolls and what they count, sources in bodies no list names, places respelt, hazards
told in similes, and facilities named by their own names (issue 8), each beside a
sentence where the rule must not apply.

- Tolls: "the death toll from the strikes on a school rose to 12" parsed with "on a
  school" hung on the toll: what the strikes hit is the strikes' (``parse.toll_target``,
  :func:`targets_taken_for_tolls`), not what floods hit nor a place named before the
  strikes; a time after the toll's verb is no target. A toll counted over months or a
  year ("in the first six months of the year", "in 2019") is a tally of many strikes
  (``casualty.period_toll``); "last month" and "in the first hours of Monday" keep their
  strike.
- Verbs: raids "waged" on a clinic (``lx.LAUNCH_VERBS`` with "wage" and the lemmatiser's
  "wag"), not "waged a campaign" nor raids "planned"; "said the Chadian side targeted
  civilians" read as a verb of what was said (``parse.said_verb``), not "said targeted
  killings rose" nor "reported the targeted civilians"; bombs dropped "in the middle of
  the market" (``hit.drop_amid``), not leaflets.
- Forces of another kind: "hit hard by the loss of their pensions" (``_NATURAL_FORCES``),
  not "hit by shelling"; a hurricane story whose witness likens it to a bomb
  (``claim.hazard_simile``) tells no strike, one where a bomb went off does.
- Speakers: "according to the local administration" after "Baghdad blaming Turkey" is
  Iraq's local administration (``_local_body``), not Baghdad; "a source in Chad's
  security services" keeps the body he is in (``_VOICE_HEADS``), "a driver" in them
  speaks for himself.
- Places: "the city of Vinnitsa" in a story naming Ukraine, filed from Moscow, is the
  Ukrainian city (``place.big_city_respelt`` read without the kind word); "Nikolayev" is
  the Ukrainian city by its curated spelling; Belgorod stays in Russia.
- Named sites: "struck the Kessa Dorba school" (``event.named_site``, :func:`named_sites`)
  keys its name's telling words, two transliterations alike; an acronym, a place of the
  story and a hospital the dead were carried to are none. Two schools named apart keep
  strikes a day apart at one place in two events (:func:`_sites_apart`); one school named
  alike in two stories joins them though each puts it in another town (not an article's
  own claims at two places).

Team-written sentences (``slow``: the real model) and hand-built parses, claims and
sightings (no model); names are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from pipeline.domain.events import (
    EventParams,
    Sighting,
    _sites_apart,
    assign,
    empty_events,
    named_sites,
)
from pipeline.domain.models import Place
from pipeline.nlp.claims import (
    _hazard_story,
    targets_taken_for_tolls,
    verbs_taken_for_said_objects_modifiers,
)
from pipeline.nlp.constructions import _period_toll
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_cargo_onlookers_and_free_relatives import _built, _by
from tests.unit.test_constructions import rule_hits

slow = pytest.mark.slow


def _tree(doc: Any) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in doc}


# ------------------------------------------------------------------ what a toll counts

# the small model's parse: "on a school" hung on the toll, beside "from the strikes"
_TOLL_ON = ("The/DET/det/2 death/NOUN/compound/2 toll/NOUN/nsubj/9/toll from/ADP/prep/2 "
            "the/DET/det/5 strikes/NOUN/pobj/3/strike on/ADP/prep/2 a/DET/det/8 "
            "school/NOUN/pobj/6 rose/VERB/ROOT/9/rise/VBD to/ADP/prep/9 12/NUM/pobj/10")


def test_what_the_strikes_on_a_school_hit_is_taken_from_the_toll() -> None:
    doc = _built(_TOLL_ON)
    targets_taken_for_tolls(doc)
    assert _tree(doc)["on"] == ("prep", "strikes"), _tree(doc)


def test_counter_example_a_toll_from_floods_keeps_its_coast() -> None:
    doc = _built(_TOLL_ON.replace("strikes/NOUN/pobj/3/strike", "floods/NOUN/pobj/3/flood")
                 .replace("school/NOUN", "coast/NOUN"))
    targets_taken_for_tolls(doc)
    assert _tree(doc)["on"] == ("prep", "toll"), _tree(doc)


def test_counter_example_where_the_toll_was_counted_before_the_strikes() -> None:
    doc = _built("The/DET/det/2 death/NOUN/compound/2 toll/NOUN/nsubj/9/toll at/ADP/prep/2 "
                 "the/DET/det/5 hospital/NOUN/pobj/3 from/ADP/prep/2 the/DET/det/8 "
                 "strikes/NOUN/pobj/6/strike rose/VERB/ROOT/9/rise/VBD to/ADP/prep/9 "
                 "12/NUM/pobj/10")
    targets_taken_for_tolls(doc)
    assert _tree(doc)["at"] == ("prep", "toll"), _tree(doc)


@slow
@pytest.mark.parametrize("body", [
    "The death toll from the air strikes on a school in Dorba rose to 12, officials said.",
    # the model hangs this one's "on a school" on the toll
    "The death toll from the strikes on a school in Dorba rose to 12, officials said."])
def test_a_toll_from_strikes_on_a_school_names_the_school(real_extractor: Any,
                                                          body: str) -> None:
    claims = _analysed(real_extractor, body)
    assert _by(claims, "school"), claims


@slow
@pytest.mark.parametrize("body", [
    "The death toll from the air strikes rose to 12 on Monday, officials said.",
    "The death toll from the strikes rose to 12 on Monday, officials said."])
def test_counter_example_the_day_a_toll_rose_is_no_target(real_extractor: Any,
                                                         body: str) -> None:
    claims = _analysed(real_extractor, body)
    assert not [c for c in claims if "Monday" in c.target.text], claims


# "air strikes had killed 363 people in the first six months of the year"
_PERIOD = ("air/NOUN/compound/1 strikes/NOUN/nsubj/3/strike had/AUX/aux/3/have/VBD "
           "killed/VERB/ROOT/3/kill/VBN 363/NUM/nummod/5 people/NOUN/dobj/3 in/ADP/prep/3 "
           "the/DET/det/10 first/ADJ/amod/10 six/NUM/nummod/10 months/NOUN/pobj/6/month "
           "of/ADP/prep/10 the/DET/det/13 year/NOUN/pobj/11")


def _killed(doc: Any) -> Any:
    return next(t for t in doc if t.text == "killed")


def test_a_toll_over_months_or_a_year_counts_a_period() -> None:
    assert _period_toll(_killed(_built(_PERIOD)))
    year = _built("strikes/NOUN/nsubj/1/strike killed/VERB/ROOT/1/kill 1,200/NUM/nummod/3 "
                  "civilians/NOUN/dobj/1/civilian in/ADP/prep/1 2019/NUM/pobj/4",
                  {"2019": "DATE"})
    assert _period_toll(_killed(year))


def test_counter_example_a_strike_in_a_village_last_month_is_no_period() -> None:
    doc = _built("an/DET/det/2 air/NOUN/compound/2 strike/NOUN/nsubj/3 killed/VERB/ROOT/3/kill "
                 "14/NUM/nummod/5 people/NOUN/dobj/3 in/ADP/prep/5 the/DET/det/8 "
                 "village/NOUN/pobj/6 last/ADJ/amod/10 month/NOUN/npadvmod/3")
    assert not _period_toll(_killed(doc))
    # nor one month with its number: "a month" counts no span
    one = _built(_PERIOD.replace("six/NUM", "one/NUM").replace("first/ADJ", "same/ADJ"))
    assert not _period_toll(_killed(one))


@slow
@pytest.mark.parametrize("body", [
    "The monitors said air strikes had killed 363 people in the first six months of the "
    "year.",
    "The monitors said shelling killed 90 people in the past year.",
    "The monitors said air strikes had killed 1,200 civilians in 2019."])
def test_a_toll_over_a_span_of_months_or_a_year_tells_no_strike(real_extractor: Any,
                                                                 body: str) -> None:
    assert _analysed(real_extractor, body) == [], body


@slow
@pytest.mark.parametrize("body", [
    "The ministry said an air strike killed 14 people in the village last month.",
    # "the first hours" of a day count no span of months
    "The ministry said an air strike killed 14 people in the first hours of Monday."])
def test_counter_example_a_strike_last_month_keeps_its_toll(real_extractor: Any,
                                                            body: str) -> None:
    assert _by(_analysed(real_extractor, body), "14 people"), body


# ------------------------------------------------------------------ verbs of a strike

# "Warplanes waged seven raids at dawn on the clinic", "on the clinic" hung on the dawn
_WAGED = ("Warplanes/NOUN/nsubj/1/warplane {}/VERB/ROOT/1/{} seven/NUM/nummod/3 "
          "raids/NOUN/dobj/1/raid at/ADP/prep/1 dawn/NOUN/pobj/4 on/ADP/prep/5 the/DET/det/8 "
          "clinic/NOUN/pobj/6")


@pytest.mark.parametrize("lemma", ["wage", "wag"])  # "wag": the lemmatiser's "waged"
def test_raids_waged_are_carried_out(lemma: str) -> None:
    spec = {"parse": _WAGED.format("waged", lemma), "ents": "dawn=TIME"}
    assert rule_hits(spec, "noun.launch_prep_past_time") == ["clinic"]


def test_counter_example_raids_planned_are_not_carried_out() -> None:
    spec = {"parse": _WAGED.format("planned", "plan"), "ents": "dawn=TIME"}
    assert rule_hits(spec, "noun.launch_prep_past_time") == []


@slow
@pytest.mark.parametrize("body", [
    "Warplanes waged seven raids on the clinic at dawn, the committee said.",
    # "on the clinic" hung on the verb, read only through a verb of carrying out
    "Warplanes waged seven raids at dawn on the clinic, the committee said.",
    "Seven raids were waged on the clinic at dawn, the committee said."])
def test_raids_waged_on_a_clinic(real_extractor: Any, body: str) -> None:
    claims = _analysed(real_extractor, body)
    clinic = _by(claims, "clinic")
    assert clinic and all(c.rule.startswith("noun.") for c in clinic), claims


@slow
def test_counter_example_a_campaign_waged_hits_nothing(real_extractor: Any) -> None:
    assert _analysed(real_extractor, "Warplanes waged a campaign for weeks, the committee "
                                     "said.") == []


# the small model's garden path: "targeted" an adjective of "civilians", the object of
# "said", with "the Chadian side" hung on it
_SAID_TARGETED = ("The/DET/det/1 spokesman/NOUN/nsubj/2 said/VERB/ROOT/2/say/VBD "
                  "the/DET/det/5 Chadian/ADJ/amod/5/chadian/JJ side/NOUN/nsubj/6 "
                  "targeted/VERB/amod/7/target/VBN civilians/NOUN/dobj/2/civilian/NNS "
                  "./PUNCT/punct/2")


def test_the_verb_of_what_was_said_taken_for_an_adjective() -> None:
    doc = _built(_SAID_TARGETED)
    verbs_taken_for_said_objects_modifiers(doc)
    tree = _tree(doc)
    assert (tree["targeted"], tree["civilians"], tree["side"]) == (
        ("ccomp", "said"), ("dobj", "targeted"), ("nsubj", "targeted")), tree


def test_counter_example_the_targeted_civilians_reported_with_no_phrase_before() -> None:
    doc = _built("The/DET/det/1 spokesman/NOUN/nsubj/2 reported/VERB/ROOT/2/report/VBD "
                 "the/DET/det/5 targeted/VERB/amod/5/target/VBN "
                 "civilians/NOUN/dobj/2/civilian/NNS ./PUNCT/punct/2")
    verbs_taken_for_said_objects_modifiers(doc)
    assert _tree(doc)["targeted"] == ("amod", "civilians"), _tree(doc)


@slow
def test_the_side_said_to_have_targeted_civilians(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The spokesman said the Chadian side targeted "
                                       "civilians.")
    assert _by(claims, "civilians"), claims


@slow
def test_counter_example_targeted_killings_said_to_rise(real_extractor: Any) -> None:
    assert _analysed(real_extractor, "The spokesman said targeted killings rose.") == []


def test_a_bomb_dropped_in_the_heart_of_a_camp() -> None:
    spec = ("Jets/NOUN/nsubj/1/jet dropped/VERB/ROOT/1/drop a/DET/det/3 bomb/NOUN/dobj/1/bomb "
            "in/ADP/prep/1 the/DET/det/6 heart/NOUN/pobj/4/heart of/ADP/prep/6 "
            "the/DET/det/9 camp/NOUN/pobj/7/camp")
    assert rule_hits({"parse": spec}, "hit.drop_amid") == ["camp"]
    # counter-example: food dropped in the heart of the camp is no weapon let go
    food = spec.replace("a/DET/det/3 bomb/NOUN/dobj/1/bomb", "some/DET/det/3 food/NOUN/dobj/1")
    assert rule_hits({"parse": food}, "hit.drop_amid") == []


@slow
def test_bombs_dropped_in_the_middle_of_the_market(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A resident said warplanes dropped bombs in the middle "
                                       "of the market.")
    assert {c.rule for c in _by(claims, "market")} == {"hit.drop_amid"}, claims


@slow
def test_counter_example_leaflets_dropped_in_the_middle_of_the_town(real_extractor: Any
                                                                    ) -> None:
    claims = _analysed(real_extractor, "A resident said planes dropped leaflets in the middle "
                                       "of the town.")
    assert not [c for c in claims if c.rule == "hit.drop_amid"] and not _by(claims, "town"), \
        claims


# ------------------------------------------------------------------ forces of another kind

@slow
def test_members_hit_hard_by_the_loss_of_their_pensions(real_extractor: Any) -> None:
    assert _analysed(real_extractor, "Members had been hit hard by the loss of their "
                                     "pensions, the union president said.") == []


@slow
def test_counter_example_a_village_hit_by_shelling(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The village was hit by shelling, the union president "
                                       "said.")
    assert _by(claims, "village"), claims


_HURRICANE = ("Hurricane Tovin slammed into the coast of Marel on Tuesday, tearing roofs off "
              "homes and flooding streets. \"{},\" said a hotel clerk in the port town. "
              "\"The town was hit very hard,\" the governor said.")


@slow
def test_a_hurricane_likened_to_a_bomb_tells_no_strike(real_extractor: Any) -> None:
    body = _HURRICANE.format("It was like a bomb went off")
    assert _hazard_story(real_extractor.nlp(body))
    assert _analysed(real_extractor, body) == []


@slow
def test_counter_example_a_bomb_that_went_off_in_a_hurricane_story(real_extractor: Any
                                                                    ) -> None:
    body = _HURRICANE.format("A bomb went off at the market")
    assert not _hazard_story(real_extractor.nlp(body))
    assert _by(_analysed(real_extractor, body), "town")


# ------------------------------------------------------------------ speakers

_BAGHDAD = ("BAGHDAD (Test Wire) - Artillery shells fell near a village in the north on "
            "Sunday, officials said, with Baghdad blaming neighbouring Turkey. The shells "
            "struck the Pelan resort, according to the {}.")


@slow
def test_a_local_administration_after_the_capital_is_its_states(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _BAGHDAD.format("local administration"))
    resort = _by(claims, "Pelan resort")
    assert resort and {c.party.name for c in resort} == {"Iraq's local administration"}, \
        claims


@slow
def test_counter_example_the_administration_after_the_capital(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _BAGHDAD.format("administration"))
    resort = _by(claims, "Pelan resort")
    # heard under the name the capital had, not made a local body of the state
    assert {c.party.name for c in resort} == {"Baghdad"}, claims


_FACILITIES = " in Chad's security services said military facilities in Dorba had been hit."


@slow
@pytest.mark.parametrize("voice", ["A source", "An official"])
def test_a_source_in_security_services_no_list_names(real_extractor: Any, voice: str) -> None:
    claims = _analysed(real_extractor, voice + _FACILITIES)
    facilities = _by(claims, "military facilities")
    assert facilities and all("security services" in c.party.name for c in facilities), \
        claims


@slow
def test_counter_example_a_source_in_no_body(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A source said military facilities in Dorba had been "
                                       "hit.")
    assert {c.party.name for c in _by(claims, "military facilities")} == {"source"}, claims


@slow
def test_counter_example_a_driver_in_the_services_speaks_for_himself(real_extractor: Any
                                                                     ) -> None:
    claims = _analysed(real_extractor, "A driver" + _FACILITIES)
    assert {c.party.name for c in _by(claims, "military facilities")} == {"driver"}, claims


# ------------------------------------------------------------------ places respelt

def test_the_city_of_vinnitsa_in_a_story_filed_from_moscow(place_resolver: Any) -> None:
    text = ("MOSCOW (Test Wire) - Drones struck an energy site in the city of Vinnitsa "
            "overnight, officials in Ukraine said.")
    found = place_resolver.resolve_all(["Vinnitsa"], ["RU"], text)
    assert (found["Vinnitsa"].country, found["Vinnitsa"].kind) == ("UA", "city"), found


def test_nikolayev_is_the_ukrainian_city(place_resolver: Any) -> None:
    for name in ("Nikolayev", "Nikolaev"):
        found = place_resolver.resolve_all([name], ["RU", "UA"])
        assert found[name].country == "UA", found


def test_counter_example_a_city_only_russia_has_stays_russian(place_resolver: Any) -> None:
    text = ("MOSCOW (Test Wire) - Drones struck an energy site in the city of Belgorod "
            "overnight, officials in Ukraine said.")
    assert place_resolver.resolve_all(["Belgorod"], ["RU"], text)["Belgorod"].country == "RU"
    assert place_resolver.resolve_all(["Belgorod"], ["RU", "UA"])["Belgorod"].country == "RU"


# ------------------------------------------------------------------ named sites

def test_a_school_named_by_its_own_name() -> None:
    keys = named_sites("Jets struck the Kessa Dorba school on Monday, residents said.")
    assert keys and all(k.startswith("school|") for k in keys), keys
    # two transliterations of one name agree
    tabiin = named_sites("Jets struck the al-Tabi'in school in Pelan.")
    assert tabiin and tabiin == named_sites("Jets struck the Al-Taba'een school in Pelan.")
    # counter-example: another name does not
    assert not set(tabiin) & set(keys)


def test_counter_example_names_that_are_no_schools_own() -> None:
    assert named_sites("Shells hit an UNRWA school in Pelan.") == ()
    assert named_sites("Jets struck a Marel City school on Monday.", ["Marel City"]) == ()
    assert named_sites("Jets struck a Marel City school on Monday.") != ()  # no such place
    assert named_sites("The dead were carried to Sorin Hospital, medics said.") == ()
    assert named_sites("Shells hit Sorin Hospital, medics said.") != ()


def test_sites_apart_are_two_named_schools() -> None:
    kessa = named_sites("Jets struck the Kessa school.")
    tabiin = named_sites("Jets struck the al-Tabi'in school.")
    assert _sites_apart(kessa, tabiin)
    # counter-examples: one school in common, another kind, none named
    both = named_sites("Jets struck the Kessa school and the Pelan school.")
    assert not _sites_apart(kessa, both)
    assert not _sites_apart(kessa, named_sites("Jets struck the Velt clinic."))
    assert not _sites_apart(kessa, ())


_TOWN = Place("Marel City", 301, "TD", "Dorba", 12.1, 15.0, "city")
_T0 = datetime(2031, 5, 4, 9, 0, tzinfo=UTC)


def _two_days(first: str, second: str) -> tuple[str, str]:
    table = empty_events()
    a = assign(table, Sighting(_TOWN, _T0, None, sites=named_sites(first, ["Marel City"])),
               EventParams(), "k")
    b = assign(table, Sighting(_TOWN, _T0 + timedelta(hours=24), None,
                               sites=named_sites(second, ["Marel City"])), EventParams(), "k")
    return a.event_id, b.event_id


def test_two_named_schools_a_day_apart_are_two_events() -> None:
    first, second = _two_days("Jets struck the Kessa Dorba school in Marel City.",
                              "Jets struck the al-Tabi'in school in Marel City.")
    assert first != second


def test_counter_example_one_named_school_a_day_apart_is_one_event() -> None:
    first, second = _two_days("Jets struck the al-Tabi'in school in Marel City.",
                              "The Al-Taba'een school in Marel City was hit again.")
    assert first == second


# a town 40 km from Marel City, in the same country: no place match of its own
_FAR = Place("Velt", 302, "TD", "Dorba", 12.45, 15.0, "city")


def _two_towns(first: str, second: str, articles: tuple[str, str]) -> tuple[str, str]:
    table = empty_events()
    a = assign(table, Sighting(_TOWN, _T0, None, article=articles[0],
                               sites=named_sites(first, ["Marel City"])), EventParams(), "k")
    b = assign(table, Sighting(_FAR, _T0 + timedelta(hours=3), None, article=articles[1],
                               sites=named_sites(second, ["Velt"])), EventParams(), "k")
    return a.event_id, b.event_id


def test_one_named_school_in_two_stories_at_two_places_is_one_event() -> None:
    # one story puts the school in the city, the other in the town near it
    first, second = _two_towns("Jets struck the al-Tabi'in school in Marel City.",
                               "The Al-Taba'een school near Velt was hit.", ("a1", "a2"))
    assert first == second


def test_counter_example_no_shared_school_or_one_storys_own_places_stay_apart() -> None:
    first, second = _two_towns("Jets struck the al-Tabi'in school in Marel City.",
                               "Jets struck the Kessa Dorba school near Velt.", ("a1", "a2"))
    assert first != second
    # an article's own claims at two places share its own named school, which joins
    # nothing: each place keeps its own event
    first, second = _two_towns("Jets struck the al-Tabi'in school in Marel City.",
                               "The Al-Taba'een school near Velt was hit.", ("a1", "a1"))
    assert first != second
