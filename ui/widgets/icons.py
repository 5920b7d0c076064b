"""The app's small icons, drawn from bundled SVGs (``resources/icons/ui``), never from emoji glyphs.

An emoji such as ⏸ or 🖼 is a box wherever the system has no font for it; an SVG looks the same
everywhere and is sharp at any scale. Each SVG is drawn with ``@color@`` filled in, so one file
serves the light and the dark theme.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

NAMES = (
    "play", "pause", "stop", "close", "info", "success", "warning", "error", "picture", "video",
    "broken", "left", "right", "check", "folder",
)


@cache
def _svg(name: str) -> str:
    return (files("resources.icons") / "ui" / f"{name}.svg").read_text("utf-8")


def text_color() -> QColor:
    """The theme's text colour (the palette follows the light or dark theme)."""
    return QApplication.palette().windowText().color()


def image(name: str, size: QSize, color: QColor | str | None = None, dpr: float = 1.0) -> QImage:
    """``name`` drawn in ``color`` (default: the theme's text colour) on a transparent image."""
    colour = QColor(color) if color is not None else text_color()
    data = _svg(name).replace("@color@", colour.name())
    renderer = QSvgRenderer(QByteArray(data.encode()))
    out = QImage(size * dpr, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    renderer.render(painter, QRectF(0, 0, out.width(), out.height()))
    painter.end()
    out.setDevicePixelRatio(dpr)
    return out


def pixmap(name: str, size: QSize, color: QColor | str | None = None, dpr: float = 1.0) -> QPixmap:
    return QPixmap.fromImage(image(name, size, color, dpr))


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """An icon for buttons: drawn at 1× and 2× (sharp at 200 %); disabled in the muted colour."""
    result = QIcon()
    for dpr in (1.0, 2.0):
        result.addPixmap(pixmap(name, QSize(24, 24), color, dpr))
    muted = QApplication.palette().color(QApplication.palette().ColorGroup.Disabled,
                                         QApplication.palette().ColorRole.WindowText)
    for dpr in (1.0, 2.0):
        result.addPixmap(pixmap(name, QSize(24, 24), muted, dpr), QIcon.Mode.Disabled)
    return result
