"""Compare looks (issue #14) against the simulator over real sockets: the settings page's
"Compare looks…", the styles and their cost, the previews as tiles (one failing while the others
go on), a preview watched at full size, another rendered in full, played and saved; and a
restart while previews are pending."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from jogg_desktop.models import AspectRatio, VideoLength
from jogg_desktop.sim import SimServer
from tests.ui.media_files import media_test
from tests.ui.test_wizard_render_flows import LEFT, _click, _to_settings
from tests.ui.test_wizard_v2 import connected_v2  # noqa: F401 - the v2 fixture
from ui.previews.chooser import CompareLooksDialog
from ui.wizard import WizardWindow

pytestmark = media_test


@pytest.fixture
def window(qtbot: Any, connected_v2: Any) -> WizardWindow:  # noqa: F811
    win = WizardWindow(connected_v2)
    qtbot.addWidget(win)
    win.resize(1100, 820)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("link")
    return win


def _open_chooser(qtbot: Any, window: WizardWindow, sim: SimServer) -> CompareLooksDialog:
    page = _to_settings(qtbot, window, sim)
    button = page.compare_looks.button
    assert isinstance(button, QPushButton)
    # Beside "Make video" in the wizard's footer, on the settings page only.
    assert button.parent() is window and button.isVisible()
    assert button.geometry().right() < window.next_button.geometry().left()
    assert abs(button.geometry().center().y() - window.next_button.geometry().center().y()) <= 2
    _click(qtbot, button)
    dialog = page.compare_looks.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _tick(qtbot: Any, dialog: CompareLooksDialog, names: list[str]) -> None:
    gallery = dialog.gallery
    for name in names:
        row = gallery.names().index(name)
        item = gallery.item(row)
        if not item.isSelected():
            gallery.scrollToItem(item)
            qtbot.mouseClick(gallery.viewport(), LEFT, pos=gallery.visualItemRect(item).center())
    assert set(names) <= set(dialog.chosen())


def test_compare_looks_offers_the_formats_styles_with_the_cost_first(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    page = _to_settings(qtbot, window, sim)
    page.aspect_cards.button(AspectRatio.SQUARE).click()
    page.length_buttons[VideoLength.LONG].click()
    qtbot.waitUntil(lambda: page.compare_looks.button.isEnabled(), timeout=30_000)
    posts_before = sum(1 for r in sim.requests if r.method == "POST")
    _click(qtbot, page.compare_looks.button)
    dialog = page.compare_looks.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.gallery.names() == page.look_chooser.style_list.names()  # this format's styles
    assert len(dialog.chosen()) == 1  # the current look starts ticked
    assert not dialog.make_button.isEnabled()
    assert "pick at least two" in dialog.count_label.text()

    others = [n for n in dialog.gallery.names() if n not in dialog.chosen()]
    _tick(qtbot, dialog, others[:2])
    assert dialog.cost_label.text() == "3 previews × 0.5 credit = 1.5 credits"
    assert dialog.make_button.isEnabled() and dialog.make_button.text() == "Make 3 previews (1.5 credits)"
    _tick(qtbot, dialog, others[2:5])
    assert len(dialog.chosen()) == 6
    seventh = dialog.gallery.item(dialog.gallery.names().index(others[5]))
    qtbot.mouseClick(dialog.gallery.viewport(), LEFT, pos=dialog.gallery.visualItemRect(seventh).center())
    assert len(dialog.chosen()) == 6 and not seventh.isSelected()  # refused, and said
    assert "Six looks at most" in dialog.count_label.text()
    assert dialog.cost_label.text() == "6 previews × 0.5 credit = 3 credits"

    _click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert sum(1 for r in sim.requests if r.method == "POST") == posts_before  # nothing sent


def test_a_template_look_says_previews_come_in_visual_styles(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    page = _to_settings(qtbot, window, sim)
    qtbot.mouseClick(page.look_chooser.template_radio, LEFT)
    keys = page.look_chooser.template_grid.item_keys()
    page.look_chooser.template_grid.select(keys[0])
    _click(qtbot, page.compare_looks.button)
    dialog = page.compare_looks.dialog
    assert dialog is not None
    assert dialog.template_note.isVisible()
    assert "Templates have no previews" in dialog.template_note.text()
    assert dialog.chosen() == [] and dialog.gallery.count() > 0
    dialog.reject()

