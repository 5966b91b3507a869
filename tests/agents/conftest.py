"""Agent tier: the real agents through Faust's test_context, no broker.

The app's sink (where agents send) is a list here; the agents, tables and steps are the
production ones. Tests wait for the effect (records in the sink) with a bound, because
``put()`` returns when the agent has taken the value, not when it has finished with it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
import pytest

from pipeline.settings import Settings
from pipeline.streaming.app import WirewatchApp, create_app
from pipeline.streaming.codecs import encode


@dataclass
class MemorySink:
    records: list[tuple[str, str | None, dict[str, Any]]] = field(default_factory=list)

    async def send(self, topic: str, key: str | None, value: dict[str, Any]) -> None:
        # round-trip through the same encoding the Faust sink puts on the wire
        self.records.append((topic, key, orjson.loads(encode(value))))

    async def flush(self) -> None:
        """Every record is delivered once appended."""

    def on(self, topic: str) -> list[tuple[str | None, dict[str, Any]]]:
        return [(k, v) for t, k, v in self.records if t == topic]

    def take(self) -> list[tuple[str, str | None, dict[str, Any]]]:
        taken, self.records = self.records, []
        return taken


async def wait_until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.01)


async def pump(app: WirewatchApp, agent_name: str, values: list[bytes], expect: int) -> None:
    """Put values into one agent and wait until the sink holds ``expect`` records."""
    agent = app.wire_agents[agent_name]  # type: ignore[attr-defined]
    async with agent.test_context() as running:
        for value in values:
            await running.put(value)
        await wait_until(lambda: len(app.sink.records) >= expect)  # type: ignore[attr-defined]


@pytest.fixture
def sink() -> MemorySink:
    return MemorySink()


@pytest.fixture
def make_app(sink: MemorySink) -> Callable[..., WirewatchApp]:
    def factory(env: dict[str, str] | None = None, **kwargs: Any) -> WirewatchApp:
        """``env``: ``WIREWATCH_*`` settings for this app (the rest are defaults)."""
        settings = Settings.from_env(env or {}, app_id="wirewatch-agents-test")
        return create_app(settings, sink=sink, **kwargs)

    return factory
