"""The variants grid: several formats × lengths × avatars × voices × looks per product.

Formats are the settings page's format cards (any number ticked), lengths are ticked; avatars,
voices and looks are picked from JoggAI's catalogs in the settings page's pickers (covers,
names, samples, filters), several at a time. Nothing picked on an axis keeps the batch's setting.
What is picked becomes the command line's ``--vary`` options and goes through the same check
(:func:`~jogg_desktop.jobs.batch_model.parse_vary`).

Knows nothing of the app: it asks for a catalog with ``catalog_needed(kind)`` (the window loads
it and hands it in with ``set_avatars`` …), says ``changed`` and gives a
:class:`~jogg_desktop.jobs.batch_model.VariantGrid`, or the problem with it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QWidget,
)

from jogg_desktop.jobs.batch_model import BatchInputError, VariantGrid, parse_vary
from jogg_desktop.models import (
    AspectRatio,
    Avatar,
    Ownership,
    Template,
    VideoLength,
    Voice,
    credits_for,
)
from ui.widgets.aspect_cards import AspectCards
from ui.widgets.audio_preview import AudioPreview
from ui.widgets.avatar_grid import AvatarGrid
from ui.widgets.cover_grid import CoverGrid, CoverItem, ThumbnailSource
from ui.widgets.picker_dialog import PickerDialog
from ui.widgets.style_gallery import StyleGallery, style_info, style_picture
from ui.widgets.voice_list import AUTO, VoiceList

AVATARS, VOICES, LOOKS = "avatars", "voices", "looks"
CHIP = QSize(27, 36)
"""A picked item's picture in the strip under the axis."""

Key = tuple[Ownership, int]


