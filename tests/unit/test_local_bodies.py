"""A local body is no international body heard before (issue 8).

"The municipal council said 43 people were killed", after the UN envoy spoke, is the
council's account: "municipal", "provincial" and "regional" before a definite "the
council" or "the administration" rule out an earlier international body without that
word in its names. A state may still hold it: "the regional administration" under a
"DUSHANBE" dateline is "Tajikistan's regional administration" (test_parties_named_forms).
Team-written sentences, parsed with the real model (``slow``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_parties import speakers

slow = pytest.mark.slow


@slow
def test_the_municipal_council_is_not_the_un_envoy(real_extractor: Any) -> None:
    found = speakers(real_extractor,
                     "The United Nations envoy said more than 40 people had been killed. "
                     "The municipal council said 43 people were killed.")
    assert found[0] is not None and found[0].id == "intl.un"
    assert found[-1] is not None and found[-1].id != "intl.un"
    assert found[-1].name == "municipal council"


@slow
def test_the_council_named_in_full_before_is_that_council(real_extractor: Any) -> None:
    # counter-example: a council whose name holds the word is the one meant
    found = speakers(real_extractor,
                     "The Kassala municipal council said the strike hit a market. "
                     "The municipal council said 43 people were killed.")
    assert found[0] is not None and found[-1] is not None
    assert found[-1].id == found[0].id


@slow
def test_the_regional_administration_is_no_national_ministry(real_extractor: Any) -> None:
    doc = real_extractor.nlp(
        "KYIV, April 14 (Test Wire) - Russia's defence ministry said its missiles hit a "
        "meeting of commanders in the city. The missiles exploded on a busy street near "
        "the university, the regional administration said.")
    told = {c.target.text: c.party for c in doc._.claims if c.party is not None}
    party = told.get("busy street")
    assert party is not None and party.id != "ru.defence-ministry", told
    assert "regional administration" in party.name
