"""Preferences: the save folder, theme, language, notifications and API generation persist
(QSettings, read back by a fresh store), the theme applies at once, and the key buttons reuse the
wizard's key flows. The key itself never reaches the settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox


@pytest.fixture
def restore_look(qapp: Any) -> Iterator[None]:
    """The theme is app-wide: put the app's style, palette and sheet back after the test."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("joggTheme", None)


def choose(combo: Any, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_preferences_change_folder_theme_and_language_and_they_persist(
    qtbot: Any, qapp: Any, ctx: Any, tmp_path: Path, restore_look: None, app_home: Path
) -> None:
    from jogg_desktop import paths
    from ui.pages.progress_page import video_folder
    from ui.preferences.dialog import PreferencesDialog
    from ui.settings_store import SettingsStore
    from ui.wizard import WizardWindow

    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    window.preferences_action.trigger()  # the menu (and its shortcut)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.folder_edit.text() == str(paths.default_video_dir())  # platformdirs' Videos folder
    assert dialog.theme_combo.currentData() == "system" and dialog.language_combo.currentData() == ""

    folder = tmp_path / "Meine Videos"
    dialog.folder_edit.setText(str(folder))
    choose(dialog.theme_combo, "dark")
    choose(dialog.language_combo, "de")
    assert dialog.language_note.isVisible()  # "used the next time you start"
    dialog.notify_check.setChecked(False)
    choose(dialog.api_combo, "v1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()

    assert qapp.property("joggTheme") == "dark"  # applied at once
    assert video_folder(ctx) == folder and folder.is_dir()  # new videos go there

    fresh = SettingsStore()  # what the next start reads
    assert fresh.get("video/save_dir") == str(folder)
    assert fresh.get("ui/theme") == "dark"
    assert fresh.get("ui/language") == "de"
    assert fresh.get("notify/enabled") is False
    assert fresh.get("api/version") == "v1"

    window.open_preferences()  # opened again: shows what is saved
    assert dialog.folder_edit.text() == str(folder)
    assert dialog.theme_combo.currentData() == "dark"
    assert dialog.language_combo.currentData() == "de"
    assert not dialog.notify_check.isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    ini = (paths.config_dir() / "settings.ini").read_text("utf-8")
    assert "Meine Videos" in ini and "theme=dark" in ini


def test_cancel_changes_nothing_and_the_default_folder_is_not_pinned(
    qtbot: Any, ctx: Any, restore_look: None
) -> None:
    from ui.preferences.dialog import PreferencesDialog

    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.theme_combo, "light")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert ctx.settings.get("ui/theme") == "system"
    dialog.load()
    dialog.accept()  # OK with the shown default folder: stays "the default", not a fixed path
    assert ctx.settings.get("video/save_dir") == ""


def test_the_key_buttons_use_the_wizards_key_flows(qtbot: Any, connected_ctx: Any) -> None:
    from ui.wizard import WizardWindow

    window = WizardWindow(connected_ctx)
    qtbot.addWidget(window)
    dialog = window.open_preferences()
    assert dialog.key_status.text() == "A key is set up."
    dialog.check_key_button.click()
    qtbot.waitUntil(lambda: dialog.key_status.text().startswith("Your key works"), timeout=15_000)
    dialog.change_key_button.click()
    assert not dialog.isVisible() and window.current_name() == "key"
