"""Job locks: one holder at a time, released by the kernel when the holder is killed."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from jogg_desktop.childproc import python_module_command
from jogg_desktop.jobs.locks import JobLocks

ROOT = Path(__file__).resolve().parents[2]


def test_one_holder_at_a_time(tmp_path: Path) -> None:
    first, second = JobLocks(tmp_path), JobLocks(tmp_path)
    assert first.acquire(1) and first.acquire(1) and first.holds(1)
    assert not second.acquire(1)
    assert second.acquire(2)  # other jobs are free
    first.release(1)
    assert second.acquire(1)
    second.release_all()
    assert first.acquire(1) and first.acquire(2)
    first.release_all()


def test_a_killed_holder_frees_the_lock(tmp_path: Path) -> None:
    child = subprocess.Popen(
        python_module_command("tests.jobs.lock_holder", str(tmp_path), "7"),
        stdin=subprocess.PIPE,  # the child blocks reading it (inherited, it may be /dev/null)
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    locks = JobLocks(tmp_path)
    assert not locks.acquire(7)
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()
    assert locks.acquire(7)
    locks.release_all()
