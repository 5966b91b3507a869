"""Lines that are no account of this strike, and accounts the parse hid: what a speaker
calls the things it strikes in a general line, people staying at home now, a toll of the
fighting beside strikes on camps, fighters who took up positions in a village or used it
in a second clause, and a crowd that pelted the police. Each rule has its example and a
counter-example; all are the team's own sentences. Slow: they load the model."""
from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from pipeline.domain.models import Article
from tests.unit.test_accounts_beside_and_asides import PUBLISHED, _analysed

slow = pytest.mark.slow

_STRIKE = ("Bombs dropped on a boarding school in Pelan township killed 14 pupils, a rescue "
           "volunteer said on Saturday.\n\n")


def _lines(extractor: Any, body: str) -> tuple[set[str], set[str]]:
    """The targets of the story's accounts, and those of its speakers' general lines."""
    (analysis,) = extractor.analyse([Article(id="t", headline="", body=body,
                                             source="Test Wire", published=PUBLISHED)])
    return ({c.target.text for c in analysis.claims},
            {c.target.text for c in analysis.general})


def _disputed(extractor: Any, body: str) -> bool:
    return bool(find_conflicts(_analysed(extractor, body)))


@slow
def test_what_a_general_line_calls_its_targets_is_part_of_the_line(
        real_extractor: Any) -> None:
    body = _STRIKE + "The junta says it bombs only what it describes as rebel camps."
    accounts, general = _lines(real_extractor, body)
    assert "rebel camps" in general and "rebel camps" not in accounts
    assert not _disputed(real_extractor, body)


@slow
def test_counter_example_what_a_strike_hit_by_its_speakers_name_is_an_account(
        real_extractor: Any) -> None:
    body = _STRIKE + "The military said its jets hit what it called a drone depot."
    accounts, general = _lines(real_extractor, body)
    assert "drone depot" in accounts and "drone depot" not in general
    assert _disputed(real_extractor, body)


_SHELL = "A shell hit a house in the old quarter of Darva on Monday, killing four people.\n\n"


@slow
def test_people_staying_at_home_now_are_no_account_of_a_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _SHELL + '"Drones buzz overhead and families are staying '
                       'inside their houses," a local reporter said.')
    assert not [c for c in claims if c.rule == "use.lived_in"], claims


@slow
def test_counter_example_families_sheltering_in_their_homes_when_it_hit(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _SHELL + "Relatives said displaced families were "
                       "sheltering in their homes.")
    assert [c for c in claims if c.rule == "use.lived_in"], claims


_CAMPS = ("Government jets bombed militia bases on the edge of the capital after the militia "
          "shelled army posts, the defence ministry said.\n\n")


@slow
def test_a_toll_of_the_fighting_says_nothing_of_what_the_strikes_hit(
        real_extractor: Any) -> None:
    assert not _disputed(real_extractor, _CAMPS + "The Capital Doctors' Committee said two "
                         "civilians had been killed and about twenty wounded in the clashes.")


@slow
def test_counter_example_a_toll_of_the_strikes_disputes_them(real_extractor: Any) -> None:
    assert _disputed(real_extractor, _CAMPS + "The Capital Doctors' Committee said two "
                     "civilians had been killed and about twenty wounded in the air strikes.")


_GUNFIGHT = ("A boy was killed in Kallur district on Monday during what police described as "
             "a gunfight with rebels.\n\n")


@slow
def test_fighters_who_took_positions_and_used_the_hamlet_dispute_no_rebels(
        real_extractor: Any) -> None:
    body = _GUNFIGHT + ("The district police chief said the insurgents had dug in beside the "
                        "houses and were using the village as a shield.\n\nFarmers said there "
                        "were no insurgents in the village that morning.")
    claims = _analysed(real_extractor, body)
    assert any(c.rule == "use.site_object_shared" and c.target.text == "insurgents"
               for c in claims), claims
    assert find_conflicts(claims)


