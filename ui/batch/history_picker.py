"""Pick products from the History for a batch: a checkable list, opened without blocking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.models import Product


class HistoryPicker(QDialog):
    def __init__(self, products: list[Product], on_picked: Callable[[list[Product]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPicker")
        self.setWindowTitle(self.tr("Products from the History"))
        self._products = products
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Products made before"))
        for index, product in enumerate(products):
            item = QListWidgetItem(product.name or product.url or product.id, self.list)
            item.setToolTip(product.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, index)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = self.tr("Tick the products to make again (their pages are not read again):")
        layout.addWidget(QLabel(intro, self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: on_picked(self.picked()))

    def picked(self) -> list[Product]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [self._products[int(item.data(Qt.ItemDataRole.UserRole))] for item in items
                if item.checkState() is Qt.CheckState.Checked]
