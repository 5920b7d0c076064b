"""A grid of a product's pictures and videos: thumbnails, drag to reorder, drop files to add.

Knows nothing of the app: the page feeds it :class:`~jogg_desktop.models.Media` items and
thumbnails, and listens to ``files_dropped`` / ``changed``. Keyboard: arrows move the selection,
Ctrl+Left/Right move the selected item, Delete removes it.

A long list (a crawled page with 60 pictures) is filled a few tiles per event-loop turn, so the
window never freezes for the whole list at once: ``media()`` is always the complete list, the
tiles still to come are "backlog", and anything that edits the list adds them all first.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from jogg_desktop.models import Media, MediaKind
from ui.widgets import icons

MEDIA_ROLE = Qt.ItemDataRole.UserRole
PENDING_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB_URL_ROLE = Qt.ItemDataRole.UserRole + 2  # where the thumbnail came from (a local file after upload)
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 3  # the link does not load (no picture or video there)
THUMB_SIZE = QSize(128, 128)
ROW_MIME = "application/x-jogg-desktop-media-row"
FILL_BATCH = 10
"""Tiles added per event-loop turn (10 tiles ≈ 1 ms; the grid's layout runs between turns)."""


_placeholders: dict[tuple[str, int, int, float], QPixmap] = {}


def placeholder(
    kind: MediaKind, size: QSize = THUMB_SIZE, *, broken: bool = False, dpr: float = 1.0
) -> QPixmap:
    """A neutral tile with a video or picture sign until the thumbnail arrives (a crossed frame
    when the link does not load). Bundled SVG signs, not emoji: those are boxes where the system
    has no emoji font. Drawn once per sign and size (60 pictures would paint it 60 times).
    """
    sign = "broken" if broken else ("video" if kind is MediaKind.VIDEO else "picture")
    key = (sign, size.width(), size.height(), dpr)
    cached = _placeholders.get(key)
    if cached is None:
        cached = _placeholders[key] = _draw_placeholder(sign, size, dpr)
    return cached


def _draw_placeholder(sign: str, size: QSize, dpr: float) -> QPixmap:
    pixmap = QPixmap(size * dpr)
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(QColor("#fde8e8") if sign == "broken" else QColor("#e6e3f5"))
    painter = QPainter(pixmap)
    side = size.height() // 3
    colour = "#b42318" if sign == "broken" else "#6246ea"
    mark = icons.image(sign, QSize(side, side), colour, dpr)
    painter.drawImage(QPointF((size.width() - side) / 2, (size.height() - side) / 2), mark)
    painter.end()
    return pixmap


def _fit(image: QImage, size: QSize, video: bool, dpr: float = 1.0) -> QPixmap:
    """The thumbnail centred on a tile of ``size`` (so every cell lines up), ▶ on videos.

    ``dpr`` > 1 (200% scaling): the tile has that many device pixels per logical pixel, so a
    thumbnail decoded at ``size * dpr`` stays sharp.
    """
    tile = QPixmap(size * dpr)
    tile.setDevicePixelRatio(dpr)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    scaled = image.scaled(
        size * dpr, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    scaled.setDevicePixelRatio(dpr)
    w, h = scaled.width() / dpr, scaled.height() / dpr
    painter.drawImage(QPointF((size.width() - w) / 2, (size.height() - h) / 2), scaled)
    if video:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 140))
        d = size.height() // 3
        painter.drawEllipse((size.width() - d) // 2, (size.height() - d) // 2, d, d)
        play = icons.image("play", QSize(d // 2, d // 2), "white", dpr)
        half = d / 2
        x, y = (size.width() - half) / 2 + d / 16, (size.height() - half) / 2
        painter.drawImage(QRectF(x, y, half, half), play)
    painter.end()
    return tile


def _is_local(url: str) -> bool:
    return url.startswith("file:")


def _icon(pixmap: QPixmap) -> QIcon:
    # The same pixmap when selected: the view would otherwise tint the thumbnail.
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class MediaGrid(QListWidget):
    files_dropped = Signal(list)
    """Local files dropped from the desktop (list[Path])."""
    changed = Signal()
    """Items were added, removed, moved or edited."""
    removed = Signal(int, object)
    """The user removed the item at (row, Media): the page offers Undo."""
    undo_requested = Signal()
    """Ctrl+Z in the grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaGrid")
        self.setAccessibleName(self.tr("Product pictures and videos"))
        self.setAccessibleDescription(
            self.tr(
                "Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it."
            )
        )
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMB_SIZE)
        self.setGridSize(QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 44))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # setMovement(Static) switched the viewport's drops off (QListView does): back on.
        self.viewport().setAcceptDrops(True)
        self._backlog: list[Media] = []
        self._early_thumbnails: dict[str, QImage] = {}
        self._fill_generation = 0

    # -- content --------------------------------------------------------------------------
    def set_media(self, media: list[Media] | tuple[Media, ...]) -> None:
        """Show ``media``: the first tiles now, the rest over the next event-loop turns."""
        self._backlog = list(media)
        self._early_thumbnails = {}
        self._fill_generation += 1
        self.clear()
        self._fill_some(self._fill_generation)
        if self.count():
            self.setCurrentRow(0)

    def is_filling(self) -> bool:
        """True while tiles of the last ``set_media`` are still to be added."""
        return bool(self._backlog)

    def finish_filling(self) -> None:
        """Add every tile still to come, now (before the list is edited)."""
        if self._backlog:
            self._add_tiles(len(self._backlog))

    def _fill_some(self, generation: int) -> None:
        if generation != self._fill_generation or not self._backlog:
            return  # a newer list replaced this one, or an edit finished it
        self._add_tiles(FILL_BATCH)
        if self._backlog:
            QTimer.singleShot(0, self, lambda: self._fill_some(generation))

    def _add_tiles(self, n: int) -> None:
        batch, self._backlog = self._backlog[:n], self._backlog[n:]
        for media in batch:
            item = self._new_item(media, pending=False)
            image = self._early_thumbnails.pop(media.url, None)
            if image is not None:
                self._set_icon(item, media, image)

    def add_media(self, media: Media, *, pending: bool = False, emit: bool = True) -> QListWidgetItem:
        self.finish_filling()
        item = self._new_item(media, pending=pending)
        if emit:
            self.changed.emit()
        return item

    def _new_item(self, media: Media, *, pending: bool) -> QListWidgetItem:
        item = QListWidgetItem(self)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        item.setSizeHint(self.gridSize() - QSize(6, 6))
        item.setData(PENDING_ROLE, pending)
        self._set_item_media(item, media)
        item.setIcon(_icon(placeholder(media.kind, dpr=self.devicePixelRatioF())))
        return item

    def media(self) -> list[Media]:
        """Every item in order, including tiles not added yet."""
        return [self.item(i).data(MEDIA_ROLE) for i in range(self.count())] + list(self._backlog)

    def item_for_url(self, url: str) -> QListWidgetItem | None:
        self.finish_filling()
        for i in range(self.count()):
            item = self.item(i)
            if item.data(MEDIA_ROLE).url == url:
                return item
        return None

    def urls(self) -> list[str]:
        return [m.url for m in self.media()]

    def current_media(self) -> Media | None:
        item = self.currentItem()
        media: Media | None = item.data(MEDIA_ROLE) if item is not None else None
        return media

    def update_media(self, item: QListWidgetItem, media: Media, *, pending: bool | None = None) -> None:
        if pending is not None:
            item.setData(PENDING_ROLE, pending)
        self._set_item_media(item, media)
        self.changed.emit()

    def set_current_description(self, text: str) -> None:
        if self.currentRow() < 0:
            return
        item = self.currentItem()
        media = item.data(MEDIA_ROLE)
        if media.description != text:
            self._set_item_media(item, replace(media, description=text))
            self.changed.emit()

    def set_thumbnail(self, url: str, image: QImage) -> None:
        for i in range(self.count()):
            item = self.item(i)
            media: Media = item.data(MEDIA_ROLE)
            if media.url == url or item.data(THUMB_URL_ROLE) == url:
                self._set_icon(item, media, image)
        if any(m.url == url for m in self._backlog):
            self._early_thumbnails[url] = image  # its tile comes in a later turn

    def mark_broken(self, url: str) -> int:
        """Tiles of ``url`` say the link does not load; returns how many."""
        found = 0
        for i in range(self.count()):
            item = self.item(i)
            media: Media = item.data(MEDIA_ROLE)
            if media.url == url and not item.data(PENDING_ROLE) and not _is_local(url):
                found += 1
                item.setData(BROKEN_ROLE, True)
                item.setIcon(_icon(placeholder(media.kind, broken=True, dpr=self.devicePixelRatioF())))
                self._set_item_media(item, media)
        return found

    def broken_rows(self) -> list[int]:
        return [i for i in range(self.count()) if self.item(i).data(BROKEN_ROLE)]

    def remove_broken(self) -> None:
        for row in reversed(self.broken_rows()):
            self.takeItem(row)
        self.changed.emit()

    def _set_icon(self, item: QListWidgetItem, media: Media, image: QImage) -> None:
        item.setData(BROKEN_ROLE, False)
        video = media.kind is MediaKind.VIDEO
        item.setIcon(_icon(_fit(image, THUMB_SIZE, video, self.devicePixelRatioF())))

    def thumbnail_request_size(self) -> QSize:
        """The size to decode thumbnails at: the tile in device pixels (sharp at 200%)."""
        return THUMB_SIZE * self.devicePixelRatioF()

    def set_upload_progress(self, item: QListWidgetItem, percent: int) -> None:
        if self.row(item) >= 0 and item.data(PENDING_ROLE):
            item.setText(self.tr("Uploading… %1%").replace("%1", str(max(0, min(100, percent)))))

    def pending_count(self) -> int:
        return sum(1 for i in range(self.count()) if self.item(i).data(PENDING_ROLE))

    def remove_current(self) -> None:
        self.finish_filling()
        row = self.currentRow()
        if row < 0:
            return
        item = self.takeItem(row)
        if self.count():
            self.setCurrentRow(min(row, self.count() - 1))
        self.changed.emit()
        self.removed.emit(row, item.data(MEDIA_ROLE))

    def restore(self, row: int, media: Media) -> None:
        """Put a removed item back where it was (Undo)."""
        self.finish_filling()
        item = self._new_item(media, pending=False)
        self.takeItem(self.row(item))
        self.insertItem(min(row, self.count()), item)
        self.setCurrentItem(item)
        self.changed.emit()

    def move_current(self, step: int) -> None:
        self.finish_filling()
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.changed.emit()

    def _set_item_media(self, item: QListWidgetItem, media: Media) -> None:
        item.setData(MEDIA_ROLE, media)
        kind = self.tr("Video") if media.kind is MediaKind.VIDEO else self.tr("Picture")
        name = media.name or Path(media.url.split("?")[0]).name or kind
        label = name if len(name) <= 22 else name[:20] + "…"
        if item.data(PENDING_ROLE):
            label = self.tr("Uploading…")
        elif item.data(BROKEN_ROLE):
            label = self.tr("Link doesn't load")
        item.setText(label)
        tip = f"{kind}: {name}" + (f"\n{media.description}" if media.description else "")
        if item.data(BROKEN_ROLE):
            tip += "\n" + self.tr("Nothing could be loaded from this link. Remove it, or add a working one.")
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind} {name}. {media.description}".strip())

    # -- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.finish_filling()  # the keys move and remove items: every item first
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
        elif ctrl and event.key() == Qt.Key.Key_Z:
            self.undo_requested.emit()
        elif ctrl and event.key() == Qt.Key.Key_Left:
            self.move_current(-1)
        elif ctrl and event.key() == Qt.Key.Key_Right:
            self.move_current(1)
        else:
            super().keyPressEvent(event)

    # -- drag and drop: reorder inside the grid, or files from the desktop ------------------
    # Our own drag carries the row in ROW_MIME and the drop moves that row; the view's free
    # icon movement (which only repositions icons, never the order) is off (Movement.Static).
    def startDrag(self, _actions: Qt.DropAction) -> None:
        self.finish_filling()
        row = self.currentRow()
        item = self.currentItem()
        if row < 0 or item is None:
            return
        mime = QMimeData()
        mime.setData(ROW_MIME, QByteArray(str(row).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(item.icon().pixmap(THUMB_SIZE / 2))
        drag.exec(Qt.DropAction.MoveAction)

    @staticmethod
    def _local_files(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def _accepts(self, mime: QMimeData) -> Qt.DropAction | None:
        if mime.hasFormat(ROW_MIME):
            return Qt.DropAction.MoveAction
        if self._local_files(mime):
            return Qt.DropAction.CopyAction
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drag_over(event)
        # Files from the desktop: the whole grid lights up (QSS: #mediaGrid[dropping="true"]).
        self._set_dropping(bool(self._local_files(event.mimeData())) and event.isAccepted())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_dropping(False)
        super().dragLeaveEvent(event)

    def _set_dropping(self, on: bool) -> None:
        if bool(self.property("dropping")) != on:
            self.setProperty("dropping", on)
            self.style().unpolish(self)
            self.style().polish(self)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag_over(event)

    def _drag_over(self, event: QDragMoveEvent) -> None:
        action = self._accepts(event.mimeData())
        if action is None:
            event.ignore()
            return
        event.setDropAction(action)
        event.accept()

    def drop_row(self, point: QPoint) -> int:
        """Where a dragged item lands: before the item under ``point`` (after it on its right
        half), or at the end."""
        index = self.indexAt(point)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if point.x() > rect.center().x() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dropping(False)
        self.finish_filling()
        mime = event.mimeData()
        if mime.hasFormat(ROW_MIME):
            source = int(bytes(mime.data(ROW_MIME).data()).decode() or -1)
            target = self.drop_row(event.position().toPoint())
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            if 0 <= source < self.count():
                if target > source:
                    target -= 1  # the item leaves its old place first
                if target != source:
                    item = self.takeItem(source)
                    self.insertItem(target, item)
                    self.changed.emit()
                self.setCurrentRow(target)
            return
        files = self._local_files(mime)
        if files:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.files_dropped.emit(files)
            return
        event.ignore()

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
