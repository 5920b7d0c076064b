"""Every store problem is explained with its path and what to do (#10 "messages"), damaged rows
are set aside (#10 item 4), and no error text is stored with the API key in it (#10 item 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jogg_desktop.diagnostics import diagnostics_text
from jogg_desktop.errors import Action, StoreError
from jogg_desktop.logs import MASK, register_secret
from jogg_desktop.models import JobStage, Product, VideoSettings
from jogg_desktop.store import Store
from jogg_desktop.store.database import Database

KEY = "store-secret-key-9f8e7d6c"


def test_a_newer_store(tmp_path: Path) -> None:
    path = tmp_path / "jobs.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError) as caught:
        Database(path)
    assert str(path) in caught.value.message and "newer version" in caught.value.message


def test_a_corrupt_store(tmp_path: Path) -> None:
    path = tmp_path / "jobs.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError) as caught:
        Database(path)
    assert str(path) in caught.value.message and "damaged" in caught.value.message
    assert "Rename" in caught.value.message


def test_a_store_that_cannot_be_opened(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError) as caught:
        Database(blocker / "jobs.sqlite3")
    assert str(blocker) in caught.value.message and caught.value.action is Action.FIX_INPUT


def test_a_locked_store(tmp_path: Path) -> None:
    path = tmp_path / "jobs.sqlite3"
    Database(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as caught:
            Store(path).jobs.create(Product(id="p", url="u"), VideoSettings(), None)
    except StoreError as early:  # the migration check may meet the lock first
        caught = pytest.ExceptionInfo.from_exc_info((type(early), early, early.__traceback__))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(path) in caught.value.message and "busy" in caught.value.message
    assert caught.value.action is Action.RETRY


def test_damaged_rows_are_set_aside(tmp_path: Path) -> None:
    store = Store(tmp_path / "jobs.sqlite3")
    good = store.jobs.create(Product(id="p", url="u", name="Good"), VideoSettings(), tmp_path)
    with store.db.transaction() as conn:
        conn.execute("INSERT INTO jobs (product_json, settings_json, stage, created_at, updated_at,"
                     " project_id) VALUES ('[', '{}', 'rendering', '2026-01-01', '2026-01-01', 'proj-1')")
        conn.execute("INSERT INTO jobs (product_json, settings_json, stage, created_at, updated_at)"
                     " VALUES ('{}', '{}', 'from-the-future', '2026-01-01', '2026-01-01')")
    assert [j.id for j in store.jobs.all()] == [good.id]
    assert [j.id for j in store.jobs.unfinished()] == [good.id]  # the damaged 'rendering' row is skipped
    damaged = store.jobs.damaged()
    assert [d.project_id for d in damaged] == ["proj-1", None]
    assert str(store.jobs.path) in damaged[0].describe(store.jobs.path)
    assert store.jobs.counts() == {JobStage.CREATED: 1, JobStage.RENDERING: 1}
    with pytest.raises(StoreError, match="damaged"):
        store.jobs.get(damaged[0].id)
    store.close()


def test_the_key_is_never_stored_nor_in_diagnostics(tmp_path: Path) -> None:
    register_secret(KEY)
    store = Store()
    job = store.jobs.create(Product(id="p", url="u"), VideoSettings(), tmp_path)
    store.jobs.update(job.id, stage=JobStage.FAILED, error_message=f"bad key {KEY}",
                      error_details=f"AuthError, server said: key {KEY} unknown")
    files = store.jobs.path.parent.glob("jobs.sqlite3*")
    raw = b"".join(p.read_bytes() for p in files)
    assert KEY.encode() not in raw
    (stored,) = store.jobs.all()
    assert MASK in (stored.error_details or "")
    assert KEY not in diagnostics_text(api_base="https://api.jogg.ai/v1", jobs=store.jobs)
    store.close()
