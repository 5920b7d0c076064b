"""A window for one big choice (avatars, voices, music, look): filters, previews, Done / Cancel.

The choice inside applies as the user picks (so previews and the page stay in step); Cancel or
Esc puts back what was chosen when the window opened. Opened with ``open()``, never ``exec()``
(qasync, docs/qt-stack: no nested event loop).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class PickerDialog(QDialog):
    """Hosts ``content``; ``cancelled`` after Cancel/Esc (the owner restores its choice)."""

    cancelled = Signal()

    def __init__(self, title: str, hint: str, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pickerDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.content = content
        content.setParent(self)
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("sectionStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        done = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(self.tr("Done"))
        done.setObjectName("primaryButton")
        done.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        for button in (done, cancel):
            button.setIcon(QIcon())  # no theme icons: some desktops draw them like emoji
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(content, 1)
        layout.addWidget(self.buttons)
        self.rejected.connect(self.cancelled)

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_over(self, window: QWidget) -> None:
        """Open, sized to most of ``window`` (a gallery needs room), focus in the content."""
        size = window.size()
        self.resize(QSize(max(600, int(size.width() * 0.9)), max(420, int(size.height() * 0.85))))
        self.open()
        self.content.setFocus()
        # The chosen row in view (a list scrolled while hidden keeps its old place).
        for view in self.content.findChildren(QAbstractItemView):
            if view.currentIndex().isValid():
                view.scrollTo(view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)
