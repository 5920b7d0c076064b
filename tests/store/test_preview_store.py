"""The previews' rows: a set written whole before anything is sent, each style its own row,
changes atomic, error texts redacted, a damaged row set aside (never blocking the others)."""

from __future__ import annotations

from pathlib import Path

from jogg_desktop.errors import Action
from jogg_desktop.logs import register_secret
from jogg_desktop.models import (
    ApiGeneration,
    JobStage,
    JobState,
    Product,
    ProjectStatus,
    VideoSettings,
    VisualStyleLook,
)
from jogg_desktop.store import Store
from jogg_desktop.store.database import MIGRATIONS


def test_a_set_is_stored_whole_with_one_row_per_style(tmp_path: Path) -> None:
    store = Store(tmp_path / "jobs.sqlite3")
    try:
        assert store.db.schema_version == len(MIGRATIONS) >= 4
        product = Product(id="p1", name="Mug")
        rows = store.previews.create_set(product, VideoSettings(name="Ad", music_id=13), ["A", "B"],
                                         tmp_path, credits=0.5, generation=ApiGeneration.V2,
                                         request_name="Ad · 2026-12-01 18:00:00")
        assert [r.style for r in rows] == ["A", "B"] and len({r.set_id for r in rows}) == 1
        assert all(r.stage is JobStage.CREATED and r.credits == 0.5 and r.save_dir == tmp_path for r in rows)
        assert [r.settings.look for r in rows] == [VisualStyleLook("A"), VisualStyleLook("B")]
        assert rows[0].settings.music_id == 13 and rows[0].request_name == "Ad · 2026-12-01 18:00:00"
        other = store.previews.create_set(product, VideoSettings(), ["C", "D"], None, credits=0.5,
                                          generation=ApiGeneration.V1)
        assert other[0].set_id == rows[0].set_id + 1 and other[0].generation is ApiGeneration.V1

        status = ProjectStatus("pv1", JobState.DONE, video_url="https://r/pv1.mp4")
        done = store.previews.update(rows[0].id, stage=JobStage.DONE, preview_id="pv1", status=status,
                                     video_path=tmp_path / "a.mp4", render_job_id=7)
        assert store.previews.get(rows[0].id) == done and done.video_url == "https://r/pv1.mp4"
        assert store.previews.by_preview_id("pv1") == done
        assert [r.id for r in store.previews.unfinished()] == [rows[1].id, *(r.id for r in other)]
        assert [r.id for r in store.previews.all()] == [other[1].id, other[0].id, rows[1].id, rows[0].id]
    finally:
        store.close()


def test_errors_are_redacted_and_a_damaged_row_is_set_aside(tmp_path: Path) -> None:
    register_secret("sk-preview-secret-123456")
    store = Store(tmp_path / "jobs.sqlite3")
    try:
        a, b = store.previews.create_set(Product(id="p"), VideoSettings(), ["A", "B"], None, credits=0.5,
                                         generation=ApiGeneration.V2)
        failed = store.previews.update(a.id, stage=JobStage.FAILED, error_message="no",
                                       error_details="key sk-preview-secret-123456 refused",
                                       error_action=Action.START_OVER)
        raw = store.db.query("SELECT error_details FROM previews WHERE id = ?", (a.id,))[0][0]
        assert "sk-preview-secret-123456" not in raw and failed.error_action is Action.START_OVER
        with store.db.transaction() as conn:
            conn.execute("UPDATE previews SET stage = 'exploded' WHERE id = ?", (b.id,))
        assert [r.id for r in store.previews.all()] == [a.id] and store.previews.get(b.id) is None
        store.previews.delete(a.id)
        assert store.previews.of_set(a.set_id) == []
    finally:
        store.close()
