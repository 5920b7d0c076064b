"""Desktop notifications and the tray icon.

- When a video (or anything else announced through :meth:`Notifier.notify`) finishes or fails
  while the window is not in front, a desktop notification says so; clicking it opens the result.
- While videos are being made (or the window is hidden), a tray icon shows how many, with
  Show / Quit.
- Closing the window while videos are being made hides it instead: the work goes on in the
  background, and the app says so once.

Notifications go to the desktop's notification server over D-Bus on Linux (:mod:`ui.desktop_notify`,
with a "Show" action so that a click comes back; GNOME needs no status area for it), else through
``QSystemTrayIcon.showMessage`` (the platform's notification service on Windows and macOS).
``notified`` is emitted for every notification whether or not the desktop can show it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from jogg_desktop.jobs.types import Job, JobStage
from ui.history.status_text import job_title

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.desktop_notify import FreedesktopNotifications

NOTIFY_SETTING = "notify/enabled"
_FINAL = (JobStage.DONE, JobStage.FAILED)


class Notifier(QObject):
    """Watches the jobs of ``ctx`` for ``window``; owns the tray icon and its menu."""

    notified = Signal(str, str)  # title, text
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, window: QWidget, open_job: Callable[[int], None]) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._open_job = open_job
        self._stages: dict[int, JobStage] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._on_click: Callable[[], None] | None = None
        self._told_background = False
        self._desktop: FreedesktopNotifications | None = None
        self.in_background = False
        self.tray = QSystemTrayIcon(self._icon(), self)
        self.tray.messageClicked.connect(self.activate_message)
        self.tray.activated.connect(self._on_tray_activated)
        self.menu = QMenu(window)
        self.show_action = QAction(self.tr("Show Jogg Desktop"), self.menu)
        self.show_action.triggered.connect(self.show_window)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.quit_action)
        self.tray.setContextMenu(self.menu)
        ctx.events.api_changed.connect(self.follow_jobs)
        self.follow_jobs()

    @staticmethod
    def _icon() -> QIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():
            from resources.icons import app_icon_file

            icon = QIcon(str(app_icon_file()))
        return icon

    # -- jobs -----------------------------------------------------------------------------
    def follow_jobs(self) -> None:
        """(Re)subscribe to the current job service (a new key or the demo replaces it)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        jobs = self.ctx.jobs
        self._stages = {}
        if jobs is not None:
            self._stages = {job.id: job.stage for job in jobs.jobs()}
            self._unsubscribe = jobs.subscribe(self._on_job)
        self._update_tray()

    def running_count(self) -> int:
        return sum(1 for stage in self._stages.values() if stage.active or stage is JobStage.CREATED)

    def _on_job(self, job: Job) -> None:
        before = self._stages.get(job.id)
        self._stages[job.id] = job.stage
        if job.stage in _FINAL and before not in _FINAL:
            self._job_ended(job)
        self._update_tray()

    def _job_ended(self, job: Job) -> None:
        name = job_title(job)
        if job.stage is JobStage.DONE:
            title = self.tr("Your video is ready")
            text = self.tr("“%1” is ready to watch and save.").replace("%1", name)
        else:
            title = self.tr("Your video could not be made")
            text = self.tr("“%1” failed. Open Jogg Desktop to see why and what to do.").replace("%1", name)
        job_id = job.id
        self.notify(title, text, lambda: self._open_job(job_id))

    # -- notifications --------------------------------------------------------------------
    def window_in_front(self) -> bool:
        window = self.window
        return window.isVisible() and not window.isMinimized() and window.isActiveWindow()

    def enabled(self) -> bool:
        return bool(self.ctx.settings.get(NOTIFY_SETTING))

    def notify(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> bool:
        """Tell the user, unless the window is in front or notifications are off; True if told.

        ``on_click`` runs when the notification is clicked (the latest notification wins).
        Previews and batches announce their end through here too.
        """
        if self.window_in_front() or not self.enabled():
            return False
        self._on_click = on_click
        self._message(title, text)
        self.notified.emit(title, text)
        return True

    def _message(self, title: str, text: str) -> None:
        """On Linux straight to the desktop's notification server (with a "Show" action: Qt's
        D-Bus tray sends none, so a click there would not come back); else the tray's balloon."""
        if self._desktop_message(title, text):
            return
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        shown = self.tray.isVisible()
        self.tray.setVisible(True)  # a message needs the icon; hidden again when idle
        self.tray.showMessage(title, text, self._icon(), 15_000)
        if not shown:
            self._update_tray()

    def _desktop_message(self, title: str, text: str) -> bool:
        from ui import desktop_notify

        if self._desktop is None and desktop_notify.available():
            name = QApplication.applicationDisplayName()
            self._desktop = desktop_notify.FreedesktopNotifications(name, self)
            self._desktop.clicked.connect(lambda _id: self.activate_message())
        if self._desktop is None:
            return False
        self._desktop.show(title, text, self.tr("Show"))
        return True

    def activate_message(self) -> None:
        """The notification was clicked: bring the window up with the result."""
        on_click, self._on_click = self._on_click, None
        self.show_window()
        if on_click is not None:
            on_click()

    # -- tray and background --------------------------------------------------------------
    def show_window(self) -> None:
        self.in_background = False
        window = self.window
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        self._update_tray()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def keep_running_in_background(self) -> bool:
        """On closing the window: hide it and go on if videos are being made (True), else False.

        Without a status area to bring the window back, the app closes as before (unfinished
        videos are picked up at the next start).
        """
        if not self.running_count() or not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self.in_background = True
        self.window.hide()
        self._update_tray()
        if not self._told_background:
            self._told_background = True
            self._on_click = None  # a click on this one just shows the window
            self._message(
                self.tr("Jogg Desktop is still working"),
                self.tr("Your videos are still being made. Jogg Desktop tells you when they are "
                        "ready; use its icon here to show it again or to quit."))
        return True

    def _update_tray(self) -> None:
        count = self.running_count()
        tip = self.tr("Jogg Desktop — making %n video(s)", "", count) if count else self.tr("Jogg Desktop")
        self.tray.setToolTip(tip)
        wanted = bool(count) or self.in_background
        if wanted != self.tray.isVisible() and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.setVisible(wanted)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.ctx.events.api_changed.disconnect(self.follow_jobs)
        if self._desktop is not None:
            self._desktop.close()
        if self.tray.isVisible():
            self.tray.hide()
