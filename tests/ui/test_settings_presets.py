"""Named presets on the settings page, over the app's real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from jogg_desktop.models import AspectRatio, VideoLength
from jogg_desktop.store import Store
from ui.app import attach_jobs
from ui.pages.settings_page import SettingsPage


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store()
    yield store
    store.close()


def _page(qtbot: Any, ctx: Any) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def _answer_prompt(page: SettingsPage, text: str) -> None:
    (dialog,) = [d for d in page.findChildren(QInputDialog) if d.isVisible()]
    dialog.setTextValue(text)
    dialog.accept()


def test_without_a_store_there_is_no_preset_bar(qtbot: Any, ctx: Any) -> None:
    assert ctx.presets is None
    page = _page(qtbot, ctx)
    page.on_enter()
    assert page.preset_bar is None


def test_the_app_store_brings_the_presets(ctx: Any) -> None:
    store = attach_jobs(ctx)
    try:
        assert store is not None and ctx.presets is store.presets
    finally:
        store.close()


def test_save_change_and_apply_a_preset(qtbot: Any, qloop: Any, ctx: Any, store: Store) -> None:
    page = _page(qtbot, ctx)
    assert page.preset_bar is None
    ctx.presets = store.presets  # the store opens after the window shows: the bar comes on entering
    page.on_enter()
    bar = page.preset_bar
    assert bar is not None and bar.isVisible()
    assert bar.combo.currentText() == "" and bar.combo.placeholderText() == "None saved yet"

    page.aspect_cards.set_aspect(AspectRatio.SQUARE)
    page.length_buttons[VideoLength.LONG].click()
    page.caption_check.setChecked(False)
    page.name_edit.setText("Mug promo")
    page.script_edit.setPlainText("Our mug keeps coffee hot.")
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    _answer_prompt(page, "Square, long")
    assert store.presets.names() == ["Square, long"]
    saved = store.presets.get("Square, long")
    assert saved is not None and saved.aspect is AspectRatio.SQUARE and saved.length is VideoLength.LONG
    assert saved.name == "" and saved.script == ""  # those belong to one product, not to a preset

    # Another video: other settings, another name; applying the preset restores its settings only.
    page.aspect_cards.set_aspect(AspectRatio.LANDSCAPE)
    page.length_buttons[VideoLength.SHORT].click()
    page.caption_check.setChecked(True)
    page.name_edit.setText("Bottle promo")
    page.script_edit.setPlainText("")
    qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    assert page.aspect_cards.aspect() is AspectRatio.SQUARE
    assert page.length_buttons[VideoLength.LONG].isChecked()
    assert not page.caption_check.isChecked()
    assert page.name_edit.text() == "Bottle promo"
    assert page.settings().aspect is AspectRatio.SQUARE
    assert page.next_label() == "Make video (1 credit)"

    # Presets survive a new page (the next start of the app).
    again = _page(qtbot, ctx)
    assert again.preset_bar is not None and again.preset_bar.combo.currentText() == "Square, long"
