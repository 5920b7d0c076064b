"""App settings, declared once with their defaults, stored with QSettings (ini in the config dir).

Only plain preferences live here — never the API key (that is :mod:`jogg_desktop.secrets`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from jogg_desktop import paths


class Setting(NamedTuple):  # not a dataclass: read before the first frame, dataclasses is not
    key: str
    default: Any
    kind: type


# Every setting the app knows, with its default.
SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("window/geometry", QByteArray(), QByteArray),
        Setting("window/state", QByteArray(), QByteArray),
        Setting("api/base_url", "", str),
        Setting("api/version", "", str),  # "v1" / "v2" (advanced; "" = JoggAI's current, v2)
        Setting("link/last_url", "", str),
        Setting("video/save_dir", "", str),
        Setting("video/last_settings", "", str),  # JSON written by the settings page
        Setting("ui/language", "", str),  # "" follows the system (ui.i18n.LANGUAGES)
        Setting("ui/theme", "system", str),  # system, light, dark (ui.theme)
        Setting("notify/enabled", True, bool),  # desktop notifications when a video ends
    )
}


class SettingsStore:
    """Typed access to the declared settings; unknown keys are a programming error."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            path = paths.config_dir() / "settings.ini"
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self._q = qsettings

    @staticmethod
    def declare(key: str, default: Any, kind: type) -> None:
        """Let another part of the UI declare its own setting (once, at import time)."""
        SETTINGS.setdefault(key, Setting(key, default, kind))

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        value = self._q.value(key, setting.default)
        if value is None:
            return setting.default
        if setting.kind is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        if setting.kind in (int, float, str) and not isinstance(value, setting.kind):
            convert: Callable[[Any], Any] = setting.kind
            try:
                return convert(value)
            except (TypeError, ValueError):
                return setting.default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in SETTINGS:
            raise KeyError(f"undeclared setting {key!r}")
        self._q.setValue(key, value)

    def reset(self, key: str) -> None:
        self._q.remove(key)

    def sync(self) -> None:
        self._q.sync()

    @property
    def qsettings(self) -> QSettings:
        return self._q
