"""Where a job's video is saved: a readable name from the video's or product's name."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from jogg_desktop.api.download import part_path, safe_filename
from jogg_desktop.jobs.types import Job
from jogg_desktop.media_kinds import video_suffix


def video_target(job: Job, folder: Path, video_url: str, taken: Collection[Path] = ()) -> Path:
    """A new file in ``folder`` for ``job``'s video: not an existing file, not one ``taken`` by
    another download still running (its ``.part`` may not exist yet)."""
    suffix = video_suffix(video_url) or ".mp4"
    stem = safe_filename(job.settings.name or job.product.name or "video", default="video")
    stem = stem[:80].rstrip(" ._") or "video"
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate in taken or candidate.exists() or part_path(candidate).exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
