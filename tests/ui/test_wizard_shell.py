"""The wizard window without a server: pages, navigation rules, labels, menu, crash dialog."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from jogg_desktop import logs
from tests.ui.conftest import accessible_problems
from ui.crash import CrashHandler
from ui.pages.link_page import check_url
from ui.wizard import WizardWindow


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> WizardWindow:
    win = WizardWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_starts_on_the_key_page_without_a_key(window: WizardWindow) -> None:
    assert window.current_name() == "key"
    assert not window.steps.isVisible()
    assert not window.next_button.isEnabled()  # nothing checked yet
    assert not window.demo_badge.isVisible()
    assert "DEMO" not in window.windowTitle()
    assert window.key_page.key_edit.hasFocus()


def test_every_control_has_an_accessible_name(window: WizardWindow) -> None:
    for name in ("key", "link", "product"):
        window.show_page(name)
        assert accessible_problems(window) == [], name


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("ftp://shop.example/mug", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("javascript:alert(1)", "scheme"),
        ("shop.example/mug", None),  # read as https:// (#13.19)
        ("shop example/mug", "invalid"),
        ("localhost:8000/shop/mug", None),
        ("https://", "host"),
        ("https://shop.example/products/mug?variant=2", None),
        ("http://127.0.0.1:8080/shop/mug", None),
    ],
)
def test_link_check(qapp: Any, text: str, problem: str | None) -> None:
    assert check_url(text) == problem


def test_bad_link_is_explained_and_not_sent(qtbot: Any, window: WizardWindow) -> None:
    window.show_page("link")
    page = window.link_page
    qtbot.keyClicks(page.url_edit, "ftp://shop.example/mug")
    qtbot.keyClick(page.url_edit, Qt.Key.Key_Return)
    assert page.url_hint.isVisible()
    assert "https://" in page.url_hint.text()
    assert not page.progress.isVisible()
    assert window.current_name() == "link"


def test_link_is_taken_from_the_clipboard(qtbot: Any, window: WizardWindow) -> None:
    QGuiApplication.clipboard().setText("https://shop.example/products/lamp")
    window.show_page("link")
    assert window.link_page.url_edit.text() == "https://shop.example/products/lamp"
    assert window.link_page.analyze_button.isEnabled()
    assert not window.next_button.isVisible()  # "Analyze" beside the field is the way on
    QGuiApplication.clipboard().setText("not a link")


def test_demo_badge_and_title(window: WizardWindow) -> None:
    window.ctx.demo = True
    window.update_demo_badge()
    assert window.demo_badge.isVisible()
    assert "DEMO" in window.windowTitle()
    assert not window.forget_action.isEnabled()


def test_menu_has_the_key_and_diagnostics_actions(window: WizardWindow) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert "Change API key…" in texts and "Forget API key" in texts
    assert "Copy diagnostics" in texts and "Quit" in texts and "History…" in texts
    assert window.open_history() is None  # no job service before a key


def test_geometry_is_remembered(qtbot: Any, ctx: Any) -> None:
    first = WizardWindow(ctx)
    qtbot.addWidget(first)
    first.resize(787, 577)  # within the offscreen screen (800×600)
    first.show()
    first.save_geometry()
    second = WizardWindow(ctx)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (787, 577)


def test_crash_dialog_redacts_the_key(qtbot: Any, window: WizardWindow, monkeypatch: Any) -> None:
    key = "sk-live-0123456789abcdef"
    logs.register_secret(key)
    handler = CrashHandler(lambda: window, lambda: ())
    try:
        raise RuntimeError(f"request failed with headers {{'x-api-key': '{key}'}} for {key}")
    except RuntimeError:
        exc_type, exc, tb = sys.exc_info()
    monkeypatch.setattr(sys, "stderr", type("Null", (), {"write": lambda *_: 0})())
    assert exc_type is not None and exc is not None
    handler(exc_type, exc, tb)
    dialog = handler._dialog
    assert dialog is not None and dialog.isVisible()
    details = dialog.details.toPlainText()
    assert key not in details
    assert "RuntimeError" in details and "[redacted]" in details
    dialog.copy_details()
    assert key not in QGuiApplication.clipboard().text()
    dialog.close()


def test_link_page_tab_order(qtbot: Any, window: WizardWindow) -> None:
    window.ctx.demo = True
    window.ctx.demo_product_urls = ["http://127.0.0.1:1/shop/products/a", "http://127.0.0.1:1/shop/products/b"]
    window.show_page("link")
    page = window.link_page
    page.url_edit.setText("https://shop.example/p")
    page.url_edit.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab)
        order.append(QGuiApplication.focusObject())
    assert order[:4] == [page.analyze_button, *page._example_buttons, page.manual_button]
