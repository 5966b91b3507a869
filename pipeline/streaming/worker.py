"""``wirewatch worker``: one Faust worker; run several to share the partitions."""

from __future__ import annotations

import logging

from pipeline.settings import Settings
from pipeline.streaming.app import create_app


def run_worker(settings: Settings) -> int:
    from faust.worker import Worker

    app = create_app(settings)
    logging.getLogger("wirewatch").info("topics prefixed %r", settings.topic_prefix)
    worker = Worker(app, loglevel=settings.log_level.upper(), quiet=True)
    worker.execute_from_commandline()  # returns only when the worker stops (it exits the process)
    return 0
