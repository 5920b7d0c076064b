"""Where the app keeps its files, per platform (config, data, cache, logs).

``JOGG_DESKTOP_HOME`` puts all four under one folder: tests and portable runs use it.
"""

from __future__ import annotations

import os
from pathlib import Path

from jogg_desktop import APP_ID


def _base(kind: str) -> Path:
    home = os.environ.get("JOGG_DESKTOP_HOME")
    if home:
        return Path(home) / kind
    import platformdirs

    getter = {
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
        "cache": platformdirs.user_cache_dir,
        "logs": platformdirs.user_log_dir,
    }[kind]
    return Path(getter(APP_ID, appauthor=False))


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _ensure(_base("config"))


def data_dir() -> Path:
    return _ensure(_base("data"))


def cache_dir() -> Path:
    return _ensure(_base("cache"))


def log_dir() -> Path:
    return _ensure(_base("logs"))


def default_video_dir() -> Path:
    """Where finished videos go unless the user chose a folder: the platform's Videos folder
    (``~/Videos``; ``~/Movies`` on macOS; the known folder on Windows), from platformdirs.

    Under ``JOGG_DESKTOP_HOME`` (tests, portable runs) it is ``<home>/videos``. The one default
    for the whole app: the wizard, the save dialogs, Preferences and the command line.
    """
    home = os.environ.get("JOGG_DESKTOP_HOME")
    if home:
        return Path(home) / "videos"
    import platformdirs

    return Path(platformdirs.user_videos_dir())
