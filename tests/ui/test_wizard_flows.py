"""Whole-wizard runs against the simulator, driven like a user: keyboard only, from the key to a
saved, playing video; and the demo mode with the simulator as a real child process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication

from jogg_desktop.jobs.types import JobStage
from tests.conftest import run_async
from tests.ui.media_files import media_test
from ui.wizard import WizardWindow


def _focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _tab_to(qtbot: Any, target: Any, limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus (fails if it is unreachable by keyboard)."""
    for _ in range(limit):
        if target.hasFocus():
            return
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName() or target} cannot be reached with Tab")


@pytest.fixture
def jobs_ctx(sim_ctx: Any, tmp_path: Path) -> Any:
    from jogg_desktop.jobs.manager import JobManager
    from jogg_desktop.store import Store

    store = Store(tmp_path / "jobs.sqlite3")
    sim_ctx.make_jobs = lambda api: JobManager(api, store.jobs)
    sim_ctx.settings.set("video/save_dir", str(tmp_path / "videos"))
    yield sim_ctx
    store.close()


@media_test
def test_keyboard_only_run_to_a_saved_playing_video(
    qtbot: Any, jobs_ctx: Any, sim: Any, sim_key: str, tmp_path: Path
) -> None:
    window = WizardWindow(jobs_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # 1. The key: typed, Enter checks and saves it and goes on (no extra Continue).
    assert _focused() is window.key_page.key_edit
    qtbot.keyClicks(_focused(), sim_key)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_name() == "link", timeout=10_000)

    # 2. The link: typed, Enter analyzes.
    assert _focused() is window.link_page.url_edit
    _focused().selectAll()
    qtbot.keyClicks(_focused(), sim.demo_product_urls()[0])
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_name() == "product", timeout=20_000)

    # 3. The product: one media description typed, then on.
    product_page = window.pages["product"]
    _tab_to(qtbot, product_page.media_description)
    qtbot.keyClicks(_focused(), "Front view")
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_name() == "settings", timeout=10_000)
    assert len(sim.requests_to("PUT", "/product")) == 1

    # 4. Settings as they come (defaults), once the catalogs are loaded.
    settings_page = window.pages["settings"]
    qtbot.waitUntil(settings_page.can_go_next, timeout=20_000)
    window.next_button.setFocus()
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_name() == "progress", timeout=10_000)

    # 5. The render runs, the video is downloaded into the chosen folder, and plays.
    progress = window.pages["progress"]
    qtbot.waitUntil(lambda: progress.job() is not None and progress.job().stage is JobStage.DONE,
                    timeout=120_000)
    job = progress.job()
    assert job.video_path is not None and job.video_path.is_file()
    assert job.video_path.parent == tmp_path / "videos"
    assert len(sim.requests_to("POST", "/create_video_from_url")) == 1
    _tab_to(qtbot, progress.player.play_button)
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: progress.player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
        timeout=10_000,
    )
    _press(qtbot, Qt.Key.Key_Space)

    # 6. "Make another video" by keyboard: back to an empty link, the settings kept.
    settings = jobs_ctx.state.settings
    _tab_to(qtbot, progress.another_result_button)
    _press(qtbot, Qt.Key.Key_Space)
    assert window.current_name() == "link"
    assert jobs_ctx.state.settings == settings


def test_demo_mode_runs_the_simulator_as_a_child_process(
    qtbot: Any, ctx: Any, sim: Any, sim_key: str, memory_keys: Any
) -> None:
    from ui.app import AppShell

    ctx.real_api_base = sim.base_url  # "JoggAI" for a real key in this test: the in-test simulator
    ctx.keys = memory_keys
    ctx.make_api = lambda key: __import__("tests.ui.conftest", fromlist=["x"]).fast_client(key, ctx.api_base)
    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    shell = AppShell(ctx, window, demo=True)
    window.show()
    qtbot.mouseClick(window.key_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_name() == "link", timeout=30_000)
    assert ctx.demo and "DEMO" in window.windowTitle() and window.demo_badge.isVisible()
    sim_process = shell.demo_sim
    assert sim_process is not None and sim_process.running
    assert ctx.api_base.startswith("http://127.0.0.1:")
    assert ctx.api.generation.value == "v2"  # the demo runs on JoggAI's current API (#12)
    # The demo shop's products are offered as clickable examples.
    assert ctx.demo_product_urls
    buttons = window.link_page._example_buttons
    assert [b.property("url") for b in buttons] == ctx.demo_product_urls
    # ...by name, not as a web address.
    assert buttons[0].text() == "Aurora Insulated Bottle"
    assert not any("/" in b.text() or "http" in b.text() for b in buttons)
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_name() == "product", timeout=30_000)
    assert ctx.state.product is not None and ctx.state.product.name
    # Leaving the demo: a real key is checked against the real service, not the demo child.
    window.change_key_action.trigger()
    qtbot.keyClicks(window.key_page.key_edit, sim_key)
    qtbot.mouseClick(window.key_page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.next_button.isEnabled(), timeout=10_000)  # the key is in use
    assert not ctx.demo and ctx.api_base == sim.base_url
    assert not window.demo_badge.isVisible() and "DEMO" not in window.windowTitle()
    assert window.forget_action.isEnabled()
    assert sim.requests  # the check reached the real service
    # Quit stops the child.
    window.close()
    qtbot.waitUntil(shell.finished.done, timeout=15_000)
    assert not sim_process.running
    run_async(qtbot, shell.finished)


def test_the_demo_simulator_ends_when_the_app_is_gone(qtbot: Any, qloop: Any) -> None:
    """kill -9 of the app closes the child's stdin: the child stops itself (no orphan server)."""
    from ui.demo import DemoSimulator

    demo = DemoSimulator()
    base = run_async(qtbot, demo.start())
    assert base.startswith("http://127.0.0.1:") and demo.running
    assert demo.product_urls and all("/shop/" in u for u in demo.product_urls)
    process = demo._process
    assert process is not None
    process.closeWriteChannel()  # what the kernel does when the app dies
    qtbot.waitUntil(lambda: not demo.running, timeout=15_000)
    run_async(qtbot, demo.stop())


def test_a_demo_that_cannot_start_is_said_plainly_with_try_again(qtbot: Any, ctx: Any) -> None:
    from ui.app import AppShell
    from ui.demo import DemoSimulator

    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    shell = AppShell(ctx, window, demo=False)
    shell.demo_sim = DemoSimulator(shell, extra_args=("--no-such-option",))  # the child exits at once
    window.show()
    qtbot.mouseClick(window.key_page.demo_button, Qt.MouseButton.LeftButton)
    page = window.key_page
    qtbot.waitUntil(lambda: (page.banner.isVisible() and "could not" in page.banner.text)
                    or "stopped unexpectedly" in page.banner.text, timeout=20_000)
    assert window.current_name() == "key" and not ctx.demo
    assert page.banner.action_button.text() == "Try again"
    assert "Traceback" not in page.banner.text
