"""The app: QApplication + qasync loop + AppContext + the wizard window, and an explicit shutdown.

    python main.py [--demo] [--api-base URL]

``--demo`` starts the JoggAI simulator as a child process and runs against it (DEMO in the
title and a badge). ``--api-base`` (or ``JOGG_API_BASE``) points the client elsewhere.
Heavy modules (httpx via the client, qasync) are imported after the QApplication exists and
nothing touches the network before the window shows.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    import asyncio

    from jogg_desktop.api.protocol import JoggApi
    from jogg_desktop.jobs.types import Job, JobService
    from ui.context import AppContext
    from ui.demo import DemoSimulator
    from ui.settings_store import SettingsStore
    from ui.wizard import WizardWindow

APP_NAME = "Jogg Desktop"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jogg-desktop", description="Turn a product page into a video.")
    parser.add_argument("--demo", action="store_true", help="run against the built-in simulator")
    parser.add_argument("--api-base", default=None, help="JoggAI API base URL (also JOGG_API_BASE)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


class GuiThreadGc(QObject):
    """Automatic GC off; collect from a timer on the GUI thread instead.

    Python threads run in the app (keyring worker, thumbnail decoding); cyclic GC triggered on one
    of them could free Qt objects off the GUI thread, which segfaults.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()

    def _collect(self) -> None:
        self._ticks += 1
        generation = 2 if self._ticks % 60 == 0 else 1 if self._ticks % 10 == 0 else 0
        gc.collect(generation)


