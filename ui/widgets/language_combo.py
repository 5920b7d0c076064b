"""A searchable choice of the 54 script languages (docs/joggai-api.md §6.6): type any part of a name."""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from jogg_desktop.models import LANGUAGES
from ui.catalog_names import catalog_text


class LanguageCombo(QComboBox):
    """Editable combo box whose completer matches anywhere in the name; emits the wire value."""

    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Language"))
        self.setToolTip(self.tr("The language of the script and the voice. Type to search."))
        collator = QCollator()  # the alphabetical order of the app's language

        def order(a: tuple[str, str], b: tuple[str, str]) -> int:
            return collator.compare(a[0], b[0])

        for label, value in sorted(((catalog_text(label), value) for value, label in LANGUAGES),
                                   key=cmp_to_key(order)):
            self.addItem(label, value)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        popup, view, edit = completer.popup(), self.view(), self.lineEdit()
        assert popup is not None and view is not None and edit is not None  # editable: all exist
        popup.setAccessibleName(self.tr("Matching languages"))
        view.setAccessibleName(self.tr("Languages"))
        edit.setPlaceholderText(self.tr("Search languages"))
        self._last = ""
        self.currentIndexChanged.connect(self._on_index)
        edit.editingFinished.connect(self._restore_text)
        self.set_language("english")

    def language(self) -> str:
        return str(self.currentData() or "english")

    def set_language(self, value: str) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)

    def _on_index(self, index: int) -> None:
        value = self.itemData(index)
        if value and value != self._last:
            self._last = str(value)
            self.language_changed.emit(self._last)

    def _restore_text(self) -> None:
        # Typed text that names no language falls back to the current choice.
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(self.itemText(self.currentIndex()))
