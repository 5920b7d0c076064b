"""One process works on a job at a time: an OS file lock per job (``filelock``).

Two app windows (or the app and the command line) resuming the same job would download into
the same ``.part`` file. The lock is the kernel's (``flock`` / ``LockFileEx`` under filelock), so
a process killed with SIGKILL releases it at once: no stale lock files to clean up.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class JobLocks:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._held: dict[int, FileLock] = {}

    def acquire(self, job_id: int) -> bool:
        """Take ``job_id``'s lock without waiting; False when another holder has it."""
        if job_id in self._held:
            return True
        self._folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(self._folder / f"job-{job_id}.lock", is_singleton=False, thread_local=False)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            return False
        self._held[job_id] = lock
        return True

    def holds(self, job_id: int) -> bool:
        return job_id in self._held

    def release(self, job_id: int) -> None:
        lock = self._held.pop(job_id, None)
        if lock is not None:
            lock.release(force=True)

    def release_all(self) -> None:
        for job_id in list(self._held):
            self.release(job_id)
