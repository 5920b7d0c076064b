"""Jogg Desktop core: the Qt-free half of the app (API client, models, simulator, jobs)."""

__version__ = "0.1.0"
APP_NAME = "Jogg Desktop"
APP_ID = "jogg-desktop"
