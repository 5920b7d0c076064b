"""The History window over a real store and job manager."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SIGNAL, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import JobState, ProjectStatus
from jogg_desktop.store import Store
from tests.conftest import run_async
from tests.store.samples import PRODUCT, SETTINGS
from ui.history import HistoryWindow
from ui.tasks import TaskRunner


class NoApi:
    """The window never talks to JoggAI by itself; any call here would be a bug."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"unexpected API call {name}")


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store()
    yield store
    store.close()


def make_window(qtbot: Any, store: Store, **kw: Any) -> tuple[HistoryWindow, JobManager]:
    manager = JobManager(NoApi(), store.jobs)  # type: ignore[arg-type]
    window = HistoryWindow(manager, TaskRunner(), **kw)
    qtbot.addWidget(window)
    return window, manager


def cell(window: HistoryWindow, job_id: int, column: int) -> str:
    row = window.row_of(job_id)
    assert row is not None
    item = window.table.item(row, column)
    assert item is not None
    return item.text()


def test_lists_every_job_in_plain_words(qtbot: Any, qloop: Any, store: Store, tmp_path: Path) -> None:
    video = tmp_path / "mug.mp4"
    video.write_bytes(b"\0\0\0\x18ftypmp42" + b"\0" * 100)
    done = store.jobs.create(PRODUCT, SETTINGS, tmp_path)
    status = ProjectStatus("p1", JobState.DONE, video_url="http://x/v.mp4", duration=31.4)
    store.jobs.update(done.id, stage=JobStage.DONE, project_id="p1", status=status, video_path=video)
    failed = store.jobs.create(PRODUCT, SETTINGS, tmp_path)
    store.jobs.update(failed.id, stage=JobStage.FAILED, error_message="JoggAI could not make this video.")
    queued = store.jobs.create(PRODUCT, SETTINGS, tmp_path)
    store.jobs.update(queued.id, stage=JobStage.RENDERING, project_id="p3",
                      status=ProjectStatus("p3", JobState.QUEUED))
    loading = store.jobs.create(PRODUCT, SETTINGS, tmp_path)
    store.jobs.update(loading.id, stage=JobStage.DOWNLOADING, downloaded_bytes=450, total_bytes=1000)
    unsure = store.jobs.create(PRODUCT, SETTINGS, tmp_path)
    store.jobs.update(unsure.id, stage=JobStage.UNCONFIRMED)

    window, _ = make_window(qtbot, store)
    window.show()
    assert window.table.rowCount() == 5
    assert not window.empty_label.isVisible()
    assert [window.table.item(r, 0).data(256) for r in range(5)] == [
        unsure.id, loading.id, queued.id, failed.id, done.id]  # newest first
    assert cell(window, done.id, 0) == "Mug video"
    assert cell(window, done.id, 1) == "Ready"
    assert cell(window, done.id, 3) == "0:31"
    assert cell(window, failed.id, 1) == "Failed: JoggAI could not make this video."
    assert cell(window, queued.id, 1) == "Waiting in JoggAI's queue"
    assert cell(window, loading.id, 1) == "Downloading… 45 %"
    assert cell(window, unsure.id, 1).startswith("Not confirmed")

    window.select_job(done.id)
    assert window.play_button.isEnabled() and window.save_button.isEnabled()
    assert window.again_button.isEnabled()
    window.select_job(failed.id)
    assert window.message.text() == "Failed: JoggAI could not make this video."
    assert not window.play_button.isEnabled()
    assert not window.again_button.isEnabled()  # never got a project id
    window.select_job(queued.id)
    assert not window.again_button.isEnabled()  # still running


def test_empty_history(qtbot: Any, qloop: Any, store: Store) -> None:
    window, _ = make_window(qtbot, store)
    window.show()
    assert window.table.rowCount() == 0
    assert window.empty_label.isVisible()
    assert not window.delete_button.isEnabled()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)  # Esc closes the window (#13.13)
    assert not window.isVisible()


def test_rows_follow_job_changes_live(qtbot: Any, qloop: Any, store: Store) -> None:
    job = store.jobs.create(PRODUCT, SETTINGS, None)  # left behind by a crash before the request
    window, manager = make_window(qtbot, store)
    window.show()
    assert cell(window, job.id, 1) == "Asking JoggAI to start…"
    run_async(qtbot, manager.resume_unfinished())
    assert cell(window, job.id, 1) == "Not started"
    newer = store.jobs.create(PRODUCT, SETTINGS, None)
    run_async(qtbot, manager.resume_unfinished())  # a job the window has not seen yet
    assert window.table.rowCount() == 2
    assert cell(window, newer.id, 1) == "Not started"
    window.close()
    run_async(qtbot, asyncio.sleep(0))


