"""Previews, one row per visual style; the styles asked for together share a ``set_id``.

Like the jobs (:mod:`jogg_desktop.store.job_store`): a whole set is written in one transaction
before anything is sent, every change rewrites the row in one transaction, error texts are
redacted, and a row that cannot be read is skipped (never blocks the others).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from jogg_desktop.errors import Action
from jogg_desktop.logs import redact
from jogg_desktop.models import ApiGeneration, JobStage, PreviewJob, Product, VideoSettings, VisualStyleLook
from jogg_desktop.store import codec
from jogg_desktop.store.database import Database
from jogg_desktop.store.job_store import UNFINISHED, now

_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError)


class PreviewStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def path(self) -> Path:
        return self._db.path

    def create_set(
        self, product: Product, settings: VideoSettings, styles: Sequence[str], save_dir: Path | None, *,
        credits: float, generation: ApiGeneration, request_name: str | None = None,
        at: datetime | None = None,
    ) -> list[PreviewJob]:
        """One CREATED row per style, all in one transaction; returns them in ``styles`` order."""
        at = at or now()
        ids: list[int] = []
        with self._db.transaction() as conn:
            row = conn.execute("SELECT COALESCE(MAX(set_id), 0) + 1 FROM previews").fetchone()
            set_id = int(row[0])
            for style in styles:
                cursor = conn.execute(
                    "INSERT INTO previews (set_id, style, product_json, settings_json, stage, api_generation,"
                    " created_at, updated_at, credits, save_dir, request_name)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (set_id, style, codec.dumps(codec.product_to_json(product)),
                     codec.dumps(codec.settings_to_json(_in_style(settings, style))),
                     JobStage.CREATED.value, generation.value, at.isoformat(), at.isoformat(), credits,
                     str(save_dir) if save_dir else None, request_name),
                )
                assert cursor.lastrowid is not None
                ids.append(cursor.lastrowid)
        found = {p.id: p for p in self.of_set(set_id)}
        return [found[i] for i in ids]

    def update(self, preview: int, **changes: Any) -> PreviewJob:
        """Apply ``changes`` (PreviewJob field names) atomically; returns the new record."""
        with self._db.transaction() as conn:
            row = conn.execute("SELECT * FROM previews WHERE id = ?", (preview,)).fetchone()
            if row is None:
                raise KeyError(preview)
            job = dataclasses.replace(_from_row(row), updated_at=now(), **changes)
            conn.execute(
                "UPDATE previews SET stage = ?, updated_at = ?, preview_id = ?, status_json = ?,"
                " save_dir = ?, video_path = ?, render_job_id = ?, error_message = ?, error_details = ?,"
                " error_action = ?"
                " WHERE id = ?",
                (job.stage.value, job.updated_at.isoformat(), job.preview_id,
                 codec.dumps(codec.status_to_json(job.status)) if job.status else None,
                 str(job.save_dir) if job.save_dir else None, str(job.video_path) if job.video_path else None,
                 job.render_job_id, redact(job.error_message) if job.error_message else None,
                 redact(job.error_details) if job.error_details else None,
                 job.error_action.value if job.error_action else None, preview),
            )
        return job

    def get(self, preview: int) -> PreviewJob | None:
        found = _readable(self._db.query("SELECT * FROM previews WHERE id = ?", (preview,)))
        return found[0] if found else None

    def by_preview_id(self, preview_id: str) -> PreviewJob | None:
        """The newest row with JoggAI's id ``preview_id``."""
        rows = self._db.query("SELECT * FROM previews WHERE preview_id = ? ORDER BY id DESC", (preview_id,))
        found = _readable(rows)
        return found[0] if found else None

    def of_set(self, set_id: int) -> list[PreviewJob]:
        """The previews of one set, in the order they were asked for."""
        return _readable(self._db.query("SELECT * FROM previews WHERE set_id = ? ORDER BY id", (set_id,)))

    def all(self) -> list[PreviewJob]:
        """Every readable preview, newest first."""
        return _readable(self._db.query("SELECT * FROM previews ORDER BY id DESC"))

    def unfinished(self) -> list[PreviewJob]:
        """Previews a previous run left mid-way (oldest first)."""
        marks = ",".join("?" * len(UNFINISHED))
        rows = self._db.query(f"SELECT * FROM previews WHERE stage IN ({marks}) ORDER BY id",
                              tuple(s.value for s in UNFINISHED))
        return _readable(rows)

    def delete(self, preview: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM previews WHERE id = ?", (preview,))


def _in_style(settings: VideoSettings, style: str) -> VideoSettings:
    return dataclasses.replace(settings, look=VisualStyleLook(style))


def _readable(rows: list[sqlite3.Row]) -> list[PreviewJob]:
    found = []
    for row in rows:
        try:
            found.append(_from_row(row))
        except _DECODE_ERRORS:
            continue  # a damaged row is set aside
    return found


def _from_row(row: sqlite3.Row) -> PreviewJob:
    status = codec.loads(row["status_json"])
    return PreviewJob(
        id=int(row["id"]),
        set_id=int(row["set_id"]),
        product=codec.product_from_json(codec.loads(row["product_json"])),
        settings=codec.settings_from_json(codec.loads(row["settings_json"])),
        style=str(row["style"]),
        stage=JobStage(row["stage"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        generation=_generation(row["api_generation"]),
        preview_id=row["preview_id"],
        status=codec.status_from_json(status) if status else None,
        credits=float(row["credits"]),
        save_dir=Path(row["save_dir"]) if row["save_dir"] else None,
        video_path=Path(row["video_path"]) if row["video_path"] else None,
        error_message=row["error_message"],
        error_details=row["error_details"],
        error_action=Action(row["error_action"]) if row["error_action"] else None,
        request_name=row["request_name"],
        render_job_id=row["render_job_id"],
    )


def _generation(value: object) -> ApiGeneration:
    try:
        return ApiGeneration(value)
    except ValueError:
        return ApiGeneration.V1
