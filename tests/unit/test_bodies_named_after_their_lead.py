"""Bodies a story describes first and names after: a lead's "an exile group" that the next
sentence names, "a man identified as" a gang's leader, a spokeswoman of the body a sentence
cites, and a headline's "military" that no state's officials or government stand for. And
the disputes they carry: a state's rights ombudsman on no side of its government, a force's
answer "against the aggressors", and "not a single shot" against someone shot."""
from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.claims import ARMED_MEN
from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Actor
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_conflicts import MEDICS, NL_ARMY, NL_MOD, article
from tests.unit.test_fire_returned_and_weapons_astray import _said, _unarmed

slow = pytest.mark.slow

GUNMEN = Actor(ARMED_MEN, "gunmen", "armed_group", None, None)


def _parties(extractor: Any, body: str, headline: str = "") -> set[str]:
    return {c.party.name for c in _analysed(extractor, body, headline)}


@slow
def test_a_lead_that_describes_a_body_takes_the_name_the_next_sentence_gives_it(
        real_extractor: Any) -> None:
    parties = _parties(real_extractor, (
        "ADDIS ABABA (Reuters) - An Eritrean opposition group said on Tuesday that border "
        "guards shot dead six of its supporters at a crossing near Humera, while the army "
        "said soldiers had fired on smugglers.\n\n"
        "The Red Sea Afar Democratic Organisation, which runs a radio station from exile, "
        "said the six were unarmed and had been waiting for a bus."))
    assert "Red Sea Afar Democratic Organisation" in parties, parties
    assert "Eritrean opposition group" not in parties, parties


@slow
def test_a_one_word_name_after_a_described_lead_is_the_body_not_a_person(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "PUERTO AYACUCHO (Reuters) - A Venezuelan rights group said on Sunday that soldiers "
        "had killed three fishermen on the Orinoco river, which the navy denied.\n\n"
        "Cofavic said the fishermen were shot on their boat."))
    lead = [c for c in claims if c.target.text == "three fishermen" and c.party.name == "Cofavic"]
    assert lead, {(c.party.name, c.target.text) for c in claims}
    assert lead[0].party.type != "person", lead[0].party


@slow
def test_a_described_lead_keeps_its_words_when_no_body_reports_next(
        real_extractor: Any) -> None:
    # the next sentence's subject reports nothing ("Drones carried out ..."), and the one
    # after it is a state's body: neither is the group the lead describes
    parties = _parties(real_extractor, (
        "At least 30 civilians were killed in an air strike on a market in Nyala, according "
        "to a local volunteer group.\n\n"
        "Drones carried out a series of strikes on the district on Sunday morning.\n\n"
        "The army said it had hit a rebel weapons depot."))
    assert "local volunteer group" in parties, parties
    assert "Drones" not in parties, parties


@slow
def test_a_man_identified_as_a_leader_speaks_under_that_title_and_name(
        real_extractor: Any) -> None:
    parties = _parties(real_extractor, (
        "Gunmen burned two police stations in Jalisco overnight, state officials said.\n\n"
        "In a recording shared on messaging apps, a man identified as cartel commander Ramiro "
        "Soto said his men had attacked the stations after police arrested his brother."))
    assert "cartel commander Ramiro Soto" in parties, parties
    assert "man" not in parties, parties


@slow
def test_a_spokesman_speaks_for_the_body_the_sentence_before_cites(
        real_extractor: Any) -> None:
    # the sentence before is about the gang, but it is the U.N. agency's account
    parties = _parties(real_extractor, (
        "Fighters of the 400 Mawozo gang raided a market in Ganthier on Monday and set fire "
        "to stalls, according to the U.N. children's agency. Among the dead were four "
        "children, spokesman James Elder said in Geneva."))
    spoke = [p for p in parties if "Elder" in p]
    assert spoke and not any("Mawozo" in p for p in spoke), parties


@slow
def test_a_headline_military_is_no_state_named_by_its_officials_or_government(
        real_extractor: Any) -> None:
    parties = _parties(real_extractor, (
        "SAN CRISTOBAL (Reuters) - A rights group accused soldiers on Friday of killing four "
        "farmers near the border town of Guasdualito.\n\n"
        "Some 2,000 villagers have fled across the river, according to Colombian "
        "officials.\n\n"
        "Colombia's government said on Saturday it had asked Caracas for an explanation."),
        headline="Military says it killed rebels near border, not farmers")
    assert not any(p.startswith("Colombia") for p in parties), parties


@slow
def test_a_states_rights_ombudsman_is_on_no_side_of_its_government(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The government said police had not fired a single shot at the roadblock. "
        "Peru's human rights ombudsman's office said three farmers were shot dead."))
    denial = next(c for c in claims if c.rule == "nostrike.not_a_single_shot")
    toll = next(c for c in claims if "ombudsman" in c.party.name)
    assert toll.party.side != denial.party.side, (toll.party, denial.party)


