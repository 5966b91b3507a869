"""A worker's offset commit never passes a record it has not finished (issue 10: a copy
lost after kill -9). faust-streaming 0.15.3 alone commits past an unfinished record at
the committed offset when the next records are finished; the worker's consumer holds."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP

from pipeline.settings import Settings
from pipeline.streaming.app import create_app
from pipeline.streaming.commits import HOLD_SECONDS, GaplessConsumer

TP0 = TP("wire.enriched", 0)


@pytest.fixture
def consumer() -> Any:
    return create_app(Settings.from_env({}), analyser=SimpleNamespace()).consumer


def finished(consumer: Any, committed: int | None, acked: list[int],
             gaps: tuple[tuple[int, int], ...] = ()) -> int | None:
    """The offset the consumer would commit now."""
    consumer._committed_offset[TP0] = committed
    consumer._acked[TP0] = list(acked)
    consumer._acked_index[TP0] = set(acked)
    for begin, end in gaps:
        consumer._gap[TP0].addi(begin, end)
    return consumer._new_offset(TP0)  # type: ignore[no-any-return]


def test_the_worker_uses_the_gapless_consumer(consumer: Any) -> None:
    assert isinstance(consumer, GaplessConsumer)


def test_faust_alone_commits_past_the_unfinished_record(consumer: Any) -> None:
    # the defect this guards against; if faust-streaming fixes it, this fails: drop the fix
    consumer._committed_offset[TP0] = 10
    consumer._acked[TP0] = [11, 12]
    consumer._acked_index[TP0] = {11, 12}
    assert Consumer._new_offset(consumer, TP0) == 13


@pytest.mark.parametrize(
    ("committed", "acked", "gaps", "commit"),
    [
        (10, [11, 12], (), None),  # 10 unfinished: hold
        (10, [12, 13], (), None),
        (10, [10, 11, 12], (), 13),  # all finished: commit after them
        (10, [10, 11, 13], (), 12),  # up to the first unfinished one
        (10, [11, 12], ((10, 11),), 13),  # 10 is a known gap in the log, not a record
        (None, [5, 6], (), 7),  # nothing committed yet: Faust's own rule
    ],
)
def test_commit_stops_before_the_first_unfinished_record(
    consumer: Any, committed: int | None, acked: list[int],
    gaps: tuple[tuple[int, int], ...], commit: int | None,
) -> None:
    assert finished(consumer, committed, acked, gaps) == commit


def test_a_held_commit_moves_on_once_the_record_is_finished(
    consumer: Any, caplog: pytest.LogCaptureFixture
) -> None:
    assert finished(consumer, 10, [11, 12]) is None
    assert finished(consumer, 10, [11, 12]) is None
    assert sum("holding the commit" in r.message for r in caplog.records) == 1  # said once
    assert finished(consumer, 10, [10, 11, 12]) == 13


def test_a_record_that_never_comes_holds_the_commit_for_a_bounded_time(
    consumer: Any, caplog: pytest.LogCaptureFixture
) -> None:
    now = [100.0]
    consumer.clock = lambda: now[0]
    assert finished(consumer, 10, [11, 12]) is None
    now[0] += HOLD_SECONDS - 1
    assert finished(consumer, 10, [11, 12]) is None
    now[0] += 1
    assert finished(consumer, 10, [11, 12]) == 13  # as Faust would, and said so
    assert any("did not come" in r.message and r.levelname == "ERROR" for r in caplog.records)
