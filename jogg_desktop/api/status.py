"""Render status normalisation across API versions (docs/joggai-api.md §10.1)."""

from __future__ import annotations

from typing import Any

from jogg_desktop.api.parsing import as_int, as_str
from jogg_desktop.models import JobState

_NUMERIC = {1: JobState.QUEUED, 2: JobState.QUEUED, 3: JobState.PROCESSING, 4: JobState.DONE,
            5: JobState.FAILED, 99: JobState.DELETED}
_WORDS = {
    "start": JobState.QUEUED, "started": JobState.QUEUED, "waiting": JobState.QUEUED,
    "pending": JobState.QUEUED, "queued": JobState.QUEUED, "created": JobState.QUEUED,
    "processing": JobState.PROCESSING, "rendering": JobState.PROCESSING,
    "completed": JobState.DONE, "complete": JobState.DONE, "success": JobState.DONE,
    "succeeded": JobState.DONE, "done": JobState.DONE, "finished": JobState.DONE,
    "failed": JobState.FAILED, "fail": JobState.FAILED, "failure": JobState.FAILED,
    "error": JobState.FAILED, "cancelled": JobState.FAILED, "canceled": JobState.FAILED,
    "deleted": JobState.DELETED,
}


def normalise_state(raw: Any) -> JobState:
    """The client state for a raw status value; anything unknown counts as still processing.

    ``DONE`` here means "terminal success"; the poller also requires a video URL (§10.1).
    """
    number = as_int(raw)
    if number is not None:
        return _NUMERIC.get(number, JobState.PROCESSING)
    return _WORDS.get(as_str(raw).strip().lower(), JobState.PROCESSING)
