""""Suggest a script…" on the settings page against the simulator, v2 and v1: the cost said before
anything is sent, the suggestions as cards by style, one picked (the seller's own text replaced
only after asking), edited, and found in the render request (the simulator's request log);
failures said by reason with the script box untouched; waiting can be stopped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from jogg_desktop.api.generation import ApiGeneration
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.models import VideoLength
from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.store import Store
from tests.conftest import run_async
from tests.ui.conftest import fast_client
from tests.ui.render_support import SIM_POLL_SECONDS
from tests.ui.test_wizard_render_flows import TIMEOUT, _click, _to_settings
from ui.pages.settings_page import SettingsPage
from ui.widgets.script_suggestions import ScriptSuggestionsDialog
from ui.wizard import WizardWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(params=["v2", "v1"])
def window(request: Any, qtbot: Any, sim_ctx: Any, sim: SimServer, sim_key: str,
           tmp_path: Path) -> Iterator[WizardWindow]:
    generation = request.param
    sim.ctx.config.script_seconds = 0.5  # a v2 task completes after this (the test never sleeps)
    base = sim.base_url_for(generation)
    sim_ctx.api_base = sim_ctx.real_api_base = base
    sim_ctx.make_api = lambda key: fast_client(key, base)
    store = Store(tmp_path / "jobs.sqlite3")
    sim_ctx.make_jobs = lambda api: JobManager(api, store.jobs, poll_schedule=lambda _e: SIM_POLL_SECONDS)
    run_async(qtbot, sim_ctx.connect(sim_ctx.make_api(sim_key)))
    assert sim_ctx.api.generation is ApiGeneration(generation)
    sim_ctx.settings.set("video/save_dir", str(tmp_path / "videos"))
    win = WizardWindow(sim_ctx)
    qtbot.addWidget(win)
    win.resize(1100, 820)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("link")
    yield win
    sim_ctx.tasks.cancel_all()
    if sim_ctx.jobs is not None:
        run_async(qtbot, sim_ctx.jobs.aclose())
    store.close()


def _suggestions(qtbot: Any, page: SettingsPage) -> ScriptSuggestionsDialog:
    """Open the script picker, then "Suggest a script…"; nothing is sent yet."""
    page.suggester.schedule = lambda _elapsed: SIM_POLL_SECONDS
    _click(qtbot, page.script_row.button)
    qtbot.waitUntil(page.script_dialog.isVisible)
    _click(qtbot, page.suggester.button)
    dialog = page.suggester.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _asks(sim: SimServer) -> list[Any]:
    return [r for r in sim.requests if r.method == "POST" and r.route == "/ai_scripts"]


def _renders(sim: SimServer) -> list[Any]:
    return [r for r in sim.requests if r.method == "POST"
            and r.route in ("/create_video_from_product", "/create_video_from_url")]


def _confirm(qtbot: Any, page: SettingsPage) -> QMessageBox:
    qtbot.waitUntil(lambda: page.suggester.confirm is not None and page.suggester.confirm.isVisible())
    box = page.suggester.confirm
    assert box is not None
    return box


def _press(qtbot: Any, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_suggestion_is_picked_edited_and_sent_with_the_render(
    qtbot: Any, window: WizardWindow, sim: SimServer, sim_key: str
) -> None:
    generation = window.ctx.api.generation
    page = _to_settings(qtbot, window, sim)
    page.length_buttons[VideoLength.MEDIUM].setChecked(True)
    page.script_style.set_style("Discovery")
    dialog = _suggestions(qtbot, page)
    assert dialog.state == "ask" and "0.2 credit" in dialog.ask_button.text()
    assert "0.2 credit" in dialog.cost_label.text()
    summary = dialog.request_label.text()
    assert "30 seconds" in summary and window.ctx.state.product.name in summary
    assert "rewrite the narration" in dialog.rewrite_note.text() and dialog.rewrite_note.isVisible()
    assert _asks(sim) == []  # the cost is said before anything is sent

    page.script_edit.setPlainText("My own opening line.")
    _click(qtbot, dialog.ask_button)
    qtbot.waitUntil(lambda: dialog.state == "suggestions", timeout=TIMEOUT)
    [ask] = _asks(sim)
    styles = [card.suggestion.style for card in dialog.cards]
    if generation is ApiGeneration.V2:
        assert ask.json["script_style"] == "Discovery" and ask.json["video_length_seconds"] == "30"
        assert ask.json["product_info"] == {"source_type": "id", "data": {"id": window.ctx.state.product.id}}
        assert styles[0] == "Discovery" and len(styles) == 3
    else:
        assert ask.json["product_id"] == window.ctx.state.product.id and ask.json["video_length"] == "30"
        assert len(styles) == 4
    assert len(set(styles)) == len(styles)
    assert all(window.ctx.state.product.name.split(",")[0] in card.text.text() for card in dialog.cards)
    assert sim.credits(sim_key) == pytest.approx(99.8)

    chosen = dialog.cards[1]
    _click(qtbot, chosen.use_button)
    _press(qtbot, _confirm(qtbot, page), "Keep my script")
    assert page.script_edit.toPlainText() == "My own opening line."  # nothing the seller typed is lost
    _click(qtbot, chosen.use_button)
    _press(qtbot, _confirm(qtbot, page), "Replace")
    assert page.script_edit.toPlainText() == chosen.suggestion.text
    assert not dialog.isVisible()
    page.script_edit.undo()  # one undoable edit: the seller's text comes back …
    assert page.script_edit.toPlainText() == "My own opening line."
    page.script_edit.redo()  # … and goes again
    page.script_edit.moveCursor(page.script_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.script_edit, " Edited by the seller.")
    page.script_dialog.accept()
    edited = chosen.suggestion.text + " Edited by the seller."
    assert page.settings().script == edited

    _click(qtbot, window.next_button)
    qtbot.waitUntil(lambda: len(_renders(sim)) == 1, timeout=TIMEOUT)
    [render] = _renders(sim)
    assert render.json["override_script"] == edited
    assert len(_asks(sim)) == 1  # asked once, never again by itself


def test_a_failure_is_said_by_reason_and_the_script_box_is_untouched(
    qtbot: Any, window: WizardWindow, sim: SimServer, sim_key: str
) -> None:
    generation = window.ctx.api.generation
    page = _to_settings(qtbot, window, sim)
    page.script_edit.setPlainText("Mine.")
    dialog = _suggestions(qtbot, page)
    if generation is ApiGeneration.V2:  # the task ends failed with err_msg
        sim.inject(Fault(route="POST /ai_scripts", kind="render_fail"))
        wanted = "could not write script suggestions"
    else:  # the answer is lost after JoggAI did the work: maybe charged, never resent
        sim.inject(Fault(route="POST /ai_scripts", kind="http_500", after_handler=True))
        wanted = "could not confirm whether JoggAI wrote"
    _click(qtbot, dialog.ask_button)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=TIMEOUT)
    assert wanted in dialog.banner.text and dialog.state == "ask"
    assert not dialog.banner.action_button.isVisible()  # the way on is the Ask button, with its cost
    assert len(_asks(sim)) == 1 and page.script_edit.toPlainText() == "Mine."

    sim.set_credits(sim_key, 0)
    _click(qtbot, dialog.ask_button)
    qtbot.waitUntil(lambda: "run out of credits" in dialog.banner.text, timeout=TIMEOUT)
    assert dialog.banner.action_button.text() == "Buy credits in JoggAI"
    assert page.script_edit.toPlainText() == "Mine."


def test_waiting_can_be_stopped_and_what_was_paid_for_can_still_be_seen(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    v2 = window.ctx.api.generation is ApiGeneration.V2
    page = _to_settings(qtbot, window, sim)
    if v2:  # answered with a task that JoggAI is still writing
        sim.ctx.config.script_seconds = 3600.0
    else:  # no answer comes while the test runs
        sim.inject(Fault(route="POST /ai_scripts", kind="delay", delay=3600.0))
    dialog = _suggestions(qtbot, page)
    _click(qtbot, dialog.ask_button)

    def polled() -> bool:
        return not v2 or any("/ai_scripts/results/" in r.path for r in sim.requests)

    qtbot.waitUntil(lambda: dialog.state == "waiting" and len(_asks(sim)) == 1 and polled(), timeout=TIMEOUT)
    notes = [label.text() for label in dialog.stack.currentWidget().findChildren(type(dialog.request_label))]
    assert any("does not give back the 0.2 credit" in text for text in notes)
    _click(qtbot, dialog.stop_button)
    qtbot.waitUntil(lambda: dialog.state == "ask", timeout=TIMEOUT)
    assert dialog.banner.text.startswith("Stopped waiting") and dialog.banner.severity == "info"
    assert not page.ctx.tasks.is_running("settings:scripts") and page.script_edit.toPlainText() == ""
    if not v2:  # v1 answers at once or not at all: nothing to look for later
        assert "its 0.2 credit is used" in dialog.banner.text and not dialog.look_button.isVisible()
        return
    assert "goes on writing" in dialog.banner.text and dialog.look_button.isVisible()
    sim.ctx.config.script_seconds = 0.0  # JoggAI has finished meanwhile
    _click(qtbot, dialog.look_button)
    qtbot.waitUntil(lambda: dialog.state == "suggestions", timeout=TIMEOUT)
    assert dialog.cards and len(_asks(sim)) == 1  # seen without paying again


def test_the_cards_stay_for_their_product_and_length_only(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    page = _to_settings(qtbot, window, sim)
    dialog = _suggestions(qtbot, page)
    _click(qtbot, dialog.ask_button)
    qtbot.waitUntil(lambda: dialog.state == "suggestions", timeout=TIMEOUT)
    _click(qtbot, dialog.close_button)
    _click(qtbot, page.suggester.button)  # the same request: the cards are still there, free
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.state == "suggestions" and dialog.cards
    dialog.reject()
    page.length_buttons[VideoLength.LONG].setChecked(True)
    _click(qtbot, page.suggester.button)  # written for 15 seconds: ask again, the cost said first
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.state == "ask" and "60 seconds" in dialog.request_label.text()
    assert len(_asks(sim)) == 1