class AppShell(QObject):
    """Owns the services and the window; starts up after the window shows, shuts down in order."""

    def __init__(self, ctx: AppContext, window: WizardWindow, *, demo: bool) -> None:
        import asyncio

        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.want_demo = demo
        self.demo_sim: DemoSimulator | None = None
        self.store: Any = None
        self.finished: asyncio.Future[int] = asyncio.get_event_loop().create_future()
        self._shutdown_task: asyncio.Task[None] | None = None
        window.explicit_shutdown = True
        window.quit_requested.connect(self.request_quit)
        window.demo_requested.connect(self.start_demo)

    # -- start-up -------------------------------------------------------------------------
    def start(self) -> None:
        """After the window shows: open the job store, find the key (or start the demo)."""
        if self.ctx.keys is None and self.ctx.make_api is not None:
            from jogg_desktop.secrets import KeyStore

            self.ctx.keys = KeyStore()
        if self.ctx.make_jobs is None and self.store is None:
            from jogg_desktop.errors import StoreError

            try:
                self.store = attach_jobs(self.ctx)
            except StoreError as error:  # the list of videos cannot be used: say where and why
                self.window.current_page().show_error(error)
        if self.want_demo:
            self.start_demo()
        else:
            self.ctx.tasks.run(self._load_key(), key="startup")

    async def _load_key(self) -> None:
        if self.ctx.keys is None:
            return
        key = await self.ctx.keys.load()
        if not key or self.ctx.api is not None:
            return
        from jogg_desktop import logs

        logs.register_secret(key)
        assert self.ctx.make_api is not None
        await self.ctx.connect(self.ctx.make_api(key))
        if self.window.current_name() == "key":
            self.window.show_page("link")
        await self._resume_jobs()

    async def _resume_jobs(self) -> None:
        if self.ctx.jobs is not None:
            self.announce_resumed(await self.ctx.jobs.resume_unfinished())
        if self.ctx.previews is not None:
            from ui.previews.resume import show_resumed

            show_resumed(self.ctx, self.window, await self.ctx.previews.resume_unfinished())
        self._resume_batches()

    def _resume_batches(self) -> None:
        """A batch the last session left unfinished goes on, in its window (``ui/batch``)."""
        from ui.batch import runner_for

        runner = runner_for(self.ctx)
        if runner is not None and any(batch.state.open for batch in runner.batches()):
            self.window.open_batch()

    def announce_resumed(self, jobs: list[Job]) -> None:
        """Say what was picked up from the last session, and show it in the History window."""
        from jogg_desktop.jobs.types import JobStage
        from ui.i18n import tr

        running = sum(1 for job in jobs if job.stage.active)
        unconfirmed = sum(1 for job in jobs if job.stage is JobStage.UNCONFIRMED)
        if not running and not unconfirmed:
            return
        window = self.window
        parts = []
        if running:
            parts.append(tr("Picking up %n video(s) from last time.", "", running))
        if unconfirmed:
            parts.append(tr(
                "%n video request(s) could not be confirmed when the app stopped: check your videos "
                "in JoggAI before trying again.", "", unconfirmed))
        parts.append(tr("The History window shows how they are doing."))
        banner = window.current_page().banner
        text = " ".join(parts)
        banner.show_text(text, "warning" if unconfirmed else "info")
        window.open_history()
        if running and not unconfirmed and self.ctx.jobs is not None:
            self._follow_resumed(banner, text, {job.id for job in jobs if job.stage.active})

    def _follow_resumed(self, banner: Any, text: str, ids: set[int]) -> None:
        """The "Picking up…" message goes once those videos are finished (it said so forever)."""
        jobs = self.ctx.jobs
        assert jobs is not None

        from ui.i18n import tr

        def changed(_job: Job) -> None:
            if any((j := jobs.get(i)) is not None and j.stage.active for i in ids):
                return
            unsubscribe()
            if banner.isVisible() and banner.text == text:
                banner.show_text(tr("The videos from last time are finished: see History."), "success")

        unsubscribe = jobs.subscribe(changed)

    def start_demo(self) -> None:
        from ui.i18n import tr

        self.window.key_page.banner.show_text(tr("Starting the demo…"), "info")
        self.ctx.tasks.run(self._start_demo(), key="demo", on_error=self._demo_failed)

    async def _start_demo(self) -> None:
        from ui.demo import DemoSimulator

        if self.demo_sim is None:
            self.demo_sim = DemoSimulator(self)
        base = await self.demo_sim.start()
        self.ctx.demo = True
        self.ctx.api_base = base
        self.ctx.demo_product_urls = list(self.demo_sim.product_urls)
        assert self.ctx.make_api is not None
        await self.ctx.connect(self.ctx.make_api(self.demo_sim.api_key))
        self.window.key_page.clear_error()
        self.window.update_demo_badge()
        self.window.show_page("link")

    def _demo_failed(self, error: BaseException) -> None:
        self.window.show_page("key")
        self.window.key_page.show_demo_error(error)

    # -- shutdown -------------------------------------------------------------------------
    def request_quit(self) -> None:
        import asyncio

        if self._shutdown_task is None:
            self._shutdown_task = asyncio.ensure_future(self._shutdown())

    async def _shutdown(self) -> None:
        try:
            self.window.save_geometry()
            from ui.previews import close_compare_windows

            close_compare_windows(self.ctx)
            await self.ctx.tasks.shutdown()
            if self.ctx.previews is not None:  # before the jobs: its full videos run there
                await self.ctx.previews.aclose()
            if self.ctx.jobs is not None:
                await self.ctx.jobs.aclose()
            await self.ctx.thumbnails.aclose()
            if self.ctx.api is not None:
                await self.ctx.api.aclose()
            if self.demo_sim is not None:
                await self.demo_sim.stop()
            if self.store is not None:
                self.ctx.presets = None
                self.store.close()
        finally:
            self.window.finish_close()
            if not self.finished.done():
                self.finished.set_result(0)


