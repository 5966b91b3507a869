"""Counters for ops: records sent per topic, exposed in Prometheus text format."""

from __future__ import annotations

from collections import Counter


class Counters:
    def __init__(self) -> None:
        self._sent: Counter[str] = Counter()
        self.lag: dict[str, int] = {}

    def sent(self, topic: str, n: int = 1) -> None:
        self._sent[topic] += n

    late_claims_total: int = 0  # claims that joined or opened an event behind its window

    def late_claims(self, n: int = 1) -> None:
        self.late_claims_total += n

    def snapshot(self) -> dict[str, int]:
        return dict(self._sent)

    def prometheus(self, events_total: int = 0) -> str:
        lines = [
            "# HELP wirewatch_events_total Records consumed by this worker's agents.",
            "# TYPE wirewatch_events_total counter",
            f"wirewatch_events_total {events_total}",
            "# HELP wirewatch_records_sent_total Records sent by this worker, per output topic.",
            "# TYPE wirewatch_records_sent_total counter",
        ]
        for topic, n in sorted(self._sent.items()):
            lines.append(f'wirewatch_records_sent_total{{topic="{topic}"}} {n}')
        lines += [
            "# HELP wirewatch_consumer_lag Messages not yet consumed, per assigned partition.",
            "# TYPE wirewatch_consumer_lag gauge",
        ]
        for tp, lag in sorted(self.lag.items()):
            lines.append(f'wirewatch_consumer_lag{{partition="{tp}"}} {lag}')
        return "\n".join(lines) + "\n"
