"""Batches, their product rows and video rows; every change is one short transaction.

A batch and all its rows are written in one transaction before anything is sent, so a kill at
any instant leaves either no batch or a whole one that ``resume`` continues.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from jogg_desktop.jobs.batch_model import (
    AvatarChoice,
    BatchPlan,
    SourceRow,
    Variant,
    VariantGrid,
    parse_look,
)
from jogg_desktop.jobs.batch_types import (
    Batch,
    BatchProduct,
    BatchState,
    BatchVideo,
    ProductStage,
    VideoStage,
)
from jogg_desktop.models import AspectRatio, Look, Ownership, TemplateLook, VideoLength
from jogg_desktop.store import codec
from jogg_desktop.store.database import Database
from jogg_desktop.store.job_store import now

JsonDict = dict[str, Any]


class BatchStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def path(self) -> Path:
        """The SQLite file (batch locks live beside it)."""
        return self._db.path

    # -- creating -------------------------------------------------------------------------

    def create(self, plan: BatchPlan, out_dir: Path, name: str = "") -> Batch:
        """The batch with every product and video row, in one transaction."""
        at = now().isoformat()
        name = name or f"Batch of {len(plan.rows)} products"
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO batches (name, out_dir, settings_json, grid_json, state, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (name, str(out_dir), codec.dumps(codec.settings_to_json(plan.settings)),
                 codec.dumps(grid_to_json(plan.grid)), BatchState.RUNNING.value, at, at),
            )
            batch_id = cursor.lastrowid
            assert batch_id is not None
            row_ids: list[int] = []
            for position, row in enumerate(plan.rows):
                cursor = conn.execute(
                    "INSERT INTO batch_products (batch_id, position, source_json, stage, product_json)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (batch_id, position, codec.dumps(source_to_json(row)),
                     (ProductStage.READY if row.product else ProductStage.PENDING).value,
                     codec.dumps(codec.product_to_json(row.product)) if row.product else None),
                )
                assert cursor.lastrowid is not None
                row_ids.append(cursor.lastrowid)
            for position, video in enumerate(plan.videos()):
                conn.execute(
                    "INSERT INTO batch_videos (batch_id, product_row, position, variant_json,"
                    " settings_json, credits, stage) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (batch_id, row_ids[video.row], position, codec.dumps(variant_to_json(video.variant)),
                     codec.dumps(codec.settings_to_json(video.settings)), video.credits,
                     VideoStage.PENDING.value),
                )
        batch = self.get(batch_id)
        assert batch is not None
        return batch

    # -- reading --------------------------------------------------------------------------

    def get(self, batch_id: int) -> Batch | None:
        rows = self._db.query("SELECT * FROM batches WHERE id = ?", (batch_id,))
        return _batch(rows[0]) if rows else None

    def all(self) -> list[Batch]:
        return [_batch(r) for r in self._db.query("SELECT * FROM batches ORDER BY id DESC")]

    def unfinished(self) -> list[Batch]:
        """Running or paused batches, oldest first."""
        rows = self._db.query(
            "SELECT * FROM batches WHERE state IN (?, ?) ORDER BY id",
            (BatchState.RUNNING.value, BatchState.PAUSED.value),
        )
        return [_batch(r) for r in rows]

    def products(self, batch_id: int) -> list[BatchProduct]:
        sql = "SELECT * FROM batch_products WHERE batch_id = ? ORDER BY position"
        rows = self._db.query(sql, (batch_id,))
        return [_product(r) for r in rows]

    def product(self, row_id: int) -> BatchProduct:
        rows = self._db.query("SELECT * FROM batch_products WHERE id = ?", (row_id,))
        if not rows:
            raise KeyError(row_id)
        return _product(rows[0])

    def videos(self, batch_id: int) -> list[BatchVideo]:
        rows = self._db.query("SELECT * FROM batch_videos WHERE batch_id = ? ORDER BY position", (batch_id,))
        return [_video(r) for r in rows]

    def video(self, row_id: int) -> BatchVideo:
        rows = self._db.query("SELECT * FROM batch_videos WHERE id = ?", (row_id,))
        if not rows:
            raise KeyError(row_id)
        return _video(rows[0])

    def video_of_job(self, job_id: int) -> BatchVideo | None:
        rows = self._db.query("SELECT * FROM batch_videos WHERE job_id = ?", (job_id,))
        return _video(rows[0]) if rows else None

    # -- changing -------------------------------------------------------------------------

    def set_state(self, batch_id: int, state: BatchState) -> Batch:
        with self._db.transaction() as conn:
            conn.execute("UPDATE batches SET state = ?, updated_at = ? WHERE id = ?",
                         (state.value, now().isoformat(), batch_id))
        batch = self.get(batch_id)
        if batch is None:
            raise KeyError(batch_id)
        return batch

    def update_product(self, row_id: int, **changes: Any) -> BatchProduct:
        row = dataclasses.replace(self.product(row_id), **changes)
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE batch_products SET stage = ?, product_json = ?, error_message = ?,"
                " error_details = ?, source_json = ? WHERE id = ?",
                (row.stage.value, codec.dumps(codec.product_to_json(row.product)) if row.product else None,
                 row.error_message, row.error_details, codec.dumps(source_to_json(row.source)), row_id),
            )
        return row

    def update_video(self, row_id: int, **changes: Any) -> BatchVideo:
        row = dataclasses.replace(self.video(row_id), **changes)
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE batch_videos SET stage = ?, job_id = ?, settings_json = ?, error_message = ?,"
                " error_details = ? WHERE id = ?",
                (row.stage.value, row.job_id, codec.dumps(codec.settings_to_json(row.settings)),
                 row.error_message, row.error_details, row_id),
            )
        return row

    def cancel_pending(self, batch_id: int) -> None:
        """Rows not yet sent are cancelled (nothing of theirs was charged)."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE batch_videos SET stage = ? WHERE batch_id = ? AND stage = ?",
                         (VideoStage.CANCELLED.value, batch_id, VideoStage.PENDING.value))
            conn.execute("UPDATE batch_products SET stage = ? WHERE batch_id = ? AND stage IN (?, ?)",
                         (ProductStage.CANCELLED.value, batch_id, ProductStage.PENDING.value,
                          ProductStage.READING.value))

    def delete(self, batch_id: int) -> None:
        """Forget the batch (its jobs stay in the History)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM batch_videos WHERE batch_id = ?", (batch_id,))
            conn.execute("DELETE FROM batch_products WHERE batch_id = ?", (batch_id,))
            conn.execute("DELETE FROM batches WHERE id = ?", (batch_id,))


# -- JSON shapes of the batch's own columns --------------------------------------------------


def look_to_text(look: Look) -> str:
    if isinstance(look, TemplateLook):
        prefix = "custom-template" if look.ownership is Ownership.CUSTOM else "template"
        return f"{prefix}:{look.template_id}"
    return f"style:{look.name}"


def _avatar_to_json(avatar: AvatarChoice) -> JsonDict:
    return {"id": avatar.avatar_id, "ownership": avatar.ownership.value, "name": avatar.name}


def _avatar_from_json(data: JsonDict) -> AvatarChoice:
    ownership = Ownership(data.get("ownership", "public"))
    return AvatarChoice(int(data["id"]), ownership, str(data.get("name", "")))


def variant_to_json(variant: Variant) -> JsonDict:
    avatar = variant.avatar
    return {
        "avatar": None if avatar is None else _avatar_to_json(avatar),
        "voice_id": variant.voice_id,
        "aspect": variant.aspect.value if variant.aspect else None,
        "length": int(variant.length) if variant.length else None,
        "look": look_to_text(variant.look) if variant.look else None,
    }


def variant_from_json(data: JsonDict) -> Variant:
    avatar = data.get("avatar")
    return Variant(
        avatar=_avatar_from_json(avatar) if isinstance(avatar, dict) else None,
        voice_id=data.get("voice_id"),
        aspect=AspectRatio(data["aspect"]) if data.get("aspect") else None,
        length=VideoLength(int(data["length"])) if data.get("length") else None,
        look=parse_look(data["look"]) if data.get("look") else None,
    )


def grid_to_json(grid: VariantGrid) -> JsonDict:
    return {
        "avatars": [_avatar_to_json(a) for a in grid.avatars],
        "voices": list(grid.voices),
        "aspects": [a.value for a in grid.aspects],
        "lengths": [int(n) for n in grid.lengths],
        "looks": [look_to_text(lk) for lk in grid.looks],
    }


def grid_from_json(data: JsonDict) -> VariantGrid:
    return VariantGrid(
        avatars=tuple(_avatar_from_json(a) for a in data.get("avatars", [])),
        voices=tuple(str(v) for v in data.get("voices", [])),
        aspects=tuple(AspectRatio(a) for a in data.get("aspects", [])),
        lengths=tuple(VideoLength(int(n)) for n in data.get("lengths", [])),
        looks=tuple(parse_look(lk) for lk in data.get("looks", [])),
    )


def source_to_json(row: SourceRow) -> JsonDict:
    return {
        "url": row.url, "name": row.name, "description": row.description,
        "target_audience": row.target_audience, "overrides": [list(o) for o in row.overrides],
    }


def source_from_json(data: JsonDict) -> SourceRow:
    return SourceRow(
        url=str(data.get("url", "")), name=str(data.get("name", "")),
        description=str(data.get("description", "")), target_audience=str(data.get("target_audience", "")),
        overrides=tuple((str(k), str(v)) for k, v in data.get("overrides", [])),
    )


def _batch(row: sqlite3.Row) -> Batch:
    return Batch(
        id=int(row["id"]), name=row["name"], out_dir=Path(row["out_dir"]),
        settings=codec.settings_from_json(codec.loads(row["settings_json"])),
        grid=grid_from_json(codec.loads(row["grid_json"])), state=BatchState(row["state"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def _product(row: sqlite3.Row) -> BatchProduct:
    product = codec.loads(row["product_json"])
    return BatchProduct(
        id=int(row["id"]), batch_id=int(row["batch_id"]), position=int(row["position"]),
        source=source_from_json(codec.loads(row["source_json"])), stage=ProductStage(row["stage"]),
        product=codec.product_from_json(product) if product else None,
        error_message=row["error_message"], error_details=row["error_details"],
    )


def _video(row: sqlite3.Row) -> BatchVideo:
    return BatchVideo(
        id=int(row["id"]), batch_id=int(row["batch_id"]), product_row=int(row["product_row"]),
        position=int(row["position"]), variant=variant_from_json(codec.loads(row["variant_json"])),
        settings=codec.settings_from_json(codec.loads(row["settings_json"])), credits=int(row["credits"]),
        stage=VideoStage(row["stage"]), job_id=row["job_id"],
        error_message=row["error_message"], error_details=row["error_details"],
    )
