"""Conflicting accounts of a strike's target, within one article and across articles.

Pure functions: state is a ``MutableMapping`` (a dict in tests and the embedded runner, a
Faust table in the worker) mapping an event key to a JSON-ready value; the clock is passed
in. Values are rebuilt and re-assigned, never mutated in place, so a table sees changes.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from pipeline.domain.claims import (
    incompatible,
    is_account,
    is_miss,
    matches,
    same_event,
    same_side,
)
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.models import (
    Actor,
    ArticleAnalysis,
    Claim,
    ConflictAlert,
    DuplicateRecord,
    Evidence,
    PartyAccount,
    Place,
    Target,
)
from pipeline.domain.records import from_dict, to_dict

__all__ = ["add_source", "article_conflict", "event_key", "find_conflicts", "observe"]


@dataclass(frozen=True, slots=True)
class ConflictPair:
    """Two claims from parties on different sides that cannot both be right."""

    first: Claim
    second: Claim
    reason: str  # "targets", "contrast" or "miss"


# ------------------------------------------------------------------ detection

def find_conflicts(
    claims: Sequence[Claim], groups: GroupDirectory | None = None
) -> list[ConflictPair]:
    """Every pair of incompatible accounts from parties that are not on the same side."""
    groups = groups if groups is not None else GroupDirectory()
    pairs: list[ConflictPair] = []
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if same_side(a.party, b.party) or not same_event(a, b):
                continue
            reason = _reason(a, b, claims, groups)
            if reason:
                pairs.append(ConflictPair(a, b, reason))
    return pairs


def _reason(a: Claim, b: Claim, claims: Sequence[Claim], groups: GroupDirectory) -> str | None:
    if is_account(a) and is_account(b) and incompatible(a.target, b.target, groups):
        return "targets"
    if (is_miss(a) and _is_hit(b)) or (is_miss(b) and _is_hit(a)):
        return "miss"
    for neg, pos in ((a, b), (b, a)):
        if neg.negated and not is_miss(neg) and is_account(pos) \
                and matches(neg.target, pos.target, groups) \
                and _offers_other(neg, pos, claims, groups):
            return "contrast"
    return None


def _is_hit(claim: Claim) -> bool:
    return is_account(claim) and claim.target.target_class != "unknown"


def _offers_other(neg: Claim, pos: Claim, claims: Sequence[Claim], groups: GroupDirectory) -> bool:
    """A denial counts only when the denying party gives its own, different account of
    the same event ("hit the trees, not a camp"); a bare denial is not a conflict."""
    for other in claims:
        if other.party.id != neg.party.id or not _is_hit(other):
            continue
        if not same_event(other, pos):
            continue
        if not matches(other.target, pos.target, groups):
            return True
    return False


# ------------------------------------------------------------------ alerts

def _accounts(
    claims: Iterable[Claim], parties: set[str], weight: Counter[str] | None = None
) -> tuple[PartyAccount, ...]:
    """One account per party: the most contradicted party first, then in text order;
    targets of unknown kind are left out when the party names something clearer."""
    by_party: dict[str, list[Claim]] = {}
    actors: dict[str, Actor] = {}
    for claim in claims:
        if claim.party.id in parties:
            by_party.setdefault(claim.party.id, []).append(claim)
            actors.setdefault(claim.party.id, claim.party)
    weight = weight or Counter()
    order = sorted(by_party, key=lambda p: (-weight[p], min(c.evidence.start
                                                          for c in by_party[p]), p))
    out = []
    for pid in order:
        cl = by_party[pid]
        if any(c.target.target_class != "unknown" for c in cl):
            cl = [c for c in cl if c.target.target_class != "unknown" or is_miss(c)]
        targets: list[Target] = []
        evidence: list[Evidence] = []
        for c in sorted(cl, key=lambda c: (c.negated, c.evidence.start)):
            tgt = c.target if not c.negated else Target(
                f"not {c.target.text}" if not is_miss(c) else c.target.text,
                c.target.target_class, c.target.actor_id)
            if tgt not in targets:
                targets.append(tgt)
            if c.evidence not in evidence:
                evidence.append(c.evidence)
        out.append(PartyAccount(actors[pid], tuple(targets), tuple(evidence)))
    return tuple(out)


def _summary(accounts: Sequence[PartyAccount]) -> str:
    parts = []
    for acc in accounts:
        said = ", ".join(t.text for t in acc.targets[:3])
        parts.append(f"{acc.party.name} says {said}")
    return "; ".join(parts)


def _confidence(pairs: Sequence[ConflictPair]) -> float:
    base = {"targets": 0.6, "contrast": 0.5, "miss": 0.5}
    best = max(base[p.reason] for p in pairs)
    return round(min(0.95, best + 0.05 * (len(pairs) - 1)), 3)


def alert_id(key: str, party_ids: Iterable[str]) -> str:
    raw = key + "|" + ",".join(sorted(set(party_ids)))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _build_alert(
    key: str, claims: Sequence[Claim], pairs: Sequence[ConflictPair], first_seen: datetime | None,
    ident: str | None = None, version: int = 1, extra_sources: Sequence[str] = (),
    extra_articles: Sequence[str] = (),
) -> ConflictAlert:
    parties = {p.first.party.id for p in pairs} | {p.second.party.id for p in pairs}
    involved = [c for c in claims if c.party.id in parties]
    weight = Counter([p.first.party.id for p in pairs] + [p.second.party.id for p in pairs])
    accounts = _accounts(involved, parties, weight)
    article_ids = tuple(dict.fromkeys(
        [e.article_id for a in accounts for e in a.evidence] + list(extra_articles)))
    sources = tuple(dict.fromkeys(
        [e.source for a in accounts for e in a.evidence] + list(extra_sources)))
    places = [c.place for c in involved if c.place is not None and is_account(c)]
    attackers = Counter(c.attacker.id for c in involved if c.attacker is not None)
    attacker = next((c.attacker for c in involved if c.attacker is not None
                     and c.attacker.id == attackers.most_common(1)[0][0]), None) \
        if attackers else None
    return ConflictAlert(
        alert_id=ident or alert_id(key, parties),
        version=version,
        event_key=key,
        accounts=accounts,
        article_ids=article_ids,
        sources=sources,
        confidence=_confidence(pairs),
        place=_best_place(places),
        attacker=attacker,
        first_seen=first_seen,
        summary=_summary(accounts),
        extra={"reasons": sorted({p.reason for p in pairs})},
    )


def _best_place(places: Sequence[Place]) -> Place | None:
    if not places:
        return None
    finer = [p for p in places if p.kind != "country"]
    return Counter(finer or places).most_common(1)[0][0]


def article_conflict(
    analysis: ArticleAnalysis, groups: GroupDirectory | None = None
) -> ConflictAlert | None:
    """The in-article conflict, if the article reports two incompatible accounts."""
    pairs = find_conflicts(analysis.claims, groups)
    if not pairs:
        return None
    key = event_key(analysis) or f"article:{analysis.article.id}"
    return _build_alert(key, analysis.claims, pairs, analysis.article.published)


# ------------------------------------------------------------------ event keys

def event_key(analysis: ArticleAnalysis) -> str | None:
    """Coarse partition key: the country struck (``geo:SY``), else the attacker's side
    (``by:ru``). Outlets quoting different sides of one strike name different speakers
    and often no attacker, but they name the place; finer matching (attacker, region,
    time window) happens inside the event's value. ``None`` without strike claims."""
    claims = [c for c in analysis.claims if c.action is not None]
    if not claims:
        return None
    countries = Counter(c.place.country for c in claims if c.place and c.place.country)
    if not countries:
        countries = Counter(p.country for p in analysis.places if p.country)
    if countries:
        return f"geo:{_top(countries)}"
    sides = Counter(c.attacker.side or c.attacker.id for c in claims if c.attacker is not None)
    if sides:
        return f"by:{_top(sides)}"
    return "geo:unknown"


