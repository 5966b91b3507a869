"""A force's word that the crowd it fired on attacked it, frontiers known by their own
name, harm told as damage done, and accounts the parse or a place name hid.

- "Police said a mob armed with clubs had attacked officers, who fired in
  self-defence": the force's account of who it fired on is assailants (rules
  ``use.assailants_fired_on``, ``use.assailants_tried``, ``use.assailants_by``; their
  class by ``targets.assailing_crowd``); gunmen the article already calls armed, and
  farmers who "attacked nobody", are no such account.
- "Hamlets along the Line of Control": a frontier known by its own name (the curated
  areas' ``divides``) is the border of the two states it divides, so each side's story
  meets the other's under that border's key (rule ``places.named_line``).
- "Rockets caused serious damage to the frigate", "inflicted severe losses on the
  rebels", "the blast left the clinic in ruins": what the harm was done to.
- "The gunships responded to points of fire on the ridge": where fire came from, struck.
- "In Dorba, a spokesman said the shells fell on open ground": where he spoke, not where
  the shells fell.
- "... bound for the front in Kessa, Defence Ministry Spokesman Arno Velt said":
  the parse made the speaker the object of "in"; the name after the comma is the
  speaker.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain import conflicts
from pipeline.domain.claims import same_place
from pipeline.domain.conflicts import _joined
from pipeline.domain.events import border_pairs, struck_places
from pipeline.domain.models import Article, ArticleAnalysis, Claim, Evidence, Place, Target
from pipeline.nlp.claims import _is_report
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.targets import decide_class
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import parsed
from tests.unit.test_events import NL_ARMY, T0

slow = pytest.mark.slow

LINE = Place("Line of Control", None, None, None, 34.2, 74.2, "region")
HILL_TOWN = Place("Kessa", None, "PK", None, kind="city")
PLAIN_TOWN = Place("Dorba", None, "IN", None, kind="city")
FAR_TOWN = Place("Pelan", None, "AF", None, kind="city")


def _class_of(extractor: Any, text: str, word: str, nth: int = 0) -> str:
    """The class the rules give ``word``'s phrase in ``text`` (its first mention, or the
    one ``nth`` after it)."""
    doc = extractor.nlp(text)
    return decide_class([t for t in doc if t.text == word][nth], Gazetteer.default())[0]


def _story(aid: str, places: list[Place | None], line_borders: tuple[str, ...] = ("IN", "PK")
           ) -> ArticleAnalysis:
    claims = []
    for n, place in enumerate(places):
        sentence = f"The army said shells hit homes number {n}."
        claims.append(Claim(NL_ARMY, "asserts", Target("homes", "civilian_site"),
                            Evidence(aid, "Wire", sentence, 0, len(sentence)), "strike", None,
                            place))
    named = tuple(dict.fromkeys(p for p in places if p is not None))
    body = " ".join(c.evidence.sentence for c in claims)
    return ArticleAnalysis(Article(aid, "", body, "Wire", None, T0), places=named,
                           claims=tuple(claims),
                           place_names=tuple((p.name,) for p in named),
                           place_borders=tuple(line_borders if p is LINE else ()
                                               for p in named))


# ------------------------------------------------------------------ frontier lines

def test_a_story_at_a_named_line_goes_to_the_key_of_the_two_states_it_divides() -> None:
    story = _story("l1", [LINE, HILL_TOWN, None, FAR_TOWN])
    assert border_pairs(story, [LINE, HILL_TOWN, None, FAR_TOWN]) == \
        ["IN+PK", "IN+PK", "IN+PK", None]
    assert "geo:IN+PK" in conflicts.event_keys(story)
    # a story that names no line stays at home
    plain = _story("l2", [HILL_TOWN], ())
    assert border_pairs(plain, [HILL_TOWN]) == [None]


def test_the_line_is_no_struck_place_of_its_own() -> None:
    # (a line no state owns keeps the story's own place for the claim, so a story whose
    # other claims name a town on one side is matched there)
    story = _story("l3", [LINE, HILL_TOWN])
    assert struck_places(story)[0] != LINE


def test_a_stateless_region_holds_a_town_near_it() -> None:
    assert same_place(LINE, HILL_TOWN)
    near = Place("Kessa", None, "PK", None, 34.5, 73.9, "city")
    far = Place("Dorba", None, "IN", None, 28.6, 77.2, "city")
    assert same_place(LINE, near)
    assert not same_place(LINE, far)


@slow
def test_the_text_puts_places_on_a_named_line(real_extractor: Any) -> None:
    places = real_extractor.places
    town = Place("Kessa", None, "PK", None, kind="city")
    text = "Shells hit Kessa and other hamlets along the Line of Control, officials said."
    found = places.borders(text, {town: ("Kessa",), LINE: ("Line of Control",)})
    assert found == {town: ("IN",), LINE: ("IN", "PK")}
    # "a blue line" on a map is no frontier
    text = "Shells hit Kessa, and a blue line on the map marks the road, officials said."
    assert places.borders(text, {town: ("Kessa",)}) == {}


@slow
def test_a_town_the_gazetteer_lacks_is_in_the_province_named_after_it(
        place_resolver: Any) -> None:
    # a province's name says the town's state better than the story's other countries do
    text = ("Jets flattened two homes in the village of Kessabet in the hill country of "
            "As-Suwayda before dawn. The province borders Jordan.")
    town = place_resolver._unknown_town("Kessabet", "village of Kessabet", text,
                                        frozenset({"JO"}))
    assert town is not None and town.country == "SY"
    # with no province after it, the story's one country stands in
    text = "Jets flattened two homes in the village of Kessabet, near the border with Jordan."
    town = place_resolver._unknown_town("Kessabet", "village of Kessabet", text,
                                        frozenset({"JO"}))
    assert town is not None and town.country == "JO"


# ------------------------------------------------------------------ harm done

@slow
def test_what_harm_was_done_to_is_what_was_hit(real_extractor: Any) -> None:
    def targets(body: str) -> set[tuple[str, str]]:
        return {(c.target.text, c.target.target_class) for c in _analysed(real_extractor, body)}
    assert ("cruiser", "military") in targets(
        "The governor said two rockets had caused heavy damage to the cruiser.")
    assert ("frigate", "military") in targets(
        "The governor said the missiles had inflicted heavy damage on the frigate.")
    assert ("rebels", "armed_group") in targets(
        "The army said its jets had inflicted severe losses on the rebels.")
    assert ("frigate", "military") in targets(
        "The governor said the strike left the frigate badly damaged.")
    assert ("hospital", "civilian_site") in targets(
        "The governor said the strike left the hospital in ruins.")
    # no harm: delays are no damage, guests left stranded were not hit
    assert not targets("The governor said the storm caused long delays to the flights.")
    assert not targets("The governor said the storm left the guests stranded.")


@slow
def test_where_fire_came_from_is_what_a_force_says_it_struck(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A raid killed 20 people at a camp for displaced "
                       "families near Kessa, aid workers said. A Northland army spokesman said "
                       "its gunships had responded to points of fire on the ridge.")
    assert any(c.rule == "hit.respond_to_fire" and c.target.target_class == "armed_group"
               for c in claims), claims
    # the camp the story named with more words is that camp when named again
    claims = _analysed(real_extractor, "Twenty people died at a camp for displaced families "
                       "near Kessa on Monday. The Velt Front's radio said enemy jets had bombed "
                       "the camp.")
    (camp,) = [c for c in claims if c.target.text == "camp"]
    assert camp.target.target_class in ("civilians", "civilian_site")
    claims = _analysed(real_extractor, "Officials responded to questions about the fire at "
                       "the depot in Kessa on Monday, the ministry said.")
    assert not any(c.rule == "hit.respond_to_fire" for c in claims)


# ------------------------------------------------------------------ who said it, where

@slow
def test_a_place_set_before_the_speaker_is_where_he_spoke(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Jets pounded the hamlet of Kessabet near Lahad Datu "
                       "at dawn. In Manila, a spokeswoman for the clan said the shells fell on "
                       "open ground.")
    (miss,) = [c for c in claims if c.target.text == "open ground"]
    assert miss.place is None or miss.place.name != "Manila"
    # an "in" phrase of the clause said, not set before the speaker, is where it fell
    claims = _analysed(real_extractor, "In Manila, the shells fell on open ground, a "
                       "spokesman said.")
    (miss,) = [c for c in claims if c.target.text == "open ground"]
    assert miss.place is not None and miss.place.name == "Manila"


@slow
def test_a_name_after_a_place_and_a_comma_is_the_speaker(real_extractor: Any) -> None:
    body = ("Gunners wrecked a supply train at the junction with a rocket, killing 90 "
            "conscripts bound for the front in Kessa, Defence Ministry Spokesman Arno Velt "
            "said on Friday.")
    claims = _analysed(real_extractor, body)
    assert any(c.party.name.endswith("Arno Velt") and c.target.text == "supply train"
               for c in claims), claims


@slow
def test_a_speaking_body_counts_its_own_men(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Six Peshmerga died when a drone hit their hilltop "
                       "position overnight, the Ministry of Peshmerga Affairs in Erbil said.")
    assert any(c.target.text == "Six Peshmerga" for c in claims), claims


def test_charging_at_officers_is_no_accusation() -> None:
    rush = parsed({"parse": "Miners/NOUN/nsubj/1/miner charged/VERB/ROOT/1/charge at/ADP/prep"
                   "/1/at officers/NOUN/pobj/2/officer"})
    assert not _is_report(rush[1])
    charge = parsed({"parse": "Rebels/NOUN/nsubj/1/rebel charged/VERB/ROOT/1/charge that/SCONJ"
                     "/mark/5/that troops/NOUN/nsubj/5/troop had/AUX/aux/5/have shelled/VERB"
                     "/ccomp/1/shell"})
    assert _is_report(charge[1])


# ------------------------------------------------------------------ crowds fired on

@slow
def test_a_forces_word_that_the_crowd_attacked_it(real_extractor: Any) -> None:
    def assailants(body: str) -> set[tuple[str, str]]:
        return {(c.party.name, c.target.target_class) for c in _analysed(real_extractor, body)
                if c.rule.startswith("use.assailants")}
    found = assailants("Police shot dead six demonstrators in Kessa, a rights group said. "
                       "The interior ministry said its guards were attacked by a crowd armed "
                       "with clubs and fired in self-defence.")
    assert ("interior ministry", "armed_group") in found
    found = assailants("Soldiers fired on a crowd outside the fuel depot in Dorba, killing "
                       "eight. The armed forces claimed the crowd had tried to storm the depot.")
    assert ("armed forces", "armed_group") in found
    # men the story already calls gunmen: the raid, not whom the force's fire hit
    assert not assailants("Police said gunmen attacked officers, who fired in self-defence.")
    # no fire told: a crowd storming a building is no account of whom fire hit
    assert not assailants("Officials said a crowd stormed the parliament building in Pelan.")


@slow
def test_a_crowd_armed_with_anything_is_armed_but_not_one_that_attacked_nobody(
        real_extractor: Any) -> None:
    def cls(text: str, word: str) -> str:
        return _class_of(real_extractor, text, word)

    assert cls("Police said a crowd armed with sticks attacked officers.", "crowd") \
        == "armed_group"
    assert cls("The commissioner said the workers charged towards the police line.",
               "workers") == "armed_group"
    assert cls("The mayor said the farmers attacked nobody.", "farmers") == "civilians"


@slow
def test_the_armed_forces_are_not_the_ombudsman_heard_before(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Soldiers fired on a crowd in Kessa, the ombudsman's "
                       "office said. The armed forces said a crowd attacked the troops.")
    assert any(c.party.name == "armed forces" for c in claims), claims
    claims = _analysed(real_extractor, "Soldiers fired on a crowd in Kessa, the defence "
                       "ministry said. The army said the troops were attacked.")
    assert not any(c.party.name == "army" and c.party.type == "international_body"
                   for c in claims)


# ------------------------------------------------------------------ who was hit

@slow
def test_who_a_stranded_relative_pronoun_and_a_struck_he_stand_for(real_extractor: Any
                                                                    ) -> None:
    claims = _analysed(real_extractor, "The colonel insisted there had been no procession of "
                       "nurses that his soldiers shot at.")
    assert any("nurses" in c.target.text and c.target.target_class == "civilians"
               for c in claims), claims
    claims = _analysed(real_extractor, "Troops fired near the depot, killing eight people. "
                       "A man whose son died said he was hit on his way home from school.")
    assert any(c.target.text == "he" and c.target.target_class == "civilians"
               for c in claims), claims
    claims = _analysed(real_extractor, "Troops fired near the depot, killing eight people. "
                       "Families said their loved ones were shot three streets away.")
    assert any(c.target.text == "their loved ones" and c.target.target_class == "civilians"
               for c in claims), claims


@slow
def test_they_of_a_when_clause_is_the_subject_it_hangs_on(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Bandits killed 19 quarry workers on Monday. The "
                       "minibuses, followed by army trucks, were heading to the quarry when "
                       "they were attacked, the governor said.")
    (they,) = [c for c in claims if c.target.text == "they"]
    assert they.target.target_class == "civilian_site"


@slow
def test_words_of_the_kind_of_a_target(real_extractor: Any) -> None:
    def cls(text: str, word: str) -> str:
        return _class_of(real_extractor, text, word)

    assert cls("Troops shot at a march of teachers.", "march") == "civilians"
    assert cls("Jets hit a cruiser.", "cruiser") == "military"
    assert cls("Shells hit the children's ward.", "ward") == "civilian_site"
    assert cls("Shells hit the laboratory.", "laboratory") == "civilian_site"
    assert cls("Jets hit a weapons laboratory.", "laboratory") == "military"
    # vehicles listed with a hotel and banks are no force's, counted or not
    assert cls("Raiders burned the guesthouse, two shops and dozens of vehicles.",
               "vehicles") == "civilian_site"
    assert cls("Jets hit trenches, bunkers and dozens of vehicles.", "vehicles") == "military"
    # a quantity counts what it is of
    assert cls("The spokesman said troops found a quantity of weapons at the farm.",
               "quantity") == "military"


@slow
def test_a_site_used_to_fire_from_counts_only_where_it_was_struck(real_extractor: Any
                                                                   ) -> None:
    claims = _analysed(real_extractor, "Shells hit the city of Kessa overnight, the governor "
                       "said. Officials say enemy troops are using the dam's grounds to "
                       "shell the city.")
    assert not any(c.rule == "use.site_object" for c in claims), claims
    claims = _analysed(real_extractor, "Jets struck the school in Kessa, killing 12 children, "
                       "medics said. The army said militants were using the school as a base "
                       "to fire rockets at Dorba.")
    assert any(c.rule == "use.site_object" for c in claims), claims


# ------------------------------------------------------------------ one attack's steps

def test_the_steps_of_one_attack_are_joined() -> None:
    sentence = ("A police source said a roadside bomb struck the lead army truck, then "
                "bandits shot at the minibuses.")
    assert _joined(sentence, "lead army truck", "minibuses")
    sentence = ("A police source said a roadside bomb struck the lead army truck; bandits "
                "later shot at the minibuses.")
    assert not _joined(sentence, "lead army truck", "minibuses")



@slow
def test_a_bare_count_counts_what_the_joined_verbs_count_counted(real_extractor: Any) -> None:
    def cls(text: str, word: str) -> str:
        return _class_of(real_extractor, text, word)

    assert cls("Troops fired on the crowd, killing nine people and wounding 30, officials "
               "said.", "30") == "civilians"
    assert cls("The strike killed 12 soldiers and wounded 30, the army said.", "30") \
        == "military"
    # no counted noun to lend its class
    assert cls("The strike killed 12 and wounded 30, the army said.", "30") == "unknown"


@slow
def test_residents_of_a_village_speak_for_where_it_is(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Residents of Kessabet village in the Al-Baidha region "
                       "say the nine men shot at the well were goatherds and a baker.")
    assert claims and all(c.place is not None and c.place.country == "YE" for c in claims)
    # a speaker of no place gives the account none
    claims = _analysed(real_extractor, "Residents say the nine men shot at the well were "
                       "goatherds and a baker.")
    assert claims and all(c.place is None for c in claims)


@slow
def test_wire_spellings_the_gazetteer_lacked(place_resolver: Any) -> None:
    assert place_resolver.resolve("Shingal", ["IQ"]).name == "Sinjār"
    assert place_resolver.resolve("Al-Baidha", ["YE"]).country == "YE"


@slow
def test_whom_the_speaker_blames_struck_and_counted_men_are_its_own(real_extractor: Any
                                                                      ) -> None:
    claims = _analysed(real_extractor, "Six Peshmerga died at their hilltop post before "
                       "dawn, the Ministry of Peshmerga Affairs in Erbil said, blaming "
                       "Turkish jets.")
    (dead,) = [c for c in claims if c.target.text == "Six Peshmerga"]
    assert dead.own_target and dead.attacker is not None and dead.attacker.country == "TR"
    # a speaker who blames no one names no attacker ("blaming the weather")
    claims = _analysed(real_extractor, "Six Peshmerga died at their hilltop post before "
                       "dawn, the Ministry of Peshmerga Affairs in Erbil said, blaming the "
                       "storm.")
    (dead,) = [c for c in claims if c.target.text == "Six Peshmerga"]
    assert dead.attacker is None
