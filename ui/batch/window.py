"""The Batch window: many products, several variants each, made one after another.

Rows come from pasted links, a CSV, or products picked from the History. The count and the cost
are shown as the batch is put together, and the confirmation names the cost. While it runs, the
table shows each video's state; Pause, Resume, Cancel (never throws a paid video away), Retry
(only where it cannot charge twice), Export results and Open folder. The work is the core's
:class:`~jogg_desktop.jobs.batch_runner.BatchRunner`, run on the app's task runner: closing the
window leaves it running, and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.catalog import CatalogService
from jogg_desktop.jobs.batch_model import (
    BatchInputError,
    BatchPlan,
    SourceRow,
    rows_from_csv,
    rows_from_links,
    rows_from_products,
)
from jogg_desktop.jobs.batch_runner import BatchRow, BatchRunner, RetryKind, RowState, default_export_name
from jogg_desktop.jobs.batch_types import BatchState
from jogg_desktop.models import Product, VideoSettings
from jogg_desktop.store.preset_store import PresetStore
from ui.batch.history_picker import HistoryPicker
from ui.batch.variants import AVATARS, LOOKS, VOICES, VariantsGrid
from ui.errors import describe
from ui.tasks import TaskRunner
from ui.widgets.cover_grid import ThumbnailSource

COLUMNS = ("product", "variant", "status", "progress")
CURRENT = ""  # the settings combo's item for "the settings of the wizard"
REFRESH_MS = 150

# Marked for lupdate; translated where shown (context BatchWindow).
STATE_TEXT: dict[RowState, str] = {
    RowState.WAITING: str(QT_TRANSLATE_NOOP("BatchWindow", "Waiting")),
    RowState.READING: str(QT_TRANSLATE_NOOP("BatchWindow", "Reading the product page")),
    RowState.REQUESTING: str(QT_TRANSLATE_NOOP("BatchWindow", "Asking JoggAI")),
    RowState.RENDERING: str(QT_TRANSLATE_NOOP("BatchWindow", "JoggAI is making it")),
    RowState.DOWNLOADING: str(QT_TRANSLATE_NOOP("BatchWindow", "Downloading")),
    RowState.DONE: str(QT_TRANSLATE_NOOP("BatchWindow", "Done")),
    RowState.FAILED: str(QT_TRANSLATE_NOOP("BatchWindow", "Failed")),
    RowState.UNCONFIRMED: str(QT_TRANSLATE_NOOP("BatchWindow", "Not confirmed")),
    RowState.CANCELLED: str(QT_TRANSLATE_NOOP("BatchWindow", "Cancelled")),
}


class BatchWindow(QWidget):
    def __init__(
        self,
        runner: BatchRunner,
        tasks: TaskRunner,
        *,
        current_settings: Callable[[], VideoSettings],
        default_folder: Path,
        presets: PresetStore | None = None,
        history: Callable[[], list[Product]] = list,
        notify: Callable[[str], None] = lambda _text: None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        catalog: CatalogService | None = None,
        thumbnails: ThumbnailSource | None = None,
        open_editor: Callable[[QWidget, int], QDialog] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Make many videos"))
        self.setObjectName("batchWindow")
        self._runner = runner
        self._tasks = tasks
        self._current_settings = current_settings
        self._presets = presets
        self._history = history
        self._notify = notify
        self._open_url = open_url
        self._catalog = catalog
        self._open_editor = open_editor
        self._thumbnails = thumbnails
        self._imported: tuple[str, list[SourceRow]] | None = None  # (text shown, rows) of a CSV/History pick
        self.batch_id: int | None = None
        self.on_closed: list[Callable[[], None]] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._unsubscribe = runner.subscribe(self._on_batch_changed)

        # The new batch scrolls above the table and the seller can drag the line between them:
        # the window fits a small screen, and the table gets the room once a batch runs.
        scroll = QScrollArea(self)
        scroll.setObjectName("batchInputScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._build_input(default_folder))
        top = QWidget(self)
        new_batch = QVBoxLayout(top)
        new_batch.setContentsMargins(0, 0, 0, 0)
        new_batch.addWidget(scroll, 1)
        start = QHBoxLayout()  # the count, the cost and the button: always in view
        start.addWidget(self.summary, 1)
        start.addWidget(self.start_button)
        new_batch.addLayout(start)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._build_progress())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        self.resize(900, 820)
        self._on_settings_chosen()
        self._show_latest()

    # -- building -----------------------------------------------------------------------

    def _build_input(self, default_folder: Path) -> QGroupBox:
        box = QGroupBox(self.tr("New batch"), self)
        self.links_edit = QPlainTextEdit(box)
        self.links_edit.setObjectName("batchLinks")
        self.links_edit.setAccessibleName(self.tr("Product links, one per line"))
        self.links_edit.setPlaceholderText(self.tr("Paste product page links here, one per line"))
        self.links_edit.setMaximumHeight(96)
        self.links_edit.textChanged.connect(self._update_summary)
        self.import_button = self._button(box, self.tr("Import CSV…"), self._ask_csv)
        self.history_button = self._button(box, self.tr("Add from History…"), self._pick_history)
        sources = QHBoxLayout()
        sources.addWidget(self.import_button)
        sources.addWidget(self.history_button)
        sources.addStretch(1)

        self.settings_combo = QComboBox(box)
        self.settings_combo.setAccessibleName(self.tr("Settings for every video"))
        self.settings_combo.addItem(self.tr("The current video settings"), CURRENT)
        for name in self._presets.names() if self._presets else []:
            self.settings_combo.addItem(self.tr("Saved settings: %1").replace("%1", name), name)
        self.settings_combo.currentIndexChanged.connect(self._on_settings_chosen)
        self.variants = VariantsGrid(box, thumbnails=self._thumbnails)
        self.variants.changed.connect(self._update_summary)
        self.variants.catalog_needed.connect(self.load_catalog)
        self.folder_edit = QLineEdit(str(default_folder), box)
        self.folder_edit.setAccessibleName(self.tr("Folder for the videos"))
        self.folder_button = self._button(box, self.tr("Choose…"), self._ask_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.folder_button)

        self.summary = QLabel(box)
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.start_button = self._button(box, self.tr("Make the videos…"), self.ask_start)
        self.start_button.setObjectName("batchStart")

        form = QFormLayout(box)
        form.addRow(self.links_edit)
        form.addRow(sources)
        form.addRow(self.tr("Settings"), self.settings_combo)
        form.addRow(self.tr("Variants"), self.variants)
        form.addRow(self.tr("Save in"), folder)
        return box

    def _build_progress(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress"), self)
        self.table = QTableWidget(0, len(COLUMNS), box)
        self.table.setObjectName("batchTable")
        self.table.setAccessibleName(self.tr("Videos of the batch"))
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Variant"), self.tr("Status"),
                                              self.tr("Progress")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        header.resizeSection(1, 180)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.status = QLabel(box)
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        self.pause_button = self._button(box, self.tr("Pause"), self.pause)
        self.resume_button = self._button(box, self.tr("Resume"), self.resume)
        self.cancel_button = self._button(box, self.tr("Cancel batch"), self.cancel)
        self.retry_button = self._button(box, self.tr("Retry"), self.retry_selected)
        self.edit_button = self._button(box, self.tr("Edit product…"), self.edit_selected)
        self.edit_button.setObjectName("batchEditProduct")
        self.export_button = self._button(box, self.tr("Export results…"), self.ask_export)
        self.folder_open_button = self._button(box, self.tr("Open folder"), self.open_folder)
        row_buttons = QHBoxLayout()  # what the selected row offers, under the table
        row_buttons.addWidget(self.edit_button)
        row_buttons.addWidget(self.retry_button)
        row_buttons.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.folder_open_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        return box

    def _button(self, parent: QWidget, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, parent)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- putting the batch together ------------------------------------------------------

    def rows(self) -> list[SourceRow]:
        """The rows the input gives; BatchInputError (plain words) when it cannot make a batch."""
        text = self.links_edit.toPlainText()
        if self._imported is not None and self._imported[0] == text:
            return list(self._imported[1])
        self._imported = None
        return rows_from_links(text)

    def settings(self) -> VideoSettings:
        name = self.settings_combo.currentData()
        chosen = self._presets.get(name) if name and self._presets else None
        return chosen or self._current_settings()

    def plan(self) -> BatchPlan | str:
        """The batch, or why it cannot be made yet (in plain words)."""
        try:
            rows = self.rows()
        except BatchInputError as err:
            return self.tr("Check the links: %1").replace("%1", "; ".join(err.problems))
        grid = self.variants.checked_grid()
        if grid is None:
            return self.tr("Check the variants.")
        return BatchPlan(tuple(rows), self.settings(), grid)

    def plan_summary(self, plan: BatchPlan) -> str:
        """E.g. “12 products × 3 variants = 36 videos, 36 credits”, in the app's language."""
        products = self.tr("%n product(s)", "", len(plan.rows))
        variants = self.tr("%n variant(s)", "", plan.grid.count)
        videos = self.tr("%n video(s)", "", plan.video_count)
        credits = self.tr("%n credit(s)", "", plan.total_credits)
        return f"{products} × {variants} = {videos}, {credits}"

    def _on_settings_chosen(self) -> None:
        settings = self.settings()
        self.variants.set_base(settings.aspect, settings.language)
        self._update_summary()

    def load_catalog(self, kind: str) -> None:
        """Load what a variants picker shows (JoggAI's catalogs, cached per API client)."""
        catalog, variants = self._catalog, self.variants
        if catalog is None:
            variants.catalog_failed(kind, self.tr("The catalogs need a connection to JoggAI."))
            return

        async def load() -> None:
            if kind == AVATARS:
                variants.set_avatars(list((await catalog.avatars()).items))
            elif kind == VOICES:
                variants.set_voices(list((await catalog.voices(variants.language())).items))
            elif kind == LOOKS:
                styles = await catalog.visual_styles(variants.formats()[0])
                variants.set_looks([s.name for s in styles], list((await catalog.templates()).items))

        self._tasks.run(load(), key=f"batch-catalog-{kind}",
                        on_error=lambda exc: variants.catalog_failed(kind, describe(exc).text))

    def _update_summary(self) -> None:
        plan = self.plan() if self.links_edit.toPlainText().strip() else None
        if plan is None:
            self.summary.setText(self.tr("Paste links, import a CSV or add products from the History."))
        elif isinstance(plan, str):
            self.summary.setText(plan)
        else:
            self.summary.setText(self.plan_summary(plan))
        self.start_button.setEnabled(isinstance(plan, BatchPlan))

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a CSV"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        try:
            rows = rows_from_csv(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            self.summary.setText(self.tr("This file could not be read. Is it a CSV file?"))
            return
        except BatchInputError as err:
            problems = "; ".join(err.problems)
            self.summary.setText(self.tr("This CSV cannot be used: %1").replace("%1", problems))
            return
        self._show_imported(rows)

    def _pick_history(self) -> HistoryPicker | None:
        products = self._history()
        if not products:
            self.summary.setText(self.tr("The History has no products yet."))
            return None
        picker = HistoryPicker(products, self.add_products, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.open()
        return picker

    def add_products(self, products: list[Product]) -> None:
        """Products picked from the History: made again as they were, no page read again."""
        if products:
            self._show_imported(rows_from_products(products))

    def _show_imported(self, rows: list[SourceRow]) -> None:
        text = "\n".join(r.url or r.label for r in rows)
        self._imported = (text, rows)
        self.links_edit.setPlainText(text)  # textChanged → summary (rows() keeps the imported rows)

    def _ask_folder(self) -> None:
        current = self.folder_edit.text()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the videos in"), current)
        if folder:
            self.folder_edit.setText(folder)

    def ask_start(self) -> QMessageBox | None:
        """The confirmation, naming the number of videos and the credits they use."""
        plan = self.plan()
        if not isinstance(plan, BatchPlan):
            return None
        box = QMessageBox(self)
        box.setObjectName("batchConfirm")
        box.setWindowTitle(self.tr("Make the videos?"))
        box.setText(self.tr("%1.\n\nThis uses %2 credits from your JoggAI account.")
                    .replace("%1", self.plan_summary(plan)).replace("%2", str(plan.total_credits)))
        box.setIcon(QMessageBox.Icon.Question)
        confirm = box.addButton(self.tr("Make %1 videos").replace("%1", str(plan.video_count)),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(confirm)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is confirm:
                self.start(plan)

        box.finished.connect(answered)
        box.open()
        return box

    def start(self, plan: BatchPlan) -> None:
        batch = self._runner.create(plan, Path(self.folder_edit.text()).expanduser())
        self.show_batch(batch.id)
        self._run(batch.id)

    # -- following a batch ---------------------------------------------------------------

    def _show_latest(self) -> None:
        """On opening: the newest batch; an unfinished one goes on (after a restart, too)."""
        batches = self._runner.batches()
        if batches:
            self.show_batch(batches[0].id)
            if batches[0].state.open:
                self._run(batches[0].id)

    def show_batch(self, batch_id: int) -> None:
        self.batch_id = batch_id
        self.refresh()

    def _run(self, batch_id: int) -> None:
        key = f"batch-{batch_id}"
        if not self._tasks.is_running(key) and not self._runner.is_running(batch_id):
            self._tasks.run(self._runner.run(batch_id), key=key, on_error=self._on_run_error)

    def _on_run_error(self, exc: BaseException) -> None:
        self.status.setText(describe(exc).text)

    def _on_batch_changed(self, batch_id: int) -> None:
        if batch_id == self.batch_id and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        if self.batch_id is None:
            self._update_buttons()
            return
        rows = self._runner.rows(self.batch_id)
        selected = self.selected_row()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill(index, row)
        if selected is not None:
            for index, row in enumerate(rows):
                if row.video.id == selected.video.id:
                    self.table.selectRow(index)
        self.status.setText(self._status_text())
        self._update_buttons()

    def _fill(self, index: int, row: BatchRow) -> None:
        state = QCoreApplication.translate("BatchWindow", STATE_TEXT[row.state])
        status = f"{state}: {row.reason}" if row.reason and row.state is not RowState.DONE else state
        progress = f"{row.progress * 100:.0f} %" if row.progress is not None else ""
        for column, text in enumerate((row.product_name, row.variant_label, status, progress)):
            item = self.table.item(index, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(index, column, item)
            if item.text() != text:
                item.setText(text)
                item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, row.video.id)

    def _status_text(self) -> str:
        assert self.batch_id is not None
        batch = self._runner.batch(self.batch_id)
        s = self._runner.summary(self.batch_id)
        counts = self.tr("%1 of %2 videos done, %3 failed, %4 credits used").replace("%1", str(s.done)) \
            .replace("%2", str(s.total)).replace("%3", str(s.failed)).replace("%4", str(s.credits_used))
        state = {
            BatchState.RUNNING: self.tr("Running"), BatchState.PAUSED: self.tr("Paused"),
            BatchState.CANCELLED: self.tr("Cancelled: videos already requested are still finished"),
            BatchState.FINISHED: self.tr("Finished"),
        }[batch.state]
        reason = self._runner.pause_reason.get(self.batch_id, "")
        return f"{state}{f' — {reason}' if reason else ''}. {counts}."

    def selected_row(self) -> BatchRow | None:
        if self.batch_id is None:
            return None
        items = self.table.selectedItems()
        if not items:
            return None
        video_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self._runner.rows(self.batch_id) if r.video.id == video_id), None)

    def _update_buttons(self) -> None:
        batch = self._runner.batch(self.batch_id) if self.batch_id is not None else None
        state = batch.state if batch is not None else None
        self.pause_button.setEnabled(state is BatchState.RUNNING)
        self.resume_button.setEnabled(state is BatchState.PAUSED)
        self.cancel_button.setEnabled(state is not None and state.open)
        row = self.selected_row()
        self.retry_button.setEnabled(row is not None and row.retry is not RetryKind.NONE)
        self.retry_button.setToolTip(_retry_hint(row) if row is not None else "")
        self.edit_button.setEnabled(row is not None and self._open_editor is not None)
        self.edit_button.setToolTip(self.tr("See or change this row's product (double-click a row)"))
        self.export_button.setEnabled(batch is not None)
        self.folder_open_button.setEnabled(batch is not None)

    # -- controls ---------------------------------------------------------------------------

    def pause(self) -> None:
        if self.batch_id is not None:
            self._runner.pause(self.batch_id)
            self.refresh()

    def resume(self) -> None:
        if self.batch_id is not None:
            self._runner.resume(self.batch_id)
            self._run(self.batch_id)
            self.refresh()

    def cancel(self) -> None:
        if self.batch_id is not None:
            self._runner.cancel(self.batch_id)
            self.refresh()

    def retry_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.retry is RetryKind.NONE or self.batch_id is None:
            return
        batch_id = self.batch_id

        async def again() -> None:
            await self._runner.retry(row.video.id)
            self._run(batch_id)

        self._tasks.run(again(), on_error=self._on_run_error)

    def edit_selected(self) -> QDialog | None:
        """The selected row's product in the product editor (changeable until its render)."""
        row = self.selected_row()
        if row is None or self._open_editor is None:
            return None
        dialog = self._open_editor(self, row.product.id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def _row_menu(self, pos: QPoint) -> None:
        if self.table.itemAt(pos) is None:
            return
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        edit = menu.addAction(self.tr("Edit product…"))
        edit.setEnabled(self._open_editor is not None)
        edit.triggered.connect(lambda _checked=False: self.edit_selected())
        retry = menu.addAction(self.tr("Retry"))
        retry.setEnabled(self.retry_button.isEnabled())
        retry.triggered.connect(lambda _checked=False: self.retry_selected())
        menu.popup(self.table.viewport().mapToGlobal(pos))  # popup, never exec: no nested loop
        self.row_menu = menu

    def ask_export(self) -> None:
        if self.batch_id is None:
            return
        batch = self._runner.batch(self.batch_id)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the results"),
                                              str(batch.out_dir / default_export_name(batch)),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        assert self.batch_id is not None
        try:
            self._runner.export_csv(self.batch_id, path)
        except OSError:
            self.status.setText(self.tr("The results could not be saved there. Choose another folder."))
            return
        self.status.setText(self.tr("Results saved: %1").replace("%1", str(path)))

    def open_folder(self) -> None:
        if self.batch_id is not None:
            folder = self._runner.batch(self.batch_id).out_dir
            folder.mkdir(parents=True, exist_ok=True)
            self._open_url(QUrl.fromLocalFile(str(folder)))

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.batch_id is not None and self._runner.batch(self.batch_id).state.open:
            s = self._runner.summary(self.batch_id)
            self._notify(self.tr("The batch goes on in the background (%1 of %2 videos done). "
                                 "Open “Make many videos…” to follow it.")
                         .replace("%1", str(s.done)).replace("%2", str(s.total)))
        self._unsubscribe()
        for callback in list(self.on_closed):
            callback()
        super().closeEvent(event)


def _retry_hint(row: BatchRow) -> str:
    hints = {
        RetryKind.READ_AGAIN: str(QT_TRANSLATE_NOOP(
            "BatchWindow", "Read the product page again (nothing was charged)")),
        RetryKind.REQUEST_AGAIN: str(QT_TRANSLATE_NOOP(
            "BatchWindow", "Ask JoggAI again: this video was never started, nothing was charged")),
        RetryKind.DOWNLOAD_AGAIN: str(QT_TRANSLATE_NOOP(
            "BatchWindow", "Download the finished video again (no new charge)")),
        RetryKind.NONE: str(QT_TRANSLATE_NOOP(
            "BatchWindow", "This video cannot be retried safely: it may have used credits already")),
    }
    return QCoreApplication.translate("BatchWindow", hints[row.retry])
