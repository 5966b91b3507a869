"""Who was at a site, and the bodies that speak for one side, read from copy of new
regions (issue 8):

- "fighters had fired on the troops from inside the village" is an account of who used
  the site even in the sentence that tells of the army's own troops hit;
- "troops raided the village because rebels were hiding there": "there" is the village;
- "its information team said", "its political wing said": the body the story is about,
  named after it, not a bare "information team";
- "the junta denied bombing a concert ... its information team said the target was a
  base" is one side's denial with its own account: a dispute of "it was a concert";
- "a faction responsible for attacks on police and the murder of teachers" names what the
  target did, not who the strike killed;
- "staff said the compound had been shelled before" after "a drone hit the hospital":
  "the compound" is the hospital named before, no military site.

Team-written sentences (``slow``: the real model); names are invented or generic."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


def _conflict(extractor: Any, body: str) -> bool:
    return bool(find_conflicts(_analysed(extractor, body)))


@slow
def test_fire_from_a_site_beside_troops_hit_is_who_was_there(real_extractor: Any) -> None:
    body = ("A helicopter fired on a school in Kolla on Friday, killing 12 children, a "
            "teacher said.\n\nThe Northland army said the rebels had fired on its troops "
            "from inside the school.\n\n\"There were no fighters in the school,\" a villager "
            "said.")
    assert _conflict(real_extractor, body)
    # counter-example: without the villager's word, the army's account alone disputes
    # nothing of the teacher's
    body = ("A helicopter fired on a school in Kolla on Friday, killing 12 children, a "
            "teacher said.\n\nThe Northland army said the rebels had attacked its troops "
            "near the river.")
    assert not _conflict(real_extractor, body)


@slow
def test_hiding_there_is_at_the_site_named_before(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The Northland army said its troops raided the "
                                       "village because rebel fighters were hiding there.")
    assert any(c.rule == "use.site_there" and c.target.target_class == "armed_group"
               for c in claims), claims
    # counter-example: "there" with no site before it is nowhere a strike fell
    claims = _analysed(real_extractor, "Rebel fighters were hiding there, the army said.")
    assert not any(c.rule == "use.site_there" for c in claims), claims


@slow
@pytest.mark.parametrize(("body", "owner"), [
    ("The Northland army denied the report. In a statement, its information team said "
     "the strike hit a rebel base.", "Northland"),
    # the body last heard, when the sentence before opens with none
    ("The Blue Hand Movement said jets had killed 50 people at a rally. Witnesses said the "
     "bombs fell on the stage. Jets bombed the gathering near the river, its political "
     "wing said.", "Blue Hand"),
])
def test_its_team_or_wing_is_named_after_its_body(real_extractor: Any, body: str,
                                                  owner: str) -> None:
    names = {c.party.name for c in _analysed(real_extractor, body)
             if c.party.type != "source"}
    assert names and all(owner in n for n in names), names


@slow
def test_a_denial_with_its_teams_account_disputes_the_site(real_extractor: Any) -> None:
    body = ("Jets bombed a concert in Kolla on Sunday, killing 40 people, the Blue Hand "
            "Movement said.\n\nThe Northland army denied that it had bombed a concert. In a "
            "statement, its information team said the target was a base of a terrorist "
            "group.")
    reasons = {p.reason for p in find_conflicts(_analysed(real_extractor, body))}
    assert "contrast" in reasons, reasons  # the denial, answered by its own side
    # counter-example: a bare denial offers no other account
    body = ("Jets bombed a concert in Kolla on Sunday, killing 40 people, the Blue Hand "
            "Movement said.\n\nThe Northland army denied that it had bombed a concert.")
    assert not _conflict(real_extractor, body)


@slow
def test_what_a_target_is_responsible_for_is_no_toll(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, "The minister said the raid was aimed at a faction "
                                       "responsible for attacks on police and the murder of "
                                       "teachers in the region.")
    assert not any(c.target.target_class == "civilians" for c in claims), claims
    # counter-example: a killing the party reports is an account
    claims = _analysed(real_extractor, "Police said the raid ended with the murder of six "
                                       "teachers.")
    assert any(c.target.target_class == "civilians" for c in claims), claims


@slow
def test_the_compound_after_a_hospital_is_no_military_site(real_extractor: Any) -> None:
    body = ("A drone struck the main hospital in Kolla, killing 30 patients, a medical "
            "source said.\n\nStaff said the compound had already been hit by shelling "
            "several times.")
    classes = {c.target.target_class for c in _analysed(real_extractor, body)
               if "compound" in c.target.text}
    assert classes <= {"unknown"}, classes
    assert not _conflict(real_extractor, body)
    # counter-example: a compound the phrase calls military stays military
    claims = _analysed(real_extractor, "Jets struck a military compound near Kolla, the "
                                       "army said.")
    assert {c.target.target_class for c in claims} == {"military"}, claims
