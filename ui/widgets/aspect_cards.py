"""Aspect ratio as three visual cards: a drawn frame of the right shape, a name and a use."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from jogg_desktop.models import AspectRatio
from ui.widgets import icons

_ICON = 36
# Their look is in resources/styles/app.qss (#aspectCard): a constant 2 px border so a card never
# shifts when chosen; chosen = tint + accent border + a check in the frame; focus = dashed border.


def _frame_icon(aspect: AspectRatio, color: QColor, ratio: float, checked: bool = False) -> QIcon:
    """A rounded rectangle with the aspect's proportions (a check inside when chosen)."""
    size = int(_ICON * ratio)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    w, h = aspect.frame_size
    scale = (size * 0.86) / max(w, h)
    rect = QRectF((size - w * scale) / 2, (size - h * scale) / 2, w * scale, h * scale)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, max(2.0, 2.5 * ratio)))
    painter.drawRoundedRect(rect, 5 * ratio, 5 * ratio)
    if checked:
        mark = icons.image("check", QSize(int(size * 0.5), int(size * 0.5)), color)
        painter.drawImage(QRectF(size * 0.25, size * 0.25, size * 0.5, size * 0.5), mark)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)


class AspectCards(QWidget):
    """Three exclusive, keyboard-reachable cards; ``aspect_changed`` tells the new choice."""

    aspect_changed = Signal(object)  # AspectRatio

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Aspect ratio"))
        labels = {
            AspectRatio.PORTRAIT: (self.tr("Portrait 9:16"), self.tr("TikTok, Reels, Shorts")),
            AspectRatio.LANDSCAPE: (self.tr("Landscape 16:9"), self.tr("YouTube, websites")),
            AspectRatio.SQUARE: (self.tr("Square 1:1"), self.tr("Feeds, marketplaces")),
        }
        self._labels = labels
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[AspectRatio, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        ratio = self.devicePixelRatioF()
        color = self.palette().color(QPalette.ColorRole.WindowText)
        for aspect, (name, use) in labels.items():
            button = QToolButton(self)
            button.setObjectName("aspectCard")
            button.setCheckable(True)
            button.setText(f"{name}\n{use}")
            button.setIcon(_frame_icon(aspect, color, ratio))
            button.setIconSize(QSize(_ICON, _ICON))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setMinimumWidth(200)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(name)
            button.setAccessibleDescription(use)
            button.setToolTip(use)
            button.toggled.connect(lambda on, a=aspect: self._on_toggled(a, on))
            self._group.addButton(button)
            self._buttons[aspect] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._buttons[AspectRatio.PORTRAIT].setChecked(True)

    def _on_toggled(self, aspect: AspectRatio, on: bool) -> None:
        # A check inside the frame as well as the border and tint: the choice shows in any theme,
        # and the text (so the card's size) stays the same.
        color = self.palette().color(QPalette.ColorRole.WindowText)
        self._buttons[aspect].setIcon(_frame_icon(aspect, color, self.devicePixelRatioF(), on))
        if on:
            self.aspect_changed.emit(aspect)

    def set_multiple(self, multiple: bool) -> None:
        """Any number of cards ticked at once (none ticked to start) instead of exactly one."""
        self._group.setExclusive(not multiple)
        if multiple:
            for button in self._buttons.values():
                button.setChecked(False)

    def aspects(self) -> list[AspectRatio]:
        """The ticked cards' formats, in the cards' order."""
        return [aspect for aspect, button in self._buttons.items() if button.isChecked()]

    def aspect(self) -> AspectRatio:
        for aspect, button in self._buttons.items():
            if button.isChecked():
                return aspect
        return AspectRatio.PORTRAIT

    def set_aspect(self, aspect: AspectRatio) -> None:
        self._buttons[aspect].setChecked(True)

    def button(self, aspect: AspectRatio) -> QToolButton:
        return self._buttons[aspect]
