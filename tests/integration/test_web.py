"""The worker's web server: loopback only by default, and only /metrics and /health."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.integration.conftest import Deployment, wait_for

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def listening_on(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on ``port`` (from /proc/net/tcp)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if int(hex_port, 16) == port and state == "0A":
            found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return found


def test_the_web_server_binds_loopback_and_serves_only_metrics_and_health(
    deployment: Deployment,
) -> None:
    port = free_port()
    deployment.start_worker(WIREWATCH_WEB_PORT=str(port))
    base = f"http://127.0.0.1:{port}"
    wait_for(lambda: bool(listening_on(port)), 60, "the web server")
    assert listening_on(port) == {"127.0.0.1"}
    assert status(f"{base}/metrics") == 200
    assert status(f"{base}/health") == 200
    for hidden in ("/router/", "/table/", "/graph/", "/stats/"):
        assert status(f"{base}{hidden}") == 404, hidden