def build_context(
    args: argparse.Namespace,
    *,
    keys: Any = None,
    make_keys: bool = True,
    settings: SettingsStore | None = None,
) -> AppContext:
    """The services of a real run (tests build their own AppContext around the simulator).

    Nothing here imports httpx or keyring: the client is built on first use, and with
    ``make_keys=False`` the key store is left to :meth:`AppShell.start` (after the window shows).
    ``settings``: the app's, when it read them already (theme and language come first).
    """
    from ui.context import AppContext
    from ui.imaging.qt_fetch import MAX_BYTES as THUMBNAIL_MAX_BYTES
    from ui.imaging.qt_fetch import lazy_qt_fetch
    from ui.imaging.thumbnails import ThumbnailLoader
    from ui.settings_store import SettingsStore
    from ui.tasks import TaskRunner

    settings = settings if settings is not None else SettingsStore()
    api_base = args.api_base or os.environ.get("JOGG_API_BASE") or settings.get("api/base_url") or None
    ctx: AppContext

    def make_api(key: str) -> JoggApi:
        from jogg_desktop.api.client import JoggClient
        from jogg_desktop.api.generation import resolve_endpoint

        # The generation: JOGG_API_VERSION, else the /v1 or /v2 ending of an address given now
        # (--api-base, JOGG_API_BASE, the demo's: v2), else the advanced choice saved in the menu,
        # else a saved address's ending (an earlier release saved .../v1), else v2.
        base, saved = ctx.api_base, settings.get("api/base_url") or None
        choice = None if ctx.demo else settings.get("api/version")
        if base and base != saved:
            endpoint = resolve_endpoint(base_option=base, settings_version=choice)
        else:
            endpoint = resolve_endpoint(settings_base=base, settings_version=choice)
        return JoggClient(key, endpoint.host, generation=endpoint.generation)

    def api_fetch(url: str) -> Any:
        return ctx.require_api().fetch_bytes(url, max_bytes=THUMBNAIL_MAX_BYTES)


    if keys is None and make_keys:
        from jogg_desktop.secrets import KeyStore

        keys = KeyStore()
    ctx = AppContext(
        tasks=TaskRunner(),
        # Thumbnails are public: Qt's network stack fetches them, the client only as a fallback.
        thumbnails=ThumbnailLoader(lazy_qt_fetch(api_fetch)),
        settings=settings,
        api_base=api_base,
        make_api=make_api,
        keys=keys,
    )
    ctx.real_api_base = api_base
    return ctx


def attach_jobs(ctx: AppContext) -> Any:
    """Wire the job service (persistent jobs in SQLite) and the settings presets; returns the
    store to close at exit."""
    try:
        from jogg_desktop.jobs.manager import JobManager
        from jogg_desktop.store import Store
    except ImportError:
        return None
    store = Store()
    demo_stores: list[Store] = []

    def make_jobs(api: JoggApi) -> JobService:
        if ctx.demo:
            # Demo videos stay out of the user's real history, and a demo simulator forgets its
            # projects when it stops: each demo gets a fresh store of its own.
            if not demo_stores:
                demo_stores.append(Store(_fresh_demo_store_path()))
            return JobManager(api, demo_stores[0].jobs)
        return JobManager(api, store.jobs)

    def make_previews(api: JoggApi, jobs: JobService) -> Any:
        from jogg_desktop.jobs.previews import PreviewManager

        owner = demo_stores[0] if ctx.demo and demo_stores else store
        return PreviewManager(api, owner.previews, jobs) if isinstance(jobs, JobManager) else None

    ctx.make_jobs = make_jobs
    ctx.make_previews = make_previews
    ctx.presets = store.presets
    # Diagnostics describe the jobs the window shows: the demo's own store while in the demo.
    ctx.job_store = lambda: demo_stores[0] if ctx.demo and demo_stores else store
    return store


def _fresh_demo_store_path() -> Any:
    import tempfile
    from pathlib import Path

    from jogg_desktop import paths

    return Path(tempfile.mkdtemp(prefix="demo-", dir=paths.cache_dir())) / "jobs.sqlite3"


def attach_diagnostics(ctx: AppContext, store: Callable[[], Any]) -> None:
    def text() -> str:
        from PySide6.QtCore import qVersion

        from jogg_desktop.diagnostics import diagnostics_text

        keys = ctx.keys
        opened = ctx.job_store() if ctx.job_store is not None else store()
        location = keys.location.description if keys is not None else ""
        if ctx.demo:
            location = "the demo's built-in key (nothing is read from or saved to the password store)"
        return diagnostics_text(
            api_base=ctx.api_base or "default",
            jobs=opened.jobs if opened is not None else None,
            keyring_backend=getattr(keys, "backend_name", "") if keys is not None else "",
            key_location=location,
            qt_version=qVersion(),
        ) + ("\nDemo mode" if ctx.demo else "")

    ctx.diagnostics = text


def apply_style(app: QApplication, theme: str = "system") -> None:
    """Fusion + the app's QSS: light, dark, or as the system is (called again when it switches)."""
    from ui.theme import apply_theme

    apply_theme(app, theme)


