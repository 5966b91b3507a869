"""The topic gate: self-written sentences, the Extractor's skip, and (given the labelled
data) that no labelled article with claims is kept from the parse."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.domain.models import Article, ArticleAnalysis, Place
from pipeline.domain.results import processed_result
from pipeline.nlp.extract import Extractor
from pipeline.nlp.gate import TopicGate
from pipeline.settings import Settings, SettingsError


@pytest.fixture(scope="module")
def gate() -> TopicGate:
    return TopicGate.default()


ATTACK_STORIES = [
    "Missiles struck a fuel depot on the edge of the city overnight, killing three people, "
    "the regional governor said. The defence ministry said air defences downed two drones.",
    "Gunmen stormed a police post near the border before dawn and at least six officers were "
    "killed, a security official said; no group has said it carried out the assault.",
    "The army said its jets hit a rebel command centre, while residents said the bombs fell "
    "on a crowded market and wounded dozens of shoppers.",
    "Islamic State claimed the bombing, which killed nine worshippers at a mosque on Friday.",
    # no weapon or force named: dense with attack and casualty words instead (a first take)
    "An explosion ripped through a crowded bus station on Monday, killing 12 people and "
    "wounding dozens. The blast destroyed shops, and the dead included children.",
    "Artillery shelling of the town continued for a third day, local officials said, "
    "and the death toll rose to 14.",
    # no weapon or force named: a strike beside a toll of people
    "A strike on a school sheltering displaced families killed at least 19 people on "
    "Sunday, the civil defence agency said.",
    "Strike on market kills 11 in the north, officials say",
]
OFF_TOPIC_STORIES = [
    "The striker hit the post twice before a late strike sealed a 2-1 win, and the home "
    "side's attack looked sharper after the break.",
    "Shares in the retailer hit a 52-week high after analysts raised their price target, "
    "and the company said it would hit its sales goals for the year.",
    "Rail workers began a 48-hour strike on Tuesday after talks over pay broke down, and "
    "the union warned of further walkouts that would hit commuters.",
    "The singer died of a heart attack at his home on Sunday, his family said; tributes "
    "poured in from fellow musicians.",
    "Lightning struck a barn and killed two cows during the storm, which also brought down "
    "power lines across the county.",
    "The central bank held interest rates at 4.5 percent, saying inflation had hit a "
    "two-year low and the economy was on target for modest growth.",
]


@pytest.mark.parametrize("text", ATTACK_STORIES)
def test_attack_story_passes(gate: TopicGate, text: str) -> None:
    decision = gate.decide(text)
    assert decision.passes, decision
    assert decision.attack


@pytest.mark.parametrize("text", OFF_TOPIC_STORIES)
def test_sport_business_and_other_strikes_are_gated_out(gate: TopicGate, text: str) -> None:
    decision = gate.decide(text)
    assert not decision.passes, decision


def test_armed_actor_of_the_gazetteer_is_armed_context(gate: TopicGate) -> None:
    """No weapon word at all: the actor's name is what makes the killing an attack."""
    decision = gate.decide("Hezbollah said it was behind the attack that killed two.")
    assert decision.passes
    assert "hezbollah" in decision.armed


def test_acronyms_match_as_written_only(gate: TopicGate) -> None:
    assert gate.decide("ISIS said it carried out the attack.").passes
    # "isis" in lower case is not the group (a name, a river, a goddess)
    assert not gate.decide("Isis the cat was hit by a car and killed.").passes


def test_a_word_that_is_both_still_needs_an_attack_word_of_its_own(gate: TopicGate) -> None:
    assert not gate.decide("The rocket lifted off from the launch pad on time.").passes
    assert gate.decide("A rocket hit the school, killing a teacher.").passes


# attack words enough to pass alone, with no weapon, force or toll of people
_DENSE = ("The spinners struck early, hit the stumps twice and attacked every ball; "
          "the opener was shot out and the hosts were destroyed by a late assault")


