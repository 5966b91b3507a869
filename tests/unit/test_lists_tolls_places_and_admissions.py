"""Lists of speakers, war-sized tolls, the places and strikers a side names, and what a
side admits or grants (issue 8), each beside a sentence where the rule must not apply.

- Speakers: "hit command centres, training sites and drone workshops of the Front,
  Pentagon officials and the Central Command said", parsed with the speakers joined to
  the sites, is the officials' and never "training sites": the walk to the first of
  joined speakers goes over "and" only (:func:`speakers_before_said`); "many of them
  students, officials and an ambulance service said" is the officials', not the
  students'. "A US-backed Kurdish-led force" is the SDF (the actors' aliases), "a local
  defence force" not.
- Tolls: "the bombardment has killed tens of thousands", "put the death toll at more
  than 10,000", "has killed more than 40,000 people" count a war, not a strike
  (``casualty.war_sized``); a market's 1,200 dead, and a toll put at 1,200, are kept.
- Who struck: a frame that rejects a group's claim and names another striker ("Iran has
  launched an attack on our energy supply") with no target of a known kind on
  either side disputes who struck, not what was hit (``conflict.whose_strike``); with a
  hospital named it disputes. "Some of our soldiers" wounded or killed are the speaker's
  own losses whoever struck (``conflict.own_losses``), "some of its own soldiers" killed
  by its own strike are that strike's toll. A governor's toll that names its striker
  places his later account of a bus station (``incident.party_place``), one with no
  striker does not. A side's civil toll with no attacker takes the one attacker of the
  other side that the side names elsewhere (``incident.side_struck_by``); with none
  named it disputes the other side's word of its positions.
- Places: the town the targets attacked ("those responsible for a missile attack on the
  city of X", "those behind the bombing of a bus in X") is not where they were hit
  (:func:`_in_clause`); "militants in the city of X" were. A headline's tag the story
  names as a town is no speaker (``headline.place_tag``); "Army:" and a state's tag
  ("Pakistan:") speak. "Kafr Dorra (Syria) (AFP) -", a country's bracket before the
  agency's, is a dateline, no speaker (:func:`_in_agency_dateline`), as "X (AFP) -" is.
- Owners: "the ministry issued a statement that ...", "citing reports that ..." (the
  participle's doer, the subject of the clause it hangs on) are the ministry's and the
  senator's (:func:`_claim_owner`); "there were reports that ..." is nobody's account.
- Names: "Mayor Alejo Ender", the title tagged a proper noun and the name taken for a
  body or for a work's title, is a person (:func:`_titled_name`); "the Mayor's Office" is
  a body. "Military spokesperson Lt. Col. X", after the military, a ministry and a group,
  speaks for the military (``name.title_kind_heard``); a bare "Spokesperson X" does not.
- Targets: "a building where Russian troops were gathered" is military though the
  recogniser reads the troops as the defence ministry's name (a name's word of troops,
  ``_FORCE_WORDS``), "where families lived" is not; what the people in camps fled, or who
  drove a vehicle, is not what the camps or the vehicle are (:func:`_without_origin`,
  :func:`_driven_off_by`), "a camp used by the rebels" is theirs; "26 people, including
  14 soldiers" is of no one kind (``unknown.people_with_forces``), "including 14
  children" civilians; "the vicinity of the airport" is no part of it (``PART_WORDS``),
  "the grounds of the airport" are.
- Admissions: the military spokesperson's word that family members were in the
  apartments grants the ministry's toll (``conflict.granted_presence``), and without it
  the toll disputes the commanders; "the drone inadvertently hit the community" grants
  the villagers' toll (``conflict.mistaken_hit``), a plain hit does not; "about 100
  people were inside the station" is no other target than the army unit struck there
  (``conflict.crowd_there``), children there are; "no civilians were killed" does not
  deny the residential house hit (``conflict.no_dead_at_site``), it denies civilians
  killed; embassy staff safe and the building intact deny no toll of others
  (``conflict.spared_others``), the state's citizens safe do.

Conflicts are read as the runner reads them (:func:`article_conflict` with the group
hierarchy). Team-written sentences, parsed with the real model (``slow``); people, groups
and towns are invented (some invented towns resolve to a gazetteer place by their
spelling); countries and the bodies the rules must know are real.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.domain.conflicts import _own_losses, article_conflict, find_conflicts
from pipeline.domain.incidents import cues
from pipeline.domain.models import Article, ArticleAnalysis, Claim
from pipeline.nlp.gazetteer import load_groups
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow

PUBLISHED = datetime(2025, 3, 14, tzinfo=UTC)


def _said(claims: list[Claim]) -> set[tuple[str, str]]:
    return {(c.party.name, c.target.text) for c in claims}


def _analysis(extractor: Any, body: str) -> ArticleAnalysis:
    article = Article(id="t", headline="", body=body, source="Test Wire", published=PUBLISHED)
    analysis: ArticleAnalysis = extractor.analyse([article])[0]
    return analysis


def _conflict(extractor: Any, body: str) -> bool:
    """The in-article conflict flag as the runner sets it on the article's result."""
    return article_conflict(_analysis(extractor, body), load_groups()) is not None


