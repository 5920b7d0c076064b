"""A small non-modal window that plays one finished video (or a preview), with sound."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from jogg_desktop.models import AspectRatio
from ui.widgets.video_player import VideoPlayer


class PlayerDialog(QDialog):
    def __init__(
        self, path: Path | str, title: str, parent: QWidget | None = None, aspect: AspectRatio | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setModal(False)
        self.player = VideoPlayer(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.player)
        # The window has the video's shape (a 16:9 video in a portrait window was mostly black).
        w, h = (aspect or AspectRatio.PORTRAIT).frame_size
        scale = min(720 / w, 640 / h)
        self.resize(max(360, int(w * scale)), int(h * scale) + 60)
        self.player.set_source(str(path))

    def done(self, result: int) -> None:
        self.player.stop()
        super().done(result)
