"""Each row of the claim tables is tested by its own example and counter-example, on
hand-built parses (no trained model): constructions, modifiers and target classes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest
from spacy.lang.en import English
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pipeline.nlp.claims import _quote_closer, _reported, _subject
from pipeline.nlp.constructions import (
    CHECKS,
    CheckContext,
    ConstructionError,
    ConstructionMatcher,
    Hit,
    load_constructions,
)
from pipeline.nlp.framing import load_frames
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.modifiers import ModifierError, ModifierTable, categories_at, load_modifiers
from pipeline.nlp.targets import (
    TargetTableError,
    class_rows,
    classify_target,
    decide_class,
    load_class_rows,
)

VOCAB = English().vocab  # lexical attributes (LOWER, IS_ALPHA) without a model
GAZ = Gazetteer.default()
CONSTRUCTIONS = load_constructions()
MODIFIERS = load_modifiers()
ROWS = class_rows()
MATCHER = ConstructionMatcher(VOCAB, CONSTRUCTIONS)
TABLE = ModifierTable(VOCAB, MODIFIERS)
CTX = CheckContext(classify=lambda t: classify_target(t, GAZ).target_class, reported=_reported)


def parsed(spec: Mapping[str, Any]) -> Doc:
    """A Doc from ``word/POS/dep/head[/lemma[/tag[/ent_id]]]`` tokens (head = index)."""
    words, pos, deps, heads, lemmas, tags, ent_ids = [], [], [], [], [], [], []
    for tok in spec["parse"].split():
        parts = tok.split("/")
        parts += ["_"] * (7 - len(parts))
        word, p, dep, head, lemma, tag, ent_id = parts
        words.append(word)
        pos.append(p)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(word.lower() if lemma == "_" else lemma)
        tags.append({"VERB": "VBD", "NOUN": "NN", "PROPN": "NNP"}.get(p, p) if tag == "_"
                    else tag)
        ent_ids.append(None if ent_id == "_" else ent_id)
    for start in range(len(heads)):
        # a hand parse whose heads loop never reaches a root: say so, do not hang
        seen, i = set(), start
        while heads[i] != i:
            assert i not in seen, f"head cycle through {words[i]!r} in {spec['parse']!r}"
            seen.add(i)
            i = heads[i]
    doc = Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas, tags=tags)
    spans = [Span(doc, i, i + 1, label="ORG") for i, e in enumerate(ent_ids) if e]
    for item in filter(None, (spec.get("ents") or "").split(",")):
        word, label = item.split("=")
        i = words.index(word)
        spans.append(Span(doc, i, i + 1, label=label))
    doc.ents = spans
    for i, ent_id in enumerate(ent_ids):
        if ent_id:
            doc[i].ent_id_ = ent_id
    return doc


def check_holds(check: str, rule: str, kind: str, parse: str, verb: int, target: int,
                negated: bool = False) -> bool:
    """One check of a construction on a hand-built parse: ``verb`` the trigger, ``target``
    the head of what was hit."""
    ctx = CheckContext(classify=lambda t: "unknown", reported=lambda t: True)
    hit = Hit(rule, kind, verb, target, negated, not negated,
              {"trigger": verb, "target": target})
    return CHECKS[check](hit, parsed({"parse": parse}), ctx)


def rule_hits(spec: Mapping[str, Any], rule: str) -> list[str]:
    doc = parsed(spec)
    return [doc[h.target].text for h in MATCHER(doc, CTX) if h.rule == rule]


@pytest.mark.parametrize("c", CONSTRUCTIONS, ids=lambda c: c.id)
def test_construction_finds_its_example(c: Any) -> None:
    assert c.example["target"] in rule_hits(c.example, c.id)


@pytest.mark.parametrize("c", CONSTRUCTIONS, ids=lambda c: c.id)
def test_construction_skips_its_counter_example(c: Any) -> None:
    hits = rule_hits(c.counter_example, c.id)
    want = c.counter_example.get("target")
    assert (want not in hits) if want else hits == []


def _sentence(text: str, lemmas: list[str] | None = None) -> Doc:
    words = text.split()
    return Doc(VOCAB, words=words, lemmas=lemmas or [w.lower() for w in words],
               sent_starts=[True] + [False] * (len(words) - 1))


def _categories(rule: Any, example: Mapping[str, Any]) -> set[str]:
    if rule.direction == "path":
        doc = Doc(VOCAB, words=[example["text"]], lemmas=[example["target"]], pos=["NOUN"])
        return {c for c in ("INTENT", "MODAL", "BACKGROUND", "HEARSAY", "RESPONSIBILITY",
                            "POLICY")
                if TABLE.on_path(doc[0], c)}
    doc = parsed(example) if "parse" in example else _sentence(example["text"])
    i = [t.text for t in doc].index(example["target"])
    return categories_at(TABLE.scopes(doc), i)


@pytest.mark.parametrize("rule", MODIFIERS, ids=lambda r: r.id)
def test_modifier_examples(rule: Any) -> None:
    for example in (rule.example, rule.counter_example):
        cats = _categories(rule, example)
        if "has" in example:
            assert example["has"] in cats, (example, cats)
        if "lacks" in example:
            assert example["lacks"] not in cats, (example, cats)


def test_modifier_matches_are_the_spacy_matchers() -> None:
    """The word rules, matched off the doc's arrays, find the spans a spaCy ``Matcher`` of
    every linear rule finds: on each row's example and counter-example, and on sentences
    written here where a rule's optional word is there and where it is not, where words
    fall at the doc's ends and where a list of words is excluded (NOT_IN)."""
    full = Matcher(VOCAB)
    for rule in MODIFIERS:
        if rule.direction != "path":
            full.add(rule.id, [rule.pattern])
    assert len(TABLE.words.rules) > len(TABLE.matcher)  # most rules are matched as words
    docs = [parsed(ex) if "parse" in ex else _sentence(ex["text"])
            for rule in MODIFIERS if rule.direction != "path"
            for ex in (rule.example, rule.counter_example)]
    docs += [_sentence(text) for text in (
        "in an earlier strike and in separate raids the army said so far",
        "late last year and last month at the time of the raid at the time it fell",
        "instead of", "of", "rather than rather than warned of threats of the latest in",
        "as opposed to the string of raids in response to the threat")]
    docs.append(_sentence("It stepped up raids and ramped up shelling",
                          ["it", "step", "up", "raid", "and", "ramp", "up", "shelling"]))
    for doc in docs:
        assert sorted(TABLE.matches(doc)) == sorted(full(doc)), doc.text
    assert any(TABLE.matches(doc) for doc in docs[-4:])


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.id)
def test_target_row_decides_its_example(row: Any) -> None:
    doc = parsed(row.example)
    head = next(t for t in doc if t.text == row.example["head"])
    target_class, _, rid = decide_class(head, GAZ)
    assert (rid, target_class) == (row.id, row.target_class)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.id)