@slow
def test_counter_example_a_force_that_used_its_weapons_used_no_site(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _GUNFIGHT + "The police chief said officers came under "
                       "fire and used tear gas to disperse the crowd.")
    assert not [c for c in claims if c.rule.startswith("use.site_object")], claims


@slow
def test_fighters_who_took_up_positions_in_a_school(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _GUNFIGHT + "The army said militants had taken up "
                       "positions in the school.")
    assert any(c.rule == "use.took_positions" for c in claims), claims


_SHOOTING = ("Officers shot dead a man and wounded twelve others at a road blockade by fuel "
             "protesters in Kalpur on Monday.\n\n")
_UNARMED = ('\n\nA taxi driver at the blockade said the protest had been calm all day. "They '
            'fired on people who carried nothing but banners," he said.')


@slow
def test_a_crowd_that_pelted_the_police_and_the_crowd_shot_at(real_extractor: Any) -> None:
    assert _disputed(real_extractor, _SHOOTING + "A police spokesman said officers fired only "
                     "after part of the crowd pelted the officers with stones." + _UNARMED)


@slow
def test_counter_example_a_crowd_that_only_gathered(real_extractor: Any) -> None:
    assert not _disputed(real_extractor, _SHOOTING + "A police spokesman said officers fired "
                         "only after part of the crowd refused to move." + _UNARMED)


def _parties(extractor: Any, body: str) -> dict[str, str]:
    return {c.target.text: c.party.name for c in _analysed(extractor, body)}


@slow
def test_the_outfit_is_the_armed_group_named_before(real_extractor: Any) -> None:
    said = _parties(real_extractor, (
        "The outlawed Eastern Hills Front said army drones struck three of its bases before "
        "dawn. The army declined to comment.\n\nThe outfit said 12 of its members were "
        "wounded in the strikes."))
    assert "Eastern Hills Front" in said.get("12 of its members", ""), said


@slow
def test_counter_example_the_army_after_the_outfit_is_the_army(real_extractor: Any) -> None:
    said = _parties(real_extractor, (
        "The outlawed Eastern Hills Front said army drones struck three of its bases before "
        "dawn.\n\nThe army said its drones struck a weapons depot."))
    assert "Front" not in said.get("weapons depot", ""), said


_STADIUM = ("Dozens of people died in a crush at the gates of a football ground in Kedu after "
            "police fired tear gas, officials said on Sunday.\n\nRegional police chief Adi "
            "Santoso said officers turned to tear gas once fans who invaded the pitch became "
            'violent. "They began attacking officers," he said.\n\n')


@slow
def test_a_supporter_speaks_and_his_quote_is_his(real_extractor: Any) -> None:
    said = _parties(real_extractor, _STADIUM + (
        "A supporter, a 19-year-old who did not want his name used, said the gas was fired "
        'into the seats. "They aimed it at the stands," he said.'))
    assert "supporter" in said.get("stands", ""), said


@slow
def test_counter_example_the_chiefs_own_quote_stays_his(real_extractor: Any) -> None:
    said = _parties(real_extractor, _STADIUM + (
        '"They shot at officers in the stands," the chief said.'))
    assert "Santoso" in said.get("officers", "") or "chief" in said.get("officers", ""), said


_CAMPS_HIT = ("The Eastern Hills Front said drones had destroyed its command post and two camps "
              "in the forest across the frontier.\n\n")


@slow
def test_a_strike_denied_only_as_launched_from_a_state_disputes_no_hit(
        real_extractor: Any) -> None:
    assert not _disputed(real_extractor, _CAMPS_HIT + "The province's governor said no attack "
                         "had been carried out from the province's territory.")


@slow
def test_counter_example_a_strike_denied_outright_disputes_the_hit(real_extractor: Any) -> None:
    assert _disputed(real_extractor, _CAMPS_HIT + "The army said no strike had been carried "
                     "out near the frontier.")


_SIEGE = ("Armed men who raided a teachers' college in the town of Karu killed 60 people, "
          "mostly students, the interior minister said after troops retook the campus.\n\n"
          "The minister said three raiders in explosive belts were killed when soldiers "
          "stormed the last building they held, and that their belts went off when they were "
          "shot.\n\n")


