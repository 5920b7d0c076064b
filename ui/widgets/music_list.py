"""Background music: "No music" or a track, each track with a ▶ preview."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from jogg_desktop.models import Music, Ownership
from ui.widgets.audio_preview import AudioPreview
from ui.widgets.playable_list import PlayableList, PlayableRow

NO_MUSIC = -1  # row key for "No music" (music_id None)


def _duration(seconds: float | None) -> str:
    if not seconds:
        return ""
    s = round(seconds)
    return f"{s // 60}:{s % 60:02d}"


class MusicList(PlayableList):
    """``music_changed(music_id or None)``."""

    music_changed = Signal(object)

    def __init__(self, audio: AudioPreview, parent: QWidget | None = None) -> None:
        super().__init__("", audio, parent)
        self.setAccessibleName(self.tr("Background music"))
        self._chosen = NO_MUSIC
        self._tracks: list[Music] = []
        self.choice_changed.connect(self._on_choice)
        self.set_music_list([])

    def set_music_list(self, tracks: list[Music]) -> None:
        self._tracks = list(tracks)
        rows = [PlayableRow(NO_MUSIC, self.tr("No music"))]
        for m in tracks:
            mine = self.tr("Mine") if m.ownership is Ownership.CUSTOM else ""
            detail = " · ".join(p for p in (_duration(m.duration), mine) if p)
            rows.append(PlayableRow(m.id, m.name or self.tr("Track {id}").format(id=m.id), detail, m.url))
        self.set_rows(rows)
        if not self.select(self._chosen, emit=False):
            self.select(NO_MUSIC, emit=False)

    def music_id(self) -> int | None:
        return None if self._chosen == NO_MUSIC else self._chosen

    def current_title(self) -> str:
        """The chosen track's name and length, or "No music"."""
        track = next((m for m in self._tracks if m.id == self._chosen), None)
        if track is None:
            return self.tr("No music")
        name = track.name or self.tr("Track {id}").format(id=track.id)
        length = _duration(track.duration)
        return f"{name} ({length})" if length else name

    def set_music(self, music_id: int | None) -> None:
        self._chosen = NO_MUSIC if music_id is None else music_id
        if not self.select(self._chosen, emit=False):
            self.select(NO_MUSIC, emit=False)

    def _on_choice(self, key: object) -> None:
        assert isinstance(key, int)
        self._chosen = key
        self.music_changed.emit(self.music_id())
