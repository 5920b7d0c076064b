"""A list of choices with a ▶ sample per row, sharing one AudioPreview.

Rows are chosen with click or arrows; Space (or the row's ▶ button) plays the row's sample.
The ▶ buttons take no focus so Tab leaves the list in one step. With
:meth:`PlayableList.set_multi_select`, a click ticks or unticks a row (several picked at once);
the picks outlive a change of the rows shown (filters).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QToolButton, QWidget

from ui.widgets import icons
from ui.widgets.audio_preview import AudioPreview
from ui.widgets.multi_pick import MultiPick

_KEY = Qt.ItemDataRole.UserRole
_URL = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PlayableRow:
    key: object
    title: str
    detail: str = ""
    sample_url: str = ""


class _RowWidget(QWidget):
    def __init__(self, row: PlayableRow, on_play: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.button = QToolButton(self)
        self.button.setIcon(icons.icon("play"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._title = row.title
        self.button.setAccessibleName(self.tr("Play sample of {name}").format(name=row.title))
        self.button.setToolTip(self.tr("Play a sample (Space)"))
        self.button.setEnabled(bool(row.sample_url))
        self.button.setVisible(bool(row.sample_url))
        self.button.clicked.connect(on_play)
        title = QLabel(row.title, self)
        detail = QLabel(row.detail, self)
        detail.setObjectName("detailLabel")
        layout.addWidget(self.button)
        layout.addWidget(title)
        layout.addStretch(1)
        layout.addWidget(detail)

    def set_playing(self, playing: bool) -> None:
        self.button.setIcon(icons.icon("stop" if playing else "play"))
        text = self.tr("Stop sample of {name}") if playing else self.tr("Play sample of {name}")
        self.button.setAccessibleName(text.format(name=self._title))


class PlayableList(QListWidget):
    """``choice_changed(key)`` when the chosen row changes."""

    choice_changed = Signal(object)
    picked_changed = Signal()
    """Multi-select mode: the set of picked rows changed."""

    def __init__(self, name: str, audio: AudioPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription(self.tr("Press Space to hear a sample of the selected row."))
        self._audio = audio
        self._rows: dict[object, QListWidgetItem] = {}
        self._pick = MultiPick(self, lambda: self._rows, self.picked_changed.emit)
        self.setMinimumHeight(160)
        self.currentItemChanged.connect(self._on_current)
        audio.playing_changed.connect(self._on_playing)

    def set_rows(self, rows: list[PlayableRow]) -> None:
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        self._rows.clear()
        for row in rows:
            item = QListWidgetItem(self)
            item.setData(_KEY, row.key)
            item.setData(_URL, row.sample_url)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.title} {row.detail}".strip())
            widget = _RowWidget(row, self._player_for(row.sample_url), self)
            item.setSizeHint(QSize(0, max(widget.sizeHint().height(), 30)))
            self.setItemWidget(item, widget)
            self._rows[row.key] = item
        self.blockSignals(False)
        if current in self._rows:
            self.select(current, emit=False)
        self._pick.show()

    def _player_for(self, url: str) -> Callable[[], None]:
        def play() -> None:
            self._audio.toggle(url)

        return play

    def item_keys(self) -> list[object]:
        return [self.item(i).data(_KEY) for i in range(self.count())]

    def current_key(self) -> object | None:
        item = self.currentItem()
        key: object | None = item.data(_KEY) if item is not None else None
        return key

    def set_multi_select(self, multi: bool) -> None:
        """Several rows picked at once (a click ticks or unticks one) instead of one chosen."""
        self._pick.set_on(multi)

    def picked_keys(self) -> list[object]:
        """Multi-select mode: the picked rows' keys, in the order picked (hidden ones too)."""
        return self._pick.keys()

    def set_picked_keys(self, keys: list[object]) -> None:
        self._pick.set_keys(keys)

    def select(self, key: object, *, emit: bool = True) -> bool:
        item = self._rows.get(key)
        if item is None:
            return False
        self.blockSignals(not emit)
        self._pick.make_current(item)
        self.blockSignals(False)
        self.scrollToItem(item)
        return True

    def play_button(self, key: object) -> QToolButton | None:
        item = self._rows.get(key)
        widget = self.itemWidget(item) if item is not None else None
        return widget.button if isinstance(widget, _RowWidget) else None

    def play_current(self) -> None:
        item = self.currentItem()
        url = str(item.data(_URL) or "") if item is not None else ""
        if url:
            self._audio.toggle(url)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.play_current()
            return
        super().keyPressEvent(event)

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.choice_changed.emit(current.data(_KEY))

    def _on_playing(self, url: str, playing: bool) -> None:
        for item in self._rows.values():
            widget = self.itemWidget(item)
            if isinstance(widget, _RowWidget):
                widget.set_playing(playing and item.data(_URL) == url)
