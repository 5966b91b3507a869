"""The worker's log stays readable while the broker is down."""

from __future__ import annotations

import logging

import pytest

from pipeline.streaming.logs import RepeatLimiter, limit_repeats


class Ticker:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def record(msg: str, *args: object, level: int = logging.ERROR) -> logging.LogRecord:
    return logging.LogRecord("aiokafka.conn", level, __file__, 1, msg, args, None)


def test_a_storm_of_one_error_becomes_a_few_lines_with_backoff() -> None:
    tick = Ticker()
    limiter = RepeatLimiter(first=1.0, maximum=60.0, clock=tick)
    passed = []
    for i in range(10 * 8_800):  # ten seconds of the storm measured with the broker down
        tick.now = i / 8_800
        rec = record("Unable connect to node with id %s: %s", i % 3, "refused")
        if limiter.filter(rec):
            passed.append(rec.getMessage())
    assert passed[0] == "Unable connect to node with id 0: refused"
    assert 3 <= len(passed) <= 5  # at 0 s, 1 s, 3 s, 7 s
    assert "more like this held back" in passed[1]


def test_other_kinds_debug_lines_and_a_new_outage_pass_at_once() -> None:
    tick = Ticker()
    limiter = RepeatLimiter(first=1.0, maximum=60.0, clock=tick)
    assert limiter.filter(record("connect failed %s", 1))
    assert not limiter.filter(record("connect failed %s", 2))
    assert limiter.filter(record("metadata refresh failed"))  # another kind
    assert limiter.filter(record("connect failed %s", 3, level=logging.DEBUG))
    assert limiter.filter(record("producer buffer full size 101", level=logging.WARNING))
    assert not limiter.filter(record("producer buffer full size 286", level=logging.WARNING))
    tick.now = 600.0  # quiet for ten minutes: the next failure is news
    assert limiter.filter(record("connect failed %s", 4))


def test_limit_repeats_covers_existing_child_loggers(caplog: pytest.LogCaptureFixture) -> None:
    child = logging.getLogger("aiokafka.test-child")
    limiter = limit_repeats(RepeatLimiter(first=60.0, maximum=60.0))
    try:
        with caplog.at_level(logging.WARNING, logger="aiokafka"):
            for _ in range(100):
                child.error("broker gone")
        assert [r.getMessage() for r in caplog.records] == ["broker gone"]
    finally:
        for name in list(logging.root.manager.loggerDict):
            logging.getLogger(name).removeFilter(limiter)
        for handler in logging.root.handlers:
            handler.removeFilter(limiter)
