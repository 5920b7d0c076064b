"""The script styles the API generation offers (docs/joggai-api.md §6.5: 16 in v1, 6 in v2), each shown with
its one-line description."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jogg_desktop.models import SCRIPT_STYLE_NOTES, SCRIPT_STYLES
from ui.catalog_names import catalog_text

_VALUE = Qt.ItemDataRole.UserRole
_NAME = Qt.ItemDataRole.AccessibleTextRole
_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole
_PAD = 6

Index = QModelIndex | QPersistentModelIndex


class _StyleDelegate(QStyledItemDelegate):
    """The style's name in bold, its description below in the muted text colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(_PAD, _PAD // 2, -_PAD, -_PAD // 2)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, str(index.data(_NAME)))
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(rect.left(), rect.top() + line, rect.width(), line), 0, str(index.data(_DESCRIPTION))
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.height() * 2 + _PAD)


class ScriptStyleList(QListWidget):
    style_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Script style"))
        self.setItemDelegate(_StyleDelegate(self))
        self.setUniformItemSizes(True)
        self._styles: tuple[str, ...] = ()
        self.setMinimumHeight(180)
        self.currentItemChanged.connect(self._on_current)
        self.set_styles([value for value, _ in SCRIPT_STYLES])

    def set_styles(self, values: Sequence[str]) -> None:
        """Offer ``values`` (the active API generation's styles), keeping the choice if it is one."""
        if tuple(values) == self._styles:
            return
        current = self.script_style() if self.count() else ""
        self._styles = tuple(values)
        self.blockSignals(True)
        self.clear()
        for value in values:
            name = catalog_text(value)
            text = catalog_text(SCRIPT_STYLE_NOTES.get(value, ""))
            item = QListWidgetItem(f"{name}\n{text}", self)
            item.setData(_VALUE, value)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, text)
        self.blockSignals(False)
        self.set_style(current if current in values else values[0])

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
