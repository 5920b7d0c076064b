"""kill -9 at an arbitrary instant leaves a consistent record (every field from one write)."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from jogg_desktop.childproc import python_module_command
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.store import Store
from tests.store.kill_writer import STAGES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kill_after", [1, 37, 400])
def test_record_is_whole_after_sigkill(tmp_path: Path, kill_after: int) -> None:
    db = tmp_path / "jobs.sqlite3"
    child = subprocess.Popen(
        python_module_command("tests.store.kill_writer", str(db)),
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    last = 0
    for line in child.stdout:
        last = int(line)
        if last >= kill_after:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()

    store = Store(db)
    (job,) = store.jobs.all()
    step = job.downloaded_bytes
    assert step >= last  # nothing announced as committed was lost
    assert job.stage is STAGES[step % 2]
    assert job.error_details == f"step {step}"
    assert job.project_id == f"p{step}"
    assert job.stage in (JobStage.RENDERING, JobStage.DOWNLOADING)
    assert store.db.query("PRAGMA integrity_check")[0][0] == "ok"
    store.close()