class PickedStrip(QListWidget):
    """What is picked on one axis, in one row: a small picture (when there is one) beside its name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickedStrip")
        self.setAccessibleName(name)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(4)
        self.setIconSize(CHIP)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(CHIP.height() + 2 * self.frameWidth() + 12 + scroll_bar)
        self._urls: dict[str, list[QListWidgetItem]] = {}

    def show_items(self, items: list[tuple[str, QIcon | str]], empty: str) -> None:
        """``(title, picture)``: a picture as an icon, or a cover URL (filled in by ``cover_loaded``)."""
        self.clear()
        self._urls.clear()
        for title, picture in items:
            item = QListWidgetItem(title, self)
            item.setToolTip(title)
            if isinstance(picture, QIcon):
                item.setIcon(picture)
            elif picture:
                self._urls.setdefault(picture, []).append(item)
        if not items:
            item = QListWidgetItem(empty, self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def cover_urls(self) -> list[str]:
        return list(self._urls)

    def cover_loaded(self, url: str, image: QImage) -> None:
        if image.isNull():
            return
        pixmap = QPixmap.fromImage(image).scaled(
            CHIP, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        for item in self._urls.get(url, []):
            item.setIcon(QIcon(pixmap))


class VariantsGrid(QWidget):
    changed = Signal()
    catalog_needed = Signal(str)
    """AVATARS, VOICES or LOOKS: the window loads it and hands it in (``set_avatars`` …)."""

    def __init__(self, parent: QWidget | None = None, *, thumbnails: ThumbnailSource | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantsGrid")
        self._thumbnails = thumbnails
        self._base_aspect = AspectRatio.PORTRAIT
        self._language = "english"
        self._avatars: list[Avatar] = []
        self._voices: list[Voice] = []
        self._templates: list[Template] = []
        self._style_names: list[str] = []
        self._avatar_picks: list[Key] = []
        self._voice_picks: list[str] = []
        self._look_picks: list[str] = []  # "style:NAME", "template:ID", "custom-template:ID"
        self._dialogs: dict[str, PickerDialog] = {}
        self._before: list[object] = []

        self.format_cards = AspectCards(self)
        self.format_cards.set_multiple(True)
        for aspect in AspectRatio:
            self.format_cards.button(aspect).toggled.connect(lambda _on: self._on_formats())
        self.length_boxes: dict[VideoLength, QCheckBox] = {}
        lengths = QHBoxLayout()
        for length in VideoLength:
            credits = self.tr("%n credit(s)", "", credits_for(int(length)))
            box = self.length_boxes[length] = QCheckBox(
                self.tr("%n s", "", int(length)) + f" · {credits}", self)
            box.toggled.connect(self.changed)
            lengths.addWidget(box)
        lengths.addStretch(1)

        self.avatar_strip = PickedStrip(self.tr("Avatars picked"), self)
        self.voice_strip = PickedStrip(self.tr("Voices picked"), self)
        self.look_strip = PickedStrip(self.tr("Looks picked"), self)
        self.avatars_button = self._choose_button(self.tr("Choose avatars…"), AVATARS)
        self.voices_button = self._choose_button(self.tr("Choose voices…"), VOICES)
        self.looks_button = self._choose_button(self.tr("Choose looks…"), LOOKS)
        self.problem = QLabel(self)
        self.problem.setObjectName("variantsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()
        if thumbnails is not None:
            thumbnails.loaded.connect(self._on_cover)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Formats"), self.format_cards)
        form.addRow(self.tr("Lengths"), lengths)
        form.addRow(self.tr("Avatars"), self._axis(self.avatar_strip, self.avatars_button))
        form.addRow(self.tr("Voices"), self._axis(self.voice_strip, self.voices_button))
        form.addRow(self.tr("Looks"), self._axis(self.look_strip, self.looks_button))
        form.addRow(self.note)
        form.addRow(self.problem)
        self._show_picks()

    def _choose_button(self, text: str, kind: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"choose_{kind}")
        button.clicked.connect(lambda _checked=False: self.open_picker(kind))
        return button

    def _axis(self, strip: PickedStrip, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(strip, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    # -- what the batch is made with ------------------------------------------------------

    def set_base(self, aspect: AspectRatio, language: str) -> None:
        """The batch's own format and language: avatars and looks fit it unless formats are
        ticked; voices are of its language (a new language drops the voices picked)."""
        self._base_aspect = aspect
        if language != self._language:
            self._language = language
            self._voices = []
            self._voice_picks = []
            if VOICES in self._dialogs:
                self.voice_list.set_voices([])
        self._on_formats()

    def formats(self) -> list[AspectRatio]:
        """The formats the videos are made in: those ticked, or the batch's own."""
        return self.format_cards.aspects() or [self._base_aspect]

    def language(self) -> str:
        return self._language

    # -- catalogs (handed in by the window) -----------------------------------------------

    def set_avatars(self, avatars: list[Avatar]) -> None:
        self._avatars = list(avatars)
        if AVATARS in self._dialogs:
            self.avatar_grid.set_avatars(self._avatars)
            self._show_count(AVATARS)
        self._show_picks()

    def set_voices(self, voices: list[Voice]) -> None:
        self._voices = list(voices)
        if VOICES in self._dialogs:
            self.voice_list.set_voices(self._voices)
            self._show_count(VOICES)
        self._show_picks()

    def set_looks(self, styles: list[str], templates: list[Template]) -> None:
        """The visual styles (names) of the first format, and the templates."""
        self._style_names = list(styles)
        self._templates = list(templates)
        if LOOKS in self._dialogs:
            self._fill_looks()
            self._show_count(LOOKS)
        self._show_picks()

    def known_avatars(self) -> list[Avatar]:
        return list(self._avatars)

    def known_voices(self) -> list[Voice]:
        return list(self._voices)

    def catalog_failed(self, kind: str, text: str) -> None:
        dialog = self._dialogs.get(kind)
        if dialog is not None:
            dialog.set_status(text)

    def has_catalog(self, kind: str) -> bool:
        return bool({AVATARS: self._avatars, VOICES: self._voices,
                     LOOKS: self._style_names}[kind])

    # -- pickers ----------------------------------------------------------------------------

    def open_picker(self, kind: str) -> PickerDialog:
        dialog = self._dialogs.get(kind) or self._build_picker(kind)
        self._before = list(self._picks(kind))
        if not self.has_catalog(kind):
            dialog.set_status(self.tr("Loading JoggAI's catalog…"))
            self.catalog_needed.emit(kind)
        else:
            self._show_count(kind)
        dialog.show_over(self.window())
        return dialog

    def _build_picker(self, kind: str) -> PickerDialog:
        if kind == AVATARS:
            self.avatar_grid = AvatarGrid(None, thumbnails=self._thumbnails)
            self.avatar_grid.grid.set_multi_select(True)
            self.avatar_grid.set_avatars(self._avatars)
            self.avatar_grid.grid.set_picked_keys(list(self._avatar_picks))
            self.avatar_grid.grid.picked_changed.connect(self._on_picked)
            content: QWidget = self.avatar_grid
            title, hint = self.tr("Choose avatars"), self.tr(
                "Click every avatar you want a video with; click again to leave one out.")
        elif kind == VOICES:
            self.audio = AudioPreview(self)
            self.voice_list = VoiceList(self.audio, None)
            self.voice_list.list.set_multi_select(True)
            self.voice_list.set_voices(self._voices)
            self.voice_list.list.set_picked_keys(list(self._voice_picks))
            self.voice_list.list.picked_changed.connect(self._on_picked)
            content = self.voice_list
            title, hint = self.tr("Choose voices"), self.tr(
                "Click every voice you want a video with; ▶ plays a sample.")
        else:
            content = self._build_looks()
            title, hint = self.tr("Choose looks"), self.tr(
                "Click every visual style or template you want a video with.")
        # The content is made without a parent: a preview player made inside the shown window
        # would get a native surface there before moving into the picker (Qt warns of it).
        dialog = PickerDialog(title, hint, content, self)
        dialog.cancelled.connect(lambda: self._restore(kind))
        dialog.finished.connect(lambda _result: self._picker_closed(kind))
        self._dialogs[kind] = dialog
        self._fit_picker(kind)
        return dialog

    def _build_looks(self) -> QTabWidget:
        self.style_gallery = StyleGallery(None)
        self.style_gallery.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.style_gallery.itemSelectionChanged.connect(self._on_picked)
        self.template_grid = CoverGrid(self.tr("Templates"), None, thumbnails=self._thumbnails)
        self.template_grid.set_multi_select(True)
        self.template_grid.picked_changed.connect(self._on_picked)
        self.look_tabs = QTabWidget(None)
        self.look_tabs.addTab(self.style_gallery, self.tr("Visual styles"))
        self.look_tabs.addTab(self.template_grid, self.tr("Templates"))
        self._fill_looks()
        return self.look_tabs

    def _fill_looks(self) -> None:
        aspect = self.formats()[0]
        self.style_gallery.blockSignals(True)
        self.style_gallery.set_styles(self._style_names, aspect)
        for row in range(self.style_gallery.count()):
            item = self.style_gallery.item(row)
            item.setSelected(f"style:{item.data(Qt.ItemDataRole.UserRole)}" in self._look_picks)
        self.style_gallery.blockSignals(False)
        items = [CoverItem(key=(t.ownership, t.id), title=t.name or self.tr("Template {id}").format(id=t.id),
                           cover_url=t.cover_url, preview_url=t.preview_url,
                           subtitle=self.tr("Mine") if t.ownership is Ownership.CUSTOM else "")
                 for t in self._templates if t.aspect in (None, aspect)]
        self.template_grid.set_items(items, empty_text=self.tr("No template for this aspect ratio."))
        self.template_grid.set_picked_keys([_template_key(p) for p in self._look_picks if
                                            not p.startswith("style:")])

    def _fit_picker(self, kind: str) -> None:
        """The picker shows what fits the format (when there is one)."""
        formats = self.formats()
        if kind == AVATARS and AVATARS in self._dialogs:
            # One format: what fits it. Several: every avatar (a note names those that do not fit).
            self.avatar_grid.set_aspect(formats[0] if len(formats) == 1 else None)
        elif kind == LOOKS and LOOKS in self._dialogs:
            self._fill_looks()

    def _picks(self, kind: str) -> list[object]:
        picks: dict[str, list[object]] = {AVATARS: list(self._avatar_picks), VOICES: list(self._voice_picks),
                                          LOOKS: list(self._look_picks)}
        return picks[kind]

    def _on_picked(self) -> None:
        """A click in an open picker: the picks (and the count and cost) follow at once."""
        if AVATARS in self._dialogs:
            self._avatar_picks = [k for k in self.avatar_grid.grid.picked_keys() if isinstance(k, tuple)]
        if VOICES in self._dialogs:
            self._voice_picks = [str(k) for k in self.voice_list.list.picked_keys() if k != AUTO]
        if LOOKS in self._dialogs:
            gallery = self.style_gallery
            styles = [f"style:{item.data(Qt.ItemDataRole.UserRole)}" for item in gallery.selectedItems()]
            kept = [p for p in self._look_picks if p in styles]  # the order picked
            templates = [_template_pick(k) for k in self.template_grid.picked_keys() if isinstance(k, tuple)]
            self._look_picks = kept + [s for s in styles if s not in kept] + templates
        for kind in self._dialogs:
            self._show_count(kind)
        self._show_picks()
        self.changed.emit()

    def _show_count(self, kind: str) -> None:
        """The picker says how many are picked (the filters may hide some of them)."""
        count = len(self._picks(kind))
        self._dialogs[kind].set_status(self.tr("%n picked", "", count) if count else "")

    def _restore(self, kind: str) -> None:
        """Cancel: the picks as they were when the picker opened."""
        before = self._before
        if kind == AVATARS:
            self.avatar_grid.grid.set_picked_keys(before)
        elif kind == VOICES:
            self.voice_list.list.set_picked_keys(before)
        else:
            self._look_picks = [str(p) for p in before]
            self._fill_looks()
        self._on_picked()

    def _picker_closed(self, kind: str) -> None:
        if kind == AVATARS:
            self.avatar_grid.grid.stop_preview()
        elif kind == VOICES:
            self.audio.stop()
        else:
            self.template_grid.stop_preview()

    def set_picks(self, *, avatars: list[Key] | None = None, voices: list[str] | None = None,
                  looks: list[str] | None = None) -> None:
        """Pick without the pickers (a saved grid put back; tests)."""
        if avatars is not None:
            self._avatar_picks = list(avatars)
            if AVATARS in self._dialogs:
                self.avatar_grid.grid.set_picked_keys(list(avatars))
        if voices is not None:
            self._voice_picks = list(voices)
            if VOICES in self._dialogs:
                self.voice_list.list.set_picked_keys(list(voices))
        if looks is not None:
            self._look_picks = list(looks)
            if LOOKS in self._dialogs:
                self._fill_looks()
        self._show_picks()
        self.changed.emit()

    # -- showing the picks ----------------------------------------------------------------

    def _on_formats(self) -> None:
        for kind in (AVATARS, LOOKS):
            self._fit_picker(kind)
        if LOOKS in self._dialogs or self._look_picks:
            self.catalog_needed.emit(LOOKS)  # the styles of the (first) format
        self._show_picks()
        self.changed.emit()

    def _show_picks(self) -> None:
        avatars = {(a.ownership, a.id): a for a in self._avatars}
        self.avatar_strip.show_items(
            [(self._avatar_name(k, avatars.get(k)), avatars[k].cover_url if k in avatars else "")
             for k in self._avatar_picks],
            self.tr("As in the settings — or choose several avatars"))
        voices = {v.id: v for v in self._voices}
        self.voice_strip.show_items(
            [((voices[v].name or v) if v in voices else v, "") for v in self._voice_picks],
            self.tr("As in the settings — or choose several voices"))
        aspect = self.formats()[0]
        templates = {(t.ownership, t.id): t for t in self._templates}
        looks: list[tuple[str, QIcon | str]] = []
        for pick in self._look_picks:
            if pick.startswith("style:"):
                name = pick.removeprefix("style:")
                picture = style_picture(name, aspect, self.devicePixelRatioF(), CHIP)
                looks.append((style_info(name).title, QIcon(picture)))
            else:
                template = templates.get(_template_key(pick))
                title = template.name if template is not None and template.name else \
                    self.tr("Template {id}").format(id=_template_key(pick)[1])
                looks.append((title, template.cover_url if template is not None else ""))
        self.look_strip.show_items(looks, self.tr("As in the settings — or choose several looks"))
        if self._thumbnails is not None:
            for strip in (self.avatar_strip, self.look_strip):
                for url in strip.cover_urls():
                    self._thumbnails.load(url, CHIP)
        self._show_note(avatars)

    def _avatar_name(self, key: Key, avatar: Avatar | None) -> str:
        if avatar is not None and avatar.name:
            return avatar.name
        return self.tr("Avatar {id}").format(id=key[1])

    def _show_note(self, avatars: dict[Key, Avatar]) -> None:
        """An avatar made for one format cannot present the videos of another: say so."""
        formats = self.formats()
        misfits = [a for k in self._avatar_picks if (a := avatars.get(k)) is not None
                   and a.aspect is not None and any(f != a.aspect for f in formats)]
        if misfits:
            names = ", ".join(a.name or str(a.id) for a in misfits)
            self.note.setText(self.tr("Made for another format: %1. JoggAI may refuse those videos; "
                                      "pick avatars made for each format you ticked.").replace("%1", names))
        self.note.setVisible(bool(misfits))

    def _on_cover(self, url: str, image: QImage) -> None:
        for strip in (self.avatar_strip, self.look_strip):
            strip.cover_loaded(url, image)

    # -- the grid -------------------------------------------------------------------------

    def options(self) -> list[str]:
        """The picks as the command line's ``--vary`` options (checked the same way)."""
        options: list[str] = []
        aspects = [a.value for a in self.format_cards.aspects()]
        lengths = [str(int(n)) for n, box in self.length_boxes.items() if box.isChecked()]
        avatars = [f"custom:{i}" if o is Ownership.CUSTOM else str(i) for o, i in self._avatar_picks]
        for kind, values in (("aspect", aspects), ("length", lengths), ("avatar", avatars),
                             ("voice", self._voice_picks), ("look", self._look_picks)):
            if values:
                options.append(f"{kind}={','.join(values)}")
        return options

    def grid(self) -> VariantGrid:
        """What is picked; BatchInputError when something picked cannot be used."""
        options = self.options()
        grid = parse_vary(options) if options else VariantGrid()
        names = {(a.ownership, a.id): a.name for a in self._avatars}
        named = (replace(c, name=names.get((c.ownership, c.avatar_id), "")) for c in grid.avatars)
        return replace(grid, avatars=tuple(named))

    def checked_grid(self) -> VariantGrid | None:
        """The grid, or None with the problem shown under the fields."""
        try:
            grid = self.grid()
        except BatchInputError as err:
            self.problem.setText("; ".join(err.problems))
            self.problem.show()
            return None
        self.problem.hide()
        return grid


def _template_pick(key: tuple[Ownership, int]) -> str:
    ownership, template_id = key
    return f"{'custom-template' if ownership is Ownership.CUSTOM else 'template'}:{template_id}"


def _template_key(pick: str) -> Key:
    kind, _, number = pick.partition(":")
    return (Ownership.CUSTOM if kind == "custom-template" else Ownership.PUBLIC, int(number))