def _disputes(claims: list[Claim]) -> set[tuple[str, str]]:
    return {tuple(sorted((p.first.target.text, p.second.target.text)))  # type: ignore[misc]
            for p in find_conflicts(claims, load_groups(), PUBLISHED)}


# ------------------------------------------------------------------ speakers


@slow
def test_the_speaker_after_a_list_of_sites_is_the_command(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "U.S. aircraft hit command centres, training sites and drone workshops of the Varnak "
        "Front near the town of Oshel, the U.S. military's Central Command said."))
    names = {c.party.name for c in claims}
    assert names == {"U.S. military's Central Command"}, _said(claims)
    assert all(c.party.id == "us.military" for c in claims), [c.party for c in claims]
    # the parse joins the speakers to the list of sites ("workshops ..., Pentagon officials
    # and the Central Command"): the walk stops at the comma, never at "training sites"
    claims = _analysed(real_extractor, (
        "U.S. aircraft hit command centres, training sites and drone workshops of the Varnak "
        "Front, Pentagon officials and the U.S. military's Central Command said."))
    names = {c.party.name for c in claims}
    assert names == {"Pentagon officials"}, _said(claims)


@slow
def test_counter_example_speakers_joined_by_and_after_the_dead(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The strike killed 76 people, many of them students, "
                                       "officials and an ambulance service said.")
    assert ("officials", "76 people") in _said(claims), _said(claims)
    assert all(c.target.text != "officials" for c in claims), _said(claims)


@slow
def test_a_us_backed_kurdish_led_force_is_the_sdf(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A US-backed Kurdish-led force said civilians were "
                                       "among the dead after the strike on the village.")
    assert claims and {c.party.id for c in claims} == {"group.sdf"}, [c.party for c in claims]


@slow
def test_counter_example_a_force_of_no_known_lead_is_no_sdf(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A local defence force said civilians were among the "
                                       "dead after the strike on the village.")
    assert claims and all(c.party.id != "group.sdf" for c in claims), [c.party for c in claims]


# ------------------------------------------------------------------ war-sized tolls

_SCHOOL = "A missile hit a school in Oshel on Monday, killing 12 people, officials said.\n\n"


@slow
@pytest.mark.parametrize(("toll", "count"), [
    ("The war has killed tens of thousands of people, officials said.", "thousands"),
    ("The bombardment has killed tens of thousands of people, officials said.", "thousands"),
    ("Kessian officials put the death toll at more than 10,000.", "10,000"),
    ("The offensive has killed more than 40,000 people, the ministry said.", "40,000")])
def test_a_war_sized_toll_counts_no_strike(real_extractor: Any, toll: str, count: str
                                           ) -> None:
    claims = _analysed(real_extractor, _SCHOOL + toll)
    assert all(count not in c.target.text and "toll" not in c.target.text
               for c in claims), _said(claims)
    assert _said(claims) == {("officials", "school"), ("officials", "12 people")}, \
        _said(claims)


@slow
def test_counter_example_a_strikes_toll_of_a_thousand_is_kept(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The strike on a market killed 1,200 people, the UN "
                                       "said.")
    assert ("UN", "1,200 people") in _said(claims), _said(claims)
    claims = _analysed(real_extractor, _SCHOOL + "Kessian officials put the death toll at "
                                                 "1,200.")
    assert any(c.rule == "casualty.toll_statement" for c in claims), _said(claims)


# ------------------------------------------------------------------ whose strike

_LAUNCHED = ("The Tarsa rebels said eight drones had been launched against the two plants at "
             "dawn.\n\nForeign Minister Oren Dalby rejected the rebels' claim. ")


