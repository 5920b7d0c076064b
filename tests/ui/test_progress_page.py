"""The progress and result page against the simulator: real client, real job service, real files.

Render requests are never resent by the page on its own (docs/joggai-api.md §13 #18): every test that
fails a render counts the POSTs the simulator received.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QLabel

from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import AspectRatio, VideoSettings
from jogg_desktop.sim import Fault, SimServer
from tests.conftest import run_async
from tests.ui.conftest import accessible_problems
from tests.ui.render_support import connected, demo_product, render_posts  # noqa: F401
from ui.pages.progress_page import ProgressPage

RENDER = "POST /create_video_from_url"
TIMEOUT = 90_000


class UrlCatcher(QObject):
    """Receives the URLs the app asks the desktop to open (browser, file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    for scheme in ("https", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for scheme in ("https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def page(qtbot: Any, connected: Any, sim: SimServer) -> ProgressPage:  # noqa: F811
    demo_product(qtbot, connected, sim)
    avatars = run_async(qtbot, connected.api.list_avatars(AspectRatio.PORTRAIT))
    connected.state.settings = VideoSettings(avatar_id=avatars[0].id)
    page = ProgressPage(connected)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def _typical_duration_said(page: ProgressPage) -> int:
    """How often the page (its visible labels, title and subtitle) tells how long videos take."""
    texts = [page.title(), page.subtitle()]
    texts += [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    return sum("1 to 10 minutes" in text for text in texts)


def _stage(page: ProgressPage) -> JobStage | None:
    job = page.job()
    return job.stage if job is not None else None


def test_renders_plays_and_saves(qtbot: Any, page: ProgressPage, sim: SimServer,
                                 opened: UrlCatcher, tmp_path: Path) -> None:
    statuses: list[str] = []
    page.on_enter()
    assert page.status_label.text() == "Sending your video request to JoggAI…"
    assert "usually take 1 to 10 minutes" in page.elapsed_label.text()
    assert _typical_duration_said(page) == 1
    assert page.note_label.isVisible() and "close this window" in page.note_label.text()

    def seen() -> bool:
        statuses.append(page.status_label.text())
        return _stage(page) is JobStage.DONE

    qtbot.waitUntil(seen, timeout=TIMEOUT)
    assert render_posts(sim) == 1
    assert any(s in statuses for s in ("Waiting in JoggAI's queue…", "Creating your video…"))
    assert page.stack.currentWidget() is page.result_view
    assert page.title() == "Your video"
    assert _typical_duration_said(page) == 0  # the result is there: no more waiting talk
    job = page.job()
    assert job is not None and job.video_path is not None and job.video_path.exists()
    assert page.ctx.state.job_id == job.id

    # Before Play the player shows the video's first frame, not a black box (#13.9).
    qtbot.waitUntil(lambda: page.player.video.videoSink().videoFrame().isValid(), timeout=20_000)
    assert not page.player.is_playing()
    # The inline player plays the downloaded file.
    qtbot.mouseClick(page.player.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.player.player.position() > 0, timeout=20_000)
    page.player.pause()

    # Save video… : a non-blocking dialog, then a copy with progress.
    target = tmp_path / "my video.mp4"
    page.ask_save()
    dialog = page.save_dialog
    assert dialog is not None and dialog.isVisible()  # open(), not exec(): the loop keeps running
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists() and page.save_button.isEnabled(), timeout=20_000)
    assert target.read_bytes() == job.video_path.read_bytes()
    assert "my video.mp4" in page.file_label.full_text()
    assert str(target.parent) == page.ctx.settings.get("video/last_save_folder")

    page.show_in_folder()
    assert opened.urls[-1] == QUrl.fromLocalFile(str(tmp_path))
    page.copy_link()
    assert QGuiApplication.clipboard().text() == job.status.video_url
    assert accessible_problems(page) == []

    # Make another video: back to the link page, settings kept, no new render.
    settings = page.ctx.state.settings
    again: list[None] = []
    page.start_over_requested.connect(lambda: again.append(None))
    qtbot.mouseClick(page.another_result_button, Qt.MouseButton.LeftButton)
    assert again and page.ctx.state.product is None and page.ctx.state.job_id is None
    assert page.ctx.state.settings == settings
    qtbot.waitUntil(lambda: page.player.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState)
    assert render_posts(sim) == 1


def test_no_credits_offers_buying_credits(qtbot: Any, page: ProgressPage, sim: SimServer,
                                          opened: UrlCatcher) -> None:
    sim.inject(Fault(route=RENDER, kind="envelope", code=18020, times=1))
    page.on_enter()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=TIMEOUT)
    assert "run out of credits" in page.banner.text
    assert page.banner.action_button.text() == "Buy credits in JoggAI"
    # The heading says what happened, the message why: said once (#13.18).
    assert page.title() == "Your video was not made" and not page.status_label.isVisible()
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert opened.urls == [QUrl("https://app.jogg.ai")]
    assert render_posts(sim) == 1
    assert page.can_go_back() and page.change_button.isVisible()


def test_ambiguous_render_says_check_first_and_never_retries(
    qtbot: Any, page: ProgressPage, sim: SimServer, opened: UrlCatcher
) -> None:
    # Processed (and charged) by the server, but the answer is lost on the way back.
    sim.inject(Fault(route=RENDER, kind="reset", times=1, after_handler=True))
    page.on_enter()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=TIMEOUT)
    assert "Check your videos in JoggAI before trying again" in page.banner.text
    assert page.banner.action_button.text() == "Check my videos in JoggAI"
    assert page.title() == "Did JoggAI start your video?"
    assert page.job() is None
    stored = page.ctx.jobs.jobs()
    assert [j.stage for j in stored] == [JobStage.UNCONFIRMED]
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert opened.urls == [QUrl("https://app.jogg.ai")]
    run_async(qtbot, page.ctx.jobs.wait(stored[0].id))
    assert render_posts(sim) == 1  # never resent


def test_failed_render_offers_try_again_with_its_cost(
    qtbot: Any, page: ProgressPage, sim: SimServer
) -> None:
    sim.inject(Fault(route=RENDER, kind="render_fail", times=1))
    page.on_enter()
    qtbot.waitUntil(lambda: _stage(page) is JobStage.FAILED, timeout=TIMEOUT)
    assert page.title() == "Your video was not made" and not page.status_label.isVisible()
    assert "Trying again uses 1 credit." in page.banner.text
    assert page.banner.action_button.text() == "Try again"
    first = page.job()
    assert first is not None
    run_async(qtbot, page.ctx.jobs.wait(first.id))
    assert render_posts(sim) == 1  # nothing sent again by itself

    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)  # the user's explicit choice
    qtbot.waitUntil(lambda: _stage(page) is JobStage.DONE, timeout=TIMEOUT)
    assert render_posts(sim) == 2
    assert page.job() is not None and page.job().id != first.id


