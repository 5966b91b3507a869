"""The worker's web views: ``/metrics`` (Prometheus text) and ``/health``, nothing else.

Faust's own ``/router`` and ``/table`` views show table contents to anyone who reaches the
port; they are off unless ``WIREWATCH_WEB_TABLES=1`` (see :func:`web_options`).
"""

from __future__ import annotations

from typing import Any

import faust

from pipeline.settings import Settings
from pipeline.streaming.metrics import CONTENT_TYPE, WorkerMetrics


def web_options(settings: Settings) -> dict[str, Any]:
    """Faust app options for the web server: bound to ``WIREWATCH_WEB_HOST`` (loopback
    unless told otherwise), none at all when ``WIREWATCH_WEB_PORT`` is 0."""
    tables = bool(settings.web_tables)
    return {
        "web_enabled": settings.web_port > 0,
        "web_port": settings.web_port or 6066,
        "web_bind": settings.web_host,
        "web_router_enabled": tables,
        "web_tables_enabled": tables,
        "web_graph_enabled": False,
        "web_stats_enabled": False,
        "web_metrics_enabled": False,
    }


def register_views(app: faust.App, metrics: WorkerMetrics, bootstrap: str) -> None:
    """``/metrics`` checks the broker (``bootstrap``) and reads Faust's monitor when
    scraped, so what it shows is as of the scrape."""

    @app.page("/metrics")
    async def metrics_view(web: Any, request: Any) -> Any:
        metrics.monitor = app.monitor
        await metrics.check_broker(bootstrap)
        body = metrics.exposition().decode()
        return web.text(body, content_type=CONTENT_TYPE)

    @app.page("/health")
    async def health(web: Any, request: Any) -> Any:
        return web.json({"status": "ok", "app": app.conf.id})
