"""Human-readable text for alert records, as the desk reads them in a terminal."""

from __future__ import annotations

from typing import Any


def format_alert(alert: dict[str, Any]) -> str:
    """A few lines per alert: header, one line per party, evidence sources."""
    place = (alert.get("place") or {}).get("name")
    attacker = (alert.get("attacker") or {}).get("name")
    where = f" in {place}" if place else ""
    by = f" by {attacker}" if attacker else ""
    if alert.get("withdrawn"):  # its dispute is gone (regrouped, or a copy taken out)
        return (
            f"ALERT {alert.get('alert_id', '?')} v{alert.get('version', 1)}: WITHDRAWN: "
            f"the accounts it rested on no longer conflict{by}{where}"
        )
    header = (
        f"ALERT {alert.get('alert_id', '?')} v{alert.get('version', 1)}: "
        f"conflicting target claims about a strike{by}{where} "
        f"(confidence {float(alert.get('confidence') or 0):.2f})"
    )
    lines = [header]
    if alert.get("summary"):
        lines.append(f"  {alert['summary']}")
    for account in alert.get("accounts") or []:
        party = (account.get("party") or {}).get("name", "?")
        targets = "; ".join(t.get("text", "?") for t in account.get("targets") or [])
        evidence = account.get("evidence") or []
        cited = sorted({e.get("article_id", "?") for e in evidence})
        who = f"reported by {party}" if account.get("role") == "narrates" else party
        lines.append(f"  - {who}: {targets}  [{', '.join(cited)}]")
    sources = alert.get("sources") or []
    if sources:
        lines.append(f"  sources: {', '.join(sources)}")
    return "\n".join(lines)
