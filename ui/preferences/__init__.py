"""Preferences: one dialog for where videos go, language, theme, notifications, the API
generation, the key, and where the app keeps its logs and data.

``ui.preferences.menu`` opens it; ``ui.preferences.dialog`` is the dialog (loaded on first use, so
the window's menu costs nothing at start-up).
"""
