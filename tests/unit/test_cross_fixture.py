"""The team-written cross-article set (tests/fixtures/cross, see its README) through the
real model and the embedded pipeline, scored like the held-out sets: conflict pairs
linked by an alert, and false links among decoy and consistent pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from scripts.score_pairs import run_embedded, score

pytestmark = pytest.mark.slow

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "cross"


def figures(folder: Path) -> dict[str, Any]:
    pairs = orjson.loads((folder / "pairs.json").read_bytes())
    fig = score(pairs, run_embedded(folder / "articles.jsonl"))
    print(f"linked {fig['conflict_linked']}/{fig['conflict_total']}, "
          f"false links {fig['false_pairs']}, missed {fig['missed']}")
    return fig


def test_the_written_cross_set_links_its_conflicts_and_no_decoy() -> None:
    fig = figures(FOLDER)
    assert fig["false_links"] == 0  # measured 0 before and after
    # measured 5/7 before the dateline date (both undated articles' pairs missed), 6/7 after;
    # 7/7 after the linking rules written for the fifth set (x04-x19 now linked)
    assert fig["conflict_linked"] >= 6
    assert ("x13", "x20") not in fig["missed"]  # undated, "BEIRUT, Oct 15 (Reuters) -"


def test_the_second_written_set_links_every_conflict() -> None:
    fig = figures(FOLDER / "later")
    # measured 3/5 with 2 false links before the weekday, own-country and spelling rules;
    # 5/5 after. The 2 false links were decoys in the same province a day apart whose
    # town the recogniser did not tag (compatible at the province); 0 once "the city of
    # Chernihiv" is the city, and "the town of N in the Chernihiv region" the town
    assert fig["conflict_linked"] == 5
    assert fig["false_links"] == 0


def test_the_third_written_set_links_every_conflict_and_no_decoy() -> None:
    fig = figures(FOLDER / "third")
    # measured 3/4, 0 false links with the rules of the first two sets (and on the code
    # before them); 4/4 once a one-country region gives the resolver its context
    assert fig["conflict_linked"] == 4 and fig["false_links"] == 0


def test_the_fourth_written_set_as_it_came_out() -> None:
    fig = figures(FOLDER / "fourth")
    # written after the rules and not fixed against: 3/4, 0 false links (2/4 before the
    # rules); w04-w05 was missed because the topic gate skipped w04 (a strike and a toll,
    # no weapon named): 4/4 once the gate passes an attack word beside a toll of people
    assert fig["conflict_linked"] == 4 and fig["false_links"] == 0


def test_the_fifth_written_set_held_out_for_the_linking_rules() -> None:
    fig = figures(FOLDER / "fifth")
    # scored before any rule was changed against it: 4/10 linked, 1 false link (v12-v24).
    # After the linking rules of that change: 9/10; v10-v11 stay unlinked because the
    # Yazidi side's targets ("a car", "a schoolteacher") get no class, so no dispute
    assert fig["conflict_linked"] >= 9
    assert fig["false_links"] == 0


def test_the_sixth_written_set_held_out_from_the_fifth_sets_rules() -> None:
    fig = figures(FOLDER / "sixth")
    # first score 1/5, 1 false link (s09-s11: Mocimboa's strike at the province level);
    # 2/5, 0 after "near X" and bearings ("in Jurf al-Sakhar, south of Baghdad"). Missed:
    # two Colombian Calamars; a PMF checkpoint against a drone site (both military, no
    # dispute by class); residents of a town the recogniser kept in the party's name.
    # 4/5 after the seventh set's place rules (namesake towns, "residents of X"); the
    # checkpoint against the drone site is still missed
    assert fig["conflict_linked"] >= 4 and fig["false_links"] == 0
    assert ("s01", "s02") not in fig["missed"] and ("s09", "s10") not in fig["missed"]


def test_the_seventh_written_set_held_out_from_the_sixth_sets_rules() -> None:
    fig = figures(FOLDER / "seventh")
    # first score 3/7, 0 false links. 5/7 after: "Cermuk" (only an alternate name
    # anywhere) goes by the story's country, "Nasir County" kept by its name, "South
    # Sudan's" no longer names Sudan too. Missed: k10-k11 (the Indian side names only
    # the Neelum valley, which the gazetteer lacks, "across the Line of Control": placed
    # in India) and k18-k19 (undated, filed last: "TEHRAN, Jan 18" reads as the year of
    # the feed's last article, a year after the strike)
    # 7/7 after the tenth set's rules: a yearless dateline ("TEHRAN, Jan 18", filed after
    # a March 2025 line) takes the year in which the feed had dated articles near that day
    assert fig["conflict_linked"] >= 7 and fig["false_links"] == 0
    assert ("k04", "k05") not in fig["missed"] and ("k07", "k08") not in fig["missed"]


def test_the_eighth_written_set_held_out_from_the_seventh_sets_rules() -> None:
    fig = figures(FOLDER / "eighth")
    # first score 2/5, 0 false links. 3/5 after: a strike "across the border from" a
    # Thai district is in the other country its sentence names (Cambodia), and "jets"
    # pass the topic gate. Missed: e04-e06 (Leilek/Leylek, in no gazetteer) and e10-e12
    # ("Bel Air" is the Seychelles district; the task force's story names no other place)
    assert fig["conflict_linked"] >= 3 and fig["false_links"] == 0
    assert ("e13", "e14") not in fig["missed"]


def test_the_ninth_written_set_held_out_from_the_eighth_sets_rules() -> None:
    fig = figures(FOLDER / "ninth")
    # first score 2/5, 0 false links (Batibo and Mijek/Mijik linked). 4/5 after: the town
    # the helicopter "came from" is not where it struck, so n07-n08 (Ndassima against "the
    # Ouaka prefecture") meet; "Chad's Lake Chad region" names Chad too, so n01-n02 meet
    # in Chad. Missed: n13-n14 (Sugapa and Bilogai are two gazetteer towns 42 km apart)
    assert fig["conflict_linked"] >= 4 and fig["false_links"] == 0
    for pair in (("n01", "n02"), ("n04", "n05"), ("n07", "n08"), ("n10", "n11")):
        assert pair not in fig["missed"]


def test_the_tenth_written_set_held_out_from_the_ninth_sets_rules() -> None:
    fig = figures(FOLDER / "tenth")
    # first score 4/5, 0 false links: o01-o02 missed ("the Dnepropetrovsk region" read as
    # the city of Dnipro, 70 km from Pavlohrad). 5/5 after: a region named after its
    # capital is the region; transliteration fold (Deir el-Zour, Dasht-i-Archi);
    # "locality" and "district" as kind words. The four decoys (same district two days
    # later, same province a week later, nearby town two days later, next province a day
    # later) stay apart
    assert fig["conflict_linked"] == 5 and fig["false_links"] == 0


def test_the_eleventh_written_set_villages_the_recogniser_does_not_tag() -> None:
    fig = figures(FOLDER / "eleventh")
    # first score 3/4 with 4 false links: the links were made at the province or district,
    # so the neighbouring village's story (its village no place) joined them. 3/4, 0 false
    # links after the place-slot rules, the links at the village. Missed: eb08-eb09 (the
    # White Helmets' story gives no claim)
    assert fig["conflict_linked"] >= 3 and fig["false_links"] == 0
    for pair in (("eb01", "eb02"), ("eb03", "eb04"), ("eb06", "eb07")):
        assert pair not in fig["missed"]


def test_the_twelfth_written_set_capital_quarters_and_travellers() -> None:
    fig = figures(FOLDER / "twelfth")
    # first score, on the code before this batch's rules: 1/3, 0 false links (missed
    # fa01-fa02, the Kyiv quarter 14 km out, and fa04-fa05, the migrants' countries)
    assert fig["conflict_linked"] == 3 and fig["false_links"] == 0
