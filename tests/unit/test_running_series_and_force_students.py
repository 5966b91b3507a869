"""A campaign's running series, a force's students, bases kept, an armed speaker's
"they", another bomber, acts described, damage shown, ranks joined by a hyphen, a force's
men also killed and operations kept up (issue 8), each beside a sentence where the rule
must not apply.

- Running series: "its pilots had hit some 300 rebel sites since the offensive opened,
  killing hundreds of rebel fighters" counts a campaign, not the strike the story is
  about: its toll is the speaker's general line, no account of what that strike hit
  (``general.series_since``, :func:`in_series`), and militias that "have claimed some 90
  mortar and rocket attacks on army forces since the conflict erupted" name no target of
  one attack. "Had hit some 30 rebel sites on Monday, killing dozens" tells one day's
  strikes, and "claimed two mortar and rocket attacks on army forces on Monday" two
  attacks: both keep their targets.
- A force's students: "gendarmerie students" are a force's trainees, military
  (``military.force_students``); the pupils of a school an army runs for children are
  civilians.
- Kept, not said: "Kenya has maintained two garrisons in the northern hills and launched
  its Linda offensive against the Pelan Front" says nothing: "maintain" with an object
  and no clause keeps, it does not report (``speaker.maintained_held``); "has maintained
  that its jets hit only rebel depots" reports.
- An armed speaker's "they": "the insurgents said they had killed scores of soldiers"
  tells the insurgents' own killing, even after an account of an army strike
  (``attacker.they_said_armed``); residents who say "they had also fired on a crowd"
  after a strike by jets still speak of the jets.
- Another bomber: in a string of suicide bombings, "another bomber struck a checkpoint,
  killing three vigilantes" is one more attack, apart from the wedding an earlier account
  tells of (``incident.another_assailant``); "the bomber struck a checkpoint" after an
  account of the wedding's dead disputes what the one attack hit.
- Acts described: a governor "branding them as the cowardly acts of criminals" says what
  the bombings were, not who the dead were (``copula.identified_person_as`` takes no act
  noun); "described him as a senior rebel commander" says who a dead man was.
- Damage shown: "footage verified by the agency showed heavy damage to the town's main
  hospital" is the agency's account of the hospital hit (``hit.shown_damage`` with
  "to"); "showed heavy traffic to the hospital" is none.
- Ranks joined by a hyphen: in "Army Spokesman Brig.-Gen. Amos Tara said ..." the rank
  is one word, stop and all, and the speaker keeps his title (``RANK_ABBREVIATIONS``); a
  rank written out is split at its hyphen and its stop as ever.
- A force's men also killed: a vigilante's word that a soldier and three of his comrades
  "were also killed" as an attacker rushed a roadblock tells the force's losses
  beside the wedding and the clinic the relief agency counts (``conflict.also_hit``, the
  men told before "also"); without "also" the soldier is set against the agency's dead.
- Operations kept up: a spokesman who "has said that army units were conducting
  operations against armed extremists in the region" tells a campaign, a general line
  (``general.ongoing_operations``); "conducted an operation against armed extremists in
  the town on Sunday" tells one.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.models import Claim
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_hazards_datelines_and_titled_names import _general
from tests.unit.test_lists_tolls_places_and_admissions import _conflict

slow = pytest.mark.slow


def _targets(claims: list[Claim]) -> dict[str, str]:
    return {c.target.text: c.target.target_class for c in claims}


def _lines(extractor: Any, body: str) -> dict[str, str]:
    """The general lines' targets and their speakers."""
    return {c.target.text: c.party.name for c in _general(extractor, body)}


# ------------------------------------------------------------------ running series

_CLINIC = ("Rebel radio said a bomb dropped by a warplane hit a clinic in Dorba on Monday, "
           "killing nine patients. The air force told reporters its pilots had hit {}, "
           "killing {} of rebel fighters.")


@slow
def test_a_campaigns_running_series_tells_no_toll_of_the_strike(real_extractor: Any) -> None:
    body = _CLINIC.format("some 300 rebel sites since the offensive opened in May",
                          "hundreds")
    claims = _analysed(real_extractor, body)
    assert "hundreds of rebel fighters" not in _targets(claims), _targets(claims)
    assert _lines(real_extractor, body).get("hundreds of rebel fighters") == "air force"
    assert _targets(claims).get("clinic") == "civilian_site"
    assert not _conflict(real_extractor, body)


