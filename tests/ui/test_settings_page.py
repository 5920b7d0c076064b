"""The settings page: remembered choices, the cost on the Next button, keyboard and names.

Catalog loading against the simulator is in test_settings_page_catalogs.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from jogg_desktop.models import (
    AspectRatio,
    Ownership,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyleLook,
)
from jogg_desktop.store import codec
from tests.ui.conftest import accessible_problems
from ui.pages.settings_page import LAST_SETTINGS, SettingsPage


@pytest.fixture
def page(qtbot: Any, ctx: Any) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def test_defaults_and_the_cost_on_next(page: SettingsPage) -> None:
    assert page.aspect_cards.aspect() is AspectRatio.PORTRAIT
    assert page.length_buttons[VideoLength.SHORT].isChecked()
    assert page.language.language() == "english"
    assert page.next_label() == "Make video (1 credit)"
    assert "1 credit" in page.cost.text()
    page.length_buttons[VideoLength.LONG].click()
    assert page.settings().length is VideoLength.LONG
    assert page.cost.credits() == 1  # 60 s is within the first 2 minutes (docs/joggai-api.md §12)


def test_next_waits_for_an_avatar(page: SettingsPage) -> None:
    assert page.ctx.api is None  # no catalogs without a client
    assert not page.can_go_next()
    assert "avatar" in page.missing_label.text()
    nav: list[None] = []
    page.go_next.connect(lambda: nav.append(None))
    page.on_next()
    assert nav == []


def test_last_settings_are_restored_from_qsettings(qtbot: Any, ctx: Any) -> None:
    remembered = VideoSettings(
        aspect=AspectRatio.SQUARE,
        length=VideoLength.MEDIUM,
        language="german",
        avatar_id=7,
        avatar_ownership=Ownership.CUSTOM,
        voice_id="v-9",
        music_id=3,
        script_style="Comparison",
        caption=False,
        look=TemplateLook(12, Ownership.CUSTOM),
        script="Hello there",
        name="Mug promo",
    )
    ctx.settings.set(LAST_SETTINGS, codec.dumps(codec.settings_to_json(remembered)))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.aspect_cards.aspect() is AspectRatio.SQUARE
    assert page.length_buttons[VideoLength.MEDIUM].isChecked()
    assert page.language.currentText() == "German"
    assert page.script_style.script_style() == "Comparison"
    assert not page.caption_check.isChecked()
    # The name and own script belonged to that product: a new one starts without them (#13.1).
    assert page.script_edit.toPlainText() == ""
    assert page.name_edit.text() == ""
    assert page.look_chooser.template_mode()
    # Everything the lists have not loaded yet stays as remembered.
    assert page.settings() == replace(remembered, script="", name="")


def test_unreadable_remembered_settings_fall_back_to_defaults(qtbot: Any, ctx: Any) -> None:
    ctx.settings.set(LAST_SETTINGS, '{"aspect": "4:3"}')
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.settings() == VideoSettings()


def test_look_choice_is_explicit(page: SettingsPage) -> None:
    assert page.settings().look == VisualStyleLook("FullScreen")
    page.look_chooser.template_radio.click()
    assert page.look_chooser.look() is None  # no template picked yet
    page.look_chooser.style_radio.click()
    assert page.settings().look == VisualStyleLook("FullScreen")


def test_keyboard_reaches_the_choices_in_order(qtbot: Any, page: SettingsPage) -> None:
    page.activateWindow()
    page.aspect_cards.button(AspectRatio.PORTRAIT).setFocus()
    order = []
    for _ in range(12):
        order.append(page.focusWidget())
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    # The cards and the lengths are one tab stop each (exclusive groups: arrows move inside).
    wanted = [page.length_buttons[VideoLength.SHORT], page.script_row.button, page.avatar_row.button,
              page.voice_row.button, page.music_row.button, page.look_row.button, page.caption_check,
              page.name_edit]
    positions = [order.index(w) if w in order else -1 for w in wanted]
    assert -1 not in positions, [type(w).__name__ for w in order]
    assert positions == sorted(positions)
    page.aspect_cards.button(AspectRatio.PORTRAIT).setFocus()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Right)
    assert page.focusWidget() is page.aspect_cards.button(AspectRatio.LANDSCAPE)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Space)
    assert page.settings().aspect is AspectRatio.LANDSCAPE


def test_every_control_has_an_accessible_name(page: SettingsPage) -> None:
    assert accessible_problems(page) == []