@slow
def test_a_frame_over_who_struck_is_no_dispute_of_what_was_hit(real_extractor: Any) -> None:
    body = _LAUNCHED + ('"Iran has launched an attack on our energy supply," he '
                        "wrote.")
    claims = _analysed(real_extractor, body)
    assert any(c.contested_at is not None and c.attacker is not None for c in claims), \
        [(c.target.text, c.contested_at, c.attacker) for c in claims]
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_a_frame_with_a_hospital_named_disputes(real_extractor: Any) -> None:
    body = _LAUNCHED + '"Iran has launched an attack on a hospital," he wrote.'
    assert _conflict(real_extractor, body)
    claims = _analysed(real_extractor, body)
    assert any(p.reason == "framed" for p in find_conflicts(claims, load_groups())), \
        _disputes(claims)


# ------------------------------------------------------------------ own losses

_CAMP = ('A commander of the army said the strike hit the camp. "Some of our soldiers and '
         'two nurses were wounded, and several villagers died," he said.\n\n'
         "The Red Cross said six of its volunteers were among the dead.")


def _pick(claims: list[Claim], text: str) -> Claim:
    (found,) = [c for c in claims if c.target.text == text]
    return found


_OWN_STRIKE = ("The Malian army said its drone strike on the camp had killed {}.\n\n"
               "The Red Cross said six of its volunteers were among the dead.")


@slow
def test_our_soldiers_wounded_are_the_speakers_own_losses(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _CAMP)
    ours = _pick(claims, "Some of our soldiers")
    volunteers = _pick(claims, "six of its volunteers")
    assert ours.target.target_class == "military", ours.target
    assert _own_losses(ours, volunteers)
    assert not _conflict(real_extractor, _CAMP), _disputes(claims)
    # whoever struck: the army's own drone killed "our soldiers"
    body = _OWN_STRIKE.format('"some of our soldiers"')
    assert not _conflict(real_extractor, body), _disputes(_analysed(real_extractor, body))


@slow
def test_counter_example_soldiers_of_no_first_person_are_no_own_losses(
        real_extractor: Any) -> None:
    body = _CAMP.replace("Some of our soldiers", "Some soldiers")
    claims = _analysed(real_extractor, body)
    soldiers = _pick(claims, "Some soldiers")
    volunteers = _pick(claims, "six of its volunteers")
    assert not _own_losses(soldiers, volunteers)
    # "its own soldiers" killed by its own strike: a toll of that strike, which the code
    # sets against the volunteers
    body = _OWN_STRIKE.format('"some of its own soldiers"')
    claims = _analysed(real_extractor, body)
    assert ("six of its volunteers", "some of its own soldiers") in _disputes(claims), \
        _disputes(claims)


# ------------------------------------------------------------------ the party's place

_RINK = ("{} of the centre of the city of Marel killed 14 people, governor Ilya Dorn said."
         "\n\nDorn said emergency crews worked through the night.\n\n"
         "Shells struck near a bus station in the city centre, Dorn said.\n\n"
         "The Armenian air force said at least 27 civilians were killed on Friday and a "
         "hospital hit in Dorra and Velk.")


@slow
def test_a_governors_toll_with_its_striker_places_his_later_account(
        real_extractor: Any) -> None:
    body = _RINK.format("Armenian shelling")
    claims = _analysed(real_extractor, body)
    toll = _pick(claims, "14 people")
    assert toll.attacker is not None and toll.place is not None, toll
    told = cues(claims, PUBLISHED)
    (rink,) = [q for c, q in zip(claims, told, strict=True) if c.target.text == "bus station"]
    assert rink.mate_place == toll.place, rink
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_a_toll_with_no_striker_places_nothing(real_extractor: Any) -> None:
    body = _RINK.format("Shelling")
    claims = _analysed(real_extractor, body)
    assert _pick(claims, "14 people").attacker is None
    told = cues(claims, PUBLISHED)
    (rink,) = [q for c, q in zip(claims, told, strict=True) if c.target.text == "bus station"]
    assert rink.mate_place is None, rink
    assert _conflict(real_extractor, body)


# ------------------------------------------------------------------ the targets' own attacks


@slow
@pytest.mark.parametrize(("said", "target"), [
    ("The coalition said it targeted those responsible for a missile attack on the city of "
     "Marel.", "those responsible for a missile attack"),
    ("The coalition said it targeted those behind the bombing of a bus in Marel.", "those")])
