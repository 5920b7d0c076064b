"""The app shell: options, base URL resolution, GUI-thread GC, explicit shutdown."""

from __future__ import annotations

import argparse
import asyncio
import gc
from typing import Any

import pytest

from tests.conftest import run_async
from ui.app import AppShell, GuiThreadGc, apply_app_icon, build_context, parse_args
from ui.wizard import WizardWindow


def test_options() -> None:
    args = parse_args(["--demo", "--api-base", "http://127.0.0.1:9/v1"])
    assert args.demo and args.api_base == "http://127.0.0.1:9/v1"
    assert not parse_args([]).demo


def test_api_base_from_option_then_environment(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_BASE", "http://env.example/v1")
    ctx = build_context(argparse.Namespace(api_base=None, demo=False), keys=object())
    assert ctx.api_base == "http://env.example/v1"
    ctx = build_context(argparse.Namespace(api_base="http://opt.example/v1", demo=False), keys=object())
    assert ctx.api_base == "http://opt.example/v1"
    client = ctx.make_api("k-123456")  # type: ignore[misc]
    assert client.base_url == "http://opt.example/v1"  # type: ignore[attr-defined]
    assert "k-123456" not in repr(client)


def test_gc_runs_on_the_gui_thread_only(qapp: Any) -> None:
    guard = GuiThreadGc(interval_ms=10)
    guard.start()
    try:
        assert not gc.isenabled()
        guard._collect()
    finally:
        guard.stop()
    assert gc.isenabled()


def test_quit_cancels_work_closes_the_client_and_the_window(qtbot: Any, qloop: Any, ctx: Any) -> None:
    closed: list[str] = []

    class Api:  # a stand-in that only records aclose: no network in this test
        async def aclose(self) -> None:
            closed.append("api")

    ctx.api = Api()
    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    shell = AppShell(ctx, window, demo=False)
    window.show()
    started = asyncio.Event()

    async def forever() -> None:
        started.set()
        await asyncio.Event().wait()

    task = ctx.tasks.run(forever(), key="long")
    qtbot.waitUntil(started.is_set)
    window.close()  # the window's close button / Quit
    assert window.isVisible()  # not yet: the app shuts down first
    qtbot.waitUntil(shell.finished.done)
    assert task.cancelled()
    assert closed == ["api"]
    assert not window.isVisible()
    assert run_async(qtbot, shell.finished) == 0


def test_a_stored_key_skips_the_key_page(qtbot: Any, sim_ctx: Any, sim_key: str) -> None:
    from jogg_desktop.secrets import SERVICE, USERNAME

    sim_ctx.keys.test_backend.secrets[(SERVICE, USERNAME)] = sim_key
    window = WizardWindow(sim_ctx)
    qtbot.addWidget(window)
    shell = AppShell(sim_ctx, window, demo=False)
    window.show()
    assert window.current_name() == "key"  # until the password store answered
    shell.start()
    qtbot.waitUntil(lambda: window.current_name() == "link", timeout=10_000)
    assert sim_ctx.api is not None
    run_async(qtbot, sim_ctx.require_api().check_key())


def test_errors_without_a_handler_reach_the_visible_page(qtbot: Any, ctx: Any) -> None:
    from jogg_desktop.errors import NoCreditsError

    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("link")

    async def fail() -> None:
        raise NoCreditsError()

    ctx.tasks.run(fail())
    qtbot.waitUntil(window.link_page.banner.isVisible)
    assert window.link_page.banner.action_button.text() == "Buy credits in JoggAI"


def test_copy_diagnostics_has_no_key(qtbot: Any, sim_ctx: Any, sim_key: str) -> None:
    from PySide6.QtGui import QGuiApplication

    from ui.app import attach_diagnostics

    window = WizardWindow(sim_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.key_page.key_edit, sim_key)
    window.key_page.check_key()
    qtbot.waitUntil(lambda: sim_ctx.api is not None, timeout=10_000)
    attach_diagnostics(sim_ctx, lambda: None)
    window.diagnostics_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert "Jogg Desktop" in text and "API base: " + sim_ctx.api_base in text
    assert "Saved in your system's password store" in text
    assert sim_key not in text


def test_an_unexpected_error_opens_the_crash_dialog(
    qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.app import install_crash_dialog
    from ui.crash import CrashDialog

    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(sys, "stderr", type("Null", (), {"write": lambda *_: 0})())
    install_crash_dialog(window)

    async def bug() -> None:
        raise ZeroDivisionError("a bug")

    ctx.tasks.run(bug())
    qtbot.waitUntil(lambda: any(isinstance(w, CrashDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog))
    assert "ZeroDivisionError" in dialog.details.toPlainText()
    dialog.close()


@pytest.mark.parametrize(
    ("language", "ours", "qt_yes"), [("de", "Beenden", "&Ja"), ("zh_CN", "退出", "是(&Y)")])
def test_the_app_and_qt_dialogs_speak_the_same_language(
    qapp: Any, tmp_path: Any, language: str, ours: str, qt_yes: str
) -> None:
    """Our strings and Qt's own (dialog buttons) in the chosen language, never a mix."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from scripts.i18n import compile_all
    from ui.i18n import install_translations

    [qm] = compile_all(tmp_path, (language,))
    before = {id(t) for t in qapp.findChildren(QTranslator)}
    default = QLocale()
    try:
        assert install_translations(qapp, language, qm.parent) == language
        assert QCoreApplication.translate("Notifier", "Quit") == ours
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == qt_yes
        assert QLocale().name() == QLocale(language).name()
    finally:
        for translator in [t for t in qapp.findChildren(QTranslator) if id(t) not in before]:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(default)
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"


def test_a_language_without_translation_stays_english_qt_dialogs_too(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from ui.i18n import install_translations

    before = {id(t) for t in qapp.findChildren(QTranslator)}
    default = QLocale()
    try:
        assert install_translations(qapp, "it") == "en"  # Italian: no translation of ours
        assert QLocale().language() == QLocale.Language.English
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"  # Qt's: English too
        assert QCoreApplication.translate("", "%n credit(s)", None, 1) == "1 credit"
    finally:
        for translator in [t for t in qapp.findChildren(QTranslator) if id(t) not in before]:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(default)


def test_the_app_icon_is_set_and_renders(qapp: Any) -> None:
    from PySide6.QtGui import QIcon

    before = qapp.windowIcon()
    try:
        qapp.setWindowIcon(QIcon())
        apply_app_icon(qapp)
        pixmap = qapp.windowIcon().pixmap(64, 64)
        assert not pixmap.isNull() and pixmap.width() == 64
        image = pixmap.toImage()
        assert image.pixelColor(32, 32).alpha() > 0  # drawn, not an empty square
    finally:
        qapp.setWindowIcon(before)


def test_jobs_left_by_the_last_session_are_picked_up_and_shown(
    qtbot: Any, sim_ctx: Any, sim: Any, sim_key: str, tmp_path: Any
) -> None:
    from jogg_desktop.jobs.manager import JobManager
    from jogg_desktop.jobs.types import JobStage
    from jogg_desktop.models import AspectRatio, Product, VideoLength, VideoSettings
    from jogg_desktop.secrets import SERVICE, USERNAME
    from jogg_desktop.store import Store
    from tests.sim.helpers import RENDER_BODY, api, manual_product

    # The last session: one render running on JoggAI's side, one request that never got an answer.
    with api(sim.base_url, sim_key) as client:
        product_id = manual_product(client, sim.origin + "/media/shop/willow-ceramic-mug/1.jpg")
        reply = client.post("/create_video_from_url", json={**RENDER_BODY, "product_id": product_id})
        project_id = reply.json()["data"]["project_id"]
    store = Store(tmp_path / "jobs.sqlite3")
    settings = VideoSettings(aspect=AspectRatio.PORTRAIT, length=VideoLength.SHORT, name="Mug video")
    product = Product(id=product_id, name="Test mug")
    rendering = store.jobs.create(product, settings, tmp_path / "videos")
    store.jobs.update(rendering.id, stage=JobStage.RENDERING, project_id=project_id)
    unsure = store.jobs.create(product, settings, tmp_path / "videos")
    store.jobs.update(unsure.id, stage=JobStage.REQUESTING)

    sim_ctx.make_jobs = lambda client: JobManager(client, store.jobs, poll_schedule=lambda _e: 0.2)
    sim_ctx.keys.test_backend.secrets[(SERVICE, USERNAME)] = sim_key
    window = WizardWindow(sim_ctx)
    qtbot.addWidget(window)
    shell = AppShell(sim_ctx, window, demo=False)
    window.show()
    shell.start()

    page = window.pages["link"]
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=15_000)
    assert "Picking up 1 video from last time" in page.banner.text  # English plural forms
    assert "could not be confirmed" in page.banner.text
    from PySide6.QtWidgets import QApplication

    from ui.history import HistoryWindow

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryWindow) and w.isVisible()]
    assert len(shown) == 1  # opened by itself: the user sees the jobs being picked up
    history = shown[0]
    qtbot.waitUntil(lambda: store.jobs.get(rendering.id).stage is JobStage.DONE, timeout=30_000)
    assert store.jobs.get(unsure.id).stage is JobStage.UNCONFIRMED
    renders = [r for r in sim.requests if r.method == "POST" and r.path.endswith("/create_video_from_url")]
    assert len(renders) == 1  # the unconfirmed one was never resent
    history.close()
    store.close()


def test_demo_videos_stay_out_of_the_real_history(ctx: Any) -> None:
    from jogg_desktop.jobs.types import JobStage
    from tests.store.samples import PRODUCT, SETTINGS
    from ui.app import attach_jobs

    store = attach_jobs(ctx)
    real = store.jobs.create(PRODUCT, SETTINGS, None)
    store.jobs.update(real.id, stage=JobStage.DONE)
    no_api: Any = object()  # building a job service calls nothing on the client
    try:
        ctx.demo = True
        assert ctx.make_jobs(no_api).jobs() == []
        ctx.demo = False
        assert [job.id for job in ctx.make_jobs(no_api).jobs()] == [real.id]
    finally:
        store.close()
