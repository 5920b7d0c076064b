"""The app's look: one QSS with ``@name@`` colour tokens, filled for the light or dark theme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette

ACCENT = "#6246ea"

LIGHT = {
    "accent": ACCENT, "accent_hover": "#4f35d6", "accent_text": "#ffffff",
    "window": "#f7f7fb", "surface": "#ffffff", "border": "#dcdce6", "text": "#1f1f2e",
    "muted": "#5f6072", "soft": "#eeeafd", "error_bg": "#fdecec", "error_border": "#f3b7b7",
    "error_text": "#8a1c1c", "info_bg": "#e9f2fe", "info_border": "#b9d4f7", "info_text": "#163d6b",
    "warn_bg": "#fff5e0", "warn_border": "#f0d08c", "warn_text": "#6b4a00", "badge": "#f59e0b",
    "ok_bg": "#e8f6ec", "ok_border": "#a9dab8", "ok_text": "#14532d", "indicator": "#6b6c80",
}

DARK = {
    "accent": "#8b7bff", "accent_hover": "#9d90ff", "accent_text": "#10101a",
    "window": "#1c1c24", "surface": "#262631", "border": "#3a3a48", "text": "#ececf3",
    "muted": "#a7a8ba", "soft": "#2f2b4d", "error_bg": "#3c2326", "error_border": "#7a3a40",
    "error_text": "#ffc9c9", "info_bg": "#1f2f45", "info_border": "#35567e", "info_text": "#cfe3ff",
    "warn_bg": "#3a301a", "warn_border": "#7a6222", "warn_text": "#ffe2a3", "badge": "#f59e0b",
    "ok_bg": "#1d3527", "ok_border": "#2f6b45", "ok_text": "#c4f2d2", "indicator": "#a7a8ba",
}


STYLES = Path(__file__).resolve().parent
"""This folder (a plain path: ``importlib.resources`` costs ≈ 5 ms of the first frame)."""


def load_stylesheet(*, dark: bool = False) -> str:
    text = (STYLES / "app.qss").read_text("utf-8")
    for name, value in (DARK if dark else LIGHT).items():
        text = text.replace(f"@{name}@", value)
    # The check box's tick: a bundled SVG file (QSS takes images by path), drawn in accent_text.
    tick = STYLES.parent / "icons" / "ui" / ("check-dark.svg" if dark else "check-light.svg")
    return text.replace("@check_image@", tick.as_posix())


def light_palette(base: QPalette) -> QPalette:
    """The system's light palette with the accent for selections and links."""
    palette = QPalette(base)
    palette.setColor(QPalette.ColorRole.Highlight, QColor(LIGHT["accent"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(LIGHT["accent_text"]))
    palette.setColor(QPalette.ColorRole.Link, QColor(LIGHT["accent"]))
    return palette


def dark_palette() -> QPalette:
    c = DARK
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"],
        QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["surface"],
        QPalette.ColorRole.AlternateBase: c["window"],
        QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.Button: c["surface"],
        QPalette.ColorRole.ButtonText: c["text"],
        QPalette.ColorRole.ToolTipBase: c["surface"],
        QPalette.ColorRole.ToolTipText: c["text"],
        QPalette.ColorRole.PlaceholderText: c["muted"],
        QPalette.ColorRole.Highlight: c["accent"],
        QPalette.ColorRole.HighlightedText: c["accent_text"],
        QPalette.ColorRole.Link: c["accent"],
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c["muted"]))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c["muted"]))
    return palette
