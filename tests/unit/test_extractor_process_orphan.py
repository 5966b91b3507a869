"""The parse process ends when its worker is killed with SIGKILL (issue 10: orphans).

Each test starts a real parent process, lets it fork, kills the parent with a real
SIGKILL and waits, with a deadline, for the child to be gone. The model is a blank
English pipeline: what is under test is the process machinery, not the parse.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.nlp import lifeline

REPO = Path(__file__).resolve().parents[2]
GONE_WITHIN = 15.0  # seconds; the kernel signal takes milliseconds, the poll half a second

# A parent that forks its worker's parse processes, prints the children's pids and waits.
EXTRACTOR_PARENT = textwrap.dedent("""
    import sys, time, spacy
    from pipeline.nlp.extract import Extractor, ExtractorProcess

    class NoPlaces:
        def resolve_all(self, names, context_countries=(), text='', home_countries=()): return {}
        def country_of(self, name): return None

    process = ExtractorProcess(Extractor(spacy.blank("en"), places=NoPlaces()),
                               processes=int(sys.argv[1]))
    print(*process.pids, flush=True)
    time.sleep(600)
""")

# A parent that forks one child bound by the portable fallback (no prctl) and, as a
# control, one child that is not bound at all.
POLLING_PARENT = textwrap.dedent("""
    import multiprocessing, os, time
    from pipeline.nlp.lifeline import bind_to_parent

    def bound(parent):
        assert bind_to_parent(parent, kernel_signal=False, poll_seconds=0.1) == "poll"
        time.sleep(600)

    fork = multiprocessing.get_context("fork")
    children = [fork.Process(target=bound, args=(os.getpid(),)),
                fork.Process(target=time.sleep, args=(600,))]
    for child in children:
        child.start()
    print(*(c.pid for c in children), flush=True)
    time.sleep(600)
""")


def alive(pid: int) -> bool:
    """True while ``pid`` runs; a zombie nobody has reaped yet counts as gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:  # pragma: no cover - no /proc
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.fixture
def start_parent(tmp_path: Path) -> Iterator[Callable[..., tuple[int, list[int]]]]:
    """Start a parent running ``code``; return its pid and the pids it printed. Whatever
    the test's outcome, every process started here is killed afterwards."""
    started: list[int] = []

    def start(code: str, *args: str) -> tuple[int, list[int]]:
        out = tmp_path / f"parent-{len(started)}.out"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        with out.open("wb") as handle:
            proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=handle,
                                    stderr=subprocess.STDOUT, cwd=REPO, env=env)
        started.append(proc.pid)
        printed = wait_until(lambda: out.read_text().endswith("\n") or proc.poll() is not None,
                             120.0)
        assert printed and proc.poll() is None, out.read_text()[-3000:]
        pids = [int(p) for p in out.read_text().split()]
        started.extend(pids)
        return proc.pid, pids

    yield start
    for pid in reversed(started):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    for pid in started[:1]:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def kill_parent(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)  # the parent is ours: reap it, so it is gone, not a zombie


@pytest.mark.parametrize("processes", [1, 2])
def test_parse_processes_end_when_their_worker_is_killed(
    start_parent: Callable[..., tuple[int, list[int]]], processes: int
) -> None:
    parent, children = start_parent(EXTRACTOR_PARENT, str(processes))
    assert len(children) == processes
    assert all(alive(child) and parent_of(child) == parent for child in children)
    kill_parent(parent)
    for child in children:
        assert wait_until(lambda c=child: not alive(c), GONE_WITHIN), (
            f"parse process {child} outlived its killed parent {parent}")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads parents from /proc")
def test_polling_fallback_ends_the_child_and_an_unbound_child_would_stay(
    start_parent: Callable[[str], tuple[int, list[int]]]
) -> None:
    parent, (bound, unbound) = start_parent(POLLING_PARENT)
    assert alive(bound) and alive(unbound)
    kill_parent(parent)
    assert wait_until(lambda: not alive(bound), GONE_WITHIN)
    # the control: without the binding a forked child outlives a SIGKILLed parent
    assert alive(unbound) and parent_of(unbound) != parent


@pytest.mark.parametrize("kernel_signal", [True, False])
def test_a_child_whose_parent_died_before_it_was_bound_exits(kernel_signal: bool) -> None:
    # The race: the parent dies between the fork and the arming of the signal, so the
    # child is already re-parented when it binds. A pid that is not its parent stands in.
    fork = multiprocessing.get_context("fork")
    child = fork.Process(target=lifeline.bind_to_parent, args=(os.getpid() + 1_000_000,),
                         kwargs={"kernel_signal": kernel_signal})
    child.start()
    child.join(30)
    assert child.exitcode == lifeline.ORPHAN_EXIT_CODE


def test_binding_uses_the_kernel_signal_on_linux() -> None:
    fork = multiprocessing.get_context("fork")
    with fork.Pool(1, initializer=lifeline.bind_to_parent, initargs=(os.getpid(),)) as pool:
        how = pool.apply(_how_bound)
    assert how == ("prctl" if sys.platform.startswith("linux") else "poll")


def _how_bound() -> str:
    return lifeline.bind_to_parent(os.getppid())
