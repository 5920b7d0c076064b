"""A grid of a product's pictures and videos: thumbnails, drag to reorder, drop files to add.

A ``QListView`` over a :class:`MediaModel` with a :class:`TileDelegate`: a list of 60 pictures is
one model reset (no widget item per tile, no filling in batches), a thumbnail that arrives
repaints one cell. Knows nothing of the app: the page feeds it :class:`~jogg_desktop.models.Media`
and thumbnails, and listens to ``files_dropped`` / ``changed`` / ``current_changed``.
Keyboard: arrows move the selection, Ctrl+Left/Right move the selected tile, Delete removes it,
Ctrl+Z asks for it back (``undo_requested``).

Tiles are addressed by a key (``add_media`` returns it) that survives moves, so an upload that
finishes after the user reordered the grid still finds its tile.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jogg_desktop.models import Media, MediaKind
from ui.widgets import icons

MEDIA_ROLE = Qt.ItemDataRole.UserRole
PENDING_ROLE = Qt.ItemDataRole.UserRole + 1
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 2  # the link does not load (no picture or video there)
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # upload percent, -1 when unknown
THUMB_SIZE = QSize(128, 128)
CELL = QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 44)
ROW_MIME = "application/x-jogg-desktop-media-row"
Index = QModelIndex | QPersistentModelIndex

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


def fit(image: QImage, size: QSize, video: bool, dpr: float = 1.0) -> QPixmap:
    """The thumbnail centred on a tile of ``size`` (so every cell lines up), a play sign on videos.

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


@dataclass
class Tile:
    key: int
    media: Media
    pending: bool = False  # being uploaded
    progress: int = -1
    broken: bool = False
    thumb_url: str = ""  # where its thumbnail comes from, when not media.url (a local file)
    thumbnail: QPixmap | None = None


