"""Voices for the chosen language, filtered by gender and age, each with a ▶ sample."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from jogg_desktop.models import VOICE_AGES, VOICE_GENDERS, Ownership, Voice
from ui.catalog_names import filter_word
from ui.widgets.audio_preview import AudioPreview
from ui.widgets.playable_list import PlayableList, PlayableRow

AUTO = ""  # row key for "let JoggAI choose" (voice_id None)


def _words(value: str) -> str:
    return filter_word(value)  # in the app's language


class VoiceList(QWidget):
    """``voice_changed(voice_id or None)``."""

    voice_changed = Signal(object)

    def __init__(self, audio: AudioPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._voices: list[Voice] = []
        self._chosen: str = AUTO
        self.gender_filter = QComboBox(self)
        self.gender_filter.setAccessibleName(self.tr("Voice gender"))
        self.gender_filter.addItem(self.tr("Any gender"), "")
        for g in VOICE_GENDERS:
            self.gender_filter.addItem(self.tr(_words(g)), g)
        self.age_filter = QComboBox(self)
        self.age_filter.setAccessibleName(self.tr("Voice age"))
        self.age_filter.addItem(self.tr("Any age"), "")
        for a in VOICE_AGES:
            self.age_filter.addItem(self.tr(_words(a)), a)
        for combo in (self.gender_filter, self.age_filter):
            combo.view().setAccessibleName(combo.accessibleName())
        self.list = PlayableList(self.tr("Voices"), audio, self)
        self.list.choice_changed.connect(self._on_choice)
        self.gender_filter.currentIndexChanged.connect(self._refresh)
        self.age_filter.currentIndexChanged.connect(self._refresh)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.gender_filter)
        filters.addWidget(self.age_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        self._refresh()

    def set_voices(self, voices: list[Voice]) -> None:
        self._voices = list(voices)
        self._refresh()

    def voice_id(self) -> str | None:
        return self._chosen or None

    def current_voice(self) -> Voice | None:
        return next((v for v in self._voices if v.id == self._chosen), None)

    def current_detail(self) -> str:
        voice = self.current_voice()
        if voice is None:
            return ""
        return self._detail(voice)

    def _detail(self, v: Voice) -> str:
        return " · ".join(
            part for part in (self.tr(_words(v.gender)) if v.gender else "",
                              self.tr(_words(v.age)) if v.age else "",
                              self.tr("Mine") if v.ownership is Ownership.CUSTOM else "")
            if part
        )

    def set_voice(self, voice_id: str | None) -> None:
        self._chosen = voice_id or AUTO
        self.list.select(self._chosen, emit=False)

    def visible_voices(self) -> list[Voice]:
        gender = self.gender_filter.currentData()
        age = self.age_filter.currentData()
        return [
            v for v in self._voices
            if (not gender or v.gender == gender) and (not age or v.age == age)
        ]

    def _refresh(self) -> None:
        rows = [PlayableRow(AUTO, self.tr("Let JoggAI choose a voice"), self.tr("matches the avatar"))]
        for v in self.visible_voices():
            rows.append(PlayableRow(v.id, v.name or v.id, self._detail(v), v.sample_url))
        self.list.set_rows(rows)
        if not self.list.select(self._chosen, emit=False):
            # The chosen voice is not in this language or filter: fall back to automatic.
            self.list.select(AUTO, emit=False)
            if self._voices:
                self._chosen = AUTO

    def _on_choice(self, key: object) -> None:
        self._chosen = str(key)
        self.voice_changed.emit(self.voice_id())
