"""An outlet's own telling of what was hit stands in a cross-article alert as "reported by
<outlet>", not as a party's account: in the summary, the rendered text and the JSON record
(hand-built analyses, no model)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.domain.conflicts import NARRATES, observe
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    ConflictAlert,
    Evidence,
    Place,
    Target,
)
from pipeline.domain.records import from_dict
from pipeline.domain.results import alert_record
from pipeline.render import format_alert

T0 = datetime(2031, 3, 2, 8, 0, tzinfo=UTC)
SOUTHLAND = Actor("state.sl", "Southland", "state", "SL", "sl")
SL_ARMY = Actor("sl.military", "Southland army", "military", "SL", "sl")
OUTLET = Actor("media.outlet.harbour-post", "Harbour Post", "media", None,
               "media.outlet.harbour-post")
TOWN = Place("Lakeside", 7, "SL", "03", kind="city")


def told(aid: str, source: str, party: Actor, text: str, cls: str, cue: str,
         hours: int = 0) -> ArticleAnalysis:
    art = Article(aid, "", "text", source, None, T0 + timedelta(hours=hours))
    ev = Evidence(aid, source, f"{text} was hit", 0, 10)
    claim = Claim(party, cue, Target(text, cls, None), ev, "strike", SOUTHLAND, TOWN)
    return ArticleAnalysis(art, claims=(claim,))


def cross_alert() -> ConflictAlert:
    state: dict[str, object] = {}
    window = timedelta(days=2)
    observe(told("a1", "Harbour Post", OUTLET, "a primary school", "civilian_site", NARRATES),
            state, T0, window)
    alerts = observe(told("a2", "Wire B", SL_ARMY, "a rebel command post", "armed_group",
                          "asserts", hours=2), state, T0 + timedelta(hours=2), window)
    (alert,) = alerts
    return alert


def test_the_narrated_account_is_reported_by_the_outlet() -> None:
    alert = cross_alert()
    roles = {acc.party.id: acc.role for acc in alert.accounts}
    assert roles == {OUTLET.id: NARRATES, SL_ARMY.id: "party"}
    assert "reported by Harbour Post: a primary school" in alert.summary
    assert "Harbour Post says" not in alert.summary
    assert "Southland army says a rebel command post" in alert.summary


def test_the_role_is_in_the_record_and_the_rendered_text() -> None:
    record = alert_record(cross_alert())
    roles = {acc["party"]["id"]: acc["role"] for acc in record["accounts"]}
    assert roles == {OUTLET.id: NARRATES, SL_ARMY.id: "party"}
    text = format_alert(record)
    assert "  - reported by Harbour Post: a primary school  [a1]" in text
    assert "  - Southland army: a rebel command post  [a2]" in text
    # a stored alert keeps the role; one stored before the field existed reads as a party
    assert from_dict(ConflictAlert, record).accounts == cross_alert().accounts
    for acc in record["accounts"]:
        del acc["role"]
    assert {acc.role for acc in from_dict(ConflictAlert, record).accounts} == {"party"}


def test_a_withdrawn_version_reads_as_withdrawn_not_as_a_conflict() -> None:
    record = {**alert_record(cross_alert()), "withdrawn": True, "version": 3}
    text = format_alert(record)
    assert "v3: WITHDRAWN" in text and "conflicting target claims" not in text
    assert "WITHDRAWN" not in format_alert(alert_record(cross_alert()))
