"""Child for the kill -9 test: rewrites one job record as fast as it can, announcing each commit."""

from __future__ import annotations

import sys
from pathlib import Path

from jogg_desktop.jobs.types import JobStage
from jogg_desktop.store import Store
from tests.store.samples import PRODUCT, SETTINGS

STAGES = (JobStage.RENDERING, JobStage.DOWNLOADING)

if __name__ == "__main__":
    store = Store(Path(sys.argv[1]))
    job = store.jobs.create(PRODUCT, SETTINGS, None)
    step = 0
    while True:
        step += 1
        store.jobs.update(
            job.id,
            stage=STAGES[step % 2],
            downloaded_bytes=step,
            error_details=f"step {step}",
            project_id=f"p{step}",
        )
        print(step, flush=True)
