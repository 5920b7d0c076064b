"""The 16 v1 script styles (API.md §6.5), each shown with its one-line description."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from jogg_desktop.models import SCRIPT_STYLES

_VALUE = Qt.ItemDataRole.UserRole


class ScriptStyleList(QListWidget):
    style_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Script style"))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        for value, description in SCRIPT_STYLES:
            name = self.tr(value)
            text = self.tr(description)
            item = QListWidgetItem(f"{name}\n{text}", self)
            item.setData(_VALUE, value)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, text)
        self.setMinimumHeight(180)
        self.currentItemChanged.connect(self._on_current)
        self.set_style(SCRIPT_STYLES[0][0])

    def script_style(self) -> str:
        item = self.currentItem()
        return str(item.data(_VALUE)) if item is not None else SCRIPT_STYLES[0][0]

    def set_style(self, value: str) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_VALUE) == value:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.style_changed.emit(str(current.data(_VALUE)))