def test_a_match_report_dense_with_attack_words_is_gated_out(gate: TopicGate) -> None:
    """Attack words alone pass a first take; in a match report they are sport's."""
    assert gate.decide(_DENSE + ".").passes  # counter-example: no sport words
    report = _DENSE + " as the series went to a final Test, with wickets in the last overs."
    decision = gate.decide(report)
    assert not decision.passes, decision
    # armed context still decides: a raid on a stadium during a match is an attack
    assert gate.decide(report + " Militants fired rockets at the stadium.").passes


# a walkout told in attack words alone (team-written)
_WALKOUT = ("Strikes hit trains and schools across the country on Tuesday, and the rail "
            "operator called the strike an attack on passengers; the union, which struck "
            "twice last year, said it was targeting the government, not travellers, and "
            "that a walkout that hits ports would follow next week")


def test_a_walkout_dense_with_attack_words_is_gated_out(gate: TopicGate) -> None:
    """Attack words alone in a story of a labour dispute are labour's ("the strike hit
    trains"), as they are sport's in a match report."""
    decision = gate.decide(_WALKOUT + ", over pay and pensions.")
    assert decision.attack and not decision.passes, decision
    # counter-example: the same words with no labour words of their own pass
    assert gate.decide(_WALKOUT.replace("union", "group") + ".").passes
    # armed context still decides: a drone strike on a picket line is an attack
    assert gate.decide(_WALKOUT + ", over pay and pensions. A drone fired a missile at the "
                                  "picket.").passes


_PROBE = ("The Kestrel probe fired a small explosive projectile at the asteroid Vanth on "
          "Monday, and its camera showed the charge struck the surface and blasted out a "
          "crater, the space agency said. Scientists hope the dust will tell how the "
          "asteroid's orbit has changed.")


def test_a_probe_firing_at_an_asteroid_is_gated_out(gate: TopicGate) -> None:
    """A spacecraft's "projectile" and "explosive" beside two words of spaceflight
    ("asteroid", "orbit") are no weapons of war when no armed force or actor is named."""
    decision = gate.decide(_PROBE)
    assert decision.attack and decision.armed and not decision.passes, decision
    # counter-example: an armed force named beside the same words is an attack story
    assert gate.decide(_PROBE + " The army said the rocket was fired at its base.").passes
    # nor is "probe" alone spaceflight: an inquiry into a strike
    assert gate.decide("A probe into the air strike found the missile hit a market, the "
                       "asteroid-sized crater showing the blast.").passes


def test_jets_in_the_plural_are_armed_context(gate: TopicGate) -> None:
    # "jet" was armed context, its plural not: a bombing by "jets" named no force
    assert gate.decide("Jets dropped bombs on a pagoda and a road, the ministry said.").passes
    # counter-example: jets with no attack word at all
    assert not gate.decide("Sales of private jets rose in the second quarter.").passes


# ------------------------------------------------------------------ the Extractor's skip


class _NoPlaces:
    def resolve_all(self, names: Sequence[str], context_countries: Sequence[str] = (),
                    text: str = "", home_countries: Sequence[str] = ()) -> dict[str, Place]:
        return {}

    def country_of(self, name: str) -> str | None:
        return None


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, headline="", body=text, source="Test Wire")


def _extractor(gate: TopicGate | None, parsed: list[str]) -> Extractor:
    extractor = Extractor(spacy.blank("en"), places=_NoPlaces(),
                          gate=gate.passes if gate else None)
    make_doc = extractor.nlp.make_doc

    def counting_pipe(texts: Any, **kwargs: Any) -> Iterator[Doc]:
        """Stands in for the parse: records what reached it, returns bare tokens."""
        for text in texts:
            parsed.append(text)
            yield make_doc(text)

    extractor.nlp.pipe = counting_pipe  # type: ignore[method-assign]
    return extractor


def test_extractor_parses_only_what_passes_and_marks_the_rest_gated(gate: TopicGate) -> None:
    articles = [_article("a1", OFF_TOPIC_STORIES[0]), _article("a2", ATTACK_STORIES[0]),
                _article("a3", OFF_TOPIC_STORIES[1])]
    parsed: list[str] = []
    analyses = _extractor(gate, parsed).analyse(articles)
    assert [a.article.id for a in analyses] == ["a1", "a2", "a3"]
    assert [a.gated for a in analyses] == [True, False, True]
    assert parsed == [ATTACK_STORIES[0]]
    assert analyses[0] == ArticleAnalysis(article=articles[0], gated=True)


