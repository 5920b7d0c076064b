"""What a video job is, and the service that runs jobs (render → poll → download).

The wizard hands a finished product and settings to a :class:`JobService`; the service
persists the job before and after every step (so a crash loses nothing), runs it in the
background on the asyncio loop, and reports every change to its listeners.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from jogg_desktop.models import Job, JobStage, Product, VideoSettings

__all__ = ["Job", "JobListener", "JobService", "JobStage"]


JobListener = Callable[[Job], None]


class JobService(Protocol):
    def subscribe(self, listener: JobListener) -> Callable[[], None]:
        """Call ``listener`` on every change of any job; returns an unsubscribe function."""

    def jobs(self) -> list[Job]:
        """Every known job, newest first."""

    def get(self, job_id: int) -> Job | None: ...

    async def start(self, product: Product, settings: VideoSettings, save_dir: Path) -> Job:
        """Record the job, request the render once, then poll and download in the background.

        Returns as soon as the render request has an answer (the job is RENDERING) or failed
        (raises the JoggError; the job record stays, FAILED or UNCONFIRMED).
        """

    async def resume_unfinished(self) -> list[Job]:
        """Continue polling/downloading jobs left unfinished by a previous run."""

    async def download_again(self, job_id: int, dest: Path | None = None) -> Job: ...

    def delete(self, job_id: int) -> None: ...

    async def aclose(self) -> None:
        """Stop background work cleanly (tasks cancelled, state saved)."""
