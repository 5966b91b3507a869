"""United Nations bodies as the copy names them, and a cited source's quote marks (issue 8).

- An alias opening with the United Nations has three spellings ("UN", "U.N.", "United
  Nations"); the gazetteer gives each alias all three, so "the United Nations children's
  agency" is UNICEF, not the UN as a whole.
- "The UN mission" is the mission of the country the story names most (the shared-alias
  rule that already settles "IAF"); with no host country named it is the UN itself.
- "The broadcaster, citing a "well-informed source" in the Guards, said": the cited
  source is shown without the quote mark the phrase opened and did not close.
- "The target was a military one": "one" takes the class its modifier gives.

Gazetteer tests need no model; speaker and target tests parse team-written sentences with
the real model (``slow``)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.nlp.gazetteer import Gazetteer, _un_spellings
from tests.unit.test_parties import speakers

slow = pytest.mark.slow


def test_an_alias_opening_with_the_un_has_its_three_spellings() -> None:
    assert sorted(_un_spellings("UN children's agency")) == sorted([
        "UN children's agency", "U.N. children's agency", "United Nations children's agency"])
    assert "UN Security Council" in _un_spellings("United Nations Security Council")
    # counter-examples: the bare name and other names keep their one form
    assert _un_spellings("United Nations") == ["United Nations"]
    assert _un_spellings("UNICEF") == ["UNICEF"]
    assert _un_spellings("Unity Party") == ["Unity Party"]


def test_un_spellings_look_up_one_body() -> None:
    gaz = Gazetteer.default()
    for form in ("United Nations children's agency", "the U.N. children's agency",
                 "UN children's agency"):
        entry = gaz.actor_by_alias(form)
        assert entry is not None and entry.id == "intl.unicef", (form, entry)
    # counter-example: the United Nations alone is the UN, whatever its spelling
    for form in ("United Nations", "U.N.", "UN"):
        entry = gaz.actor_by_alias(form)
        assert entry is not None and entry.id == "intl.un", (form, entry)


def test_every_un_mission_has_a_host_country() -> None:
    gaz = Gazetteer.default()
    holders = gaz.actors_sharing("UN mission")
    assert holders[0].id == "intl.un"  # first in the file: the body when no host is named
    hosts = [h.country for h in holders[1:]]
    assert all(hosts) and len(set(hosts)) == len(hosts), hosts


@slow
@pytest.mark.parametrize(("text", "actor_id"), [
    ("The United Nations children's agency said 12 children were killed in the raids.",
     "intl.unicef"),
    # counter-example: "United Nations" alone stays the UN
    ("The United Nations said 12 children were killed in the raids.", "intl.un"),
])
def test_the_un_childrens_agency_in_any_spelling(
    real_extractor: Any, text: str, actor_id: str
) -> None:
    actor = speakers(real_extractor, text)[0]
    assert actor is not None and actor.id == actor_id, actor


@slow
@pytest.mark.parametrize(("text", "actor_id"), [
    ("Gunmen fired on a U.N. helicopter near Malakal in South Sudan. The U.N. mission said "
     "one crew member was killed.", "intl.unmiss"),
    ("Air strikes hit a village in Helmand, Afghanistan. The UN mission said eight "
     "civilians were killed.", "intl.unama"),
    # counter-example: no host country named, the UN itself
    ("The UN mission said eight civilians were killed.", "intl.un"),
])
def test_the_un_mission_is_the_host_countrys(
    real_extractor: Any, text: str, actor_id: str
) -> None:
    actor = speakers(real_extractor, text)[-1]
    assert actor is not None and actor.id == actor_id, actor


@slow
def test_a_cited_source_is_shown_without_a_stray_quote_mark(real_extractor: Any) -> None:
    actor = speakers(real_extractor, 'The broadcaster, citing a "well-informed source" in '
                                     'the army, said missiles had hit the air base.')[0]
    assert actor is not None
    assert '"' not in actor.name and "well-informed source" in actor.name, actor.name
    # counter-example: a source cited without quote marks reads as before
    actor = speakers(real_extractor, "The broadcaster, citing a military source, said "
                                     "missiles had hit the air base.")[0]
    assert actor is not None and actor.name.endswith("citing a military source"), actor.name


@slow
@pytest.mark.parametrize(("text", "target_class"), [
    ("The army said the target of the strike was a military one.", "military"),
    # counter-example: a civilian "one" stays civilian
    ("Residents said the building that was hit was a civilian one.", "civilian_site"),
])
def test_one_takes_the_class_of_its_modifier(
    real_extractor: Any, text: str, target_class: str
) -> None:
    doc = real_extractor.nlp(text)
    classes = [d.target.target_class for d in doc._.claims if d.target.text.endswith("one")]
    assert classes == [target_class], [(d.target.text, d.target.target_class)
                                       for d in doc._.claims]