def test_without_a_gate_everything_is_parsed(gate: TopicGate) -> None:
    articles = [_article("a1", OFF_TOPIC_STORIES[0]), _article("a2", ATTACK_STORIES[0])]
    parsed: list[str] = []
    analyses = _extractor(None, parsed).analyse(articles)
    assert len(parsed) == 2
    assert not any(a.gated for a in analyses)


def test_gated_result_is_processed_with_no_claims() -> None:
    result = processed_result(ArticleAnalysis(article=_article("a1", "x"), gated=True), None)
    assert result["status"] == "processed"
    assert result["gated"] is True
    assert result["claims"] == [] and result["conflict"] is False


def test_gate_setting_defaults_on_and_reads_the_environment() -> None:
    assert Settings.from_env({}).gate == 1
    assert Settings.from_env({"WIREWATCH_GATE": "0"}).gate == 0
    with pytest.raises(SettingsError):
        Settings.from_env({"WIREWATCH_GATE": "2"})


# ------------------------------------------------------------------ labelled sets


def _labelled_sets(given: Path) -> list[Path]:
    """The given labelled file and every other labelled ``articles.jsonl`` beside it
    (dev, dev2 and its cross set sit side by side; a new set dropped there is checked too)."""
    root = given.parent.parent
    found = {given, *root.rglob("articles.jsonl")}
    return sorted(p for p in found if _first_labels(p) is not None)


def _first_labels(path: Path) -> dict[str, Any] | None:
    with path.open("rb") as handle:
        line = handle.readline()
    labels = orjson.loads(line).get("labels") if line.strip() else None
    return labels if isinstance(labels, dict) else None


def _has_claims(labels: dict[str, Any]) -> bool:
    """In-article sets list ``claims``; the cross set gives one party's ``target`` each."""
    return bool(labels.get("claims")) or bool(labels.get("target"))


def _text(item: dict[str, Any]) -> str:
    headline = item.get("headline") or ""
    return f"{headline}\n\n{item['body']}" if headline else str(item["body"])


def test_no_labelled_article_with_claims_is_gated_out(dev_data: Path, gate: TopicGate) -> None:
    checked = 0
    dropped: list[str] = []
    for path in _labelled_sets(dev_data):
        for line in path.read_bytes().splitlines():
            if not line.strip():
                continue
            item = orjson.loads(line)
            if not _has_claims(item["labels"]):
                continue
            checked += 1
            if not gate.decide(_text(item)).passes:
                dropped.append(f"{path.parent.name}/{item['id']}")
    assert checked > 0
    assert dropped == []


# ------------------------------------------------------------------ through the shared steps


def test_gated_article_is_still_deduplicated_and_gets_a_result(gate: TopicGate) -> None:
    """wirewatch run's steps: the copy of a gated-out story is a duplicate of it, and the
    gated original is processed with no claims (the workers call the same Extractor)."""
    from pipeline.feed import FeedLine
    from pipeline.runner import EmbeddedPipeline

    story = OFF_TOPIC_STORIES[2] + " " + OFF_TOPIC_STORIES[5]
    lines = [
        FeedLine("feed", n, orjson.dumps({"id": i, "source": s, "body": story}).decode())
        for n, (i, s) in enumerate([("g1", "Wire A"), ("g2", "Wire B")], start=1)
    ]
    parsed: list[str] = []
    pipeline = EmbeddedPipeline(_extractor(gate, parsed), Settings.from_env({}, app_id="t"))
    results = [outcome.result for outcome in pipeline.run(lines)]
    assert parsed == []
    assert [(r["id"], r["status"], r.get("gated")) for r in results] == [
        ("g1", "processed", True),
        ("g2", "duplicate", None),
    ]
    assert results[1]["duplicate_of"] == "g1"


def test_gated_flag_survives_the_record_round_trip() -> None:
    """What the extract agent sends on wire.analysed and the router reads back."""
    from pipeline.domain.records import from_dict, to_dict

    analysis = ArticleAnalysis(article=_article("a1", "text"), gated=True)
    assert from_dict(ArticleAnalysis, to_dict(analysis)).gated is True
