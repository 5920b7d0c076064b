"""Start the real app (``main.py``, no arguments) and print the time its first window is shown.

The app is not modified for this: before ``main`` runs, ``PySide6.QtWidgets.QApplication`` is
replaced by a subclass that installs the same first-Expose watcher as the bare-window script.

    QT_QPA_PLATFORM=offscreen JOGG_DESKTOP_HOME=$(mktemp -d) python -m bench.drivers.app_start
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6 import QtWidgets

from bench.drivers.shown import FirstExpose, print_mark_and_exit

_Original = QtWidgets.QApplication


class _WatchedApplication(_Original):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._bench_watcher = FirstExpose(print_mark_and_exit)
        self.installEventFilter(self._bench_watcher)


def main() -> None:
    QtWidgets.QApplication = _WatchedApplication  # type: ignore[misc]
    import main as app_main  # the repository's entry point (main.py)

    sys.exit(app_main.main(sys.argv[1:]))


if __name__ == "__main__":
    main()
