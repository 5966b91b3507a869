"""A forked helper process that ends when its parent does.

A worker's parse process (:class:`~pipeline.nlp.extract.ExtractorProcess`) waits on a pipe
that it holds both ends of, so it never sees end-of-file: when the worker was killed with
``kill -9`` the child used to stay alive for good (about 165 MB each). :func:`bind_to_parent`,
run in the child first thing after the fork, ties its life to the parent's:

- on Linux the kernel kills the child when the parent dies (``PR_SET_PDEATHSIG``);
- elsewhere, or when ``prctl`` is unavailable or not wanted, a daemon thread polls
  ``os.getppid()`` and exits the child once it has been re-parented.

Either way the child checks once, after arming, that its parent is still the process that
forked it: a parent that died between the fork and the arming sends no signal.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
# The child holds nothing worth saving (its answers went to the parent, now gone): it is
# killed outright rather than asked, so no inherited signal handler can keep it alive.
DEATH_SIGNAL = signal.SIGKILL
POLL_SECONDS = 0.5
ORPHAN_EXIT_CODE = 70  # EX_SOFTWARE: the parent went away


def bind_to_parent(parent_pid: int, *, kernel_signal: bool = True,
                   poll_seconds: float = POLL_SECONDS) -> str:
    """Make the calling (forked) process end when ``parent_pid`` ends; returns how:
    ``"prctl"`` or ``"poll"``. ``kernel_signal=False`` skips ``prctl``; the parent asks
    for that when it forks from a thread that may end before the process does (the kernel
    signal follows the forking thread, not the process)."""
    how = "prctl" if kernel_signal and _set_parent_death_signal(DEATH_SIGNAL) else "poll"
    if os.getppid() != parent_pid:  # died before the signal was armed: nobody will send it
        os._exit(ORPHAN_EXIT_CODE)
    if how == "poll":
        threading.Thread(target=_exit_when_orphaned, args=(parent_pid, poll_seconds),
                         name="wirewatch-parent-watch", daemon=True).start()
    return how


def _set_parent_death_signal(signum: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signum), 0, 0, 0)) == 0
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return False


def _exit_when_orphaned(parent_pid: int, poll_seconds: float) -> None:
    while os.getppid() == parent_pid:
        time.sleep(poll_seconds)
    os._exit(ORPHAN_EXIT_CODE)
