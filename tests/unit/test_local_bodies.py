"""A local body is no national or international body heard before (issue 8).

"The municipal council said 43 people were killed", after the UN envoy spoke, is the
council's account: "municipal", "provincial" and "regional" say which body a definite
"the council" or "the ministry" is, as "foreign" and "interior" already did, so an
earlier body without that word in its names is not it. Team-written sentences, parsed
with the real model (``slow``)."""

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
