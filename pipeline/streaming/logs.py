"""Keep a worker's log readable while the broker is away.

aiokafka and Faust log every failed connection attempt and every retry; with the broker
down under load that was ~8,800 ERROR lines a second. :class:`RepeatLimiter` lets the
first line of each kind through (the change of state: "cannot connect ..."), then the
same kind only with exponential backoff (1 s, 2 s, 4 s ... up to 5 min), saying how many
were held back. A kind that has been quiet for a while counts as new again, so the next
outage is reported at once. INFO and above are limited (a kind's first line always passes).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

NOISY_LOGGERS = ("aiokafka", "faust", "mode", "kafka")
_JUDGED = "wirewatch_repeat_verdict"
_DIGITS = re.compile(r"\d+")


@dataclass(slots=True)
class _Kind:
    interval: float
    next_at: float
    last_seen: float
    held: int = 0


class RepeatLimiter(logging.Filter):
    """A logging filter: one line per message kind, then exponential backoff."""

    def __init__(
        self,
        first: float = 1.0,
        maximum: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        if not 0 < first <= maximum:
            raise ValueError("need 0 < first <= maximum")
        self._first, self._maximum, self._clock = first, maximum, clock
        self._kinds: dict[tuple[str, str], _Kind] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO:
            return True
        # The same limiter sits on loggers and on handlers: judge each record once.
        verdict = getattr(record, _JUDGED, None)
        if verdict is None:
            verdict = self._judge(record)
            setattr(record, _JUDGED, verdict)
        return bool(verdict)

    def _judge(self, record: logging.LogRecord) -> bool:
        # The template, not the formatted text: "connect to node %s failed: %s" is one kind
        # whatever the node and error; numbers in text formatted by the caller
        # ("producer buffer full size 286") do not make a new kind either.
        key = (record.name, _DIGITS.sub("N", str(record.msg)))
        now = self._clock()
        kind = self._kinds.get(key)
        if kind is None or now - kind.last_seen > 2 * kind.interval + self._first:
            self._kinds[key] = _Kind(self._first, now + self._first, now)
            return True
        kind.last_seen = now
        if now < kind.next_at:
            kind.held += 1
            return False
        if kind.held:
            record.msg = f"{record.getMessage()} [{kind.held} more like this held back]"
            record.args = ()  # (None would be formatted as one argument by mode)
        kind.held = 0
        kind.interval = min(kind.interval * 2, self._maximum)
        kind.next_at = now + kind.interval
        return True


def limit_repeats(
    limiter: logging.Filter | None = None, prefixes: Iterable[str] = NOISY_LOGGERS
) -> logging.Filter:
    """Install one limiter on every existing logger under ``prefixes`` (and their roots).

    A logger's filter sees only records logged on that logger itself, so it goes on each
    child; call this after aiokafka and Faust are imported (their loggers are created at
    import). The same limiter goes on the root logger's handlers for loggers made later.
    """
    limiter = limiter or RepeatLimiter()
    prefixes = tuple(prefixes)
    names = [name for name in logging.root.manager.loggerDict if name.startswith(prefixes)]
    for name in {*names, *prefixes}:
        logger = logging.getLogger(name)
        if limiter not in logger.filters:
            logger.addFilter(limiter)
    for handler in logging.root.handlers:
        if limiter not in handler.filters:
            handler.addFilter(limiter)
    return limiter
