"""One look in the compare view: its name, its preview (muted, in a loop) and what it is doing.

While JoggAI makes the preview the tile shows the style's picture and the time so far; a ready
preview plays muted in a loop; a failed one says why in plain words while the others go on.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from jogg_desktop.models import AspectRatio
from ui.previews.model import PreviewState, PreviewView
from ui.widgets.style_gallery import style_info, style_picture
from ui.widgets.video_player import VideoPlayer, format_time


def picture_size(aspect: AspectRatio) -> QSize:
    """The tile's picture: the video's shape, about the same area for each format."""
    return {
        AspectRatio.PORTRAIT: QSize(171, 304),
        AspectRatio.LANDSCAPE: QSize(304, 171),
        AspectRatio.SQUARE: QSize(228, 228),
    }[aspect]


class PreviewTile(QFrame):
    """``watch_requested(key)``: play it with sound, full size; ``render_requested(key)``: make
    the full video in this look (the window asks first: it is charged)."""

    watch_requested = Signal(object)
    render_requested = Signal(object)
    fetch_requested = Signal(object)
    """Get a paid preview whose download failed once more (free)."""

    def __init__(self, view: PreviewView, aspect: AspectRatio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewTile")
        self.key = view.key
        self.style_name = view.style
        self._view = view
        self._size = picture_size(aspect)
        info = style_info(view.style)
        self.title = QLabel(info.title, self)
        self.title.setObjectName("sectionTitle")
        self.title.setToolTip(f"{info.title} — {info.description}\n(JoggAI: {view.style})")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.picture = QLabel(self)
        self.picture.setObjectName("tilePicture")
        self.picture.setFixedSize(self._size)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(style_picture(view.style, aspect, self.devicePixelRatioF(), self._size))
        self.picture.setAccessibleName(self.tr("Picture of the look {title}").format(title=info.title))
        self.player = VideoPlayer(self, compact=True, muted=True, loop=True)
        self.player.setAccessibleName(
            self.tr("Preview of {title}, playing without sound").format(title=info.title))
        self.player.set_picture_only(self._size)
        self.player.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setFixedWidth(self._size.width())
        self.busy.setAccessibleName(self.tr("Being made"))
        self.status = QLabel(self)
        self.status.setObjectName("tileStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.watch_button = QPushButton(self.tr("Watch with sound"), self)
        self.watch_button.setAccessibleName(
            self.tr("Watch the {title} preview with sound").format(title=info.title))
        self.watch_button.clicked.connect(lambda: self.watch_requested.emit(self.key))
        self.render_button = QPushButton(self.tr("Make the full video in this look"), self)
        self.render_button.setObjectName("primaryButton")
        self.render_button.clicked.connect(lambda: self.render_requested.emit(self.key))
        self.fetch_button = QPushButton(self.tr("Get it again (no charge)"), self)
        self.fetch_button.setAccessibleName(
            self.tr("Get the {title} preview again, at no charge").format(title=info.title))
        self.fetch_button.clicked.connect(lambda: self.fetch_requested.emit(self.key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.player, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.fetch_button)
        layout.addWidget(self.watch_button)
        layout.addWidget(self.render_button)
        width = max(self._size.width(), self.render_button.sizeHint().width()) + 20
        self.setFixedWidth(width)
        self.show_view(view)

    # -- state ----------------------------------------------------------------------------------
    def view(self) -> PreviewView:
        return self._view

    def show_view(self, view: PreviewView) -> None:
        self._view = view
        ready = view.state is PreviewState.READY and bool(view.source)
        self.setProperty("state", view.state.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.picture.setVisible(not ready)
        self.player.setVisible(ready)
        self.picture.setEnabled(view.state is not PreviewState.FAILED)
        self.busy.setVisible(view.state is PreviewState.WAITING)
        self.watch_button.setEnabled(ready)
        self.render_button.setEnabled(view.state is PreviewState.READY)
        if view.full_video is not None:
            self.render_button.setText(self.tr("Show the full video"))
            self.render_button.setAccessibleName(self.tr("Show the full video in the look {title}").format(
                title=self.title.text()))
        else:
            self.render_button.setText(self.tr("Make the full video in this look"))
            self.render_button.setAccessibleName(self.tr("Make the full video in the look {title}").format(
                title=self.title.text()))
        stopped = view.state in (PreviewState.FAILED, PreviewState.UNCONFIRMED)
        self.watch_button.setVisible(not stopped)  # nothing to watch or make from this one
        self.render_button.setVisible(not stopped)
        self.fetch_button.setVisible(stopped and view.fetchable)
        self.fetch_button.setEnabled(True)
        if ready and self.player.source() != view.source:
            self.player.set_source(view.source)
            self.player.play()
        elif not ready and self.player.has_player():
            self.player.stop()
        self.status.setProperty("warn", view.state in (PreviewState.FAILED, PreviewState.UNCONFIRMED))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.tick()

    def tick(self) -> None:
        """The waiting time, once a second (the window's clock calls it)."""
        view = self._view
        if view.state is PreviewState.WAITING:
            text = self.tr("JoggAI is making this preview… {elapsed}").format(elapsed=_elapsed(view.started))
        elif view.state is PreviewState.READY:
            text = self.tr("Ready. Playing without sound.")
        elif view.state is PreviewState.FAILED:
            text = self.tr("Not made: {reason}").format(reason=view.reason)
        else:
            text = view.reason
        if self.status.text() != text:
            self.status.setText(text)
            self.status.setAccessibleName(text)

    def stop(self) -> None:
        if self.player.has_player():
            self.player.stop()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.watch_button.isEnabled():
            self.watch_requested.emit(self.key)
        super().mouseDoubleClickEvent(event)


def _elapsed(since: datetime) -> str:
    now = datetime.now(UTC) if since.tzinfo else datetime.now()
    return format_time(int(max(0.0, (now - since).total_seconds()) * 1000))
