"""Every video job, one row each, rewritten whole in one transaction on every change.

A row that cannot be read (damaged by a disk fault, a hand edit or a buggy version) is set
aside: it is left untouched in the file, skipped by :meth:`JobStore.all` and
:meth:`JobStore.unfinished`, and described by :meth:`JobStore.damaged`, so one bad row never
blocks the other jobs. Error texts are redacted (the API key) before they are stored.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jogg_desktop.errors import Action, StoreError
from jogg_desktop.logs import redact
from jogg_desktop.models import ApiGeneration, Job, JobStage, Product, VideoSettings
from jogg_desktop.store import codec
from jogg_desktop.store.database import Database

UNFINISHED = (JobStage.CREATED, JobStage.REQUESTING, JobStage.RENDERING, JobStage.DOWNLOADING)


def now() -> datetime:
    return datetime.now(UTC)


@dataclasses.dataclass(frozen=True)
class DamagedJob:
    """A row that could not be read: its id, what could be salvaged, and why."""

    id: int
    project_id: str | None
    problem: str

    def describe(self, path: Path) -> str:
        paid = f" JoggAI project {self.project_id} (fetch it with: fetch --project {self.project_id})." \
            if self.project_id else ""
        return (f"job {self.id}: its record in {path} is damaged ({self.problem}) and was set aside; "
                f"the other jobs are not affected.{paid}")


class JobStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def path(self) -> Path:
        """The SQLite file (job locks and other per-store files live beside it)."""
        return self._db.path

    def create(
        self,
        product: Product,
        settings: VideoSettings,
        save_dir: Path | None,
        *,
        credits: int = 0,
        at: datetime | None = None,
        generation: ApiGeneration = ApiGeneration.V1,
        render_name: str | None = None,
    ) -> Job:
        at = at or now()
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO jobs (product_json, settings_json, save_dir, stage, created_at,"
                " updated_at, credits, api_generation, render_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    codec.dumps(codec.product_to_json(product)),
                    codec.dumps(codec.settings_to_json(settings)),
                    str(save_dir) if save_dir else None,
                    JobStage.CREATED.value,
                    at.isoformat(),
                    at.isoformat(),
                    credits,
                    generation.value,
                    render_name,
                ),
            )
            job_id = cursor.lastrowid
        assert job_id is not None
        job = self.get(job_id)
        assert job is not None
        return job

    def update(self, job_id: int, *, at: datetime | None = None, **changes: Any) -> Job:
        """Apply ``changes`` (Job field names) atomically; returns the new record."""
        with self._db.transaction() as conn:
            row = conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if row is None:
                raise KeyError(job_id)
            job = dataclasses.replace(self._decode(row), updated_at=at or now(), **changes)
            conn.execute(
                "UPDATE jobs SET product_json = ?, settings_json = ?, save_dir = ?, stage = ?,"
                " updated_at = ?, project_id = ?, status_json = ?, credits = ?, video_path = ?,"
                " downloaded_bytes = ?, total_bytes = ?, error_message = ?, error_details = ?,"
                " error_action = ?, api_generation = ?, render_name = ? WHERE id = ?",
                (
                    codec.dumps(codec.product_to_json(job.product)),
                    codec.dumps(codec.settings_to_json(job.settings)),
                    str(job.save_dir) if job.save_dir else None,
                    job.stage.value,
                    job.updated_at.isoformat(),
                    job.project_id,
                    codec.dumps(codec.status_to_json(job.status)) if job.status else None,
                    job.credits,
                    str(job.video_path) if job.video_path else None,
                    job.downloaded_bytes,
                    job.total_bytes,
                    redact(job.error_message) if job.error_message else None,
                    redact(job.error_details) if job.error_details else None,
                    job.error_action.value if job.error_action else None,
                    job.generation.value,
                    job.render_name,
                    job_id,
                ),
            )
        return job

    def get(self, job_id: int) -> Job | None:
        """The job, or None when it does not exist; :class:`StoreError` when its row is damaged."""
        rows = self._db.query("SELECT * FROM jobs WHERE id = ?", (job_id,))
        return self._decode(rows[0]) if rows else None

    def all(self) -> list[Job]:
        """Every readable job, newest first (damaged rows: :meth:`damaged`)."""
        return _readable(self._db.query("SELECT * FROM jobs ORDER BY id DESC"))

    def unfinished(self) -> list[Job]:
        """Readable jobs a previous run left mid-way (oldest first)."""
        marks = ",".join("?" * len(UNFINISHED))
        rows = self._db.query(
            f"SELECT * FROM jobs WHERE stage IN ({marks}) ORDER BY id",
            tuple(s.value for s in UNFINISHED),
        )
        return _readable(rows)

    def damaged(self) -> list[DamagedJob]:
        """The rows that cannot be read, oldest first."""
        found = []
        for row in self._db.query("SELECT * FROM jobs ORDER BY id"):
            problem = _problem(row)
            if problem is not None:
                project = row["project_id"] if isinstance(row["project_id"], str) else None
                found.append(DamagedJob(int(row["id"]), project, problem))
        return found

    def counts(self) -> dict[JobStage, int]:
        rows = self._db.query("SELECT stage, COUNT(*) FROM jobs GROUP BY stage")
        stages = {stage.value: stage for stage in JobStage}
        return {stages[r[0]]: int(r[1]) for r in rows if r[0] in stages}

    def _decode(self, row: sqlite3.Row) -> Job:
        try:
            return _from_row(row)
        except _DECODE_ERRORS as exc:
            raise StoreError(
                f"The record of job {row['id']} in {self.path} is damaged and was set aside. The "
                "other videos are not affected; send the file to support to recover this one.",
                path=str(self.path), server_message=f"{type(exc).__name__}: {exc}"[:200],
                reason="store_row_damaged",
            ) from exc

    def delete(self, job_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM jobs WHERE id = ?", (job_id,))


_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError)


def _problem(row: sqlite3.Row) -> str | None:
    try:
        _from_row(row)
    except _DECODE_ERRORS as exc:
        return f"{type(exc).__name__}: {exc}"[:200]
    return None


def _readable(rows: list[sqlite3.Row]) -> list[Job]:
    jobs = []
    for row in rows:
        try:
            jobs.append(_from_row(row))
        except _DECODE_ERRORS:
            continue  # set aside: JobStore.damaged() describes it
    return jobs


def _from_row(row: sqlite3.Row) -> Job:
    status = codec.loads(row["status_json"])
    return Job(
        id=int(row["id"]),
        product=codec.product_from_json(codec.loads(row["product_json"])),
        settings=codec.settings_from_json(codec.loads(row["settings_json"])),
        stage=JobStage(row["stage"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        project_id=row["project_id"],
        status=codec.status_from_json(status) if status else None,
        credits=int(row["credits"]),
        video_path=Path(row["video_path"]) if row["video_path"] else None,
        downloaded_bytes=int(row["downloaded_bytes"]),
        total_bytes=row["total_bytes"],
        error_message=row["error_message"],
        error_details=row["error_details"],
        save_dir=Path(row["save_dir"]) if row["save_dir"] else None,
        error_action=Action(row["error_action"]) if row["error_action"] else None,
        generation=_generation(row["api_generation"]),
        render_name=row["render_name"],
    )


def _generation(value: object) -> ApiGeneration:
    try:
        return ApiGeneration(value)
    except ValueError:  # written by a newer app: the oldest generation is the safe reading
        return ApiGeneration.V1
