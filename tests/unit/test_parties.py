"""Parties a reporter would write: speakers resolved by :class:`MentionResolver` on small
team-written texts (the real model parses them: marked ``slow``), and phrase building on
hand-made parses (no model)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from pipeline.domain.models import Actor
from pipeline.nlp import lexicon as lx
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.mentions import MentionResolver, phrase_text, phrase_tokens


def speakers(extractor: Any, text: str) -> list[Actor | None]:
    """The party behind the subject of each reporting verb, in text order."""
    doc = extractor.nlp(text)
    resolver = MentionResolver(Gazetteer.default())
    out: list[Actor | None] = []
    for tok in doc:
        if tok.lemma_.lower() in lx.REPORT_VERBS and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                out.append(resolver.speaker(subj))
    return out


def one(extractor: Any, text: str) -> Actor | None:
    found = speakers(extractor, text)
    assert found, f"no reporting verb with a subject in {text!r}"
    return found[-1]


def first_and_last(extractor: Any, text: str) -> tuple[Actor, Actor]:
    found = speakers(extractor, text)
    first, last = found[0], found[-1]
    assert first is not None and last is not None, found
    return first, last


slow = pytest.mark.slow


@slow
@pytest.mark.parametrize(("text", "actor_id", "name"), [
    # "Britain-based" is kept whole and the Observatory resolved, not "based Syrian ..."
    ("The Britain-based Syrian Observatory for Human Rights said the raids hit a bakery.",
     "sy.syrian-observatory", "Britain-based Syrian Observatory for Human Rights"),
    # "-led" names the leader's coalition
    ("The Saudi-led coalition said its jets hit a weapons depot.", "sa.coalition",
     "Saudi-led coalition"),
    # a statement speaks for its owner
    ("A statement from the Nigerian army said the jets hit a militant camp.", "ng.military",
     None),
    # "Iran-backed" names a patron; "the rebels" are the group named before
    ("Yemen's Houthi rebels attacked a ship on Friday. The Iran-backed rebels said they "
     "struck the vessel.", "group.houthis", None),
    # a dateline is not the speaker; the subject after it is
    ("SANAA: Yemen's Houthi rebels claimed an attack on a US ship.", "group.houthis", None),
    # a capital speaks for its state, whatever the recogniser thought it was
    ("Kyiv said the missile hit a pizzeria.", "state.ua", "Kyiv"),
])
def test_speaker_resolves_to(real_extractor: Any, text: str, actor_id: str,
                             name: str | None) -> None:
    actor = one(real_extractor, text)
    assert actor is not None and actor.id == actor_id
    if name is not None:
        assert actor.name == name


@slow
@pytest.mark.parametrize("text", [
    "Videos showed the strike hit a house.",
    "Dozens reported killed in the raid on the camp.",
    "The air strikes showed that the depot was a target.",
    "Source: Telegram Details said the depot was a target.",
    "In their respective statement, the respective statement said the depot was hit.",
    "At least 44 people were killed, the mission reported. At least 44 people said nothing.",
])
def test_things_media_and_tolls_are_not_parties(real_extractor: Any, text: str) -> None:
    assert one(real_extractor, text) is None


@slow
def test_definite_ministry_is_the_ministry_heard_before(real_extractor: Any) -> None:
    first, second = first_and_last(
        real_extractor,
        "Lebanon's health ministry said the strike hit a house. Hezbollah said it fired "
        "rockets. The ministry said two children were killed.",
    )
    assert first.id == second.id and first.country == "LB" and first.type == "ministry"


@slow
def test_named_spokesman_keeps_title_and_name_on_later_mentions(real_extractor: Any) -> None:
    first, later = first_and_last(
        real_extractor,
        "Kremlin spokesman Dmitry Peskov said the missile was shot down. "
        "Peskov said Ukraine was to blame.",
    )
    assert later.id == first.id
    assert later.name == "Kremlin spokesman Dmitry Peskov"


@slow
def test_headline_word_is_not_the_body_speaker(real_extractor: Any) -> None:
    actor = one(real_extractor, "Woman and two children among 10 killed in strike\n\n"
                                "Lebanon's Health Ministry says an Israeli strike killed ten "
                                "people.")
    assert actor is not None and actor.type == "ministry" and "\n" not in actor.name


@slow
def test_generic_alias_inside_a_longer_name_is_not_the_un(real_extractor: Any) -> None:
    actor = one(real_extractor, "The Norland Region's Security Council said the missiles hit "
                                "a house.")
    assert actor is not None and actor.id != "intl.un"


# ------------------------------------------------------------------ no model

def _doc(words: list[str], spaces: list[bool], heads: list[int], deps: list[str],
         pos: list[str]) -> Doc:
    return Doc(English().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_phrase_joins_a_hyphen_compound_cut_by_the_parse() -> None:
    # "the Saudi-led coalition said": "Saudi" hangs off "led" as npadvmod
    doc = _doc(["the", "Saudi", "-", "led", "coalition", "said"],
               [True, False, False, True, True, False],
               [4, 3, 3, 4, 5, 5], ["det", "npadvmod", "punct", "amod", "nsubj", "ROOT"],
               ["DET", "PROPN", "PUNCT", "VERB", "NOUN", "VERB"])
    assert phrase_text(phrase_tokens(doc[4])) == "Saudi-led coalition"


def test_phrase_stops_at_a_line_break() -> None:
    doc = _doc(["terrorist", "camp", "\n\n", "India", "claimed"],
               [True, False, False, True, False],
               [1, 3, 1, 4, 4], ["amod", "compound", "dep", "nsubj", "ROOT"],
               ["ADJ", "NOUN", "SPACE", "PROPN", "VERB"])
    assert phrase_text(phrase_tokens(doc[3])) == "India"


def test_phrase_keeps_a_closed_bracket_and_drops_an_open_one() -> None:
    doc = _doc(["Israel", "Defense", "Forces", "(", "IDF", ")", "said"],
               [True, True, True, False, False, True, False],
               [2, 2, 6, 2, 2, 2, 6],
               ["compound", "compound", "nsubj", "punct", "appos", "punct", "ROOT"],
               ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"])
    assert phrase_text(phrase_tokens(doc[2])) == "Israel Defense Forces (IDF)"
    cut = _doc(["Revolutionary", "Guards", "(", "IRGC", "said"],
               [True, True, False, True, False],
               [1, 4, 1, 1, 4], ["compound", "nsubj", "punct", "appos", "ROOT"],
               ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB"])
    assert phrase_text(phrase_tokens(cut[1])) == "Revolutionary Guards"


def test_phrase_drops_a_citing_participle_the_parse_took_into_the_name() -> None:
    # "Quoting officials, news agency X said": "Quoting" parsed as a compound of the source
    doc = _doc(["Quoting", "officials", ",", "the", "agency", "said"],
               [True, False, True, True, True, False],
               [1, 5, 5, 4, 5, 5], ["compound", "nsubj", "punct", "det", "nsubj", "ROOT"],
               ["VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB"])
    assert phrase_text(phrase_tokens(doc[1])) == "officials"
    # counter-example: a name that holds such a word elsewhere keeps it
    doc = _doc(["Officials", "quoting", "sources", "said"], [True, True, True, False],
               [3, 0, 1, 3], ["nsubj", "acl", "dobj", "ROOT"], ["NOUN", "VERB", "NOUN", "VERB"])
    assert phrase_text(phrase_tokens(doc[0])) == "Officials"


@slow
def test_monitoring_group_is_the_monitor_heard_before_not_a_militia(real_extractor: Any) -> None:
    monitor, later = first_and_last(
        real_extractor,
        "The Syrian Observatory for Human Rights said the jets hit a market. Hayat Tahrir "
        "al-Sham said it shot down a drone. The Britain-based monitoring group said 20 people "
        "were killed.",
    )
    assert later.id == monitor.id == "sy.syrian-observatory"


@slow
def test_partitive_speaks_for_what_it_counts(real_extractor: Any) -> None:
    actor = one(real_extractor, "One of the residents said the strike hit a bakery.")
    assert actor is not None and actor.type == "source" and "resident" in actor.name


@slow
def test_the_report_belongs_to_the_report_named_before(real_extractor: Any) -> None:
    _, later = first_and_last(
        real_extractor,
        "Iran's foreign minister said the drones hit militants. A Pakistani intelligence "
        "report said two children were killed. The report also said the drones hit a mosque.",
    )
    assert later.country == "PK" and later.name == "Pakistani intelligence"


def test_scorer_reads_number_demonym_and_spelling_as_one_word() -> None:
    from scripts.score import party_matches, party_named

    assert party_matches("Houthis", ["Yemen's Houthi rebels"])
    assert party_matches("resident of the village", ["residents"])
    assert party_named("Russian Defense Ministry", ["Russia's defence ministry"])
    # counter-examples: a short word or a different word is not a variant
    assert not party_matches("Iran", ["Iraqi officials"])
    assert not party_matches("US Central Command", ["USA Today"])
    assert not party_named("Armed forces", ["Armenian officials"])


@slow
@pytest.mark.parametrize(("text", "actor_id"), [
    # an alias two actors share names the one whose country the article is about
    ("The IAF said it hit a Hamas command post in Gaza. Israel said the strike was precise.",
     "il.idf"),
    # counter-example: the same alias in Indian copy stays the Indian forces
    ("The IAF said it hit a militant camp near Balakot. Indian officials in New Delhi said "
     "the camp was empty.", "in.military"),
])
def test_shared_alias_is_settled_by_the_article_country(
    real_extractor: Any, text: str, actor_id: str
) -> None:
    actor = speakers(real_extractor, text)[0]
    assert actor is not None and actor.id == actor_id, actor


@slow
@pytest.mark.parametrize(("text", "name"), [
    # the relative clause's object taken for the subject: the speaker is the clause's noun
    ("Iraq's Kurdish fighters hit a Turkish supply convoy near the mountain town of Zakho, the "
     "Turkish-led coalition that is fighting the PKK-aligned group in Iraq said on Friday.",
     "Turkish-led coalition"),
    # counter-example: a clause with its own object leaves the subject alone
    ("The coalition that is fighting the rebels hit a depot, the Houthis said on Tuesday.",
     "Houthis"),
])
def test_object_of_a_relative_clause_is_not_the_speaker(
    real_extractor: Any, text: str, name: str
) -> None:
    actor = one(real_extractor, text)
    assert actor is not None and actor.name == name, actor


def _anaphor_rows() -> list[dict[str, Any]]:
    import json

    from pipeline.nlp.mentions import ANAPHORS_FILE

    return [json.loads(line) for line in ANAPHORS_FILE.read_text().splitlines() if line.strip()]


def test_anaphor_table_refuses_a_head_twice_or_an_unknown_type() -> None:
    from pipeline.nlp.mentions import load_anaphors

    row = {"id": "a", "heads": ["army"], "types": ["military"], "example": "x",
           "counter_example": "y"}
    assert load_anaphors([row])["army"] == frozenset({"military"})
    with pytest.raises(ValueError, match="twice"):
        load_anaphors([row, {**row, "id": "b"}])
    with pytest.raises(ValueError, match="unknown types"):
        load_anaphors([{**row, "types": ["wizard"]}])


@slow
@pytest.mark.parametrize("row", _anaphor_rows(), ids=lambda r: r["id"])
def test_anaphor_row_example_and_counter_example(real_extractor: Any, row: dict[str, Any]
                                                 ) -> None:
    # example: the definite noun names the party heard before; counter: another head does not
    first, last = first_and_last(real_extractor, row["example"])
    assert last.id == first.id, (first, last)
    first, last = first_and_last(real_extractor, row["counter_example"])
    assert last.id != first.id, (first, last)


def test_loose_scorer_reads_label_forms_abbreviations_and_aliases() -> None:
    from scripts.score import label_forms, party_matches, party_named

    # a bracketed note is not part of the name; a bracketed acronym is another name
    assert party_matches("Pentagon (initial claim)", ["Pentagon"], loose=True)
    assert not party_matches("Pentagon (initial claim)", ["Pentagon"])
    assert party_matches("Libyan National Army (LNA)", ["LNA"], loose=True)
    assert label_forms("US military / Pentagon") == ["US military", "Pentagon"]
    assert party_matches("farmers and herders (told AFP)", ["herders"], loose=True)
    assert party_matches("IDF spokesperson Brig. Gen. Avi Tal", ["Brigadier General Avi Tal"],
                         loose=True)
    # an alias counts only where it holds the label's words or they hold it
    assert party_named("Israeli military", ["Israel Defense Forces"], True,
                       ["Israel Defense Forces", "IDF"])
    assert party_matches("UNIFIL spokeswoman", ["United Nations Force in Lebanon"], True,
                         ["UNIFIL"])
    # counter-examples: a stray word of a long alias, a state for its ministry, a patron
    assert not party_matches("Iraqi police", ["IS"], True, ["Islamic State of Iraq and Syria"])
    assert not party_matches("Pakistan foreign ministry", ["Islamabad"], True, ["Pakistan"])
    assert not party_named("pro-Iranian militia", ["the Iranians"], loose=True)
    assert not party_matches("Kurdish council (quoting the IRGC)", ["Guards"], True, ["IRGC"])


def speaker_of(extractor: Any, text: str, word: str) -> Actor | None:
    """The party behind the phrase headed by the first token ``word``."""
    doc = extractor.nlp(text)
    head = next(t for t in doc if t.text == word)
    return MentionResolver(Gazetteer.default()).speaker(head)


@slow
def test_a_headline_credit_names_the_speaker(real_extractor: Any) -> None:
    text = ("Ukraine is to blame for the blast at the depot - Kremlin\n\n"
            "The depot burned for hours on Monday.")
    actor = speaker_of(real_extractor, text, "Ukraine")
    assert actor is not None and actor.id == "ru.presidency"
    # counter-examples: a wire credit is not the speaker, nor a hyphen inside a name
    wire = speaker_of(real_extractor, "Moscow denies its jets bombed the convoy: agencies\n\n"
                      "The convoy burned for hours.", "Moscow")
    assert wire is not None and wire.id == "state.ru"
    body = speaker_of(real_extractor, "Ruritania says its jets hit an al-Qaeda camp\n\n"
                      "The camp burned for hours.", "Ruritania")
    assert body is None or body.id != "group.al-qaeda"


@slow
def test_a_body_cut_off_before_a_title_keeps_its_spokesman(real_extractor: Any) -> None:
    text = ("Blast was caused by air defence, Moscow says\n\n"
            "Kremlin spokesman Dmitry Peskov said on Monday that the rocket fell on a flat.")
    found = speakers(real_extractor, text)
    assert any(a is not None and a.id == "ru.presidency" and "Peskov" in a.name
               for a in found), found


@slow
def test_a_spokesman_speaks_only_for_a_body_of_his_kind(real_extractor: Any) -> None:
    other = one(real_extractor, "The United States said the group committed abuses. Military "
                "spokesman Omar Hadi said the jets did not hit the market.")
    assert other is not None and other.id != "state.us" and "Omar Hadi" in other.name
    # a bare title speaks for the body last heard, and both names are kept
    _, same = first_and_last(real_extractor, "The Russian defence ministry said its jets hit "
                             "a depot. Spokesman Igor Konashenkov said the jets hit a bunker.")
    assert same.id == "ru.defence-ministry"
    assert "Konashenkov" in same.name and "defence ministry" in same.name.lower()


@slow
def test_an_owner_is_named_without_its_possessive(real_extractor: Any) -> None:
    actor = one(real_extractor, "The KDP's account on X said civilians were killed.")
    assert actor is not None and actor.name == "KDP"


@slow
def test_a_titled_source_takes_the_name_the_story_gives_it_later(real_extractor: Any) -> None:
    first, _ = first_and_last(real_extractor, "A drone hit a bus, a lawmaker said on Monday. "
                              "Omar Dahir, a lawmaker from the region, told reporters the bus "
                              "carried farmers.")
    assert first.name == "lawmaker Omar Dahir"
    # counter-example: two lawmakers named, so the first stays unnamed
    first, _ = first_and_last(real_extractor, "A drone hit a bus, a lawmaker said on Monday. "
                              "Omar Dahir, a lawmaker from the region, and Ali Nur, a lawmaker "
                              "from the capital, said the bus carried farmers.")
    assert first.name == "lawmaker"


@slow
def test_a_statement_owner_is_named_whole(real_extractor: Any) -> None:
    # the parser hangs the statement on "Indian"; the owner is the Indian army
    actor = one(real_extractor, "An Indian army statement said its troops destroyed launch pads.")
    assert actor is not None and actor.name == "Indian army"


def test_actor_rows_are_well_formed() -> None:
    import json

    from pipeline.nlp.gazetteer import ACTORS_FILE

    rows = [json.loads(line) for line in ACTORS_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    types = {"state", "ministry", "military", "armed_group", "international_body", "media",
             "other"}
    for row in rows:
        assert row["type"] in types, row["id"]
        assert row["name"], row["id"]
        assert set(row.get("part_of", ())) <= set(ids), row["id"]


@slow
@pytest.mark.parametrize(("text", "actor_id"), [
    ("Ukraine's HUR said its drones hit an oil refinery in Ryazan.", "ua.gur"),
    ("The Black Sea Fleet said its ships were not hit by the drones.", "ru.black-sea-fleet"),
    ("The Giants Brigades said Houthi drones hit their camp in Shabwa.", "ye.giants-brigades"),
    ("Ambazonian separatists said the soldiers burned a village school.", "group.ambazonia"),
    ("The UPDF said its jets hit ADF camps in Ituri.", "ug.updf"),
    ("Magen David Adom said the rocket hit a house in Ashkelon.", "il.mda"),
    ("The Kurdish Red Crescent said the Turkish drone hit an ambulance.",
     "intl.kurdish-red-crescent"),
    ("The Saudi Press Agency said the coalition jets hit a drone workshop.", "media.spa"),
    ("Lakurawa militants said the jets hit a village market in Sokoto.", "group.lakurawa"),
    ("The Viv Ansanm coalition said police drones hit a house in Port-au-Prince.",
     "group.viv-ansanm"),
    ("World Central Kitchen said the strike hit its aid convoy in Deir al-Balah.",
     "intl.wck"),
    ("Saraya al-Quds said it fired rockets at an army post.", "group.pij"),
])
def test_actors_of_other_conflicts_are_named(real_extractor: Any, text: str, actor_id: str
                                            ) -> None:
    actor = one(real_extractor, text)
    assert actor is not None and actor.id == actor_id, actor


@slow
def test_a_carrier_that_cites_a_source_gives_the_source(real_extractor: Any) -> None:
    actor = one(real_extractor, "Citing a health official, Reuters reported that the strike "
                "hit a clinic.")
    assert actor is not None and actor.name == "health official"
    quoted = speaker_of(real_extractor, "AFP quoted army sources as saying that a camp was "
                        "destroyed.", "AFP")
    assert quoted is not None and quoted.name == "army sources"
    # counter-example: a party that cites a document keeps its own words
    own = one(real_extractor, "Citing satellite images, the ministry said the strike hit "
              "a depot.")
    assert own is not None and own.name == "ministry"


@slow
def test_a_relative_pronoun_speaks_for_the_noun_it_describes(real_extractor: Any) -> None:
    actor = speaker_of(real_extractor, "The Houthis, who said the raid killed 12 people, "
                       "showed footage of the port.", "who")
    assert actor is not None and actor.id == "group.houthis"
    # counter-example: a thing the clause describes is not a party
    thing = speaker_of(real_extractor, "The raid followed a survey flight that showed a "
                       "gathering of fighters.", "that")
    assert thing is None


@slow
def test_bare_media_reports_name_no_party(real_extractor: Any) -> None:
    assert one(real_extractor, "Media reports said the strike killed 12 people.") is None
    local = one(real_extractor, "Local media reported that the strike hit a clinic.")
    assert local is not None and local.name == "Local media"


@slow
def test_a_speaker_hung_on_a_place_still_speaks(real_extractor: Any) -> None:
    from pipeline.nlp.mentions import stranded_subject

    doc = real_extractor.nlp("Air strikes hit a school in Maarat al-Numan, the Britain-based "
                             "Syrian Observatory for Human Rights said.")
    said = next(t for t in doc if t.text == "said")
    found = stranded_subject(said)
    assert found is not None and found.text == "Observatory"
    # counter-example: a verb with its own subject has nothing stranded before it
    doc = real_extractor.nlp("The Syrian Observatory said air strikes hit a school in Idlib.")
    said = next(t for t in doc if t.text == "said")
    assert stranded_subject(said) is None


def test_a_description_and_a_name_parsed_as_two_subjects_give_the_name() -> None:
    from pipeline.nlp.mentions import _named_beside

    # "The medical charity Médecins Sans Frontières said ...": two subjects of "said"
    words = ["The", "medical", "charity", "Médecins", "Sans", "Frontières", "said", "it"]
    doc = Doc(English().vocab, words=words, heads=[2, 2, 6, 5, 5, 6, 6, 6],
              deps=["det", "amod", "nsubj", "compound", "compound", "nsubj", "ROOT", "dobj"],
              pos=["DET", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PRON"])
    beside = _named_beside(doc[2])
    assert beside is not None and beside.text == "Frontières"
    # counter-example: one subject, or a second one that does not follow the first at once
    doc = Doc(English().vocab, words=["The", "charity", "said", "Ali", "said"],
              heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "nsubj", "conj"],
              pos=["DET", "NOUN", "VERB", "PROPN", "VERB"])
    assert _named_beside(doc[1]) is None


def test_scorer_shows_no_party_for_the_outlets_own_narration() -> None:
    from scripts.score import shown_parties

    claims = [
        {"party": "Test Wire", "party_id": "media.outlet.test-wire", "cue": "narrates"},
        {"party": "health ministry", "party_id": "xx.health-ministry", "cue": "asserts"},
        {"party": "Test Wire", "party_id": "media.outlet.test-wire", "cue": "narrates"},
    ]
    assert list(shown_parties(claims, loose=False)) == ["health ministry"]
    # counter-example: an outlet that is itself cited as a speaker is a party
    cited = [{"party": "state media", "party_id": "ir.state-media", "cue": "asserts"}]
    assert list(shown_parties(cited, loose=False)) == ["state media"]


@slow
@pytest.mark.parametrize("text,actor_id,named", [
    # the state's own news agency, under the name the article gives it
    ("Syria's official news agency said the raid hit a bakery.", "sy.sana", True),
    ("Lebanon's state media reported that the strike hit a house.", "lb.nna", True),
    # a gazetteer name the entity ruler cannot see whole for its brackets
    ("The (pro-Haftar) forces said their jets hit a depot near Sirte.", "group.lna", True),
    # counter-examples: a country's media not called the state's is no agency; a generic
    # phrase names no one country's forces
    ("Syria's opposition media said the raid hit a bakery.", "sy.sana", False),
    ("Pro-government forces said they hit a depot near Sirte.", "sy.army", False),
    ("The military junta said its jets hit a rebel camp.", "mm.junta", False),
])
def test_state_agency_bracketed_names_and_generic_words(real_extractor: Any, text: str,
                                                         actor_id: str, named: bool) -> None:
    actor = one(real_extractor, text)
    assert (actor is not None and actor.id == actor_id) is named, actor


@pytest.mark.slow
def test_a_spokesman_whose_title_names_the_body_is_not_named_twice(real_extractor: Any) -> None:
    actor = one(real_extractor, "The government said the strike hit a rebel camp. "
                                "Government spokesman Legesse Tulu said the air force had "
                                "targeted a training centre.")
    assert actor is not None and actor.name == "Government spokesman Legesse Tulu"
    other = one(real_extractor, "The Libyan National Army said the strike hit a rebel camp. "
                                "Spokesman Ahmed Mesmari said the air force had targeted a "
                                "training centre.")
    assert other is not None and other.name.startswith("Libyan National Army spokesman")


@pytest.mark.slow
def test_a_name_cut_by_the_phrase_is_shown_whole(real_extractor: Any) -> None:
    actor = one(real_extractor, "Malian army drones struck a gathering on Monday that the "
                                "army said was a meeting of jihadist leaders.")
    assert actor is not None and actor.name == "Malian army"


@slow
def test_he_is_the_last_spokesman_named_even_for_a_body(real_extractor: Any) -> None:
    found = speakers(
        real_extractor,
        "Colonel Amadou Diallo, the police chief, said a market was hit. The Houthis' "
        "military spokesman, Ahmed Hassan, said the fighters had hit a barracks. "
        "He said the drones had been aimed at an armoury.")
    assert found[-1] is not None and found[-1] == found[-2]
    # counter-example: with no person named, "he" keeps the last person heard
    found = speakers(
        real_extractor,
        "Colonel Amadou Diallo, the police chief, said a market was hit. The rebels said "
        "the fighters had hit a barracks. He said the drones had been aimed at an armoury.")
    assert found[-1] is not None and found[-1] == found[0]


@slow
def test_the_noun_of_an_earlier_description_is_the_party_it_described(
        real_extractor: Any) -> None:
    first, last = first_and_last(
        real_extractor,
        "The Kivu Solidarity Network, a group of local volunteers, said shells hit a clinic. "
        "The army said it struck rebel positions. The volunteers said two nurses were killed.")
    assert last.id == first.id and last.name == first.name
    # counter-example: volunteers nobody described before are volunteers
    last = one(real_extractor, "The army said it struck rebel positions. The volunteers "
               "said two nurses were killed.")
    assert last is not None and last.name == "volunteers"


@slow
def test_a_generic_alias_after_another_states_name_is_that_states_body(
        real_extractor: Any) -> None:
    actor = one(real_extractor, "The strike hit a camp, the Malian National News Agency said.")
    assert actor is not None and actor.country == "ML" and actor.type == "media"
    # counter-example: the state the alias belongs to, and a patron, keep the gazetteer's
    actor = one(real_extractor, "The strike hit a house, Lebanon's National News Agency said.")
    assert actor is not None and actor.id == "lb.nna"


@slow
def test_an_agency_without_a_news_word_is_no_medium(real_extractor: Any) -> None:
    actor = one(real_extractor, "Nigeria's National Emergency Management Agency said the "
                "blast hit a market.")
    assert actor is not None and actor.type == "ministry"
    actor = one(real_extractor, "Nigeria's state news agency said the blast hit a market.")
    assert actor is not None and actor.type == "media"


@slow
def test_the_defence_ministry_is_no_health_ministry_heard_before(real_extractor: Any) -> None:
    found = speakers(real_extractor, "Lebanon's health ministry said the strike hit a house. "
                     "The defence ministry said the jets hit a depot. The health ministry "
                     "said two children were killed.")
    assert found[0] is not None and found[1] is not None and found[2] is not None
    assert found[1].id != found[0].id and found[2].id == found[0].id


@slow
def test_they_after_people_speaking_is_those_people(real_extractor: Any) -> None:
    found = speakers(real_extractor, "The army said its jets struck a rebel base. Residents "
                     "said the drone hit a market. They said the victims were traders.")
    assert found[-1] is not None and found[-1] == found[1] and found[1].name == "Residents"
    # counter-example: after a body spoke, "it" is the body, and "they" too
    found = speakers(real_extractor, "Residents said the drone hit a market. The army said "
                     "its jets struck a rebel base. They said the victims were fighters.")
    assert found[-1] is not None and found[-1] == found[1]


@slow
def test_an_envoy_speaks_for_his_state_not_where_he_is_posted(real_extractor: Any) -> None:
    actor = one(real_extractor, "Russia's envoy to the UN, Vasily Nebenzya, said the missile "
                "targeted an energy facility.")
    assert actor is not None and actor.country == "RU" and actor.side == "ru"
    # counter-example: the UN's own envoy is the UN's
    actor = one(real_extractor, "The U.N. envoy to Yemen, Hans Grundberg, said the strikes "
                "hit a port.")
    assert actor is not None and actor.id == "intl.un"


@slow
def test_sources_in_a_named_army_are_that_armys(real_extractor: Any) -> None:
    actor = one(real_extractor, "Sources in the Sudanese army said its jets targeted RSF "
                "vehicles.")
    assert actor is not None and actor.name == "Sources in the Sudanese army"
    assert actor.country == "SD"
    # counter-example: "in a statement" is no part of the name
    actor = one(real_extractor, "The army in a statement said its jets targeted RSF vehicles.")
    assert actor is not None and actor.name == "army"


@slow
def test_a_ranked_name_after_a_quote_is_a_person(real_extractor: Any) -> None:
    actor = one(real_extractor, '"Our forces struck a command post of the enemy," Lieutenant '
                'General Ibrahim Ali, the army spokesman, said in a televised address.')
    assert actor is not None and actor.type == "person" and "Ibrahim Ali" in actor.name
    # counter-example: a rank word before a named body leaves the body
    actor = one(real_extractor, "General Staff of the Ukrainian Armed Forces said its drones "
                "hit a refinery.")
    assert actor is not None and actor.type != "person"


@slow
def test_the_air_force_after_its_aircraft_speaks_in_its_own_words(real_extractor: Any) -> None:
    actor = one(real_extractor, "Nigerian military aircraft killed dozens of bandits in a "
                "raid on their enclave, the air force said on Thursday.")
    assert actor is not None and actor.country == "NG" and actor.name == "Nigeria's air force"
    # counter-example: a ministry that spoke before keeps the name it spoke under
    first, last = first_and_last(real_extractor, "Lebanon's health ministry said the strike "
                                 "hit a house. The ministry said two children were killed.")
    assert last.name == first.name == "Lebanon's health ministry"


@slow
def test_the_army_statement_is_the_army_heard_before(real_extractor: Any) -> None:
    doc = real_extractor.nlp("Burkina Faso's army said the strikes killed dozens of "
                             "terrorists. According to the army statement, the target was a "
                             "meeting of commanders.")
    resolver = MentionResolver(Gazetteer.default())
    said = next(t for t in doc if t.lemma_ == "say")
    army = resolver.speaker(next(c for c in said.children if c.dep_ == "nsubj"))
    statement = next(t for t in doc if t.lower_ == "statement")
    assert army is not None and resolver.speaker(statement) == army
    # counter-example: with no army named before, the statement is the army's own
    doc = real_extractor.nlp("Witnesses said the drones struck a market. According to the "
                             "army statement, the target was a meeting of commanders.")
    statement = next(t for t in doc if t.lower_ == "statement")
    own = MentionResolver(Gazetteer.default()).speaker(statement)
    assert own is not None and own.name == "army" and own.country is None


@slow
def test_state_media_relaying_its_own_forces_give_their_account(real_extractor: Any) -> None:
    actor = one(real_extractor, "Iran's Revolutionary Guards launched missiles at "
                "\"terrorist\" targets in Syria, state media reported.")
    assert actor is not None and actor.id == "ir.irgc"
    # counter-examples: a state's medium telling of another state's strike, and one
    # giving a toll, speak for themselves
    actor = one(real_extractor, "Israeli warplanes struck a house in Douris, killing six "
                "people, Lebanon's National News Agency reported.")
    assert actor is not None and actor.id == "lb.nna"
    actor = one(real_extractor, "Three women and four children were killed, Iran state TV "
                "said.")
    assert actor is not None and actor.type == "media"


def test_a_long_name_cut_to_length_ends_on_a_word_of_its_own() -> None:
    words = ["Ali", "Musa", ",", "spokesman", "for", "the", "Kivu", "Popular", "Front",
             "(", "KPF", ")", ",", "the", "political", "wing", "said"]
    heads = [1, 16, 1, 1, 3, 8, 8, 8, 4, 10, 8, 10, 1, 15, 15, 1, 16]
    deps = ["compound", "nsubj", "punct", "appos", "prep", "det", "compound", "compound",
            "pobj", "punct", "appos", "punct", "punct", "det", "amod", "appos", "ROOT"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN",
           "PUNCT", "PROPN", "PUNCT", "PUNCT", "DET", "ADJ", "NOUN", "VERB"]
    spaces = [True, False, True, True, True, True, True, True, True, False, False, False,
              True, True, True, True, False]
    doc = _doc(words, spaces, heads, deps, pos)
    text = phrase_text(phrase_tokens(doc[1]))
    assert text == "Ali Musa, spokesman for the Kivu Popular Front (KPF)"
    # counter-example: a name within the length keeps its apposition whole
    assert phrase_text(phrase_tokens(doc[1], max_len=20)).endswith("political wing")


@slow
def test_its_spokesman_speaks_for_the_body_last_heard(real_extractor: Any) -> None:
    first, last = first_and_last(real_extractor, "Afghanistan's Taliban-run government said "
                                 "the jets had bombed a mosque. Its deputy spokesman, Hamdullah "
                                 "Fitrat, said the dead were refugees.")
    assert last.id == first.id == "group.taliban" and "Fitrat" in last.name
    # counter-example: a spokesman with no owner named, after people who are no body, is
    # his own source (after a body the sentence before is about, he is that body's:
    # role.spokesman_of_subject)
    last = one(real_extractor, "Residents said the jets bombed a mosque. A spokesman "
               "said the dead were refugees.")
    assert last is not None and last.id.startswith("source.")


def test_rows_marked_must_name_are_read() -> None:
    from pipeline.nlp.mentions import naming_heads

    rows = [{"id": "a", "heads": ["coalition"], "must_name": True},
            {"id": "b", "heads": ["army", "military"]}]
    assert naming_heads(rows) == frozenset({"coalition"})


@slow
def test_the_coalition_is_never_a_militia_whose_name_does_not_say_coalition(
        real_extractor: Any) -> None:
    last = one(real_extractor, "The Houthi-run Saba news agency said the jets hit a clinic. "
               "The coalition said it targeted a missile launcher.")
    assert last is not None and last.id != "group.houthis" and last.name == "coalition"
    # counter-example: a coalition named before is the coalition
    first, last = first_and_last(real_extractor, "The Saudi-led coalition said its jets hit "
                                 "a depot. The Houthis said a clinic was hit. The coalition "
                                 "said it targeted a missile launcher.")
    assert last.id == first.id


@slow
def test_the_armys_spokesman_speaks_for_the_army_heard_before(real_extractor: Any) -> None:
    last = one(real_extractor, "Nigerian military air strikes killed ten villagers, Amnesty "
               "said. The army's spokesman, Major General Edward Buba, said the operation "
               "targeted terrorist enclaves.")
    assert last is not None and last.side == "ng" and "Edward Buba" in last.name
    # counter-example: with no army named before, the spokesman is his own source
    last = one(real_extractor, "Residents said the strike hit a school. The army's spokesman "
               "said the strike targeted militants.")
    assert last is not None and last.id.startswith("source.")


@slow
def test_a_title_naming_the_body_last_heard_speaks_for_it(real_extractor: Any) -> None:
    first, last = first_and_last(
        real_extractor, "Nine herders were shot dead near the river, police said. Deputy "
        "police commissioner Amos Otieno said the herders were raiders.")
    assert last.id == first.id == "org.police" and "Amos Otieno" in last.name
    # counter-example: a title that names no body heard before is the man's own
    first, last = first_and_last(
        real_extractor, "Nine herders were shot dead near the river, police said. County "
        "commissioner Amos Otieno said the herders were raiders.")
    assert last.id != first.id and last.id.startswith("person.")


@slow
@pytest.mark.parametrize("text", [
    "The maize growers' federation said the dead were farmers.",
    "A local fishing cooperative said the boat belonged to one of its members.",
])
def test_federations_and_cooperatives_are_parties(real_extractor: Any, text: str) -> None:
    speaker = one(real_extractor, text)
    assert speaker is not None and speaker.type == "ministry"


@pytest.mark.slow
def test_the_office_is_the_office_heard_though_filed_under_its_group(real_extractor: Any
                                                                     ) -> None:
    # the gazetteer files a "Houthi-run health office" under the Houthis (an armed group,
    # no ministry); "the office" is still that office, not a party named "office"
    first, last = first_and_last(
        real_extractor,
        "Shells hit a market in the border district, killing 12 people, the Houthi-run "
        "health office said. The shelling struck the main market, the office said.")
    assert last.id == first.id and last.name != "office", (first, last)


@pytest.mark.slow
def test_its_air_force_is_the_states_own(real_extractor: Any) -> None:
    # rule anaphor.its_forces: "its air force" is the forces of the state the sentence is
    # about, on its side, even where the story names two states (no home state)
    from pipeline.domain.models import Article

    # ("..., saying its planes had aimed only at rebel camps" would be Chad's own word: a
    # reporting participle on the reported clause is the reporter's)
    body = ("Chad on Sunday denied that its air force had bombed civilians in the Sudanese "
            "town of Tine, and its air force said its planes had aimed only at rebel camps. "
            "Sudan said 20 people were killed when Chadian jets bombed the town on Friday.")
    claims = real_extractor.analyse([Article(id="t", headline="", body=body,
                                             source="Test Wire")])[0].claims
    forces = [c.party for c in claims if "camps" in c.target.text]
    assert forces and forces[0].name == "Chad's air force", forces
    assert forces[0].side == "td" and forces[0].type == "military", forces
