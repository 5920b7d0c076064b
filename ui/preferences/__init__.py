"""Preferences: one dialog for where videos go, language, theme, notifications, the API
generation, the key, and where the app keeps its logs and data."""

from ui.preferences.dialog import API_VERSION_SETTING, PreferencesDialog

__all__ = ["API_VERSION_SETTING", "PreferencesDialog"]