@slow
def test_counter_example_one_days_strikes_keep_their_toll(real_extractor: Any) -> None:
    body = _CLINIC.format("some 30 rebel sites on Monday", "dozens")
    claims = _analysed(real_extractor, body)
    assert _targets(claims).get("dozens of rebel fighters") == "armed_group", \
        _targets(claims)
    assert _conflict(real_extractor, body)


_POSTS = ("The army said a drone strike destroyed a rebel depot in Pelan. Militias "
          "fighting under the flag of the Lira Front {} mortar and rocket attacks on army "
          "forces in Pelan and Tarsa {}.")


@slow
def test_attacks_claimed_since_the_war_began_name_no_target(real_extractor: Any) -> None:
    body = _POSTS.format("have claimed some 90",
                         "since the conflict in Dorba erupted in October")
    assert "army forces" not in _targets(_analysed(real_extractor, body))
    assert _lines(real_extractor, body).get("army forces") == "Militias"


@slow
def test_counter_example_two_attacks_claimed_on_monday_keep_their_target(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _POSTS.format("claimed two", "on Monday"))
    assert _targets(claims).get("army forces") == "military", _targets(claims)


# ------------------------------------------------------------------ a force's students

_AMONG = "A police source in Tarsa said dozens of {} were among the dead."


@slow
def test_gendarmerie_students_are_a_forces_trainees(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _AMONG.format("gendarmerie students"))
    assert _targets(claims).get("dozens of gendarmerie students") == "military", \
        _targets(claims)


@slow
def test_counter_example_pupils_of_an_army_public_school_are_civilians(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _AMONG.format("students of the Army Public School"))
    assert _targets(claims).get(
        "dozens of students of the Army Public School") == "civilians", _targets(claims)


# ------------------------------------------------------------------ kept, not said


@slow
def test_bases_maintained_are_no_report(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Kenya has maintained two garrisons in the northern hills and launched its Linda "
        "offensive against the Pelan Front in April."))
    assert not claims, _targets(claims)


@slow
def test_counter_example_maintained_that_reports(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The army has maintained that its jets hit only rebel depots in Pelan."))
    assert _targets(claims).get("only rebel depots") == "armed_group", _targets(claims)


# ------------------------------------------------------------------ an armed speaker's "they"


def _attackers(claims: list[Claim]) -> dict[str, str | None]:
    return {c.target.text: c.attacker.name if c.attacker else None for c in claims}


@slow
def test_rebels_who_say_they_killed_speak_of_their_own_men(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Rebels in the north said an army drone hit a bakery in Pelan on Sunday, killing 14 "
        "villagers. The army reported that its jets had bombed insurgent hideouts near Pelan "
        "on Sunday. After a battle in July, the insurgents said they had killed scores of "
        "army soldiers and mercenaries."))
    told = next(c for c in claims if c.target.text == "scores of army soldiers")
    assert told.attacker is not None and told.attacker.name == told.party.name, \
        _attackers(claims)


@slow
def test_counter_example_residents_they_is_the_strikes_attacker(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "The health ministry said Israeli jets bombed a market in Pelan on Sunday. "
        "Residents said they had also fired on a crowd at the clinic."))
    assert _attackers(claims).get("crowd") == "Israeli jets", _attackers(claims)


# ------------------------------------------------------------------ another bomber

_BOMBERS = ("Twelve people died in {} in Pelan on Saturday. The state relief agency said "
            "children and old men at a wedding were among the dead. A vigilante commander "
            "said {} struck a checkpoint, killing three vigilantes and a policeman.")


@slow
def test_another_bomber_tells_another_attack_of_the_series(real_extractor: Any) -> None:
    body = _BOMBERS.format("a string of suicide bombings", "another bomber")
    assert not _conflict(real_extractor, body)


@slow
def test_counter_example_the_one_bomber_hit_what_is_disputed(real_extractor: Any) -> None:
    body = _BOMBERS.format("a suicide bombing", "the bomber")
    assert _conflict(real_extractor, body)


# ------------------------------------------------------------------ acts described

