"""The code-level rules around the construction tables, each with an example and a
counter-example on hand-built parses (no trained model): pronoun counts, parts of a
place, "described as", "in what X said was a strike", "not X but Y" on a negated verb,
attributed headlines, prospects and norms, targets described by what they did, and the
tagger fallback for strike words tagged as verbs."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.nlp.claims import (
    _after_but,
    _describes_target,
    _in_headline,
    _prospect,
    _what_said,
    renoun,
)
from pipeline.nlp.targets import counted, decide_class
from tests.unit.test_constructions import GAZ, VOCAB, parsed


def tok(doc: Doc, word: str) -> int:
    return [t.text for t in doc].index(word)


def test_a_pronoun_count_takes_what_the_clause_above_names() -> None:
    doc = parsed({"parse": "Bombs/NOUN/nsubj/1/bomb hit/VERB/ROOT/1/hit a/DET/det/3 "
                  "group/NOUN/dobj/1/group of/ADP/prep/3 vigilantes/NOUN/pobj/4/vigilante "
                  ",/PUNCT/punct/1 killing/VERB/advcl/1/kill/VBG 20/NUM/dobj/7/20/CD "
                  "of/ADP/prep/8 them/PRON/pobj/9/they"})
    assert counted(doc[8]).text == "vigilantes"
    # a count of a noun counts the noun, not what came before
    doc = parsed({"parse": "Bombs/NOUN/nsubj/1/bomb hit/VERB/ROOT/1/hit a/DET/det/3 "
                  "school/NOUN/dobj/1/school ,/PUNCT/punct/1 killing/VERB/advcl/1/kill/VBG "
                  "20/NUM/dobj/5/20/CD of/ADP/prep/6 soldiers/NOUN/pobj/7/soldier"})
    assert counted(doc[6]).text == "soldiers"


def test_a_pronoun_count_falls_back_to_the_nearest_plural_noun() -> None:
    doc = parsed({"parse": "It/PRON/nsubj/1 sheltered/VERB/ROOT/1/shelter 200/NUM/nummod/3/200/CD "
                  "refugees/NOUN/dobj/1/refugee/NNS and/CCONJ/cc/1 17/NUM/nsubjpass/9/17/CD "
                  "of/ADP/prep/5 them/PRON/pobj/6/they were/AUX/auxpass/9/be "
                  "killed/VERB/conj/1/kill/VBN"})
    assert decide_class(doc[5], GAZ)[0] == "civilians"
    doc = parsed({"parse": "17/NUM/nsubjpass/4/17/CD of/ADP/prep/0 them/PRON/pobj/1/they "
                  "were/AUX/auxpass/4/be killed/VERB/ROOT/4/kill/VBN"})
    assert decide_class(doc[0], GAZ)[0] == "unknown"  # nothing to stand for


def test_a_part_of_a_place_is_that_place() -> None:
    doc = parsed({"parse": "the/DET/det/1 grounds/NOUN/ROOT/1/ground of/ADP/prep/1 a/DET/det/4 "
                  "temple/NOUN/pobj/2/temple"})
    assert decide_class(doc[1], GAZ)[0] == "civilian_site"
    doc = parsed({"parse": "temple/NOUN/compound/1/temple grounds/NOUN/ROOT/1/ground"})
    assert decide_class(doc[1], GAZ)[0] == "civilian_site"
    doc = parsed({"parse": "the/DET/det/1 grounds/NOUN/ROOT/1/ground"})
    assert decide_class(doc[1], GAZ)[0] == "unknown"


def test_a_head_described_as_something_is_that_thing() -> None:
    doc = parsed({"parse": "a/DET/det/1 man/NOUN/ROOT/1/man it/PRON/nsubj/3 "
                  "described/VERB/relcl/1/describe as/ADP/prep/3 a/DET/det/6 "
                  "commander/NOUN/pobj/4/commander"})
    assert decide_class(doc[1], GAZ)[0] == "armed_group"
    doc = parsed({"parse": "a/DET/det/1 man/NOUN/ROOT/1/man it/PRON/nsubj/3 "
                  "saw/VERB/relcl/1/see near/ADP/prep/3 a/DET/det/6 commander/NOUN/pobj/4"})
    assert decide_class(doc[1], GAZ)[0] == "civilians"


def test_in_what_residents_said_was_an_air_strike_names_the_residents() -> None:
    spec = ("People/NOUN/nsubjpass/2/people were/AUX/auxpass/2/be killed/VERB/ROOT/2/kill/VBN "
            "in/ADP/prep/2 what/PRON/nsubj/7 residents/NOUN/nsubj/6/resident "
            "said/VERB/pcomp/3/say was/AUX/ccomp/6/be an/DET/det/10 air/NOUN/compound/10 "
            "{}/NOUN/attr/7/{}")
    doc = parsed({"parse": spec.format("strike", "strike")})
    assert _what_said(doc[2]) == tok(doc, "residents")
    doc = parsed({"parse": spec.format("accident", "accident")})
    assert _what_said(doc[2]) is None


def test_not_x_but_y_on_a_negated_verb_negates_x_only() -> None:
    doc = parsed({"parse": "It/PRON/nsubj/1 was/AUX/ROOT/1/be not/PART/neg/1 a/DET/det/4 "
                  "base/NOUN/attr/1/base but/CCONJ/cc/4 a/DET/det/7 temple/NOUN/conj/4/temple"})
    assert _after_but(doc[7]) and not _after_but(doc[4])
    doc = parsed({"parse": "It/PRON/nsubj/1 was/AUX/ROOT/1/be not/PART/neg/1 a/DET/det/4 "
                  "base/NOUN/attr/1/base and/CCONJ/cc/4 a/DET/det/7 depot/NOUN/conj/4/depot"})
    assert not _after_but(doc[7])


def test_an_attributed_headline_is_a_headline_and_a_lead_is_not() -> None:
    words = ["Army", "says", "drone", "kills", "fighters", "\n\n", "The", "army", "said", "."]
    heads = [1, 1, 3, 1, 3, 1, 7, 8, 8, 8]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "dep", "det", "nsubj", "ROOT", "punct"]
    doc = Doc(VOCAB, words=words, spaces=[True] * 4 + [False] * 6, heads=heads, deps=deps,
              sent_starts=[True, False, False, False, False, False, True, False, False, False])
    assert _in_headline(doc[3])
    assert not _in_headline(doc[8])
    lead = Doc(VOCAB, words=["Army", "says", "drone", "kills", "fighters", "."],
               heads=[1, 1, 3, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj",
                                               "punct"])
    assert not _in_headline(lead[3])  # one paragraph ending in a full stop


def test_a_prospect_or_a_norm_is_no_account() -> None:
    doc = parsed({"parse": "further/ADJ/amod/1 attacks/NOUN/nsubj/2/attack were/AUX/ROOT/2/be "
                  "likely/ADJ/acomp/2/likely"})
    assert _prospect(doc[2])
    doc = parsed({"parse": "attacks/NOUN/nsubjpass/2/attack were/AUX/auxpass/2/be "
                  "prohibited/VERB/ROOT/2/prohibit/VBN"})
    assert _prospect(doc[2])
    doc = parsed({"parse": "the/DET/det/1 attacks/NOUN/nsubj/2/attack were/AUX/ROOT/2/be "
                  "deadly/ADJ/acomp/2/deadly"})
    assert not _prospect(doc[2])


def test_a_strike_told_about_a_target_describes_it() -> None:
    doc = parsed({"parse": "a/DET/det/1 centre/NOUN/ROOT/1/centre that/PRON/nsubj/3/that/WDT "
                  "shelled/VERB/relcl/1/shell villages/NOUN/dobj/3/village"})
    assert _describes_target(doc[3], {1})
    assert not _describes_target(doc[3], set())  # the centre is no target here
    doc = parsed({"parse": "a/DET/det/1 centre/NOUN/ROOT/1/centre that/PRON/nsubj/3/that/WDT "
                  "killed/VERB/relcl/1/kill migrants/NOUN/dobj/3/migrant"})
    assert not _describes_target(doc[3], {1})  # a toll hung on the site is the strike's


def test_a_strike_word_tagged_as_a_verb_in_a_nouns_role_is_a_noun() -> None:
    doc = parsed({"parse": "tank/NOUN/compound/1/tank shelling/VERB/nsubj/2/shell/VBG "
                  "killed/VERB/ROOT/2/kill people/NOUN/dobj/2/people"})
    renoun(doc)
    assert (doc[1].pos_, doc[1].lemma_) == ("NOUN", "shelling")
    doc = parsed({"parse": "accused/VERB/ROOT/0/accuse them/PRON/dobj/0 of/ADP/prep/0 "
                  "shelling/VERB/pcomp/2/shell/VBG civilians/NOUN/dobj/3/civilian"})
    renoun(doc)
    assert doc[3].pos_ == "VERB"  # a gerund with its own object stays a verb


def test_missing_persons_is_no_miss_and_a_time_is_no_target() -> None:
    from tests.unit.test_constructions import rule_hits

    spec = {"parse": "a/DET/det/2 list/NOUN/ROOT/1 of/ADP/prep/1 missing/VERB/amod/4/miss/VBG "
            "persons/NOUN/pobj/2/person"}
    assert rule_hits(spec, "miss.bare") == []
    spec = {"parse": "The/DET/det/1 missile/NOUN/nsubj/2/missile missed/VERB/ROOT/2/miss"}
    assert rule_hits(spec, "miss.bare") == ["missed"]
    spec = {"parse": "an/DET/det/1 explosion/NOUN/ROOT/1/explosion on/ADP/prep/1 "
            "Tuesday/PROPN/compound/4 afternoon/NOUN/pobj/2", "ents": "afternoon=TIME"}
    assert rule_hits(spec, "noun.prep") == []


def test_an_attack_noun_in_a_clause_on_a_target_describes_it() -> None:
    doc = parsed({"parse": "fighters/NOUN/ROOT/0/fighter who/PRON/nsubj/2/who/WP "
                  "fired/VERB/relcl/0/fire mortars/NOUN/dobj/2/mortar at/ADP/prep/2 "
                  "troops/NOUN/pobj/4/troops"})
    assert _describes_target(doc[3], {0})
    assert not _describes_target(doc[3], {5})


def test_its_camps_in_an_armed_groups_words_are_the_groups() -> None:
    from pipeline.domain.models import Actor, Target
    from pipeline.nlp.claims import _own

    group = Actor("group.x", "X", "armed_group")
    ministry = Actor("ministry.x", "Ministry", "ministry")
    doc = parsed({"parse": "its/PRON/poss/1 camps/NOUN/ROOT/1/camp"})
    camps = Target("its camps", "civilian_site", None)
    assert _own(doc[1], camps, group).target_class == "armed_group"
    assert _own(doc[1], camps, ministry).target_class == "civilian_site"
    doc = parsed({"parse": "their/PRON/poss/1 villages/NOUN/ROOT/1/village"})
    villages = Target("their villages", "civilian_site", None)
    assert _own(doc[1], villages, group).target_class == "civilian_site"


def test_a_toll_of_the_fighting_is_no_account_of_a_strike() -> None:
    from tests.unit.test_constructions import rule_hits

    spec = ("A/DET/det/1 monitor/NOUN/nsubj/2/monitor said/VERB/ROOT/2/say 200/NUM/nummod/4 "
            "people/NOUN/nsubjpass/6/people were/AUX/auxpass/6/be killed/VERB/ccomp/2/kill/VBN "
            "in/ADP/prep/6 the/DET/det/9 {}/NOUN/pobj/7/{}")
    assert rule_hits({"parse": spec.format("clashes", "clash")}, "casualty.passive") == []
    assert rule_hits({"parse": spec.format("strike", "strike")}, "casualty.passive") == ["people"]


def test_a_site_used_by_armed_forces_is_military() -> None:
    spec = ("a/DET/det/2 communications/NOUN/compound/2 centre/NOUN/ROOT/2/centre "
            "used/VERB/acl/2/use/VBN by/ADP/agent/3 the/DET/det/7 {}/ADJ/amod/7/{} "
            "{}/NOUN/pobj/4/{}")
    doc = parsed({"parse": spec.format("armed", "armed", "forces", "force")})
    assert decide_class(doc[2], GAZ)[0] == "military"
    doc = parsed({"parse": spec.format("local", "local", "residents", "resident")})
    assert decide_class(doc[2], GAZ)[0] == "civilian_site"
    # residents whose own modifier makes them fighters are an armed user
    doc = parsed({"parse": spec.format("armed", "armed", "residents", "resident")})
    assert decide_class(doc[2], GAZ)[0] == "armed_group"


def test_a_site_of_a_named_body_is_what_its_description_makes_it() -> None:
    spec = ("a/DET/det/1 camp/NOUN/ROOT/1/camp of/ADP/prep/1 the/DET/det/5 "
            "Comandos/PROPN/compound/5/Comandos/NNP Frontera/PROPN/pobj/2/Frontera/NNP "
            ",/PUNCT/punct/5 a/DET/det/8 {}/NOUN/appos/5/{} formed/VERB/acl/8/form/VBN "
            "by/ADP/agent/9 former/ADJ/amod/12/former {}/NOUN/pobj/10/{}")
    doc = parsed({"parse": spec.format("group", "group", "rebels", "rebel")})
    assert decide_class(doc[1], GAZ)[0] == "armed_group"
    # an aid body's camp stays a civilian site
    doc = parsed({"parse": spec.format("charity", "charity", "doctors", "doctor")})
    assert decide_class(doc[1], GAZ)[0] == "civilian_site"


def test_a_count_repeating_a_strike_on_people_stands_for_them() -> None:
    from tests.unit.test_constructions import rule_hits

    spec = ("Police/NOUN/nsubj/1/police neutralised/VERB/ROOT/1/neutralise five/NUM/nummod/3 "
            "terrorists/NOUN/dobj/1/terrorist ./PUNCT/punct/1 Elders/NOUN/nsubj/6/elder "
            "said/VERB/ROOT/6/say the/DET/det/8 {}/NUM/nsubj/9 were/AUX/ccomp/6/be "
            "herders/NOUN/attr/9/herder")
    assert rule_hits({"parse": spec.format("five")}, "copula.victims_count") == ["herders"]
    assert rule_hits({"parse": spec.format("six")}, "copula.victims_count") == []


def test_who_acted_on_a_person_in_a_clause_is_not_what_the_person_is() -> None:
    spec = ("Lalthang/PROPN/compound/1/Lalthang Bawm/PROPN/ROOT/1/Bawm who/PRON/nsubjpass/5/who "
            "had/AUX/aux/5/have been/AUX/auxpass/5/be {}/VERB/relcl/1/{}/VBN by/ADP/agent/5 "
            "soldiers/NOUN/pobj/6/soldier")
    doc = parsed({"parse": spec.format("detained", "detain")})
    assert decide_class(doc[1], GAZ)[0] == "unknown"
    # soldiers he commanded still make him military
    doc = parsed({"parse": "Lalthang/PROPN/compound/1/Lalthang Bawm/PROPN/ROOT/1/Bawm "
                           "who/PRON/nsubj/3/who commanded/VERB/relcl/1/command "
                           "soldiers/NOUN/dobj/3/soldier"})
    assert decide_class(doc[1], GAZ)[0] == "military"
    # a place run by soldiers is theirs
    spec = ("a/DET/det/1 building/NOUN/ROOT/1/building {}/VERB/acl/1/{}/VBN by/ADP/agent/2 "
            "soldiers/NOUN/pobj/3/soldier")
    doc = parsed({"parse": spec.format("run", "run")})
    assert decide_class(doc[1], GAZ)[0] == "military"


def test_a_health_post_is_a_civilian_site() -> None:
    spec = "a/DET/det/2 {}/NOUN/compound/2/{} post/NOUN/ROOT/2/post"
    doc = parsed({"parse": spec.format("health", "health")})
    assert decide_class(doc[2], GAZ)[0] == "civilian_site"
    doc = parsed({"parse": spec.format("border", "border")})
    assert decide_class(doc[2], GAZ)[0] == "military"


def test_a_clause_before_a_semicolon_is_not_the_next_speakers() -> None:
    from pipeline.nlp.claims import _reported

    doc = parsed({"parse": "Insurgents/NOUN/nsubj/1/insurgent raid/VERB/ccomp/7/raid "
                           "border/NOUN/compound/3/border village/NOUN/dobj/1/village "
                           ";/PUNCT/punct/7 the/DET/det/6 army/NOUN/nsubj/7/army "
                           "says/VERB/ROOT/7/say it/PRON/nsubj/9/it killed/VERB/ccomp/7/kill "
                           "fighters/NOUN/dobj/9/fighter"})
    assert not _reported(doc[1]) and _reported(doc[9])
    # "...; nine were killed, officials said": the speaker's complement is the clause
    # before it, and what it hangs on
    doc = parsed({"parse": "A/DET/det/1 drone/NOUN/nsubj/2/drone hit/VERB/ccomp/7/hit "
                           "a/DET/det/4 school/NOUN/dobj/2/school ;/PUNCT/punct/10 "
                           "nine/NUM/nsubjpass/7/nine killed/VERB/ccomp/10/kill "
                           ",/PUNCT/punct/10 officials/NOUN/nsubj/10/official "
                           "said/VERB/ROOT/10/say"})
    assert _reported(doc[2])


def test_security_forces_kill_in_an_account_a_flood_does_not() -> None:
    from tests.unit.test_constructions import rule_hits

    spec = ("Security/NOUN/compound/1/security {}/NOUN/nsubj/2/{} killed/VERB/ccomp/7/kill "
            "six/NUM/nummod/4 militants/NOUN/dobj/2/militant ,/PUNCT/punct/7 "
            "officials/NOUN/nsubj/7/official said/VERB/ROOT/7/say")
    assert rule_hits({"parse": spec.format("forces", "force")}, "casualty.object") == [
        "militants"]
    assert rule_hits({"parse": spec.format("floods", "flood")}, "casualty.object") == []


def test_a_separate_operation_hung_on_the_object_frames_the_verb() -> None:
    from pipeline.nlp.modifiers import categories_at
    from tests.unit.test_constructions import TABLE

    doc = parsed({"parse": "Troops/NOUN/nsubj/1/troop killed/VERB/ROOT/1/kill "
                           "fighters/NOUN/dobj/1/fighter in/ADP/prep/2 a/DET/det/6 "
                           "separate/ADJ/amod/6/separate operation/NOUN/pobj/3/operation"})
    assert "BACKGROUND" in categories_at(TABLE.scopes(doc), 1)
    # on the subject it frames only the subject ("fighters in a separate unit")
    doc = parsed({"parse": "Fighters/NOUN/nsubj/5/fighter in/ADP/prep/0 a/DET/det/4 "
                           "separate/ADJ/amod/4/separate operation/NOUN/pobj/1/operation "
                           "killed/VERB/ROOT/5/kill troops/NOUN/dobj/5/troop"})
    assert "BACKGROUND" not in categories_at(TABLE.scopes(doc), 5)


def test_trades_and_armed_words_of_the_held_out_batches() -> None:
    want = {"porters": "civilians", "merchants": "civilians", "schoolteacher": "civilians",
            "cook": "civilians", "unarmed": "civilians", "robbers": "armed_group",
            "saboteur": "armed_group"}
    for word, cls in want.items():
        doc = parsed({"parse": f"the/DET/det/1 {word}/NOUN/ROOT/1/{word}"})
        assert decide_class(doc[1], GAZ)[0] == cls, word
    # criminals are whom a force's operation is aimed at, as robbers are ("the raid was
    # aimed at criminals, not at the march"), armed or not
    doc = parsed({"parse": "the/DET/det/1 criminals/NOUN/ROOT/1/criminal"})
    assert decide_class(doc[1], GAZ)[0] == "armed_group"
    doc = parsed({"parse": "armed/ADJ/amod/1/armed criminals/NOUN/ROOT/1/criminal"})
    assert decide_class(doc[1], GAZ)[0] == "armed_group"


def test_a_town_hit_by_a_conflict_is_no_strike_on_it() -> None:
    from tests.unit.test_constructions import rule_hits

    spec = ("The/DET/det/1 town/NOUN/nsubjpass/3/town was/AUX/auxpass/3/be hit/VERB/ROOT/3/hit "
            "by/ADP/agent/3 {}/NOUN/pobj/4/{}")
    assert rule_hits({"parse": spec.format("conflict", "conflict")}, "hit.passive") == []
    assert rule_hits({"parse": spec.format("shelling", "shelling")}, "hit.passive") == ["town"]
