"""Visual styles as a gallery: a small picture of each layout, a plain name and one line on what it does.

JoggAI's style names ("No Gaussian blur", "Up&Down Avatar") are what the API takes; a seller sees a
plain title and a sentence instead, and the API name in the tooltip. The pictures are schematic
(the product as a tile, the avatar as a figure), drawn for the chosen format: JoggAI publishes no
preview images for visual styles. Titles and descriptions are read from the names and JoggAI's app
(docs/joggai-api.md, visual styles); a style this list does not know shows its own name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from jogg_desktop.models import AspectRatio
from ui.i18n import tr

_NAME = Qt.ItemDataRole.UserRole
PICTURE = QSize(112, 112)


@dataclass(frozen=True)
class StyleInfo:
    title: str
    description: str


def style_info(name: str) -> StyleInfo:
    """A plain title and one sentence for JoggAI's style ``name``."""
    known = {
        "FullScreen": (
            tr("Full screen"), tr("The avatar fills the screen; your pictures cut in between.")
        ),
        "Floating Avatar": (
            tr("Floating avatar"), tr("Your pictures fill the screen; the avatar floats in a corner.")
        ),
        "Up&Down Avatar": (
            tr("Avatar below"), tr("Your pictures on top, the avatar underneath.")
        ),
        "Avatar Bubble": (
            tr("Avatar bubble"), tr("The avatar in a small round bubble over your pictures.")
        ),
        "Rotary Switch": (
            tr("Carousel"), tr("Your pictures turn from one to the next; the avatar presents.")
        ),
        "Floating Avatar Voiceover": (
            tr("Floating, then voice"), tr("The avatar floats in a corner, then only its voice goes on.")
        ),
        "Inclined Floating Avatar": (
            tr("Tilted frame"), tr("Your pictures in a tilted frame beside the avatar.")
        ),
        "No Gaussian blur": (
            tr("Sharp pictures"), tr("Your pictures shown whole on a plain background, no blurred fill.")
        ),
        "Simple Product Switch": (
            tr("Pictures only"), tr("Just your pictures, one after another, with the voice over them.")
        ),
        "Simple split screen template": (
            tr("Split screen"), tr("The screen split in two: your product and the avatar side by side.")
        ),
    }
    title, description = known.get(name, (name, tr("A layout from JoggAI's library.")))
    return StyleInfo(title, description)


