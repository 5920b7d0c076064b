"""Choosing the looks to compare: two to six visual styles, each with its picture, and the cost.

Opened from the settings page's "Compare looks…". Nothing is sent or charged here: the dialog
ends with the seller's confirmation (``confirmed(list[str])``, the styles' JoggAI names in the
gallery's order); the settings page then asks JoggAI for the previews.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.models import AspectRatio
from resources.styles import ACCENT
from ui.credits import amount
from ui.previews.cost import MAX_LOOKS, MIN_LOOKS, preview_credits, previews_cost_text
from ui.widgets import icons
from ui.widgets.style_gallery import PICTURE, StyleGallery


class CompareLooksDialog(QDialog):
    """``confirmed(names)`` when the seller asks for the previews (2 to 6 styles)."""

    confirmed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareLooksDialog")
        self.setWindowTitle(self.tr("Compare looks"))
        self.setModal(True)
        self._length = 15
        self.intro = QLabel(
            self.tr("Pick two to six visual styles. JoggAI makes a short preview of your video in "
                    "each, shown side by side, so you can see them before you pay for the full video."),
            self,
        )
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.template_note = QLabel(
            self.tr("Templates have no previews: only visual styles can be compared. The full "
                    "video is made in the style you pick."),
            self,
        )
        self.template_note.setObjectName("hint")
        self.template_note.setProperty("warn", True)
        self.template_note.setWordWrap(True)
        self.template_note.hide()
        self.gallery = StyleGallery(self)
        self.gallery.setAccessibleName(self.tr("Visual styles to compare"))
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.gallery.itemSelectionChanged.connect(self._on_selection)
        self.gallery.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("sectionStatus")
        self.count_label.setWordWrap(True)
        self.cost_label = QLabel(self)
        self.cost_label.setObjectName("costLabel")
        self.cost_label.setWordWrap(True)
        self.cost_note = QLabel(self)
        self.cost_note.setObjectName("hint")
        self.cost_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.make_button = QPushButton(self)
        self.make_button.setObjectName("primaryButton")
        self.make_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.make_button, self.cancel_button):
            button.setIcon(QIcon())  # no theme icons: some desktops draw them like emoji
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.template_note)
        layout.addWidget(self.gallery, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.cost_label)
        layout.addWidget(self.cost_note)
        layout.addWidget(self.buttons)

    # -- set-up ---------------------------------------------------------------------------------
    def set_looks(self, names: list[str], aspect: AspectRatio, *, chosen: str = "") -> None:
        """The visual styles of the video's format; ``chosen`` (the current look) starts ticked."""
        self.gallery.blockSignals(True)
        self.gallery.set_styles(names, aspect)
        self._tick_marks()
        self.gallery.clearSelection()
        for row, name in enumerate(self.gallery.names()):
            if name == chosen:
                self.gallery.item(row).setSelected(True)
                self.gallery.setCurrentRow(row, self.gallery.selectionModel().SelectionFlag.NoUpdate)
        self.gallery.blockSignals(False)
        self._on_selection()

    def _tick_marks(self) -> None:
        """A ticked style shows a check mark on its picture, not only a tint: several are chosen."""
        dpr = self.gallery.devicePixelRatioF()
        for row in range(self.gallery.count()):
            item = self.gallery.item(row)
            plain = item.icon().pixmap(PICTURE, dpr)
            ticked = QPixmap(plain)
            painter = QPainter(ticked)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            side = PICTURE.width() * 0.26
            badge = QRectF(PICTURE.width() - side - 2, 2, side, side)
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.setBrush(QColor(ACCENT))
            painter.drawEllipse(badge)
            mark = icons.pixmap("check", QSize(int(side * 0.7), int(side * 0.7)), "#ffffff", dpr)
            painter.drawPixmap(badge.center() - QPointF(side * 0.35, side * 0.35), mark)
            painter.end()
            icon = QIcon(plain)
            icon.addPixmap(ticked, QIcon.Mode.Selected)
            item.setIcon(icon)

    def set_length(self, seconds: int) -> None:
        self._length = seconds
        self._on_selection()

    def set_template_chosen(self, template: bool) -> None:
        self.template_note.setVisible(template)

    def show_over(self, window: QWidget) -> None:
        size = window.size()
        self.resize(max(600, int(size.width() * 0.9)), max(460, int(size.height() * 0.88)))
        self.open()
        self.gallery.setFocus()

    # -- the choice -----------------------------------------------------------------------------
    def chosen(self) -> list[str]:
        return [name for row, name in enumerate(self.gallery.names()) if self.gallery.item(row).isSelected()]

    def _on_selection(self) -> None:
        chosen = self.chosen()
        if len(chosen) > MAX_LOOKS:
            current = self.gallery.currentItem()
            if current is not None and current.isSelected():
                current.setSelected(False)  # the seventh click: six at most, said below
                self.count_label.setText(self.tr("Six looks at most: untick one to choose another."))
                return
        count = len(chosen)
        if not self.gallery.count():
            self.count_label.setText(self.tr("No visual styles for this format yet."))
        elif count < MIN_LOOKS:
            self.count_label.setText(self.tr(
                "%n look(s) chosen: pick at least two (click a style to tick or untick it).", "", count))
        else:
            self.count_label.setText(self.tr("%n look(s) chosen (at most six).", "", count))
        ready = MIN_LOOKS <= count <= MAX_LOOKS
        shown = max(count, MIN_LOOKS)
        self.cost_label.setText(previews_cost_text(shown, self._length))
        self.cost_note.setText(
            self.tr("A preview costs half a video: {each} per started 2 minutes. Nothing is charged "
                    "until you press the button below.").format(each=amount(preview_credits(self._length)))
        )
        total = amount(preview_credits(self._length) * shown)
        label = self.tr("Make %n preview(s) ({cost})", "", shown).replace("{cost}", total)
        self.make_button.setText(label)
        self.make_button.setAccessibleName(label)
        self.make_button.setEnabled(ready)

    def _confirm(self) -> None:
        chosen = self.chosen()
        if not MIN_LOOKS <= len(chosen) <= MAX_LOOKS:
            return
        self.accept()
        self.confirmed.emit(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the gallery ticks the current style (as Space does), never sends the request.
        if (watched is self.gallery and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            item = self.gallery.currentItem()
            if item is not None:
                item.setSelected(not item.isSelected())
            return True
        return super().eventFilter(watched, event)