def test_target_row_leaves_its_counter_example(row: Any) -> None:
    doc = parsed(row.counter_example)
    head = next(t for t in doc if t.text == row.counter_example["head"])
    assert decide_class(head, GAZ)[2] != row.id


def test_gazetteer_row_names_the_actor() -> None:
    doc = parsed({"parse": "Hezbollah/PROPN/compound/1/Hezbollah/NNP/group.hezbollah "
                           "depot/NOUN/ROOT/1"})
    assert decide_class(doc[1], GAZ)[:2] == ("armed_group", "group.hezbollah")


def test_negated_construction_marks_what_was_not_hit() -> None:
    doc = parsed({"parse": "Pilots/NOUN/nsubj/1/pilot mistook/VERB/ROOT/1/mistake the/DET/det/4 "
                           "wedding/NOUN/compound/4 party/NOUN/dobj/1 for/ADP/prep/1 "
                           "a/DET/det/7 convoy/NOUN/pobj/5"})
    got = {(doc[h.target].text, h.negated) for h in MATCHER(doc, CTX)}
    assert got == {("party", False), ("convoy", True)}


def _table(rows: list[dict[str, Any]], key: str) -> str:
    return json.dumps({key: rows})


def test_construction_table_is_validated() -> None:
    good = json.loads(json.dumps({"constructions": [
        {"id": "x", "kind": "hit", "description": "d", "example": {"parse": "", "target": "a"},
         "counter_example": {"parse": ""},
         "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": "$HIT_VERBS"}}}]}
    ]}))
    assert load_constructions(json.dumps(good))[0].pattern[0]["RIGHT_ATTRS"]["LEMMA"]["IN"]
    for field, value, message in (
        ("kind", "nope", "kind"),
        ("requires", ["no_such_check"], "unknown checks"),
        ("pattern", [{"RIGHT_ID": "x", "RIGHT_ATTRS": {"LEMMA": "$NO_SUCH_LIST"}}], "list"),
        ("pattern", [{"RIGHT_ID": "x", "RIGHT_ATTRS": {}}], "trigger"),
    ):
        row = dict(good["constructions"][0], **{field: value})
        with pytest.raises(ConstructionError, match=message):
            load_constructions(_table([row], "constructions"))
    with pytest.raises(ConstructionError, match="duplicate"):
        load_constructions(_table(good["constructions"] * 2, "constructions"))


