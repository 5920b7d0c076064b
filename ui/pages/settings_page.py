"""Step 4: how the video should look and sound, and what it costs — on one screen.

The page shows each choice at a glance (format, length, script, avatar, voice, music, look,
captions, name); the big catalogs open in a picker (:class:`PickerDialog`) with filters and
previews, so nothing scrolls inside the page. Catalogs come from the core's
:class:`~jogg_desktop.catalog.CatalogService` (merged and cached per API client).

What carries over: the style of a video (everything but the name and the own script) is
remembered for the next product and the next start (``LAST_SETTINGS``, the one "last settings"
record); the name and own script belong to one product and are cleared when a new one starts.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.api.routing import generation_for
from jogg_desktop.catalog import CatalogService, Listing
from jogg_desktop.errors import JoggError
from jogg_desktop.models import (
    LANGUAGES,
    SCRIPT_STYLE_NOTES,
    AspectRatio,
    Avatar,
    Music,
    Template,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyle,
    VisualStyleLook,
    Voice,
)
from jogg_desktop.store import codec
from ui.catalog_names import catalog_text, filter_word
from ui.context import AppContext
from ui.credits import balance_text
from ui.i18n import credits_text, seconds_text
from ui.pages.base import WizardPage
from ui.pages.script_suggester import ScriptSuggester
from ui.presets import PresetBar
from ui.widgets.aspect_cards import AspectCards
from ui.widgets.audio_preview import AudioPreview
from ui.widgets.avatar_grid import AvatarGrid
from ui.widgets.choice_row import PICTURE, ChoiceRow
from ui.widgets.cost_label import CostLabel
from ui.widgets.language_combo import LanguageCombo
from ui.widgets.look_chooser import LookChooser
from ui.widgets.music_list import MusicList
from ui.widgets.picker_dialog import PickerDialog
from ui.widgets.script_style_list import ScriptStyleList
from ui.widgets.style_gallery import style_info, style_picture
from ui.widgets.voice_list import VoiceList

LAST_SETTINGS = "video/last_settings"


def for_next_product(settings: VideoSettings) -> VideoSettings:
    """The settings a new product starts with: the same style, no name or own script."""
    return replace(settings, name="", script="")


class _Section(QWidget):
    """A bold title over its rows (no frame: the page stays light)."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setObjectName("sectionTitle")
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(self.content)


