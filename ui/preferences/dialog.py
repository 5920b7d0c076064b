"""The Preferences dialog (menu Jogg → Preferences…, the platform's Preferences shortcut).

Settings persist through the app's :class:`~ui.settings_store.SettingsStore` (QSettings) when
the user presses OK; the API key never goes there: its buttons reuse the wizard's key flows.
The theme applies at once; the language the next time the app starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop import paths
from ui.context import AppContext
from ui.i18n import LANGUAGE_SETTING, LANGUAGES
from ui.settings_store import SettingsStore
from ui.theme import THEME_SETTING
from ui.tray import NOTIFY_SETTING

SAVE_DIR_SETTING = "video/save_dir"
API_VERSION_SETTING = "api/version"
API_VERSIONS = ("v2", "v1")
SettingsStore.declare(API_VERSION_SETTING, "v2", str)


class PreferencesDialog(QDialog):
    """Edits the preferences; OK saves them, Cancel leaves everything as it was."""

    theme_changed = Signal(str)
    language_changed = Signal(str)
    change_key_requested = Signal()
    forget_key_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._general_group())
        layout.addWidget(self._key_group())
        layout.addWidget(self._places_group())
        layout.addWidget(self._advanced_group())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    # -- groups ---------------------------------------------------------------------------
    def _general_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("General"), self)
        form = QFormLayout(group)
        self.folder_edit = QLineEdit(group)
        self.folder_edit.setObjectName("saveFolder")
        self.folder_edit.setAccessibleName(self.tr("Folder for new videos"))
        self.folder_edit.setPlaceholderText(str(paths.default_video_dir()))
        browse = QPushButton(self.tr("Choose…"), group)
        browse.setAccessibleName(self.tr("Choose the folder for new videos"))
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save new videos in"), row)

        self.language_combo = QComboBox(group)
        self.language_combo.setObjectName("language")
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_note = QLabel(
            self.tr("The new language is used the next time you start Jogg Desktop."), group)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", self.language_note)

        self.theme_combo = QComboBox(group)
        self.theme_combo.setObjectName("theme")
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for value, label in (("system", self.tr("As the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme_combo.addItem(label, value)
        form.addRow(self.tr("Theme"), self.theme_combo)

        self.notify_check = QCheckBox(self.tr("Tell me when a video is ready or has failed"), group)
        self.notify_check.setObjectName("notifications")
        form.addRow(self.tr("Notifications"), self.notify_check)
        return group

    def _key_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("JoggAI API key"), self)
        column = QVBoxLayout(group)
        self.key_status = QLabel(group)
        self.key_status.setObjectName("keyStatus")
        self.key_status.setWordWrap(True)
        self.key_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.key_status)
        row = QHBoxLayout()
        self.check_key_button = QPushButton(self.tr("Check key"), group)
        self.check_key_button.clicked.connect(self.check_key)
        self.change_key_button = QPushButton(self.tr("Change key…"), group)
        self.change_key_button.clicked.connect(self._change_key)
        self.forget_key_button = QPushButton(self.tr("Forget key"), group)
        self.forget_key_button.clicked.connect(self._forget_key)
        for button in (self.check_key_button, self.change_key_button, self.forget_key_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return group

    def _places_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Where Jogg Desktop keeps its files"), self)
        form = QFormLayout(group)
        self.place_labels: dict[str, QLabel] = {}
        for name, label, folder in (
            ("logs", self.tr("Logs"), paths.log_dir()),
            ("data", self.tr("Videos list and data"), paths.data_dir()),
        ):
            path_label = QLabel(str(folder), group)
            path_label.setObjectName(f"{name}Folder")
            path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path_label.setWordWrap(True)
            self.place_labels[name] = path_label
            button = QPushButton(self.tr("Open"), group)
            button.setObjectName(f"open{name.capitalize()}")
            button.setAccessibleName(self.tr("Open the folder: %1").replace("%1", label))
            button.clicked.connect(lambda _c=False, f=folder: self.open_folder(f))
            row = QHBoxLayout()
            row.addWidget(path_label, 1)
            row.addWidget(button)
            form.addRow(label, row)
        self.places_note = QLabel(group)
        self.places_note.setWordWrap(True)
        self.places_note.hide()
        form.addRow("", self.places_note)
        return group

    def _advanced_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Advanced"), self)
        form = QFormLayout(group)
        self.api_combo = QComboBox(group)
        self.api_combo.setObjectName("apiVersion")
        self.api_combo.setAccessibleName(self.tr("JoggAI API generation"))
        self.api_combo.addItem(self.tr("Current (v2, recommended)"), "v2")
        self.api_combo.addItem(self.tr("Previous (v1)"), "v1")
        self.api_combo.setToolTip(self.tr("Which generation of JoggAI's API new videos use. "
                                          "Keep the current one unless JoggAI support asks otherwise."))
        form.addRow(self.tr("JoggAI API"), self.api_combo)
        return group

    # -- load / save ----------------------------------------------------------------------
    def load(self) -> None:
        settings = self.ctx.settings
        self.folder_edit.setText(str(settings.get(SAVE_DIR_SETTING) or paths.default_video_dir()))
        self._select(self.language_combo, str(settings.get(LANGUAGE_SETTING) or ""))
        self._select(self.theme_combo, str(settings.get(THEME_SETTING) or "system"))
        self.notify_check.setChecked(bool(settings.get(NOTIFY_SETTING)))
        self._select(self.api_combo, str(settings.get(API_VERSION_SETTING) or "v2"))
        self.language_note.hide()
        self._show_key_state()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def save(self) -> None:
        settings = self.ctx.settings
        old_theme = settings.get(THEME_SETTING)
        old_language = settings.get(LANGUAGE_SETTING)
        folder = self.folder_edit.text().strip()
        default = str(paths.default_video_dir())
        settings.set(SAVE_DIR_SETTING, "" if folder in ("", default) else folder)
        settings.set(LANGUAGE_SETTING, self.language_combo.currentData())
        settings.set(THEME_SETTING, self.theme_combo.currentData())
        settings.set(NOTIFY_SETTING, self.notify_check.isChecked())
        settings.set(API_VERSION_SETTING, self.api_combo.currentData())
        settings.sync()
        if self.theme_combo.currentData() != old_theme:
            self.theme_changed.emit(self.theme_combo.currentData())
        if self.language_combo.currentData() != old_language:
            self.language_changed.emit(self.language_combo.currentData())

    def accept(self) -> None:
        self.save()
        super().accept()

    def _language_picked(self) -> None:
        saved = str(self.ctx.settings.get(LANGUAGE_SETTING) or "")
        self.language_note.setVisible(self.language_combo.currentData() != saved)

    # -- folders --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for new videos"), self.folder_edit.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder_edit.setText)
        dialog.open()

    def open_folder(self, folder: Path) -> None:
        """Open ``folder`` in the file manager; where nothing opens it, copy its path and say so."""
        folder.mkdir(parents=True, exist_ok=True)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return
        QGuiApplication.clipboard().setText(str(folder))
        self.places_note.setText(self.tr("No file manager opened it: the folder's path is copied, "
                                         "paste it into your file manager."))
        self.places_note.show()

    # -- key ------------------------------------------------------------------------------
    def _show_key_state(self, text: str = "") -> None:
        ctx = self.ctx
        has_key = ctx.api is not None and not ctx.demo
        if not text:
            if ctx.demo:
                text = self.tr("You are using the demo: no key is needed.")
            elif has_key:
                text = self.tr("A key is set up.")
            else:
                text = self.tr("No key is set up yet.")
        self.key_status.setText(text)
        self.check_key_button.setEnabled(has_key)
        self.forget_key_button.setEnabled(has_key)

    def check_key(self) -> None:
        api = self.ctx.api
        if api is None:
            return
        self.check_key_button.setEnabled(False)
        self.key_status.setText(self.tr("Checking your key with JoggAI…"))
        self.ctx.tasks.run(api.check_key(), on_done=self._key_checked, on_error=self._key_failed,
                           key="preferences:check-key")

    def _key_checked(self, account: object) -> None:
        who = getattr(account, "name", "") or getattr(account, "email", "")
        text = (self.tr("Your key works (account: %1).").replace("%1", who) if who
                else self.tr("Your key works."))
        self._show_key_state(text)

    def _key_failed(self, error: BaseException) -> None:
        from ui.errors import describe

        self._show_key_state(describe(error).text)

    def _change_key(self) -> None:
        self.reject()
        self.change_key_requested.emit()

    def _forget_key(self) -> None:
        self.reject()
        self.forget_key_requested.emit()
