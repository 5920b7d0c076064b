"""Start the real app (``main.py``, no arguments); print when its first window is shown, and when
the wizard has been built into it.

The app is not modified for this: before ``main`` runs, ``PySide6.QtWidgets.QApplication`` is
replaced by a subclass that installs the same first-Expose watcher as the bare-window script, and
``WizardWindow.build`` is wrapped to print a second mark once the wizard is built (the app shows
the window's frame first and builds the pages into it right after) and the loop is free again.

    QT_QPA_PLATFORM=offscreen JOGG_DESKTOP_HOME=$(mktemp -d) python -m bench.drivers.app_start
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6 import QtWidgets
from PySide6.QtCore import QTimer

from bench.drivers.shown import BUILT, FirstExpose, print_mark

_Original = QtWidgets.QApplication


class _WatchedApplication(_Original):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._bench_watcher = FirstExpose(print_mark)
        self.installEventFilter(self._bench_watcher)


def _mark_built_and_exit() -> None:
    print_mark(BUILT)
    os._exit(0)


def _watch_the_build() -> None:
    from ui.wizard import WizardWindow

    build = WizardWindow.build

    def watched_build(window: WizardWindow, ctx: Any) -> None:
        build(window, ctx)
        QTimer.singleShot(0, _mark_built_and_exit)  # after the pages' first paint, loop free

    WizardWindow.build = watched_build  # type: ignore[method-assign, assignment]


def main() -> None:
    QtWidgets.QApplication = _WatchedApplication  # type: ignore[misc]
    _watch_the_build()
    import main as app_main  # the repository's entry point (main.py)

    sys.exit(app_main.main(sys.argv[1:]))


if __name__ == "__main__":
    main()
