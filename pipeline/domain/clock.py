"""Event time: the clock that windows and expiry run on.

Windows (dedup, events) are measured in the feed's own time — the latest ``published``
seen — not the wall clock, so replaying an archive from 2019 expires and groups exactly
as the live feed did in 2019. Before any dated article has been seen the clock falls
back to the wall clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime


def wall_clock() -> datetime:
    return datetime.now(UTC)


class FeedClock:
    def __init__(self, fallback: Callable[[], datetime] = wall_clock) -> None:
        self._fallback = fallback
        self._latest: datetime | None = None

    def observe(self, when: datetime | None) -> datetime:
        """Record an article's time (if it has one) and return the time to file it under."""
        if when is None:
            return self.now()
        if self._latest is None or when > self._latest:
            self._latest = when
        return when

    def now(self) -> datetime:
        return self._latest if self._latest is not None else self._fallback()
