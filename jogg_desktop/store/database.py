"""The app's SQLite file: WAL, busy timeout, schema versioned by ``PRAGMA user_version``.

Every write is one short transaction, so a kill -9 at any instant leaves the last committed
state (WAL with synchronous=NORMAL is durable against process crashes).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from jogg_desktop import paths
from jogg_desktop.errors import Action, StoreError

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
    # 2: the API generation each job runs on (jobs written before it are v1 jobs) and the name
    # its render request carried (v2 settles a lost render answer by looking that name up).
    """
    ALTER TABLE jobs ADD COLUMN api_generation TEXT NOT NULL DEFAULT 'v1';
    ALTER TABLE jobs ADD COLUMN render_name TEXT
    """,
    # 3: batches (jogg_desktop/jobs/batch_runner.py): one row per batch, per product, per video.
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
    # 4: previews (jogg_desktop/jobs/previews.py): one row per visual style; a set shares set_id.
    """
    CREATE TABLE previews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        set_id INTEGER NOT NULL,
        style TEXT NOT NULL,
        product_json TEXT NOT NULL,
        settings_json TEXT NOT NULL,
        stage TEXT NOT NULL,
        api_generation TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        preview_id TEXT,
        status_json TEXT,
        credits REAL NOT NULL DEFAULT 0,
        save_dir TEXT,
        video_path TEXT,
        request_name TEXT,
        render_job_id INTEGER,
        error_message TEXT,
        error_details TEXT,
        error_action TEXT
    );
    CREATE INDEX previews_set ON previews(set_id);
    CREATE INDEX previews_stage ON previews(stage);
    """,
)


def default_path() -> Path:
    try:
        return paths.data_dir() / FILE_NAME
    except OSError as exc:
        raise store_error(Path(str(exc.filename or "the data folder")), exc) from exc


def store_error(path: Path, exc: BaseException) -> StoreError:
    """A store failure explained with the file's path and what to do about it."""
    text = str(exc).lower()
    detail = f"{type(exc).__name__}: {exc}"[:300]
    if "locked" in text or "busy" in text:
        return StoreError(
            f"The app's list of videos ({path}) is busy: another Jogg Desktop window or command is "
            "writing to it. Wait a moment and try again.",
            action=Action.RETRY, path=str(path), server_message=detail, reason="store_busy")
    if "full" in text:
        return StoreError(
            f"The disk with the app's list of videos ({path}) is full. Free some space, then try again.",
            action=Action.RETRY, path=str(path), server_message=detail, reason="store_full")
    not_writable = ("readonly", "read-only", "unable to open", "permission")
    if isinstance(exc, PermissionError | FileExistsError | NotADirectoryError) \
            or any(word in text for word in not_writable):
        return StoreError(
            f"The app cannot write its list of videos ({path}). Check that you may write to that "
            "folder (or start the app with JOGG_DESKTOP_HOME set to a folder you own).",
            action=Action.FIX_INPUT, path=str(path), server_message=detail, reason="store_not_writable")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(
            f"The app's list of videos ({path}) is damaged. Rename or move that file, then start "
            "again: the app makes a new list. Keep the old file for support: it may list paid videos.",
            path=str(path), server_message=detail, reason="store_damaged")
    return StoreError(
        f"The app's list of videos ({path}) could not be used. Try again; if it keeps happening, "
        "send the details to support.",
        action=Action.RETRY, path=str(path), server_message=detail)


class Database:
    """One connection, usable from any thread (serialised by a lock); short transactions only."""

    def __init__(self, path: Path | None = None, *, timeout: float = 5.0) -> None:
        """Raises :class:`StoreError` (with the path and what to do) when the file cannot be used."""
        self.path = path or default_path()
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise store_error(self.path, exc) from exc
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            self._conn.close()
            raise store_error(self.path, exc) from exc
        except StoreError:
            self._conn.close()
            raise

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self.transaction() as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"The app's list of videos ({self.path}) was written by a newer version of "
                    "Jogg Desktop. Update the app (or start this version with JOGG_DESKTOP_HOME set "
                    "to another folder).",
                    action=Action.NONE, path=str(self.path),
                    server_message=f"schema {version} > {len(MIGRATIONS)}", reason="store_newer",
                )
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; any SQLite failure is raised as :class:`StoreError`."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise store_error(self.path, exc) from exc
            try:
                yield self._conn
            except BaseException as exc:
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise store_error(self.path, exc) from exc
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise store_error(self.path, exc) from exc

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return list(self._conn.execute(sql, params).fetchall())
            except sqlite3.Error as exc:
                raise store_error(self.path, exc) from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()
