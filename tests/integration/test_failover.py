"""A real worker killed with SIGKILL leaves no process behind (issue 10: orphaned parse
process). The worker is ``wirewatch worker`` with the real model; its parse process is
found in /proc by its parent pid."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.integration.conftest import Deployment
from tests.unit.test_extractor_process_orphan import GONE_WITHIN, alive, wait_until

pytestmark = [
    pytest.mark.kafka,
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds children in /proc"),
]


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended while we looked
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def test_killed_worker_leaves_no_parse_process(deployment: Deployment) -> None:
    worker = deployment.start_worker()
    children = [c for c in children_of(worker.pid) if alive(c)]
    try:
        assert children, "the worker parses in a forked process of its own"
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
        assert wait_until(lambda: not any(alive(c) for c in children), GONE_WITHIN), (
            f"{[c for c in children if alive(c)]} outlived worker {worker.pid}")
    finally:
        for child in children:
            if alive(child):
                os.kill(child, signal.SIGKILL)
