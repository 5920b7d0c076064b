"""Several items of a list widget picked at once, in the order they were picked.

A click ticks or unticks one item; the picks of items a filter hides stay picked. The cover grid
and the playable list (the batch window's avatar, voice and look pickers) share this.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QListWidget, QListWidgetItem


class MultiPick:
    """The picking state of ``view``, whose items by key ``items`` gives; ``changed`` hears a new set."""

    def __init__(
        self,
        view: QListWidget,
        items: Callable[[], Mapping[object, QListWidgetItem]],
        changed: Callable[[], None],
    ) -> None:
        self._view = view
        self._items = items
        self._changed = changed
        self.on = False
        self._picked: dict[object, None] = {}  # picked keys, in the order picked
        view.itemSelectionChanged.connect(self._on_selection)

    def set_on(self, on: bool) -> None:
        """Several items picked at once (``on``) instead of one chosen; either way, none picked yet."""
        self.on = on
        modes = QListWidget.SelectionMode
        self._view.setSelectionMode(modes.MultiSelection if on else modes.SingleSelection)
        self._picked.clear()
        self._view.clearSelection()

    def keys(self) -> list[object]:
        """The picked items' keys, in the order picked (hidden ones too)."""
        return list(self._picked)

    def set_keys(self, keys: list[object]) -> None:
        self._picked = dict.fromkeys(keys)
        self.show()
        self._changed()

    def show(self) -> None:
        """Tick the picked items (after the items were made again)."""
        if not self.on:
            return
        self._view.blockSignals(True)
        for key, item in self._items().items():
            item.setSelected(key in self._picked)
        self._view.blockSignals(False)

    def make_current(self, item: QListWidgetItem) -> None:
        """Move the current item; when picking, only the user's click changes the picks."""
        if self.on:
            self._view.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            self._view.setCurrentItem(item)

    def _on_selection(self) -> None:
        if not self.on:
            return
        shown = {key: item.isSelected() for key, item in self._items().items()}
        picked = {k: None for k in self._picked if shown.get(k, True)}  # hidden picks stay
        picked.update((k, None) for k, on in shown.items() if on and k not in picked)
        if list(picked) != list(self._picked):
            self._picked = picked
            self._changed()
