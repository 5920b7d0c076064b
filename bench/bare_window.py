"""The floor: a bare PySide6 QLabel window, timed exactly like the app (bench/drivers/shown.py).

QT_QPA_PLATFORM=offscreen python -m bench.bare_window
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

from bench.drivers.shown import FirstExpose, print_mark_and_exit


def main() -> None:
    app = QApplication(sys.argv)
    watcher = FirstExpose(print_mark_and_exit)
    app.installEventFilter(watcher)
    label = QLabel("Hello")
    label.resize(400, 300)
    label.show()
    app.exec()


if __name__ == "__main__":
    main()
