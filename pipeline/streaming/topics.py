"""Every topic name in one place, with the configurable prefix.

Keys (so the records that must meet share a partition):

- ``wire.articles``     raw feed lines, keyed by the feed's article id (or none).
- ``wire.dedup-bands``  dedup probes, keyed by content hash (exact) or LSH band hash (near);
                        the owner of a band sees every article that shares it.
- ``wire.dedup-votes``  each band owner's answer, keyed by article id, gathered into a verdict.
- ``wire.unique``       articles that survived dedup, keyed by article id (and each extra
                        source of a story, keyed by its original's id; a correction, and
                        a duplicate's alias (what names the copy goes to its original),
                        keyed by the corrected or copied article's id).
- ``wire.analysed``     extraction results, still keyed by article id, so the router that
                        owns an original also sees every duplicate of it (and sources
                        redirected from a corrected article to its original).
- ``wire.duplicates``   duplicate records (and corrections: an analysed article found to be a
                        later-published copy), keyed by the original's id; read by the desk.
- ``wire.enriched``     what joins an event (an analysis, or another source), keyed by event key.
- ``wire.alerts``       conflict alerts, keyed by alert id, compacted (last version wins).
- ``wire.deadletter``   feed lines (and records between steps) that could not be read, with
                        a reason; read by operators.
"""

from __future__ import annotations

from dataclasses import dataclass

ARTICLES = "wire.articles"
DEDUP_BANDS = "wire.dedup-bands"
DEDUP_VOTES = "wire.dedup-votes"
UNIQUE = "wire.unique"
ANALYSED = "wire.analysed"
DUPLICATES = "wire.duplicates"
ENRICHED = "wire.enriched"
ALERTS = "wire.alerts"
DEADLETTER = "wire.deadletter"

ALL = (
    ARTICLES,
    DEDUP_BANDS,
    DEDUP_VOTES,
    UNIQUE,
    ANALYSED,
    DUPLICATES,
    ENRICHED,
    ALERTS,
    DEADLETTER,
)


# Per-topic configuration applied when wirewatch declares or creates a topic. The alert
# topic is compacted by alert id (its key), so a new subscriber reads each alert's state.
COMPACTED = {"cleanup.policy": "compact"}
TOPIC_CONFIGS: dict[str, dict[str, str]] = {
    ALERTS: {**COMPACTED, "segment.ms": str(60 * 60 * 1000), "min.cleanable.dirty.ratio": "0.1"},
}


def topic_config(base: str) -> dict[str, str]:
    """Broker configuration for a topic by base name (empty: the broker's defaults)."""
    return dict(TOPIC_CONFIGS.get(base, {}))


# Faust tables; each is backed by the changelog topic ``{app_id}-{table}-changelog``.
BAND_TABLE = "dedup-bands"
PENDING_TABLE = "dedup-pending"
ORIGIN_TABLE = "article-events"
EVENT_TABLE = "events"
TABLES = (BAND_TABLE, PENDING_TABLE, ORIGIN_TABLE, EVENT_TABLE)


def changelog_topics(app_id: str) -> tuple[str, ...]:
    return tuple(f"{app_id}-{table}-changelog" for table in TABLES)


@dataclass(frozen=True, slots=True)
class TopicNames:
    """Topic names with the deployment's prefix applied."""

    prefix: str = ""

    def name(self, base: str) -> str:
        if not self.prefix:
            return base
        sep = "" if self.prefix.endswith((".", "-", "_")) else "."
        return f"{self.prefix}{sep}{base}"

    @property
    def articles(self) -> str:
        return self.name(ARTICLES)

    @property
    def dedup_bands(self) -> str:
        return self.name(DEDUP_BANDS)

    @property
    def dedup_votes(self) -> str:
        return self.name(DEDUP_VOTES)

    @property
    def unique(self) -> str:
        return self.name(UNIQUE)

    @property
    def analysed(self) -> str:
        return self.name(ANALYSED)

    @property
    def duplicates(self) -> str:
        return self.name(DUPLICATES)

    @property
    def enriched(self) -> str:
        return self.name(ENRICHED)

    @property
    def alerts(self) -> str:
        return self.name(ALERTS)

    @property
    def deadletter(self) -> str:
        return self.name(DEADLETTER)

    def all(self) -> tuple[str, ...]:
        return tuple(self.name(base) for base in ALL)

    def configs(self) -> dict[str, dict[str, str]]:
        """Full topic name -> broker configuration, for every topic that has one."""
        return {self.name(base): topic_config(base) for base in ALL if topic_config(base)}
