"""The local store: one SQLite file with every job, the named settings presets and app state."""

from __future__ import annotations

from pathlib import Path

from jogg_desktop.store.database import Database
from jogg_desktop.store.job_store import JobStore
from jogg_desktop.store.preset_store import PresetStore
from jogg_desktop.store.preview_store import PreviewStore


class Store:
    """Opens ``paths.data_dir()/jobs.sqlite3`` (or ``path``)."""

    def __init__(self, path: Path | None = None, *, timeout: float = 5.0) -> None:
        self.db = Database(path, timeout=timeout)
        self.jobs = JobStore(self.db)
        self.presets = PresetStore(self.db)
        self.previews = PreviewStore(self.db)

    def close(self) -> None:
        self.db.close()


__all__ = ["Database", "JobStore", "PresetStore", "PreviewStore", "Store"]