def test_the_town_the_targets_attacked_is_not_where_they_were_hit(
        real_extractor: Any, said: str, target: str) -> None:
    claim = _pick(_analysed(real_extractor, said), target)
    assert claim.place is None, claim.place


@slow
def test_counter_example_militants_in_the_town_were_hit_there(real_extractor: Any) -> None:
    claim = _pick(_analysed(real_extractor, "The coalition said it targeted militants in the "
                                            "city of Marel."), "militants")
    assert claim.place is not None, claim


# ------------------------------------------------------------------ headline tags


@slow
def test_a_headline_tag_the_story_names_as_a_town_is_no_speaker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Rockets hit an apartment block in the town of Marel on Sunday, killing "
                       "nine people, rescuers said.",
                       headline="Marel: Death toll rises after rockets hit apartment block")
    names = {c.party.name for c in claims}
    assert claims and "Marel" not in names and names <= {"rescuers"}, _said(claims)


@slow
def test_counter_example_a_body_or_a_country_tag_speaks(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The strike on Sunday hit a rebel base near the town, "
                                       "officers said.",
                       headline="Army: strike hit rebel base, not village")
    assert "Army" in {c.party.name for c in claims}, _said(claims)
    claims = _analysed(real_extractor, "Indian jets dropped bombs on Sunday, officials said.",
                       headline="Pakistan: Indian jets hit empty forest")
    assert "Pakistan" in {c.party.name for c in claims}, _said(claims)


# ------------------------------------------------------------------ datelines


def _monitored(extractor: Any, dateline: str) -> set[str]:
    claims = _analysed(extractor, (
        f"{dateline} Air strikes killed at least 31 civilians in a market on Monday, a "
        "Britain-based war monitor said."))
    return {c.party.name for c in claims}


@slow
def test_a_dateline_with_a_country_bracket_is_no_speaker(real_extractor: Any) -> None:
    names = _monitored(real_extractor, "Kafr Dorra (Syria) (AFP) -")
    assert names == {"Britain-based war monitor"}, names
    assert not any("AFP" in n or "Dorra" in n for n in names), names


@slow
def test_counter_example_a_dateline_with_the_agencys_bracket_only(real_extractor: Any) -> None:
    names = _monitored(real_extractor, "Oshel (AFP) -")
    assert names == {"Britain-based war monitor"}, names
    assert _monitored(real_extractor, "Beirut (AFP) -") == {"Britain-based war monitor"}


# ------------------------------------------------------------------ owners of statements


@slow
def test_a_statement_issued_and_reports_cited_are_the_issuers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The ministry issued a statement that the raids "
                                       "targeted a school.")
    assert _said(claims) == {("ministry", "school")}, _said(claims)
    claims = _analysed(real_extractor, (
        "Senator Ilan Varo said she was appalled by the attack, citing reports that "
        "schoolchildren were among the casualties."))
    assert _said(claims) == {("Senator Ilan Varo", "schoolchildren")}, _said(claims)


@slow
def test_counter_example_reports_of_nobody_are_no_account(real_extractor: Any) -> None:
    assert _analysed(real_extractor, "There were reports that the raids targeted a "
                                     "school.") == []


# ------------------------------------------------------------------ forces in a clause


def _classes(claims: list[Claim]) -> dict[str, str]:
    return {c.target.text: c.target.target_class for c in claims}


@slow
def test_a_building_where_troops_gathered_is_military(real_extractor: Any) -> None:
    # (the recogniser reads "Russian troops" as the defence ministry's name: the name's
    # word of troops still counts)
    claims = _analysed(real_extractor, "Officials said the drone destroyed a building where "
                                       "Russian troops were gathered.")
    assert _classes(claims) == {"building": "military"}, _classes(claims)


@slow
def test_counter_example_a_building_where_families_lived(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials said the drone destroyed a building where "
                                       "families lived.")
    assert _classes(claims) == {"building": "civilian_site"}, _classes(claims)


# ------------------------------------------------------------------ titled names


@slow
@pytest.mark.parametrize(("body", "name"), [
    ("The strike hit the market, killing six civilians, Mayor Tomas Ferro said.",
     "Mayor Tomas Ferro"),
    # (names the recogniser takes for a body, or for a work's title after a quote)
    ("The strike hit the market, killing six civilians, Mayor Alejo Ender said.",
     "Mayor Alejo Ender"),
    ('"The strike hit the market and killed six civilians," Mayor Ilan Varo said.',
     "Mayor Ilan Varo")])