def _figure(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A presenter: head and shoulders filling ``box``."""
    painter.setBrush(colour)
    head = box.width() * 0.36
    painter.drawEllipse(QRectF(box.center().x() - head / 2, box.top() + box.height() * 0.12, head, head))
    path = QPainterPath()
    body = QRectF(box.left() + box.width() * 0.12, box.top() + box.height() * 0.55,
                  box.width() * 0.76, box.height() * 0.9)
    path.addRoundedRect(body, body.width() / 2.5, body.width() / 2.5)
    clip = QPainterPath()
    clip.addRect(box)
    painter.drawPath(path.intersected(clip))


def _product(painter: QPainter, box: QRectF, colour: QColor, angle: float = 0.0) -> None:
    painter.save()
    painter.translate(box.center())
    painter.rotate(angle)
    painter.setBrush(colour)
    rect = QRectF(-box.width() / 2, -box.height() / 2, box.width(), box.height())
    painter.drawRoundedRect(rect, 4, 4)
    painter.setBrush(colour.lighter(150))
    dot = rect.width() * 0.12
    painter.drawEllipse(QPointF(-rect.width() * 0.18, -rect.height() * 0.15), dot, dot)
    painter.restore()


def style_picture(name: str, aspect: AspectRatio, dpr: float = 1.0, size: QSize = PICTURE) -> QPixmap:
    """A schematic picture of style ``name`` in the ``aspect`` format."""
    pixmap = QPixmap(size * dpr)
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    w, h = aspect.frame_size
    scale = min(size.width() / w, size.height() / h) * 0.94
    frame = QRectF((size.width() - w * scale) / 2, (size.height() - h * scale) / 2, w * scale, h * scale)
    product, person, paper = QColor("#6246ea"), QColor("#f08a5d"), QColor("#dfe3ee")
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2b2d42") if name != "No Gaussian blur" else paper)
    painter.setPen(QPen(QColor("#9aa0b8"), 1.5))  # the frame's edge shows on a dark theme too
    painter.drawRoundedRect(frame, 6, 6)
    painter.setPen(Qt.PenStyle.NoPen)
    fw, fh, x, y = frame.width(), frame.height(), frame.left(), frame.top()

    def box(rx: float, ry: float, rw: float, rh: float) -> QRectF:
        return QRectF(x + rx * fw, y + ry * fh, rw * fw, rh * fh)

    if name == "FullScreen":
        _figure(painter, box(0.1, 0.15, 0.8, 0.85), person)
        _product(painter, box(0.62, 0.06, 0.32, 0.22), product)
    elif name in ("Floating Avatar", "Floating Avatar Voiceover"):
        _product(painter, box(0.06, 0.06, 0.88, 0.88), product)
        _figure(painter, box(0.62, 0.62, 0.34, 0.38), person)
        if name == "Floating Avatar Voiceover":
            painter.setBrush(QColor("#ffffff"))
            for i in range(3):
                painter.drawRoundedRect(box(0.12 + i * 0.1, 0.78 - i * 0.06, 0.05, 0.1 + i * 0.06), 2, 2)
    elif name == "Up&Down Avatar":
        _product(painter, box(0.06, 0.04, 0.88, 0.48), product)
        _figure(painter, box(0.2, 0.56, 0.6, 0.44), person)
    elif name == "Avatar Bubble":
        _product(painter, box(0.06, 0.06, 0.88, 0.88), product)
        painter.setBrush(QColor("#ffffff"))
        bubble = box(0.6, 0.66, 0.3, 0.3 * fw / fh)
        painter.drawEllipse(bubble)
        _figure(painter, bubble.adjusted(3, 3, -3, -3), person)
    elif name == "Rotary Switch":
        for i, dx in enumerate((-0.3, 0.3, 0.0)):
            _product(painter, box(0.25 + dx, 0.12 + (0.04 if i < 2 else 0), 0.5, 0.5),
                     product.darker(140) if i < 2 else product)
        _figure(painter, box(0.32, 0.62, 0.36, 0.38), person)
    elif name == "Inclined Floating Avatar":
        _product(painter, box(0.1, 0.1, 0.6, 0.55), product, angle=-8)
        _figure(painter, box(0.55, 0.55, 0.42, 0.45), person)
    elif name == "No Gaussian blur":
        _product(painter, box(0.2, 0.2, 0.6, 0.5), product)
        _figure(painter, box(0.64, 0.66, 0.32, 0.34), person)
    elif name == "Simple Product Switch":
        _product(painter, box(0.1, 0.12, 0.8, 0.76), product)
    elif name == "Simple split screen template":
        if fw >= fh:
            _product(painter, box(0.04, 0.1, 0.44, 0.8), product)
            _figure(painter, box(0.54, 0.1, 0.42, 0.9), person)
        else:
            _product(painter, box(0.08, 0.04, 0.84, 0.44), product)
            _figure(painter, box(0.2, 0.52, 0.6, 0.48), person)
    else:
        _product(painter, box(0.1, 0.1, 0.8, 0.5), product)
        _figure(painter, box(0.3, 0.6, 0.4, 0.4), person)
    painter.end()
    return pixmap


class StyleGallery(QListWidget):
    """Each style once, with its picture; ``style_changed(name)`` when the user picks one."""

    style_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("styleGallery")
        self.setAccessibleName(self.tr("Visual styles"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(PICTURE)
        # Room for the title and a three-line description: a seller reads it whole.
        self.setGridSize(QSize(PICTURE.width() + 130, PICTURE.height() + 84))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.currentItemChanged.connect(self._on_current)

    def set_styles(self, names: list[str], aspect: AspectRatio) -> None:
        chosen = self.current_name()
        self.blockSignals(True)
        self.clear()
        dpr = self.devicePixelRatioF()
        for name in names:
            info = style_info(name)
            pixmap = style_picture(name, aspect, dpr)
            picture = QIcon(pixmap)
            picture.addPixmap(pixmap, QIcon.Mode.Selected)
            item = QListWidgetItem(picture, f"{info.title}\n{info.description}", self)
            item.setData(_NAME, name)
            item.setToolTip(f"{info.title} — {info.description}\n(JoggAI: {name})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, info.title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, info.description)
        self.blockSignals(False)
        if chosen:
            self.select(chosen)

    def names(self) -> list[str]:
        return [str(self.item(row).data(_NAME)) for row in range(self.count())]

    def current_name(self) -> str:
        item = self.currentItem()
        return str(item.data(_NAME)) if item is not None else ""

    def select(self, name: str) -> bool:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_NAME) == name:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                self.scrollToItem(item)
                return True
        return False

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.style_changed.emit(str(current.data(_NAME)))
