"""A job's state in plain words, for the History list."""

from __future__ import annotations

from jogg_desktop.jobs.types import Job, JobStage
from jogg_desktop.models import JobState
from ui.credits import amount, charged
from ui.i18n import format_size, tr

_CTX = "History"


def megabytes(count: int) -> str:
    return format_size(count)


def status_text(job: Job) -> str:
    stage = job.stage
    if stage is JobStage.CREATED or stage is JobStage.REQUESTING:
        return tr("Asking JoggAI to start…", _CTX)
    if stage is JobStage.RENDERING:
        if job.status is not None and job.status.state is JobState.QUEUED:
            return tr("Waiting in JoggAI's queue", _CTX)
        return tr("JoggAI is making your video", _CTX)
    if stage is JobStage.DOWNLOADING:
        if job.total_bytes:
            percent = min(100, job.downloaded_bytes * 100 // job.total_bytes)
            return tr("Downloading… %1 %", _CTX).replace("%1", str(percent))
        return tr("Downloading… %1", _CTX).replace("%1", megabytes(job.downloaded_bytes))
    if stage is JobStage.DONE:
        cost = charged(job)  # JoggAI's figure, where its API gives it (v2)
        return tr("Ready", _CTX) + (f" · {amount(cost)}" if cost is not None else "")
    if stage is JobStage.UNCONFIRMED:
        return tr("Not confirmed — check your videos in JoggAI before trying again", _CTX)
    if stage is JobStage.CANCELLED:
        return tr("Not started", _CTX)
    return tr("Failed: %1", _CTX).replace("%1", tr(job.error_message or "", "Errors"))


def duration_text(job: Job) -> str:
    seconds = job.status.duration if job.status else None
    if not seconds:
        return ""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def job_title(job: Job) -> str:
    return job.settings.name or job.product.name or tr("Untitled video", _CTX)