def test_modifier_table_is_validated() -> None:
    row = {"id": "m", "literal": "l", "category": "NEGATED", "pattern": [{"LOWER": "not"}],
           "direction": "forward", "max_scope": 3,
           "example": {"text": "t", "target": "t", "has": "NEGATED"},
           "counter_example": {"text": "t", "target": "t", "lacks": "NEGATED"}}
    assert load_modifiers(_table([row], "modifiers"))[0].max_scope == 3
    for field, value, message in (
        ("category", "MAYBE", "category"),
        ("direction", "sideways", "direction"),
        ("max_scope", 0, "max_scope"),
        ("pattern", [{"NORM": "x"}], "unsupported"),
        ("pattern", [], "non-empty"),
    ):
        with pytest.raises(ModifierError, match=message):
            load_modifiers(_table([dict(row, **{field: value})], "modifiers"))


def test_target_table_is_validated() -> None:
    row = {"id": "r", "when": {"head_in": ["camp"]}, "class": "military",
           "example": {}, "counter_example": {}}
    assert load_class_rows(_table([row], "rows"))[0].when["head_in"] == frozenset(["camp"])
    for field, value, message in (
        ("class", "shop", "class"),
        ("when", {"head_is": ["x"]}, "conditions"),
        ("when", {"head_in": "$NO_SUCH_LIST"}, "word list"),
    ):
        with pytest.raises(TargetTableError, match=message):
            load_class_rows(_table([dict(row, **{field: value})], "rows"))


@pytest.mark.parametrize("c", [*CONSTRUCTIONS, *load_frames()], ids=lambda c: c.id)
def test_tree_matcher_agrees_with_spacys_dependency_matcher(c: Any) -> None:
    """On each construction's and each frame's example and counter-example."""
    from spacy.matcher import DependencyMatcher

    from pipeline.nlp.depmatch import TreeMatcher

    ours, theirs = TreeMatcher(), DependencyMatcher(VOCAB)
    ours.add(c.id, c.pattern)
    theirs.add(c.id, [c.pattern])
    for spec in (c.example, c.counter_example):
        doc = parsed(spec)
        assert sorted(ids for _, ids in ours(doc)) == sorted(ids for _, ids in theirs(doc))


def test_a_count_takes_the_class_of_what_it_counts() -> None:
    doc = parsed({"parse": "dozens/NOUN/ROOT/0/dozen of/ADP/prep/0 Palestinians/PROPN/pobj/1",
                  "ents": "Palestinians=NORP"})
    assert decide_class(doc[0], GAZ)[:1] == ("civilians",)
    doc = parsed({"parse": "one/NUM/ROOT/0 of/ADP/prep/0 its/PRON/poss/3 drones/NOUN/pobj/1/drone"})
    assert decide_class(doc[0], GAZ)[0] == "military"


def test_a_blamed_party_is_not_a_target() -> None:
    spec = {"parse": "Officials/NOUN/nsubj/1/official blamed/VERB/ROOT/1/blame the/DET/det/3 "
                     "attack/NOUN/dobj/1/attack on/ADP/prep/3 Russia/PROPN/pobj/4"}
    assert rule_hits(spec, "noun.prep") == []
    spec["parse"] = spec["parse"].replace("blamed/VERB/ROOT/1/blame",
                                          "condemned/VERB/ROOT/1/condemn")
    assert rule_hits(spec, "noun.prep") == ["Russia"]


