"""What a video job is, and the service that runs jobs (render → poll → download).

The wizard hands a finished product and settings to a :class:`JobService`; the service
persists the job before and after every step (so a crash loses nothing), runs it in the
background on the asyncio loop, and reports every change to its listeners.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Protocol

from jogg_desktop.errors import Action
from jogg_desktop.models import Product, ProjectStatus, VideoSettings
from jogg_desktop.waiting import Waiting


class JobStage(Enum):
    CREATED = "created"  # saved locally, render not yet requested
    REQUESTING = "requesting"  # render request in flight: it may reach the server
    UNCONFIRMED = "unconfirmed"  # request may have reached the server, no project id: check first
    RENDERING = "rendering"  # project id known, polling
    DOWNLOADING = "downloading"
    DONE = "done"
    FAILED = "failed"  # render failed / deleted / gave up: see error
    CANCELLED = "cancelled"

    @property
    def active(self) -> bool:
        return self in (JobStage.REQUESTING, JobStage.RENDERING, JobStage.DOWNLOADING)


@dataclass(frozen=True)
class Job:
    id: int
    product: Product
    settings: VideoSettings
    stage: JobStage
    created_at: datetime
    updated_at: datetime
    project_id: str | None = None
    status: ProjectStatus | None = None
    credits: int = 0
    video_path: Path | None = None
    downloaded_bytes: int = 0
    total_bytes: int | None = None
    error_message: str | None = None
    error_details: str | None = None
    save_dir: Path | None = None  # where the finished video goes
    error_action: Action | None = None  # what to offer the user next (with error_message)
    waiting: Waiting | None = None
    """Not stored: the job is sitting out a failed check or a rate limit until ``waiting.until``."""


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
