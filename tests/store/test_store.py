from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jogg_desktop import paths
from jogg_desktop.errors import Action, StoreError
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import VideoSettings
from jogg_desktop.store import Store
from jogg_desktop.store.database import MIGRATIONS, Database
from tests.store.samples import PRODUCT, SETTINGS, STATUS


def test_the_file_lives_in_the_data_folder_with_wal_and_a_schema_version() -> None:
    store = Store()
    assert store.db.path == paths.data_dir() / "jobs.sqlite3"
    assert store.db.schema_version == len(MIGRATIONS)
    mode = store.db.query("PRAGMA journal_mode")[0][0]
    assert mode == "wal"
    store.close()
    again = Store()  # reopening runs no migration twice
    assert again.db.schema_version == len(MIGRATIONS)
    again.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Database(path)


def test_job_lifecycle_round_trips_every_field(tmp_path: Path) -> None:
    store = Store()
    job = store.jobs.create(PRODUCT, SETTINGS, tmp_path / "out", credits=1)
    assert job.stage is JobStage.CREATED
    assert job.product == PRODUCT and job.settings == SETTINGS
    assert job.save_dir == tmp_path / "out"

    updated = store.jobs.update(
        job.id,
        stage=JobStage.DOWNLOADING,
        project_id="proj-1",
        status=STATUS,
        video_path=tmp_path / "out" / "v.mp4",
        downloaded_bytes=1234,
        total_bytes=5678,
        error_message="plain words",
        error_details="ServerError, request id rid-1",
        error_action=Action.RETRY,
    )
    store.close()

    reopened = Store()
    loaded = reopened.jobs.get(job.id)
    assert loaded == updated
    assert loaded.updated_at >= loaded.created_at
    assert reopened.jobs.unfinished() == [loaded]
    assert reopened.jobs.counts() == {JobStage.DOWNLOADING: 1}
    reopened.jobs.update(job.id, stage=JobStage.DONE)
    assert reopened.jobs.unfinished() == []
    reopened.jobs.delete(job.id)
    assert reopened.jobs.get(job.id) is None
    reopened.close()


def test_jobs_are_listed_newest_first() -> None:
    store = Store()
    ids = [store.jobs.create(PRODUCT, SETTINGS, None).id for _ in range(3)]
    assert [j.id for j in store.jobs.all()] == ids[::-1]
    with pytest.raises(KeyError):
        store.jobs.update(999, stage=JobStage.DONE)
    store.close()


def test_presets_save_apply_rename_delete() -> None:
    store = Store()
    presets = store.presets
    assert presets.names() == []
    presets.save("  My   shop ", SETTINGS)
    presets.save("another", VideoSettings())
    assert presets.names() == ["another", "My shop"]
    assert presets.get("My shop") == SETTINGS
    presets.save("My shop", VideoSettings(name="changed"))
    assert presets.get("My shop") == VideoSettings(name="changed")
    with pytest.raises(ValueError):
        presets.rename("My shop", "another")
    with pytest.raises(KeyError):
        presets.rename("missing", "x")
    with pytest.raises(ValueError):
        presets.save(" ", SETTINGS)
    presets.rename("My shop", "Mugs")
    assert presets.names() == ["another", "Mugs"]
    presets.delete("another")
    assert presets.names() == ["Mugs"]
    store.close()