def test_an_astray_weapon_is_another_cause() -> None:
    base = ("The/DET/det/1 blast/NOUN/nsubjpass/3/blast was/AUX/auxpass/3/be "
            "caused/VERB/ROOT/3/cause/VBN by/ADP/agent/3 ")
    astray = {"parse": base + "a/DET/det/7 misfired/ADJ/amod/7 rocket/NOUN/pobj/4/rocket"}
    assert rule_hits(astray, "cause.by") == ["rocket"]
    fired = {"parse": base + "a/DET/det/7 Russian/ADJ/amod/7 rocket/NOUN/pobj/4/rocket"}
    assert rule_hits(fired, "cause.by") == []
    named = {"parse": base + "Hamas/PROPN/pobj/4/Hamas", "ents": "Hamas=ORG"}
    assert rule_hits(named, "cause.by") == []


def test_a_fire_is_another_cause_unless_a_weapon_made_it() -> None:
    base = ("a/DET/det/2 cargo/NOUN/compound/2 fire/NOUN/nsubj/3/fire caused/VERB/ROOT/3/cause "
            "the/DET/det/5 damage/NOUN/dobj/3/damage")
    assert rule_hits({"parse": base}, "cause.active") == ["fire"]
    shelled = base.replace("cargo/NOUN/compound/2", "artillery/NOUN/compound/2")
    assert rule_hits({"parse": shelled}, "cause.active") == []


def _hand_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
              ent: tuple[int, int, str]) -> Doc:
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, ent[0], ent[1], label=ent[2])]
    return doc


