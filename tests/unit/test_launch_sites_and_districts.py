"""Where a strike was, when the sentence also names where it was fired from or names the
district outside the claim's own clause.

- "The rocket that slammed into a football field in the town of Kiryat Shmona ..., killing
  four children, was fired by Hezbollah from an area near the village of Nabatieh": the
  children died in Kiryat Shmona; the launch site is no place of the claim (rule
  ``events.launch_site``, and :func:`~pipeline.nlp.claims._launch_site` on the parse).
  A cell struck "that fired rockets from Beit Lahiya", with no other place named, was hit
  there.
- "had gathered at a religious school in Dasht-e-Archi district ... when helicopters fired
  rockets into the crowd": the district the sentence names outside the claim's clause is
  where it happened.
- "the party said" after Hezbollah is Hezbollah (anaphor row ``definite.party``, party
  rule ``body.party``).
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.events import struck_places
from pipeline.domain.models import Article

slow = pytest.mark.slow


def _placed(extractor: Any, body: str) -> dict[str, str | None]:
    analysis = extractor.analyse([Article("t1", "", body, "")])[0]
    return {c.target.text: (p.name if p is not None else None)
            for c, p in zip(analysis.claims, struck_places(analysis), strict=True)}


@slow
def test_the_launch_site_is_not_where_the_rocket_hit(real_extractor: Any) -> None:
    placed = _placed(real_extractor, "The rocket that slammed into a football field in the "
                     "town of Kiryat Shmona on Saturday, killing four children, was fired by "
                     "Hezbollah from an area near the village of Nabatieh in southern "
                     "Lebanon, the army said.")
    assert placed.get("four children") == "Qiryat Shmona", placed


@slow
def test_counter_example_a_cell_that_fired_from_a_town_was_hit_there(
        real_extractor: Any) -> None:
    placed = _placed(real_extractor, "The army said its jets struck a cell that fired "
                     "rockets from Beit Lahiya.")
    assert placed.get("cell") == "Bayt Lāhyā", placed


@slow
def test_a_district_outside_the_claims_clause_places_it(real_extractor: Any) -> None:
    placed = _placed(real_extractor, "Hundreds of people had gathered at a religious school "
                     "in Dasht-e-Archi district for a ceremony when helicopters fired "
                     "rockets into the crowd, witnesses said. The strike in Afghanistan drew "
                     "condemnation.")
    assert placed.get("crowd") == "Dasht-e Archī", placed


@slow
def test_the_party_is_the_armed_party_heard_before(real_extractor: Any) -> None:
    analysis = real_extractor.analyse([Article(
        "t1", "", "Hezbollah issued several statements on Saturday. In one of them, the "
        "party said its fighters had fired rockets at the headquarters of an Israeli army "
        "brigade.", "")])[0]
    said = {c.party.name for c in analysis.claims if "headquarters" in c.target.text}
    assert said == {"Hezbollah"}, said

