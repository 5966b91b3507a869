"""A force's word that its men were attacked against another's that nobody was armed,
causes of death other than a weapon, speakers and owners the text names indirectly, and
places written the way wire copy writes them.

- "Two constables were ambushed with rifles and fired back" against "none of those lads
  carried a rifle": whether those shot bore arms is the dispute (rule
  ``conflict.attacked_unarmed``; rows ``use.none_had_gun``, ``noun.met_with_fire``).
- "Crushed in a stampede", "a bird strike forced the emergency landing": another cause
  than a weapon (rows ``cause.stampede``, ``cause.led_to_crash``).
- "Armed infiltrators, he said, had stormed the camp": "he" of a "he said" inside the
  sentence is the person the sentence before named, a title and a name the recogniser
  missed too.
- "The group's spokesman Arno Pelan": the group last named speaks through him.
- "Haifa Bay", "Imphal West", "the Centre": how wire copy writes places, and a word that
  is no place.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from pipeline.domain import conflicts
from pipeline.domain.claims import confirmed_dead
from pipeline.domain.models import Actor, Claim, Evidence, Target
from pipeline.nlp.gazetteer import Gazetteer
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_crowds_lines_and_harm_done import _class_of
from tests.unit.test_owned_claims_reached_targets_and_envoys import _disputed

slow = pytest.mark.slow


def _claim(party: Actor, target: Target, rule: str, sentence: str, negated: bool = False
           ) -> Claim:
    return Claim(party, "asserts", target, Evidence("a1", "Wire", sentence, 0, len(sentence)),
                 "attack", None, None, negated=negated, rule=rule)


POLICE = Actor("org.kessa-police", "Kessa police", "ministry", "KS", "ks")
AUNT = Actor("source.aunt", "an aunt", "source", None, None)


# ------------------------------------------------------------------ attacked, unarmed

_AMBUSHED = "Two constables were ambushed with rifles near the ford and fired back, the " \
            "minister said."
_NOBODY = "\"None of those lads carried a rifle,\" an aunt said."


def test_a_force_attacked_that_fired_back_disputes_that_nobody_was_armed() -> None:
    force = _claim(POLICE, Target("constables", "unknown"), "hit.passive", _AMBUSHED)
    unarmed = _claim(AUNT, Target("rifle", "unknown"), "use.none_had_gun", _NOBODY, True)
    assert conflicts._attacked_unarmed(force, unarmed)
    # raiders who stormed a post, with no word of the force firing back, are no such dispute
    post = _claim(POLICE, Target("outpost", "military"), "hit.object",
                  "Raiders stormed a border outpost near Pelan, the army said.")
    assert not conflicts._attacked_unarmed(post, unarmed)
    # nor is the force's own word that no one was armed
    own = _claim(POLICE, Target("rifle", "unknown"), "use.none_had_gun", _NOBODY, True)
    assert not conflicts._attacked_unarmed(force, own)


@slow
def test_nobody_armed_against_a_patrol_that_returned_fire(real_extractor: Any) -> None:
    body = ("A herder was shot dead at a roadblock outside Pelan late on Friday. The "
            "provincial governor said a patrol had been ambushed by men with rifles and "
            "returned fire. \"Nobody in our group had a weapon,\" the herder's cousin said.")
    assert _disputed(real_extractor, body)
    claims = _analysed(real_extractor, body)
    assert any(c.rule == "use.none_had_gun" and c.negated for c in claims), claims


@slow
def test_they_met_with_gunfire_are_the_officers_of_the_clause_above(real_extractor: Any
                                                                       ) -> None:
    body = ("A trader died on Friday after being shot in the leg in Pelan. The regional "
            "command said its officers had been tracking smugglers when they were met with "
            "gunfire from an orchard and fired back.")
    claims = _analysed(real_extractor, body)
    met = [c for c in claims if c.rule == "noun.met_with_fire"]
    assert met and met[0].target.target_class == "military", claims
    # a toll told as dying after being shot is a toll in a strike's frame
    assert any(c.rule == "casualty.died" and c.target.text == "trader" for c in claims), claims
    # "the proposal was met with anger" is no fire
    assert not any(c.rule == "noun.met_with_fire" for c in _analysed(
        real_extractor, "The police said the proposal was met with anger in Pelan."))


@slow
def test_dying_after_an_illness_is_no_toll(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A retired teacher died on Friday after a long "
                       "illness, relatives said. His brother died from injuries he suffered "
                       "in a fall, they said.")
    assert not any(c.rule.startswith("casualty.") for c in claims), claims


# ------------------------------------------------------------------ other causes

@slow
def test_crushed_in_a_stampede_disputes_fired_on_the_pilgrims(real_extractor: Any) -> None:
    body = ("Officials in Dorba said the 35 pilgrims who died at a river shrine outside "
            "Pelan on Friday were crushed in a stampede. A rights activist said soldiers "
            "had opened fire on the pilgrims, sending them running onto a bridge.")
    assert _disputed(real_extractor, body)
    claims = _analysed(real_extractor, body)
    assert any(c.rule == "cause.stampede" for c in claims), claims
    assert not any(c.rule == "cause.stampede" for c in _analysed(
        real_extractor, "Officials said the pilgrims were killed in a shooting in Pelan."))


@slow
def test_a_bird_strike_is_another_cause_than_a_weapon(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The airliner turned back towards Pelan after a bird "
                       "strike forced an emergency landing, the aviation authority said.")
    assert any(c.rule == "cause.led_to_crash" for c in claims), claims
    claims = _analysed(real_extractor, "The airliner turned back towards Pelan after a "
                       "missile strike forced an emergency landing, the aviation authority "
                       "said.")
    assert not any(c.rule == "cause.led_to_crash" for c in claims), claims


@slow
def test_no_sorties_denies_the_strike(real_extractor: Any) -> None:
    body = ("Eight pupils died on Saturday when a bomb hit their school in Pelan, the rebel "
            "Kessa Front said. An army spokesman in Dorba rejected the account. \"Our "
            "aircraft flew no sorties near Pelan,\" he said.")
    assert _disputed(real_extractor, body)


@slow
def test_a_force_that_carried_out_no_missions_makes_a_bare_denial(
        real_extractor: Any) -> None:
    # a force's word that it made no strike there is a bare denial of blame, even of a
    # strike the story gives to it (rule ``conflict.own_strike_denied``)
    body = ("Russian warplanes bombed a bus depot in Pelan, killing nine workers, a "
            "monitoring group said. \"Russian aircraft did not conduct any sorties over that "
            "district,\" the Russian defence ministry said.")
    assert not _disputed(real_extractor, body)
    claims = _analysed(real_extractor, body)
    assert any(c.rule == "nostrike.carried_out_none" and c.negated for c in claims), claims
    # a strike the story gives to another force is not what it denies
    body = ("Turkish warplanes bombed a bus depot in Pelan, killing nine workers, a "
            "monitoring group said. \"Russian aircraft did not conduct any sorties over that "
            "district,\" the Russian defence ministry said.")
    assert not _disputed(real_extractor, body)


# ------------------------------------------------------------------ losses and tolls

@slow
def test_no_equipment_lost_answers_the_guns_destroyed_not_the_men_killed(
        real_extractor: Any) -> None:
    body = ("Kessa's army said its artillery had wrecked four tanks and two rocket "
            "launchers belonging to the Velt Front near Pelan. The Velt Front said one "
            "fighter died when shells hit its trenches, and insisted it had lost no heavy "
            "equipment.")
    assert _disputed(real_extractor, body)
    body = ("Kessa's army said its artillery had killed 15 fighters of the Velt Front near "
            "Pelan. The Velt Front said one fighter died when shells hit its trenches, and "
            "insisted it had lost no heavy equipment.")
    assert not _disputed(real_extractor, body)


@slow
def test_who_claims_the_attack_grants_its_toll(real_extractor: Any) -> None:
    body = ("The Velt Front has claimed responsibility for a car bombing at a busy army "
            "checkpoint in Dorba that killed at least 40 people. Police said buses full of "
            "schoolchildren were queuing at the checkpoint.")
    assert not _disputed(real_extractor, body)


@slow
def test_interceptors_that_failed_to_stop_it_say_it_got_through(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Velt Front said its drone had struck a radar site "
                       "near Pelan and that Kessa's interceptors failed to stop it.")
    assert any(c.rule == "hit.defences_failed" for c in claims), claims
    claims = _analysed(real_extractor, "The minister said the negotiations failed to halt "
                       "the fighting near Pelan.")
    assert not any(c.rule == "hit.defences_failed" for c in claims), claims


# ------------------------------------------------------------------ who speaks

@slow
def test_he_said_inside_the_sentence_is_the_officer_named_before(real_extractor: Any
                                                                ) -> None:
    body = ("Four men died near a newly built police camp outside Pelan on Friday. \"They "
            "were goat herders,\" said a woman from a hamlet nearby. District Police Chief R "
            "Malvekar disputed that. Armed infiltrators, he said, had stormed the camp from "
            "the ridge. \"Our constables fired back,\" he said, adding that two constables "
            "were injured.")
    claims = _analysed(real_extractor, body)
    camp = [c for c in claims if c.target.text == "camp"]
    assert camp and camp[0].party.name.endswith("Malvekar"), claims
    # the camp named before as a police camp is the force's post
    assert camp[0].target.target_class == "military"
    hurt = [c for c in claims if c.target.text == "two constables"]
    assert hurt and hurt[0].party.name.endswith("Malvekar"), claims


@slow
def test_the_groups_spokesman_speaks_for_the_group(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Nigeria's Boko Haram group said it staged the "
                       "ambush. In a video, the group's spokesman Arno Pelan said its men had "
                       "hit an army convoy.")
    side = Gazetteer.default().actors["group.boko-haram"].side
    assert claims and all(c.party.side == side for c in claims), claims


@slow
def test_a_marcher_is_a_voice(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Police fired on the march in Pelan. \"The two who "
                       "died were herders,\" a marcher said.")
    assert any(c.party.name == "marcher" for c in claims), claims


# ------------------------------------------------------------------ what it was

@slow
def test_the_camp_is_what_its_nearest_telling_mention_says(real_extractor: Any) -> None:
    text = ("Soldiers fired tear gas outside a newly built gendarmerie camp near Pelan. "
            "Farmers worry that another permanent camp would take their land. Rebels shelled the "
            "camp at night.")
    assert _class_of(real_extractor, text, "camp", 2) == "military"
    # a head military only by its word says less than a modifier does
    text = ("Bandits opened fire on a column of passenger vehicles near Pelan, police "
            "said. The column of about 150 vehicles was moving under escort. The bandits "
            "shot at the vehicles, police said.")
    assert _class_of(real_extractor, text, "vehicles", 2) == "civilian_site"
    assert _class_of(real_extractor, "Gunmen attacked a convoy of Kessan contractors.",
                     "convoy") == "civilian_site"


@slow
def test_a_plural_clause_on_the_town_describes_the_sites(real_extractor: Any) -> None:
    text = ("Jets dropped guided bombs on fuel storage sites in the harbour of Pelan, "
            "which were supplying the army's armoured vehicles, the ministry said.")
    assert _class_of(real_extractor, text, "sites") == "military"
    # a clause in the singular is the town's
    text = ("Jets dropped guided bombs on fuel storage sites in the harbour of Pelan, "
            "which is home to 40,000 fishermen, the ministry said.")
    assert _class_of(real_extractor, text, "sites") != "military"


@slow
def test_a_place_before_another_noun_is_where_not_who(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "", "Kessa says 17 rebels killed in failed Somalia "
                       "hostage raid")
    assert claims and all(c.attacker is None or c.attacker.country != "SO" for c in claims)
    claims = _analysed(real_extractor, "Seventeen rebels died in a US drone strike, "
                       "officials said.")
    assert any(c.attacker is not None and c.attacker.country == "US" for c in claims)


@slow
def test_the_others_of_a_toll_are_of_its_kind(real_extractor: Any) -> None:
    assert _class_of(real_extractor, "Two civilians were killed and 13 others were wounded "
                     "in the strike.", "others") == "civilians"
    assert _class_of(real_extractor, "The strike killed two soldiers and wounded 13 others.",
                     "others") == "military"
    # others of no toll say nothing
    assert _class_of(real_extractor, "The strike hit the depot and others were evacuated.",
                     "others") == "unknown"


def test_an_unknown_force_confirms_no_dead() -> None:
    nato = Actor("intl.nato", "NATO", "international_body", None, "intl.nato")
    unknown = Actor("org.multinational-force", "multinational force", "military", None,
                    "org.multinational-force")
    sentence = "NATO jets killed a dozen insurgents, the multinational force said."
    claim = Claim(unknown, "asserts", Target("insurgents", "armed_group", "generic.rebels"),
                  Evidence("a1", "Wire", sentence, 0, len(sentence)), "strike", nato,
                  None, rule="casualty.object")
    assert not confirmed_dead([claim]).groups
    monitor = Actor("org.pelan-monitor", "Pelan monitor", "other", None, "org.pelan-monitor")
    assert confirmed_dead([replace(claim, party=monitor)]).groups == {"generic.rebels"}


# ------------------------------------------------------------------ places as written

@slow
def test_places_as_wire_copy_writes_them(place_resolver: Any) -> None:
    bay = place_resolver.resolve("Haifa Bay")
    assert bay is not None and bay.name == "Haifa" and bay.kind == "city"
    west = place_resolver.resolve("Imphal West", ["IN"])
    assert west is not None and west.country == "IN" and "Imphal" in west.name
    assert place_resolver.resolve("the Centre") is None
    assert place_resolver.resolve("Centre region") is not None


def test_isaf_is_natos() -> None:
    entry = Gazetteer.default().actors["intl.nato.isaf"]
    assert entry.side == "intl.nato"
