"""What both drivers build from the settings: the steps' parameters and the gazetteer data.

The domain takes its parameters and the group hierarchy as arguments; this is the one
place that turns :class:`~pipeline.settings.Settings` and the NLP side's data files into
them, so the embedded runner and the Faust app cannot drift apart.
"""

from __future__ import annotations

from pipeline.domain.dedup import DedupParams
from pipeline.domain.events import EventParams
from pipeline.domain.flow import StepContext
from pipeline.nlp.gazetteer import load_groups
from pipeline.settings import Settings


def dedup_params(settings: Settings) -> DedupParams:
    return DedupParams(threshold=settings.dedup_threshold, window=settings.dedup_window)


def step_context(settings: Settings) -> StepContext:
    return StepContext(
        params=dedup_params(settings),
        groups=load_groups(),
        limits=settings.validation_limits,
        events=EventParams(window=settings.event_window, digest_every=settings.digest_every),
    )
