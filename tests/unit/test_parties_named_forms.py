"""Speakers as a reporter names them (issue 8, batch b01-b18): a rank abbreviation that
does not end the sentence, a person named between commas after a role or in a clause
("who gave his name as"), an age that is no part of a name, "the governor" as the
governor named before, "the dissident group" as the name an apposition described so, a
patron that is not the speaker ("the al Qaeda-linked group"), "he" that keeps his name, a
name the tagger took for a verb, and one name for "minister, Name" and "minister Name".
Each rule has an example and a counter-example; the speaker tests parse team-written
sentences with the real model (``slow``)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.mentions import _TITLE_COMMA_NAME, stranded_subject
from tests.unit.test_parties import first_and_last, one, speakers

slow = pytest.mark.slow


def test_a_title_and_its_holder_are_one_name_with_or_without_the_comma() -> None:
    assert _TITLE_COMMA_NAME.sub(r"\1 \2", "Kermanshah governor, Manouchehr Habibi") == \
        "Kermanshah governor Manouchehr Habibi"
    assert _TITLE_COMMA_NAME.sub(r"\1 \2", "local official, Ali Brahim") == \
        "local official Ali Brahim"
    # counter-examples: a name and the description after it, a list of names
    for text in ("Avichay Adraee, the Israeli army's Arabic-language spokesman",
                 "Mohamed Idris, a volunteer with the emergency room",
                 "Hamas, Islamic Jihad"):
        assert _TITLE_COMMA_NAME.sub(r"\1 \2", text) == text


def test_gazetteer_red_crescent_societies_of_their_states() -> None:
    gaz = Gazetteer.default()
    ircs = gaz.actor_by_alias("Iranian Red Crescent Society")
    assert ircs is not None and ircs.id == "ir.ircs" and ircs.country == "IR"
    # counter-example: the movement's bare name stays the international body
    icrc = gaz.actor_by_alias("Red Crescent")
    assert icrc is not None and icrc.id == "intl.icrc"


@slow
def test_a_person_named_between_commas_after_a_role(real_extractor: Any) -> None:
    doc = real_extractor.nlp("According to a local official, Hazrat Gul, the strikes destroyed "
                             "three houses in Barmal.")
    claims = doc._.claims
    assert claims and {c.party.name for c in claims} == {"local official Hazrat Gul"}
    actor = one(real_extractor, "A vigilante leader in Safana, Sani Musa, said his men counted "
                                "34 bodies.")
    assert actor is not None and actor.name == "vigilante leader Sani Musa"
    # counter-example: a role with no name after it stays an anonymous source
    actor = one(real_extractor, "A vigilante leader in Safana said his men counted 34 bodies.")
    assert actor is not None and actor.id.startswith("source.") and "Musa" not in actor.name


@slow
def test_the_name_a_clause_gives_the_role(real_extractor: Any) -> None:
    actor = one(real_extractor, "A neighbour who gave his name as Abu Fadi said the strike hit "
                                "a family home.")
    assert actor is not None and actor.name == "neighbour Abu Fadi"
    # counter-example: a clause that withholds the name gives none
    actor = one(real_extractor, "A neighbour who asked not to be named for fear of Hezbollah said "
                                "the strike hit a family home.")
    assert actor is not None and actor.name == "neighbour"


@slow
def test_an_age_is_no_part_of_the_name(real_extractor: Any) -> None:
    actor = one(real_extractor, "\"My brother was killed in a classroom,\" said Umm Khaled, 45, "
                                "who had been sheltering there.")
    assert actor is not None and actor.name == "Umm Khaled"
    # counter-example: a number inside a unit's name stays
    actor = one(real_extractor, "The 55th Brigade said its drones hit a depot.")
    assert actor is not None and "55th" in actor.name


@slow
def test_the_governor_is_the_governor_named_before(real_extractor: Any) -> None:
    first, last = first_and_last(
        real_extractor, "Donetsk regional governor Vadym Filashkin said the missile hit a hotel. "
                        "\"There were only civilians there,\" the governor said.")
    assert last == first and "Filashkin" in last.name
    # counter-example: another title is not his
    first, last = first_and_last(
        real_extractor, "Donetsk regional governor Vadym Filashkin said the missile hit a hotel. "
                        "\"There were only civilians there,\" the mayor said.")
    assert last.id != first.id and "Filashkin" not in last.name


@slow
def test_a_spokesman_named_with_his_title_keeps_his_words(real_extractor: Any) -> None:
    text = ("Nigerian jets bombed bandit camps in Katsina, the military said. {} said the "
            "strikes hit hideouts of a gang.")
    found = speakers(real_extractor, text.format(
        "Nigerian Air Force spokesman Air Vice Marshal Olusola Akinboyewa"))
    assert found[-1] is not None and "Akinboyewa" in found[-1].name
    # counter-example: the body itself keeps the name it was first given
    found = speakers(real_extractor, text.format("The Nigerian Air Force"))
    assert found[-1] is not None and found[-1].name == found[0].name


@slow
def test_a_patron_linked_to_the_group_is_not_the_speaker(real_extractor: Any) -> None:
    first, last = first_and_last(
        real_extractor, "Al Shabaab said it attacked the hotel. In a statement, the al "
                        "Qaeda-linked group said its fighters targeted officials.")
    assert first.id == "group.al-shabaab" and last.id == first.id
    # counter-example: a body a side runs is that side's
    actor = one(real_extractor, "Afghanistan's Taliban-run government said the jets bombed a "
                                "mosque.")
    assert actor is not None and actor.id == "group.taliban"


@slow
def test_the_dissident_group_is_the_name_an_apposition_described(real_extractor: Any) -> None:
    text = ("Police said the attack was carried out by the Jaime Martinez front, a dissident "
            "faction of the former FARC guerrillas. In a statement, the {} group said it had "
            "attacked the enemy's positions.")
    found = speakers(real_extractor, text.format("dissident"))
    assert found[-1] is not None and found[-1].name == "Jaime Martinez front"
    # counter-example: a modifier no apposition used leaves the group named before
    found = speakers(real_extractor, text.format("rebel"))
    assert found[-1] is not None and found[-1].id == "group.farc"


@slow
def test_he_keeps_the_name_of_the_man_who_spoke(real_extractor: Any) -> None:
    found = speakers(real_extractor, "The PMF said its headquarters was hit. \"These were state "
                                     "positions,\" said Qasim Musleh, a PMF commander. A clinic "
                                     "was also destroyed, he said.")
    assert found[-1] is not None and "Musleh" in found[-1].name
    # counter-example: "it" after the body is the body under its own name
    first, last = first_and_last(
        real_extractor, "The PMF said its headquarters was hit. A clinic was also destroyed, it "
                        "said.")
    assert last.id == first.id and "Musleh" not in last.name


@slow
def test_a_name_the_tagger_took_for_a_verb(real_extractor: Any) -> None:
    doc = real_extractor.nlp("Syria's state news agency SANA, citing local sources, said the "
                             "\"American aggression\" targeted a civilian house.")
    said = next(t for t in doc if t.lower_ == "said")
    found = stranded_subject(said)
    assert found is not None and found.text == "SANA"
    assert {c.party.id for c in doc._.claims} == {"sy.sana"}
    # counter-example: the quote's own verb before "said" is no speaker
    doc = real_extractor.nlp("\"We hit the depot,\" the army said.")
    said = next(t for t in doc if t.lower_ == "said")
    found = stranded_subject(said)
    assert found is None or found.text != "hit"


@slow
def test_the_society_s_head_is_named_by_the_society(real_extractor: Any) -> None:
    first, last = first_and_last(
        real_extractor, "The Iranian Red Crescent Society said rescuers pulled five bodies from a "
                        "building. The society's head, Pirhossein Kolivand, said three volunteers "
                        "were wounded.")
    assert first.id == "ir.ircs" and last.name == \
        "Iranian Red Crescent Society head Pirhossein Kolivand"
    # counter-example: a society the story never named is nobody heard before
    actor = one(real_extractor, "The society's head, Pirhossein Kolivand, said three "
                                "volunteers were wounded.")
    assert actor is None or not actor.id.startswith("ir.ircs")


def test_a_body_named_with_its_acronym_in_brackets_keeps_both() -> None:
    from pipeline.nlp.mentions import bracketed_names

    gaz = Gazetteer.default()
    whole = bracketed_names("The Libyan National Army (LNA) said it hit a depot. The LNA "
                            "said no civilians were hurt. U.S. Central Command (CENTCOM) said. "
                            "The Armed Forces of the Democratic Republic of Congo (FARDC) "
                            "said.", gaz)
    assert whole["lna"] == whole["libyan national army"] == "Libyan National Army (LNA)"
    assert whole["centcom"] == "U.S. Central Command (CENTCOM)"  # the gazetteer pairs them
    # the gazetteer pairs a French acronym with the English name
    assert whole["fardc"].startswith("Armed Forces of the Democratic Republic of Congo")
    # counter-examples: a credit line and a country in brackets are no acronyms
    assert bracketed_names("KYIV (Reuters) - Police in Kano (Nigeria) said.", gaz) == {}


@slow
def test_claims_show_the_name_and_acronym_the_copy_paired(real_extractor: Any) -> None:
    doc = real_extractor.nlp("Fighting near Tripoli involved the Libyan National Army (LNA). "
                             "The LNA said its jets hit a militia depot.")
    assert {c.party.name for c in doc._.claims} == {"Libyan National Army (LNA)"}
    # counter-example: copy that never pairs them shows the acronym as written
    doc = real_extractor.nlp("The LNA said its jets hit a militia depot.")
    assert {c.party.name for c in doc._.claims} == {"LNA"}


@slow
def test_a_dateline_city_is_nobody_the_government_stands_for(real_extractor: Any) -> None:
    doc = real_extractor.nlp("FREETOWN, Nov 27 (Test Wire) - Gunmen attacked the main military "
                             "barracks before dawn on Sunday, killing 13 soldiers, the government "
                             "said.")
    names = {c.party.name for c in doc._.claims}
    assert names and "FREETOWN" not in names
    # counter-example: a capital that speaks is its state
    actor = one(real_extractor, "Freetown said the gunmen attacked the main military barracks.")
    assert actor is not None and actor.id == "state.sl"


@slow
def test_no_group_is_nobody(real_extractor: Any) -> None:
    found = speakers(real_extractor, "No group has claimed the attack.")
    assert found == [None]
    # counter-example: a group that claimed it is a speaker
    found = speakers(real_extractor, "A faction of the Pakistani Taliban claimed the attack.")
    assert found[0] is not None and found[0].id == "group.ttp"


def test_a_body_s_own_name_against_a_description() -> None:
    from pipeline.nlp.mentions import described, proper_name

    assert proper_name("Autonomous Administration of North and East Syria")
    assert proper_name("Rapid Support Forces (RSF)") and described("Guyana's military")
    # counter-examples: a description, a titled person, an acronym alone
    assert not proper_name("region's Kurdish-led administration")
    assert not proper_name("army spokesman Col. Ali Musa") and not proper_name("IRGC")
    assert not described("army spokesman Col. Ali Musa") and not described("Guyana Defence Force")


@slow
def test_the_lead_s_description_gives_way_to_the_body_s_own_name(real_extractor: Any) -> None:
    text = ("Guyana's military said gunmen fired on a boat carrying soldiers, wounding two of "
            "them. {} said the boat was clearly marked.")
    doc = real_extractor.nlp(text.format("The Guyana Defence Force"))
    assert {c.party.name for c in doc._.claims} == {"Guyana Defence Force"}
    # counter-example: a story that never gives the own name keeps the description
    doc = real_extractor.nlp(text.format("The military"))
    assert {c.party.name for c in doc._.claims} == {"Guyana's military"}


@slow
def test_said_after_the_account_with_the_parse_leaving_it_unattached(
        real_extractor: Any) -> None:
    doc = real_extractor.nlp("The strike hit a command post, said a statement from the Syrian "
                             "Democratic Forces (SDF).")
    assert {c.party.id for c in doc._.claims} == {"group.sdf"}
    # counter-example: an account with no reporting verb is nobody's
    doc = real_extractor.nlp("The strike hit a command post of the Syrian Democratic Forces.")
    assert "group.sdf" not in {c.party.id for c in doc._.claims}


@slow
def test_a_naming_clause_on_the_role_s_tail_and_its_spokesman(real_extractor: Any) -> None:
    actor = one(real_extractor, "A relative of one of the victims, who gave only his first name, "
                                "Ali, said the drone hit a wedding tent.")
    assert actor is not None and actor.name.endswith("Ali")
    found = speakers(real_extractor, "Ukraine's air force said it had shot down 20 drones. Its "
                                     "spokesman, Yuriy Ihnat, said a drone hit a substation.")
    assert found[-1] is not None and found[-1].name.endswith("spokesman Yuriy Ihnat")
    # counter-examples: a clause that names nobody; the body itself keeps its name
    actor = one(real_extractor, "A relative of one of the victims, who did not give his name for "
                                "fear of the Taliban, said the drone hit a wedding tent.")
    assert actor is not None and "Taliban" not in actor.name
    assert found[0] is not None and found[0].name == "Ukraine's air force"


@slow
def test_an_acronym_between_commas_after_the_name(real_extractor: Any) -> None:
    actor = one(real_extractor, "The U.N. refugee agency, UNHCR, said the strike hit a shelter.")
    assert actor is not None and actor.name == "U.N. refugee agency (UNHCR)"
    # counter-example: another body's acronym in a list is not its name
    actor = one(real_extractor, "The army, ISIS and the police said the strike hit a shelter.")
    assert actor is None or "(ISIS)" not in actor.name


@slow
def test_where_a_witness_is_stays_in_the_name(real_extractor: Any) -> None:
    actor = one(real_extractor, "A pastor in a nearby village said the church was bombed.")
    assert actor is not None and actor.name == "pastor in a nearby village"
    # counter-example: a body "in a statement" or "in the area" keeps no such words
    actor = one(real_extractor, "The army in a statement said the jets hit a depot.")
    assert actor is not None and "statement" not in actor.name
    actor = one(real_extractor, "Hamas in the area said the jets hit a school.")
    assert actor is not None and "area" not in actor.name


@slow
def test_the_words_before_the_head_say_whose_the_officials_are(real_extractor: Any) -> None:
    actor = one(real_extractor, "Russian-installed officials in Ukraine's occupied Luhansk region "
                                "said a Ukrainian missile destroyed a bakery.")
    assert actor is not None and actor.country == "RU" and "Luhansk" in actor.name
    # counter-example: officials with no state word before them are those of the place
    actor = one(real_extractor, "Officials in Ukraine's Luhansk region said a Russian missile "
                                "destroyed a bakery.")
    assert actor is not None and actor.country == "UA"


@slow
def test_one_man_said_is_one_of_the_group_before(real_extractor: Any) -> None:
    actor = one(real_extractor, "Relatives of the dead gathered outside the hospital. \"My sister "
                                "was killed in her sleep,\" one man said.")
    assert actor is not None and actor.name == "one of the relatives of the dead"
    # counter-examples: with no group before, one woman is herself; a toll is nobody
    actor = one(real_extractor, "\"The drone hit the house at dawn,\" one woman said.")
    assert actor is not None and actor.name == "one woman"
    doc = real_extractor.nlp("One woman was killed when the drone hit the house, the army said.")
    assert {c.party.name for c in doc._.claims} <= {"army"}


@slow
def test_a_local_body_is_of_the_dateline_s_state_not_the_attacker_s(
        real_extractor: Any) -> None:
    text = ("{}, Sept 16 (Test Wire) - Kyrgyz shelling on Friday hit a mosque in the village "
            "of Ovchi-Kalacha, killing a woman, the regional administration said.")
    doc = real_extractor.nlp(text.format("DUSHANBE"))
    parties = {(c.party.name, c.party.country) for c in doc._.claims}
    assert parties == {("Tajikistan's regional administration", "TJ")}
    # counter-example: with no dateline, no state is made up for it
    doc = real_extractor.nlp(text.format("ISFARA").replace("ISFARA, Sept 16 (Test Wire) - ", ""))
    assert "TJ" not in {c.party.country for c in doc._.claims}


@slow
def test_a_rank_before_a_closing_speaker_leaves_the_claim_in_its_sentence(real_extractor: Any
                                                                          ) -> None:
    # A rank abbreviation made one token ("Col.") ended this sentence at the rank, so the
    # strike was left with no speaker but the outlet; the model's own "Col" "." does not
    doc = real_extractor.nlp("The army destroyed a separatist camp near Batibo, Defense "
                             "ministry spokesman Col. Emile Ngoa Fouda said on Tuesday.")
    assert len(list(doc.sents)) == 1
    assert [c.target.text for c in doc._.claims] == ["separatist camp"]
    # counter-example: the rank before a speaker who opens the sentence keeps the title
    actor = one(real_extractor, "Police spokesman Maj. Ali Musa said the bomb hit a market.")
    assert actor is not None and actor.name == "Police spokesman Maj. Ali Musa"
