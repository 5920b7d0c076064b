"""One line of the settings summary: what a choice is, what is chosen (with a picture), and "Change…".

The big catalogs (avatars, voices, music, looks) open in a picker; the page itself shows only
what is chosen, so it fits the window without lists scrolling inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

PICTURE = QSize(44, 44)


class ChoiceRow(QWidget):
    """``change_requested`` when the user presses the row's button (or Enter on it)."""

    change_requested = Signal()

    def __init__(
        self, title: str, button_text: str, parent: QWidget | None = None, *, picture: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("choiceRow")
        self.title = QLabel(title, self)
        self.title.setObjectName("choiceTitle")
        self.picture = QLabel(self)
        self.picture.setObjectName("choicePicture")
        self.picture.setFixedSize(PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A row with a picture keeps its slot (and so its height) while the picture loads: the
        # page never jumps, and nothing is laid out for a size it no longer has.
        self._has_picture = picture
        self.picture.setVisible(picture)
        self.summary = QLabel(self)
        self.summary.setObjectName("choiceSummary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.detail = QLabel(self)
        self.detail.setObjectName("hint")
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.detail.hide()
        self.button = QPushButton(button_text, self)
        self.button.setObjectName("choiceButton")
        self.button.setAccessibleName(f"{button_text} {title}".strip())
        self.button.clicked.connect(self.change_requested)
        self.title.setBuddy(self.button)
        self._full_summary = ""
        self._full_detail = ""

        text = QVBoxLayout()
        text.setSpacing(0)
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.summary)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.title)
        row.addWidget(self.picture)
        row.addLayout(text, 1)
        row.addWidget(self.button)

    def set_summary(self, text: str, detail: str = "", *, warn: bool = False) -> None:
        """What is chosen (one line, elided to the width; the full text in the tooltip)."""
        self._full_summary, self._full_detail = text, detail
        self.detail.setProperty("warn", warn)
        self.detail.style().unpolish(self.detail)
        self.detail.style().polish(self.detail)
        self.detail.setVisible(bool(detail))
        self.setToolTip("\n".join(t for t in (text, detail) if t))
        self.button.setAccessibleDescription(self.toolTip())
        self._elide()

    def set_picture(self, pixmap: QPixmap | None) -> None:
        if pixmap is None or pixmap.isNull():
            self.picture.clear()
            self.picture.setVisible(self._has_picture)
            return
        dpr = self.devicePixelRatioF()
        scaled = pixmap.scaled(PICTURE * dpr, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(dpr)
        self.picture.setPixmap(scaled)
        self.picture.show()

    def summary_text(self) -> str:
        return self._full_summary

    def detail_text(self) -> str:
        return self._full_detail

    def set_title_width(self, width: int) -> None:
        self.title.setFixedWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        for label, text in ((self.summary, self._full_summary), (self.detail, self._full_detail)):
            width = max(40, label.width())
            label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))