@slow
def test_they_who_were_shot_are_the_attackers_killed(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _SIEGE + "Survivors said the raiders gunned down "
                       "students in their dormitory.")
    assert [c.target.target_class for c in claims if c.target.text == "they"] == \
        ["armed_group"], claims


@slow
def test_the_attackers_killed_and_the_students_they_shot_are_one_attack(
        real_extractor: Any) -> None:
    assert not _disputed(real_extractor, _SIEGE + "Survivors said the raiders gunned down "
                         "students in their dormitory.")


@slow
def test_counter_example_students_the_forces_shot_dispute_it(real_extractor: Any) -> None:
    assert _disputed(real_extractor, _SIEGE + "Survivors said soldiers gunned down students as "
                     "they ran.")


_SWEEP = ("A young herder was shot dead during a police eviction on a disputed estate near "
          "Orel on Saturday, his family said.\n\n")
_FLED = ("\n\nCommunity leaders said the group carried no weapons and had been running into "
         'the forest when the officers opened fire on them. "He was running away when they '
         'shot him," one leader said.')


def _crowd_dispute(extractor: Any, body: str) -> bool:
    """Whether the ministry's account and the community's are disputed as a crowd said to
    have attacked a force and the people it fired on."""
    return any(p.reason == "presence" and {p.first.party.name, p.second.party.name}
               & {"ministry"} for p in find_conflicts(_analysed(extractor, body)))


@slow
def test_a_patrol_attacked_by_a_group_of_people_and_the_people_fired_on(
        real_extractor: Any) -> None:
    assert _crowd_dispute(real_extractor, _SWEEP + "The ministry said a five-man police unit "
                          "was attacked by a masked group of about 30 people carrying "
                          "machetes." + _FLED)


@slow
def test_counter_example_a_patrol_that_drove_past_a_group_of_people(
        real_extractor: Any) -> None:
    assert not _crowd_dispute(real_extractor, _SWEEP + "The ministry said a five-man police "
                              "unit was attacked by gunmen who fired from behind a group of "
                              "about 30 people." + _FLED)


_AIRPORT = ("\n\nA rebel radio station said one of its drones had hit the airport and halted "
            "flights.")


def _no_strike(extractor: Any, body: str) -> bool:
    return any(p.reason == "no_strike" for p in find_conflicts(_analysed(extractor, body)))


@slow
def test_a_denial_that_another_side_struck_disputes_its_account(real_extractor: Any) -> None:
    assert _no_strike(real_extractor, "The transport ministry of Qaris denied on Monday reports "
                      "that rebels had attacked the city's airport, saying flights were running "
                      "on schedule." + _AIRPORT)


@slow
def test_counter_example_the_accused_denying_its_own_strike_is_a_denial_of_blame(
        real_extractor: Any) -> None:
    assert not _no_strike(real_extractor, "The rebels denied on Monday reports that they had "
                          "attacked the city's airport." + _AIRPORT)


_RAID = "A rebel radio station said its drone had hit an oil terminal in Qaris on Monday.\n\n"


@slow
def test_arms_a_state_is_accused_of_supplying_are_no_attack_blamed(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _RAID + "The alliance accuses Tarvia of arming the "
                       "rebels with missiles and drones.")
    assert not [c for c in claims if c.rule == "blame.noun"], claims


@slow
def test_counter_example_an_attack_a_state_is_accused_of_is_blamed(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _RAID + "The alliance accuses Tarvia of launching "
                       "missiles and drones.")
    assert [c for c in claims if c.rule == "blame.noun"], claims


@slow
def test_counter_example_a_groups_spokesman_denying_rebels_fired_is_the_accused(
        real_extractor: Any) -> None:
    assert not _no_strike(real_extractor, "Shells struck a market in the port town of Varna on "
                          "Saturday, killing 30 people, officials said, blaming separatists.\n\n"
                          "A separatist military spokesman, Ivan Dorn, denied that its "
                          "fighters had shelled the town.")