@slow
def test_a_human_rights_ministry_stays_its_governments(real_extractor: Any) -> None:
    # counter-example: a ministry is the government's, whatever it is the ministry of
    claims = _analysed(real_extractor, (
        "Peru's human rights ministry said three farmers were shot dead near the roadblock."))
    assert claims and claims[0].party.side == "pe", claims[0].party


@slow
@pytest.mark.parametrize(("sentence", "rule"), [
    ("The coast guard said its crew had responded against the gunmen.",
     "hit.responded_against"),
    ("The navy said its sailors had responded in a measured way against the attackers.",
     "hit.responded_in_manner_against"),
])
def test_whom_a_force_answered_an_attack_against(real_extractor: Any, sentence: str,
                                                 rule: str) -> None:
    told = {(c.target.text, c.rule) for c in _analysed(real_extractor, sentence)}
    assert any(rule == r for _, r in told), told


def test_a_force_that_answered_an_attack_says_its_target_bore_arms() -> None:
    assert _unarmed("hit.responded_against", "unknown") == ["presence"]
    assert _unarmed("hit.responded_in_manner_against", "unknown") == ["presence"]


def _no_shot(shooter: Actor | None) -> list[str]:
    a = article("a1")
    return [p.reason for p in find_conflicts([
        _said(a, NL_MOD, "The ministry said soldiers did not fire a single shot.",
              "single shot", "unknown", "nostrike.not_a_single_shot", attacker=NL_ARMY),
        _said(a, MEDICS, "'They shot him in the chest,' a medic said.", "him", "unknown",
              "hit.object", attacker=shooter)])]


def test_no_shot_fired_against_someone_shot() -> None:
    assert _no_shot(None) == ["no_strike"]
    assert _no_shot(NL_ARMY) == ["no_strike"]


def test_no_shot_fired_by_one_force_and_a_man_shot_by_gunmen() -> None:
    # counter-example: another attacker fired the shot the force says it never fired
    assert _no_shot(GUNMEN) == []


@slow
def test_a_military_spokesman_speaks_for_the_one_force_heard(real_extractor: Any) -> None:
    parties = _parties(real_extractor, (
        "Pakistan's army said its artillery had returned fire across the Line of Control.\n\n"
        "\"Our guns hit only launch pads used by infiltrators,\" a military spokesman said."))
    assert "Inter-Services Public Relations spokesman" in parties, parties


@slow
def test_a_military_spokesman_after_two_forces_is_neither(real_extractor: Any) -> None:
    # counter-example: two sides' forces heard; the title does not say whose it is
    parties = _parties(real_extractor, (
        "Pakistan's army said its artillery had returned fire across the Line of Control. "
        "India's army said Pakistani shelling hit one of its posts.\n\n"
        "\"The shell hit a school,\" a military spokesman said."))
    assert "military spokesman" in parties, parties


@slow
def test_lookouts_posted_on_a_roof_are_placed_not_said(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "A police spokesman said officers had fired only at gunmen and that the gang had "
        "posted lookouts with rifles on the clinic's roof, turning it into a firing point."))
    use = [c for c in claims if c.rule.startswith("use.")]
    assert use and all(c.party.name == "police spokesman" for c in use), \
        [(c.party.name, c.rule) for c in claims]


@slow
def test_who_after_a_place_is_the_person_the_place_is_of(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Gunmen attacked a bus near Zaria, killing at least six passengers, officials "
        "said.\n\nAmong the dead was Ada Obi, a nurse at the General Hospital in Zaria, who had "
        "written to her family from the bus that she had been shot."))
    shot = [c for c in claims if c.target.text == "she"]
    assert shot and shot[0].party.name.startswith("nurse"), \
        [(c.party.name, c.target.text) for c in claims]


@slow
def test_who_after_a_body_with_no_person_above_it_is_the_body(real_extractor: Any) -> None:
    # counter-example: no person stands above the body "who" hangs on
    parties = _parties(real_extractor, (
        "Jets struck a depot in the north, according to the Syrian Observatory for Human "
        "Rights, who said the strike killed nine fighters."))
    assert any("Observatory" in p for p in parties), parties


@slow
def test_a_statement_filed_by_an_officer_is_his(real_extractor: Any) -> None:
    parties = _parties(real_extractor, (
        "According to the statement filed at the district police station by a sub-inspector, "
        "villagers armed with axes attacked a police team at the bridge."))
    assert "sub-inspector" in parties, parties


@slow
def test_classmates_and_friends_speak_as_witnesses_do(real_extractor: Any) -> None:
    parties = _parties(real_extractor, (
        "A trader was shot dead outside the market on Sunday, his friends said. Patients said "
        "the shells hit the ward."))
    assert {"friends", "Patients"} <= parties, parties
