"""``wirewatch worker``: one Faust worker; run several to share the partitions."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from collections.abc import MutableMapping
from typing import Any

from pipeline.settings import Settings

log = logging.getLogger("wirewatch")

# Read by faust.types._env and faust/__init__ at import time, with these prefixes.
_FAUST_PREFIXES = ("FAUST_", "F_")
_FAUST_IMPORT_TIME = (
    "DEBUG",
    "WORKDIR",
    "DATADIR",
    "BLOCKING_TIMEOUT",
    "FORCE_BLOCKING_TIMEOUT",
    "CONSOLE_PORT",
    "STRICT",
    "WEB_PORT",
    "WEB_BIND",
    "WEB_TRANSPORT",
    "LOOP",
)


def faust_env_names() -> set[str]:
    """Every environment variable Faust's settings read, with and without a prefix."""
    import faust

    names = {p.env_name for p in faust.Settings.SETTINGS.values() if p.env_name}
    return names | {prefix + name for prefix in _FAUST_PREFIXES for name in _FAUST_IMPORT_TIME}


def neutralise_faust_env(environ: MutableMapping[str, str] | None = None) -> list[str]:
    """Remove Faust's own variables so only ``WIREWATCH_*`` settings configure the worker.

    Faust lets ``WEB_PORT``, ``BROKER_SESSION_TIMEOUT``, ``PROCESSING_GUARANTEE`` ...
    override the values the app passes it. Call before Faust is imported or configured.
    Returns the names removed (``APP_ENV_PREFIX``-prefixed ones included).
    """
    environ = os.environ if environ is None else environ
    # The prefixed import-time names first: removing them needs no faust import.
    removed = [
        n
        for n in list(environ)
        if n.startswith(_FAUST_PREFIXES) and n.split("_", 1)[1] in _FAUST_IMPORT_TIME
    ]
    for name in removed:
        del environ[name]
    names = faust_env_names()
    env_prefix = environ.get("APP_ENV_PREFIX", "")
    if env_prefix:
        names |= {env_prefix.rstrip("_") + "_" + name for name in names}
    for name in sorted(names & set(environ)):
        del environ[name]
        removed.append(name)
    return sorted(removed)


def run_worker(settings: Settings) -> int:
    ignored = neutralise_faust_env()
    from pipeline.streaming.admin import ensure_topics
    from pipeline.streaming.app import create_app

    if ignored:
        log.warning("wirewatch: ignoring Faust's own variables %s; use WIREWATCH_*", ignored)
    asyncio.run(ensure_topics(settings, with_changelogs=True))
    # Load spaCy and the gazetteers before joining the consumer group: loading takes
    # seconds and must not block the event loop while partitions are being assigned.
    from pipeline.nlp.extract import Extractor, ExtractorProcess

    # The parse gets processes (and cores) of its own: the event loop stays free.
    extractor = Extractor.load(settings.model, gate=bool(settings.gate))
    # The model's objects live as long as the process: out of the collector's sight, a
    # full collection no longer walks them (it stopped the event loop 0.1-0.4 s each).
    gc.collect()
    gc.freeze()
    app = create_app(settings, analyser=ExtractorProcess(
        extractor, settings.worker_parse_count))
    app.metrics.watch_gc()
    build_worker(app, settings).execute_from_commandline()  # returns when the worker stops
    return 0


def build_worker(app: Any, settings: Settings, *, limit_logs: bool = True) -> Any:
    """A Faust worker for ``app`` whose aiokafka/Faust log lines are rate-limited."""
    from faust.worker import Worker

    from pipeline.streaming.logs import limit_repeats

    limiter = limit_repeats() if limit_logs else None

    class QuietWorker(Worker):  # type: ignore[misc]
        def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
            super().on_setup_root_logger(logger, level)
            if limiter is not None:
                limit_repeats(limiter)  # Faust set up its handlers just now: limit them too

    return QuietWorker(app, loglevel=settings.log_level.upper(), quiet=True)