_DESCRIBED = ("Twelve people died in a string of suicide bombings in Pelan on Saturday. The "
              "state relief agency said children and old men at a wedding were among the "
              "dead. Governor Amos Tara {}.")


@slow
def test_attacks_described_as_acts_name_no_dead(real_extractor: Any) -> None:
    body = _DESCRIBED.format("denounced the bombings, branding them as the cowardly acts of "
                             "criminals")
    assert "cowardly acts of criminals" not in _targets(_analysed(real_extractor, body))
    assert not _conflict(real_extractor, body)


@slow
def test_counter_example_a_dead_man_described_as_a_commander(real_extractor: Any) -> None:
    body = _DESCRIBED.format("identified Abu Kessa among the dead and described him as a "
                             "senior rebel commander")
    assert _targets(_analysed(real_extractor, body)).get(
        "senior rebel commander") == "armed_group"


# ------------------------------------------------------------------ damage shown

_FOOTAGE = ("Drones struck Pelan on Friday. Footage verified by the agency showed heavy {} "
            "to the town's main hospital.")


@slow
def test_footage_showing_damage_to_a_site_tells_it_hit(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _FOOTAGE.format("damage"))
    assert _targets(claims).get("town's main hospital") == "civilian_site", _targets(claims)


@slow
def test_counter_example_traffic_to_a_site_tells_nothing(real_extractor: Any) -> None:
    assert not _analysed(real_extractor, _FOOTAGE.format("traffic"))


# ------------------------------------------------------------------ ranks joined by a hyphen

_SPOKESMAN = ("The army killed a rebel commander in a strike on his home in Pelan, the "
              "military said. Army Spokesman Brig.-Gen. Amos Tara said a drone dropped a guided "
              "bomb on the room in which the commander had been hiding.")


@slow
def test_a_rank_joined_by_a_hyphen_keeps_the_speakers_title(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _SPOKESMAN)
    assert "Army Spokesman Brig.-Gen. Amos Tara" in {c.party.name for c in claims}, \
        {c.party.name for c in claims}
    words = [t.text for t in real_extractor.nlp.make_doc("Spokesman Brig.-Gen. Amos Tara")]
    assert words == ["Spokesman", "Brig.-Gen.", "Amos", "Tara"]


@slow
def test_counter_example_a_rank_written_out_is_split_as_ever(real_extractor: Any) -> None:
    words = [t.text for t in real_extractor.nlp.make_doc("a brigadier-general. Amos Tara")]
    assert words == ["a", "brigadier", "-", "general", ".", "Amos", "Tara"]


# ------------------------------------------------------------------ a force's men also killed

_VIGILANTE = ("Suicide bombers struck a wedding and a clinic in Pelan on Saturday, killing at "
              "least 12 people, the state relief agency said. A member of a vigilante group "
              "that fights beside the army said three of his comrades and a soldier were {}"
              "killed as an attacker rushed a roadblock outside the town.")


@slow
def test_a_forces_men_also_killed_are_losses_beside_the_dead(real_extractor: Any) -> None:
    assert not _conflict(real_extractor, _VIGILANTE.format("also "))


@slow
def test_counter_example_its_men_killed_without_also_are_set_against(
        real_extractor: Any) -> None:
    assert _conflict(real_extractor, _VIGILANTE.format(""))


# ------------------------------------------------------------------ operations kept up

_SPOKEN = ("A drone strike on a crowded bus depot in Pelan killed 20 people, a hospital "
           "official said. "
           "A government spokesman {} against armed extremists in the {}.")


@slow
def test_operations_kept_up_are_a_general_line(real_extractor: Any) -> None:
    body = _SPOKEN.format("has said over the past week that army units were conducting "
                          "operations", "region")
    assert "armed extremists" not in _targets(_analysed(real_extractor, body))
    assert _lines(real_extractor, body).get("armed extremists") == "government spokesman"
    assert not _conflict(real_extractor, body)


@slow
def test_counter_example_one_operation_on_sunday_is_an_account(real_extractor: Any) -> None:
    body = _SPOKEN.format("said army units conducted an operation", "town on Sunday")
    assert _targets(_analysed(real_extractor, body)).get("armed extremists") == "armed_group"
    assert _conflict(real_extractor, body)
