"""Places a story names for the people struck rather than for the strike, a capital's
outer districts, and a plural noun after a list of names.

- "The victims were migrants from Northland and Southland": where people on the move came
  from is not where they were struck (rule ``events.travellers_from``); "30 people from
  several countries, including Northland" likewise. Where residents of a town were
  killed ("residents from Riverton were killed") the town stays.
- "bound north toward Southland": where they were going, with a bearing between the verb
  and the place (rule ``events.headed_for``).
- "drones the army uses to attack Riverton": where what was struck was used, not
  where it was struck (rule ``events.used_against``); "shelled Riverton" stays.
- A district of a national capital, in the capital's own region, 12 km from its centre, is
  in the capital (rule ``events.capital_quarters``); a town that far from another town
  that is no capital, or from a capital in another region, is not.
- "the compounds of Kessa Tor and Dorba Nam private high schools": in the "of" phrase of
  a part or a count, the plural noun after a list of names says what they are (rule
  ``targets.names_listed``); "the Velt Front and not Ostra's citizens" does not.
- "The troops died as they lined up for prayers": what soldiers were doing
  does not make them civilians (check ``unarmed_toll_pronoun`` of
  ``copula.victims_doing_pronoun``), as villagers' would.
- "Gunmen killed 12 villagers ... 'This cowardly raid took 12 innocent lives'": a
  toll that names no attacker is of the raiders its article's other tolls of civilians
  name (rule ``conflict.story_raiders``), so a force's word that it killed the raiders
  disputes neither; a toll the state is said to have caused still disputes it.
- "The Velt Front said its men stormed Kessa jail": raiders that name a civil site
  as their own target grant the harm; the other side's word of a guard killed there
  disputes nothing (rule ``conflict.raiders_civil_word``). Their word of a barracks still
  meets the other side's school.
- "no civilian was affected" tells nobody of that kind hurt (``casualty.none_hurt``).
- '"Our jets hit the gunmen's trucks. Nobody else was hurt," Major Arno Velt, who speaks
  for the Northland air force, said on Monday': a quotation of two sentences goes to its
  speaker though his name and post run 13 words before the verb.
- "its jets went after a convoy": craft that went after a target struck it
  (``hit.went_after``); "a blast went off after ..." struck nothing.
- "a cargo plane carrying 40 captured soldiers came down": what a craft struck was
  carrying, told by a participle (``use.carrying_civil``), and servicemen held captive
  are held people (``civilians.captured``).
- "No U.S. personnel were hurt": a state named before its forces, officials or craft is
  whose they were, not where the strike was (rule ``places.whose_forces``); a town so
  named stays ("Kharkiv officials").
- "killed four men at a seminary ... the madrasa was a rest stop for
  fighters": the site where a toll's dead were killed is a struck site the copy may
  describe next (rule ``copula.toll_site``); a district is no site.
- Unnamed officials of no named state, of one kind or one of them of no institution, are
  one voice in an article: their bare count and their word of fighters there are one
  account (rule ``conflict.officials_count``); a hospital official's or a ministry's
  count still meets the officials' word.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts, story_raiders
from pipeline.domain.events import LOCALITY, place_match
from pipeline.domain.models import Actor, Claim, Place
from pipeline.nlp.claims import CLAIMS_ATTR, _whose_forces
from pipeline.nlp.targets import decide_class
from tests.unit.test_accounts_beside_and_asides import ARMY, HEALTH, _analysed, _claim
from tests.unit.test_constructions import GAZ, parsed, rule_hits
from tests.unit.test_events import CAPITAL, NORTHLAND, RIVERTON, SOUTHLAND
from tests.unit.test_places_of_sides_and_earlier_strikes import _where

# (0.11 degrees of latitude: about 12 km)
CAPITAL_QUARTER = Place("Kessa", 301, "SL", "Capital District", 30.11, 30.0, "city")
OUTSIDE_REGION = Place("Dorba", 302, "SL", "Lake Province", 30.11, 30.0, "city")
NEAR_TOWN = Place("Pelan", 103, "NL", "River Province", 10.11, 20.0, "city")


def test_where_travellers_came_from_is_not_where_they_were_struck() -> None:
    sentence = "The victims were migrants from Northland and Southland, the minister said."
    body = "Soldiers fired on a truck near Riverton. " + sentence
    assert _where(body, sentence, (RIVERTON, NORTHLAND, SOUTHLAND), place=SOUTHLAND) \
        != SOUTHLAND
    sentence = ("Prosecutors said the van held 30 people from several nations, including "
                "Southland and Northland.")
    body = "Soldiers fired on a truck near Riverton. " + sentence
    assert _where(body, sentence, (RIVERTON, NORTHLAND, SOUTHLAND), place=NORTHLAND) \
        != NORTHLAND


def test_residents_from_a_town_were_struck_there() -> None:
    sentence = "Three residents from Riverton died in the shelling, officials said."
    assert _where(sentence, sentence, (RIVERTON,), place=RIVERTON) == RIVERTON


def test_headed_with_a_bearing_is_where_they_were_going() -> None:
    sentence = ("Prosecutors said the 30 migrants in the van were bound north toward "
                "Southland.")
    body = "Soldiers fired on a truck near Riverton. " + sentence
    assert _where(body, sentence, (RIVERTON, SOUTHLAND), place=SOUTHLAND) != SOUTHLAND


def test_where_a_struck_thing_was_used_is_not_where_it_was_struck() -> None:
    sentence = ("Officials said the plane was loaded with drones the army uses to attack "
                "Riverton every night.")
    assert _where(sentence, sentence, (RIVERTON,), place=RIVERTON) is None
    sentence = "Officials said the army shelled Riverton every night."
    assert _where(sentence, sentence, (RIVERTON,), place=RIVERTON) == RIVERTON


def test_a_capitals_outer_district_is_in_the_capital() -> None:
    assert place_match(CAPITAL_QUARTER, CAPITAL) == LOCALITY
    assert place_match(CAPITAL, CAPITAL_QUARTER) == LOCALITY


def test_a_town_as_far_from_a_town_or_from_a_capital_across_a_region_line_is_not() -> None:
    assert place_match(NEAR_TOWN, RIVERTON) is None
    assert place_match(OUTSIDE_REGION, CAPITAL) is None


def _class(parse: str, head: str, ents: str = "Khaung=ORG") -> str:
    doc = parsed({"parse": parse, "ents": ents})
    return decide_class(next(t for t in doc if t.text == head), GAZ)[0]


def test_a_plural_noun_after_listed_names_says_what_they_are() -> None:
    # "the compounds of Tarso Khaung and Lwin Oo private schools"
    assert _class("the/DET/det/1 compounds/NOUN/ROOT/1/compound/NNS of/ADP/prep/1 "
                  "Tarso/PROPN/compound/4 Khaung/PROPN/pobj/2 and/CCONJ/cc/4 "
                  "Lwin/PROPN/compound/7 Oo/PROPN/nmod/9 private/ADJ/amod/9 "
                  "schools/NOUN/conj/4/school/NNS", "compounds") == "civilian_site"


def test_a_noun_joined_after_one_name_is_another_thing() -> None:
    # "the compound of Tarso Khaung and the schools": the schools are not his compound
    assert _class("the/DET/det/1 compound/NOUN/ROOT/1 of/ADP/prep/1 "
                  "Tarso/PROPN/compound/4 Khaung/PROPN/pobj/2 and/CCONJ/cc/4 "
                  "the/DET/det/7 schools/NOUN/conj/4/school/NNS", "compound") \
        != "civilian_site"


def test_a_name_set_against_people_is_not_what_they_are() -> None:
    # "aimed only at the Velt Front and not Ostra's citizens"
    assert _class("at/ADP/ROOT/0 Velt/PROPN/compound/2 Front/PROPN/pobj/0 and/CCONJ/cc/2 "
                  "not/PART/neg/6 Ostra/PROPN/poss/6 citizens/NOUN/conj/2/citizen/NNS",
                  "Front", "Front=ORG") != "civilians"


_AT_PRAYERS = ("{0}/NOUN/nsubjpass/2/{1}/NNS were/AUX/auxpass/2/be killed/VERB/ccomp/11/kill/VBN "
               "while/SCONJ/mark/5 they/PRON/nsubj/5/they queued/VERB/advcl/2/queue "
               "for/ADP/prep/5 evening/NOUN/compound/8 prayers/NOUN/pobj/6/prayer/NNS "
               ",/PUNCT/punct/11 medics/NOUN/nsubj/11/medic/NNS said/VERB/ROOT/11/say")


def test_what_the_dead_were_doing_tells_civilians_after_a_toll_of_villagers() -> None:
    hits = rule_hits({"parse": _AT_PRAYERS.format("Villagers", "villager")},
                     "copula.victims_doing_pronoun")
    assert "prayers" in hits


def test_soldiers_at_prayers_are_still_soldiers() -> None:
    # "Soldiers were killed while they queued for evening prayers, medics said."
    assert rule_hits({"parse": _AT_PRAYERS.format("Soldiers", "soldier")},
                     "copula.victims_doing_pronoun") == []


GUNMEN = Actor("generic.armed-men", "gunmen", "armed_group", None, None)



def _raid(second_attacker: Actor | None) -> list[Claim]:
    first = replace(_claim(HEALTH, "12 villagers", "civilians", "casualty.object",
                           sentence="Gunmen killed 12 villagers in Kessa, the governor said."),
                    attacker=GUNMEN)
    second = replace(_claim(HEALTH, "12 civilians", "civilians", "casualty.claimed_lives",
                            sentence="This cowardly raid took 12 innocent lives.",
                            start=60), attacker=second_attacker)
    force = _claim(ARMY, "twenty terrorists", "armed_group", "casualty.object",
                   sentence="Twenty terrorists were neutralised, the army said.", start=120)
    return [first, second, force]


def test_a_toll_naming_no_attacker_is_of_the_storys_raiders() -> None:
    assert find_conflicts(_raid(None)) == []


def test_a_toll_the_state_is_said_to_have_caused_still_disputes() -> None:
    claims = _raid(ARMY)
    assert story_raiders(claims) == {}
    assert [p.reason for p in find_conflicts(claims)] == ["targets"]


FRONT = Actor("group.velt-front", "Velt Front", "armed_group", "NL", "velt")
PRISONS = Actor("nl.prisons", "Northland prison service", "ministry", "NL", "nl")


def _prison_raid(target: str, cls: str) -> list[Claim]:
    said = f"The Velt Front said its men stormed {target}."
    raid = replace(_claim(FRONT, target, cls, "hit.object", sentence=said), attacker=FRONT)
    guard = _claim(PRISONS, "a guard", "military", "casualty.passive",
                   sentence="A guard was killed, the prison service said.", start=60)
    return [raid, guard]


def test_raiders_own_word_of_a_civil_site_meets_no_dispute_in_a_guard_killed() -> None:
    assert find_conflicts(_prison_raid("Kessa jail", "civilian_site")) == []


def test_raiders_own_word_of_a_barracks_still_meets_the_other_sides_account() -> None:
    claims = _prison_raid("the Kessa barracks", "military")
    claims[1] = _claim(PRISONS, "a school", "civilian_site", "hit.object",
                       sentence="They stormed a school, the ministry said.", start=60)
    assert [p.reason for p in find_conflicts(claims)] == ["targets"]


def test_no_civilian_affected_is_nobody_hurt() -> None:
    # "No civilians were affected in the attack."
    hits = rule_hits({"parse": "No/DET/det/1/no civilians/NOUN/nsubjpass/3/civilian/NNS "
                               "were/AUX/auxpass/3/be affected/VERB/ROOT/3/affect/VBN "
                               "in/ADP/prep/3/in the/DET/det/6/the attack/NOUN/pobj/4/attack"},
                     "casualty.none_hurt")
    assert hits == ["civilians"]


@pytest.mark.slow
def test_a_long_quote_goes_to_its_speaker_named_with_his_post(real_extractor: Any) -> None:
    # the speaker, with his post, runs 13 words from the closing quote to "told"
    text = ('"Our jets hit the gunmen\'s trucks in the valley. Nobody else was hurt," Major '
            'Arno Velt, who speaks for the Northland air force, said on Monday.')
    drafts = real_extractor.nlp(text)._.get(CLAIMS_ATTR)
    told = {(d.party.name.split(",")[0], d.target.text) for d in drafts}
    assert ("Major Arno Velt", "gunmen's trucks") in told, told


def test_craft_that_went_after_a_column_struck_it() -> None:
    assert rule_hits({"parse": "Its/PRON/poss/1/its jets/NOUN/nsubj/2/jet went/VERB/ROOT/2/go "
                               "after/ADP/prep/2/after a/DET/det/5/a convoy/NOUN/pobj/3/convoy"},
                     "hit.went_after") == ["convoy"]


def test_a_blast_that_went_off_after_a_strike_struck_nothing() -> None:
    assert rule_hits({"parse": "An/DET/det/1/an explosion/NOUN/nsubj/2/explosion "
                               "went/VERB/ROOT/2/go off/ADP/prt/2/off after/ADP/prep/2/after "
                               "the/DET/det/6/the building/NOUN/pobj/4/building"},
                     "hit.went_after") == []


def test_captured_servicemen_are_held_people() -> None:
    assert _class("65/NUM/nummod/2/65 captured/VERB/amod/2/capture/VBN "
                  "servicemen/NOUN/ROOT/2/serviceman/NNS", "servicemen", "") == "civilians"
    assert _class("65/NUM/nummod/1/65 servicemen/NOUN/ROOT/1/serviceman/NNS",
                  "servicemen", "") != "civilians"


def test_a_boat_carrying_goods_tells_no_civil_use() -> None:
    # "He said a boat carrying drugs was hit."
    assert rule_hits({"parse": "He/PRON/nsubj/1/he said/VERB/ROOT/1/say a/DET/det/3/a "
                               "boat/NOUN/nsubjpass/7/boat carrying/VERB/acl/3/carry/VBG "
                               "drugs/NOUN/dobj/4/drug/NNS was/AUX/auxpass/7/be "
                               "hit/VERB/ccomp/1/hit/VBN"}, "use.carrying_civil") == []


def _claim_places(real_extractor: Any, body: str) -> dict[str, str | None]:
    return {c.target.text: c.place.name if c.place else None
            for c in _analysed(real_extractor, body)}


@pytest.mark.slow
def test_a_state_named_before_its_forces_is_whose_they_were(real_extractor: Any) -> None:
    told = _claim_places(real_extractor, "Rockets struck the Kessa air base in Iraq on Monday, "
                         "the command said. No U.S. personnel were hurt in the attack, it said.")
    assert told["No U.S. personnel"] != "United States"


def _whose(parse: str, name: str) -> bool:
    doc = parsed({"parse": parse, "ents": f"{name}=GPE"})
    ent = next(e for e in doc.ents if e.text == name)
    return _whose_forces(ent.root, ent)


def test_a_state_before_its_troops_is_whose_a_town_before_its_officials_is_not() -> None:
    assert _whose("Iraq/PROPN/compound/1 troops/NOUN/ROOT/1/troop/NNS", "Iraq")
    assert not _whose("Kharkiv/PROPN/compound/1 officials/NOUN/ROOT/1/official/NNS", "Kharkiv")
    assert not _whose("Iraq/PROPN/compound/1 residents/NOUN/ROOT/1/resident/NNS", "Iraq")


@pytest.mark.slow
def test_the_site_where_a_toll_was_killed_is_the_site_described_next(real_extractor: Any) -> None:
    text = ('Missiles killed four people at a rural Islamic seminary. "The madrassa was a '
            'rest stop for rebel fighters," the official said.')
    drafts = real_extractor.nlp(text)._.get(CLAIMS_ATTR)
    assert any(d.rule == "copula.struck_subject" for d in drafts)
    text = ('Missiles killed four people in Dorba district. "The district was a haven for '
            'rebel fighters," the official said.')
    drafts = real_extractor.nlp(text)._.get(CLAIMS_ATTR)
    assert not any(d.rule == "copula.struck_subject" for d in drafts)


OFFICIALS = Actor("source.security-official", "security officials", "official", None, None)
AN_OFFICIAL = Actor("source.official", "an official", "official", None, None)


def test_unnamed_officials_count_and_word_of_fighters_are_one_voice() -> None:
    count = _claim(OFFICIALS, "six people", "civilians", "casualty.object")
    use = _claim(AN_OFFICIAL, "rest stop for fighters", "armed_group",
                 "copula.struck_subject", start=40)
    assert find_conflicts([count, use]) == []


def test_officials_of_two_institutions_are_still_two_voices() -> None:
    hospital = Actor("source.hospital-official", "a hospital official", "official", None, None)
    count = _claim(hospital, "six people", "civilians", "casualty.object")
    use = _claim(OFFICIALS, "rest stop for fighters", "armed_group", "copula.struck_subject",
                 start=40)
    assert [p.reason for p in find_conflicts([count, use])] == ["targets"]


def test_a_ministrys_count_still_meets_an_officials_word_of_fighters() -> None:
    count = _claim(HEALTH, "six people", "civilians", "casualty.object")
    use = _claim(AN_OFFICIAL, "rest stop for fighters", "armed_group",
                 "copula.struck_subject", start=40)
    assert [p.reason for p in find_conflicts([count, use])] == ["targets"]
