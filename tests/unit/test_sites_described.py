"""What a party describes a struck site as is its account of the target (issue 8:
constructions as data), with the real model (``slow``): "the TV said, describing all
four sites as civilian facilities", "officials described the buildings as homes of
farmers". Rows `copula.site_described_as` ("as" on the site) and
`copula.site_described_as_verb` ("as" on the verb). Not without a strike told before,
and only a site: "described the situation as grave" names no target.

Also "warplanes launched a series of airstrikes early Monday on ports": strikes counted
by a series, a wave or a round, with "on X" hung from the verb (row
`noun.launch_series_prep`); "launched a series of products on Monday" is no strike.

Team-written sentences; names and places are invented."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.domain.conflicts import find_conflicts
from tests.unit.test_accounts_beside_and_asides import _analysed

slow = pytest.mark.slow


@slow
def test_sites_described_as_civilian_dispute_a_military_account(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Warplanes struck ports and a power station near Kora overnight, the rebel-run "
        "Al Noor TV reported. The strikes targeted the ports of Ras Tala and Bir Sama and "
        "the Kora power station, the TV said, describing all four sites as civilian "
        "facilities. The army said its jets had struck military targets used by the "
        "rebels to bring in weapons."))
    described = [c for c in claims if c.rule.startswith("copula.site_described_as")]
    assert [(c.target.target_class) for c in described] == ["civilian_site"], \
        [(c.party.name, c.target.text, c.rule) for c in claims]
    assert find_conflicts(claims), [(c.party.name, c.target.text) for c in claims]


@slow
@pytest.mark.parametrize(("body", "cls"), [
    ("A strike hit the market in Kora on Monday. Officials described the buildings as "
     "homes of farmers.", "civilian_site"),
    ("A strike hit the port of Kora on Monday. The TV described the site as a civilian "
     "facility.", "civilian_site"),
])
def test_a_site_described_takes_the_description_s_class(real_extractor: Any, body: str,
                                                       cls: str) -> None:
    claims = _analysed(real_extractor, body)
    described = [c for c in claims if c.rule.startswith("copula.site_described_as")]
    assert [c.target.target_class for c in described] == [cls], \
        [(c.party.name, c.target.text, c.rule) for c in claims]


@slow
@pytest.mark.parametrize("body", [
    # no strike told: a coach's words on his club's facilities
    "The coach described the facilities as a disgrace for a club of this size.",
    # a strike told, but what is described is no site
    "A strike hit the port of Kora on Monday. The governor described the situation as a "
    "catastrophe for the town.",
])
def test_no_site_described_no_claim(real_extractor: Any, body: str) -> None:
    claims = _analysed(real_extractor, body)
    assert not [c for c in claims if c.rule.startswith("copula.site_described_as")], \
        [(c.party.name, c.target.text, c.rule) for c in claims]


@slow
def test_a_series_of_strikes_launched_on_a_site(real_extractor: Any) -> None:
    claims = _analysed(real_extractor, (
        "Warplanes launched a series of airstrikes early Monday on ports and a power "
        "station near Kora, the rebel-run Al Noor TV reported."))
    assert {c.target.text for c in claims if c.rule == "noun.launch_series_prep"} \
        == {"ports", "power station"}, [(c.party.name, c.target.text, c.rule) for c in claims]
    none = _analysed(real_extractor, "The firm launched a series of products on Monday, "
                                     "its chief executive said.")
    assert none == [], [(c.party.name, c.target.text, c.rule) for c in none]


@slow
def test_the_striker_is_no_earlier_mention_of_the_site(real_extractor: Any) -> None:
    # "the building" of a raid is not the aircraft that struck it, and "the building of
    # the radio station" is what its own phrase says
    claims = _analysed(real_extractor, (
        "The ministry spokesman said that British aircraft launched a series of raids on "
        "the building of the Kora radio station and on the port."))
    building = [c for c in claims if "building" in c.target.text]
    assert [c.target.target_class for c in building] == ["civilian_site"], \
        [(c.party.name, c.target.text, c.target.target_class) for c in claims]
