"""Child for the lock test: take a job's lock, say so, then wait to be killed."""

from __future__ import annotations

import sys
from pathlib import Path

from jogg_desktop.jobs.locks import JobLocks

if __name__ == "__main__":
    locks = JobLocks(Path(sys.argv[1]))
    assert locks.acquire(int(sys.argv[2]))
    print("locked", flush=True)
    sys.stdin.read()  # blocks until killed (stdin is never closed by the parent)
