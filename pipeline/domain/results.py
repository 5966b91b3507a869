"""The shapes users read: result lines of ``wirewatch run`` and records on output topics.

Every record carries ``schema`` (the version of its shape) and ``type``.
"""

from __future__ import annotations

from typing import Any

from pipeline.domain.clock import future_dated_reason
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    ConflictAlert,
    DuplicateRecord,
    Place,
    Rejection,
)
from pipeline.domain.records import SCHEMA_VERSION, to_dict

PROCESSED = "processed"
DUPLICATE = "duplicate"
REJECTED = "rejected"


def actor_summary(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "type": actor.type, "country": actor.country}


def place_summary(place: Place) -> dict[str, Any]:
    return {
        "name": place.name,
        "geonames_id": place.geonames_id,
        "country": place.country,
        "admin1": place.admin1,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


def claim_summary(claim: Claim, general: bool = False) -> dict[str, Any]:
    """A claim as results show it; ``general``: a party's general line ("we do not target
    civilians"), its word beside its accounts, which no conflict reads."""
    return {
        "party": claim.party.name,
        "party_id": claim.party.id,
        "party_type": claim.party.type,
        "cue": claim.cue,
        "action": claim.action,
        "attacker": claim.attacker.name if claim.attacker else None,
        "target": claim.target.text,
        "target_class": claim.target.target_class,
        "target_actor": claim.target.actor_id,
        "negated": claim.negated,
        "rule": claim.rule,
        "general": general,
        "place": claim.place.name if claim.place else None,
        "evidence": {
            "sentence": claim.evidence.sentence,
            "start": claim.evidence.start,
            "end": claim.evidence.end,
        },
    }


def processed_result(
    analysis: ArticleAnalysis, conflict: ConflictAlert | None, sources: tuple[str, ...] = ()
) -> dict[str, Any]:
    article = analysis.article
    return {
        "schema": SCHEMA_VERSION,
        "id": article.id,
        "status": PROCESSED,
        "duplicate_of": None,
        "source": article.source,
        "sources": list(sources or (article.source,)),
        "actors": [actor_summary(a) for a in analysis.actors],
        "places": [place_summary(p) for p in analysis.places],
        "claims": [*(claim_summary(c) for c in analysis.claims),
                   *(claim_summary(c, general=True) for c in analysis.general)],
        "conflict": conflict is not None,
        "conflict_summary": conflict.summary if conflict else None,
        "gated": analysis.gated,
        **article_flags(article),
    }


def duplicate_result(article: Article, record: DuplicateRecord) -> dict[str, Any]:
    return {**_copy_result(article.id, article.source, record), **article_flags(article)}


def correction_result(record: DuplicateRecord) -> dict[str, Any]:
    """An article decided earlier turned out to be a later-published copy: a later line
    for the same id that replaces its result (readers keep the last line per id)."""
    return {**_copy_result(record.article_id, record.source, record), "correction": True}


def _copy_result(article_id: str, source: str, record: DuplicateRecord) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "id": article_id,
        "status": DUPLICATE,
        "duplicate_of": record.duplicate_of,
        "similarity": round(record.similarity, 4),
        "duplicate_kind": record.kind,
        "source": source,
        "actors": [],
        "places": [],
        "claims": [],
        "conflict": None,
    }


def article_flags(article: Article) -> dict[str, Any]:
    """What validation and the clock did to an article: cut to budget, date not trusted."""
    flags: dict[str, Any] = {"truncated": article.truncated, "future_dated": article.future_dated}
    reason = future_dated_reason(article)
    if reason:
        flags["time_reason"] = reason
    return flags


def rejected_result(rejection: Rejection, where: str | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "id": rejection.id,
        "status": REJECTED,
        "duplicate_of": None,
        "actors": [],
        "places": [],
        "claims": [],
        "conflict": None,
        "reason": rejection.reason,
    }
    if where:
        result["where"] = where
    return result


def deadletter_record(rejection: Rejection) -> dict[str, Any]:
    return {"schema": SCHEMA_VERSION, "type": "rejection", **to_dict(rejection)}


def duplicate_record(record: DuplicateRecord) -> dict[str, Any]:
    return {"schema": SCHEMA_VERSION, "type": "duplicate", **to_dict(record)}


def alert_record(alert: ConflictAlert) -> dict[str, Any]:
    data = to_dict(alert)
    data.pop("extra", None)
    return {"schema": SCHEMA_VERSION, "type": "alert", **data}
