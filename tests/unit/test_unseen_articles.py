"""Team-written articles about conflicts in no labelled set, through the real model: the
shapes of issue 8 as they occur around armed groups, armies and places the rules were
not written from (see tests/fixtures/README.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.domain.conflicts import article_conflict
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.nlp.extract import Extractor
from pipeline.nlp.gazetteer import load_groups

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "unseen" / "articles.jsonl"


def _articles() -> list[dict[str, object]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def analyses() -> Iterator[dict[str, ArticleAnalysis]]:
    extractor = Extractor.load()
    items = _articles()
    arts = [Article(str(a["id"]), str(a.get("headline") or ""), str(a["body"]), "Test Wire")
            for a in items]
    yield {a.article.id: a for a in extractor.analyse(arts)}


def classes(an: ArticleAnalysis, party_word: str) -> set[str]:
    return {c.target.target_class for c in an.claims
            if party_word in c.party.name.lower() and not c.negated}


def _batch(first: str, last: str) -> set[str]:
    """Ids from ``first`` to ``last`` in the order they were written ("c99" before "c100")."""
    lo, hi = _order(first), _order(last)
    return {str(a["id"]) for a in _articles() if lo <= _order(str(a["id"])) <= hi}


def _order(article_id: str) -> tuple[str, int]:
    digits = article_id.lstrip("abcdefghijklmnopqrstuvwxyz")
    return article_id[: len(article_id) - len(digits)], int(digits or 0)


def _confusion(
        analyses: dict[str, ArticleAnalysis], ids: set[str],
        groups: GroupDirectory | None = None) -> tuple[int, set[str], int]:
    """True positives, the ids of false alerts, false negatives over the batch ``ids``
    (``groups``: the gazetteer's group hierarchy, as ``wirewatch run`` passes it)."""
    tp = fn = 0
    false: set[str] = set()
    for item in _articles():
        if str(item["id"]) not in ids:
            continue
        want = bool(item["labels"]["conflict"])  # type: ignore[index]
        got = article_conflict(analyses[str(item["id"])], groups) is not None
        tp += want and got
        if got and not want:
            false.add(str(item["id"]))
        fn += want and not got
    return tp, false, fn


def test_in_article_conflicts_match_the_labels(analyses: dict[str, ArticleAnalysis]) -> None:
    tp, false, _ = _confusion(analyses, _batch("u01", "w99"))
    # 46 articles, 36 labelled conflicts: tp 31, fp 0, fn 5 after the rules of issue 8's
    # first changes (tp 23, fp 1, fn 13 before); tp 32 with the c-batch rules (u16)
    assert not false and tp >= 32


def test_the_p_batch_conflicts(analyses: dict[str, ArticleAnalysis]) -> None:
    # p01-p18 add 14 labelled conflicts (tp 12); p14 is a known false alert (p16 was one
    # until a group's confirmed dead stopped counting against their building; see
    # tests/fixtures/README.md), and no other article may raise one
    # tp 13 once "opened fire on crowds" names what the fire was opened on (p06)
    tp, false, _ = _confusion(analyses, _batch("p01", "p18"))
    assert not false and tp >= 13  # p14 was flagged until incident.own_forces


def test_the_second_p_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # p19-p30 (Sahel juntas, Fano, Myanmar's EAOs, Haiti's gangs, al-Shabaab, ELN, Cabo
    # Delgado, BLA, Houthis, AANES), 9 labelled conflicts and 3 negatives, scored untouched:
    # tp 8, fp 0, fn 1 (p21: the minibus the ENDF struck is read as an armed-group target
    # and the Fano commander's "They hit a public minibus" has no speaker); parties R 0.82
    # P 0.88. After the party rules they led to, parties R 0.90 P 0.98
    tp, false, _ = _confusion(analyses, _batch("p19", "p30"))
    assert tp >= 8 and not false
    ids = {i: {c.party.id for c in analyses[i].claims} for i in _batch("p19", "p30")}
    assert "bf.military" in ids["p19"]  # the headline's "army", named in the story later
    assert "intl.rnddh" in ids["p24"] and "media.the-national" not in ids["p24"]
    assert "group.al-shabaab" in ids["p25"]  # "Radio Andalus, a station run by al Shabaab"
    assert "sy.aanes" in ids["p30"]
    names = {c.party.name for i in _batch("p19", "p30") for c in analyses[i].claims}
    assert {"AA spokesman Khaing Thu Ya", "Police spokeswoman Mireille Augustin",
            "Inter-Services Public Relations"} <= names
    assert not any(n.endswith(", a war monitor") or " Police " in n for n in names)
    # p31-p36, written after those party rules and scored untouched: tp 5, fp 1 (p35: the
    # group's claim of an attack on a base elsewhere is read against the air force's
    # strike), parties R 0.75 P 0.96; after the rules they led to ("it" is the body the
    # sentence before was about, "its spokesman" by the story's name for his body, a body
    # its possessor names as a stranded speaker) R 0.85 P 0.96
    tp, false, _ = _confusion(analyses, _batch("p31", "p36"))
    assert tp >= 5 and false <= {"p35"}
    p35 = {c.party.id for c in analyses["p35"].claims}
    assert "group.iswap" in p35  # "The group, known as ISWAP, ... it claimed an attack"
    # p37-p50 (wire speaker forms), scored untouched: tp 10, fp 1 (p49: a separate group's
    # grenade attack in Quetta read against the camp attack in Turbat), fn 1 (p44), parties
    # R 0.78 P 0.89; after the rules they led to (datelines, generic aliases ending a longer
    # name, surnames, a headline's bare "aid group", the BLF apart from the BLA) P 0.95
    tp, false, _ = _confusion(analyses, _batch("p37", "p50"))
    assert tp >= 10 and false <= {"p49"}
    ids = {i: {c.party.id for c in analyses[i].claims} for i in _batch("p37", "p50")}
    assert "group.eln" not in ids["p42"] and "group.blf" in ids["p49"]
    assert "state.iq" not in ids["p47"]  # "ERBIL, Iraq, Aug 12 (AFP) -": a dateline
    names = {c.party.name for i in _batch("p37", "p50") for c in analyses[i].claims}
    assert not {"Waine", "aid group", "forces"} & names


def test_the_c_batch_conflicts(analyses: dict[str, ArticleAnalysis]) -> None:
    # c01-c15, 11 labelled conflicts: scored before any rule was fixed against them tp 8,
    # fp 1 (c11), fn 3; now tp 11 and fp 1 (c15: the defence ministry's daily report of
    # troop concentrations struck elsewhere in the region is read as an account of the
    # market strike), fp 0 since incident.roundup
    tp, false, _ = _confusion(analyses, _batch("c01", "c15"))
    assert tp >= 11 and not false
    # c16-c22 (5 conflicts), written after those rules and scored untouched: tp 5, fp 0
    tp, false, _ = _confusion(analyses, _batch("c16", "c22"))
    assert tp >= 5 and not false
    # c23-c30 (5 conflicts, 3 negatives), scored untouched: tp 4, fp 2 (c24, c29), fn 1
    # (c30); after the rules they led to (a fighting's toll, parts and headquarters,
    # "its camps", "a centre used by the armed forces") tp 4, fp 1 (c29: a commander
    # killed with his family), fn 1 (c30); fp 0 once the commander's dead, confirmed by
    # the health officials, no longer count against the apartment he died in; tp 5 once a
    # missile that "struck near" the airport is an account that missed it (miss.near)
    tp, false, _ = _confusion(analyses, _batch("c23", "c30"))
    assert tp >= 5 and not false
    # c31-c38 (5 conflicts, 3 negatives), written after all of the above, scored untouched:
    # tp 4, fp 0. c32 was missed: "officials and residents said the buildings were
    # residential blocks" gave no claim, and the military's two names no longer count as
    # two parties. A copula whose subject stands for a target already struck
    # (copula.struck_subject) now reads it as the officials' account: tp 5, fp 0
    tp, false, _ = _confusion(analyses, _batch("c31", "c38"))
    assert tp >= 5 and not false
    # c39-c50 (8 conflicts, 4 negatives), written after all of the above, scored untouched:
    # tp 7, fp 2 (c49: a group mourning its members against the apartment they died in;
    # c50: an earlier strike's dispute told in a paragraph opening "In October,"), fn 1
    # (c39: "the ministry's claim that ... could not be verified"); after the rules they
    # led to tp 8, fp 0
    tp, false, fn = _confusion(analyses, _batch("c39", "c50"))
    assert tp == 8 and not false and fn == 0
    # c51-c56 (4 conflicts, 2 negatives), written after the c39-c50 rules and those of
    # miss.near, hit.open_fire and use.houses_civil, scored untouched: tp 3, fp 1 (c56: a
    # minister's mixed toll of civilians and security forces against the hotel), fn 1
    # (c53: "the 10 were farmers" after a toll of 10); after copula.victims_count and
    # the mixed-toll rule tp 4, fp 0
    tp, false, fn = _confusion(analyses, _batch("c51", "c56"))
    assert tp == 4 and not false and fn == 0
    # c57-c70 (9 conflicts, 5 negatives), written after the c51-c56 rules, scored
    # untouched: tp 5, fp 1 (c70: "a camp of <a group the article describes as former
    # rebels>" read as a civilian camp), fn 4 (c57 "the vessel was operated by a
    # designated terrorist organization", c61 "neutralised five terrorists ... the five
    # were young men", c63 "an armed ... team" against porters, c65 "a column of armed
    # individuals"); after use.operated_by, armed.modifier, the owner's description and
    # a count repeating a strike on people: tp 9, fp 0
    tp, false, fn = _confusion(analyses, _batch("c57", "c70"))
    assert tp == 9 and not false and fn == 0
    # c71-c78 (5 conflicts, 3 negatives), written after the c57-c70 rules, scored
    # untouched: tp 5, fp 0, fn 0
    tp, false, fn = _confusion(analyses, _batch("c71", "c78"))
    assert tp == 5 and not false and fn == 0
    # c79-c85 (4 conflicts, 3 negatives), written after the c71-c78 rules, scored
    # untouched: tp 3, fp 1 (c83: the headline's "Insurgents raid border village; army
    # says ..." gave the army the raid), fn 1 (c82: "security forces had killed dozens of
    # armed bandits"); after a semicolon closes a clause off from the next speaker and
    # security forces count as killers: tp 4, fp 0
    tp, false, fn = _confusion(analyses, _batch("c79", "c85"))
    assert tp == 4 and not false and fn == 0
    # c86-c92 (4 conflicts, 3 negatives), written after the c79-c85 rules, scored
    # untouched: tp 2, fp 0, fn 2 (c89: looters against protesters, which the target
    # classes do not tell apart, still missed; c92: "robbers" against "the men were
    # unarmed", found after copula.victims_state)
    tp, false, fn = _confusion(analyses, _batch("c86", "c92"))
    assert tp >= 3 and not false
    # c93-c98 (4 conflicts, 2 negatives), written after the c86-c92 rules, scored
    # untouched: tp 3, fp 1 (c97: "Separately, two herders were wounded" against the
    # strike), fn 1 (c93: "fired on a saboteur"); after saboteurs became an armed group:
    # tp 4. c97 was flagged until incident.separate: a sentence-opening "Separately,"
    # also opens another statement on the same strike in real copy (dev2 e020), so the
    # marker parts an account only with a day or a distance of its own ("on Monday")
    tp, false, fn = _confusion(analyses, _batch("c93", "c98"))
    assert tp == 4 and not false and fn == 0
    # c99-c103 (3 conflicts, 2 negatives), written after the c93-c98 rules, scored
    # untouched: tp 2, fp 1 (c102: "a town that has been hit by a long-running conflict"
    # read as a strike on the town), fn 1 (c101: "armed blockaders", still missed); after
    # a passive's agent that is fighting or a calamity stopped counting as a strike: fp 0
    tp, false, fn = _confusion(analyses, _batch("c99", "c103"))
    assert tp >= 2 and not false


def test_a_captive_and_a_health_post_are_civilian(
        analyses: dict[str, ArticleAnalysis]) -> None:
    got = {(c.target.text, c.target.target_class) for c in analyses["c72"].claims}
    assert ("Lalthang Bawm", "military") not in got  # "detained by soldiers"
    assert ("health post", "civilian_site") in {
        (c.target.text, c.target.target_class) for c in analyses["c74"].claims}


def test_casualties_as_a_noun_and_they_for_the_dead(
        analyses: dict[str, ArticleAnalysis]) -> None:
    rules = {(c.rule, c.target.target_class) for c in analyses["c59"].claims}
    assert ("casualty.caused", "civilians") in rules  # "caused civilian casualties"
    rules = {(c.rule, c.target.target_class) for c in analyses["c57"].claims}
    assert ("use.operated_by", "armed_group") in rules
    # "no civilian casualties had been reported" is no account of civilians hit
    assert "civilians" not in {c.target.target_class for c in analyses["c70"].claims
                               if not c.negated}


def test_a_pseudo_cleft_and_a_pronoun_contrast_name_what_was_hit(
        analyses: dict[str, ArticleAnalysis]) -> None:
    rules = {(c.rule, c.target.target_class, c.negated) for c in analyses["c05"].claims}
    assert {("copula.what_hit", "military", True), ("copula.what_hit", "civilians", False)} \
        <= rules
    rules = {(c.rule, c.target.target_class, c.negated) for c in analyses["c13"].claims}
    assert ("copula.this_was_not", "military", True) in rules
    assert ("copula.this_was_not", "civilians", False) in rules


def test_what_residents_said_was_an_air_strike(analyses: dict[str, ArticleAnalysis]) -> None:
    by_party = {c.party.name.lower() for c in analyses["c08"].claims
                if c.target.target_class == "civilian_site"}
    assert "residents" in by_party


def test_a_site_producing_drones_is_military(analyses: dict[str, ArticleAnalysis]) -> None:
    assert "military" in classes(analyses["c02"], "defence ministry")
    # "a man it described as a senior Islamic State official" is no civilian
    assert "civilians" not in classes(analyses["c11"], "central command")


def test_an_admitted_misidentification_is_one_account(
        analyses: dict[str, ArticleAnalysis]) -> None:
    an = analyses["u07"]
    (hit,) = [c for c in an.claims if c.rule == "mistake.hit"]
    assert hit.target.text == "gathering" and hit.target.target_class == "civilians"
    assert article_conflict(an) is None


def test_weapon_subject_frames_a_toll(analyses: dict[str, ArticleAnalysis]) -> None:
    assert classes(analyses["u14"], "army") == {"armed_group"}


def test_trades_and_sites_of_daily_life_are_civilian(
        analyses: dict[str, ArticleAnalysis]) -> None:
    assert "civilians" in classes(analyses["u05"], "official")  # five fishermen
    assert classes(analyses["u13"], "iraqi officials") == {"civilian_site", "civilians"}


def test_firing_points_and_caves_are_military(analyses: dict[str, ArticleAnalysis]) -> None:
    assert classes(analyses["u08"], "azerbaijan") == {"military"}
    assert "military" in classes(analyses["u10"], "turkey")
    assert "infrastructure" in classes(analyses["u10"], "observatory")


def test_a_building_where_a_named_group_met(analyses: dict[str, ArticleAnalysis]) -> None:
    (claim,) = [c for c in analyses["u16"].claims if c.rule == "hit.at"]
    assert claim.target.target_class == "armed_group"
    assert claim.target.actor_id == "group.pdf-mm"


def test_no_fragment_is_a_party(analyses: dict[str, ArticleAnalysis]) -> None:
    # ("Source: Telegram Details", "based Syrian Observatory" cut from "Britain-based").
    # A bare "source" is no fragment but a definite reference left unresolved: g03's
    # "the source said" after "A Turkish security source" (held-out batch g, left as found)
    names = {c.party.name.lower() for an in analyses.values() for c in an.claims}
    assert not any(n.startswith(("based ", "videos", "source:", "source ", "air strikes"))
                   or n in ("details", "telegram") for n in names)


def test_a_weapon_that_landed_on_a_site(analyses: dict[str, ArticleAnalysis]) -> None:
    (claim,) = [c for c in analyses["u19"].claims if c.rule == "hit.impact"]
    assert claim.target.text.startswith("camp") and claim.target.target_class == "civilians"
    assert "humanitarian office" in claim.party.name


def test_what_a_party_said_the_struck_thing_was(analyses: dict[str, ArticleAnalysis]) -> None:
    (claim,) = [c for c in analyses["u12"].claims if c.rule == "copula.said_relative"]
    assert claim.party.name == "Islamabad"
    assert claim.target.target_class == "armed_group"
    assert article_conflict(analyses["u12"]) is not None


def test_the_multi_incident_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # m01-m12 (8 conflicts, 4 negatives): a disputed strike beside unrelated incidents,
    # parties telling different incidents, one incident told with different place
    # granularity or day wording. Scored untouched: tp 7, fp 2 (m05: an army repelling an
    # attack on its own positions against a market strike; m06: strikes two days apart
    # in one village), fn 1 (m10: the government's account is not found); after the
    # incident rules tp 7, fp 0. The fixture's articles carry no date here, so days
    # compare by weekday only
    tp, false, _ = _confusion(analyses, _batch("m01", "m12"))
    assert tp >= 7 and not false
    # the background incidents' parties take no part in the lead's dispute: the group's
    # claim of last week's bombing in Mogadishu (the farmers outside Jilib take the place
    # of their sentence), the Russian governor's depot (the Ukrainian governor's "no
    # soldiers" is answered by his own account of the Kostiantynivka strike, not of the
    # depot). Left: m01's camp committee and m11's TTP still join their alerts through
    # accounts with no place or day of their own, and so, since copula.victims_pronoun
    # reads the quote that follows the farm's sentence ('"They were our sons, not
    # fighters"'), does m04's al-Shabaab: the quote's denial has no place of its own, and
    # taking the sentence before it's place cost c52 its true pair. Since
    # incident.separate parts m01's committee ("Separately, ... on Thursday") and an
    # unplaced, undated account takes the place of the sentence just before it in its
    # paragraph (not across a break, so c52 keeps its pair), m04's al-Shabaab is out too
    for aid, outsider in (("m02", "source.governor"), ("m01", "org.camp-s-coordination-committee"),
                          ("m04", "group.al-shabaab")):
        alert = article_conflict(analyses[aid])
        assert alert is not None
        assert outsider not in {acc.party.id for acc in alert.accounts}


def test_the_held_out_h_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # h01-h16 (10 disputes, 6 negatives), written after all the rules above and scored
    # untouched: tp 8, fp 0, fn 2 (h01: the miners' "the drone hit an artisanal gold
    # mining site" against the army's rebel base is not an alert; h08: the PMF's
    # checkpoint of a state brigade against CENTCOM's Kataeb Hezbollah drone facility).
    # A regression guard at the first score, not the target. tp 9 once people named by
    # their trade speak and a mining site is civilian (h01)
    tp, false, fn = _confusion(analyses, _batch("h01", "h16"))
    assert tp >= 9 and fn <= 1 and not false
    ids = {i: {c.party.id for c in analyses[i].claims} for i in ("h01", "h11", "h15")}
    assert "source.miner" in ids["h01"]  # "miners and a local official said"
    assert "bi.military" in ids["h11"] and "gy.military" in ids["h15"]


def test_the_held_out_g_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # g01-g14 (9 disputes, 5 negatives), written after all the rules above and scored
    # untouched: tp 8, fp 1, fn 1 (g04 missed: the Houthi source's "targeted their
    # gathering points" is read as a civilian gathering, "their" not taken back to the
    # mercenaries; g12 flagged: the police's bus in Benishangul-Gumuz takes the place
    # "western Ethiopia", which does not part it from the army's operation in Oromia; "In a
    # separate statement", "earlier in the week" and "150 km apart" are not read, and the
    # body alone still alerts; the headline's bus is also given to the army, as in c83).
    # A regression guard at the first score, not the target
    tp, false, fn = _confusion(analyses, _batch("g01", "g14"))
    # g12 no longer: "the Benishangul-Gumuz" is found written without its kind word, so
    # the police's bus is placed there, apart from the army's operation in Oromia
    assert tp >= 8 and fn <= 1 and not false
    # the use of a site: the rebels' "firing artillery from inside its walls" against the
    # doctors' "no soldiers or weapons on the premises"
    assert "military" in classes(analyses["g06"], "kuku")
    assert "civilian_site" in classes(analyses["g06"], "health ministry")


def test_the_precision_j_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # j01-j16 (5 disputes, 11 negatives whose accounts look opposed but fit together),
    # written after all the rules above and scored untouched: tp 5, fp 5, fn 0 (j02:
    # "Africa Command", cut from "U.S. Africa Command", was no alias of it; j03: the
    # SDF's own dead in a family home against Turkey's "YPG militants"; j05: the
    # paragraph after "In a separate incident" paired with the lead; j07: the Houthis'
    # claimed attack on an oil terminal against the coalition's strikes; j11:
    # "building" in both sides' tolls of soldiers).
    # Scored with the gazetteer's group hierarchy, as a run is (YPG is part of the SDF)
    tp, false, fn = _confusion(analyses, _batch("j01", "j16"), load_groups())
    assert tp == 5 and fn == 0 and not false
    # the party that claims an attack carried it out (j07); a party saying "they
    # attacked" is the attacker (j05)
    (terminal,) = [c for c in analyses["j07"].claims if "Ras Tanura" in c.target.text]
    assert terminal.attacker is not None and terminal.attacker.id == "group.houthis"
    assert "us.africom" in {c.party.id for c in analyses["j02"].claims}


def test_the_party_naming_b_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # b01-b18 (14 disputes, 4 negatives) written to make speakers hard to name and
    # labelled before any run. Scored untouched: conflicts tp 13, fp 3 (b15, b16, b18: the
    # negatives' compatible accounts are read as opposed), fn 1 (b10); parties R 0.79 P
    # 0.95 loose, R 0.76 P 0.90 strict. After the party rules they led to: R 0.85 P 0.96
    # loose, R 0.84 P 0.93 strict; the conflicts unchanged
    tp, false, fn = _confusion(analyses, _batch("b01", "b18"), load_groups())
    assert tp >= 13 and fn <= 1 and false <= {"b15", "b16", "b18"}
    names = {c.party.name for i in _batch("b01", "b18") for c in analyses[i].claims}
    # ("Maj." is one token since a rank written short is a tokenizer exception with its
    # full word as its norm: the parser no longer ends the sentence at "Maj", and the
    # title stays on the name)
    assert {"local official Hazrat Gul", "neighbour Abu Fadi", "Jaime Martinez front",
            "Police spokesman Maj. Abdifatah Aden Hassan", "vigilante leader Sani Musa",
            "Kermanshah governor Manouchehr Habibi",
            "Syria's state news agency SANA, citing local sources",
            "Iranian Red Crescent Society head Pirhossein Kolivand", "Umm Khaled",
            "Nigerian Air Force spokesman Air Vice Marshal Olusola Akinboyewa"} <= names
    # no fragments: an anaphor is the party it stands for, a patron is nobody's name
    assert not names & {"network", "governor", "Umm Khaled, 45", "al Qaeda-linked group",
                        "former FARC guerrillas", "Other witnesses"}
    b03 = {c.party.name: c.party.country for c in analyses["b03"].claims}
    assert b03["Russian-installed officials in Ukraine's occupied Luhansk region"] == "RU"


def test_the_party_naming_nm_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # nm01-nm14 (13 disputes, 1 negative) written with the party shapes of reporters' copy
    # and labelled before any run. Scored untouched: conflicts tp 12, fp 0, fn 1 (nm04: "the
    # dead were farmers"); parties R 0.74 P 0.94 loose, R 0.61 P 0.94 strict. After the
    # party rules they led to: R 0.85 P 0.97 loose, R 0.72 P 0.97 strict; conflicts the same
    tp, false, fn = _confusion(analyses, _batch("nm01", "nm14"), load_groups())
    assert tp >= 12 and not false and fn <= 1
    names = {c.party.name for i in _batch("nm01", "nm14") for c in analyses[i].claims}
    assert {"herder who lost three of his sons", "Lebanon's Civil Defence",
            "Somali and U.S. officials", "Kenyan and Somali security officials",
            "regional governor Dmitry Azarov", "farmer who lost his brother in the strike",
            "Syria's state news agency SANA, citing a military source"} <= names
    # no dateline, quote or bare person word as a name
    assert not {n for n in names if '"' in n or n.isupper() or n in ("man", "woman", "farmer")}


def test_the_precision_a_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # a01-a20 (7 disputes, 13 negatives), written after the j rules and scored untouched:
    # tp 7, fp 7, fn 0 (a01: a generic "string of attacks on energy facilities" against
    # "stepped up strikes on depots"; a02: a hospital's "three men" its director then
    # called PKK members; a03: a governor's unplaced victims against the attacker's depot
    # in another region, and "KYIV" as attacker; a04: "his unit's camp" as civilian, and
    # a strike of August 2023 told as background; a08: a maritime agency's "vessel hit"
    # against the U.S. strike on the attackers' boats; a09: houses damaged beside the
    # military facility the same official names; a12: residents' bare "the camp").
    # After the general rules they led to: tp 7, fp 0, fn 0 (fitted). Three of those
    # rules (conflict.concedes, incident.party_place, incident.agreeing_attacker) were
    # taken out again: on held-out batches nobody tuned for they removed no false alert
    # and cost four true disputes. Without them a03, a08 and a09 are flagged again.
    tp, false, fn = _confusion(analyses, _batch("a01", "a20"), load_groups())
    assert tp == 7 and fn == 0 and false <= {"a03", "a08", "a09"}
    # the residents' bare "the camp": not a civilian site by its head word, and (since
    # the army's "camp of the ... group" is the army's account) no class of the army's
    camp = [c for c in analyses["a12"].claims if c.target.text == "camp"]
    assert camp and camp[0].target.target_class == "unknown"


def test_the_tolls_tl_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # tl01-tl14 (9 disputes, 5 negatives) hold sayings that are no account of this strike's
    # target beside accounts that are. Scored untouched on main: tp 5, fp 3 (tl07: a
    # ceasefire's "operations against the armed forces"; tl13: the army's "six men who it
    # said were JNIM fighters" read as civilians; tl14), fn 4 (tl05, tl09, tl11, tl12);
    # parties R 0.89 P 0.81. After the rules they led to (tolls over a period or region,
    # a leader's tally, evaluations, what a ceasefire covers, rescuers as civilians, the
    # sayer of a relative clause): tp 7, fp 1 (tl14: "exploded near a bakery" read as a
    # miss), fn 2 (tl05: "the men were shepherds"; tl11: a bare "the junta" is no speaker);
    # parties R 0.94 P 1.00
    tp, false, fn = _confusion(analyses, _batch("tl01", "tl14"), load_groups())
    assert tp >= 7 and fn <= 2 and false <= {"tl14"}
    names = {c.party.name.lower() for i in _batch("tl01", "tl14") for c in analyses[i].claims}
    assert not names & {"health ministry", "u.n. humanitarian office", "u.n.",
                        "prime minister shehbaz sharif", "iraq's foreign ministry",
                        "kurdish lawmaker", "ukraine's foreign minister"}
    rescuers = classes(analyses["tl09"], "emergency service")
    assert {"civilians", "civilian_site"} <= rescuers and "military" not in rescuers
    assert "civilians" in classes(analyses["tl12"], "residents")
    assert classes(analyses["tl13"], "malian army") == {"armed_group"}


def test_the_exchange_of_fire_xf_batch(analyses: dict[str, ArticleAnalysis]) -> None:
    # xf01-xf10 (5 disputes, 5 negatives): two sides fire at each other the same day and
    # each tells what the other's fire hit on its own side, or its own strike's targets.
    # Scored untouched on main: tp 5, fp 2 (xf01: the agency's orchards against the army's
    # drone strike on a cell; xf02: India's army's "forward posts" the Pakistani troops
    # shelled, given no attacker, against the Pakistani official's house), fn 0; xf03 was
    # flagged only through Hezbollah's barracks against the pupils. After
    # attacker.participle, incident.sentence_attacker and incident.own_side_hit: tp 4, fp 1
    # (xf01, still: orchards set alight on the outskirts of the village where the army says
    # its drones struck a cell, both Israel's fire), fn 1 (xf03: the army's launch sites
    # were not read, "its artillery hit rocket launch sites" parsed with "hit" as a
    # modifier); with construction hit.subject_as_modifier tp 5, fp 1; with groves and
    # orchards open land, not civilian sites, tp 5, fp 0
    tp, false, fn = _confusion(analyses, _batch("xf01", "xf10"), load_groups())
    assert tp >= 5 and not fn and not false
    (posts,) = [c for c in analyses["xf02"].claims if "forward posts" in c.target.text]
    assert posts.attacker is not None and posts.attacker.country == "PK"
    # xf11-xf14 (2 disputes, 2 negatives), written after those rules and scored untouched:
    # tp 2, fp 0 (main: xf13 flagged, the Thai base Cambodian rockets hit against the
    # civilian Thai shells wounded in Cambodia)
    tp, false, fn = _confusion(analyses, _batch("xf11", "xf14"), load_groups())
    assert tp >= 2 and not fn and not false
