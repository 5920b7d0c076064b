"""Desktop notifications and the tray (ui.tray), with a real job against the simulator.

A job that finishes while the window is hidden raises exactly one notification; activating it
(the tray's ``messageClicked``) brings the window back on the video's result.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_async


@pytest.fixture(autouse=True)
def no_gc_off_the_gui_thread() -> Iterator[None]:
    """Notifications may start D-Bus worker threads: as the app does (ui.app.GuiThreadGc), no
    automatic GC meanwhile, so Qt objects are only freed on this thread (freed elsewhere, they crash)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture
def fast_jobs_ctx(sim_ctx: Any, sim_key: str, qtbot: Any, tmp_path: Path) -> Any:
    """Connected, with a job service that polls quickly, on a real SQLite store."""
    from jogg_desktop.jobs.manager import JobManager
    from jogg_desktop.store import Store

    store = Store(tmp_path / "jobs.sqlite3")
    sim_ctx.make_jobs = lambda api: JobManager(api, store.jobs, poll_schedule=lambda _elapsed: 0.05)
    run_async(qtbot, sim_ctx.connect(sim_ctx.make_api(sim_key)))
    sim_ctx.settings.set("video/save_dir", str(tmp_path / "videos"))
    yield sim_ctx
    store.close()


def start_job(qtbot: Any, ctx: Any, sim: Any, tmp_path: Path, name: str) -> Any:
    from jogg_desktop.jobs.pipeline import GenerateOptions, complete_settings
    from jogg_desktop.models import VideoSettings

    api = ctx.require_api()
    product = run_async(qtbot, api.create_product_from_url(sim.demo_product_urls()[0]))
    settings = run_async(qtbot, complete_settings(
        api, GenerateOptions(sim.demo_product_urls()[0], VideoSettings(name=name)), lambda _line: None))
    return run_async(qtbot, ctx.jobs.start(product, settings, tmp_path / "videos"))


def test_a_video_ready_while_the_window_is_hidden_notifies_once_and_opens_the_result(
    qtbot: Any, fast_jobs_ctx: Any, sim: Any, tmp_path: Path
) -> None:
    from jogg_desktop.jobs.types import JobStage
    from ui.app import open_job_result
    from ui.tray import Notifier
    from ui.wizard import WizardWindow

    ctx = fast_jobs_ctx
    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    notifier = Notifier(ctx, window, lambda job_id: open_job_result(window, job_id))
    told: list[tuple[str, str]] = []
    notifier.notified.connect(lambda title, text: told.append((title, text)))
    running: list[int] = []
    ctx.jobs.subscribe(lambda _job: running.append(notifier.running_count()))
    assert not window.isVisible()  # e.g. closed to the background, or never shown

    job = start_job(qtbot, ctx, sim, tmp_path, "Notify test")
    ctx.state.job_id = job.id  # the wizard's current video
    qtbot.waitUntil(lambda: ctx.jobs.get(job.id).stage is JobStage.DONE, timeout=60_000)
    qtbot.waitUntil(lambda: running[-1] == 0)

    assert told == [("Your video is ready", "“Notify test” is ready to watch and save.")]
    assert max(running) == 1  # the tray counted the running video
    assert notifier.tray.toolTip() == "Jogg Desktop"

    notifier.tray.messageClicked.emit()  # what the desktop does when the notification is clicked
    assert window.isVisible()
    assert window.current_name() == "progress"
    page: Any = window.pages["progress"]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.result_view)
    assert "Notify test" in page.file_label.full_text()
    assert len(told) == 1
    notifier.detach()


def test_no_notification_when_they_are_off_or_the_window_is_in_front(qtbot: Any, ctx: Any) -> None:
    from ui.tray import Notifier
    from ui.wizard import WizardWindow

    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    notifier = Notifier(ctx, window, lambda _job_id: None)
    told: list[str] = []
    notifier.notified.connect(lambda title, _text: told.append(title))

    ctx.settings.set("notify/enabled", False)
    assert not notifier.notify("Previews ready", "3 previews are ready.")
    ctx.settings.set("notify/enabled", True)
    assert notifier.notify("Previews ready", "3 previews are ready.")  # hidden window: told

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not notifier.notify("Batch finished", "5 videos are ready.")  # the user is looking
    assert told == ["Previews ready"]
    notifier.detach()


def test_a_failed_video_says_so_and_closing_with_nothing_running_quits(qtbot: Any, ctx: Any) -> None:
    from datetime import UTC, datetime

    from jogg_desktop.jobs.types import Job, JobStage
    from tests.store.samples import PRODUCT, SETTINGS
    from ui.tray import Notifier
    from ui.wizard import WizardWindow

    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    opened: list[int] = []
    notifier = Notifier(ctx, window, opened.append)
    told: list[str] = []
    notifier.notified.connect(lambda _title, text: told.append(text))
    now = datetime.now(UTC)
    job = Job(7, PRODUCT, SETTINGS, JobStage.RENDERING, now, now)
    notifier._on_job(job)
    assert notifier.running_count() == 1
    notifier._on_job(Job(7, PRODUCT, SETTINGS, JobStage.FAILED, now, now, error_message="x"))
    assert notifier.running_count() == 0
    assert len(told) == 1 and "failed" in told[0]
    notifier.activate_message()
    assert opened == [7]
    assert not notifier.keep_running_in_background()  # nothing running: the window really closes
    notifier.detach()


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private D-Bus session bus (a real dbus-daemon) for this test."""
    import shutil
    import subprocess

    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (package dbus)")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(10)
    daemon.stdout.close()


class NotificationServer:
    """A desktop's notification server on the bus: records Notify calls, 'clicks' each one."""

    def __init__(self, address: str) -> None:
        import threading

        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        from ui.desktop_notify import BUS_NAME

        self.calls: list[tuple[Any, ...]] = []
        self._stop = threading.Event()
        self._conn = open_dbus_connection(bus=address)
        Proxy(message_bus, self._conn).RequestName(BUS_NAME)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal

        from ui.desktop_notify import INTERFACE, PATH

        while not self._stop.is_set():
            try:
                message = self._conn.receive(timeout=0.1)
            except TimeoutError:
                continue
            header = message.header
            member = header.fields.get(HeaderFields.member)
            if header.message_type is MessageType.method_call and member == "Notify":
                self.calls.append(tuple(message.body))
                self._conn.send(new_method_return(message, "u", (42,)))
                self._conn.send(new_signal(DBusAddress(PATH, interface=INTERFACE), "ActionInvoked", "us",
                                           (42, "default")))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._conn.close()


def test_without_a_status_area_notifications_go_to_the_desktop_over_dbus(
    qtbot: Any, ctx: Any, session_bus: str
) -> None:
    """GNOME has no tray: the notification goes to org.freedesktop.Notifications, and a click
    there brings the window up on the result."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from ui.tray import Notifier
    from ui.wizard import WizardWindow

    assert not QSystemTrayIcon.isSystemTrayAvailable()
    server = NotificationServer(session_bus)
    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    opened: list[str] = []
    notifier = Notifier(ctx, window, lambda _job_id: None)
    try:
        assert notifier.notify("Your video is ready", "“Mug” is ready to watch and save.",
                               lambda: opened.append("result"))
        qtbot.waitUntil(lambda: opened == ["result"], timeout=10_000)
        assert window.isVisible()
        [call] = server.calls
        assert call[3:5] == ("Your video is ready", "“Mug” is ready to watch and save.")
        assert call[5] == ["default", "Show"]
    finally:
        notifier.detach()
        server.stop()
