"""Asides inside relative clauses, ministries named by "its", purposes of past acts, shares
of a toll taken for speakers, and the speakers and sites they hide (issue 8), each beside a
sentence where the rule must not apply.

- Asides in a relative clause: "the cinema, where, they claimed, officers had met" is
  parsed with "claimed" the cinema's relative clause and "met" the root; the meeting is
  the cinema's clause, the claim an aside on it
  (:func:`asides_taken_for_relative_clauses`), so the cinema is the officers' site. With
  families there, it stays a civilian site.
- Its ministry: "Thailand disputed this. Its defence ministry blamed ..." is Thailand's
  defence ministry, and "the ministry" after it is that one, not the Cambodian ministry
  heard first (``anaphor.its_ministry``).
- Purposes of past acts: "his gunners were firing guided shells to destroy only gun
  positions" tells what was hit, as the purpose of a past act does
  (``claim.purpose_of_past_progressive``); "the rebels were hoping to hit the base" tells
  no act.
- Held places: "a bus carrying pupils through a market in rebel-held Dorba" is a
  civilian site; who holds the town says nothing of the bus (``targets.clause_place_held``);
  "a truck carrying rebels" is theirs.
- Own troops: a state's prime minister on "18 Thai soldiers" killed tells his own men's
  loss (``targets.own_state_troops``); "18 Cambodian soldiers" are the other side's.
- Particle surnames: "al-Vesh", the article joined to the surname by a hyphen, is one
  surname, so "al-Vesh said" after "Colonel Amin al-Vesh" is the colonel
  (``speaker.particle_surname``, :func:`_particle_joined`); spaced words are not.
- Roles for a body: "Arno Tara, a spokesman for the ministry" speaks for the ministry named
  before (``speaker.role_for_body``); "Arno Tara, a farmer" speaks for himself.
- Shares: "raids killed 31 people, most of them girls, a spokesman said" as the small
  model parses it, with "girls" the subject of "said", is the spokesman's account
  (:func:`shares_taken_for_speakers`, on a hand parse of that misparse).
- Rejected acts: "marched in Mombasa to reject the attack" condemns it, no denial and no
  account (:func:`_condemned_unnamed`); "rejected claims that its guns had shelled the
  school" is a denial.
- Joined modifiers: "Indigenous and community organizations" is the name the reporter
  writes (``speaker.joined_modifiers``); "the group and health officials" are two
  speakers.
- Recruits: "most of them foreign recruits" are fighters; "army recruits" are soldiers
  (``military.force_recruits``).
- Hurt in an attack: "about 200 others injured in two car bomb explosions" are not made
  fighters by the bomb that hurt them (``targets.hurt_in_attack``); "wounded in a raid
  on a rebel base" says where they were.
- Lines said before: "has previously said it is carrying out operations against what
  it calls extremist forces" is a general line (``policy.line_said_before``); "has
  previously said his pilots engaged only gunmen" is an earlier account of a past strike.
- Content clauses: "we had intelligence that gunmen were using the location", parsed
  with a relative clause marked by "that", is what the intelligence said
  (:func:`contents_taken_for_relatives`); and "the location" is the site the story
  struck (``use.site_named_before``), not "a secret location".
- The target's own toll: "those who planned ... the rocket launch at Pelan, which
  killed a farmer there" tells what the target did, no account of the raid and no place
  of it (``claim.targets_own_toll``, a launch carried out being a strike of its own).
- Used for making: "a research centre that was used for the production of chemical
  weapons" is military (``targets.used_for_making``); one used to make bread is civil.
- The rest of the toll: "40 people, most of them fighters" leaves room for the two
  aid workers another party says died there (``conflict.rest_of_the_toll``); "40
  fighters" does not.
- What the dead attended: "the victims were attending a funeral" says they were
  civilians (``copula.victims_attending``); a training course says nothing.
- Who lived there: "only families lived there", after a strike on a building, is who
  used the site (``use.lived_there``); with no strike told, no account.
- Had been: "the craft struck had been a smuggling boat", parsed with "struck" the verb
  of "the craft" and "been" its clause, is what the site struck was
  (:func:`reduced_relatives_taken_for_verbs`); a craft "seen nearby" was struck by no one.
- No massacre: "there was no massacre in Pelan" is an account that the killings another
  party counts did not happen (``nostrike.none``); "no electricity" is none.
- Long since: "the site had long since been turned into a base" is what the site is
  now ("since" the adverb: ``background.running_toll`` reads the conjunction only); "the
  fighting since October has killed 600" is a running toll.
- The assailant listed: "the car bomb killed 14 police cadets as well as the bomber": the
  bomber is no target it hit (``casualty.assailant_listed``), and police cadets are a
  force's men (``military.force_recruits``); a bomber aircraft destroyed is a target.
- A force described: "the soldiers killed were young men" tells their age, not that they
  were civilians (``copula.force_described``); "the men killed were farmers" does.
- The attack answered for: "struck those behind a rebel rocket barrage on the city of
  Pelan" gives the raid neither that attack's target nor its place
  (``claim.attack_answered_for``).
- Denied in one sentence: "... said four herders and a soldier were killed ... and
  dismissed Somali claims that rebel camps had been destroyed", the denial joined to the
  reported clause, is the army's (``party.denier_shared``), and answers the claim it
  denies though its own soldier was killed in the sentence (``conflict.denied_in_place``);
  "confirmed" is no denial.
- Weapon words: whose "missile launcher" the coalition wrecked is no attacker a later
  "the strike" refers back to (``attacker.weapon_word``); "a Houthi missile strike" is
  the Houthis' strike.

Team-written sentences, parsed with the real model (``slow``) or by hand; people, groups
and towns are invented (the states are real, the events are not).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from pipeline.domain.models import Claim
from pipeline.nlp.claims import shares_taken_for_speakers
from pipeline.nlp.mentions import _particle_joined
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import VOCAB, parsed
from tests.unit.test_lists_tolls_places_and_admissions import _analysis, _conflict

slow = pytest.mark.slow


def _classes(claims: list[Claim]) -> dict[str, str]:
    return {c.target.text: c.target.target_class for c in claims}


def _parties(claims: list[Claim]) -> set[str]:
    return {c.party.name for c in claims}


# ------------------------------------------------------------------ asides in a relative

_THEATRE = ("Bloggers wrote that the jets had struck the cinema in Dorba, where, they "
            "claimed, {} had met for a briefing.")


@slow
def test_an_aside_in_a_relative_clause_leaves_the_clause_on_the_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _THEATRE.format("army officers"))
    assert _classes(claims).get("cinema") == "military", _classes(claims)


@slow
def test_counter_example_families_gathered_leave_a_civilian_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _THEATRE.format("families"))
    assert _classes(claims).get("cinema") == "civilian_site", _classes(claims)


# ------------------------------------------------------------------ its ministry

_ITS = ("The Cambodian defence ministry said Thai artillery had shelled homes in Pelan. "
        "Thailand disputed this. Its defence ministry blamed Cambodian troops for the "
        "first shots. {} said the Thai army had struck only Cambodian gun positions.")


@slow
def test_its_ministry_is_the_state_the_sentence_before_is_about(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _ITS.format("The ministry"))
    by = {c.target.text: c.party.name for c in claims}
    assert by.get("only Cambodian gun positions") == "Thailand's defence ministry", by


@slow
def test_counter_example_a_named_ministry_keeps_its_name(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _ITS.format("The Cambodian defence ministry"))
    by = {c.target.text: c.party.name for c in claims}
    assert by.get("only Cambodian gun positions") == "Cambodian defence ministry", by


# ------------------------------------------------------------------ purposes of past acts

@slow
def test_the_purpose_of_a_past_act_is_what_was_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A Marel general said his gunners were firing guided "
                                       "shells to destroy only gun positions near Dorba.")
    assert "only gun positions" in _classes(claims), claims


@slow
def test_counter_example_a_hope_tells_no_act(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Police in Dorba said the rebels were hoping to hit "
                                       "the base before dawn.")
    assert "base" not in _classes(claims), claims


# ------------------------------------------------------------------ held places

@slow
def test_who_holds_the_town_says_nothing_of_the_bus(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A strike hit a bus carrying pupils through a market "
                                       "in rebel-held Dorba, the relief agency said.")
    assert _classes(claims).get("bus") == "civilian_site", _classes(claims)


@slow
def test_counter_example_a_truck_carrying_rebels_is_theirs(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A strike hit a truck carrying rebels near Dorba, the "
                                       "army said.")
    assert _classes(claims).get("truck") == "armed_group", _classes(claims)


# ------------------------------------------------------------------ own troops

_BOY = ("The Cambodian defence ministry said a Thai rocket landed by a clinic in Pelan "
        "and killed a boy. Thai Prime Minister Arno Tara said Cambodian shelling had killed "
        "18 {} soldiers.")


@slow
def test_a_presidents_own_soldiers_are_his_sides_loss(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _BOY.format("Thai"))
    assert any(c.target.text == "18 Thai soldiers" and c.own_target for c in claims), claims


@slow
def test_counter_example_the_other_sides_soldiers_are_not_his_own(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _BOY.format("Cambodian"))
    assert any(c.target.text == "18 Cambodian soldiers" and not c.own_target
               for c in claims), claims


# ------------------------------------------------------------------ particle surnames

def test_a_particle_joined_by_a_hyphen_is_part_of_the_surname() -> None:
    doc = Doc(VOCAB, words=["al", "-", "Vesh"], spaces=[False, False, False])
    assert _particle_joined(list(doc))


def test_counter_example_words_spaced_around_a_dash_are_no_surname() -> None:
    doc = Doc(VOCAB, words=["al", "-", "Vesh"], spaces=[True, True, False])
    assert not _particle_joined(list(doc))


# ------------------------------------------------------------------ roles for a body

_ROLE = ("Some 30 died when jets raided a training school in Pelan, according to the "
         "Velt health ministry. Bombs fell on the drill yard, Arno Tara, {}, told "
         "reporters.")


@slow
def test_a_spokesman_for_the_ministry_speaks_for_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _ROLE.format("a spokesman for the ministry"))
    ids = {c.party.id for c in claims}
    assert len(ids) == 1, {(c.party.name, c.party.id) for c in claims}


@slow
def test_counter_example_a_farmer_speaks_for_himself(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _ROLE.format("a farmer"))
    ids = {c.party.id for c in claims}
    assert len(ids) == 2, {(c.party.name, c.party.id) for c in claims}


# ------------------------------------------------------------------ shares

# "raids killed 31 people, most of them girls, a spokesman said", as the small model
# parses it: "girls" the subject of "said", the spokesman its apposition
_SHARE = ("raids/NOUN/nsubj/1/raid killed/VERB/ccomp/12/kill 31/NUM/nummod/3 "
          "people/NOUN/dobj/1/people ,/PUNCT/punct/1 {}/ADJ/nsubj/8 of/ADP/prep/5 "
          "them/PRON/pobj/6/they girls/NOUN/nsubj/12/girl ,/PUNCT/punct/8 a/DET/det/11 "
          "spokesman/NOUN/appos/8/spokesman said/VERB/ROOT/12/say ./PUNCT/punct/12")


def test_a_share_of_the_toll_is_no_speaker() -> None:
    doc = shares_taken_for_speakers(parsed({"parse": _SHARE.format("most")}))
    assert (doc[11].dep_, doc[11].head.i) == ("nsubj", 12)
    assert (doc[8].dep_, doc[8].head.i) == ("appos", 3)


def test_counter_example_a_subject_that_is_no_share_keeps_its_apposition() -> None:
    doc = shares_taken_for_speakers(parsed({"parse": _SHARE.format("young")}))
    assert (doc[11].dep_, doc[11].head.i) == ("appos", 8)
    assert (doc[8].dep_, doc[8].head.i) == ("nsubj", 12)


# ------------------------------------------------------------------ rejected acts

@slow
def test_marching_to_reject_an_attack_is_no_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A car bomb left 20 dead in Nairobi on Friday, police "
                                       "said. Thousands of Kenyans marched in Mombasa and "
                                       "other towns on Monday to reject the attack.")
    assert "Kenyans" not in _parties(claims), claims


@slow
def test_counter_example_rejected_claims_of_a_shelling_are_a_denial(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Marel army rejected claims that its guns had "
                                       "shelled the school in Pelan.")
    assert any(c.target.text == "school" and c.negated for c in claims), claims


# ------------------------------------------------------------------ joined modifiers

@slow
def test_two_adjectives_joined_before_a_body_are_its_name(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Indigenous and community organizations in Pelan "
                                       "blamed the army for the deaths of four farmers.")
    assert "Indigenous and community organizations" in _parties(claims), _parties(claims)


@slow
def test_counter_example_a_body_and_officials_speak_apart(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A strike on a flat in Pelan took the lives of a Velt "
                                       "Front commander and his wife, the group and health "
                                       "officials said.")
    assert not any("group and" in n for n in _parties(claims)), _parties(claims)


# ------------------------------------------------------------------ recruits

@slow
def test_recruits_among_the_dead_are_fighters(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The mayor of Pelan said 30 people were killed at the "
                                       "camp, most of them foreign recruits.")
    assert _classes(claims).get("30 people") == "armed_group", _classes(claims)


@slow
def test_counter_example_army_recruits_are_soldiers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials in Pelan said the bomb killed 20 army "
                                       "recruits at the gate.")
    assert _classes(claims).get("20 army recruits") == "military", _classes(claims)


# ------------------------------------------------------------------ hurt in an attack

@slow
def test_the_bomb_that_hurt_them_does_not_make_them_fighters(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The governor said 90 people were killed and about 200 "
                                       "others injured in two car bomb explosions near the "
                                       "Pelan bus station.")
    assert _classes(claims).get("about 200 others") != "armed_group", _classes(claims)


@slow
def test_counter_example_a_raid_on_a_rebel_camp_says_where_they_were(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The army said 20 people died and some 200 more were "
                                       "wounded in a raid on a rebel base near Pelan.")
    assert _classes(claims).get("some 200 more") == "armed_group", _classes(claims)


# ------------------------------------------------------------------ lines said before

@slow
def test_a_line_said_before_in_the_present_is_general(real_extractor: Any) -> None:
    analysis = _analysis(real_extractor, "A drone struck a market in Pelan, killing 12 "
                                         "traders, residents said. The Velt government has "
                                         "previously said it is carrying out operations "
                                         "against what it calls extremist forces in the "
                                         "region.")
    assert any(c.target.text == "extremist forces" for c in analysis.general), analysis.general
    assert not any(c.target.text == "extremist forces" for c in analysis.claims)


@slow
def test_counter_example_an_earlier_account_of_a_past_strike_is_one(real_extractor: Any) -> None:
    analysis = _analysis(real_extractor, "Villagers said gunships shot at the clinic in "
                                         "Pelan. The firm's owner, Arno Tara, has previously "
                                         "said his pilots engaged only gunmen.")
    assert any(c.target.text == "only gunmen" for c in analysis.claims), analysis.claims


# ------------------------------------------------------------------ content clauses

_INTELLIGENCE = ("Residents said a strike destroyed a school in Pelan. A spokesman, Colonel "
                 "Arno Tara, said aircraft had struck near Pelan on March 2 and that \"we had "
                 "{} that Velt fighters were using the location\".")


@slow
def test_intelligence_that_fighters_used_the_site_is_an_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _INTELLIGENCE.format("intelligence"))
    assert any(c.rule.startswith("use.") and c.target.text == "Velt fighters"
               for c in claims), claims


@slow
def test_counter_example_a_relative_that_is_no_content(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Residents said a strike destroyed a school in Pelan. "
                       "The army released footage that showed a crater near the gate.")
    assert not any(c.party.name == "army" for c in claims), claims


# ------------------------------------------------------------------ the site named before

@slow
def test_the_location_is_the_site_the_story_struck(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Residents said the strike hit a school in Pelan. The "
                                       "army said fighters were using the location.")
    assert any(c.rule == "use.site_object" for c in claims), claims


@slow
def test_counter_example_an_unnamed_location_is_no_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Residents said the strike hit a school in Pelan. The "
                                       "army said fighters were using a secret location.")
    assert not any(c.rule == "use.site_object" for c in claims), claims


# ------------------------------------------------------------------ the target's own toll

_RESPONSIBLE = ("The Velt coalition said the raid in Dorba had targeted \"those who planned "
                "and carried out\" the rocket {} at the border town of Pelan late on "
                "Monday, which killed a farmer there.")


@slow
def test_the_toll_of_the_targets_own_attack_is_no_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _RESPONSIBLE.format("launch"))
    assert not any("farmer" in c.target.text for c in claims), claims
    assert all(c.place is None or c.place.name != "Pelan" for c in claims), claims


@slow
def test_counter_example_a_toll_of_the_raid_itself_is_one(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Velt coalition said the raid in Dorba had killed "
                                       "a farmer who was standing near the gate.")
    assert any(c.target.text == "farmer" for c in claims), claims


# ------------------------------------------------------------------ used for making

@slow
def test_a_site_used_for_making_weapons_is_military(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials in Marel said the strikes had hit a research "
                                       "centre that was used for the production of chemical "
                                       "weapons.")
    assert _classes(claims).get("research centre") == "military", _classes(claims)


@slow
def test_counter_example_a_site_used_for_making_bread_is_civil(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Officials in Marel said the strikes had hit a factory "
                                       "that was used for the production of bread.")
    assert _classes(claims).get("factory") == "civilian_site", _classes(claims)


# ------------------------------------------------------------------ the rest of the toll

_HOSTAGES = ("Two aid workers held hostage in Pelan were killed in the strike on the camp, "
             "the Velt government said. The mayor of Pelan said 40 {} were killed in the "
             "strike.")


@slow
def test_a_share_of_fighters_leaves_room_for_the_hostages(real_extractor: Any) -> None:
    assert not _conflict(real_extractor, _HOSTAGES.format("people, most of them fighters,"))


@slow
def test_counter_example_a_toll_of_fighters_alone_disputes_them(real_extractor: Any) -> None:
    assert _conflict(real_extractor, _HOSTAGES.format("fighters"))


# ------------------------------------------------------------------ what the dead attended

_ATTENDING = ("The strike in Pelan targeted a meeting of militant leaders, the army said, "
              "but residents said the victims were attending a {}.")


@slow
def test_victims_attending_a_funeral_were_civilians(real_extractor: Any) -> None:
    assert _conflict(real_extractor, _ATTENDING.format("funeral"))


@slow
def test_counter_example_victims_attending_a_training_course(real_extractor: Any) -> None:
    assert not _conflict(real_extractor, _ATTENDING.format("training course"))


# ------------------------------------------------------------------ who lived there

@slow
def test_families_who_lived_there_are_who_used_the_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A missile hit a building in Pelan. Neighbours said only "
                                       "families lived there.")
    assert any(c.rule == "use.lived_there" for c in claims), claims


@slow
def test_counter_example_families_there_with_no_strike_told(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Neighbours in Pelan said only families lived there.")
    assert not claims, claims


# ------------------------------------------------------------------ what the site struck had been

_BOAT = ("Residents said the strike sank a fishing boat off Pelan. A spokeswoman said the "
         "craft {} had been a smuggling boat run by the Velt cartel.")


@slow
def test_the_craft_struck_had_been_a_smuggling_boat(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _BOAT.format("struck"))
    assert any(c.rule == "copula.hit_subject" and c.target.target_class == "armed_group"
               for c in claims), claims


@slow
def test_counter_example_a_craft_never_said_struck(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _BOAT.format("seen nearby"))
    assert not any(c.rule == "copula.hit_subject" for c in claims), claims


# ------------------------------------------------------------------ no massacre

_MASSACRE = ("The government said the rebels shot 172 villagers dead in Pelan. \"There "
             "was no {} in Pelan,\" the rebel spokesman said.")


@slow
def test_no_massacre_denies_the_killings(real_extractor: Any) -> None:
    assert _conflict(real_extractor, _MASSACRE.format("massacre"))


@slow
def test_counter_example_no_electricity_denies_nothing(real_extractor: Any) -> None:
    assert not _conflict(real_extractor, _MASSACRE.format("electricity"))


# ------------------------------------------------------------------ long since

_LONG_SINCE = ("Rescue workers said the missile flattened a maternity hospital in Dorba. The "
               "Marel defence ministry said {} a base for foreign mercenaries.")


@slow
def test_long_since_turned_into_a_base_is_the_sites_use(real_extractor: Any) -> None:
    assert _conflict(real_extractor, _LONG_SINCE.format(
        "the site had long since been turned into"))


@slow
def test_counter_example_a_toll_since_october_is_background(real_extractor: Any) -> None:
    analysis = _analysis(real_extractor, "The fighting since October has killed 600 people "
                                         "in Dorba, officials said.")
    assert not analysis.claims, analysis.claims


# ------------------------------------------------------------------ weapon words

_LAUNCHER = ("The coalition said its jets wrecked a Houthi missile {} in Dorba. The "
             "Houthi health ministry said the strike struck a cattle market, killing eight "
             "farmers.")


@slow
def test_whose_missile_launcher_is_no_later_strikes_attacker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _LAUNCHER.format("launcher"))
    farmers = [c for c in claims if c.target.text == "eight farmers"]
    assert farmers and all(c.attacker is None or c.attacker.id != "group.houthis"
                           for c in farmers), farmers
    assert _conflict(real_extractor, _LAUNCHER.format("launcher"))


@slow
def test_counter_example_a_houthi_missile_strike_is_theirs(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Saudi officials said a Houthi missile strike damaged "
                                       "an airport in Kessa. The Houthi military said the "
                                       "strike destroyed a radar station.")
    radar = [c for c in claims if c.target.text == "radar station"]
    assert radar and all(c.attacker is not None and c.attacker.id == "group.houthis"
                         for c in radar), radar


# ------------------------------------------------------------------ the assailant listed

@slow
def test_the_bomber_killed_with_the_cadets_is_no_target(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Police in Pelan said the car bomb killed 14 police "
                                       "cadets as well as the bomber.")
    assert not any(c.target.text == "bomber" for c in claims), claims
    assert _classes(claims).get("14 police cadets") == "military", _classes(claims)


@slow
def test_counter_example_a_bomber_aircraft_downed_is_a_target(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Marel army said its missiles destroyed two tanks "
                                       "and a bomber at the Velt air base.")
    assert any(c.target.text == "bomber" for c in claims), claims


# ------------------------------------------------------------------ a force described

@slow
def test_soldiers_killed_were_young_men_is_no_word_of_civilians(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A car bomb hit the army base in Pelan. The minister "
                                       "said the soldiers killed were young men.")
    assert not any(c.target.text == "young men" for c in claims), claims


@slow
def test_counter_example_the_men_killed_were_farmers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "A strike hit the post in Pelan. Police said the men "
                                       "killed were farmers.")
    assert _classes(claims).get("farmers") == "civilians", _classes(claims)


# ------------------------------------------------------------------ the attack answered for

_ANSWERED = ("Medics said the raid destroyed a minibus full of pupils in Dorba. The coalition "
             "said it struck those {} a rebel rocket barrage on the city of Pelan.")


@slow
def test_the_attack_the_target_answers_for_sets_no_place(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _ANSWERED.format("responsible for"))
    assert not any(c.target.text == "city of Pelan" for c in claims), claims
    assert _conflict(real_extractor, _ANSWERED.format("responsible for"))


@slow
def test_counter_example_a_strike_in_retaliation_for_an_attack(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The coalition said its strike in Dorba answered a "
                                       "rebel missile attack on the city of Pelan.")
    assert any("Pelan" in c.target.text for c in claims), claims


# ------------------------------------------------------------------ denied in one sentence

_DISMISSED = ("The Kenyan army said on Friday that four herders and a soldier were killed "
              "when Somali troops shelled the frontier, and {} Somali claims that rebel "
              "camps had been destroyed.")


@slow
def test_a_denial_joined_to_the_reported_clause_is_the_speakers(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _DISMISSED.format("dismissed"))
    assert any(c.party.name == "Kenyan army" and c.negated
               and c.target.text == "rebel camps" for c in claims), claims
    assert _conflict(real_extractor, _DISMISSED.format("dismissed"))


@slow
def test_counter_example_claims_confirmed_are_no_denial(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _DISMISSED.format("confirmed"))
    assert not any(c.negated and c.target.text == "rebel camps" for c in claims), claims