def _top(counts: Counter[str]) -> str:
    """Most common, ties broken by name so the key does not depend on claim order."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


# ------------------------------------------------------------------ cross-article

def _empty() -> dict[str, Any]:
    # copies: original article id -> [[duplicate id, source], ...], so an alert that forms
    # after a copy arrived still lists every outlet that carried its articles.
    return {"articles": [], "entries": [], "alerts": [], "copies": {}}


def observe(
    analysis: ArticleAnalysis,
    state: MutableMapping[str, Any],
    now: datetime,
    window: timedelta,
    groups: GroupDirectory | None = None,
) -> list[ConflictAlert]:
    """Add the article's claims to its event; return alerts that are new or changed."""
    key = event_key(analysis)
    if key is None:
        return []
    value = state.get(key) or _empty()
    article = analysis.article
    if article.id in value["articles"]:
        return []
    stamp = article.published or now
    entries = list(value["entries"]) + [
        {"article_id": article.id, "ts": stamp.isoformat(), "claim": to_dict(c)}
        for c in analysis.claims
    ]
    newest = max(datetime.fromisoformat(e["ts"]) for e in entries)
    entries = [e for e in entries if datetime.fromisoformat(e["ts"]) >= newest - window]
    claims = [from_dict(Claim, e["claim"]) for e in entries]
    alerts_state: list[dict[str, Any]] = [dict(a) for a in value["alerts"]]
    copies = value.get("copies", {})
    changed = _update_alerts(key, claims, alerts_state, stamp, copies, groups)
    state[key] = {
        "articles": [*value["articles"], article.id],
        "entries": entries,
        "alerts": alerts_state,
        "copies": copies,
    }
    return changed


