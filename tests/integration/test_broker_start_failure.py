"""A broker that goes away during `local-broker.sh start` is reported with how it ended.

The script formats its storage and fetches jars with the real `java`; the broker JVM itself is
started through a stand-in `java` that ends the way a real one can (an error exit, a kill by
signal 9), so the report can be checked without waiting for a real failure. The broker test
(test_resilience) restarts the real broker; this one never touches it: its own data dir and
ports.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
from pathlib import Path

import pytest

from tests.integration.conftest import BROKER_SCRIPT

JAVA = shutil.which("java")
LIB = BROKER_SCRIPT.parent / ".kafka" / "lib"

pytestmark = pytest.mark.skipif(
    JAVA is None or not LIB.is_dir(), reason="needs java and the broker's fetched jars")


def _free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as a:
            a.bind(("127.0.0.1", 0))
            port = a.getsockname()[1]
        with socket.socket() as b:
            try:
                b.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise AssertionError("no two free neighbouring ports")


def _start_with(tmp_path: Path, broker_end: str) -> subprocess.CompletedProcess[str]:
    """Run `start` with a `java` that runs the real one for the storage tools and ends the
    broker JVM with `broker_end` (shell code)."""
    fake = tmp_path / "java"
    fake.write_text(
        "#!/usr/bin/env bash\n"
        'for a in "$@"; do if [ "$a" = kafka.Kafka ]; then\n'
        f"  {broker_end}\n"
        "fi; done\n"
        f'exec {JAVA} "$@"\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    port = _free_port_pair()
    env = {**os.environ, "JAVA": str(fake), "WIREWATCH_KAFKA_PORT": str(port),
           "WIREWATCH_KAFKA_DATA_DIR": str(tmp_path / "data"),
           "WIREWATCH_KAFKA_START_TIMEOUT": "30"}
    return subprocess.run([str(BROKER_SCRIPT), "start"], env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_a_broker_that_exits_is_reported_with_its_status_and_its_own_log_lines(
        tmp_path: Path) -> None:
    done = _start_with(tmp_path, 'echo "ERROR broker gave up: the log dir is gone"; exit 3')
    assert done.returncode == 1
    assert "exited with status 3 during start-up" in done.stderr
    assert "ERROR broker gave up: the log dir is gone" in done.stderr
    assert "free: disk" in done.stderr
    assert not (tmp_path / "data" / "broker.pid").exists()


def test_a_broker_killed_during_start_up_is_reported_with_the_signal(tmp_path: Path) -> None:
    # the first start's lines stay in the log; the report shows the second start's only
    _start_with(tmp_path, 'echo "first start line"; exit 1')
    done = _start_with(tmp_path, 'echo "second start line"; kill -9 $$')
    assert done.returncode == 1
    assert "was killed by signal 9 during start-up" in done.stderr
    assert "second start line" in done.stderr
    assert "first start line" not in done.stderr