def test_a_capitalised_title_before_a_name_is_a_person(real_extractor: Any, body: str,
                                                       name: str) -> None:
    claims = _analysed(real_extractor, body)
    assert claims and all(c.party.id.startswith("person.") for c in claims), \
        [c.party for c in claims]
    assert {c.party.name for c in claims} == {name}


@slow
def test_counter_example_a_mayors_office_is_a_body(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The strike hit the market, killing six civilians, "
                                       "the Mayor's Office said.")
    assert claims and not any(c.party.id.startswith("person.") for c in claims), \
        [c.party for c in claims]


# ------------------------------------------------------------------ spokespersons heard

_APARTMENTS = ("The Kessian military said the strike was aimed at three commanders in the "
               "apartments. The health ministry said 13 people had been killed, including "
               "women and children. The group confirmed the deaths.")
_VELT = " Military spokesperson Lt. Col. Ari Velt said family members had been in two of " \
        "the apartments."


@slow
def test_a_military_spokesperson_speaks_for_the_military_heard(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _APARTMENTS + _VELT)
    military = _pick(claims, "three commanders").party
    velt = _pick(claims, "family members").party
    assert "Ari Velt" in velt.name and velt.id == military.id, (velt, military)


@slow
def test_counter_example_a_bare_spokesperson_is_not_the_militarys(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _APARTMENTS + " Spokesperson Ari Velt said family "
                                                     "members had been in two of the "
                                                     "apartments.")
    military = _pick(claims, "three commanders").party
    velt = _pick(claims, "family members").party
    assert "Ari Velt" in velt.name and velt.id != military.id, (velt, military)


# ------------------------------------------------------------------ presence granted


@slow
def test_family_members_in_the_apartments_grant_the_toll(real_extractor: Any) -> None:
    body = _APARTMENTS + _VELT
    assert not _conflict(real_extractor, body), _disputes(_analysed(real_extractor, body))


@slow
def test_counter_example_without_the_spokesperson_the_toll_disputes(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _APARTMENTS)
    assert _conflict(real_extractor, _APARTMENTS)
    assert ("13 people", "three commanders") in _disputes(claims), _disputes(claims)


# ------------------------------------------------------------------ whom people fled


@slow
def test_whom_people_fled_or_who_drove_is_not_what_was_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Officials said the shells hit camps where people who fled fighting between the army "
        "and the rebels live."))
    assert _classes(claims) == {"camps": "civilian_site"}, _classes(claims)
    claims = _analysed(real_extractor, "Officials said the drone struck a vehicle driven by "
                                       "an employee of a cleaning company.")
    assert _classes(claims) == {"vehicle": "civilian_site"}, _classes(claims)


@slow
def test_counter_example_a_camp_used_by_the_rebels_is_theirs(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials said the drone struck a camp used by the "
                                       "rebels.")
    assert _classes(claims) == {"camp": "armed_group"}, _classes(claims)


# ------------------------------------------------------------------ people with forces


@slow
def test_people_including_soldiers_are_of_no_one_kind(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials said the strike killed 26 people, including "
                                       "14 soldiers.")
    assert _classes(claims).get("26 people") == "unknown", _classes(claims)


@slow
def test_counter_example_people_including_children_are_civilians(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials said the strike killed 26 people, including "
                                       "14 children.")
    assert _classes(claims).get("26 people") == "civilians", _classes(claims)


# ------------------------------------------------------------------ a crowd at the site

_STATION = ("The Tarsa Front said its fighters targeted a unit of the army at the station in "
            "Oshel. Police said {} were inside the station.")


@slow
def test_a_count_of_people_at_the_site_is_no_other_target(real_extractor: Any) -> None:
    body = _STATION.format("about 100 people")
    claims = _analysed(real_extractor, body)
    assert any(c.rule == "use.presence" for c in claims), _said(claims)
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_children_at_the_station_dispute_the_unit(real_extractor: Any) -> None:
    body = _STATION.format("children")
    assert _conflict(real_extractor, body)
    assert ("children", "unit of the army") in _disputes(_analysed(real_extractor, body))


# ------------------------------------------------------------------ no dead at the site

_COMMANDER = ("A senior official said the drone strike killed a Tarsa Front commander on "
              "Tuesday. No civilians were killed, the official said.\n\n")


