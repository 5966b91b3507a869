"""Ground told as held, governors of two places, a body that speaks as "it" again, fire
opened from a site, and a strike told from the aim's target (issue 8), each beside a
sentence where the rule must not apply.

- Ground: "buildings in rebel-held eastern Velt" stand in a town, whatever the recogniser
  made of "Velt" (a name told as held is ground: :func:`_a_settlement`); "buildings in
  eastern Velt", a name of no known kind, is not read as ground.
- Governors: "the local governor" is the one governor the story names by name
  ("governor Arno Tara"), but not when a second one is named with his place in front
  ("Pelan governor Tom Ander"): two governors leave it unnamed (:func:`named_later`).
- "It said" again: "The Velt Front, it said, shot first ... Two farmers were killed, it said"
  is the body that spoke as "it" the sentence before, not a group that sentence
  names (``anaphor.it_said_again``); after a sentence in which a body, not "it", spoke
  ("the Velt Front Council said it had no fighters there"), "it said" is that body.
- Fire opened: "fighters opened fire from the school" that jets struck is a use of the
  school (``use.open_fire_from``; the construction table's own example and
  counter-example are run by ``test_constructions``); "opened a shop from the school"
  is none.
- From which: "aimed only at rebel positions from which border villages had been
  shelled" tells the rebels' strike on the villages, not what the troops hit instead
  (:func:`_others_strike`), so the troops' aim still disputes a hospital the rebels say
  was hit; "fired at rebel positions and hit border villages" grants the villages.

Team-written sentences with invented names; ``slow`` tests use the real model.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import _others_strike, find_conflicts
from pipeline.domain.models import Actor
from pipeline.nlp.mentions import named_later
from pipeline.nlp.targets import _a_settlement
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_constructions import parsed

slow = pytest.mark.slow


# ------------------------------------------------------------------ ground told as held

def test_a_name_told_as_held_is_ground() -> None:
    doc = parsed({"parse": "buildings/NOUN/ROOT/0/building in/ADP/prep/0 rebel/NOUN/npadvmod/4 "
                           "-/PUNCT/punct/4 held/VERB/amod/6/hold eastern/ADJ/amod/6 "
                           "Velt/PROPN/pobj/1"})
    assert _a_settlement(doc[6])


def test_counter_example_a_name_of_no_known_kind_is_not_ground() -> None:
    doc = parsed({"parse": "buildings/NOUN/ROOT/0/building in/ADP/prep/0 eastern/ADJ/amod/3 "
                           "Velt/PROPN/pobj/1"})
    assert not _a_settlement(doc[3])


# ------------------------------------------------------------------ governors of two places

_LOCAL = Actor("source.governor", "local governor", "official", None, "source.governor")
_NAMED = Actor("person.tara", "governor Arno Tara", "person", None, "person.tara")
_PLACED = Actor("person.ander", "Pelan governor Tom Ander", "person", None, "person.ander")


def test_the_local_governor_is_the_one_governor_named() -> None:
    assert named_later([_LOCAL, _NAMED]) == {"source.governor": _NAMED}


def test_counter_example_two_governors_named_leave_the_local_one_unnamed() -> None:
    assert named_later([_LOCAL, _NAMED, _PLACED]) == {}


# ------------------------------------------------------------------ "it said" again

_TEAM = ("Helicopters attacked a school in Marel on Friday, a teacher said.\n\n"
         "The military's True Word Information Team told another story. It said soldiers "
         "entered Marel on a tip that gunmen were storing rifles there. {} "
         "Two farmers were killed in the shooting, it said.")


@slow
def test_it_said_after_it_said_is_the_same_body(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, _TEAM.format(
        "The Velt Front, it said, shot at the soldiers first."))
    (told,) = [c for c in claims if c.target.text == "Two farmers"]
    assert "Information Team" in told.party.name, told.party


@slow
def test_counter_example_no_it_before_is_the_body_that_spoke_before(
        real_extractor: Any) -> None:
    # the same "it said" after a sentence in which a body, not "it", spoke: that body
    claims = _analysed(real_extractor, _TEAM.format(
        "The Velt Front Council said it had no fighters in Marel."))
    (told,) = [c for c in claims if c.target.text == "Two farmers"]
    assert told.party.name == "Velt Front Council", told.party


# ------------------------------------------------------------------ fire opened from a site

@slow
def test_fighters_opened_fire_from_the_school_struck(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Helicopters attacked a school in Marel, a teacher said. "
                                       "The army said fighters opened fire from the school.")
    assert any(c.rule == "use.open_fire_from" and c.target.text == "fighters" for c in claims), \
        claims
    assert find_conflicts(claims)


@slow
def test_counter_example_fire_opened_from_a_site_nobody_says_was_hit(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "Helicopters attacked a school in Marel, a teacher said. "
                                       "The army said fighters opened fire from a ridge.")
    assert not any(c.rule == "use.open_fire_from" for c in claims), claims


# ------------------------------------------------------------------ from which

_DORBA = ("Officials in Dorba said the army had aimed only at rebel positions {} that "
          "week.\n\nRebel leaders said the army had hit a hospital in Velt.")


@slow
def test_a_strike_told_from_the_aims_target_is_the_targets_own(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       _DORBA.format("from which border villages had been shelled"))
    (aim,) = [c for c in claims if c.target.text == "rebel positions"]
    (villages,) = [c for c in claims if c.target.text == "border villages"]
    assert _others_strike(aim, villages)
    assert any({p.first.target.text, p.second.target.text} == {"rebel positions", "hospital"}
               for p in find_conflicts(claims)), find_conflicts(claims)


@slow
def test_counter_example_villages_hit_beside_the_aim_are_its_own(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       _DORBA.format("and had mistakenly hit border villages"))
    (aim,) = [c for c in claims if c.target.text == "rebel positions"]
    villages = [c for c in claims if c.target.text == "border villages"]
    assert villages and not _others_strike(aim, villages[0]), claims
