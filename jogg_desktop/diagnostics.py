"""The "Copy diagnostics" text: versions, platform, keyring backend, API base, recent errors.

Never the API key: the whole report goes through :func:`jogg_desktop.logs.redact`, and nothing
here reads the key.
"""

from __future__ import annotations

import importlib.metadata
import platform
import sys

from jogg_desktop import APP_NAME, __version__, paths
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.logs import recent_problems, redact
from jogg_desktop.store.job_store import JobStore

RECENT_JOB_ERRORS = 10


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def diagnostics_text(
    *,
    api_base: str,
    jobs: JobStore | None = None,
    keyring_backend: str = "",
    key_location: str = "",
    qt_version: str = "",
) -> str:
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()}{' (frozen app)' if getattr(sys, 'frozen', False) else ''}",
        f"Qt {qt_version or 'unknown'}, PySide6 {_version('PySide6-Essentials')}, "
        f"httpx {_version('httpx')}, keyring {_version('keyring')}, qasync {_version('qasync')}",
        f"OS {platform.platform()} ({platform.machine()})",
        f"Keyring backend: {keyring_backend or 'not checked'}",
        f"API key: {key_location or 'not checked'}",
        f"API base: {api_base}",
        f"Data folder: {paths.data_dir()}",
        f"Log folder: {paths.log_dir()}",
    ]
    if jobs is not None:
        counts = jobs.counts()
        summary = ", ".join(f"{stage.value} {counts[stage]}" for stage in JobStage if stage in counts)
        lines.append(f"Jobs: {summary or 'none'}")
        failed = [j for j in jobs.all() if j.error_details][:RECENT_JOB_ERRORS]
        if failed:
            lines.append("Recent job errors:")
            for job in failed:
                lines.append(
                    f"  job {job.id} ({job.stage.value}, {job.updated_at:%Y-%m-%d %H:%M} UTC, "
                    f"project {job.project_id or '-'}): {job.error_details}"
                )
    problems = recent_problems()
    if problems:
        lines.append("Recent log warnings:")
        lines.extend(f"  {p}" for p in problems[-20:])
    return redact("\n".join(lines)) + "\n"
