"""When a change to an alert goes out: versions a desk can live with.

An alert is stored in its event's payload as a plain JSON dict: the last version built
(``alert``, whose ``version`` is the last one sent), its parties, its substance, a
fingerprint of what the desk was last sent (``sent``; ``shown_withdrawn`` if that was a
withdrawal), when that was (``emitted``, the desk's time) and whether a change waits
(``pending``). The rules:

1. The first version of an alert goes out at once.
2. A withdrawal goes out at once, and so does the last version of an alert another one
   absorbed (``merged_into``), with one version of the alert that absorbed it.
3. Every other change (a new party, side or target class, a denial, a regrouping, new
   articles and outlets) is folded into the alert and goes out as one version once
   ``every`` has passed since its last version: at once when that much time has passed
   already, else at the next article that touches the alert or the next digest.
   So an alert has at most one update per ``every``, and no change is dropped.
4. A change that ends where the last version stood (a regrouping undone, a withdrawal
   undone before it went out) sends nothing: what would go out is compared with what
   was sent. Nor does a change under an alert the desk has as withdrawn while it stays
   withdrawn.
5. Versions count up by one for each version sent, per alert id across its routing
   key (:func:`number`), whichever event's copy of the alert sends it: an id that forms
   again after its event closed, or in a second event while the first still holds it,
   carries on from the last version sent.

``now`` is the desk's time (processing time, the wall clock) in both drivers, never the
feed's event time: a replayed archive covers days of event time in minutes, and the
desk reads it in minutes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from pipeline.domain.models import ConflictAlert
from pipeline.domain.records import from_dict, to_dict

__all__ = ["due", "fingerprint", "flush", "known_alert", "number", "send_now", "settle",
           "stored_alert"]

KEEP_SENT = 4096  # alert ids per routing key whose last version is remembered


def fingerprint(alert: ConflictAlert, substance: Any) -> str:
    """What a desk sees change between two versions: the substance (parties, sides,
    target classes, denials), withdrawal and merges, and the articles and outlets."""
    seen = [substance, alert.withdrawn, alert.merged_into, sorted(alert.absorbed),
            sorted(alert.article_ids), sorted(alert.sources)]
    raw = json.dumps(seen, sort_keys=True, default=str)
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=12).hexdigest()


def due(stored: Mapping[str, Any], now: datetime, every: timedelta) -> bool:
    """Has ``every`` passed since the alert's last version?"""
    emitted = stored.get("emitted")
    return emitted is None or datetime.fromisoformat(emitted) + every <= now


def stored_alert(alert: ConflictAlert, parties: Iterable[str], substance: Any,
                 now: datetime) -> dict[str, Any]:
    """A new alert as sent now: its first version goes out at once (rule 1)."""
    return {"alert_id": alert.alert_id, "parties": sorted(set(parties)),
            "alert": to_dict(alert), "substance": substance, "pending": False,
            "emitted": now.isoformat(), "withdrawn": alert.withdrawn,
            "sent": fingerprint(alert, substance), "shown_withdrawn": alert.withdrawn}


def _sent_alert(stored: Mapping[str, Any]) -> ConflictAlert:
    return from_dict(ConflictAlert, stored["alert"])


def settle(
    stored: dict[str, Any], alert: ConflictAlert, substance: Any, now: datetime,
    every: timedelta, *, parties: Iterable[str] | None = None, at_once: bool = False,
) -> ConflictAlert | None:
    """Store ``alert`` (built from the event's claims now; its version is ignored) as the
    alert's current state, and return the version to send now, if any (rules 2-5).
    ``at_once``: a withdrawal or a merge (rule 2), not held back by the pace."""
    last = int(stored["alert"]["version"]) if "alert" in stored else 0
    current = replace(alert, version=last)
    seen = fingerprint(current, substance)
    still_withdrawn = current.withdrawn and bool(
        stored.get("shown_withdrawn", stored.get("withdrawn")))
    stored.update(alert=to_dict(current), substance=substance,
                  withdrawn=current.withdrawn)
    if parties is not None:
        stored["parties"] = sorted(set(parties))
    if seen == stored.get("sent") or still_withdrawn:
        # rule 4: the desk already has exactly this, or the alert it has is withdrawn
        # and stays so (what changed under it shows if it comes back)
        stored["pending"] = False
        return None
    if not (at_once or due(stored, now, every)):  # rule 3: folded, waits for its time
        stored["pending"] = True
        return None
    return send_now(stored, now)


def send_now(stored: dict[str, Any], now: datetime) -> ConflictAlert | None:
    """The alert's current state as its next version, sent now; ``None`` when the desk
    already has exactly this (rule 4)."""
    current = _sent_alert(stored)
    if fingerprint(current, stored.get("substance")) == stored.get("sent"):
        stored["pending"] = False
        return None
    out = replace(current, version=current.version + 1)
    stored.update(alert=to_dict(out), pending=False, emitted=now.isoformat(),
                  withdrawn=out.withdrawn, sent=fingerprint(out, stored.get("substance")),
                  shown_withdrawn=out.withdrawn)
    return out


def flush(alerts: Iterable[dict[str, Any]], now: datetime, every: timedelta
          ) -> list[ConflictAlert]:
    """The digest: every alert with a folded change whose time has come (``every`` zero:
    all of them, as at the end of a feed or when an event closes) goes out as one
    version. An alert absorbed by another has no more versions, and a withdrawn one
    shows its folded articles only if it comes back."""
    out: list[ConflictAlert] = []
    for stored in alerts:
        if unsent(stored) and due(stored, now, every):
            sent = send_now(stored, now)
            if sent is not None:
                out.append(sent)
    return out


def unsent(stored: Mapping[str, Any]) -> bool:
    """Does a stored alert hold a folded change the digest will send?"""
    return bool(stored.get("pending")) and not stored.get("merged_into") \
        and not stored.get("withdrawn")


def known_alert(alert: ConflictAlert, parties: Iterable[str], known: Sequence[Any]
                ) -> dict[str, Any]:
    """An alert formed again with an id the desk already has (``known``: its last
    version sent and when, from :func:`number`), before its change is settled: the
    desk's copy is not this one, so it goes out as any change does, paced."""
    stored = stored_alert(replace(alert, version=int(known[0])), parties, None,
                          datetime.fromisoformat(str(known[1])))
    stored.update(sent=None, shown_withdrawn=False)
    return stored


def number(sent: dict[str, list[Any]], alerts: Sequence[ConflictAlert], now: datetime,
           keep: int = KEEP_SENT) -> list[ConflictAlert]:
    """Rule 5: the versions to send, each above the last one sent for its id (``sent``:
    alert id -> [last version sent, when], kept in the key's state, most recently sent
    last; the ``keep`` most recent are kept, whatever span of event time they cover, as
    a late article can form an id again however far the clock has moved)."""
    out = []
    for alert in alerts:
        last = int(sent.pop(alert.alert_id, [0])[0])
        if alert.version <= last:
            alert = replace(alert, version=last + 1)
        sent[alert.alert_id] = [alert.version, now.isoformat()]
        out.append(alert)
    for ident in list(sent)[: max(0, len(sent) - keep)]:
        del sent[ident]
    return out
