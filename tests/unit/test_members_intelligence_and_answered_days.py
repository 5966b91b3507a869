"""Who speaks, what a story says its dead and its targets were, which day a strike
answers and where it was, on copy written to test them.

Who speaks: one member of a body introduced in his own words ("a senior Northland Police
officer said") keeps them, though the body spoke first under its own name; so does one of
a group picked out ("one elder said" after "tribal elders said"); "the Islamist group" is
the armed group named before, "the world body" the United Nations, shown by name; "the
group said" with no body of its kind heard is the movement named before it; "a preliminary
United Nations investigation" names the United Nations; "the collective said" is a
speaker; "... and relatives saying the dead were ..." is the relatives' account
(``speaker.joined_participle``); of two subjects of one "said", the party right before it
speaks; "COX'S BAZAR, Bangladesh -" is a dateline, no speaker.

What the dead and the targets were: intelligence about the movement, presence or
gathering of armed men is the speaker's account that they were there
(``use.intelligence_presence``, ``use.intelligence_about``); "Tomas was a student", in his
family's words, is an account of who the dead was (``copula.named_person``); "the army
said it had killed three men as infiltrators" tells who the dead were (not a word in scare
quotes); how a named party presented the dead is its account (``copula.presented_as``),
and a sacking of officers is no denial; "gunned down five foreigners" is a toll, which
"the five" after it stands for; "its patrol killed 22 gunmen in the ensuing clash" is a
force's toll of one fight, and "executed between 12 and 15 people" a toll given as a range;
"the targets ... consisted solely of bases" says what was targeted
(``copula.target_consisted``); "shot dead a major at a checkpoint" was not aimed at the
checkpoint; ", not" belongs to the noun after it even where the parse hangs that noun
elsewhere ("were civilians, not militia" in a headline); "nothing was destroyed" is an
account that the strike hit nothing (``miss.nothing_hit``); "last month" in the lead of a
follow-up story is the story's own strike, not a background one.

Which day and where: a weekday or date the lead gives to the attack a strike answers ("in
retaliation for Saturday's attack", "responsible for ... including Saturday's bombing") is
not the strike's day; "the Tarvaza area in the Kidal region" is a town of that region the
gazetteer lacks, so two spellings of it meet.

Single rules on plain strings; stories through the real model (``slow``); the new
construction rows' example and counter-example parses are tested with the other
constructions. Towns, bodies and people are invented."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.domain.clock import named_day, names_day
from pipeline.domain.conflicts import article_conflict
from pipeline.domain.events import place_match
from pipeline.domain.models import Actor, Article
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.index import default_resolver
from pipeline.nlp.mentions import _without_epithet, role_of_body_name
from pipeline.nlp.party_rules import in_dateline
from pipeline.nlp.places import slot_names
from tests.unit.test_accounts_beside_and_asides import PUBLISHED, _analysed

slow = pytest.mark.slow


def _speakers(extractor: Any, body: str) -> dict[str, str]:
    """Who is shown as telling each target."""
    return {c.target.text: c.party.name for c in _analysed(extractor, body)}


def _accounts(extractor: Any, body: str) -> set[tuple[str, str, str, str]]:
    """(party, target, target class, rule) of each claim."""
    return {(c.party.name, c.target.text, c.target.target_class, c.rule)
            for c in _analysed(extractor, body)}

MONDAY = datetime(2031, 3, 17, tzinfo=UTC)
SATURDAY = datetime(2031, 3, 15, tzinfo=UTC)


# ------------------------------------------------------------------ the day a strike answers

@pytest.mark.parametrize("lead", [
    "Northland on Monday said it had struck militants inside Southland who it said were "
    "responsible for a string of attacks, including Saturday's suicide attack in Riverton.",
    "Jets struck the camp in retaliation for an attack on Saturday that killed soldiers.",
    "The army struck depots in response to Saturday's rocket fire on Riverton.",
    "The army struck depots in reprisal for the 15 March ambush near Riverton.",
])
def test_the_day_of_the_attack_a_strike_answers_is_not_the_strikes(lead: str) -> None:
    assert named_day(lead, MONDAY) is None
    assert not names_day(lead, SATURDAY)


@pytest.mark.parametrize("lead", [
    # the strike's own day, though an answer is told in the sentence
    "Jets struck the camp on Saturday in retaliation for an attack that killed soldiers.",
    "In response to the attack, jets struck the camp on Saturday, killing ten.",
    "Jets struck the camp on Saturday, medics said.",
])
def test_counter_examples_the_strikes_own_day_is_named(lead: str) -> None:
    assert named_day(lead, MONDAY) == SATURDAY
    assert names_day(lead, SATURDAY)


# ------------------------------------------------------------------ an area's town

def test_an_area_slot_names_the_town_before_its_region() -> None:
    text = "airstrikes on targets in the Tarvaza area in the northern Kidal region, near"
    names = slot_names(text)
    assert [n for n, _ in names] == ["Tarvaza"]
    # what is beside it is read after the kind word
    assert text[names[0][1]:].startswith(" in the northern Kidal region")


@pytest.mark.parametrize("text", [
    "in the area, troops said",  # no name
    "The Tarvaza Area Council met on Monday",  # the name runs on into a body's
])
def test_counter_examples_no_area_slot(text: str) -> None:
    assert slot_names(text) == []


def test_two_spellings_of_an_area_town_meet() -> None:
    resolver = default_resolver()
    army = ("The army said it had carried out strikes on terrorist targets in the Tarvaza "
            "area in the northern Kidal region of Mali.")
    rebels = "Drone strikes on the town of Tarvazah in northern Mali killed 21 civilians."
    one = resolver.resolve_all(["Kidal", "Mali"], ["ML"], army)
    other = resolver.resolve_all(["Mali"], ["ML"], rebels)
    town = one["unlisted:Tarvaza"]
    assert (town.country, town.admin1) == ("ML", "Kidal")
    spelled = next(p for k, p in other.items() if "Tarvazah" in k)
    assert place_match(town, spelled) is not None


# ------------------------------------------------------------------ members of a body

@pytest.mark.parametrize("name, member", [
    ("senior Northland Police officer", True),
    ("a senior STC commander", True),
    ("Northland Police spokesman", True),
    ("Officials of the Northland Police", False),
    ("Northland Police", False),
    ("officer", False),  # a role word alone names no body's member
])
def test_a_name_ending_in_a_role_word_is_a_member(name: str, member: bool) -> None:
    assert role_of_body_name(name) is member


@slow
def test_a_member_of_a_body_keeps_his_own_words(real_extractor: Any) -> None:
    # (a body the gazetteer knows by its own name, which its claims are otherwise shown by)
    body = ("RIVERTON, June 30 - Officials of the Central Reserve Police Force (CRPF) said "
            "a joint team came under fire late Thursday near the village of Kovra and "
            "returned fire.\n"
            "\"This was a genuine encounter. Our men were fired upon by rebels and they "
            "responded,\" a senior CRPF officer said in Riverton.")
    parties = _speakers(real_extractor, body)
    assert parties["Our men"] == "senior CRPF officer"
    assert parties["joint team"].startswith("Officials of the Central Reserve Police")


@slow
def test_one_picked_out_of_a_group_keeps_his_own_words(real_extractor: Any) -> None:
    body = ("RIVERTON, April 11 - Jets bombed a village on Saturday, killing dozens, "
            "officials said, but tribal elders insisted the dead were villagers.\n"
            "\"There was not a single fighter in those houses. The dead are our people - "
            "labourers, old men and children,\" one elder said by telephone.")
    assert {k: v for k, v in _speakers(real_extractor, body).items()
            if k in ("villagers", "labourers")} == {"villagers": "tribal elders",
                                                   "labourers": "one elder"}


@slow
def test_counter_example_a_plain_resident_is_the_residents_heard_before(
        real_extractor: Any) -> None:
    body = ("RIVERTON, April 11 - Jets bombed a village on Saturday, residents said.\n"
            "\"The dead are our people - labourers and children,\" a resident said.")
    assert set(_speakers(real_extractor, body).values()) == {"residents"}


# ------------------------------------------------------------------ what an operation acted on

@slow
def test_intelligence_about_armed_men_is_an_account_of_the_target(real_extractor: Any) -> None:
    body = ("RIVERTON, Dec 5 - Six miners were shot dead by soldiers near Kovra village "
            "on Saturday, relatives said.\n"
            "The army said the unit acted on intelligence about the movement of insurgents "
            "in the area.\n"
            "Interior Minister Ola Danjuma said the operation had been carried out on the "
            "basis of specific intelligence about a gathering of rebel cadres.")
    told = _accounts(real_extractor, body)
    assert ("army", "insurgents", "armed_group", "use.intelligence_presence") in {
        (p.lower(), t, k, r) for p, t, k, r in told}
    assert any(t == "rebel cadres" and r == "use.intelligence_presence"
               and p.startswith("Interior Minister") for p, t, _, r in told)


@slow
def test_counter_example_intelligence_about_civilians_is_no_armed_account(
        real_extractor: Any) -> None:
    body = ("RIVERTON, Dec 5 - Six miners were shot dead by soldiers near Kovra village "
            "on Saturday, relatives said.\n"
            "The army said it had acted on information about the movement of civilians "
            "out of the area.")
    rules = {c.rule for c in _analysed(real_extractor, body)}
    assert not any(r.startswith("use.intelligence") for r in rules)


# ------------------------------------------------------------------ ", not" and "nothing"

@slow
def test_a_headlines_not_belongs_to_the_noun_after_it(real_extractor: Any) -> None:
    # the parse hangs "militia" on the reporting verb, away from "civilians"
    claims = _analysed(real_extractor, "RIVERTON - Officials gave no figure.",
                       headline="Kovra families say trench victims were civilians, not "
                                "militia")
    told = {(c.target.text, c.negated) for c in claims}
    assert ("civilians", False) in told and ("militia", True) in told


@slow
def test_counter_example_a_not_before_the_noun_still_denies_it(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "RIVERTON - Officials gave no figure.",
                       headline="Northland army says trench victims were not civilians")
    assert {(c.target.text, c.negated) for c in claims} == {("civilians", True)}


@slow
def test_a_collective_speaks(real_extractor: Any) -> None:
    body = ("RIVERTON - A group calling itself the Kovra Justice Collective said it had "
            "counted 400 dead. \"Those who were killed were civilians: farmers and traders,\" "
            "the collective said in a statement.")
    assert {c.party.name for c in _analysed(real_extractor, body)
            if c.target.text == "civilians"} == {"collective"}


@slow
def test_nothing_destroyed_answers_the_strike_told(real_extractor: Any) -> None:
    body = ("RIVERTON - Northland said its commandos struck several rebel launch pads "
            "across the frontier on Thursday.\n"
            "\"There were no camps here and nothing was destroyed,\" a Southland officer "
            "told reporters.")
    article = Article(id="t", headline="", body=body, source="Test Wire",
                      published=PUBLISHED)
    found = real_extractor.analyse([article])[0]
    assert any(c.rule == "miss.nothing_hit" and c.negated for c in found.claims)
    assert article_conflict(found) is not None


@slow
def test_counter_example_nothing_left_is_no_account(real_extractor: Any) -> None:
    body = ("RIVERTON - Northland said its commandos struck several rebel launch pads "
            "across the frontier on Thursday.\n"
            "\"Nothing was left of the house,\" a Southland officer told reporters.")
    assert not any(c.rule == "miss.nothing_hit" for c in _analysed(real_extractor, body))


# ------------------------------------------------------------------ follow-ups and named dead

@slow
def test_a_follow_up_leads_period_is_the_storys_own_strike(real_extractor: Any) -> None:
    body = ("RIVERTON, April 5 - A rights group on Tuesday accused Northland soldiers of "
            "executing around 300 civilian men in the town of Kovra last month. The army "
            "says the dead were jihadists.")
    assert any(p == "rights group" and t == "around 300 civilian men"
               for p, t, _, _ in _accounts(real_extractor, body))


@slow
def test_counter_example_a_later_sentences_last_month_is_background(
        real_extractor: Any) -> None:
    body = ("RIVERTON, April 5 - Jets struck a depot near Kovra on Monday, the army said.\n"
            "Last month, a strike in the town killed six people, residents said.")
    assert {c.target.text for c in _analysed(real_extractor, body)} == {"depot"}


@slow
def test_who_a_named_person_was_is_an_account(real_extractor: Any) -> None:
    body = ("RIVERTON - Police are facing anger over the killing of a 17-year-old in an "
            "anti-drug operation.\n"
            "Kovra City police say Tomas Andrada was a drug courier who fired at officers.\n"
            "His family say Tomas was a grade 11 student who never held a gun.")
    told = {(t, k, r) for _, t, k, r in _accounts(real_extractor, body)}
    assert ("grade 11 student", "civilians", "copula.named_person") in told
    assert any(r == "copula.named_person" and k in ("armed_group", "military")
               for _, k, r in told)


# ------------------------------------------------------------------ bodies named by a word

@pytest.mark.parametrize("name, shown", [
    ("preliminary United Nations", "United Nations"),  # a phrase's adjective before it
    ("United Nations", "United Nations"),
    ("preliminary findings", "preliminary findings"),  # no name of the body left
    ("member of the United Nations", "member of the United Nations"),  # a role of it
    ("monitors from the United Nations", "monitors from the United Nations"),
])
def test_a_bodys_name_loses_the_words_a_phrase_put_before_it(name: str, shown: str) -> None:
    assert _without_epithet(Actor("intl.un", name, "international_body"),
                            Gazetteer.default()) == shown


@slow
def test_an_epithet_or_a_kind_word_names_the_body_before_it(real_extractor: Any) -> None:
    body = ("RIVERTON - Northland jets bombed two al Shabaab camps in Gedo on Sunday, the "
            "military said.\n"
            "The Islamist group said the bombs fell harmlessly on farmland.\n"
            "The world body said civilians were hit.")
    parties = _speakers(real_extractor, body)
    assert parties["farmland"] == "Al-Shabaab"
    assert parties["civilians"] == "United Nations"


@slow
def test_the_group_is_the_movement_named_before(real_extractor: Any) -> None:
    body = ("RIVERTON - Soldiers clashed with members of the Kovra Islamic Movement (KIM) "
            "on Saturday.\n"
            "The group said soldiers killed hundreds of its followers.")
    assert _speakers(real_extractor, body)["hundreds of its followers"].startswith(
        "Kovra Islamic Movement")


@slow
def test_counter_example_the_group_with_no_body_named_before_is_the_group(
        real_extractor: Any) -> None:
    body = ("RIVERTON - Soldiers opened fire in the market on Saturday.\n"
            "The group said soldiers killed hundreds of its followers.")
    assert _speakers(real_extractor, body)["hundreds of its followers"] == "group"


# ------------------------------------------------------------------ joined participles

@slow
def test_a_participle_after_a_joined_noun_is_that_nouns(real_extractor: Any) -> None:
    body = ("RIVERTON - Anger mounted after police shot dead four people in a car, with the "
            "force insisting it had stopped rebels and relatives saying the dead were a "
            "shopkeeper, his wife and their teenage daughter.")
    assert _speakers(real_extractor, body)["shopkeeper"] == "relatives"


@slow
def test_counter_example_a_participle_after_a_thing_keeps_the_speaker_above(
        real_extractor: Any) -> None:
    body = ("RIVERTON - The army said it had struck depots and bunkers, saying the dead "
            "were fighters.")
    assert _speakers(real_extractor, body)["fighters"] == "army"


# ------------------------------------------------------------------ killed as, said by whom

@slow
def test_killed_as_tells_who_the_dead_were_and_the_nearer_subject_speaks(
        real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - Police in Kovra said on Saturday that three men the "
            "army said it had killed as infiltrators near the border last month were local "
            "labourers.")
    told = _accounts(real_extractor, body)
    assert ("army", "infiltrators", "armed_group", "casualty.killed_as") in told


@slow
def test_counter_example_scare_quotes_are_anothers_term(real_extractor: Any) -> None:
    body = ("RIVERTON - Soldiers shot dead three men near the border on Friday.\n"
            "Police said the men were killed as 'infiltrators' though they were labourers.")
    assert not any(r.startswith("casualty.killed_as")
                   for _, _, _, r in _accounts(real_extractor, body))


@slow
def test_a_thing_the_parse_made_a_second_subject_does_not_speak(real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - Some reports said that a helicopter bombed people "
            "celebrating a wedding in the village of Kovra, but Defence Minister Ola Danjuma "
            "said no helicopters were engaged in the Jan. 3 strike that \u201celiminated "
            "several dozen rebels.\u201d")
    assert any(p.startswith("Defence Minister") and t == "several dozen rebels"
               for p, t, _, _ in _accounts(real_extractor, body))


# ------------------------------------------------------------------ how the dead were presented

@slow
def test_who_presented_the_dead_as_rebels_tells_it(real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - Soldiers killed four young men near Kovra on Monday, "
            "police said.\n"
            "Northland dismissed 27 army officers on Wednesday over the killing of young "
            "civilians who were later reported by the military as rebels slain in combat.\n"
            "The brigade had reported the young men as members of armed groups killed in "
            "clashes near Kovra.")
    told = _accounts(real_extractor, body)
    assert ("military", "rebels", "armed_group", "copula.presented_as") in told
    assert ("brigade", "members of armed groups", "armed_group",
            "copula.presented_as") in told
    # a sacking is no denial that civilians were killed
    assert not any(p == "Northland" for p, _, _, _ in told)


@slow
def test_counter_example_a_mother_telling_how_they_presented_her_son(
        real_extractor: Any) -> None:
    body = ("RIVERTON - Soldiers killed four young men near Kovra last year.\n"
            "\"They presented my son as the leader of a rebel group, with a pistol in his "
            "hand,\" his mother said.")
    assert not any(r == "copula.presented_as" for _, _, _, r in _accounts(real_extractor, body))


@slow
def test_gunned_down_is_a_toll_the_count_after_it_stands_for(real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - Security forces gunned down five foreigners near a "
            "checkpoint on Tuesday, officials said.\n"
            "Police said the five were rebels who had thrown grenades at a post.")
    told = _accounts(real_extractor, body)
    assert ("officials", "five foreigners", "civilians", "hit.object") in told
    assert any(p == "Police" and t == "rebels" for p, t, _, _ in told)


@slow
def test_a_patrol_kills_in_the_ensuing_clash(real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - The army initially said its patrol came under fire from "
            "a warehouse and killed 22 gunmen in the ensuing clash.\n"
            "A rights commission said soldiers executed between 12 and 15 people after they "
            "had surrendered.")
    rules = {t: (p, r) for p, t, _, r in _accounts(real_extractor, body)}
    assert rules["22 gunmen"] == ("army", "casualty.object")
    assert "casualty.between_count" in {r for _, r in rules.values()}


@slow
def test_counter_example_killed_in_the_clashes_is_the_fightings_toll(
        real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - Kovra has been tense for months.\n"
            "The army said its patrol killed 22 gunmen in the clashes this year.")
    assert not any(t == "22 gunmen" for _, t, _, _ in _accounts(real_extractor, body))


@slow
def test_what_the_targets_consisted_of_is_an_account(real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - A rights group said an air raid on Kovra killed seven "
            "civilians.\n"
            "Military spokesman Ola Danjuma said the targets had been selected on the basis "
            "of accurate intelligence and consisted solely of bases and ammunition stores.")
    assert {t for _, t, _, r in _accounts(real_extractor, body)
            if r == "copula.target_consisted"} == {"bases", "ammunition stores"}


@slow
def test_where_someone_was_shot_is_no_target(real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - Police shot dead a retired army major at a checkpoint in "
            "Kovra on Friday, officials said.")
    assert "checkpoint" not in {t for _, t, _, _ in _accounts(real_extractor, body)}


@slow
def test_counter_example_rockets_shot_at_a_base_aim_at_it(real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - Rebels shot rockets at an army base in Kovra on Friday, "
            "officials said.")
    assert "army base" in {t for _, t, _, _ in _accounts(real_extractor, body)}


@slow
def test_a_city_in_capitals_with_a_possessive_opens_a_dateline(real_extractor: Any) -> None:
    doc = real_extractor.nlp("COX'S BAZAR, Bangladesh - The widow said soldiers killed her "
                             "husband.")
    assert [t.text for t in doc if in_dateline(t)][:3] == ["COX", "'S", "BAZAR"]
    assert not in_dateline(doc[[t.text for t in doc].index("widow")])


@slow
def test_counter_example_a_group_designated_is_no_dead_presented(real_extractor: Any) -> None:
    body = ("RIVERTON (Test Wire) - A strike killed four fighters of the Kovra Brigade on "
            "Monday, officials said.\n"
            "The brigade is linked to the Kovra Front, which Northland lists as a terrorist "
            "organisation.")
    assert not any(r == "copula.presented_as" for _, _, _, r in _accounts(real_extractor, body))
