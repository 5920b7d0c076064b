"""A row to save the current video settings under a name and apply, rename or delete presets.

Drop it on the settings page: ``PresetBar(store.presets, current=page.settings)`` and connect
``applied`` to the page's restore. Name prompts and confirmations are non-blocking dialogs
(``open()``), never ``exec()`` (a nested event loop inside a qasync task breaks it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from jogg_desktop.models import VideoSettings
from jogg_desktop.store import PresetStore


class PresetBar(QWidget):
    applied = Signal(object)
    """The settings of the preset the user applied (a VideoSettings)."""

    def __init__(
        self,
        presets: PresetStore,
        current: Callable[[], VideoSettings],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presets = presets
        self._current = current
        self._dialog: QInputDialog | None = None
        self._on_name: Callable[[str], None] | None = None
        self.label = QLabel(self.tr("Saved settings:"), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Saved settings"))
        self.combo.setMinimumContentsLength(16)
        self.combo.setPlaceholderText(self.tr("None saved yet"))
        self.label.setBuddy(self.combo)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.save_button = QPushButton(self.tr("Save these settings…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.apply_button.clicked.connect(self.apply_selected)
        self.save_button.clicked.connect(self._ask_save)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        self.combo.currentIndexChanged.connect(self._update_buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.combo, self.apply_button, self.save_button,
                       self.rename_button, self.delete_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        select = select if select is not None else self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(self._presets.names())
        index = self.combo.findText(select)
        self.combo.setCurrentIndex(index if index >= 0 else 0)
        self.combo.blockSignals(False)
        self._update_buttons()

    def selected(self) -> str | None:
        return self.combo.currentText() or None

    def _update_buttons(self) -> None:
        has = self.combo.count() > 0
        for button in (self.apply_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
        self.combo.setEnabled(has)

    # -- actions (the dialogs call these; tests may too) ----------------------------------

    def apply_selected(self) -> None:
        name = self.selected()
        settings = self._presets.get(name) if name else None
        if settings is not None:
            self.applied.emit(settings)

    def save_as(self, name: str) -> None:
        """Save under ``name``; an existing name is only replaced after the user says so."""
        clean = " ".join(name.split())
        existing = next((n for n in self._presets.names() if n.casefold() == clean.casefold()), None)
        if existing is not None:
            self._ask_overwrite(existing)
            return
        self._save(clean)

    def _save(self, name: str) -> None:
        self._presets.save(name, self._current())
        self.reload(select=name)

    def rename_selected(self, new: str) -> None:
        old = self.selected()
        if old is None:
            return
        try:
            self._presets.rename(old, new)
        except ValueError:
            self._tell(self.tr("This name is already taken by other saved settings. Choose another name."))
            return
        self.reload(select=" ".join(new.split()))

    def delete_selected(self) -> None:
        name = self.selected()
        if name is not None:
            self._presets.delete(name)
            self.reload(select="")

    # -- dialogs ----------------------------------------------------------------------------

    def _prompt(self, title: str, label: str, text: str, done: Callable[[str], None]) -> QInputDialog:
        # One dialog, reused: deleting a QInputDialog after its textValueSelected reached Python
        # crashed PySide6 6.11.3 here (tests/ui/test_preset_bar.py).
        if self._dialog is None:
            self._dialog = QInputDialog(self)
            self._dialog.textValueSelected.connect(self._on_text)
        self._on_name = done
        self._dialog.setWindowTitle(title)
        self._dialog.setLabelText(label)
        self._dialog.setTextValue(text)
        # Wide enough for its title and a long name (the default was tiny, the title cut).
        width = self._dialog.fontMetrics().horizontalAdvance(title) + 160
        self._dialog.setMinimumWidth(max(420, width))
        self._dialog.open()
        self._dialog.resize(max(420, width), self._dialog.height())
        return self._dialog

    def _on_text(self, value: str) -> None:
        if value.strip() and self._on_name is not None:
            self._on_name(value)

    def _ask_save(self) -> None:
        self._prompt(self.tr("Save these settings"),
                     self.tr("A name for these settings (e.g. “Summer sale, portrait”):"), "", self.save_as)

    def _ask_rename(self) -> None:
        if self.selected():
            self._prompt(self.tr("Rename saved settings"), self.tr("New name:"), self.selected() or "",
                         self.rename_selected)

    def _ask_delete(self) -> None:
        name = self.selected()
        if name is None:
            return
        self.confirm_box = self._confirm(
            self.tr("Delete saved settings?"),
            self.tr("Delete the saved settings “%1”? Your videos are not affected.").replace("%1", name),
            self.tr("Delete"), self.tr("Keep them"), self.delete_selected,
        )

    def _ask_overwrite(self, name: str) -> None:
        self.confirm_box = self._confirm(
            self.tr("Replace saved settings?"),
            self.tr("There are saved settings called “%1” already. Replace them with these settings?")
            .replace("%1", name),
            self.tr("Replace"), self.tr("Choose another name"), lambda: self._save(name),
        )

    def _confirm(self, title: str, text: str, yes: str, no: str, then: Callable[[], None]) -> QMessageBox:
        """A question whose safe answer (``no``) is the default for Enter and Esc."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        do = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: then() if box.clickedButton() is do else None)
        box.open()
        return box

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Saved settings"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
