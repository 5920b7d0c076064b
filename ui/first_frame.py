"""Show the main window and wait until its first frame is on screen, before the app builds the rest.

A window that appears at once and fills a fraction of a second later feels fast; one that appears
only after everything is built feels slow. So start-up shows the window's frame, waits here until
the platform has exposed (and Qt has painted) it and the event loop has turned once more, and
only then builds pages, services and the asyncio loop (``ui.app.run_app``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

FIRST_FRAME_TIMEOUT_MS = 500
"""A window started minimized (or on a display that never exposes it) is not waited for longer."""


class _FirstExpose(QObject):
    """On the window's first Expose, quits ``loop`` two turns of the event loop later (the
    exposed window paints in between, and input that arrived meanwhile is handled)."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose:
            watched.removeEventFilter(self)
            loop = self._loop  # the loop is the timers' context: gone with it, they never fire
            QTimer.singleShot(0, loop, lambda: QTimer.singleShot(0, loop, loop.quit))
        return False


def show_first_frame(window: QWidget, timeout_ms: int = FIRST_FRAME_TIMEOUT_MS) -> None:
    """Show ``window``; return once its first frame is on screen, or after ``timeout_ms``."""
    window.create()  # the platform window exists now, so its first Expose cannot be missed
    handle: QWindow | None = window.windowHandle()  # None for a widget that is not a window
    if handle is None:  # not a top-level window: nothing to wait for
        window.show()
        return
    loop = QEventLoop()
    watcher = _FirstExpose(loop)
    handle.installEventFilter(watcher)
    QTimer.singleShot(timeout_ms, loop, loop.quit)
    window.show()
    loop.exec()
    handle.removeEventFilter(watcher)
