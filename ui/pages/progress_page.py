"""Step 5: the render's progress in plain words, then the finished video.

The job itself (render → poll → download, persisted) belongs to the job service (``ctx.jobs``);
this page starts it once per explicit request (the settings page's "Make video" sets
``state.job_id = None``), listens to its changes and shows them. A render request is never
resent by this page on its own (docs/joggai-api.md §13 #18): "Try again" is always the user's click, and
says what it costs.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop import errors as core
from jogg_desktop import paths
from jogg_desktop.errors import Action
from jogg_desktop.jobs.types import Job, JobStage
from jogg_desktop.models import JobState, credits_for
from jogg_desktop.waiting import Waiting
from ui.context import AppContext
from ui.credits import charged_text
from ui.errors import UserMessage, describe
from ui.i18n import credits_text, format_size, seconds_text
from ui.pages.base import WizardPage
from ui.settings_store import SettingsStore
from ui.waiting import wait_text
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.video_player import VideoPlayer, format_time

SAVE_FOLDER = "video/last_save_folder"
SettingsStore.declare(SAVE_FOLDER, "", str)
_CHUNK = 4 * 1024 * 1024


def video_folder(ctx: AppContext) -> Path:
    """Where finished videos are downloaded to (the user saves copies where they like)."""
    chosen = str(ctx.settings.get("video/save_dir") or "")
    folder = Path(chosen) if chosen else paths.default_video_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class ProgressPage(WizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._job: Job | None = None
        self._starting = False
        self._unsubscribe: Callable[[], None] | None = None
        self._started_at = time.monotonic()
        self._retry: Callable[[], None] | None = None
        self._saved_to: Path | None = None
        self._failed_to_start = False
        self._start_unconfirmed = False
        self.save_dialog: QFileDialog | None = None

        self.stack = QStackedWidget(self)
        self.body.addWidget(self.stack, 1)
        self._build_progress_view()
        self._build_result_view()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    # -- views --------------------------------------------------------------------------------
    def _build_progress_view(self) -> None:
        view = QWidget(self.stack)
        layout = QVBoxLayout(view)
        layout.addStretch(1)
        self.status_label = QLabel(view)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.status_label.setFont(font)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.progress_bar = QProgressBar(view)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(420)
        self.elapsed_label = QLabel(view)
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label.setAccessibleName(self.tr("Elapsed time"))
        self.summary_label = QLabel(view)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label.setWordWrap(True)
        self.note_label = QLabel(
            self.tr("You can close this window: JoggAI keeps making your video, and the app picks "
                    "it up again the next time you open it."),
            view,
        )
        self.note_label.setObjectName("hint")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.change_button = QPushButton(self.tr("Change settings"), view)
        self.change_button.setAccessibleName(self.tr("Back to the video settings"))
        self.change_button.clicked.connect(self.go_back.emit)
        self.another_button = QPushButton(self.tr("Start another video"), view)
        self.another_button.setAccessibleName(self.tr("Start another video while this one is made"))
        self.another_button.clicked.connect(self.make_another)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)

        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.elapsed_label)
        layout.addWidget(self.summary_label)
        layout.addSpacing(12)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.progress_view = view
        self.stack.addWidget(view)

    def _build_result_view(self) -> None:
        view = QWidget(self.stack)
        grid = QGridLayout(view)
        self.player = VideoPlayer(view)
        grid.addWidget(self.player, 0, 0, 2, 1)
        grid.setColumnStretch(0, 1)
        side = QVBoxLayout()
        self.done_label = QLabel(self.tr("Your video is ready!"), view)
        self.done_label.setObjectName("sectionTitle")
        font = self.done_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.done_label.setFont(font)
        # The player shows the video's first frame before Play: no separate cover beside it.
        self.file_label = ElidedLabel(view)
        self.file_label.setAccessibleName(self.tr("Video file"))
        self.credits_label = QLabel(view)  # what JoggAI says the video cost (v2)
        self.credits_label.setWordWrap(True)
        self.credits_label.hide()
        self.save_button = QPushButton(self.tr("Save video…"), view)
        self.save_button.setAccessibleName(self.tr("Save the video to a file"))
        self.save_button.clicked.connect(self.ask_save)
        self.save_progress = QProgressBar(view)
        self.save_progress.setAccessibleName(self.tr("Saving progress"))
        self.save_progress.hide()
        self.open_button = QPushButton(self.tr("Open folder"), view)
        self.open_button.setAccessibleName(self.tr("Open the folder with the video"))
        self.open_button.clicked.connect(self.show_in_folder)
        self.copy_button = QPushButton(self.tr("Copy link"), view)
        self.copy_button.setAccessibleName(self.tr("Copy the video's link"))
        self.copy_button.clicked.connect(self.copy_link)
        self.another_result_button = QPushButton(self.tr("Make another video"), view)
        self.another_result_button.setObjectName("primaryButton")
        self.another_result_button.setAccessibleName(self.tr("Make another video with the same settings"))
        self.another_result_button.clicked.connect(self.make_another)
        for widget in (self.done_label, self.file_label, self.credits_label, self.save_button,
                       self.save_progress, self.open_button, self.copy_button):
            side.addWidget(widget)
        side.addStretch(1)
        side.addWidget(self.another_result_button)
        grid.addLayout(side, 0, 1)
        self.result_view = view
        self.stack.addWidget(view)
        QWidget.setTabOrder(self.player, self.save_button)
        QWidget.setTabOrder(self.save_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.another_result_button)

    # -- WizardPage ---------------------------------------------------------------------------
    def title(self) -> str:
        stage = self._job.stage if self._job is not None else None
        if stage is JobStage.DONE:
            return self.tr("Your video")
        if stage is JobStage.UNCONFIRMED or (stage is None and self._start_unconfirmed):
            return self.tr("Did JoggAI start your video?")
        if stage is JobStage.FAILED or (stage is None and self._failed_to_start):
            return self.tr("Your video was not made")
        if stage is JobStage.CANCELLED:
            return self.tr("Video cancelled")
        return self.tr("Making your video")

    def subtitle(self) -> str:
        if self._is_done():
            return self.tr("Watch it here, save a copy where you like, or make another one.")
        if self._is_stopped():
            return ""  # the message below says what happened and what to do
        return self.tr("JoggAI makes your video on its own computers; this page shows how far it is.")

    def shows_navigation(self) -> bool:
        return False  # the page has its own buttons

    def can_go_next(self) -> bool:
        return False

    def can_go_back(self) -> bool:
        return not self._starting and (self._job is None or not self._job.stage.active)

    def on_enter(self) -> None:
        jobs = self.ctx.jobs
        if jobs is not None and self._unsubscribe is None:
            self._unsubscribe = jobs.subscribe(self._on_job)
        job_id = self.ctx.state.job_id
        if job_id is None:
            self.start()
        elif jobs is not None:
            job = jobs.get(job_id)
            if job is not None:
                self._show_job(job)

    def on_leave(self) -> None:
        self.player.pause()
        self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def retry(self) -> None:
        if self._retry is not None:
            action, self._retry = self._retry, None
            action()

    # -- starting -----------------------------------------------------------------------------
    def start(self) -> None:
        """Request one render of the wizard's product with its settings (charges credits)."""
        product, jobs = self.ctx.state.product, self.ctx.jobs
        if self._starting:
            return
        if product is None or jobs is None:
            self._failed_to_start = True
            self._set_status("", busy=False)
            self.banner.show_text(
                self.tr("There is no product to make a video of yet. Go back and choose one.")
                if product is None
                else self.tr("The app could not open its list of videos, so it cannot make one now. "
                             "Please restart the app."),
                "error",
            )
            self.nav_changed.emit()
            return
        settings = self.ctx.state.settings
        self._starting = True
        self._failed_to_start = self._start_unconfirmed = False
        self._job = None
        self._saved_to = None
        self.clear_error()
        self.stack.setCurrentWidget(self.progress_view)
        self._started_at = time.monotonic()
        self._set_status(self.tr("Sending your video request to JoggAI…"), busy=True)
        self._set_summary(product.name, int(settings.length), settings.aspect.value)
        self._timer.start()
        self._tick()
        self.nav_changed.emit()
        self.run_task(
            jobs.start(product, settings, video_folder(self.ctx)),
            on_done=self._started,
            on_error=self._start_failed,
            key="progress:start",
        )

    def _started(self, job: Job) -> None:
        self._starting = False
        self.ctx.state.job_id = job.id
        latest = self.ctx.jobs.get(job.id) if self.ctx.jobs is not None else None
        self._show_job(latest or job)

    def _start_failed(self, error: BaseException) -> None:
        self._starting = False
        self._failed_to_start = True
        self._timer.stop()
        message = describe(error)
        self._start_unconfirmed = message.action is Action.CHECK_BEFORE_RETRY
        # The heading says what happened; the message says why and what to do (said once).
        self._set_status("", busy=False)
        if message.action in (Action.RETRY, Action.WAIT_AND_RETRY, Action.CHECK_CONNECTION):
            message = self._with_cost(message)
            self._retry = self.start
        self.show_message(message)
        self.nav_changed.emit()

    def _with_cost(self, message: UserMessage) -> UserMessage:
        credits = credits_for(int(self.ctx.state.settings.length))
        cost = credits_text(credits)
        text = message.text + " " + self.tr("Trying again uses {cost}.").format(cost=cost)
        return UserMessage(text, Action.RETRY, message.details)

    # -- following the job --------------------------------------------------------------------
    def _on_job(self, job: Job) -> None:
        if self._job is not None and job.id == self._job.id:
            self._show_job(job)

    def _show_job(self, job: Job) -> None:
        previous = self._job
        self._job = job
        if previous is None or previous.created_at != job.created_at:
            self._set_summary(job.product.name, int(job.settings.length), job.settings.aspect.value)
        stage = job.stage
        if stage is JobStage.DONE:
            self._timer.stop()
            self._show_result(job)
        elif stage in (JobStage.CREATED, JobStage.REQUESTING):
            self._set_status(self.tr("Sending your video request to JoggAI…"), busy=True)
        elif stage.active and job.waiting is not None:
            # Never "Waiting in the queue" while the checks fail: say what is happening (#13.3).
            self._set_status(self._wait_text(job.waiting), busy=True)
        elif stage is JobStage.RENDERING:
            state = job.status.state if job.status is not None else JobState.QUEUED
            if state is JobState.PROCESSING:
                self._set_status(self.tr("Creating your video…"), busy=True)
            elif state is JobState.DONE:
                self._set_status(self.tr("Your video is ready. Getting it…"), busy=True)
            else:
                self._set_status(self.tr("Waiting in JoggAI's queue…"), busy=True)
        elif stage is JobStage.DOWNLOADING:
            self._show_download(job)
        elif stage is JobStage.UNCONFIRMED:
            self._timer.stop()
            self._set_status("", busy=False)
            self.show_message(describe_job_error(job, Action.CHECK_BEFORE_RETRY))
        elif stage is JobStage.FAILED:
            self._timer.stop()
            self._show_failure(job)
        elif stage is JobStage.CANCELLED:
            self._timer.stop()
            self._set_status(self.tr("This video was cancelled. Nothing more happens with it."), busy=False)
        if stage.active and not self._timer.isActive():
            self._timer.start()
        self._tick()
        self.nav_changed.emit()

    def _show_download(self, job: Job) -> None:
        self._set_status(self.tr("Downloading your video…"), busy=True)
        if job.total_bytes:
            percent = min(100, int(job.downloaded_bytes * 100 / job.total_bytes))
            self.status_label.setText(self.tr("Downloading your video… {p}%").format(p=percent))
            self.progress_bar.setRange(0, 100)
            self.progress_bar.setValue(percent)
        else:
            size = format_size(job.downloaded_bytes)
            self.status_label.setText(self.tr("Downloading your video… %1").replace("%1", size))
            self.progress_bar.setRange(0, 0)

    def _show_failure(self, job: Job) -> None:
        rendered = job.status is not None and job.status.state is JobState.DONE and job.status.video_url
        message = describe_job_error(job, Action.RETRY)
        if rendered:
            # The render finished and was paid for; only the download failed: fetch it again.
            self._set_status(self.tr("JoggAI made your video; only getting it to this computer failed."),
                             busy=False)
            self._retry = self._download_again
            message = UserMessage(message.text, Action.RETRY, message.details)
        else:
            self._set_status("", busy=False)
            if message.action in (Action.RETRY, Action.START_OVER, Action.WAIT_AND_RETRY):
                message = self._with_cost(message)
                self._retry = self.start
        self.show_message(message)

    def _download_again(self) -> None:
        jobs, job = self.ctx.jobs, self._job
        if jobs is None or job is None:
            return
        self.clear_error()
        self._set_status(self.tr("Downloading your video…"), busy=True)
        self.run_task(jobs.download_again(job.id), on_done=self._show_job, key="progress:download")

    # -- result -------------------------------------------------------------------------------
    def _show_result(self, job: Job) -> None:
        self.clear_error()
        self.stack.setCurrentWidget(self.result_view)
        source = str(job.video_path) if job.video_path is not None else ""
        if source and self.player.source() != source:
            self.player.set_source(source)
        shown = self._saved_to or job.video_path
        if self._saved_to is not None:
            self.file_label.setText(self.tr("Saved as {name}").format(name=self._saved_to.name))
        elif shown is not None:
            self.file_label.setText(self.tr("Downloaded as {name}").format(name=shown.name))
        self.credits_label.setText(charged_text(job))
        self.credits_label.setVisible(bool(self.credits_label.text()))
        self.copy_button.setEnabled(bool(job.status and job.status.video_url))
        self.open_button.setEnabled(shown is not None)
        if shown is not None:
            self.file_label.setToolTip(str(shown))

    def ask_save(self) -> None:
        job = self._job
        if job is None or job.video_path is None:
            return
        folder = str(self.ctx.settings.get(SAVE_FOLDER) or paths.default_video_dir())
        dialog = QFileDialog(self, self.tr("Save video"), str(Path(folder) / job.video_path.name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("MP4 video (*.mp4)"))
        dialog.setDefaultSuffix("mp4")
        dialog.fileSelected.connect(self.save_to)
        # Deleted once closed: its file system model runs a thread that must not outlive the app.
        dialog.finished.connect(dialog.deleteLater)
        self.save_dialog = dialog
        dialog.open()  # never exec(): a nested loop inside a qasync task breaks it

    def save_to(self, target: str) -> None:
        job = self._job
        if job is None or job.video_path is None or not target:
            return
        dest = Path(target)
        self.ctx.settings.set(SAVE_FOLDER, str(dest.parent))
        self.save_button.setEnabled(False)
        self.save_progress.setRange(0, 100)
        self.save_progress.setValue(0)
        self.save_progress.show()

        def done(path: Path) -> None:
            self._saved_to = path
            self.save_button.setEnabled(True)
            self.save_progress.hide()
            self.file_label.setText(self.tr("Saved as {name}").format(name=path.name))
            self.open_button.setEnabled(True)
            self.banner.show_text(self.tr("Video saved to {path}").format(path=str(path)), "info")

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.save_progress.hide()
            self.show_error(error)

        self.run_task(self._copy(job, dest), on_done=done, on_error=failed, key="progress:save")

    async def _copy(self, job: Job, dest: Path) -> Path:
        """Copy the downloaded video (or download it again when it is gone), with progress."""
        source = job.video_path
        if source is None or not source.exists():
            url = job.status.video_url if job.status is not None else None
            if not url:
                raise FileNotFoundError(2, "video file missing", str(source))
            api = self.ctx.require_api()
            return await api.download(url, dest, progress=self._on_save_progress)
        if source.resolve() == dest.resolve():
            return dest
        total = source.stat().st_size
        temp = dest.with_name(dest.name + ".part")
        done = 0
        loop = asyncio.get_running_loop()
        # Our own short-lived pool: qasync's default executor runs QThreads that outlive a loop
        # which is never closed (tests) and abort the process at exit.
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="jogg-save") as pool,
            source.open("rb") as src,
            temp.open("wb") as out,
        ):
            while chunk := await loop.run_in_executor(pool, src.read, _CHUNK):
                await loop.run_in_executor(pool, out.write, chunk)
                done += len(chunk)
                self._on_save_progress(done, total)
        shutil.copystat(source, temp)
        temp.replace(dest)
        return dest

    def _on_save_progress(self, done: int, total: int | None) -> None:
        if total:
            self.save_progress.setRange(0, 100)
            self.save_progress.setValue(min(100, int(done * 100 / total)))
        else:
            self.save_progress.setRange(0, 0)

    def show_in_folder(self) -> None:
        shown = self._saved_to or (self._job.video_path if self._job is not None else None)
        if shown is not None:
            self.open_folder(shown.parent)

    def copy_link(self) -> None:
        job = self._job
        url = job.status.video_url if job is not None and job.status is not None else None
        if url:
            QGuiApplication.clipboard().setText(url)
            self.banner.show_text(self.tr("The video's link is copied. Paste it anywhere."), "info")

    def make_another(self) -> None:
        """Back to the link page for a new product; the settings stay as they are."""
        self.player.stop()
        self.ctx.state.job_id = None
        self.ctx.state.product = None
        self.start_over_requested.emit()

    # -- helpers ------------------------------------------------------------------------------
    def job(self) -> Job | None:
        return self._job

    def _is_done(self) -> bool:
        return self._job is not None and self._job.stage is JobStage.DONE

    def _is_stopped(self) -> bool:
        if self._job is None:
            return self._failed_to_start
        return self._job.stage in (JobStage.FAILED, JobStage.UNCONFIRMED, JobStage.CANCELLED)

    def _set_status(self, text: str, *, busy: bool) -> None:
        self.stack.setCurrentWidget(self.progress_view)
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.progress_bar.setRange(0, 0 if busy else 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(busy)
        self.note_label.setVisible(busy)
        self.elapsed_label.setVisible(busy)
        self.change_button.setVisible(not busy)

    def _set_summary(self, name: str, seconds: int, aspect: str) -> None:
        parts = [f"“{name}”" if name else "", seconds_text(seconds), aspect]
        self.summary_label.setText(" · ".join(p for p in parts if p))

    def _elapsed_seconds(self) -> float:
        job = self._job
        if job is not None and job.created_at is not None:
            created = job.created_at
            now = datetime.now(UTC) if created.tzinfo else datetime.now()
            seconds = (now - created).total_seconds()
            if seconds >= 0:
                return seconds
        return time.monotonic() - self._started_at

    def _wait_text(self, waiting: Waiting) -> str:
        return wait_text(self, waiting.reason, (waiting.until - datetime.now(UTC)).total_seconds())

    def _tick(self) -> None:
        job = self._job
        if job is not None and job.waiting is not None and job.stage.active:
            self.status_label.setText(self._wait_text(job.waiting))
        elapsed = format_time(int(self._elapsed_seconds() * 1000))
        self.elapsed_label.setText(
            self.tr("Time so far: {elapsed} — videos usually take 1 to 10 minutes.").format(elapsed=elapsed)
        )


def describe_job_error(job: Job, fallback: Action) -> UserMessage:
    """The job's stored plain message and action (the job service wrote them from the error)."""
    if job.error_message:
        return UserMessage(job.error_message, job.error_action or fallback, job.error_details or "")
    if fallback is Action.CHECK_BEFORE_RETRY:
        return describe(core.RenderOutcomeUnknownError())
    return describe(core.RenderFailedError())
