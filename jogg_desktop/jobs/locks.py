"""One process works on a job at a time: an OS file lock per job.

Two app windows (or the app and the command line) resuming the same job would download into
the same ``.part`` file. The lock is the kernel's (``flock`` / ``msvcrt.locking``), so a process
killed with SIGKILL releases it at once: no stale lock files to clean up.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


class JobLocks:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._held: dict[int, int] = {}  # job id -> open file descriptor

    def acquire(self, job_id: int) -> bool:
        """Take ``job_id``'s lock without waiting; False when another holder has it."""
        if job_id in self._held:
            return True
        self._folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._folder / f"job-{job_id}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._held[job_id] = fd
        return True

    def holds(self, job_id: int) -> bool:
        return job_id in self._held

    def release(self, job_id: int) -> None:
        fd = self._held.pop(job_id, None)
        if fd is not None:
            _unlock(fd)
            os.close(fd)

    def release_all(self) -> None:
        for job_id in list(self._held):
            self.release(job_id)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