class SettingsPage(WizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.audio = AudioPreview(self)
        self._catalog: CatalogService | None = None
        self._styles: tuple[VisualStyle, ...] = ()
        self._restoring = False
        self._avatar_note = ""
        self._avatar_cover = ""
        self._failed: set[str] = set()
        self.preset_bar: PresetBar | None = None
        self._opened_with: VideoSettings = ctx.state.settings
        """The settings when a picker opened (its Cancel puts them back)."""

        # One scroll area for the whole page, only ever used below the default window size (at
        # the minimum size or 200 %): nothing scrolls inside it.
        self.content = QWidget(self)
        self.content.setObjectName("settingsContent")
        self._column = QVBoxLayout(self.content)
        self._column.setContentsMargins(0, 0, 4, 0)
        self._column.setSpacing(6)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setWidget(self.content)
        self.body.addWidget(self.page_scroll, 1)
        self._place_preset_bar()
        self._build_format()
        self._build_choices()
        self._build_pickers()
        self._build_footer()
        self._connect()
        ctx.thumbnails.loaded.connect(self._on_thumbnail)
        self._restore(self._remembered())

    # -- building -----------------------------------------------------------------------------
    def _build_format(self) -> None:
        fmt = _Section(self.tr("Format"), self.content)
        self.format_section = fmt
        self.aspect_cards = AspectCards(fmt)
        fmt.content.addWidget(self.aspect_cards)
        length_row = QHBoxLayout()
        length_row.setSpacing(12)
        length_row.addWidget(QLabel(self.tr("Length:"), fmt))
        self.length_group = QButtonGroup(self)
        self.length_buttons: dict[VideoLength, QRadioButton] = {}
        for length in VideoLength:
            button = QRadioButton(seconds_text(int(length)), fmt)
            button.setAccessibleName(self.tr("Length: %1").replace("%1", seconds_text(int(length))))
            self.length_group.addButton(button, int(length))
            self.length_buttons[length] = button
            length_row.addWidget(button)
        note = QLabel(self.tr("(JoggAI's videos often run a few seconds longer)"), fmt)
        note.setObjectName("hint")
        length_row.addWidget(note)
        length_row.addStretch(1)
        fmt.content.addLayout(length_row)
        self._column.addWidget(fmt)

    def _build_choices(self) -> None:
        section = _Section("", self.content)
        section.title.hide()  # the rows say what they are: the page stays within the window
        change = self.tr("Change…")
        self.script_row = ChoiceRow(self.tr("Script"), change, section)
        self.avatar_row = ChoiceRow(self.tr("Avatar"), change, section, picture=True)
        self.voice_row = ChoiceRow(self.tr("Voice"), change, section)
        self.music_row = ChoiceRow(self.tr("Music"), change, section)
        self.look_row = ChoiceRow(self.tr("Look"), change, section, picture=True)
        self.rows = (self.script_row, self.avatar_row, self.voice_row, self.music_row, self.look_row)
        self.caption_check = QCheckBox(self.tr("Show captions"), section)
        self.caption_check.setToolTip(self.tr("Subtitles in the video: the script as text on screen"))
        self.caption_check.setAccessibleName(self.tr("Captions"))
        self.name_edit = QLineEdit(section)
        self.name_edit.setAccessibleName(self.tr("Video name"))
        self.name_edit.setPlaceholderText(self.tr("Optional: a name to find this video by in JoggAI"))
        self.name_edit.setMaxLength(200)
        name_label = QLabel(self.tr("Video name"), section)
        name_label.setBuddy(self.name_edit)
        caption_label = QLabel(self.tr("Captions"), section)
        titles = [r.title for r in self.rows] + [caption_label]
        width = max(t.sizeHint().width() for t in titles) + 12
        for row in self.rows:
            row.set_title_width(width)
            section.content.addWidget(row)
        caption_label.setFixedWidth(width)
        last = QHBoxLayout()  # captions and the name share a line: the page fits the window
        last.setContentsMargins(0, 4, 0, 0)
        last.addWidget(caption_label)
        last.addWidget(self.caption_check)
        last.addSpacing(24)
        last.addWidget(name_label)
        last.addWidget(self.name_edit, 1)
        section.content.addLayout(last)
        self._column.addWidget(section)

    def _build_pickers(self) -> None:
        # Script: language, style and the product's own script.
        script = QWidget(self)
        form = QVBoxLayout(script)
        form.setContentsMargins(0, 0, 0, 0)
        self.language = LanguageCombo(script)
        language_label = QLabel(self.tr("&Language of the script and the voice:"), script)
        language_label.setBuddy(self.language)
        self.script_style = ScriptStyleList(script)
        style_label = QLabel(self.tr("Script &style:"), script)
        style_label.setBuddy(self.script_style)
        self.script_edit = QPlainTextEdit(script)
        self.script_edit.setAccessibleName(self.tr("Your own script"))
        self.script_edit.setPlaceholderText(
            self.tr("Leave empty and JoggAI writes the script from your product details.")
        )
        self.script_edit.setTabChangesFocus(True)
        self.script_edit.setFixedHeight(self.script_edit.fontMetrics().lineSpacing() * 4 + 18)
        own_label = QLabel(self.tr("Your &own script for this product (optional; JoggAI may shorten it "
                                   "to fit the length):"), script)
        own_label.setWordWrap(True)
        own_label.setBuddy(self.script_edit)
        self.suggester = ScriptSuggester(self, self.script_edit, script, self.settings)
        for widget in (language_label, self.language, style_label, self.script_style):
            form.addWidget(widget, 1 if widget is self.script_style else 0)
        form.addLayout(self.suggester.row(own_label))  # "Suggest a script…" beside the script box
        form.addWidget(self.script_edit)
        self.script_dialog = PickerDialog(
            self.tr("Script"), self.tr("How the video speaks: its language, its style, or your own words."),
            script, self,
        )
        self.avatar_grid = AvatarGrid(self, thumbnails=self.ctx.thumbnails)
        self.avatar_dialog = PickerDialog(
            self.tr("Choose an avatar"),
            self.tr("The presenter of your video. Click one to see it move; filters narrow the list."),
            self.avatar_grid, self,
        )
        self.voice_list = VoiceList(self.audio, self)
        self.voice_dialog = PickerDialog(
            self.tr("Choose a voice"),
            self.tr("Voices for the script's language. Press Space or a row's play button to hear one."),
            self.voice_list, self,
        )
        self.music_list = MusicList(self.audio, self)
        self.music_dialog = PickerDialog(
            self.tr("Choose background music"),
            self.tr("Press Space or a row's play button to hear a track."), self.music_list, self,
        )
        self.look_chooser = LookChooser(self, thumbnails=self.ctx.thumbnails)
        self.look_dialog = PickerDialog(
            self.tr("Choose the look"),
            self.tr("A visual style for this format, or one of your templates."), self.look_chooser, self,
        )
        self.dialogs = (self.script_dialog, self.avatar_dialog, self.voice_dialog, self.music_dialog,
                        self.look_dialog)

    def _build_footer(self) -> None:
        self.cost = CostLabel(self.content)
        self.balance_label = QLabel(self.content)  # JoggAI's figure, where its API gives one (v2)
        self.balance_label.setObjectName("hint")
        self.balance_label.setWordWrap(True)
        self.balance_label.hide()
        self.missing_label = QLabel(self.content)
        self.missing_label.setObjectName("hint")
        self.missing_label.setWordWrap(True)
        self._column.addWidget(self.cost)
        self._column.addWidget(self.balance_label)
        self._column.addWidget(self.missing_label)
        self._column.addStretch(1)

    def _connect(self) -> None:
        for row, dialog in zip(self.rows, self.dialogs, strict=True):
            row.change_requested.connect(lambda d=dialog: self._open_picker(d))
            dialog.cancelled.connect(lambda: self._restore(self._opened_with))
            dialog.finished.connect(self._picker_closed)
        self.aspect_cards.aspect_changed.connect(self._on_aspect)
        self.length_group.idToggled.connect(self._on_length)
        self.language.language_changed.connect(self._on_language)
        self.script_style.style_changed.connect(lambda _s: self._changed())
        self.script_edit.textChanged.connect(self._changed)
        self.caption_check.toggled.connect(lambda _c: self._changed())
        self.avatar_grid.avatar_changed.connect(self._on_avatar_picked)
        self.look_chooser.look_changed.connect(lambda _l: self._changed())
        self.voice_list.voice_changed.connect(lambda _v: self._changed())
        self.music_list.music_changed.connect(lambda _m: self._changed())
        self.audio.failed.connect(
            lambda _url: self.banner.show_text(self.tr("This sample could not be played."), "warning")
        )

    # -- WizardPage ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Video settings")

    def subtitle(self) -> str:
        return self.tr("Choose how your video looks and sounds. You can see the cost before you start.")

    def on_enter(self) -> None:
        self._place_preset_bar()
        self._restore(self.ctx.state.settings)
        self.load_catalogs()

    def on_leave(self) -> None:
        self.ctx.state.settings = self.settings()
        self._stop_previews()

    def can_go_next(self) -> bool:
        return not self._missing()

    def next_label(self) -> str:
        credits = self.cost.credits()
        cost = credits_text(credits)
        return self.tr("Make video ({cost})").format(cost=cost)

    def on_next(self) -> None:
        if self._missing():
            return
        settings = self.settings()
        self.ctx.state.settings = settings
        self.ctx.state.job_id = None  # an explicit request for a new render
        self.ctx.settings.set(LAST_SETTINGS, codec.dumps(codec.settings_to_json(for_next_product(settings))))
        self.go_next.emit()

    def retry(self) -> None:
        self.load_catalogs()

    # -- the settings -------------------------------------------------------------------------
    def settings(self) -> VideoSettings:
        avatar = self.avatar_grid.avatar()
        look = self.look_chooser.look()
        base = self.ctx.state.settings
        return replace(
            base,
            aspect=self.aspect_cards.aspect(),
            length=self._length(),
            language=self.language.language(),
            avatar_id=avatar.id if avatar is not None else base.avatar_id,
            avatar_ownership=avatar.ownership if avatar is not None else base.avatar_ownership,
            voice_id=self.voice_list.voice_id(),
            music_id=self.music_list.music_id(),
            script_style=self.script_style.script_style(),
            caption=self.caption_check.isChecked(),
            look=look if look is not None else base.look,
            script=self.script_edit.toPlainText().strip(),
            name=self.name_edit.text().strip(),
        )

    def _length(self) -> VideoLength:
        checked = self.length_group.checkedId()
        return VideoLength(checked) if checked > 0 else VideoLength.SHORT

    def _missing(self) -> str:
        avatar = self.avatar_grid.avatar()
        if avatar is None or not self.avatar_grid.fits(avatar):
            return self.tr("Pick an avatar to present your product.")
        if self.look_chooser.look() is None:
            return self.tr("Pick a template, or choose a visual style instead.")
        return ""

    def _remembered(self) -> VideoSettings | None:
        text = str(self.ctx.settings.get(LAST_SETTINGS) or "")
        if not text:
            return None
        try:
            return for_next_product(codec.settings_from_json(codec.loads(text)))
        except (ValueError, KeyError, TypeError):
            return None  # written by another version: start from the defaults

    def _restore(self, settings: VideoSettings | None) -> None:
        if settings is None:
            settings = self.ctx.state.settings
        self._restoring = True
        self.ctx.state.settings = settings
        self.aspect_cards.set_aspect(settings.aspect)
        self.length_buttons[settings.length].setChecked(True)
        self.language.set_language(settings.language)
        self.name_edit.setText(settings.name)
        self.caption_check.setChecked(settings.caption)
        self.script_style.set_style(settings.script_style)
        if self.script_edit.toPlainText() != settings.script:
            self.script_edit.setPlainText(settings.script)
        if settings.avatar_id:
            self.avatar_grid.set_avatar(settings.avatar_id, settings.avatar_ownership)
        self.voice_list.set_voice(settings.voice_id)
        self.music_list.set_music(settings.music_id)
        self.look_chooser.set_look(settings.look)
        self._restoring = False
        self._apply_aspect(settings.aspect, announce=False)
        self._on_length_value(settings.length)

    # -- presets ------------------------------------------------------------------------------
    def _place_preset_bar(self) -> None:
        presets = self.ctx.presets
        if self.preset_bar is not None or presets is None:
            return
        self.preset_bar = PresetBar(presets, current=self._preset_settings, parent=self.content)
        self.preset_bar.applied.connect(self.apply_preset)
        self._column.insertWidget(0, self.preset_bar)
        self.preset_bar.show()  # the page may be on screen already

    def _preset_settings(self) -> VideoSettings:
        # A preset is how videos look and sound; the name and own script belong to one product.
        return for_next_product(self.settings())

    def apply_preset(self, preset: VideoSettings) -> None:
        """Show a preset's settings (keeping this video's name and script) and load what they need."""
        current = self.settings()
        self._restore(replace(preset, name=current.name, script=current.script))
        self.load_catalogs()
        self._changed()

    # -- pickers ------------------------------------------------------------------------------
    def _open_picker(self, dialog: PickerDialog) -> None:
        self._opened_with = self.settings()
        dialog.show_over(self.window())

    def _picker_closed(self, _result: int) -> None:
        self._stop_previews()
        self._changed()

    def _stop_previews(self) -> None:
        self.audio.stop()
        self.avatar_grid.grid.stop_preview()
        self.look_chooser.stop_preview()

    # -- reactions ----------------------------------------------------------------------------
    def _on_aspect(self, aspect: AspectRatio) -> None:
        self._apply_aspect(aspect, announce=True)
        self.load_catalogs()  # the visual styles of this format
        self._changed()

    def _apply_aspect(self, aspect: AspectRatio, *, announce: bool) -> None:
        self.avatar_grid.set_aspect(aspect)
        self.look_chooser.set_aspect(aspect)
        cached = self._catalog.cached_styles(aspect) if self._catalog is not None else None
        if cached is not None:
            self._styles = cached
            self.look_chooser.set_visual_styles(list(cached))
        self._keep_avatar_fitting(aspect, announce=announce)

    def _keep_avatar_fitting(self, aspect: AspectRatio, *, announce: bool) -> None:
        """The chosen avatar stays unless it has no version for this format; then say so."""
        chosen = self.avatar_grid.avatar()
        if chosen is not None and self.avatar_grid.fits(chosen):
            return
        replacement = next(iter(self.avatar_grid.fitting_avatars()), None)
        if replacement is None:
            return
        self.avatar_grid.grid.stop_preview()
        self.avatar_grid.set_avatar(replacement.id, replacement.ownership)
        if chosen is not None and announce:
            self._avatar_note = self.tr("{old} has no {format} version: {new} is chosen instead.").format(
                old=chosen.name or chosen.id, format=_aspect_word(self, aspect), new=replacement.name
            )

    def _on_avatar_picked(self, _avatar: Avatar) -> None:
        self._avatar_note = ""
        self._changed()

    def _on_length(self, length_id: int, checked: bool) -> None:
        if checked:
            self._on_length_value(VideoLength(length_id))

    def _on_length_value(self, length: VideoLength) -> None:
        self.cost.set_length(int(length))
        self._changed()

    def _on_language(self, language: str) -> None:
        if not self._restoring:
            self._load_voices(language)
        self._changed()

    def _changed(self) -> None:
        self._offer_styles()
        if self._restoring:
            return
        self.missing_label.setText(self._missing())
        self._summarise()
        self.nav_changed.emit()

    def _offer_styles(self) -> None:
        """The script styles of the generation that will make the video: a template look on v2
        is made with v1 (jogg_desktop/api/routing.py), which has its own 16."""
        api = self.ctx.api
        if api is None:
            return
        template = self.look_chooser.template_mode()
        look = TemplateLook(0) if template else VisualStyleLook("")
        target = api.for_generation(generation_for(api, replace(self.ctx.state.settings, look=look)))
        self.script_style.set_styles(target.capabilities.script_styles)

    # -- the summary rows ---------------------------------------------------------------------
    def _summarise(self) -> None:
        self._summarise_script()
        self._summarise_avatar()
        voice = self.voice_list.current_voice()
        if not self._loading("voices"):
            auto = self.tr("JoggAI chooses a voice that matches the avatar")
            name = voice.name if voice is not None else auto
            self.voice_row.set_summary(name, self.voice_list.current_detail())
        if not self._loading("music"):
            self.music_row.set_summary(self.music_list.current_title())
        if not self._loading("looks"):
            self._summarise_look()

    def catalogs_loading(self) -> bool:
        names = ("avatars", "voices", "music", "looks")
        return any(self.ctx.tasks.is_running(f"settings:{n}") for n in names)

    def _loading(self, name: str) -> bool:
        """The catalog is loading or failed: its row says so (not an empty choice)."""
        return name in self._failed or self.ctx.tasks.is_running(f"settings:{name}")

    def _summarise_script(self) -> None:
        language = dict(LANGUAGES).get(self.language.language(), self.language.language())
        styles = SCRIPT_STYLE_NOTES
        style = self.script_style.script_style()
        own = self.script_edit.toPlainText().strip()
        self.script_row.set_summary(
            f"{catalog_text(language)} · {catalog_text(style)}",
            self.tr("Your own script: “{start}”").format(start=own[:80]) if own
            else catalog_text(styles.get(style, "")),
        )

    def _summarise_avatar(self) -> None:
        avatar = self.avatar_grid.avatar()
        if avatar is None:
            if not self._loading("avatars"):
                self.avatar_row.set_summary(self.tr("No avatar chosen yet"))
            self.avatar_row.set_picture(None)
            return
        parts = [filter_word(p) for p in (avatar.gender, avatar.age, avatar.style) if p]
        self.avatar_row.set_summary(avatar.name or self.tr("Avatar {id}").format(id=avatar.id),
                                    self._avatar_note or " · ".join(parts), warn=bool(self._avatar_note))
        if avatar.cover_url != self._avatar_cover:
            self._avatar_cover = avatar.cover_url
            self.avatar_row.set_picture(None)
            if avatar.cover_url:
                self.ctx.thumbnails.load(avatar.cover_url, PICTURE * self.devicePixelRatioF())

    def _summarise_look(self) -> None:
        look = self.look_chooser.look()
        aspect = self.aspect_cards.aspect()
        if isinstance(look, VisualStyleLook):
            info = style_info(look.name)
            title = self.tr("Visual style: {title}").format(title=info.title)
            self.look_row.set_summary(title, info.description)
            self.look_row.set_picture(style_picture(look.name, aspect, self.devicePixelRatioF(), PICTURE))
        elif isinstance(look, TemplateLook):
            name = self.look_chooser.template_name()
            self.look_row.set_summary(self.tr("Template: {name}").format(name=name))
            self.look_row.set_picture(None)
        else:
            self.look_row.set_summary(self.tr("No template for this format yet: pick one or a visual style"))
            self.look_row.set_picture(None)

    def _on_thumbnail(self, url: str, image: QImage) -> None:
        if url and url == self._avatar_cover and not image.isNull():
            self.avatar_row.set_picture(QPixmap.fromImage(image))

    # -- catalogs -----------------------------------------------------------------------------
    def catalog(self) -> CatalogService | None:
        """The catalogs of the current client (a new key: a fresh cache)."""
        api = self.ctx.api
        if api is None:
            return None
        if self._catalog is None or self._catalog.api is not api:
            self._catalog = CatalogService(api)
        return self._catalog

    def load_catalogs(self) -> None:
        """Start every catalog not loaded yet (all at once); each row shows its own state."""
        catalog = self.catalog()
        if catalog is None:
            return
        self._offer_styles()  # 16 in v1, 6 in v2
        self._load_balance()
        if catalog.cached_avatars() is None:
            self._load("avatars", self.avatar_row, self.avatar_dialog, self.tr("Loading avatars…"),
                       catalog.avatars, self._got_avatars)
        else:
            self._got_avatars(catalog.cached_avatars())
        self._load_voices(self.language.language())
        if catalog.cached_musics() is None:
            self._load("music", self.music_row, self.music_dialog, self.tr("Loading music…"),
                       catalog.musics, self._got_music)
        aspect = self.aspect_cards.aspect()
        if catalog.cached_styles(aspect) is None or catalog.cached_templates() is None:
            loading = self.tr("Loading visual styles and templates…")
            self._load("looks", self.look_row, self.look_dialog, loading,
                       lambda: self._fetch_looks(catalog, aspect), self._got_looks)

    def _load_voices(self, language: str) -> None:
        catalog = self.catalog()
        if catalog is None:
            return
        cached = catalog.cached_voices(language)
        if cached is not None:
            self._got_voices(language, cached)
            return
        self.voice_list.set_voices([])
        self._load("voices", self.voice_row, self.voice_dialog, self.tr("Loading voices…"),
                   lambda: catalog.voices(language), lambda result: self._got_voices(language, result))

    @staticmethod
    async def _fetch_looks(
        catalog: CatalogService, aspect: AspectRatio
    ) -> tuple[AspectRatio, tuple[VisualStyle, ...], Listing[Template]]:
        styles = await catalog.visual_styles(aspect)
        return aspect, styles, await catalog.templates()

    def _load(
        self,
        name: str,
        row: ChoiceRow,
        dialog: PickerDialog,
        loading_text: str,
        fetch: Callable[[], Awaitable[Any]],
        on_done: Callable[[Any], None],
    ) -> None:
        self._failed.discard(name)
        row.set_summary(loading_text)
        dialog.set_status(loading_text)

        async def run() -> Any:
            return await fetch()

        def failed(error: BaseException) -> None:
            self._failed.add(name)
            text = self.tr("Could not load this list. Use “Try again” above.")
            row.set_summary(text, warn=True)
            dialog.set_status(text)
            self.show_error(error)

        self.run_task(run(), on_done=on_done, on_error=failed, key=f"settings:{name}")

    def _load_balance(self) -> None:
        """The remaining balance, information only (never a gate, docs/joggai-api.md §13 #4);
        quiet on errors."""
        api = self.ctx.api
        if api is None or not api.capabilities.remaining_credits:
            self.balance_label.hide()
            return

        def show(value: float | None) -> None:
            self.balance_label.setText(balance_text(value))
            self.balance_label.setVisible(value is not None)

        async def fetch() -> float | None:
            try:
                return await api.remaining_credits()
            except JoggError:
                return None

        self.run_task(fetch(), on_done=show, key="settings:balance")

    def _own_note(self, listing: Listing[Any], what: str) -> str:
        if listing.own_error is None:
            return ""
        return self.tr("Your own {what} could not be loaded; the JoggAI library is shown.").format(what=what)

    def _got_avatars(self, listing: Listing[Avatar] | None) -> None:
        if listing is None:
            return
        if list(listing.items) != self.avatar_grid.all_avatars():
            self.avatar_grid.set_avatars(list(listing.items))
        settings = self.ctx.state.settings
        if settings.avatar_id and self.avatar_grid.avatar() is None:
            self.avatar_grid.set_avatar(settings.avatar_id, settings.avatar_ownership)
        self._keep_avatar_fitting(self.aspect_cards.aspect(), announce=False)
        self.avatar_dialog.set_status(self._own_note(listing, self.tr("avatars")))
        self._changed()

    def _got_voices(self, language: str, listing: Listing[Voice]) -> None:
        if language != self.language.language():
            return
        self.voice_list.set_voices(list(listing.items))
        if not listing.items:
            self.voice_dialog.set_status(self.tr("No voices for this language: JoggAI will choose one."))
        else:
            self.voice_dialog.set_status(self._own_note(listing, self.tr("voices")))
        self._changed()

    def _got_music(self, listing: Listing[Music]) -> None:
        self.music_list.set_music_list(list(listing.items))
        self.music_dialog.set_status(self._own_note(listing, self.tr("music")))
        self._changed()

    def _got_looks(self, result: tuple[AspectRatio, tuple[VisualStyle, ...], Listing[Template]]) -> None:
        aspect, styles, templates = result
        if aspect == self.aspect_cards.aspect():
            self._styles = styles
            self.look_chooser.set_visual_styles(list(styles))
        self.look_chooser.set_templates(list(templates.items))
        self.look_dialog.set_status(self._own_note(templates, self.tr("templates")))
        self._changed()


def _aspect_word(page: QWidget, aspect: AspectRatio) -> str:
    return {
        AspectRatio.PORTRAIT: page.tr("portrait"),
        AspectRatio.LANDSCAPE: page.tr("landscape"),
        AspectRatio.SQUARE: page.tr("square"),
    }[aspect]

