"""The History window: every video job, with live progress, and what can be done with each.

Non-modal; opened with :func:`ui.history.show_history`. Job rows update from
``JobService.subscribe`` (called on the GUI thread, where the asyncio loop runs).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop import workers
from jogg_desktop.jobs.types import Job, JobService, JobStage
from jogg_desktop.models import PreviewJob
from ui.errors import describe
from ui.history.player_dialog import PlayerDialog
from ui.history.preview_rows import preview_sets, set_texts
from ui.history.status_text import duration_text, job_title, status_text
from ui.i18n import format_datetime
from ui.imaging.thumbnails import ThumbnailLoader
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jogg_desktop.jobs.previews import PreviewManager

THUMB = QSize(96, 54)

COLUMNS = ("video", "status", "date", "duration")
JOB_ID = Qt.ItemDataRole.UserRole
COVER_URL = Qt.ItemDataRole.UserRole + 1
SET_ID = Qt.ItemDataRole.UserRole + 2  # a row of previews (compare looks), not a video


class HistoryWindow(QWidget):
    def __init__(
        self,
        jobs: JobService,
        tasks: TaskRunner,
        thumbnails: ThumbnailLoader | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        previews: PreviewManager | None = None,
        open_compare: Callable[[int], object] | None = None,
        close_compare: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Your videos"))
        self.setObjectName("historyWindow")
        self._jobs = jobs
        self._tasks = tasks
        self._thumbnails = thumbnails
        self._open_url = open_url
        self._unsubscribe: Callable[[], None] | None = jobs.subscribe(self._on_job)
        self._previews: PreviewManager | None = None
        self._unsubscribe_previews: Callable[[], None] | None = None
        self._open_compare = open_compare
        self._close_compare = close_compare
        self.on_closed: list[Callable[[], None]] = []

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Your videos"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Video"), self.tr("Status"), self.tr("Date"), self.tr("Length")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(THUMB)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(THUMB.height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._explain_selected)
        self.table.itemDoubleClicked.connect(lambda _item: self._open_selected())

        self.empty_label = QLabel(self.tr("No videos yet. Videos you make will be listed here."), self)
        self.message = QLabel(self)
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.play_button = self._button(self.tr("Play"), self.play_selected)
        self.open_file_button = self._button(self.tr("Open"), self.open_selected_file)
        self.open_file_button.setToolTip(self.tr("Open the video in your usual video player"))
        self.open_button = self._button(self.tr("Show in folder"), self.open_selected_folder)
        self.save_button = self._button(self.tr("Save a copy…"), self._ask_save_copy)
        self.again_button = self._button(self.tr("Download again"), self.download_selected_again)
        self.delete_button = self._button(self.tr("Delete"), self._ask_delete)
        self.compare_button = self._button(self.tr("Compare looks"), self.compare_selected)
        self.compare_button.setToolTip(
            self.tr("See these previews side by side, and make the full video in one of the looks"))
        buttons = QHBoxLayout()
        for button in (self.play_button, self.open_file_button, self.open_button, self.save_button,
                       self.again_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 480)

        if thumbnails is not None:
            thumbnails.loaded.connect(self._on_thumbnail)
        self.set_previews(previews)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the list ---------------------------------------------------------------------------

    def set_service(self, jobs: JobService) -> None:
        """Follow another job service (the app made a new one for a new API key)."""
        if self._unsubscribe:
            self._unsubscribe()
        self._jobs = jobs
        self._unsubscribe = jobs.subscribe(self._on_job)
        self.refresh()

    def set_previews(self, previews: PreviewManager | None) -> None:
        """List the previews of ``previews`` too (sets of looks, beside the videos)."""
        if self._unsubscribe_previews:
            self._unsubscribe_previews()
            self._unsubscribe_previews = None
        self._previews = previews
        if previews is not None:
            self._unsubscribe_previews = previews.subscribe(self._on_preview)
        self.refresh()

    def refresh(self) -> None:
        selected, selected_set = self.selected_job_id(), self.selected_set_id()
        jobs = self._jobs.jobs()
        sets = preview_sets(self._previews.previews()) if self._previews is not None else []
        rows: list[tuple[datetime, Job | list[PreviewJob]]] = [(job.created_at, job) for job in jobs]
        rows += [(previews[0].created_at, previews) for previews in sets]
        rows.sort(key=lambda entry: entry[0].timestamp(), reverse=True)
        self.table.setRowCount(len(rows))
        for row, (_when, entry) in enumerate(rows):
            if isinstance(entry, Job):
                self._fill(row, entry)
            else:
                self._fill_set(row, entry)
        self.empty_label.setVisible(not rows)
        if selected is not None:
            self.select_job(selected)
        elif selected_set is not None:
            self.select_set(selected_set)
        self._update_buttons()

    def row_of(self, job_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(JOB_ID) == job_id:
                return row
        return None

    def _fill(self, row: int, job: Job) -> None:
        cover = job.status.cover_url if job.status else None
        title = QTableWidgetItem(job_title(job))
        title.setData(JOB_ID, job.id)
        title.setToolTip(job.product.url or job.product.name)
        self._set_cover(title, cover or "")
        status = QTableWidgetItem(status_text(job))
        status.setToolTip(status_text(job) + (f"\n{job.error_details}" if job.error_details else ""))
        date = QTableWidgetItem(format_datetime(job.created_at))
        if job.stage is JobStage.DONE:
            took = int((job.updated_at - job.created_at).total_seconds())
            date.setToolTip(self.tr("Made in %1").replace("%1", f"{took // 60}:{took % 60:02d}"))
        length = QTableWidgetItem(duration_text(job))
        for column, item in enumerate((title, status, date, length)):
            self.table.setItem(row, column, item)
        if self.selected_job_id() == job.id:
            self._update_buttons()

    def _set_cover(self, title: QTableWidgetItem, cover: str) -> None:
        """The row's picture: cached now, else loaded (``_on_thumbnail`` puts it in)."""
        title.setData(COVER_URL, cover)
        image = self._thumbnails.cached(cover, THUMB) if (self._thumbnails and cover) else None
        if image is not None:
            title.setIcon(QIcon(QPixmap.fromImage(image)))
        elif self._thumbnails is not None and cover:
            self._thumbnails.load(cover, THUMB)

    def _fill_set(self, row: int, previews: list[PreviewJob]) -> None:
        texts = set_texts(previews)
        title = QTableWidgetItem(texts.title)
        title.setData(SET_ID, previews[0].set_id)
        title.setToolTip(texts.tooltip)
        cover = next((p.status.cover_url for p in previews if p.status and p.status.cover_url), "")
        self._set_cover(title, cover)
        status = QTableWidgetItem(texts.status)
        status.setToolTip(texts.status)
        date = QTableWidgetItem(format_datetime(previews[0].created_at))
        length = QTableWidgetItem("")
        for column, item in enumerate((title, status, date, length)):
            self.table.setItem(row, column, item)

    def set_row_of(self, set_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(SET_ID) == set_id:
                return row
        return None

    def _on_preview(self, preview: PreviewJob) -> None:
        row = self.set_row_of(preview.set_id)
        if row is None or self._previews is None:
            self.refresh()
        else:
            self._fill_set(row, self._previews.preview_set(preview.set_id))
            self._update_buttons()

    def _on_job(self, job: Job) -> None:
        row = self.row_of(job.id)
        if row is None:
            self.refresh()
        else:
            self._fill(row, job)

    def _on_thumbnail(self, url: str, image: QImage) -> None:
        icon = QIcon(QPixmap.fromImage(image))
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(COVER_URL) == url:
                item.setIcon(icon)

    # -- selection --------------------------------------------------------------------------

    def select_job(self, job_id: int) -> None:
        row = self.row_of(job_id)
        if row is not None:
            self.table.selectRow(row)

    def selected_job_id(self) -> int | None:
        return self._selected(JOB_ID)

    def selected_set_id(self) -> int | None:
        """The set of previews selected (a "Compare looks" row), if one is."""
        return self._selected(SET_ID)

    def select_set(self, set_id: int) -> None:
        row = self.set_row_of(set_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected(self, role: Qt.ItemDataRole | int) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        value = item.data(role) if item is not None else None
        return int(value) if value is not None else None

    def selected_job(self) -> Job | None:
        job_id = self.selected_job_id()
        return self._jobs.get(job_id) if job_id is not None else None

    def _explain_selected(self) -> None:
        """The whole message of a failed or unconfirmed job (the list cuts long ones short)."""
        job = self.selected_job()
        self._say(status_text(job) if job is not None and job.error_message else "")

    def _update_buttons(self) -> None:
        job = self.selected_job()
        has_file = bool(job and job.stage is JobStage.DONE and job.video_path and job.video_path.exists())
        for button in (self.play_button, self.open_file_button, self.open_button, self.save_button):
            button.setEnabled(has_file)
        self.again_button.setEnabled(bool(job and job.project_id and not job.stage.active))
        self.delete_button.setEnabled(job is not None or self.selected_set_id() is not None)
        self.compare_button.setEnabled(self.selected_set_id() is not None and self._open_compare is not None)
        self.compare_button.setVisible(self._previews is not None)

    # -- actions ----------------------------------------------------------------------------

    def _open_selected(self) -> None:
        if self.selected_set_id() is not None:
            self.compare_selected()
        else:
            self.play_selected()

    def compare_selected(self) -> None:
        """Open the compare view of the selected previews (watch, render one in full)."""
        set_id = self.selected_set_id()
        if set_id is not None and self._open_compare is not None:
            self._open_compare(set_id)

    def play_selected(self) -> PlayerDialog | None:
        job = self.selected_job()
        if job is None or job.video_path is None or not job.video_path.exists():
            return None
        # No Python reference kept (no lambda on its own signal either): a reference cycle
        # through a media player could be collected on another thread (a Qt object freed off the
        # GUI thread crashes).
        dialog = PlayerDialog(job.video_path, job_title(job), self, aspect=job.settings.aspect)
        dialog.show()
        dialog.player.play()
        return dialog

    def open_selected_file(self) -> None:
        job = self.selected_job()
        if job is not None and job.video_path is not None:
            self._open_url(QUrl.fromLocalFile(str(job.video_path)))

    def open_selected_folder(self) -> None:
        job = self.selected_job()
        if job is not None and job.video_path is not None:
            self._open_url(QUrl.fromLocalFile(str(job.video_path.parent)))

    def _ask_save_copy(self) -> None:
        job = self.selected_job()
        if job is None or job.video_path is None:
            return
        dialog = QFileDialog(self, self.tr("Save a copy of the video"), str(job.video_path))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name, job_id=job.id: self.save_copy(job_id, Path(name)))
        dialog.open()

    def save_copy(self, job_id: int, dest: Path) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.video_path is None:
            return
        source = job.video_path

        async def copy() -> Path:
            # A plain Python worker: qasync's default executor leaves QThreads behind at exit.
            await workers.run_blocking("history-copy", shutil.copyfile, source, dest)
            return dest

        self._tasks.run(
            copy(),
            on_done=lambda path: self._say(self.tr("Saved a copy as %1").replace("%1", str(path))),
            on_error=self._show_error,
        )

    def download_selected_again(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        self._say(self.tr("Checking the video in JoggAI…"))
        self._tasks.run(
            self._jobs.download_again(job.id),
            on_done=lambda _job: self._say(self.tr("Downloaded again.")),
            on_error=self._show_error,
            key=f"history-download-{job.id}",
        )

    def _ask_delete(self) -> None:
        if self.selected_set_id() is not None:
            self._ask_delete_set()
            return
        job = self.selected_job()
        if job is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete from the list?"),
            self.tr("Remove “%1” from your videos? The saved video file is kept.").replace(
                "%1", job_title(job)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda job_id=job.id: self.delete_job(job_id))
        box.open()

    def delete_job(self, job_id: int) -> None:
        self._jobs.delete(job_id)
        self.refresh()

    def _ask_delete_set(self) -> None:
        set_id = self.selected_set_id()
        if set_id is None or self._previews is None:
            return
        previews = self._previews.preview_set(set_id)
        if not previews:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete these previews?"),
            self.tr("Remove “%1” from the list? The preview files go too; a full video made from "
                    "one of them stays.").replace("%1", set_texts(previews).title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.delete_set(set_id))
        box.open()

    def delete_set(self, set_id: int) -> None:
        """Forget a set of previews (and their small files); full videos made from them stay."""
        if self._previews is None:
            return
        if self._close_compare is not None:
            self._close_compare(set_id)  # its window shows nothing any more
        for preview in self._previews.preview_set(set_id):
            self._previews.delete(preview.id, delete_file=True)
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _show_error(self, error: BaseException) -> None:
        self._say(describe(error).text)
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()  # Esc closes, as in a dialog
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for dialog in self.findChildren(PlayerDialog):
            dialog.close()
        self.detach()
        for callback in list(self.on_closed):
            callback()
        super().closeEvent(event)

    def detach(self) -> None:
        """Stop listening to the job service (before the window is destroyed)."""
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        if self._unsubscribe_previews:
            self._unsubscribe_previews()
            self._unsubscribe_previews = None
