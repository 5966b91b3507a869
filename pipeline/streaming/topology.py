"""The topics and tables a worker declares: names, partitions, configuration."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import faust

from pipeline.settings import Settings
from pipeline.streaming import topics
from pipeline.streaming.topics import TopicNames


@dataclass(frozen=True, slots=True)
class Topology:
    """The channels the agents read and the tables they keep.

    Each table is keyed like the topic its agent reads (band key, article id, event key)
    and written only while that agent handles an event of the key's partition.
    """

    names: TopicNames
    articles: Any
    bands: Any
    votes: Any
    unique: Any
    analysed: Any
    enriched: Any
    band_table: Any
    pending_table: Any
    origin_table: Any
    event_table: Any


def declare(app: faust.App, settings: Settings) -> Topology:
    names = TopicNames(settings.topic_prefix)

    def topic(base: str) -> Any:
        return app.topic(
            names.name(base),
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            internal=True,
            config=topics.topic_config(base) or None,
        )

    def table(name: str) -> Any:
        return app.Table(name, default=None, partitions=settings.partitions)

    read = {base: topic(base) for base in topics.ALL}  # outputs too, so readers find them
    return Topology(
        names=names,
        articles=read[topics.ARTICLES],
        bands=read[topics.DEDUP_BANDS],
        votes=read[topics.DEDUP_VOTES],
        unique=read[topics.UNIQUE],
        analysed=read[topics.ANALYSED],
        enriched=read[topics.ENRICHED],
        band_table=table(topics.BAND_TABLE),
        pending_table=table(topics.PENDING_TABLE),
        origin_table=table(topics.ORIGIN_TABLE),
        event_table=table(topics.EVENT_TABLE),
    )
