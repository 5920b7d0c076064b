"""A stored batch: the batch, its product rows and its video rows (one per product × variant).

A video row's render goes through the :class:`~jogg_desktop.jobs.manager.JobManager`: once it has
a ``job_id`` the job's record is the truth about it (requested, rendering, downloaded, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from jogg_desktop.jobs.batch_model import SourceRow, Variant, VariantGrid
from jogg_desktop.models import Product, VideoSettings


class BatchState(Enum):
    RUNNING = "running"  # rows are being read and renders requested
    PAUSED = "paused"  # nothing new is sent; renders already requested finish
    CANCELLED = "cancelled"  # rows not yet requested never will be; requested ones still finish
    FINISHED = "finished"  # every row has an outcome

    @property
    def open(self) -> bool:
        return self in (BatchState.RUNNING, BatchState.PAUSED)


class ProductStage(Enum):
    PENDING = "pending"
    READING = "reading"  # the page crawl was sent (not charged: safe to send again)
    READY = "ready"
    FAILED = "failed"
    CANCELLED = "cancelled"


class VideoStage(Enum):
    PENDING = "pending"  # no job yet: nothing charged
    JOB = "job"  # a job exists (job_id): the job's stage tells the rest
    SKIPPED = "skipped"  # its product page could not be read
    CANCELLED = "cancelled"  # cancelled before its render was requested: nothing charged


@dataclass(frozen=True)
class Batch:
    id: int
    name: str
    out_dir: Path
    settings: VideoSettings
    grid: VariantGrid
    state: BatchState
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class BatchProduct:
    id: int
    batch_id: int
    position: int
    source: SourceRow
    stage: ProductStage
    product: Product | None = None
    error_message: str | None = None
    error_details: str | None = None


@dataclass(frozen=True)
class BatchVideo:
    id: int
    batch_id: int
    product_row: int
    position: int
    variant: Variant
    settings: VideoSettings
    credits: int
    stage: VideoStage
    job_id: int | None = None
    error_message: str | None = None
    error_details: str | None = None
