"""Notice the first window actually shown (its first Expose event) from outside the app.

Used by the bare-window script and by the app driver alike, so both are timed the same way:
the mark is taken in a 0 ms timer queued from the first Expose, i.e. once the event loop is
free again after the window was exposed and painted.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow

MARK = "BENCH_SHOWN"
BUILT = "BENCH_BUILT"
"""The app's second mark: the wizard built into the shown frame, painted, the loop free again."""


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


class FirstExpose(QObject):
    """Install on the application; calls ``on_shown`` once, after the first exposed window.

    The filter sits on the application only until the first window (``QWindow``) has an event,
    then moves onto that window. A Python filter on the whole application sees every event of
    every object, and the first event of a Qt-internal object (``QMainWindow`` has some; a bare
    ``QLabel`` none) makes PySide6 build every QtCore type and enum (≈ 25 ms of CPU) just to pass
    it in: a cost of the watcher, not of the app, that only one side of the comparison paid.
    """

    def __init__(self, on_shown: Callable[[], None]) -> None:
        super().__init__()
        self._on_shown = on_shown
        self._seen = False
        self._window: QWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._window is None and isinstance(watched, QWindow) and watched.isVisible():
            self._follow(watched)
        if (
            not self._seen
            and event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isVisible()
        ):
            self._seen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._on_shown)
        return False

    def _follow(self, window: QWindow) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._window = window
        window.installEventFilter(self)


def print_mark(mark: str = MARK) -> None:
    """Print the monotonic time (ns, same clock in every process), RSS and the process's CPU
    time so far (µs: from its very start, like the wall figure)."""
    now = time.monotonic_ns()
    cpu_us = int(time.process_time() * 1e6)
    sys.stdout.write(f"{mark} {now} {rss_kib()} {cpu_us}\n")
    sys.stdout.flush()


def print_mark_and_exit() -> None:
    """:func:`print_mark`, then leave at once."""
    print_mark()
    os._exit(0)


def parse_mark(stdout: str, mark: str = MARK) -> tuple[int, int, int]:
    """(monotonic ns at the mark, VmRSS KiB, CPU µs so far) from a driver's output."""
    for line in stdout.splitlines():
        if line.startswith(mark + " "):
            _, ns, rss, cpu = line.split()
            return int(ns), int(rss), int(cpu)
    raise ValueError(f"no {mark} line in the output: {stdout[-500:]!r}")
