"""A busy strip: indeterminate bar, "<what>… 12 s", the typical duration and a Cancel button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class ElapsedProgress(QWidget):
    cancel_requested = Signal()
    ticked = Signal()
    """Every second while running (the owner may refresh its hint, e.g. a countdown)."""

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("elapsedProgress")
        self._what = ""
        self._timer = QElapsedTimer()
        self._clock = clock  # milliseconds since start (tests may inject one)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update)
        self._tick.timeout.connect(self.ticked)

        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Working"))
        self.label = QLabel(self)
        self.label.setObjectName("elapsedLabel")
        self.label.setAccessibleName(self.tr("Progress"))
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)

        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self.hide()

    def start(self, what: str, hint: str = "") -> None:
        self._what = what
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._timer.start()
        self._update()
        self._tick.start()
        self.show()

    def set_hint(self, hint: str) -> None:
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def elapsed_seconds(self) -> int:
        ms = self._clock() if self._clock is not None else self._timer.elapsed()
        return int(ms // 1000)

    def _update(self) -> None:
        seconds = self.elapsed_seconds()
        self.label.setText(self.tr("%1… %n s", "", seconds).replace("%1", self._what))