def test_open_save_copy_and_delete(qtbot: Any, qloop: Any, store: Store, tmp_path: Path) -> None:
    video = tmp_path / "out" / "mug.mp4"
    video.parent.mkdir()
    video.write_bytes(b"video bytes")
    job = store.jobs.create(PRODUCT, SETTINGS, video.parent)
    store.jobs.update(job.id, stage=JobStage.DONE, project_id="p1", video_path=video)
    opened: list[QUrl] = []
    window, _ = make_window(qtbot, store, open_url=opened.append)
    window.show()
    window.select_job(job.id)

    window.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(video.parent))]
    window.open_file_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(video))

    copy = tmp_path / "copy.mp4"
    window.save_button.click()
    (dialog,) = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    dialog.selectFile(str(copy))
    dialog.accept()
    qtbot.waitUntil(lambda: "Saved a copy" in window.message.text())
    assert copy.read_bytes() == b"video bytes"

    window.delete_button.click()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.table.rowCount() == 0)
    assert store.jobs.get(job.id) is None
    assert video.exists()  # the file is the user's: kept


def test_show_history_opens_one_window_per_app(qtbot: Any, qloop: Any, store: Store) -> None:
    from ui.context import AppContext
    from ui.history import show_history

    manager = JobManager(NoApi(), store.jobs)  # type: ignore[arg-type]
    ctx = AppContext(tasks=TaskRunner(), thumbnails=None, settings=None)  # type: ignore[arg-type]
    assert show_history(ctx) is None  # no job service before a key is connected
    ctx.jobs = manager
    window = show_history(ctx)
    assert window is not None and window.isVisible()
    assert show_history(ctx) is window
    other = JobManager(NoApi(), store.jobs)  # type: ignore[arg-type]
    ctx.jobs = other
    ctx.events.api_changed.emit()
    store.jobs.create(PRODUCT, SETTINGS, None)
    run_async(qtbot, other.resume_unfinished())
    assert window.table.rowCount() == 1
    window.close()
    qtbot.waitUntil(lambda: ctx.events.receivers(SIGNAL("api_changed()")) == 0)
    again = show_history(ctx)
    assert again is not None and again is not window
    qtbot.addWidget(again)


def test_a_real_job_live_with_cover_play_download_again(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    from jogg_desktop.api.client import JoggClient
    from jogg_desktop.jobs.pipeline import GenerateOptions, complete_settings
    from jogg_desktop.models import VideoSettings
    from jogg_desktop.sim import SimConfig, SimServer
    from ui.imaging.thumbnails import ThumbnailLoader

    key = "history-key"
    # As the app does (ui.app.GuiThreadGc): no automatic GC while the simulator's thread runs
    # Python, so Qt objects are only ever freed on this thread (cyclic GC freeing a Qt object
    # off the GUI thread crashes).
    gc.disable()
    server = SimServer(SimConfig(valid_keys={key}, crawl_delay=0.0, render_seconds=1.0))
    server.start()
    client = JoggClient(key, server.base_url)
    store = Store()
    manager = JobManager(client, store.jobs, poll_schedule=lambda _elapsed: 0.05)
    thumbnails = ThumbnailLoader(client.fetch_bytes, cache_dir=tmp_path / "thumbs")
    window = HistoryWindow(manager, TaskRunner(), thumbnails)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    manager.subscribe(lambda job: seen.append(cell(window, job.id, 1)))
    try:
        url = server.demo_product_urls()[0]
        product = run_async(qtbot, client.create_product_from_url(url))
        settings = run_async(qtbot, complete_settings(
            client, GenerateOptions(url, VideoSettings(name="History test")), lambda _line: None))
        job = run_async(qtbot, manager.start(product, settings, tmp_path / "videos"))
        assert cell(window, job.id, 0) == "History test"
        qtbot.waitUntil(lambda: cell(window, job.id, 1) == "Ready", timeout=60_000)
        assert any(text in seen for text in ("Waiting in JoggAI's queue", "JoggAI is making your video"))
        assert any(text.startswith("Downloading…") for text in seen)
        assert cell(window, job.id, 3) == "0:15"
        row = window.row_of(job.id)
        assert row is not None
        qtbot.waitUntil(lambda: not window.table.item(row, 0).icon().isNull(), timeout=10_000)

        window.select_job(job.id)
        assert window.play_button.isEnabled()
        dialog = window.play_selected()
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.player.player.duration() == 15_000, timeout=10_000)
        qtbot.waitUntil(
            lambda: dialog.player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
        dialog.close()

        first_file = manager.get(job.id).video_path  # type: ignore[union-attr]
        window.again_button.click()
        qtbot.waitUntil(lambda: window.message.text() == "Downloaded again.", timeout=30_000)
        again = manager.get(job.id)
        assert again is not None and again.stage is JobStage.DONE
        assert again.video_path != first_file and again.video_path.read_bytes() == first_file.read_bytes()
        assert len(server.requests_to("POST", "/create_video_from_url")) == 1  # nothing re-rendered
    finally:
        window.close()
        run_async(qtbot, manager.aclose())
        run_async(qtbot, thumbnails.aclose())
        run_async(qtbot, client.aclose())
        store.close()
        server.stop()
        gc.enable()
