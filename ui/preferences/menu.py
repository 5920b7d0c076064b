"""The window's way into Preferences: the shortcut, and opening the dialog wired to the window.

Kept apart from the dialog so the menu costs nothing at start-up (the dialog loads on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.preferences.dialog import PreferencesDialog
    from ui.wizard import WizardWindow


def preferences_shortcut() -> QKeySequence:
    """The platform's Preferences shortcut (⌘, on macOS, Ctrl+Shift+, on KDE); Ctrl+, where the
    platform has none (GNOME, Windows)."""
    standard = QKeySequence(QKeySequence.StandardKey.Preferences)
    if not standard.isEmpty():
        return standard
    return QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)


def open_preferences(window: WizardWindow) -> PreferencesDialog:
    """Show the (one) Preferences dialog of ``window``, wired to its key flows and the theme."""
    from ui.preferences.dialog import PreferencesDialog

    existing = window.findChild(PreferencesDialog)
    if existing is not None:
        existing.load()
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = PreferencesDialog(window.ctx, window)
    dialog.change_key_requested.connect(window.change_key)
    dialog.forget_key_requested.connect(window.forget_key)
    dialog.theme_changed.connect(apply_theme_now)
    dialog.open()
    return dialog


def apply_theme_now(theme: str) -> None:
    from ui.theme import apply_theme

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme)
