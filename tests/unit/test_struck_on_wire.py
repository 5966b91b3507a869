"""The router finds an article's struck places once and they ride on its event items
(in memory and on wire.enriched), so the event step does not find them again; an item
written without them (before they rode along) still joins its events the same way."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from pipeline.domain import flow
from pipeline.domain.clock import FeedClock
from pipeline.domain.conflicts import event_values
from pipeline.domain.events import struck_places
from pipeline.streaming import steps
from pipeline.streaming.codecs import RecordError, encode, from_wire, to_wire
from tests.unit.test_flow import T0, conflicting
from tests.unit.test_two_country_keys import two_countries

CTX = flow.StepContext()
WALL = T0 + timedelta(days=400)


def _items(analysis: Any) -> list[flow.EventItem]:
    items = [o for o in flow.route(analysis, {}) if isinstance(o, flow.EventItem)]
    assert items
    return items


def test_the_router_puts_the_struck_places_on_every_item_of_the_article() -> None:
    analysis = two_countries("a")
    items = _items(analysis)
    assert [i.event_key for i in items] == ["geo:SY", "geo:IQ"]
    assert all(i.struck == tuple(struck_places(analysis)) for i in items)


def test_the_struck_places_survive_the_wire() -> None:
    for item in _items(two_countries("a")):
        back = from_wire(encode(to_wire(item)))
        assert isinstance(back, flow.EventItem)
        assert back == item and back.struck == item.struck and any(back.struck or ())


def test_the_event_step_uses_the_places_it_is_given() -> None:
    (item,) = _items(conflicting("o"))
    seen: dict[str, Any] = {}
    clock = FeedClock(lambda: WALL)
    assert flow.observe(item, seen, clock, CTX, WALL).alerts  # a conflict, from its places
    # told that no claim has a place, the same article finds nothing to join under the key
    blind: dict[str, Any] = {}
    unplaced = replace(item, struck=(None,) * len(item.struck or ()))
    assert flow.observe(unplaced, blind, clock, CTX, WALL).alerts == []
    assert blind == {}


def _stage(raw: bytes, events: dict[str, Any]) -> list[steps.Out]:
    return steps.conflicts(raw, events, CTX, FeedClock(lambda: WALL), WALL)


def test_an_item_without_struck_places_joins_its_events_as_one_with_them() -> None:
    carried: dict[str, Any] = {}
    found: dict[str, Any] = {}
    for item in _items(two_countries("a")):
        with_places = to_wire(item)
        without = {k: v for k, v in with_places.items() if k != "struck"}
        assert "struck" in with_places
        assert _stage(encode(with_places), carried) == _stage(encode(without), found)
    assert event_values(carried) == event_values(found) != {}


def test_struck_places_that_do_not_match_the_claims_are_a_dead_letter() -> None:
    (item,) = _items(conflicting("o"))
    value = to_wire(item)
    value["struck"] = value["struck"][:1]
    with pytest.raises(RecordError, match="struck places"):
        from_wire(encode(value))
