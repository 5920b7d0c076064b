"""The app's SQLite file: WAL, busy timeout, schema versioned by ``PRAGMA user_version``.

Every write is one short transaction, so a kill -9 at any instant leaves the last committed
state (WAL with synchronous=NORMAL is durable against process crashes).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jogg_desktop import paths

FILE_NAME = "jobs.sqlite3"

# Append only: migration N brings user_version N-1 to N.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        product_json TEXT NOT NULL,
        settings_json TEXT NOT NULL,
        save_dir TEXT,
        stage TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        project_id TEXT,
        status_json TEXT,
        credits INTEGER NOT NULL DEFAULT 0,
        video_path TEXT,
        downloaded_bytes INTEGER NOT NULL DEFAULT 0,
        total_bytes INTEGER,
        error_message TEXT,
        error_details TEXT,
        error_action TEXT
    );
    CREATE INDEX jobs_stage ON jobs(stage);
    CREATE TABLE presets (
        name TEXT PRIMARY KEY,
        settings_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE app_state (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
    );
    """,
    # 2: batches (jogg_desktop/jobs/batch_runner.py): one row per batch, per product, per video.
    """
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        out_dir TEXT NOT NULL,
        settings_json TEXT NOT NULL,
        grid_json TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE batch_products (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        source_json TEXT NOT NULL,
        stage TEXT NOT NULL,
        product_json TEXT,
        error_message TEXT,
        error_details TEXT
    );
    CREATE INDEX batch_products_batch ON batch_products(batch_id, position);
    CREATE TABLE batch_videos (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        product_row INTEGER NOT NULL REFERENCES batch_products(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        variant_json TEXT NOT NULL,
        settings_json TEXT NOT NULL,
        credits INTEGER NOT NULL,
        stage TEXT NOT NULL,
        job_id INTEGER,
        error_message TEXT,
        error_details TEXT
    );
    CREATE INDEX batch_videos_batch ON batch_videos(batch_id, position);
    """,
)


def default_path() -> Path:
    return paths.data_dir() / FILE_NAME


class Database:
    """One connection, usable from any thread (serialised by a lock); short transactions only."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            self.path, timeout=5.0, isolation_level=None, check_same_thread=False
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self.transaction() as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > len(MIGRATIONS):
                raise RuntimeError(
                    f"{self.path.name} was written by a newer version of the app (schema {version})"
                )
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def close(self) -> None:
        with self._lock:
            self._conn.close()
