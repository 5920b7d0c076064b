"""Named presets of video settings (stored in the app's SQLite store)."""

from ui.presets.preset_bar import PresetBar

__all__ = ["PresetBar"]
