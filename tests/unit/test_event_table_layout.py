"""The event table's layout: each event's data under a key of its own, so a write for one
article carries the events it changed, not every event its routing key holds (hand-written
articles, no model)."""

from __future__ import annotations

import json
from typing import Any

from pipeline.domain.conflicts import (
    add_source,
    event_values,
    flush_digests,
    is_event_key,
    observe_article,
    open_key,
    shelf_key,
    withdraw,
)
from pipeline.domain.events import EventParams
from pipeline.domain.models import DuplicateRecord, Place
from tests.unit.test_events_alerts import HILLVIEW, MEDICS, MONITOR, SL_MOD, T0, report
from tests.unit.test_events_reopen import MONTH, P

FARVIEW = Place("Farview", 103, "NL", "Far Province", 11.40, 21.30, "city")


class Recording(dict[str, Any]):
    """A dict state that records every write and deletion, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[str, str]] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.log.append(("set", key))
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.log.append(("del", key))
        super().__delitem__(key)

    def pop(self, key: str, *default: Any) -> Any:
        if key in self:
            self.log.append(("del", key))
        return super().pop(key, *default)


def _two_events(state: dict[str, Any]) -> tuple[str, str, str]:
    """Two open events under one routing key; (key, first event, second event)."""
    observe_article(report("m1", 0, (SL_MOD, "a depot", "military")), state, T0, P)
    observe_article(report("f1", 0, (SL_MOD, "a barracks", "military"), place=FARVIEW),
                    state, T0, P)
    ((key, value),) = event_values(state).items()
    first, second = value["articles"]["m1"][0], value["articles"]["f1"][0]
    assert first != second
    return key, first, second


def test_the_routing_keys_value_names_its_events_which_live_under_their_own_keys() -> None:
    state: dict[str, Any] = {}
    key, first, second = _two_events(state)
    stored = state[key]
    assert "payload" not in stored and "closed" not in stored
    assert set(stored["open"]) == {first, second}
    assert {k for k in state if is_event_key(k)} == {open_key(key, first), open_key(key, second)}
    assert [e["article_id"] for e in state[open_key(key, first)]["entries"]] == ["m1"]
    json.dumps(state)  # plain JSON, as a Faust table keeps it


def test_an_article_that_joins_one_event_writes_that_event_and_its_key_only() -> None:
    state = Recording()
    key, first, second = _two_events(state)
    state.log.clear()
    observe_article(report("h1", 2, (MEDICS, "a clinic", "civilian_site")), state, T0, P)
    assert state.log == [("set", open_key(key, first)), ("set", key)]
    assert open_key(key, second) in state  # untouched, not written again


def test_a_closed_event_moves_to_its_shelf_key_after_the_value_stops_naming_it() -> None:
    state = Recording()
    key, first, second = _two_events(state)
    state.log.clear()
    later = observe_article(report("z1", MONTH, (MEDICS, "a school", "civilian_site"),
                                   place=HILLVIEW), state, T0, P)
    assert set(later.closed) == {first, second}
    sets = [k for op, k in state.log if op == "set"]
    dels = [k for op, k in state.log if op == "del"]
    # new data before the value that names it, keys that went after it: a crash between
    # two writes never leaves the value naming a key that is not there
    value_at = state.log.index(("set", key))
    assert all(state.log.index(("set", k)) < value_at for k in sets if k != key)
    assert sorted(dels) == sorted([open_key(key, first), open_key(key, second)])
    assert all(state.log.index(("del", k)) > value_at for k in dels)
    assert shelf_key(key, first) in state and shelf_key(key, second) in state
    assert set(state[key]["shelved"]) == {first, second}
    for k in state[key]["open"]:
        assert open_key(key, k) in state


def test_a_value_written_before_the_split_is_read_and_moved_at_its_next_write() -> None:
    split: dict[str, Any] = {}
    inline: dict[str, Any] = {}
    for state in (split, inline):
        _two_events(state)
        observe_article(report("z1", MONTH, (MEDICS, "a school", "civilian_site"),
                                       place=HILLVIEW), state, T0, P)
    # the old layout: the events' data inside the routing key's value
    ((key, value),) = event_values(inline).items()
    inline.clear()
    inline[key] = value
    assert "payload" in inline[key] and "open" not in inline[key]
    seen = {}
    for name, state in (("split", split), ("inline", inline)):
        late = observe_article(report("r1", 5, (MONITOR, "homes", "civilian_site")),
                               state, T0, P)
        digest = flush_digests(state, T0 + P.digest_every, P.digest_every)
        seen[name] = (late.event_ids, late.closed, digest, event_values(state))
    assert seen["split"] == seen["inline"]
    assert set(split) == set(inline)  # every event now under its own key


class Changelog(Recording):
    """A dict state that also keeps what a table's changelog would hold: each write's
    value as JSON at the time of the write (so a change made in place and never written
    again would be missing from it)."""

    def __init__(self) -> None:
        super().__init__()
        self.logged: dict[str, str] = {}

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self.logged[key] = json.dumps(value)

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self.logged.pop(key, None)

    def pop(self, key: str, *default: Any) -> Any:
        self.logged.pop(key, None)
        return super().pop(key, *default)

    def recovered(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self.logged.items()}


def test_the_logged_writes_rebuild_the_state_after_every_kind_of_step() -> None:
    """Only changed events are written: a table recovered from its changelog must still
    hold every change (claims joining, alerts, copies folded, closing, reopening,
    forgetting, withdrawals and digests)."""
    state = Changelog()
    params = EventParams(closed_limit=2)

    def check() -> None:
        assert event_values(state.recovered()) == event_values(state)

    observe_article(report("m1", 0, (SL_MOD, "a depot", "military")), state, T0, params)
    observe_article(report("h1", 2, (MEDICS, "a clinic", "civilian_site")), state, T0, params)
    check()
    assert add_source("geo:NL", DuplicateRecord("c1", "h1", 0.9, "Wire C", "near"), state,
                      T0, params=params) == []  # folded into the stored alert, in place
    check()
    for n in range(1, 5):  # one strike a month: events close, then are forgotten
        observe_article(report(f"z{n}", n * MONTH, (MEDICS, "a school", "civilian_site"),
                               place=HILLVIEW), state, T0, params)
        check()
    observe_article(report("r1", 3 * MONTH + 1, (MONITOR, "homes", "civilian_site"),
                           place=HILLVIEW), state, T0, params)  # reopens a closed one
    check()
    flush_digests(state, T0 + params.digest_every, params.digest_every)
    check()
    withdraw("geo:NL", "r1", state, T0, params)
    check()
