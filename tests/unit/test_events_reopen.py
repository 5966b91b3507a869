"""Closed events reopen for a late claim, and closed events are forgotten past a bound
(hand-written articles, no model). Closing keeps memory flat on an endless feed; reopening
makes it invisible in the answers, so the stream (which closes) and ``wirewatch run`` agree
whatever order the articles arrive in."""

from __future__ import annotations

import json
from typing import Any

from pipeline.domain.conflicts import (
    add_source,
    event_values,
    flush_digests,
    observe_article,
    withdraw,
)
from pipeline.domain.events import EventParams
from pipeline.domain.models import DuplicateRecord
from tests.unit.test_events_alerts import HILLVIEW, MEDICS, MONITOR, SL_MOD, T0, report

P = EventParams()
MONTH = 30 * 24  # hours: past the 14-day retention


def _value(state: dict[str, Any]) -> dict[str, Any]:
    (value,) = event_values(state).values()
    return value  # type: ignore[no-any-return]


def test_a_late_claim_reopens_its_closed_event_and_its_alert_goes_on() -> None:
    state: dict[str, Any] = {}
    (first,) = observe_article(report("m1", 0, (SL_MOD, "a depot", "military"),
                                      (MEDICS, "a clinic", "civilian_site")), state, T0, P).alerts
    event = _value(state)["articles"]["m1"][0]
    later = observe_article(report("z1", MONTH, (MEDICS, "a school", "civilian_site"),
                                   place=HILLVIEW), state, T0, P)
    assert later.closed == (event,)
    assert event in _value(state)["grouping"]["closed"] and event in _value(state)["closed"]
    assert event not in _value(state)["payload"]
    # a claim about m1's strike, arriving after the event closed: it reopens and joins
    # it (not a new event), the alert goes on under its id, and the event closes again
    late = observe_article(report("r1", 5, (MONITOR, "homes", "civilian_site")), state, T0, P)
    assert late.event_ids == (event,)
    # the change keeps its pace while the event is closed again: the digest sends it
    assert late.alerts == ()
    (bumped,) = flush_digests(state, T0 + P.digest_every, P.digest_every)
    assert (bumped.alert_id, bumped.version) == (first.alert_id, 2)
    assert set(bumped.article_ids) == {"m1", "r1"}
    assert late.closed == (event,) and event not in _value(state)["grouping"]["events"]
    assert late.late and "joined" in late.late[0].reason
    json.dumps(state)


def test_a_copy_or_a_withdrawal_for_a_closed_event_still_reaches_its_alert() -> None:
    state: dict[str, Any] = {}
    observe_article(report("m1", 0, (SL_MOD, "a depot", "military")), state, T0, P)
    (first,) = observe_article(report("h1", 2, (MEDICS, "a clinic", "civilian_site")),
                               state, T0, P).alerts
    observe_article(report("z1", MONTH, (MEDICS, "a school", "civilian_site"),
                           place=HILLVIEW), state, T0, P)
    copy = DuplicateRecord("c1", "h1", 0.9, "Wire C", "near")
    assert add_source("geo:NL", copy, state, T0, params=P) == []  # folded, paced
    (digest,) = flush_digests(state, T0 + P.digest_every, P.digest_every)
    assert digest.alert_id == first.alert_id and digest.version == 2
    assert "c1" in digest.article_ids and "Wire C" in digest.sources
    # h1 turns out to be a copy: its claims leave the closed event, the alert is withdrawn
    (gone,) = withdraw("geo:NL", "h1", state, T0, P)
    assert gone.alert_id == digest.alert_id and gone.withdrawn
    assert gone.version == digest.version + 1
    # and the event is closed again: only z1's is open
    assert set(_value(state)["grouping"]["events"]) == set(_value(state)["articles"]["z1"])


def test_closed_events_are_forgotten_past_the_limit_and_take_their_articles() -> None:
    params = EventParams(closed_limit=3)
    state: dict[str, Any] = {}
    for n in range(12):  # one strike a month, each its own event
        observe_article(report(f"a{n}", n * MONTH, (SL_MOD, "a depot", "military"),
                               (MEDICS, "a clinic", "civilian_site")), state, T0, params)
        value = _value(state)
        assert len(value["grouping"]["closed"]) <= 3 and len(value["closed"]) <= 3
        assert len(value["payload"]) <= 1 and len(value["grouping"]["events"]) <= 1
        assert len(value["articles"]) <= 4
    value = _value(state)
    assert sorted(value["articles"]) == ["a10", "a11", "a8", "a9"]
    assert len(value["grouping"]["closed_index"]) <= 3
    # kept: a late claim for a8's strike reopens it; forgotten: a0's opens a new event
    kept = observe_article(report("k8", 8 * MONTH + 1, (MONITOR, "homes", "civilian_site")),
                           state, T0, params)
    assert kept.event_ids == tuple(value["articles"]["a8"])
    lost = observe_article(report("k0", 1, (MONITOR, "homes", "civilian_site")),
                           state, T0, params)
    assert lost.late and "no open event matched" in lost.late[0].reason
    assert lost.event_ids != kept.event_ids and not lost.alerts


def test_an_event_opened_behind_the_sweep_is_closed_too() -> None:
    """The sweep passes each day once; an event opened later on a day it has passed
    (a late article, no event to reopen) must close as well, or it would stay forever."""
    state: dict[str, Any] = {}
    observe_article(report("z1", MONTH * 3, (MEDICS, "a school", "civilian_site")),
                    state, T0, P)
    old = observe_article(report("o1", 0, (SL_MOD, "a depot", "military")), state, T0, P)
    (event,) = old.event_ids
    assert old.closed == (event,)
    assert set(_value(state)["grouping"]["events"]) == set(_value(state)["articles"]["z1"])
