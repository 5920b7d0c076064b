"""Step 2: the product as JoggAI understood it (or entered by hand), with its pictures and videos.

Name, description, target audience; a media grid with thumbnails, a description per item,
remove, reorder (drag or Ctrl+arrows), add local files (uploaded through the asset flow) or by
link, drop files from the desktop. Next creates the product (manual entry) or PUTs it — only
when something changed (API.md §9.2: the media list replaces the server's list).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.models import Media, MediaKind, Product, ProductDraft
from ui.context import AppContext
from ui.imaging.kinds import VIDEO_SUFFIXES, looks_like_video
from ui.pages.base import WizardPage
from ui.widgets.media_grid import MEDIA_ROLE, THUMB_SIZE, THUMB_URL_ROLE, MediaGrid

SAVE_TASK = "product-save"
MEDIA_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.mp4 *.mov *.webm *.m4v"


def media_kind_for(name: str) -> MediaKind:
    return MediaKind.VIDEO if name.lower().split("?")[0].endswith(VIDEO_SUFFIXES) else MediaKind.IMAGE


THUMBNAIL_BATCH = 4
"""Thumbnails asked for per event-loop turn: one already in memory is put on its tile right
away (≈0.5 ms each), so a handful per turn keeps every turn short."""

class ProductPage(WizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("productPage")
        self._original: Product | None = None
        self._loaded = False  # False until shown once, and again after reset()
        self._saving = False
        self._uploads = 0
        self._file_dialog: QFileDialog | None = None

        self.intro = QLabel(self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("productName")
        self.name_edit.setAccessibleName(self.tr("Product name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Ceramic coffee mug, 350 ml"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("productDescription")
        self.description_edit.setAccessibleName(self.tr("Product description"))
        self.description_edit.setPlaceholderText(self.tr("What it is, what it does, why people love it"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 4 + 18)
        self.audience_edit = QLineEdit(self)
        self.audience_edit.setObjectName("targetAudience")
        self.audience_edit.setAccessibleName(self.tr("Target audience"))
        self.audience_edit.setPlaceholderText(self.tr("e.g. coffee lovers who work from home"))
        for widget in (self.name_edit, self.audience_edit):
            widget.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)

        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self._buddy(self.tr("&Name"), self.name_edit), self.name_edit)
        form.addRow(self._buddy(self.tr("&Description"), self.description_edit), self.description_edit)
        form.addRow(self._buddy(self.tr("Target &audience"), self.audience_edit), self.audience_edit)

        # Media: grid + per-item description + buttons.
        media_title = QLabel(self.tr("Pictures and videos"), self)
        media_title.setObjectName("sectionTitle")
        media_hint = QLabel(
            self.tr("Drag to change the order (the first ones matter most), or drop files from "
                    "your desktop."),
            self,
        )
        media_hint.setObjectName("hint")
        media_hint.setWordWrap(True)
        self.grid = MediaGrid(self)
        self.grid.setMinimumHeight(THUMB_SIZE.height() + 70)
        self.grid.files_dropped.connect(self.add_files)
        self.grid.changed.connect(self._changed)
        self.grid.currentItemChanged.connect(self._on_current_media)
        ctx.thumbnails.loaded.connect(self._on_thumbnail)
        self._thumbnail_generation = 0

        self.media_description = QLineEdit(self)
        self.media_description.setObjectName("mediaDescription")
        self.media_description.setAccessibleName(self.tr("Description of the selected picture or video"))
        self.media_description.setPlaceholderText(
            self.tr("Describe the selected picture or video (optional, helps JoggAI use it well)")
        )
        self.media_description.textEdited.connect(self.grid.set_current_description)

        self.add_files_button = QPushButton(self.tr("Add files…"), self)
        self.add_files_button.setAccessibleName(self.tr("Add pictures or videos from this computer"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("mediaUrl")
        self.url_edit.setAccessibleName(self.tr("Link to a picture or video"))
        self.url_edit.setPlaceholderText(self.tr("https://… link to a picture or video"))
        self.url_edit.returnPressed.connect(self.add_url)
        self.add_url_button = QPushButton(self.tr("Add link"), self)
        self.add_url_button.setAccessibleName(self.tr("Add the picture or video at this link"))
        self.add_url_button.clicked.connect(self.add_url)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected picture or video"))
        self.remove_button.clicked.connect(self.grid.remove_current)
        self.left_button = QPushButton(self.tr("◀ Move"), self)
        self.left_button.setAccessibleName(self.tr("Move the selected item earlier"))
        self.left_button.setToolTip(self.tr("Move earlier (Ctrl+Left)"))
        self.left_button.clicked.connect(lambda: self.grid.move_current(-1))
        self.right_button = QPushButton(self.tr("Move ▶"), self)
        self.right_button.setAccessibleName(self.tr("Move the selected item later"))
        self.right_button.setToolTip(self.tr("Move later (Ctrl+Right)"))
        self.right_button.clicked.connect(lambda: self.grid.move_current(1))
        self.media_status = QLabel(self)
        self.media_status.setObjectName("hint")
        self.media_status.setAccessibleName(self.tr("Upload status"))

        item_row = QHBoxLayout()
        item_row.addWidget(self.media_description, 1)
        item_row.addWidget(self.left_button)
        item_row.addWidget(self.right_button)
        item_row.addWidget(self.remove_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_files_button)
        add_row.addWidget(self.url_edit, 1)
        add_row.addWidget(self.add_url_button)

        media_box = QVBoxLayout()
        media_box.setSpacing(6)
        media_box.addWidget(media_title)
        media_box.addWidget(media_hint)
        media_box.addWidget(self.grid, 1)
        media_box.addLayout(item_row)
        media_box.addLayout(add_row)
        media_box.addWidget(self.media_status)

        # Everything scrolls together: nothing overlaps at 200% scaling or in a small window.
        content = QWidget(self)
        content.setObjectName("productContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addLayout(media_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)
        order = [self.name_edit, self.description_edit, self.audience_edit, self.grid, self.media_description,
                 self.left_button, self.right_button, self.remove_button, self.add_files_button,
                 self.url_edit, self.add_url_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._update_item_controls()

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, widget.parentWidget())
        label.setBuddy(widget)
        return label

    # -- wizard contract ------------------------------------------------------------------
    def title(self) -> str:
        if self.is_manual:
            return self.tr("Tell us about your product")
        return self.tr("Check the product details")

    @property
    def is_manual(self) -> bool:
        return self._original is None

    def can_go_next(self) -> bool:
        return bool(self.name_edit.text().strip()) and not self._saving and self._uploads == 0

    def can_go_back(self) -> bool:
        return not self._saving

    def on_enter(self) -> None:
        # Coming back (Back, Change API key…) keeps the edits; a new product or reset() reloads.
        product = self.ctx.state.product
        if not self._loaded or product is not self._original:
            self._load(product)
        self.name_edit.setFocus()

    def reset(self) -> None:
        """Forget the edits: the next visit shows ``ctx.state.product`` (or an empty form)."""
        self._loaded = False

    def on_leave(self) -> None:
        self.ctx.tasks.cancel(SAVE_TASK)

    def retry(self) -> None:
        self.on_next()

    def _load(self, product: Product | None) -> None:
        self._loaded = True
        self._original = product
        self.clear_error()
        if product is None:
            self.intro.setText(
                self.tr("Enter the product's name and a short description, and add a few pictures.")
            )
        else:
            self.intro.setText(
                self.tr("This is what JoggAI found on the page. Fix anything that is wrong, and "
                        "choose the pictures and videos for the video.")
            )
        for edit, text in (
            (self.name_edit, product.name if product else ""),
            (self.audience_edit, product.target_audience if product else ""),
        ):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self.description_edit.blockSignals(True)
        self.description_edit.setPlainText(product.description if product else "")
        self.description_edit.blockSignals(False)
        self.grid.blockSignals(True)
        self.grid.set_media(product.media if product else ())
        self.grid.blockSignals(False)
        self._load_thumbnails([m.url for m in self.grid.media()])
        self._on_current_media(self.grid.currentItem(), None)
        self._changed()

    # -- the product as edited ------------------------------------------------------------
    def edited_product(self) -> Product | None:
        if self._original is None:
            return None
        return replace(
            self._original,
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            target_audience=self.audience_edit.text().strip(),
            media=tuple(self.grid.media()),
        )

    def draft(self) -> ProductDraft:
        return ProductDraft(
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            target_audience=self.audience_edit.text().strip(),
            media=tuple(self.grid.media()),
        )

    def has_changes(self) -> bool:
        edited = self.edited_product()
        return edited is not None and self._original is not None and not edited.same_content(self._original)

    def on_next(self) -> None:
        if not self.can_go_next():
            return
        self.clear_error()
        api = self.ctx.require_api()
        if self.is_manual:
            self._set_saving(True)
            self.run_task(api.create_product_manual(self.draft()), on_done=self._saved,
                          on_error=self._save_failed, on_cancel=lambda: self._set_saving(False),
                          key=SAVE_TASK)
            return
        edited = self.edited_product()
        assert edited is not None
        if not self.has_changes():
            self.go_next.emit()  # nothing changed: no PUT
            return
        self._set_saving(True)

        async def put() -> Product:
            await api.update_product(edited)
            return edited

        self.run_task(put(), on_done=self._saved, on_error=self._save_failed,
                      on_cancel=lambda: self._set_saving(False), key=SAVE_TASK)

    def _saved(self, product: Product) -> None:
        self._set_saving(False)
        self._original = product
        self.ctx.state.product = product
        self.go_next.emit()

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        self.show_error(error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.media_status.setText(self.tr("Saving the product details…") if saving else "")
        self.nav_changed.emit()

    # -- adding media ---------------------------------------------------------------------
    def choose_files(self) -> None:
        # open(), never exec(): no nested event loop under qasync.
        dialog = QFileDialog(self, self.tr("Add pictures or videos"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Pictures and videos (%1)").replace("%1", MEDIA_FILTER))
        dialog.filesSelected.connect(lambda files: self.add_files([Path(f) for f in files]))
        self._file_dialog = dialog
        dialog.open()

    def add_files(self, files: list[Path]) -> None:
        for path in files:
            if not path.is_file():
                continue
            local_url = QUrl.fromLocalFile(str(path)).toString()
            media = Media(kind=media_kind_for(path.name), url=local_url, name=path.name)
            item = self.grid.add_media(media, pending=True)
            item.setData(THUMB_URL_ROLE, local_url)
            self.grid.setCurrentItem(item)
            if media.kind is MediaKind.IMAGE:
                self.ctx.thumbnails.load_local(path, self.grid.thumbnail_request_size())
            self._uploads += 1
            self.run_task(self._upload(path, item), on_done=lambda url, it=item: self._uploaded(it, url),
                          on_error=lambda exc, it=item: self._upload_failed(it, exc),
                          on_cancel=lambda it=item: self._upload_failed(it, None))
        self._show_upload_status()
        self.nav_changed.emit()

    async def _upload(self, path: Path, item: QListWidgetItem) -> str:
        def progress(done: int, total: int | None) -> None:
            if total:
                self.grid.set_upload_progress(item, int(done * 100 / total))

        return await self.ctx.require_api().upload_asset(path, progress=progress)

    def _uploaded(self, item: QListWidgetItem, url: str) -> None:
        self._uploads -= 1
        if self.grid.row(item) >= 0:
            media: Media = item.data(MEDIA_ROLE)
            self.grid.update_media(item, replace(media, url=url), pending=False)
        self._show_upload_status()
        self.nav_changed.emit()

    def _upload_failed(self, item: QListWidgetItem, error: BaseException | None) -> None:
        self._uploads -= 1
        row = self.grid.row(item)
        if row >= 0:
            self.grid.takeItem(row)
            self.grid.changed.emit()
        if error is not None:
            message = self.show_error(error)
            name = item.data(MEDIA_ROLE).name
            self.banner.show_text(
                self.tr("“%1” could not be uploaded. %2").replace("%1", name).replace("%2", message.text),
                "error", message.action,
            )
        self._show_upload_status()
        self.nav_changed.emit()

    def _show_upload_status(self) -> None:
        if self._uploads:
            self.media_status.setText(self.tr("Uploading %n file(s)…", "", self._uploads))
        else:
            self.media_status.setText("")

    def add_url(self) -> None:
        text = self.url_edit.text().strip()
        url = QUrl(text, QUrl.ParsingMode.StrictMode)
        if not text or url.scheme().lower() not in ("http", "https") or not url.host():
            self.banner.show_text(
                self.tr("Paste a link that starts with http:// or https:// to a picture or video."),
                "warning",
            )
            self.url_edit.setFocus()
            return
        self.clear_error()
        kind = MediaKind.VIDEO if looks_like_video(text) else MediaKind.IMAGE
        item = self.grid.add_media(Media(kind=kind, url=text, name=Path(url.path()).name))
        self.grid.setCurrentItem(item)
        self.ctx.thumbnails.load(text, self.grid.thumbnail_request_size())
        self.url_edit.clear()

    # -- reactions ------------------------------------------------------------------------
    def _load_thumbnails(self, urls: list[str]) -> None:
        """Ask for thumbnails a few per event-loop turn, like the grid adds its tiles (60 requests
        started in one turn would freeze the window for as long)."""
        self._thumbnail_generation += 1
        self._load_some_thumbnails(urls, self._thumbnail_generation)

    def _load_some_thumbnails(self, urls: list[str], generation: int) -> None:
        if generation != self._thumbnail_generation:
            return  # another product replaced this one
        size = self.grid.thumbnail_request_size()
        for url in urls[:THUMBNAIL_BATCH]:
            self.ctx.thumbnails.load(url, size)
        rest = urls[THUMBNAIL_BATCH:]
        if rest:
            QTimer.singleShot(0, self, lambda: self._load_some_thumbnails(rest, generation))

    def _on_thumbnail(self, url: str, image: QImage) -> None:
        self.grid.set_thumbnail(url, image)

    def _on_current_media(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        media = current.data(MEDIA_ROLE) if current is not None else None
        self.media_description.setText(media.description if media else "")
        self._update_item_controls()

    def _update_item_controls(self) -> None:
        has = self.grid.currentItem() is not None
        for widget in (self.media_description, self.remove_button, self.left_button, self.right_button):
            widget.setEnabled(has)

    def _changed(self) -> None:
        self._update_item_controls()
        self.nav_changed.emit()

    def next_label(self) -> str:
        if self.is_manual:
            return self.tr("Save and continue")
        return self.tr("Save and continue") if self.has_changes() else self.tr("Next")
