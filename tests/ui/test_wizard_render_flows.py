"""The whole wizard against the simulator, from a product link to a played and saved video.

Visual-style mode and template mode each end in a video that plays inline and a saved file;
"no credits" and a failed render end in plain messages with the right action, and no render
request is ever sent twice without the user asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import AspectRatio, Ownership, TemplateLook, VideoLength, VisualStyleLook
from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.store import codec
from tests.ui.render_support import connected, render_posts  # noqa: F401
from ui.pages.progress_page import ProgressPage
from ui.pages.settings_page import LAST_SETTINGS, SettingsPage
from ui.wizard import WizardWindow

RENDER = "POST /create_video_from_url"
LEFT = Qt.MouseButton.LeftButton
TIMEOUT = 90_000


@pytest.fixture
def window(qtbot: Any, connected: Any) -> WizardWindow:  # noqa: F811
    win = WizardWindow(connected)
    qtbot.addWidget(win)
    win.resize(1100, 820)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("link")
    return win


def _click(qtbot: Any, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def _to_settings(qtbot: Any, win: WizardWindow, server: SimServer) -> SettingsPage:
    link = win.link_page
    link.url_edit.setText(server.demo_product_urls()[0])
    _click(qtbot, link.analyze_button)
    qtbot.waitUntil(lambda: win.current_name() == "product", timeout=TIMEOUT)
    _click(qtbot, win.next_button)  # nothing edited: straight on, no PUT
    qtbot.waitUntil(lambda: win.current_name() == "settings", timeout=TIMEOUT)
    page = win.pages["settings"]
    assert isinstance(page, SettingsPage)

    def loaded() -> bool:
        return (
            page.avatar_grid.avatar() is not None
            and page.look_chooser.style_list.count() > 0
            and len(page.voice_list.list.item_keys()) > 1
            and len(page.music_list.item_keys()) > 1
            and not page.catalogs_loading()
        )

    qtbot.waitUntil(loaded, timeout=TIMEOUT)
    assert win.next_button.isEnabled() and win.next_button.text() == "Make video (1 credit)"
    return page


def _progress(win: WizardWindow) -> ProgressPage:
    page = win.pages["progress"]
    assert isinstance(page, ProgressPage)
    return page


def _finish_and_save(qtbot: Any, win: WizardWindow, tmp_path: Path, name: str) -> Path:
    progress = _progress(win)
    qtbot.waitUntil(lambda: progress.job() is not None and progress.job().stage is JobStage.DONE,
                    timeout=TIMEOUT)
    assert progress.stack.currentWidget() is progress.result_view
    _click(qtbot, progress.player.play_button)
    qtbot.waitUntil(lambda: progress.player.player.position() > 0, timeout=20_000)
    progress.player.pause()
    target = tmp_path / name
    _click(qtbot, progress.save_button)
    dialog = progress.save_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists() and progress.save_button.isEnabled(), timeout=20_000)
    job = progress.job()
    assert job is not None and job.video_path is not None
    assert target.read_bytes() == job.video_path.read_bytes() and target.stat().st_size > 1000
    return target


def _last_render_body(server: SimServer) -> dict[str, Any]:
    posts = [r for r in server.requests if r.method == "POST" and r.path.endswith("/create_video_from_url")]
    body = posts[-1].json
    assert isinstance(body, dict)
    return body


def test_visual_style_mode_to_a_played_and_saved_video(
    qtbot: Any, window: WizardWindow, sim: SimServer, tmp_path: Path
) -> None:
    page = _to_settings(qtbot, window, sim)
    page.aspect_cards.button(AspectRatio.LANDSCAPE).click()
    shown = page.avatar_grid.visible_avatars()
    assert shown and all(a.aspect in (AspectRatio.LANDSCAPE, None) for a in shown)
    page.avatar_grid.grid.select((shown[-1].ownership, shown[-1].id))
    page.look_chooser.style_list.setCurrentRow(page.look_chooser.style_list.count() - 1)
    style = page.look_chooser.look()
    assert isinstance(style, VisualStyleLook)
    voice_key = page.voice_list.list.item_keys()[1]
    page.voice_list.list.select(voice_key)
    play = page.voice_list.list.play_button(voice_key)
    assert play is not None
    qtbot.mouseClick(play, LEFT)  # ▶ sample over HTTP from the simulator
    qtbot.waitUntil(lambda: page.audio.is_playing(), timeout=20_000)
    page.music_list.select(page.music_list.item_keys()[1])
    page.name_edit.setText("Landscape promo")

    _click(qtbot, window.next_button)
    assert window.current_name() == "progress"
    assert not page.audio.is_playing()  # leaving the page stops the sample
    _finish_and_save(qtbot, window, tmp_path, "landscape.mp4")

    body = _last_render_body(sim)
    assert body["visual_style"] == style.name
    assert body["avatar_id"] == shown[-1].id
    assert body["voice_id"] == voice_key
    assert body["video_name"] == "Landscape promo"
    assert render_posts(sim) == 1
    frame = _progress(window).player.video.videoSink().videoSize()
    assert frame.width() > frame.height()  # a landscape video came back
    remembered = codec.settings_from_json(codec.loads(window.ctx.settings.get(LAST_SETTINGS)))
    assert remembered.aspect is AspectRatio.LANDSCAPE and remembered.look == style


def test_template_mode_to_a_played_and_saved_video(
    qtbot: Any, window: WizardWindow, sim: SimServer, tmp_path: Path
) -> None:
    page = _to_settings(qtbot, window, sim)
    page.length_buttons[VideoLength.MEDIUM].click()
    _click_radio = page.look_chooser.template_radio
    qtbot.mouseClick(_click_radio, LEFT)
    assert not window.next_button.isEnabled()  # a template must be picked first
    keys = page.look_chooser.template_grid.item_keys()
    custom = [k for k in keys if k[0] is Ownership.CUSTOM]
    chosen = custom[0] if custom else keys[0]
    page.look_chooser.template_grid.select(chosen)
    assert page.look_chooser.look() == TemplateLook(chosen[1], chosen[0])
    assert window.next_button.isEnabled()

    _click(qtbot, window.next_button)
    _finish_and_save(qtbot, window, tmp_path, "template.mp4")
    body = _last_render_body(sim)
    assert body["template_id"] == chosen[1]
    assert body["template_type"] == chosen[0].value
    assert str(body["video_length"]) == "30"

    # "Make another video" keeps the settings.
    _click(qtbot, _progress(window).another_result_button)
    assert window.current_name() == "link"
    assert window.ctx.state.settings.look == TemplateLook(chosen[1], chosen[0])
    assert render_posts(sim) == 1


def test_no_credits_shows_buy_credits_and_sends_once(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    _to_settings(qtbot, window, sim)
    sim.inject(Fault(route=RENDER, kind="envelope", code=18020, times=1))
    _click(qtbot, window.next_button)
    progress = _progress(window)
    qtbot.waitUntil(lambda: progress.banner.isVisible(), timeout=TIMEOUT)
    assert "run out of credits" in progress.banner.text
    assert progress.banner.action_button.text() == "Buy credits in JoggAI"
    assert render_posts(sim) == 1
    _click(qtbot, progress.change_button)
    assert window.current_name() == "settings"


def test_failed_render_then_explicit_try_again(
    qtbot: Any, window: WizardWindow, sim: SimServer, tmp_path: Path
) -> None:
    _to_settings(qtbot, window, sim)
    sim.inject(Fault(route=RENDER, kind="render_fail", times=1))
    _click(qtbot, window.next_button)
    progress = _progress(window)
    qtbot.waitUntil(lambda: progress.job() is not None and progress.job().stage is JobStage.FAILED,
                    timeout=TIMEOUT)
    assert "Trying again uses 1 credit." in progress.banner.text
    assert render_posts(sim) == 1
    _click(qtbot, progress.banner.action_button)
    _finish_and_save(qtbot, window, tmp_path, "second-try.mp4")
    assert render_posts(sim) == 2