def apply_app_icon(app: QApplication) -> None:
    """The app icon on every window and in the task bar (an SVG: needs Qt's SVG icon engine)."""
    from PySide6.QtGui import QIcon

    from resources.icons import app_icon_file

    app.setWindowIcon(QIcon(str(app_icon_file())))


def open_job_result(window: WizardWindow, job_id: int) -> None:
    """Show a job's result: the wizard's result page for its current video, else History."""
    if window.ctx.state.job_id == job_id and "progress" in window.pages:
        window.show_page("progress")
        return
    history = window.open_history()
    select = getattr(history, "select_job", None)
    if select is not None:
        select(job_id)


def attach_notifier(window: WizardWindow, shell: AppShell) -> Any:
    """Tray icon + desktop notifications (ui.tray); closing the window while videos are being
    made keeps them going in the background."""
    from ui.tray import Notifier

    notifier = Notifier(window.ctx, window, lambda job_id: open_job_result(window, job_id))
    notifier.quit_requested.connect(shell.request_quit)
    window.close_to_background = notifier.keep_running_in_background
    window.ctx.notify = notifier.notify
    return notifier


def install_crash_dialog(window: QWidget) -> None:
    """Unexpected exceptions open the crash dialog (its module is loaded on the first one)."""
    handler: Any = None

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal handler
        if handler is None:
            from ui.crash import CrashHandler

            handler = CrashHandler(lambda: window, lambda: ())
        handler(exc_type, exc, tb)

    sys.excepthook = hook


def offer_previous_crash(window: QWidget) -> None:
    """After a hard crash last time (main.py started jogg_desktop.crashlog), offer its report."""
    from jogg_desktop import crashlog

    report = crashlog.previous_report()
    if report:
        from ui.last_crash import offer_last_crash

        QTimer.singleShot(0, lambda: offer_last_crash(report, window))


def _between_steps(app: QApplication) -> None:
    """Let the window repaint and take input between two start-up steps."""
    app.processEvents()


def run_app(argv: list[str]) -> int:
    os.environ.setdefault("QT_API", "pyside6")  # qasync must not pick a stray PyQt
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Jogg Desktop")
    app.setDesktopFileName("jogg-desktop")
    app.setQuitOnLastWindowClosed(False)  # the shell quits; the window may go to the background

    from ui.first_frame import show_first_frame
    from ui.i18n import LANGUAGE_SETTING, install_translations
    from ui.settings_store import SettingsStore
    from ui.theme import THEME_SETTING
    from ui.wizard import WizardWindow

    # The window's frame first, on screen almost as fast as a bare window; then the pages, the
    # services and the heavier imports (qasync, keyring, SQLite, httpx) in short steps, the event
    # loop turning between them (a window that is painted but ignores input for a quarter second
    # feels broken).
    settings = SettingsStore()
    install_translations(app, str(settings.get(LANGUAGE_SETTING) or ""))
    apply_style(app, str(settings.get(THEME_SETTING)))
    window = WizardWindow(settings=settings)
    show_first_frame(window)
    ctx = build_context(args, make_keys=False, settings=settings)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_style(app, str(ctx.settings.get(THEME_SETTING))))
    window.build(ctx)
    _between_steps(app)
    apply_app_icon(app)  # the SVG icon engine: not needed for the first frame
    _between_steps(app)
    from ui.imaging.qt_fetch import load_network_module

    load_network_module()  # now, not on the GUI thread at the product page's first thumbnail
    _between_steps(app)

    import asyncio

    _between_steps(app)
    import qasync

    _between_steps(app)
    from jogg_desktop.logs import setup_logging

    setup_logging()
    _between_steps(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    gc_guard = GuiThreadGc(app)
    gc_guard.start()
    shell = AppShell(ctx, window, demo=args.demo)
    attach_diagnostics(ctx, lambda: shell.store)
    attach_notifier(window, shell)
    install_crash_dialog(window)
    offer_previous_crash(window)
    # Ctrl+C / SIGTERM: the same orderly shutdown as Quit (the GC timer lets Python run the handler).
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, shell.request_quit))
    QTimer.singleShot(0, shell.start)  # job store, keyring, demo, network
    with loop:
        code: int = loop.run_until_complete(shell.finished)
    gc_guard.stop()
    from jogg_desktop import workers

    workers.shutdown()
    return code
