"""A small non-modal window that plays one finished video."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.widgets.video_player import VideoPlayer


class PlayerDialog(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setModal(False)
        self.player = VideoPlayer(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.player)
        self.resize(480, 640)
        self.player.set_source(str(path))

    def done(self, result: int) -> None:
        self.player.stop()
        super().done(result)