class MediaModel(QAbstractListModel):
    """The tiles, in order. Display text, tooltip and accessible text are worded by the view."""

    def __init__(self, view: MediaGrid) -> None:
        super().__init__(view)
        self._view = view
        self.tiles: list[Tile] = []
        self._keys = itertools.count(1)

    def new_tile(self, media: Media, **kw: Any) -> Tile:
        return Tile(next(self._keys), media, **kw)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.tiles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tiles):
            return None
        tile = self.tiles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._view.tile_label(tile)
        if role == Qt.ItemDataRole.DecorationRole:
            if tile.thumbnail is not None and not tile.broken:
                return tile.thumbnail
            return placeholder(tile.media.kind, broken=tile.broken, dpr=self._view.devicePixelRatioF())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._view.tile_tooltip(tile)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._view.tile_accessible_text(tile)
        return {MEDIA_ROLE: tile.media, PENDING_ROLE: tile.pending, BROKEN_ROLE: tile.broken,
                PROGRESS_ROLE: tile.progress}.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- edits (each tells the view exactly what changed) ----------------------------------------
    def reset(self, tiles: list[Tile]) -> None:
        self.beginResetModel()
        self.tiles = tiles
        self.endResetModel()

    def insert(self, row: int, tile: Tile) -> None:
        row = max(0, min(row, len(self.tiles)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.tiles.insert(row, tile)
        self.endInsertRows()

    def take(self, row: int) -> Tile:
        self.beginRemoveRows(QModelIndex(), row, row)
        tile = self.tiles.pop(row)
        self.endRemoveRows()
        return tile

    def move(self, source: int, target: int) -> None:
        """Move the tile at ``source`` so it ends up at ``target`` (both in the current list)."""
        if source == target:
            return
        # Qt's destination is "before this row" in the list as it is before the move.
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self.tiles.insert(target, self.tiles.pop(source))
        self.endMoveRows()

    def changed_row(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def row_of(self, key: int) -> int:
        return next((i for i, t in enumerate(self.tiles) if t.key == key), -1)


class TileDelegate(QStyledItemDelegate):
    """A tile: the thumbnail, its name under it, an upload bar on tiles being uploaded."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if not index.data(PENDING_ROLE):
            return
        percent = int(index.data(PROGRESS_ROLE) if index.data(PROGRESS_ROLE) is not None else -1)
        rect: QRect = option.rect
        bar = QRect(rect.left() + 12, rect.top() + THUMB_SIZE.height() - 4, rect.width() - 24, 6)
        palette: QPalette = option.palette
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(bar, 3, 3)
        if percent >= 0:
            done = QRect(bar.left(), bar.top(), bar.width() * min(100, percent) // 100, bar.height())
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(done, 3, 3)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return CELL - QSize(6, 6)


class MediaGrid(QListView):
    files_dropped = Signal(list)
    """Local files dropped from the desktop (list[Path])."""
    changed = Signal()
    """Tiles were added, removed, moved or edited."""
    removed = Signal(int, object)
    """The user removed the tile at (row, Media): the page offers Undo."""
    undo_requested = Signal()
    """Ctrl+Z in the grid."""
    current_changed = Signal()
    """Another tile (or none) is the current one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaGrid")
        self.setAccessibleName(self.tr("Product pictures and videos"))
        self.setAccessibleDescription(
            self.tr(
                "Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it."
            )
        )
        self.model_ = MediaModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(TileDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMB_SIZE)
        self.setGridSize(CELL)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._read_only = False
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # setMovement(Static) switched the viewport's drops off (QListView does): back on.
        self.viewport().setAcceptDrops(True)
        selection = self.selectionModel()
        assert selection is not None
        selection.currentChanged.connect(lambda _now, _before: self.current_changed.emit())

    def set_read_only(self, read_only: bool) -> None:
        """Look only: no reordering, removing or dropping (the selection still shows each item)."""
        self._read_only = read_only
        self.setDragEnabled(not read_only)
        self.setAcceptDrops(not read_only)
        self.viewport().setAcceptDrops(not read_only)
        mode = QAbstractItemView.DragDropMode
        self.setDragDropMode(mode.NoDragDrop if read_only else mode.DragDrop)

    # -- content --------------------------------------------------------------------------
    def set_media(self, media: list[Media] | tuple[Media, ...]) -> None:
        """Show ``media`` (one model reset, however long the list)."""
        self.model_.reset([self.model_.new_tile(m) for m in media])
        if media:
            self.setCurrentRow(0)
        self.current_changed.emit()

    def add_media(
        self, media: Media, *, pending: bool = False, thumb_url: str = "", emit: bool = True
    ) -> int:
        """Add a tile at the end; returns its key (it survives moves)."""
        tile = self.model_.new_tile(media, pending=pending, thumb_url=thumb_url)
        self.model_.insert(self.count(), tile)
        if emit:
            self.changed.emit()
        return tile.key

    def media(self) -> list[Media]:
        return [t.media for t in self.model_.tiles]

    def urls(self) -> list[str]:
        return [m.url for m in self.media()]

    def count(self) -> int:
        return len(self.model_.tiles)

    def row_of(self, key: int) -> int:
        """The tile's row now, or -1 when it was removed."""
        return self.model_.row_of(key)

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        if 0 <= row < self.count():
            self.setCurrentIndex(self.model_.index(row))

    def current_media(self) -> Media | None:
        row = self.currentRow()
        return self.model_.tiles[row].media if row >= 0 else None

    def tile_text(self, row: int) -> str:
        return str(self.model_.data(self.model_.index(row), Qt.ItemDataRole.DisplayRole))

    def tile_picture(self, row: int) -> QPixmap:
        picture = self.model_.data(self.model_.index(row), Qt.ItemDataRole.DecorationRole)
        assert isinstance(picture, QPixmap)
        return picture

    def tile_rect(self, row: int) -> QRect:
        return self.visualRect(self.model_.index(row))

    def update_media(self, key: int, media: Media, *, pending: bool | None = None) -> None:
        row = self.row_of(key)
        if row < 0:
            return
        tile = self.model_.tiles[row]
        tile.media = media
        if pending is not None:
            tile.pending = pending
        self.model_.changed_row(row)
        self.changed.emit()

    def set_current_description(self, text: str) -> None:
        row = self.currentRow()
        if row < 0:
            return
        tile = self.model_.tiles[row]
        if tile.media.description != text:
            tile.media = replace(tile.media, description=text)
            self.model_.changed_row(row)
            self.changed.emit()

    def set_thumbnail(self, url: str, image: QImage) -> None:
        dpr = self.devicePixelRatioF()
        for row, tile in enumerate(self.model_.tiles):
            if tile.media.url == url or tile.thumb_url == url:
                tile.thumbnail = fit(image, THUMB_SIZE, tile.media.kind is MediaKind.VIDEO, dpr)
                tile.broken = False
                self.model_.changed_row(row)

    def mark_broken(self, url: str) -> int:
        """Tiles of ``url`` say the link does not load; returns how many."""
        found = 0
        for row, tile in enumerate(self.model_.tiles):
            if tile.media.url == url and not tile.pending and not _is_local(url):
                tile.broken = True
                found += 1
                self.model_.changed_row(row)
        return found

    def broken_rows(self) -> list[int]:
        return [i for i, t in enumerate(self.model_.tiles) if t.broken]

    def remove_broken(self) -> None:
        for row in reversed(self.broken_rows()):
            self.model_.take(row)
        self.changed.emit()

    def thumbnail_request_size(self) -> QSize:
        """The size to decode thumbnails at: the tile in device pixels (sharp at 200%)."""
        return THUMB_SIZE * self.devicePixelRatioF()

    def set_upload_progress(self, key: int, percent: int) -> None:
        row = self.row_of(key)
        if row >= 0 and self.model_.tiles[row].pending:
            self.model_.tiles[row].progress = max(0, min(100, percent))
            self.model_.changed_row(row)

    def pending_count(self) -> int:
        return sum(1 for t in self.model_.tiles if t.pending)

    def remove_key(self, key: int) -> Media | None:
        """Take the tile away without asking (an upload that failed); its Media, if it was there."""
        row = self.row_of(key)
        if row < 0:
            return None
        media = self.model_.take(row).media
        self.changed.emit()
        return media

    def remove_current(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        tile = self.model_.take(row)
        if self.count():
            self.setCurrentRow(min(row, self.count() - 1))
        self.changed.emit()
        self.removed.emit(row, tile.media)

    def restore(self, row: int, media: Media) -> None:
        """Put a removed tile back where it was (Undo)."""
        self.model_.insert(row, self.model_.new_tile(media))
        self.setCurrentRow(min(row, self.count() - 1))
        self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        self.model_.move(row, target)
        self.setCurrentRow(target)
        self.changed.emit()

    # -- words on the tiles ---------------------------------------------------------------
    def _kind_word(self, media: Media) -> str:
        return self.tr("Video") if media.kind is MediaKind.VIDEO else self.tr("Picture")

    def _name(self, media: Media) -> str:
        return media.name or Path(media.url.split("?")[0]).name or self._kind_word(media)

    def tile_label(self, tile: Tile) -> str:
        if tile.pending:
            if tile.progress >= 0:
                return self.tr("Uploading… %1%").replace("%1", str(tile.progress))
            return self.tr("Uploading…")
        if tile.broken:
            return self.tr("Link doesn't load")
        name = self._name(tile.media)
        return name if len(name) <= 22 else name[:20] + "…"

    def tile_tooltip(self, tile: Tile) -> str:
        media = tile.media
        tip = f"{self._kind_word(media)}: {self._name(media)}"
        if media.description:
            tip += f"\n{media.description}"
        if tile.broken:
            tip += "\n" + self.tr("Nothing could be loaded from this link. Remove it, or add a working one.")
        return tip

    def tile_accessible_text(self, tile: Tile) -> str:
        media = tile.media
        return f"{self._kind_word(media)} {self._name(media)}. {media.description}".strip()

    # -- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if self._read_only:
            super().keyPressEvent(event)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
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
        row = self.currentRow()
        if row < 0:
            return
        mime = QMimeData()
        mime.setData(ROW_MIME, QByteArray(str(row).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.tile_picture(row).scaled(THUMB_SIZE / 2, Qt.AspectRatioMode.KeepAspectRatio))
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

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag_over(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_dropping(False)
        super().dragLeaveEvent(event)

    def _set_dropping(self, on: bool) -> None:
        if bool(self.property("dropping")) != on:
            self.setProperty("dropping", on)
            self.style().unpolish(self)
            self.style().polish(self)

    def _drag_over(self, event: QDragMoveEvent) -> None:
        action = self._accepts(event.mimeData())
        if action is None:
            event.ignore()
            return
        event.setDropAction(action)
        event.accept()

    def drop_row(self, point: QPoint) -> int:
        """Where a dragged tile lands: before the tile under ``point`` (after it on its right
        half), or at the end."""
        index = self.indexAt(point)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if point.x() > rect.center().x() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dropping(False)
        mime = event.mimeData()
        if mime.hasFormat(ROW_MIME):
            source = int(bytes(mime.data(ROW_MIME).data()).decode() or -1)
            target = self.drop_row(event.position().toPoint())
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            if 0 <= source < self.count():
                if target > source:
                    target -= 1  # the tile leaves its old place first
                if target != source:
                    self.model_.move(source, target)
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