def test_download_progress_is_shown_in_percent(qtbot: Any, page: ProgressPage, sim: SimServer) -> None:
    sim.set_media_rate(200_000)  # bytes per second: slow enough to watch the download
    page.on_enter()
    seen: set[str] = set()
    wrong: list[str] = []  # an assert inside the waitUntil callback would never fail the test

    def done() -> bool:
        if _stage(page) is JobStage.DONE:
            return True
        text = page.status_label.text()
        if text.startswith("Downloading your video…"):
            seen.add(text)
            if page.progress_bar.maximum() not in (0, 100) or not page.note_label.isVisible():
                wrong.append(text)
        return False

    qtbot.waitUntil(done, timeout=TIMEOUT)
    assert wrong == []
    percents = [int(t.rsplit(" ", 1)[1].rstrip("%")) for t in seen if t.endswith("%")]
    assert any(0 <= p < 100 for p in percents), seen


def test_without_a_product_nothing_is_sent(qtbot: Any, connected: Any, sim: SimServer) -> None:  # noqa: F811
    page = ProgressPage(connected)
    qtbot.addWidget(page)
    page.on_enter()
    assert page.title() == "Your video was not made"
    assert "no product" in page.banner.text
    assert page.can_go_back() and page.change_button.isVisibleTo(page)
    assert render_posts(sim) == 0


def test_a_failed_download_is_fetched_again_without_a_new_render(
    qtbot: Any, page: ProgressPage, sim: SimServer
) -> None:
    sim.inject(Fault(route="GET /media/renders/*", kind="http_500", times=1000))
    page.on_enter()
    qtbot.waitUntil(lambda: _stage(page) is JobStage.FAILED, timeout=TIMEOUT)
    assert page.status_label.text() == "JoggAI made your video; only getting it to this computer failed."
    assert page.banner.action_button.text() == "Try again"
    assert "credit" not in page.banner.text  # fetching it again costs nothing
    sim.clear_faults()
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stage(page) is JobStage.DONE, timeout=TIMEOUT)
    job = page.job()
    assert job is not None and job.video_path is not None and job.video_path.exists()
    assert render_posts(sim) == 1


def test_save_downloads_again_when_the_file_is_gone(
    qtbot: Any, page: ProgressPage, sim: SimServer, tmp_path: Path
) -> None:
    page.on_enter()
    qtbot.waitUntil(lambda: _stage(page) is JobStage.DONE, timeout=TIMEOUT)
    job = page.job()
    assert job is not None and job.video_path is not None
    size = job.video_path.stat().st_size
    # The player has shown the first frame (it opens the file for that) before the file goes.
    qtbot.waitUntil(lambda: page.player.video.videoSink().videoFrame().isValid(), timeout=TIMEOUT)
    job.video_path.unlink()
    target = tmp_path / "copy.mp4"
    page.save_to(str(target))
    assert page.save_progress.isVisible()
    qtbot.waitUntil(lambda: target.exists() and page.save_button.isEnabled(), timeout=TIMEOUT)
    assert target.stat().st_size == size
    assert render_posts(sim) == 1