@slow
def test_no_civilians_killed_does_not_deny_the_house_hit(real_extractor: Any) -> None:
    body = _COMMANDER + "The Tarsa Front said an air raid had hit a residential " \
                        "house in the village."
    claims = _analysed(real_extractor, body)
    assert any(c.negated and c.target.target_class == "civilians" for c in claims), \
        _said(claims)
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_no_civilians_killed_denies_civilians_killed(
        real_extractor: Any) -> None:
    body = _COMMANDER + "The Tarsa Front said civilians were killed in the airstrike."
    claims = _analysed(real_extractor, body)
    assert _conflict(real_extractor, body)
    assert any(p.reason == "contrast" for p in find_conflicts(claims, load_groups())), \
        _disputes(claims)


# ------------------------------------------------------------------ the side struck by


def _border(striker: str) -> str:
    return (f"The Chadian army said {striker} hit a petrol station, killing six people.\n\n"
            "The Chadian health ministry said 11 civilians were killed.\n\n"
            "The Nigerien defence ministry said Chadian jets dropped bombs on a road and "
            "attacked our positions.")


@slow
def test_a_sides_toll_with_no_striker_takes_the_striker_it_names(real_extractor: Any) -> None:
    body = _border("Nigerien army rockets")
    claims = _analysed(real_extractor, body)
    told = cues(claims, PUBLISHED)
    (toll,) = [q for c, q in zip(claims, told, strict=True) if c.target.text == "11 civilians"]
    assert toll.attacker is not None and toll.attacker.side == "ne", toll
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_a_side_that_names_no_striker(real_extractor: Any) -> None:
    body = _border("rockets")
    claims = _analysed(real_extractor, body)
    told = cues(claims, PUBLISHED)
    (toll,) = [q for c, q in zip(claims, told, strict=True) if c.target.text == "11 civilians"]
    assert toll.attacker is None, toll
    # (the code decides: the Chadian toll then disputes the Nigerien positions)
    assert ("11 civilians", "our positions") in _disputes(claims), _disputes(claims)


# ------------------------------------------------------------------ a hit by mistake

_MISSION = ("The commander said the drone was on a routine mission against terrorists. He "
            "said the drone {}hit the community.\n\n"
            "The emergency agency said 40 villagers were killed.")


@slow
def test_a_hit_its_party_calls_inadvertent_grants_the_toll(real_extractor: Any) -> None:
    body = _MISSION.format("inadvertently ")
    assert not _conflict(real_extractor, body), _disputes(_analysed(real_extractor, body))


@slow
def test_counter_example_a_hit_with_no_mistake_told(real_extractor: Any) -> None:
    body = _MISSION.format("")
    assert _conflict(real_extractor, body)
    assert ("40 villagers", "terrorists") in _disputes(_analysed(real_extractor, body))


# ------------------------------------------------------------------ spared others

_EMBASSY = "The Kessian foreign ministry said {}.\n\nPolice said the bomb killed 80 people."


@slow
def test_staff_safe_and_a_building_intact_deny_no_toll(real_extractor: Any) -> None:
    body = _EMBASSY.format("all Kessian embassy staff were safe and the embassy building was "
                           "intact")
    claims = _analysed(real_extractor, body)
    assert {c.rule for c in claims if c.negated} == {"miss.no_damage_intact"}, _said(claims)
    assert not _conflict(real_extractor, body), _disputes(claims)


@slow
def test_counter_example_citizens_safe_deny_the_toll(real_extractor: Any) -> None:
    # ("nobody was hurt" is read as no account at all, so it disputes nothing either)
    body = _EMBASSY.format("all Kessian citizens in the city were safe")
    assert _conflict(real_extractor, body)
    assert ("80 people", "all Kessian citizens") in _disputes(_analysed(real_extractor, body))


# ------------------------------------------------------------------ the vicinity of a site


@slow
def test_the_vicinity_of_an_airport_is_no_part_of_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials said a drone hit the vicinity of the "
                                       "Oshel airport.")
    classes = _classes(claims)
    assert classes and "infrastructure" not in classes.values(), classes


@slow
def test_counter_example_the_grounds_of_an_airport_are(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials said a drone strike hit the grounds of the "
                                       "Oshel airport.")
    assert _classes(claims) == {"grounds of the Oshel airport": "infrastructure"}, \
        _classes(claims)
