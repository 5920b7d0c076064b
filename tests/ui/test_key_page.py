"""The key page against the simulator: a live check before saving, and where the key lives."""

from __future__ import annotations

from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from jogg_desktop.errors import Action
from jogg_desktop.secrets import SERVICE, USERNAME, KeyStore
from ui.pages.key_page import KeyPage
from ui.wizard import WizardWindow


@pytest.fixture
def window(qtbot: Any, sim_ctx: Any) -> WizardWindow:
    win = WizardWindow(sim_ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def _enter(qtbot: Any, page: KeyPage, key: str) -> None:
    page.key_edit.setFocus()
    qtbot.keyClicks(page.key_edit, key)
    qtbot.keyClick(page.key_edit, Qt.Key.Key_Return)


def test_a_wrong_key_is_refused_and_not_saved(qtbot: Any, window: WizardWindow, sim: Any) -> None:
    page = window.key_page
    _enter(qtbot, page, "wrong-key-123456")
    qtbot.waitUntil(lambda: page.banner.isVisible())
    message = page.banner.message
    assert message is not None and message.action is Action.FIX_KEY
    assert "did not accept your API key" in page.banner.text
    assert page.banner.action_button.text() == "Fix API key"
    assert window.ctx.api is None
    assert window.ctx.keys.test_backend.secrets == {}
    assert not window.next_button.isEnabled()
    assert window.current_name() == "key"
    # The live check reached the simulator with the key the user typed.
    assert sim.requests


def test_a_good_key_is_checked_saved_and_its_place_told(
    qtbot: Any, window: WizardWindow, sim_key: str
) -> None:
    page = window.key_page
    _enter(qtbot, page, sim_key)
    qtbot.waitUntil(lambda: window.ctx.api is not None)
    qtbot.waitUntil(lambda: window.current_name() == "link")  # saved: straight on
    assert window.ctx.keys.test_backend.secrets == {(SERVICE, USERNAME): sim_key}
    assert "Saved in your system's password store" in window.link_page.banner.text
    assert window.link_page.banner.severity == "success"
    assert sim_key not in page.status.text() and page.key_edit.text() == ""
    window.show_page("key")
    assert page.forget_button.isVisible()


def test_without_a_password_store_the_key_is_kept_for_this_session_only(
    qtbot: Any, window: WizardWindow, sim_key: str
) -> None:
    window.ctx.keys = KeyStore(keyring.backends.fail.Keyring())
    page = window.key_page
    _enter(qtbot, page, sim_key)
    qtbot.waitUntil(lambda: window.ctx.api is not None)
    assert "session only" in page.status.text()
    assert "No password store" in page.status.text()
    assert not page.forget_button.isVisible()


def test_forget_removes_the_stored_key(qtbot: Any, window: WizardWindow, sim_key: str) -> None:
    page = window.key_page
    _enter(qtbot, page, sim_key)
    qtbot.waitUntil(lambda: window.ctx.api is not None)
    window.forget_action.trigger()
    # A question first, "Keep it" by default: Enter or Esc forget nothing (#13.17).
    box = window.forget_box
    qtbot.waitUntil(box.isVisible)
    assert box.defaultButton().text() == "Keep it"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert window.ctx.api is not None and window.ctx.keys.test_backend.secrets != {}
    window.forget_action.trigger()
    box = window.forget_box
    qtbot.waitUntil(box.isVisible)
    forget = next(b for b in box.buttons() if b.text() == "Forget API key")
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.api is None)
    qtbot.waitUntil(lambda: window.ctx.keys.test_backend.secrets == {})
    assert window.current_name() == "key"
    assert not window.next_button.isEnabled()
    qtbot.waitUntil(lambda: "forgotten" in page.banner.text)
    assert page.banner.severity == "success"


def test_change_key_from_the_menu_returns_to_where_the_user_was(
    qtbot: Any, window: WizardWindow, sim_key: str
) -> None:
    page = window.key_page
    _enter(qtbot, page, sim_key)
    # Saved: straight on to the link page, which says where the key is kept (no extra Continue).
    qtbot.waitUntil(lambda: window.current_name() == "link")
    assert "Saved in" in window.link_page.banner.text
    window.show_page("product")
    window.change_key_action.trigger()
    assert window.current_name() == "key"
    assert "Saved in" in page.status.text()  # where the current key lives
    _enter(qtbot, page, sim_key)
    qtbot.waitUntil(lambda: not page._busy and page._accepted)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_name() == "product"


def test_the_pages_forget_button_asks_first_too(qtbot: Any, window: WizardWindow, sim_key: str) -> None:
    page = window.key_page
    _enter(qtbot, page, sim_key)
    qtbot.waitUntil(lambda: window.current_name() == "link")
    window.show_page("key")
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    box = window.forget_box
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default, "Keep it"
    assert window.ctx.api is not None and window.ctx.keys.test_backend.secrets != {}
