"""The app's theme: light, dark, or as the system is (Preferences → Theme)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

THEME_SETTING = "ui/theme"
THEMES = ("system", "light", "dark")


def is_dark(app: QApplication, theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str = "system") -> None:
    """Fusion + the app's QSS in the light or dark colours (``theme``: system, light or dark)."""
    from resources.styles import dark_palette, light_palette, load_stylesheet

    app.setStyle("Fusion")
    dark = is_dark(app, theme)
    app.setPalette(dark_palette() if dark else light_palette(app.style().standardPalette()))
    app.setStyleSheet(load_stylesheet(dark=dark))
    app.setProperty("joggTheme", "dark" if dark else "light")
