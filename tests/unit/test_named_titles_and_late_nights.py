"""A title a body's own name must give ("Coalition spokesman"), a night that runs into the
next day but not back into the one before, and an account given last week that cannot
tell a strike of this week. The domain tests build claims by hand; the stories run the
real model (``slow``). Names and places are invented, except the bodies the gazetteer
must know (the Syrian Observatory, the Saudi-led coalition, Islamic State)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed
from tests.unit.test_incidents import ARMY, MEDICS, REBELS, claim, paired, rule

slow = pytest.mark.slow


# ------------------------------------------------------------------ nights

def test_a_night_joins_the_next_day_not_the_day_before() -> None:
    # "last week" (the latest: Sunday) and "Monday night": no night joins them
    mosque = claim(ARMY, "mosque", "civilian_site", days=("last week",))
    school = claim(MEDICS, "school", "civilian_site", days=("Monday night",), start=100)
    assert rule(mosque, school) == "incident.day"
    # "Tuesday" and "Monday night" are one night's strike, told on either day
    depot = claim(ARMY, "depot", "armed_group", days=("Tuesday",))
    clinic = claim(MEDICS, "clinic", "civilian_site", days=("Monday night",), start=100)
    assert rule(depot, clinic) is None
    assert paired(depot, clinic)
    # "Sunday" and "early Monday" may be one strike after midnight
    base = claim(ARMY, "base", "armed_group", days=("Sunday",))
    homes = claim(MEDICS, "homes", "civilian_site", days=("early Monday",), start=100)
    assert rule(base, homes) is None


def test_an_account_given_last_week_tells_no_strike_of_this_week() -> None:
    # "Last week the army denied striking a mosque" against a school hit on Monday night
    denial = claim(ARMY, "mosque", "civilian_site", days=("said last week",))
    school = claim(MEDICS, "school", "civilian_site", days=("Monday night",), start=100)
    assert rule(denial, school) == "incident.day"
    # an account given on Tuesday may tell of a strike last week
    told = claim(REBELS, "depot", "armed_group", days=("said Tuesday",), attacker=ARMY)
    market = claim(MEDICS, "market", "civilian_site", days=("last week",), start=100)
    assert rule(told, market) is None


# ------------------------------------------------------------------ titles

@slow
def test_a_coalition_spokesman_speaks_for_no_monitor(real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "The Syrian Observatory for Human Rights said the strikes hit a school "
                       "in Mesra on Monday night.\n\nCoalition spokesman Colonel Arne Vell "
                       "said the location was used by Islamic State militants.")
    parties = {c.target.text: c.party for c in claims}
    assert parties["school"].name == "Syrian Observatory for Human Rights", parties
    spokesman = next(p for t, p in parties.items() if "militants" in t)
    assert "Observatory" not in spokesman.name, spokesman
    assert spokesman.id != parties["school"].id, spokesman
    assert find_conflicts(claims), claims


@slow
def test_a_coalition_spokesman_speaks_for_the_coalition_named_before(
        real_extractor: Any) -> None:
    claims = _analysed(real_extractor,
                       "Air strikes by the Saudi-led coalition hit a school in Mesra, "
                       "the Syrian Observatory for Human Rights said.\n\nCoalition spokesman "
                       "Colonel Arne Vell said the location was used by Islamic State "
                       "militants.")
    spokesman = next(c.party for c in claims if "militants" in c.target.text)
    assert spokesman.name == "Coalition spokesman Colonel Arne Vell", spokesman
    assert "coalition" in spokesman.id, spokesman
