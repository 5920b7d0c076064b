"""The app icon (jogg-desktop.svg); PNG/ICO/ICNS are generated from it by scripts/make_icons.py."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

ICON_FILE = "jogg-desktop.svg"


def app_icon_file() -> Traversable:
    """The SVG app icon, as a file in the source tree and in a frozen bundle: QIcon(str(app_icon_file()))."""
    return files(__name__) / ICON_FILE