def _components(pairs: Sequence[ConflictPair]) -> list[list[ConflictPair]]:
    """Group conflict pairs that share a party (one alert per connected dispute)."""
    groups: list[tuple[set[str], list[ConflictPair]]] = []
    for pair in pairs:
        ids = {pair.first.party.id, pair.second.party.id}
        hit = [g for g in groups if g[0] & ids]
        merged_ids, merged_pairs = set(ids), [pair]
        for g in hit:
            merged_ids |= g[0]
            merged_pairs = g[1] + merged_pairs
            groups.remove(g)
        groups.append((merged_ids, merged_pairs))
    return [g[1] for g in groups]


def _with_copies(
    alert: ConflictAlert, copies: Mapping[str, Sequence[Sequence[str]]]
) -> ConflictAlert:
    """The alert with every known copy of its articles (their ids and outlets) added."""
    extra = [copy for aid in alert.article_ids for copy in copies.get(aid, ())]
    if not extra:
        return alert
    return replace(
        alert,
        article_ids=tuple(dict.fromkeys([*alert.article_ids, *(c[0] for c in extra)])),
        sources=tuple(dict.fromkeys([*alert.sources, *(c[1] for c in extra)])),
    )


def _update_alerts(
    key: str,
    claims: Sequence[Claim],
    alerts_state: list[dict[str, Any]],
    stamp: datetime,
    copies: Mapping[str, Sequence[Sequence[str]]],
    groups: GroupDirectory | None = None,
) -> list[ConflictAlert]:
    changed: list[ConflictAlert] = []
    for pairs in _components(find_conflicts(claims, groups)):
        parties = {p.first.party.id for p in pairs} | {p.second.party.id for p in pairs}
        previous = next((a for a in alerts_state if set(a["parties"]) & parties), None)
        if previous is None:
            alert = _with_copies(_build_alert(key, claims, pairs, stamp), copies)
            alerts_state.append(_stored(alert, parties))
            changed.append(alert)
            continue
        old = from_dict(ConflictAlert, previous["alert"])
        alert = _with_copies(_build_alert(
            key, claims, pairs, old.first_seen, ident=old.alert_id, version=old.version,
            extra_sources=old.sources, extra_articles=old.article_ids,
        ), copies)
        if set(alert.article_ids) != set(old.article_ids) or parties != set(previous["parties"]):
            alert = replace(alert, version=old.version + 1)
            alerts_state[alerts_state.index(previous)] = _stored(alert, parties)
            changed.append(alert)
    return changed


def _stored(alert: ConflictAlert, parties: set[str]) -> dict[str, Any]:
    return {"alert_id": alert.alert_id, "parties": sorted(parties), "alert": to_dict(alert)}


def add_source(
    key: str, record: DuplicateRecord, state: MutableMapping[str, Any], now: datetime
) -> list[ConflictAlert]:
    """A duplicate adds its id and outlet to the alerts on its original (version+1), and is
    remembered for alerts that form later."""
    value = state.get(key) or _empty()
    copies = dict(value.get("copies", {}))
    known = copies.get(record.duplicate_of, [])
    if any(c[0] == record.article_id for c in known):
        return []  # re-delivered
    copies[record.duplicate_of] = [*known, [record.article_id, record.source]]
    out: list[ConflictAlert] = []
    alerts_state = []
    for stored in value["alerts"]:
        alert = from_dict(ConflictAlert, stored["alert"])
        if record.duplicate_of in alert.article_ids and record.article_id not in alert.article_ids:
            alert = replace(
                alert, version=alert.version + 1,
                article_ids=(*alert.article_ids, record.article_id),
                sources=tuple(dict.fromkeys((*alert.sources, record.source))),
            )
            stored = {**stored, "alert": to_dict(alert)}
            out.append(alert)
        alerts_state.append(stored)
    state[key] = {**value, "alerts": alerts_state, "copies": copies}
    return out
