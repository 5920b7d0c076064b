"""The compare view: one set of previews as tiles side by side, each playing muted in a loop.

Non-modal, one per set of previews (:func:`ui.previews.show_compare`). A click plays a preview
with sound at full size; "Make the full video in this look" asks first (it is charged), asks
JoggAI once, and hands the new video to the main window's progress and result pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.models import AspectRatio, credits_for
from ui.errors import JOGG_APP_URL, Action, describe
from ui.history.player_dialog import PlayerDialog
from ui.i18n import credits_text, seconds_text
from ui.previews.cost import previews_cost_text
from ui.previews.model import CompareSource, PreviewState, PreviewView
from ui.previews.tile import PreviewTile
from ui.tasks import TaskRunner
from ui.widgets.banner import Banner
from ui.widgets.style_gallery import style_info


def aspect_name(aspect: AspectRatio) -> str:
    from ui.i18n import tr

    return {
        AspectRatio.PORTRAIT: tr("Portrait 9:16", "Previews"),
        AspectRatio.LANDSCAPE: tr("Landscape 16:9", "Previews"),
        AspectRatio.SQUARE: tr("Square 1:1", "Previews"),
    }[aspect]


def columns_for(count: int) -> int:
    """Side by side up to three; four as two rows of two; five or six as rows of three."""
    return count if count <= 3 else 2 if count == 4 else 3


class CompareWindow(QWidget):
    """``render_started(job_id)`` once JoggAI accepted a full video of one of the previews."""

    render_started = Signal(int)
    settled = Signal(int, int)
    """(ready, count) once no preview is being made any more (after some were)."""

    def __init__(self, source: CompareSource, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self._source = source
        self._tasks = tasks
        self._rendering: int | None = None
        self._was_waiting = False
        self.on_closed: list[Callable[[], None]] = []
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Compare looks — {product}").format(product=source.title))

        self.banner = Banner(self)
        self.banner.action_requested.connect(self._on_banner_action)
        self.title = QLabel(self.tr("Compare looks"), self)
        self.title.setObjectName("pageTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("pageIntro")
        self.summary.setWordWrap(True)
        self.note = QLabel(
            self.tr("Previews are short drafts at low resolution: the full video comes in full "
                    "quality, with lip-sync. Click “Watch with sound” to see one at full size."),
            self,
        )
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.tiles: dict[int, PreviewTile] = {}
        self._grid_host = QWidget(self)
        self._grid_host.setObjectName("compareTiles")
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(12)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.tiles_scroll = QScrollArea(self)
        self.tiles_scroll.setWidgetResizable(True)
        self.tiles_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tiles_scroll.setWidget(self._grid_host)
        self.tiles_scroll.viewport().setAutoFillBackground(False)  # the window's own background
        self._grid_host.setAutoFillBackground(False)
        self.footer_note = QLabel(
            self.tr("You can close this window: JoggAI goes on making the previews, and History "
                    "keeps them."),
            self,
        )
        self.footer_note.setObjectName("hint")
        self.footer_note.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.footer_note, 1)
        footer.addWidget(self.close_button)
        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.tiles_scroll, 1)
        layout.addLayout(footer)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._unsubscribe: Callable[[], None] | None = source.subscribe(self.refresh)
        self.setMinimumSize(640, 560)  # a tile and its words; more tiles scroll
        self.resize(1040, 760)
        self.refresh()

    # -- the previews ---------------------------------------------------------------------------
    @property
    def source(self) -> CompareSource:
        return self._source

    def refresh(self) -> None:
        views = self._source.views()
        self._place_tiles(views)
        for view in views:
            self.tiles[view.key].show_view(view)
        self._summarise(views)
        waiting = any(v.state is PreviewState.WAITING for v in views)
        if waiting and not self._clock.isActive():
            self._clock.start()
        elif not waiting:
            self._clock.stop()
            if self._was_waiting:
                self.settled.emit(sum(1 for v in views if v.state is PreviewState.READY), len(views))
        self._was_waiting = waiting

    def _place_tiles(self, views: list[PreviewView]) -> None:
        if [v.key for v in views] == list(self.tiles):
            return
        for tile in self.tiles.values():
            tile.stop()
            tile.deleteLater()
        self.tiles = {}
        columns = columns_for(len(views))
        for index, view in enumerate(views):
            tile = PreviewTile(view, self._source.aspect, self._grid_host)
            tile.watch_requested.connect(self.watch)
            tile.render_requested.connect(self.ask_render)
            tile.fetch_requested.connect(self.fetch_again)
            self._grid.addWidget(tile, index // columns, index % columns)
            self.tiles[view.key] = tile
        self._fit_width(columns)

    def _fit_width(self, columns: int) -> None:
        """Wide enough for a row of tiles side by side (longer words make wider tiles), within
        the screen."""
        if not self.tiles:
            return
        tile = max(t.minimumWidth() for t in self.tiles.values())
        margins = self._outer.contentsMargins()
        outer = margins.left() + margins.right()
        needed = columns * tile + (columns - 1) * self._grid.spacing() + outer + 40  # + a scroll bar
        screen = self.screen().availableGeometry().width() if self.screen() is not None else needed
        width = min(max(self.width(), needed), screen)
        if width != self.width():
            self.resize(width, self.height())

    def _summarise(self, views: list[PreviewView]) -> None:
        count = len(views)
        ready = sum(1 for v in views if v.state is PreviewState.READY)
        failed = sum(1 for v in views if v.state is PreviewState.FAILED)
        parts = [f"“{self._source.title}”", seconds_text(self._source.length),
                 aspect_name(self._source.aspect), previews_cost_text(count, self._source.length)]
        progress = (self.tr("{ready} of {count} ready").format(ready=ready, count=count) if ready < count
                    else self.tr("All ready"))
        if failed:
            progress += " · " + self.tr("%n not made", "", failed)
        self.summary.setText(" · ".join(parts) + "\n" + progress)

    def _tick(self) -> None:
        for tile in self.tiles.values():
            tile.tick()

    # -- watching -------------------------------------------------------------------------------
    def watch(self, key: int) -> PlayerDialog | None:
        tile = self.tiles.get(key)
        if tile is None or not tile.view().source:
            return None
        for other in self.tiles.values():
            other.player.pause()  # one sound, one moving picture to follow
        title = self.tr("Preview: {look}").format(look=style_info(tile.style_name).title)
        # No Python reference kept (see ui/history/window.py: a cycle through a media player
        # collected on another thread crashes); found again with findChildren.
        dialog = PlayerDialog(tile.view().source, title, self, aspect=self._source.aspect)
        dialog.finished.connect(self._resume_tiles)
        dialog.show()
        dialog.player.play()
        return dialog

    def _resume_tiles(self, _result: int = 0) -> None:
        for tile in self.tiles.values():
            if tile.player.isVisible():
                tile.player.play()

    def fetch_again(self, key: int) -> None:
        """JoggAI made it (and it was paid): only the download failed. Get it again, no request."""
        tile = self.tiles.get(key)
        if tile is None:
            return
        tile.fetch_button.setEnabled(False)
        self.banner.clear()
        self._tasks.run(self._source.fetch_again(key), on_done=lambda _none: self.refresh(),
                        on_error=self._fetch_failed, key=f"previews:fetch:{key}")

    def _fetch_failed(self, error: BaseException) -> None:
        self.banner.show_message(describe(error), "error")
        for tile in self.tiles.values():
            tile.fetch_button.setEnabled(True)
        self.refresh()

    # -- the full video -------------------------------------------------------------------------
    def ask_render(self, key: int) -> None:
        tile = self.tiles.get(key)
        if tile is None or self._rendering is not None:
            return
        made = tile.view().full_video
        if made is not None:  # asked for already: show it, nothing is charged again
            self.render_started.emit(made)
            return
        look = style_info(tile.style_name).title
        cost = credits_text(credits_for(self._source.length))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Make the full video?"),
            self.tr("JoggAI makes the whole video of “{product}” in the look “{look}”. It uses {cost} "
                    "from your JoggAI account.").format(product=self._source.title, look=look, cost=cost),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        make = box.addButton(self.tr("Make the video ({cost})").format(cost=cost),
                             QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(make)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _r: self.render_full(key) if box.clickedButton() is make else None)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()  # never exec() under qasync

    def render_full(self, key: int) -> None:
        """Ask JoggAI once for the full video of preview ``key`` (the seller confirmed the cost)."""
        if self._rendering is not None:
            return
        self._rendering = key
        self.banner.show_text(self.tr("Asking JoggAI to make the full video…"), "info")
        for tile in self.tiles.values():
            tile.render_button.setEnabled(False)
        self._tasks.run(self._source.render(key), on_done=self._rendered, on_error=self._render_failed,
                        key=f"previews:render:{key}")

    def _rendered(self, job_id: int) -> None:
        self._rendering = None
        self.banner.clear()
        self.render_started.emit(job_id)

    def _render_failed(self, error: BaseException) -> None:
        self._rendering = None
        self.banner.show_message(describe(error), "error")
        self.refresh()

    def _on_banner_action(self, action: Action) -> None:
        """Buy credits, check in JoggAI, …: JoggAI's app; "Try again" is the tile's button again."""
        if action in (Action.BUY_CREDITS, Action.UPGRADE_PLAN, Action.CHECK_BEFORE_RETRY,
                      Action.CONTACT_SUPPORT):
            QDesktopServices.openUrl(QUrl(JOGG_APP_URL))
        else:
            self.banner.clear()

    # -- window -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for dialog in self.findChildren(PlayerDialog):
            dialog.close()
        for tile in self.tiles.values():
            tile.stop()
        self._clock.stop()
        self.detach()
        for callback in list(self.on_closed):
            callback()
        super().closeEvent(event)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
