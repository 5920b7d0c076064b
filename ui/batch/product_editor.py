"""A batch row's product in the wizard's product page, in a window of its own.

Opened from the Batch window's table (double-click, the context menu, "Edit product…"). What can
be changed follows :mod:`jogg_desktop.jobs.batch_edit`: a product JoggAI has read, whose videos
are not requested yet: everything (name, description, audience, pictures and videos with their
descriptions), saved to JoggAI and to the batch row; a product not read yet: the CSV's fields;
one with a video requested: shown, not changed, and the window says why. While the window is
open, the batch holds that product's renders back (:meth:`BatchRunner.hold`), so the saved
edits are what its videos are made from.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from jogg_desktop.jobs.batch_edit import EditScope, ProductEdit, ViewOnly
from jogg_desktop.jobs.batch_runner import BatchRunner, product_label
from jogg_desktop.jobs.batch_types import BatchProduct
from ui.context import AppContext
from ui.pages.product_page import ProductPage


class RowProductPage(ProductPage):
    """The product page, loaded from a batch row instead of the wizard's product."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.details_only = False

    def on_enter(self) -> None:
        self.name_edit.setFocus()  # the editor loaded the row: nothing of the wizard's

    def missing(self) -> str:
        return "" if self.details_only else super().missing()

    def load_row(self, row: BatchProduct, edit: ProductEdit) -> None:
        self.details_only = edit.scope is EditScope.DETAILS or row.product is None
        self._load(row.product)
        if row.product is None:  # not read yet: the CSV's fields
            self.name_edit.setText(row.source.name)
            self.description_edit.setPlainText(row.source.description)
            self.audience_edit.setText(row.source.target_audience)
        self.banner.dismiss()
        for widget in (self.media_title, self.media_hint, self.grid, self.media_description,
                       self.left_button, self.right_button, self.remove_button, self.add_files_button,
                       self.url_edit, self.add_url_button):
            widget.setVisible(not self.details_only)
        self.intro.setText(self._intro(edit))
        if not edit.editable:
            self._look_only()
        self._changed()

    def _intro(self, edit: ProductEdit) -> str:
        if not edit.editable:
            return {
                ViewOnly.REQUESTED: self.tr(
                    "A video of this product has already been requested from JoggAI with these "
                    "details, so they can't be changed any more. To make it with other details, "
                    "add it to a new batch."),
                ViewOnly.CANCELLED: self.tr(
                    "The batch was cancelled before this product's videos were requested: there is "
                    "nothing left to change."),
                ViewOnly.ELSEWHERE: self.tr(
                    "This product is already open in another window: change it there."),
            }.get(edit.why, "")
        if self.details_only:
            return self.tr(
                "JoggAI hasn't read this product's page yet. You can change its name, description "
                "and audience now (they replace what the page says); its pictures once it is read.")
        return self.tr(
            "This is what JoggAI found on the page. Changes are saved to JoggAI and used for every "
            "video of this product in the batch; its videos wait until you close this window.")

    def _look_only(self) -> None:
        for edit in (self.name_edit, self.audience_edit, self.media_description):
            edit.setReadOnly(True)
        self.description_edit.setReadOnly(True)
        self.grid.set_read_only(True)
        for widget in (self.left_button, self.right_button, self.remove_button, self.add_files_button,
                       self.url_edit, self.add_url_button):
            widget.hide()

    def saving(self, saving: bool) -> None:
        self._set_saving(saving)


class ProductEditor(QDialog):
    """One row's product: Save / Cancel while it can change, Close when it can only be seen."""

    def __init__(self, ctx: AppContext, runner: BatchRunner, product_row_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchProductEditor")
        self._ctx = ctx
        self._runner = runner
        self._row_id = product_row_id
        self.edit = runner.hold(product_row_id)
        row = runner.product_row(product_row_id)
        self.setWindowTitle(self.tr("Product: %1").replace("%1", product_label(row)))
        self.page = RowProductPage(ctx, self)
        self.page.load_row(row, self.edit)
        if self.edit.editable:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                       | QDialogButtonBox.StandardButton.Cancel, self)
            self.save_button: QPushButton | None = buttons.button(QDialogButtonBox.StandardButton.Save)
            assert self.save_button is not None
            self.save_button.setObjectName("primaryButton")
            self.save_button.setText(self.tr("Save"))
            self.save_button.setDefault(True)
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
            buttons.accepted.connect(self.save)
            self.page.nav_changed.connect(self._update_save)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
            self.save_button = None
        for button in buttons.buttons():
            button.setIcon(QIcon())  # no theme icons: some desktops draw them like emoji
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.finished.connect(self._closed)
        self._unsubscribe = runner.subscribe(self._on_batch_changed) if self.page.details_only else None
        if self.edit.editable:  # closed with its window (no "finished"): the renders go on too
            unsubscribe = self._unsubscribe or (lambda: None)

            def gone(_obj: object = None, r: BatchRunner = runner, row_id: int = product_row_id) -> None:
                unsubscribe()
                r.release(row_id)

            self.destroyed.connect(gone)
        self.resize(820, 640 if not self.page.details_only else 360)
        self._update_save()

    def _on_batch_changed(self, batch_id: int) -> None:
        """Opened before JoggAI read the page, and read now: the whole product, unless the
        seller already typed something (then those details are saved onto it)."""
        row = self._runner.product_row(self._row_id)
        if batch_id != row.batch_id or not self.page.details_only or not self.edit.editable:
            return
        edit = self._runner.edit_scope(self._row_id)
        typed = (self.page.name_edit.text(), self.page.description_edit.toPlainText(),
                 self.page.audience_edit.text()) != (row.source.name, row.source.description,
                                                     row.source.target_audience)
        if edit.scope is EditScope.PRODUCT and not typed:
            self.edit = edit
            self.page.load_row(row, edit)
            self.resize(self.width(), max(self.height(), 640))
            self._update_save()

    def _update_save(self) -> None:
        if self.save_button is not None:
            self.save_button.setEnabled(self.page.can_go_next())

    def save(self) -> None:
        """To JoggAI and the batch row; the window closes once both have it."""
        if self.save_button is None or not self.page.can_go_next():
            return
        self.page.clear_error()
        self.page.saving(True)
        page = self.page
        if page.details_only:
            work = self._runner.save_details(
                self._row_id, page.name_edit.text(), page.description_edit.toPlainText(),
                page.audience_edit.text())
        else:
            edited = page.edited_product()
            assert edited is not None
            work = self._runner.save_product(self._row_id, edited)
        self._ctx.tasks.run(work, key=f"batch-product-{self._row_id}", on_done=lambda _row: self._saved(),
                            on_error=self._failed)

    def _saved(self) -> None:
        self.page.saving(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.page.saving(False)
        if isinstance(error, ValueError):  # requested meanwhile (another window): look only now
            self.page.banner.show_text(self.tr(
                "A video of this product was requested meanwhile: these details can't be changed any "
                "more."), "warning")
            return
        self.page.show_error(error)

    def _closed(self, _result: int) -> None:
        self._ctx.tasks.cancel(f"batch-product-{self._row_id}")
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.edit.editable:
            self._runner.release(self._row_id)

