"""``wirewatch worker``: one Faust worker; run several to share the partitions."""

from __future__ import annotations

import asyncio

from pipeline.settings import Settings
from pipeline.streaming.admin import ensure_topics
from pipeline.streaming.app import create_app


def run_worker(settings: Settings) -> int:
    from faust.worker import Worker

    asyncio.run(ensure_topics(settings, with_changelogs=True))
    # Load spaCy and the gazetteers before joining the consumer group: loading takes
    # seconds and must not block the event loop while partitions are being assigned.
    from pipeline.nlp.extract import Extractor

    app = create_app(settings, analyser=Extractor.load(settings.model, gate=bool(settings.gate)))
    worker = Worker(app, loglevel=settings.log_level.upper(), quiet=True)
    worker.execute_from_commandline()  # returns only when the worker stops
    return 0
