"""Step 2: the product as JoggAI understood it (or entered by hand), with its pictures and videos.

Name, description, target audience; a media grid with thumbnails, a description per item,
remove, reorder (drag or Ctrl+arrows), add local files (uploaded through the asset flow) or by
link, drop files from the desktop. Next creates the product (manual entry) or PUTs it — only
when something changed (docs/joggai-api.md §9.2: the media list replaces the server's list).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.media_types import Problem, UnsupportedMedia, check_file
from jogg_desktop.models import Media, MediaKind, Product, ProductDraft
from jogg_desktop.urls import normalise_url, url_problem
from ui.context import AppContext
from ui.imaging.kinds import VIDEO_SUFFIXES, looks_like_video
from ui.pages.base import WizardPage
from ui.settings_store import SettingsStore
from ui.widgets import icons
from ui.widgets.media_grid import THUMB_SIZE, MediaGrid

SAVE_TASK = "product-save"
MEDIA_FOLDER = "media/last_folder"
SettingsStore.declare(MEDIA_FOLDER, "", str)
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
        self._removed: tuple[int, Media] | None = None
        self._thumbnail_generation = 0
        self._build_fields()
        self._build_media()
        self._build_media_buttons()
        self._lay_out()
        self._update_item_controls()

    def _build_fields(self) -> None:
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
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 3 + 18)
        self.audience_edit = QLineEdit(self)
        self.audience_edit.setObjectName("targetAudience")
        self.audience_edit.setAccessibleName(self.tr("Target audience"))
        self.audience_edit.setPlaceholderText(self.tr("e.g. coffee lovers who work from home"))
        for widget in (self.name_edit, self.audience_edit):
            widget.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)

    def _build_media(self) -> None:
        self.grid = MediaGrid(self)
        self.grid.setMinimumHeight(THUMB_SIZE.height() + 52)
        self.grid.files_dropped.connect(self.add_files)
        self.grid.changed.connect(self._changed)
        self.grid.current_changed.connect(self._on_current_media)
        self.ctx.thumbnails.loaded.connect(self._on_thumbnail)

        self.media_description = QLineEdit(self)
        self.media_description.setObjectName("mediaDescription")
        self.media_description.setAccessibleName(self.tr("Description of the selected picture or video"))
        self.media_description.setPlaceholderText(
            self.tr("Describe the selected picture or video (optional, helps JoggAI use it well)")
        )
        self.media_description.textEdited.connect(self.grid.set_current_description)

    def _build_media_buttons(self) -> None:
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
        self.left_button = QPushButton(icons.icon("left"), self.tr("Move"), self)
        self.left_button.setAccessibleName(self.tr("Move the selected item earlier"))
        self.left_button.setToolTip(self.tr("Move earlier (Ctrl+Left)"))
        self.left_button.clicked.connect(lambda: self.grid.move_current(-1))
        self.right_button = QPushButton(icons.icon("right"), self.tr("Move"), self)
        self.right_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the word
        self.right_button.setAccessibleName(self.tr("Move the selected item later"))
        self.right_button.setToolTip(self.tr("Move later (Ctrl+Right)"))
        self.right_button.clicked.connect(lambda: self.grid.move_current(1))
        self.media_status = QLabel(self)
        self.media_status.setObjectName("hint")
        self.media_status.setAccessibleName(self.tr("Upload status"))
        self.media_status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo: put the removed item back"))
        self.undo_button.setToolTip(self.tr("Put it back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        self.remove_broken_button = QPushButton(self.tr("Remove links that don't load"), self)
        self.remove_broken_button.setAccessibleName(self.tr("Remove every link that doesn't load"))
        self.remove_broken_button.clicked.connect(self.grid.remove_broken)
        self.remove_broken_button.hide()
        self.grid.removed.connect(self._on_removed)
        self.grid.undo_requested.connect(self.undo_remove)
        self.ctx.thumbnails.failed.connect(self._on_thumbnail_failed)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self._buddy(self.tr("&Name"), self.name_edit), self.name_edit)
        form.addRow(self._buddy(self.tr("&Description"), self.description_edit), self.description_edit)
        form.addRow(self._buddy(self.tr("Target &audience"), self.audience_edit), self.audience_edit)

        # Media: a title with its hint, the grid, the selected item's row, the add row.
        media_title = self.media_title = QLabel(self.tr("Pictures and videos"), self)
        media_title.setObjectName("sectionTitle")
        media_hint = self.media_hint = QLabel(
            self.tr("Drag to reorder (the first ones matter most), or drop files here."),
            self,
        )
        media_hint.setObjectName("hint")
        media_hint.setWordWrap(True)

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
        heading = QHBoxLayout()  # the hint beside the title: the page fits the default window
        heading.addWidget(media_title)
        heading.addWidget(media_hint, 1)
        media_box.addLayout(heading)
        media_box.addWidget(self.grid, 1)
        media_box.addLayout(item_row)
        media_box.addLayout(add_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.media_status, 1)
        status_row.addWidget(self.undo_button)
        status_row.addWidget(self.remove_broken_button)
        media_box.addLayout(status_row)

        # Everything scrolls together: nothing overlaps at 200% scaling or in a small window.
        content = QWidget(self)
        content.setObjectName("productContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addLayout(media_box, 1)
        self.missing_label = QLabel(content)
        self.missing_label.setObjectName("hint")
        self.missing_label.setProperty("warn", True)
        self.missing_label.setAccessibleName(self.tr("What is still missing"))
        column.addWidget(self.missing_label)
        self.missing_label.hide()
        scroll = QScrollArea(self)
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)
        order = [self.name_edit, self.description_edit, self.audience_edit, self.grid, self.media_description,
                 self.left_button, self.right_button, self.remove_button, self.add_files_button,
                 self.url_edit, self.add_url_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

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
        return not self.missing() and not self._saving and self._uploads == 0

    def missing(self) -> str:
        """What the product still needs, in plain words ("" when nothing).

        A product entered by hand needs a name, a description and at least one picture or video:
        JoggAI's manual product requires them (docs/joggai-api.md, create product); without them
        the seller only met a vague rejection after pressing Next.
        """
        if not self.name_edit.text().strip():
            return self.tr("Add the product's name.")
        if self.is_manual and not self.description_edit.toPlainText().strip():
            return self.tr("Add a short description: JoggAI writes the video's script from it.")
        if self.is_manual and not self.grid.media():
            return self.tr("Add at least one picture or video of the product.")
        return ""

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
        self.url_edit.clear()
        self.media_description.clear()
        self._forget_removed()

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
            if not product.media:
                # A shop's front page or a list reads as one "product" of every product's text.
                self.banner.show_text(self.tr(
                    "JoggAI found no pictures on this page. If it is a shop's front page or a list "
                    "of products, go back and paste one product's own page; or add pictures below."
                ), "warning")
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
        self._on_current_media()
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
        folder = str(self.ctx.settings.get(MEDIA_FOLDER) or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        )
        dialog = QFileDialog(self, self.tr("Add pictures or videos"), folder)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Pictures and videos (%1)").replace("%1", MEDIA_FILTER))
        dialog.filesSelected.connect(lambda files: self.add_files([Path(f) for f in files]))
        self._file_dialog = dialog
        dialog.open()

    def add_files(self, files: list[Path]) -> None:
        rejected: list[str] = []
        for path in files:
            if not path.is_file():
                continue
            self.ctx.settings.set(MEDIA_FOLDER, str(path.parent))
            try:
                found = check_file(path)
            except UnsupportedMedia as problem:
                rejected.append(self._rejection(problem))
                continue
            local_url = QUrl.fromLocalFile(str(path)).toString()
            media = Media(kind=found.kind, url=local_url, name=path.name)
            key = self.grid.add_media(media, pending=True, thumb_url=local_url)
            self.grid.setCurrentRow(self.grid.row_of(key))
            if media.kind is MediaKind.IMAGE:
                self.ctx.thumbnails.load_local(path, self.grid.thumbnail_request_size())
            self._uploads += 1
            self.run_task(self._upload(path, key), on_done=partial(self._uploaded, key, media),
                          on_error=partial(self._upload_failed, key, media),
                          on_cancel=partial(self._upload_failed, key, media, None))
        if rejected:
            self.banner.show_text(
                self.tr("Not added: %1").replace("%1", " ".join(rejected)), "warning"
            )
        self._show_upload_status()
        self.nav_changed.emit()

    def _rejection(self, problem: UnsupportedMedia) -> str:
        name = problem.path.name
        if problem.problem is Problem.TOO_LARGE:
            if problem.kind is MediaKind.VIDEO:
                text = self.tr("“%1” is too large (JoggAI takes videos up to %2 MB).")
            else:
                text = self.tr("“%1” is too large (JoggAI takes pictures up to %2 MB).")
            return text.replace("%1", name).replace("%2", str(problem.limit // 1_000_000))
        if problem.problem is Problem.EMPTY:
            return self.tr("“%1” is empty.").replace("%1", name)
        if problem.problem is Problem.UNREADABLE:
            return self.tr("“%1” could not be read.").replace("%1", name)
        return self.tr("“%1” is not a picture (JPG, PNG, WebP, GIF) or video (MP4, WebM, MOV).").replace(
            "%1", name
        )

    async def _upload(self, path: Path, key: int) -> str:
        def progress(done: int, total: int | None) -> None:
            if total:
                self.grid.set_upload_progress(key, int(done * 100 / total))

        return await self.ctx.require_api().upload_asset(path, progress=progress)

    def _uploaded(self, key: int, media: Media, url: str) -> None:
        self._uploads -= 1
        row = self.grid.row_of(key)
        if row >= 0:
            current = self.grid.media()[row]  # described meanwhile? keep that
            self.grid.update_media(key, replace(current, url=url), pending=False)
        self._show_upload_status()
        self.nav_changed.emit()

    def _upload_failed(self, key: int, media: Media, error: BaseException | None) -> None:
        self._uploads -= 1
        self.grid.remove_key(key)
        if error is not None:
            message = self.show_error(error)
            name = media.name
            self.banner.show_text(
                self.tr("“%1” could not be uploaded. %2").replace("%1", name).replace("%2", message.text),
                "error", message.action,
            )
        self._show_upload_status()
        self.nav_changed.emit()

    def _show_upload_status(self) -> None:
        broken = len(self.grid.broken_rows())
        self.remove_broken_button.setVisible(broken > 0)
        if self._uploads:
            self.media_status.setText(self.tr("Uploading %n file(s)…", "", self._uploads))
        elif broken:
            self.media_status.setText(
                self.tr("%n link(s) don't load: JoggAI could not use them either.", "", broken)
            )
        elif self._removed is not None:
            name = self._removed[1].name or self.tr("the item")
            self.media_status.setText(self.tr("Removed “%1”.").replace("%1", name))
        else:
            self.media_status.setText("")
        self.undo_button.setVisible(self._removed is not None and not broken and not self._uploads)

    def _on_removed(self, row: int, media: Media) -> None:
        self._removed = (row, media)
        self._show_upload_status()

    def undo_remove(self) -> None:
        if self._removed is None:
            return
        row, media = self._removed
        self._forget_removed()
        self.grid.restore(row, media)
        self._load_thumbnails([media.url])
        self.grid.setFocus()

    def _forget_removed(self) -> None:
        self._removed = None
        self._show_upload_status()

    def _on_thumbnail_failed(self, url: str) -> None:
        if self.grid.mark_broken(url):
            self._show_upload_status()

    def add_url(self) -> None:
        text = normalise_url(self.url_edit.text())
        if url_problem(text) is not None:
            self.banner.show_text(
                self.tr("Paste the whole link of a picture or video, e.g. https://your-shop.com/mug.jpg."),
                "warning",
            )
            self.url_edit.setFocus()
            return
        url = QUrl(text)
        self.clear_error()
        kind = MediaKind.VIDEO if looks_like_video(text) else MediaKind.IMAGE
        key = self.grid.add_media(Media(kind=kind, url=text, name=Path(url.path()).name))
        self.grid.setCurrentRow(self.grid.row_of(key))
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

    def _on_current_media(self) -> None:
        media = self.grid.current_media()
        self.media_description.setText(media.description if media else "")
        self._update_item_controls()

    def _update_item_controls(self) -> None:
        row, count = self.grid.currentRow(), len(self.grid.media())
        has = row >= 0
        for widget in (self.media_description, self.remove_button):
            widget.setEnabled(has)
        self.left_button.setEnabled(has and row > 0)
        self.right_button.setEnabled(has and row < count - 1)

    def _changed(self) -> None:
        self._update_item_controls()
        self._show_upload_status()
        self.missing_label.setText(self.missing() if self._loaded else "")
        self.missing_label.setVisible(bool(self.missing_label.text()))
        self.nav_changed.emit()

    def next_label(self) -> str:
        if self.is_manual:
            return self.tr("Save and continue")
        return self.tr("Save and continue") if self.has_changes() else self.tr("Next")
