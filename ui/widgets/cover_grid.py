"""A grid of catalog items (avatars, templates) with cover thumbnails and a preview clip.

Covers come from a thumbnail loader (UI-A's ``ui/imaging``: ``load(url, size)`` then
``loaded(url, QImage)``); until a cover arrives the item shows a drawn placeholder.
Clicking an item selects it and plays its preview clip, muted and looping, beside the grid.
With :meth:`CoverGrid.set_multi_select`, a click ticks or unticks an item instead (several picked
at once, e.g. the avatars of a batch's variants); the picks outlive a change of the items shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.multi_pick import MultiPick
from ui.widgets.video_player import VideoPlayer

_KEY = Qt.ItemDataRole.UserRole
COVER = QSize(96, 128)


class ThumbnailSource(Protocol):
    loaded: Any  # Signal(str, QImage)

    def load(self, url: str, size: QSize) -> None: ...


@dataclass(frozen=True)
class CoverItem:
    key: object  # what the owner uses to find the item again (e.g. (ownership, id))
    title: str
    cover_url: str = ""
    preview_url: str = ""
    subtitle: str = ""


def _placeholder(title: str, size: QSize) -> QPixmap:
    pixmap = QPixmap(size)
    hue = sum(map(ord, title)) % 360
    pixmap.fill(QColor.fromHsl(hue, 90, 200))
    painter = QPainter(pixmap)
    painter.setPen(QColor.fromHsl(hue, 90, 70))
    font = painter.font()
    font.setPixelSize(size.height() // 3)
    painter.setFont(font)
    initials = "".join(word[0] for word in title.split()[:2]).upper() or "?"
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


class CoverGrid(QWidget):
    """``selected(key)`` when the user picks an item (click, arrows, Enter)."""

    selected = Signal(object)
    picked_changed = Signal()
    """Multi-select mode: the set of picked items changed."""

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        thumbnails: ThumbnailSource | None = None,
        cover_size: QSize = COVER,
    ) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._cover_size = cover_size
        self._items: dict[object, QListWidgetItem] = {}
        self._by_url: dict[str, list[QListWidgetItem]] = {}
        self._previews: dict[object, str] = {}

        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(cover_size)
        self.list.setGridSize(QSize(cover_size.width() + 28, cover_size.height() + 48))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(cover_size.height() + 70)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemClicked.connect(self._on_clicked)
        self._pick = MultiPick(self.list, lambda: self._items, self.picked_changed.emit)

        self.preview = VideoPlayer(self, compact=True, muted=True, loop=True)
        self.preview.setAccessibleName(self.tr("Preview of the selected item"))
        self.preview.setFixedWidth(200)
        self.preview.hide()  # no black box before anything is chosen to preview
        self.preview_caption = QLabel(self.tr("Click an item to see it move."), self)
        self.preview_caption.setObjectName("hint")
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setFixedWidth(200)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        side = QVBoxLayout()
        side.addWidget(self.preview_caption)
        side.addWidget(self.preview)
        side.addStretch(1)
        grid = QVBoxLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.empty_label)
        grid.addWidget(self.list, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 1)
        layout.addLayout(side)
        if thumbnails is not None:
            thumbnails.loaded.connect(self._on_loaded)
        self.setFocusProxy(self.list)

    def set_items(self, items: list[CoverItem], *, empty_text: str = "") -> None:
        current = self.current_key()
        self.list.blockSignals(True)
        self.list.clear()
        self._items.clear()
        self._by_url.clear()
        self._previews.clear()
        for entry in items:
            text = entry.title if not entry.subtitle else f"{entry.title}\n{entry.subtitle}"
            item = QListWidgetItem(QIcon(_placeholder(entry.title, self._cover_size)), text, self.list)
            item.setData(_KEY, entry.key)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, entry.title)
            self._items[entry.key] = item
            self._previews[entry.key] = entry.preview_url
            if entry.cover_url:
                self._by_url.setdefault(entry.cover_url, []).append(item)
        self.list.blockSignals(False)
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not items and bool(empty_text))
        if self._thumbnails is not None:
            for url in self._by_url:
                self._thumbnails.load(url, self._cover_size)
        if current in self._items:
            self.select(current, emit=False)
        self._pick.show()

    def set_cover_size(self, size: QSize) -> None:
        """Covers of this shape (16:9 avatars in a grid made for 3:4 left wide gaps)."""
        if size == self._cover_size:
            return
        self._cover_size = size
        self.list.setIconSize(size)
        self.list.setGridSize(QSize(size.width() + 28, size.height() + 48))
        self.list.setMinimumHeight(size.height() + 70)

    def item_keys(self) -> list[object]:
        return [self.list.item(row).data(_KEY) for row in range(self.list.count())]

    def current_key(self) -> object | None:
        item = self.list.currentItem()
        key: object | None = item.data(_KEY) if item is not None else None
        return key

    def set_multi_select(self, multi: bool) -> None:
        """Several items picked at once (a click ticks or unticks one) instead of one chosen."""
        self._pick.set_on(multi)

    def picked_keys(self) -> list[object]:
        """Multi-select mode: the picked items' keys, in the order picked (hidden ones too)."""
        return self._pick.keys()

    def set_picked_keys(self, keys: list[object]) -> None:
        self._pick.set_keys(keys)

    def select(self, key: object, *, emit: bool = True) -> bool:
        item = self._items.get(key)
        if item is None:
            return False
        self.list.blockSignals(not emit)
        self._pick.make_current(item)
        self.list.blockSignals(False)
        self.list.scrollToItem(item)
        return True

    def stop_preview(self) -> None:
        self.preview.stop()

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        key = current.data(_KEY)
        self._show_preview(key)
        self.selected.emit(key)

    def _on_clicked(self, item: QListWidgetItem) -> None:
        # A click on the already selected item plays its preview again.
        self._show_preview(item.data(_KEY))

    def _show_preview(self, key: object) -> None:
        url = self._previews.get(key, "")
        if not url:
            self.preview.stop()
            return
        if self.preview.source() != url:
            self.preview.set_source(url)
        self.preview.show()
        self.preview.play()

    def _on_loaded(self, url: str, image: QImage) -> None:
        items = self._by_url.get(url)
        if not items or image.isNull():
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self._cover_size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # not tinted when chosen: the face stays clear
        for item in items:
            item.setIcon(icon)