def test_a_toponym_split_at_its_hyphen_hangs_where_its_first_piece_does() -> None:
    from pipeline.nlp.claims import _anchor

    # "An air strike in Deir ez-Zor on Monday hit a hospital": the parser makes "Deir" the
    # object of "in" and the rest subjects of "hit"
    words = ["An", "air", "strike", "in", "Deir", "ez", "-", "Zor", "on", "Monday", "hit",
             "a", "hospital"]
    heads = [2, 2, 10, 2, 3, 10, 10, 10, 10, 8, 10, 12, 10]
    deps = ["det", "compound", "nsubj", "prep", "pobj", "nsubj", "nsubj", "nsubj", "prep",
            "pobj", "ROOT", "det", "dobj"]
    pos = ["DET", "NOUN", "NOUN", "ADP", "PROPN", "PROPN", "NOUN", "PROPN", "ADP", "PROPN",
           "VERB", "DET", "NOUN"]
    doc = _hand_doc(words, heads, deps, pos, (4, 8, "GPE"))
    assert _anchor(doc.ents[0]).text == "Deir"
    assert _anchor(doc.ents[0]).dep_ == "pobj"
    # counter-example: a name parsed whole ("New York" in "jets hit a depot in New York")
    # hangs by its root, whatever its first word is
    doc = _hand_doc(["jets", "hit", "a", "depot", "in", "New", "York"], [1, 1, 3, 1, 3, 6, 4],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj"],
                    ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN"], (5, 7, "GPE"))
    assert _anchor(doc.ents[0]).text == "York"


def test_what_an_attacker_mistook_a_target_for_is_not_part_of_it() -> None:
    spec = {"parse": "Pilots/NOUN/nsubj/1/pilot mistook/VERB/ROOT/1/mistake the/DET/det/3 "
                     "gathering/NOUN/dobj/1/gathering for/ADP/prep/3 a/DET/det/6 "
                     "convoy/NOUN/pobj/4/convoy of/ADP/prep/6 fighters/NOUN/pobj/7/fighter"}
    doc = parsed(spec)
    target = classify_target(doc[3], GAZ)
    assert (target.text, target.target_class) == ("gathering", "civilians")
    spec["parse"] = spec["parse"].replace("mistook/VERB/ROOT/1/mistake", "saw/VERB/ROOT/1/see")
    assert classify_target(parsed(spec)[3], GAZ).target_class == "armed_group"


def test_a_weapon_as_subject_frames_a_toll() -> None:
    spec = {"parse": "Its/PRON/poss/1 aircraft/NOUN/nsubj/2/aircraft killed/VERB/ROOT/2/kill "
                     "30/NUM/nummod/4 fighters/NOUN/dobj/2/fighter"}
    assert rule_hits(spec, "casualty.object") == ["fighters"]
    spec["parse"] = spec["parse"].replace("aircraft/NOUN/nsubj/2/aircraft",
                                          "flu/NOUN/nsubj/2/flu")
    assert rule_hits(spec, "casualty.object") == []


def test_a_clause_naming_who_struck_does_not_class_the_target() -> None:
    used = parsed({"parse": "a/DET/det/1 centre/NOUN/ROOT/1 used/VERB/acl/1/use by/ADP/agent/2 "
                            "IDF/PROPN/pobj/3/IDF/NNP/il.idf"})
    assert decide_class(used[1], GAZ)[0] == "military"
    hit = parsed({"parse": "a/DET/det/1 centre/NOUN/ROOT/1 hit/VERB/acl/1/hit by/ADP/agent/2 "
                           "IDF/PROPN/pobj/3/IDF/NNP/il.idf"})
    assert decide_class(hit[1], GAZ)[0] == "civilian_site"
    both = parsed({"parse": "shelters/NOUN/ROOT/0/shelter/NNS and/CCONJ/cc/0 "
                            "depots/NOUN/conj/0/depot/NNS used/VERB/acl/2/use by/ADP/agent/3 "
                            "IDF/PROPN/pobj/4/IDF/NNP/il.idf"})
    assert decide_class(both[0], GAZ)[0] == "military"  # the participle is on both


def _speaker_verb(parse: str, trigger: str) -> str | None:
    """The reporting verb ``_path_to_report`` finds for the trigger word, if any."""
    from pipeline.nlp.claims import _is_report, _path_to_report

    doc = parsed({"parse": parse})
    tok = next(t for t in doc if t.text == trigger)
    path = _path_to_report(tok)
    return path[-1].text if path[-1].i != tok.i and _is_report(path[-1]) else None


def test_a_reporting_verb_speaks_for_the_clause_it_governs() -> None:
    # "The army said it struck a depot": the complement is the army's account
    said = ("The/DET/det/1 army/NOUN/nsubj/2/army said/VERB/ROOT/2/say it/PRON/nsubj/4 "
            "struck/VERB/ccomp/2/strike a/DET/det/6 depot/NOUN/dobj/4/depot")
    assert _speaker_verb(said, "struck") == "said"
    # "Jets struck a depot, the army said": a parenthetical report speaks for its host
    para = ("Jets/NOUN/nsubj/1/jet struck/VERB/ROOT/1/strike a/DET/det/3 depot/NOUN/dobj/1/depot "
            ",/PUNCT/punct/1 the/DET/det/6 army/NOUN/nsubj/7/army said/VERB/parataxis/1/say")
    assert _speaker_verb(para, "struck") == "said"
    # the same parenthetical read as a conjunct with no conjunction between
    runon = para.replace("said/VERB/parataxis/1/say", "said/VERB/conj/1/say")
    assert _speaker_verb(runon, "struck") == "said"


def test_a_reporting_verb_does_not_speak_for_a_joined_or_subordinate_clause() -> None:
    # "Jets struck buildings after the military warned residents": the warning is a
    # clause of time on the narrated strike, not its speaker
    after = ("Jets/NOUN/nsubj/1/jet struck/VERB/ROOT/1/strike buildings/NOUN/dobj/1/building "
             "after/SCONJ/mark/6 the/DET/det/5 military/NOUN/nsubj/6/military "
             "warned/VERB/advcl/1/warn residents/NOUN/dobj/6/resident")
    assert _speaker_verb(after, "struck") is None
    # "Jets struck a depot, and the military said ...": a coordinated report
    joined = ("Jets/NOUN/nsubj/1/jet struck/VERB/ROOT/1/strike a/DET/det/3 depot/NOUN/dobj/1/depot "
              "and/CCONJ/cc/1 the/DET/det/6 military/NOUN/nsubj/7/military "
              "said/VERB/conj/1/say it/PRON/nsubj/9 ended/VERB/ccomp/7/end")
    assert _speaker_verb(joined, "struck") is None
    # "The military said it ended, and jets struck a depot": the strike joined to the report
    first = ("The/DET/det/1 military/NOUN/nsubj/2/military said/VERB/ROOT/2/say "
             "it/PRON/nsubj/4 ended/VERB/ccomp/2/end and/CCONJ/cc/2 jets/NOUN/nsubj/7/jet "
             "struck/VERB/conj/2/strike a/DET/det/9 depot/NOUN/dobj/7/depot")
    assert _speaker_verb(first, "struck") is None


_STRUCK = ("Jets/NOUN/nsubj/1/jet struck/VERB/ROOT/1/strike a/DET/det/3 "
           "compound/NOUN/dobj/1/compound ./PUNCT/punct/1 ")


def test_a_copula_on_a_struck_site_is_an_account_of_it() -> None:
    rule = "copula.struck_subject"
    # a definite site word stands for what was struck: "the site was a school"
    site = _STRUCK + ("Officials/NOUN/nsubj/6/official said/VERB/ROOT/6/say the/DET/det/8 "
                      "site/NOUN/nsubj/9/site was/AUX/ccomp/6/be a/DET/det/11 "
                      "school/NOUN/attr/9/school")
    assert rule_hits({"parse": site}, rule) == ["school"]
    # the same head noun as the struck target
    same = site.replace("site/NOUN/nsubj/9/site", "compound/NOUN/nsubj/9/compound")
    assert rule_hits({"parse": same}, rule) == ["school"]
    # "it" in the next sentence
    it = _STRUCK + ("Officials/NOUN/nsubj/6/official said/VERB/ROOT/6/say it/PRON/nsubj/8 "
                    "was/AUX/ccomp/6/be a/DET/det/10 school/NOUN/attr/8/school")
    assert rule_hits({"parse": it}, rule) == ["school"]


def test_a_copula_on_something_else_is_no_account() -> None:
    rule = "copula.struck_subject"
    said = "Officials/NOUN/nsubj/6/official said/VERB/ROOT/6/say the/DET/det/8 "
    # what was not struck: "the roads were bridges" (a class, but of other things)
    roads = _STRUCK + said + ("roads/NOUN/nsubj/9/road were/AUX/ccomp/6/be "
                              "bridges/NOUN/attr/9/bridge")
    assert rule_hits({"parse": roads}, rule) == []
    # a predicate that is no target class: "the compound was a concern"
    concern = _STRUCK + said + ("compound/NOUN/nsubj/9/compound was/AUX/ccomp/6/be "
                                "a/DET/det/11 concern/NOUN/attr/9/concern")
    assert rule_hits({"parse": concern}, rule) == []
    # nobody's words: the outlet's own "The compound was a school"
    bare = _STRUCK + ("The/DET/det/6 compound/NOUN/nsubj/7/compound was/AUX/ROOT/7/be "
                      "a/DET/det/9 school/NOUN/attr/7/school")
    assert rule_hits({"parse": bare}, rule) == []
    # nothing struck before it
    alone = ("Officials/NOUN/nsubj/1/official said/VERB/ROOT/1/say the/DET/det/3 "
             "site/NOUN/nsubj/4/site was/AUX/ccomp/1/be a/DET/det/6 school/NOUN/attr/4/school")
    assert rule_hits({"parse": alone}, rule) == []


def test_a_mining_site_is_civilian_unless_a_clause_gives_it_to_a_group() -> None:
    # "an artisanal gold mining site" (a workplace of miners, as a farm or a market is)
    doc = parsed({"parse": "an/DET/det/4 artisanal/ADJ/amod/4 gold/NOUN/compound/3 "
                           "mining/NOUN/compound/4 site/NOUN/ROOT/4"})
    assert decide_class(doc[4], GAZ)[::2] == ("civilian_site", "civilian_site.modifier")
    # "a mining site used by the rebels": the clause that names a group decides first
    doc = parsed({"parse": "a/DET/det/2 mining/NOUN/compound/2 site/NOUN/ROOT/2 "
                           "used/VERB/acl/2/use by/ADP/agent/3 the/DET/det/6 "
                           "rebels/NOUN/pobj/4/rebel"})
    assert decide_class(doc[2], GAZ)[0] == "armed_group"


def test_a_denial_needs_a_strike_told_before_it() -> None:
    # the quote-denial rows count only after an earlier strike or toll in the article
    spec = {"parse": "The/DET/det/1 coach/NOUN/nsubj/2/coach said/VERB/ROOT/2/say "
                     "nobody/PRON/nsubj/4 was/AUX/ccomp/2/be armed/VERB/acomp/4/arm"}
    assert rule_hits(spec, "use.none_armed") == []
    told = {"parse": "A/DET/det/1 drone/NOUN/nsubj/2/drone hit/VERB/ROOT/2/hit a/DET/det/4 "
                     "wedding/NOUN/dobj/2/wedding ./PUNCT/punct/2 " + " ".join(
                         f"{w}/{p}/{d}/{int(h) + 6}" + (f"/{rest}" if rest else "")
                         for w, p, d, h, rest in (
                             ("The", "DET", "det", "1", ""),
                             ("coach", "NOUN", "nsubj", "2", "coach"),
                             ("said", "VERB", "ROOT", "2", "say"),
                             ("nobody", "PRON", "nsubj", "4", ""),
                             ("was", "AUX", "ccomp", "2", "be"),
                             ("armed", "VERB", "acomp", "4", "arm")))}
    assert rule_hits(told, "use.none_armed") == ["armed"]


_SHELTER = "a/DET/det/1 shelter/NOUN/ROOT/1 where/SCONJ/advmod/4 "


@pytest.mark.parametrize(("parse", "at", "wanted"), [
    (_SHELTER + "fighters/NOUN/nsubj/4/fighter/NNS hid/VERB/relcl/1/hide", 1, "armed_group"),
    (_SHELTER + "families/NOUN/nsubj/4/family/NNS slept/VERB/relcl/1/sleep", 1,
     "civilian_site"),
    # a site, not people
    ("caves/NOUN/ROOT/0/cave/NNS and/CCONJ/cc/0 shelters/NOUN/conj/0/shelter/NNS", 2,
     "civilian_site"),
])
def test_a_shelter_takes_its_class_from_who_is_there(parse: str, at: int, wanted: str) -> None:
    # "shelter" is a site word, not a civilian gathering: who is in it decides
    assert decide_class(parsed({"parse": parse})[at], GAZ)[0] == wanted


@pytest.mark.parametrize(("subject", "wanted"), [
    ("Bombs/NOUN/nsubj/1/bomb/NNS", ["pens"]),
    # counter-example: what falls is no weapon
    ("Leaves/NOUN/nsubj/1/leaf/NNS", []),
])
def test_a_weapon_falling_among_a_site_hit_it(subject: str, wanted: list[str]) -> None:
    spec = {"parse": subject + " fell/VERB/ROOT/1/fall among/ADP/prep/1 "
                               "cattle/NOUN/compound/4/cattle pens/NOUN/pobj/2/pen/NNS"}
    assert rule_hits(spec, "hit.impact") == wanted


@pytest.mark.parametrize(("words", "wanted"), [
    ("five/NUM/nummod/1 attackers/NOUN/ROOT/1/attacker/NNS", "armed_group"),
    # a vehicle carrying reservists is a military one ("blew up a vehicle carrying
    # police reservists"); counter-examples: shoppers, a vehicle carrying passengers
    ("a/DET/det/1 vehicle/NOUN/ROOT/1 carrying/VERB/acl/1/carry "
     "reservists/NOUN/dobj/2/reservist/NNS", "military"),
    ("five/NUM/nummod/1 shoppers/NOUN/ROOT/1/shopper/NNS", None),
    ("a/DET/det/1 vehicle/NOUN/ROOT/1 carrying/VERB/acl/1/carry "
     "passengers/NOUN/dobj/2/passenger/NNS", None),
])
def test_attackers_are_armed_and_reservists_military(words: str, wanted: str | None) -> None:
    found = decide_class(parsed({"parse": words})[1], GAZ)[0]
    assert found == wanted if wanted else found not in ("armed_group", "military")


@pytest.mark.parametrize(("whole", "wanted"), [
    # the parse took "wounded" for a verb (lemma "wound"): the written form still counts
    ("wounded/VERB/pobj/1/wound/VBN", ["civilians"]),
    # counter-example: "all of the supplies were civilian goods" is no account of victims
    ("supplies/NOUN/pobj/1/supply/NNS", []),
])
def test_victims_are_read_by_their_written_form(whole: str, wanted: list[str]) -> None:
    spec = {"parse": "all/PRON/nsubj/4 of/ADP/prep/0 the/DET/det/3 " + whole
                     + " were/AUX/ROOT/4/be civilians/NOUN/attr/4/civilian/NNS"}
    assert rule_hits(spec, "copula.victims_part") == wanted


@pytest.mark.parametrize(("whole", "wanted"), [
    # "among the dead were three minors": the parse leaves the minors as the attribute
    ("dead/NOUN/pobj/0/dead/NNS", ["minors"]),
    # counter-example: among the guests is no toll
    ("guests/NOUN/pobj/0/guest/NNS", []),
])
def test_among_the_dead_takes_an_attribute(whole: str, wanted: list[str]) -> None:
    spec = {"parse": "among/ADP/prep/3 the/DET/det/2 " + whole + " were/AUX/ROOT/3/be "
                     "three/NUM/nummod/5 minors/NOUN/attr/3/minor/NNS"}
    assert rule_hits(spec, "copula.among_victims") == wanted


@pytest.mark.parametrize(("quote", "wanted"), [
    # '"..., only people," said one trader': the subject inside the quote is the parse's
    ('"/PUNCT/punct/5 only/ADV/advmod/2 people/NOUN/nsubj/5/people/NNS ,/PUNCT/punct/5 '
     "''/PUNCT/punct/5", "trader"),
    # counter-example: no closing quote between them, the first subject stands
    ("only/ADV/advmod/1 people/NOUN/nsubj/5/people/NNS ,/PUNCT/punct/5 "
     "then/ADV/advmod/5 so/ADV/advmod/5", "people"),
])
def test_the_speaker_after_a_quote_is_the_subject_after_the_verb(quote: str,
                                                                  wanted: str) -> None:
    doc = parsed({"parse": quote + " said/VERB/ROOT/5/say one/NUM/nummod/7 "
                                   "trader/NOUN/nsubj/5/trader"})
    subject = _subject(doc[5])
    assert subject is not None and subject.text == wanted


def _quoted(second: str, head: int) -> Doc:
    """'"They were farmers. The field is a farm," <second>' parsed by hand, two sentences;
    ``head``: where the second sentence's copula hangs (itself when it is the root)."""
    words = ['"', "They", "were", "farmers", ".", "The", "field", "is", "a", "farm", ",", '"']
    heads = [2, 2, 2, 2, 2, 6, 7, head, 9, 7, head, head]
    deps = ["punct", "nsubj", "ROOT", "attr", "punct", "det", "nsubj",
            "ROOT" if head == 7 else "ccomp", "det", "attr", "punct", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "DET", "NOUN",
           "PUNCT", "PUNCT"]
    lemmas = ['"', "they", "be", "farmer", ".", "the", "field", "be", "a", "farm", ",", '"']
    for w, h, d, p, lemma in (tuple(t.split("/")) for t in second.split()):
        words.append(w)
        heads.append(int(h))
        deps.append(d)
        pos.append(p)
        lemmas.append(lemma)
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(("second", "head", "wanted"), [
    # the quote of two sentences closes right before "said an elder": the first is his
    ("said/12/ROOT/VERB/say an/14/det/DET/an elder/12/nsubj/NOUN/elder", 12, "said"),
    # counter-example: the quote closes before no reporting verb
    ("then/7/advmod/ADV/then", 7, None),
])
def test_a_quote_of_several_sentences_is_the_speakers(second: str, head: int,
                                                      wanted: str | None) -> None:
    doc = _quoted(second, head)
    closer = _quote_closer(doc[2])
    assert (closer.text if closer is not None else None) == wanted
