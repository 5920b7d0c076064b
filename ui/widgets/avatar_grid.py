"""Avatars as a grid of covers: library and own, filtered by gender, age, style and aspect ratio."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jogg_desktop.models import AVATAR_AGES, AVATAR_GENDERS, AVATAR_STYLES, AspectRatio, Avatar, Ownership
from ui.catalog_names import filter_word
from ui.widgets.cover_grid import CoverGrid, CoverItem, ThumbnailSource

AvatarKey = tuple[Ownership, int]


def cover_size(aspect: AspectRatio) -> QSize:
    """A cover cell of the format's shape, about the same area for each."""
    return {
        AspectRatio.PORTRAIT: QSize(96, 128),
        AspectRatio.LANDSCAPE: QSize(160, 90),
        AspectRatio.SQUARE: QSize(112, 112),
    }[aspect]


def _words(value: str) -> str:
    return filter_word(value)  # in the app's language


class AvatarGrid(QWidget):
    """``avatar_changed(Avatar)`` when the user picks one."""

    avatar_changed = Signal(object)
    shown_changed = Signal()
    """The filters or the aspect ratio changed which avatars are shown."""

    def __init__(self, parent: QWidget | None = None, *, thumbnails: ThumbnailSource | None = None) -> None:
        super().__init__(parent)
        self._avatars: list[Avatar] = []
        self._aspect: AspectRatio | None = None
        self._chosen: AvatarKey | None = None

        self.source_filter = self._combo(
            self.tr("Show avatars from"),
            [(self.tr("All avatars"), ""), (self.tr("JoggAI library"), Ownership.PUBLIC.value),
             (self.tr("My avatars"), Ownership.CUSTOM.value)],
        )
        any_gender = [(self.tr("Any gender"), "")]
        self.gender_filter = self._combo(
            self.tr("Avatar gender"), any_gender + [(self.tr(_words(g)), g) for g in AVATAR_GENDERS]
        )
        self.age_filter = self._combo(
            self.tr("Avatar age"), [(self.tr("Any age"), "")] + [(self.tr(_words(a)), a) for a in AVATAR_AGES]
        )
        self.style_filter = self._combo(
            self.tr("Avatar style"),
            [(self.tr("Any style"), "")] + [(self.tr(_words(s)), s) for s in AVATAR_STYLES],
        )
        self.grid = CoverGrid(self.tr("Avatars"), self, thumbnails=thumbnails)
        self.grid.selected.connect(self._on_selected)
        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.source_filter, self.gender_filter, self.age_filter, self.style_filter):
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.grid, 1)

    def _combo(self, name: str, entries: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.view().setAccessibleName(name)
        for text, value in entries:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._refresh)
        return combo

    def set_avatars(self, avatars: list[Avatar]) -> None:
        self._avatars = list(avatars)
        self._refresh()

    def set_aspect(self, aspect: AspectRatio | None) -> None:
        """Show the avatars made for ``aspect`` (None: every avatar, whatever its format)."""
        self._aspect = aspect
        self.grid.set_cover_size(cover_size(aspect or AspectRatio.PORTRAIT))
        self._refresh()

    def visible_avatars(self) -> list[Avatar]:
        source = self.source_filter.currentData()
        gender = self.gender_filter.currentData()
        age = self.age_filter.currentData()
        style = self.style_filter.currentData()

        def keep(a: Avatar) -> bool:
            # An avatar without a known aspect ratio (often the user's own) fits any video.
            return (
                self.fits(a)
                and (not source or a.ownership.value == source)
                and (not gender or a.gender == gender)
                and (not age or a.age == age)
                and (not style or a.style == style)
            )

        return [a for a in self._avatars if keep(a)]

    def all_avatars(self) -> list[Avatar]:
        return list(self._avatars)

    def fits(self, avatar: Avatar) -> bool:
        """Whether ``avatar`` can present a video of the current format (filters aside)."""
        aspect = self._aspect
        return avatar.ready and (aspect is None or avatar.aspect is None or avatar.aspect == aspect)

    def fitting_avatars(self) -> list[Avatar]:
        return [a for a in self._avatars if self.fits(a)]

    def avatar(self) -> Avatar | None:
        for a in self._avatars:
            if (a.ownership, a.id) == self._chosen:
                return a
        return None

    def is_chosen_visible(self) -> bool:
        """Whether the chosen avatar is in the grid now (the filters may hide it; it stays chosen)."""
        return self._chosen is not None and self._chosen in self.grid.item_keys()

    def set_avatar(self, avatar_id: int, ownership: Ownership) -> None:
        self._chosen = (ownership, avatar_id)
        self.grid.select(self._chosen, emit=False)

    def _refresh(self) -> None:
        shown = self.visible_avatars()
        items = [
            CoverItem(
                key=(a.ownership, a.id),
                title=a.name or self.tr("Avatar {id}").format(id=a.id),
                cover_url=a.cover_url,
                preview_url=a.preview_url,
                subtitle=self.tr("Mine") if a.ownership is Ownership.CUSTOM else "",
            )
            for a in shown
        ]
        empty = self.tr("No avatar matches these filters for this aspect ratio.") if self._avatars else ""
        self.grid.set_items(items, empty_text=empty)
        self.count_label.setText(self.tr("%n shown", "", len(shown)))
        if self._chosen is not None:
            self.grid.select(self._chosen, emit=False)
        self.shown_changed.emit()

    def _on_selected(self, key: object) -> None:
        assert isinstance(key, tuple)
        self._chosen = key
        chosen = self.avatar()
        if chosen is not None:
            self.avatar_changed.emit(chosen)
