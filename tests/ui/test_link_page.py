"""The link page against the simulator: analyze with elapsed time, Cancel, crawl failure."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from jogg_desktop.errors import Action
from ui.pages.link_page import product_label
from ui.wizard import WizardWindow


@pytest.fixture
def window(qtbot: Any, connected_ctx: Any) -> WizardWindow:
    win = WizardWindow(connected_ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.current_name() == "link"
    return win


def test_analyze_shows_progress_then_the_product(qtbot: Any, window: WizardWindow, sim: Any) -> None:
    page = window.link_page
    url = sim.demo_product_urls()[0]
    page.url_edit.setText(url)
    qtbot.mouseClick(page.analyze_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible()
    assert page.progress.cancel_button.isVisible()
    assert "Reading the product page" in page.progress.label.text()
    assert "10 to 30 seconds" in page.progress.hint.text()
    assert not page.analyze_button.isEnabled()
    qtbot.waitUntil(lambda: window.current_name() == "product", timeout=20_000)
    product = window.ctx.state.product
    assert product is not None and product.name and product.url == url
    assert len(sim.requests_to("POST", "/product")) == 1
    assert window.pages["product"].name_edit.text() == product.name
    # Back on the link page: no leftover "Stopped" message from leaving it.
    window.go_back()
    assert window.current_name() == "link" and not page.banner.isVisible()


def test_cancel_during_analysis(qtbot: Any, window: WizardWindow, sim: Any) -> None:
    sim.config.crawl_delay = 60.0  # a slow crawl, cut short by Cancel
    page = window.link_page
    page.url_edit.setText(sim.demo_product_urls()[0])
    qtbot.keyClick(page.url_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(sim.requests_to("POST", "/product")) == 1, timeout=10_000)
    assert page.progress.cancel_button.hasFocus() or page.progress.cancel_button.isVisible()
    qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.progress.isVisible())
    assert "Stopped" in page.banner.text
    assert window.current_name() == "link"
    assert page.analyze_button.isEnabled()
    assert not window.ctx.tasks.is_running("crawl")


def test_a_crawl_failure_offers_manual_entry(qtbot: Any, window: WizardWindow, sim: Any) -> None:
    page = window.link_page
    page.url_edit.setText(f"{sim.origin}/shop/no-such-product")
    qtbot.mouseClick(page.analyze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.banner.isVisible, timeout=20_000)
    message = page.banner.message
    assert message is not None and message.action is Action.MANUAL_ENTRY
    assert page.banner.action_button.text() == "Enter details myself"
    assert "{" not in page.banner.text and "code" not in page.banner.text
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.current_name() == "product"
    product_page = window.pages["product"]
    assert product_page.is_manual
    assert product_page.name_edit.text() == ""


def test_a_key_refused_later_leads_to_the_key_page(
    qtbot: Any, window: WizardWindow, sim: Any, sim_key: str
) -> None:
    sim.config.valid_keys.discard(sim_key)  # e.g. the key was deleted in JoggAI meanwhile
    page = window.link_page
    page.url_edit.setText(sim.demo_product_urls()[0])
    qtbot.mouseClick(page.analyze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.banner.isVisible, timeout=20_000)
    assert page.banner.action_button.text() == "Fix API key"
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.current_name() == "key"
    assert window.key_page.key_edit.hasFocus() or window.key_page.key_edit.isVisible()


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("http://127.0.0.1:5000/shop/products/aurora-insulated-bottle", "Aurora Insulated Bottle"),
        ("https://shop.example/products/willow_ceramic_mug/", "Willow Ceramic Mug"),
        ("https://shop.example/item/USB-C-cable.html", "USB C Cable"),
        ("https://shop.example/", "shop.example"),
    ],
)
def test_product_label(qapp: Any, url: str, label: str) -> None:
    assert product_label(url) == label


def test_demo_products_are_offered_by_name_and_fill_the_link(
    qtbot: Any, window: WizardWindow, sim: Any
) -> None:
    window.ctx.demo = True
    page = window.link_page
    page.on_enter()
    buttons = page._example_buttons
    assert page.examples.isVisible() and len(buttons) == len(sim.demo_product_urls())
    assert [b.text() for b in buttons] == [product_label(u) for u in sim.demo_product_urls()]
    assert all("http" not in b.text() for b in buttons)
    assert buttons[1].toolTip() == sim.demo_product_urls()[1]
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert page.url_edit.text() == sim.demo_product_urls()[1]
    qtbot.waitUntil(lambda: window.current_name() == "product", timeout=20_000)
