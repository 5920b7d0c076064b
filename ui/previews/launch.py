"""Asking JoggAI for previews from the settings page, then showing them (placeholder until the core lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.pages.settings_page import SettingsPage


def start_previews(page: SettingsPage, styles: list[str]) -> None:
    raise NotImplementedError
