"""The History window with N jobs: time to open (shown, painted, loop free) and the longest
stall while scrolling it from top to bottom, vs a bare QTableWidget with N plain-text rows.

Both in one fresh process on qasync, the bare table first. The jobs are real records in a real
SQLite store, read through ``JobManager``; their covers are the bench photos on the file
server, fetched and decoded by the app's thumbnail loader while the window scrolls.

    python -m bench.drivers.history COUNT COVER_URLS_FILE
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from bench.drivers import qt_async
from bench.drivers.gaps import GapRecorder, summary

SCROLL_STEP_MS = 16  # one step per frame, like a fast flick
STEPS_PER_PAGE = 4


class _Exposed(QObject):
    """Resolves ``done`` in a 0 ms timer after the first Expose of a visible window."""

    def __init__(self, done: asyncio.Future[float]) -> None:
        super().__init__()
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isVisible():
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._resolve)
        return False

    def _resolve(self) -> None:
        if not self._done.done():
            self._done.set_result(time.perf_counter())


async def open_ms(make: Callable[[], QWidget]) -> tuple[float, QWidget]:
    done: asyncio.Future[float] = asyncio.get_running_loop().create_future()
    watcher = _Exposed(done)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    start = time.perf_counter()
    window = make()
    window.resize(900, 600)
    window.show()
    shown = await done
    return (shown - start) * 1000, window


async def scroll_gaps(view: QAbstractItemView, recorder: GapRecorder) -> dict[str, float]:
    bar = view.verticalScrollBar()
    step = max(1, bar.pageStep() // STEPS_PER_PAGE)
    await asyncio.sleep(0.3)  # settle after the show
    start = time.perf_counter()
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + step)
        bar.setValue(value)
        await asyncio.sleep(SCROLL_STEP_MS / 1000)
    await asyncio.sleep(0.05)
    end = time.perf_counter()
    stats = summary(recorder.gaps_ms(start, end))
    stats["seconds"] = end - start
    return stats


def bare_table(count: int) -> QWidget:
    table = QTableWidget(count, 4)
    table.setHorizontalHeaderLabels(["Video", "Status", "Date", "Length"])
    for row in range(count):
        for col, text in enumerate((f"Video {row}", "Ready", "1 Dec 2026 14:00", "0:30")):
            table.setItem(row, col, QTableWidgetItem(text))
    return table


def fill_store(store: Any, count: int, covers: list[str], folder: Path) -> None:
    from jogg_desktop.jobs.types import JobStage
    from jogg_desktop.models import JobState, Product, ProjectStatus, VideoSettings

    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(count):
        at = start + timedelta(hours=i)
        product = Product(id=f"p{i}", url=f"https://shop.example/p/{i}", name=f"Product number {i}")
        job = store.jobs.create(product, VideoSettings(name=f"Video {i}"), folder, credits=1, at=at)
        status = ProjectStatus(f"proj-{i}", JobState.DONE, title=f"Video {i}",
                               video_url=f"https://cdn.example/v/{i}.mp4",
                               cover_url=covers[i % len(covers)] if covers else None, duration=30.0)
        stage = JobStage.FAILED if i % 17 == 0 else JobStage.DONE
        store.jobs.update(job.id, at=at, stage=stage, project_id=f"proj-{i}", status=status,
                          video_path=folder / f"Video {i}.mp4",
                          error_message="The video could not be saved." if stage is JobStage.FAILED else None)


def _view_of(window: QWidget) -> QAbstractItemView:
    if isinstance(window, QAbstractItemView):
        return window
    view = window.findChild(QAbstractItemView)
    if view is None:
        raise RuntimeError("the History window has no item view")
    return view


async def _main(count: int, covers: list[str]) -> None:
    from jogg_desktop.api.client import JoggClient
    from jogg_desktop.jobs.manager import JobManager
    from jogg_desktop.store import Store
    from ui.history.window import HistoryWindow
    from ui.imaging.qt_fetch import lazy_qt_fetch
    from ui.imaging.thumbnails import ThumbnailLoader
    from ui.tasks import TaskRunner

    folder = Path(tempfile.mkdtemp(prefix="bench-history-"))
    store = Store(folder / "jobs.sqlite3")
    fill_store(store, count, covers, folder)
    client = JoggClient("bench-key", "http://127.0.0.1:9/v1")
    manager = JobManager(client, store.jobs)
    thumbnails = ThumbnailLoader(lazy_qt_fetch(None), cache_dir=folder / "thumbs")
    recorder = GapRecorder()
    recorder.start()

    _, warm = await open_ms(lambda: bare_table(1))  # the process's first window pays for fonts, style
    warm.close()
    bare_open, bare = await open_ms(lambda: bare_table(count))
    bare_scroll = await scroll_gaps(_view_of(bare), recorder)
    bare.close()
    app_open, window = await open_ms(lambda: HistoryWindow(manager, TaskRunner(), thumbnails))
    app_scroll = await scroll_gaps(_view_of(window), recorder)
    rows = _view_of(window).model().rowCount()
    window.close()
    recorder.stop()
    await thumbnails.aclose()
    await client.aclose()
    store.close()
    qt_async.emit({"count": count, "rows": rows, "app_open_ms": app_open, "bare_open_ms": bare_open,
                   "app_scroll": app_scroll, "bare_scroll": bare_scroll,
                   "covers_fetched": thumbnails.fetch_count})


def main(argv: list[str]) -> None:
    covers = Path(argv[1]).read_text().split() if len(argv) > 1 else []
    qt_async.run(lambda: _main(int(argv[0]), covers))


if __name__ == "__main__":
    main(sys.argv[1:])
