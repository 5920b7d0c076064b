"""Step 4: how the video should look and sound, and what it costs.

Catalogs (avatars, voices per language, music, visual styles, templates) load in parallel
through the task runner, each section with its own loading state, and are cached for the session
(dropped when the API key changes). The settings used last are remembered (QSettings, as JSON via
the store's codec) and restored on the next visit. Named presets (``ctx.presets``) sit on top in a
preset bar; without a store (tests, a store that failed to open) the bar is simply not there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
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
from jogg_desktop.errors import JoggError
from jogg_desktop.models import (
    AspectRatio,
    Avatar,
    Music,
    Ownership,
    Template,
    TemplateLook,
    VideoLength,
    VideoSettings,
    VisualStyle,
    VisualStyleLook,
    Voice,
)
from jogg_desktop.store import codec
from ui.context import AppContext
from ui.credits import balance_text
from ui.pages.base import WizardPage
from ui.presets import PresetBar
from ui.widgets.aspect_cards import AspectCards
from ui.widgets.audio_preview import AudioPreview
from ui.widgets.avatar_grid import AvatarGrid
from ui.widgets.cost_label import CostLabel
from ui.widgets.language_combo import LanguageCombo
from ui.widgets.look_chooser import LookChooser
from ui.widgets.music_list import MusicList
from ui.widgets.script_style_list import ScriptStyleList
from ui.widgets.voice_list import VoiceList

LAST_SETTINGS = "video/last_settings"
T = TypeVar("T")


async def _own_and_library(
    library: Callable[[], Awaitable[list[T]]], own: Callable[[], Awaitable[list[T]]]
) -> tuple[list[T], JoggError | None]:
    """Both lists at once; the user's own items are optional (their failure is reported, not fatal).

    Takes callables, not coroutines: they are created here, inside the running task, so a task
    cancelled before it starts leaves no never-awaited coroutine behind.
    """
    public, custom = await asyncio.gather(library(), own(), return_exceptions=True)
    if isinstance(public, BaseException):
        raise public
    if isinstance(custom, JoggError):
        return list(public), custom
    if isinstance(custom, BaseException):
        raise custom
    return list(public) + list(custom), None


class _Section(QWidget):
    """A titled block with a loading/status line."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setObjectName("sectionTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("sectionStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(self.content)

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


class SettingsPage(WizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.audio = AudioPreview(self)
        self._avatars: list[Avatar] | None = None
        self._voices: dict[str, list[Voice]] = {}
        self._music: list[Music] | None = None
        self._styles: list[VisualStyle] | None = None
        self._templates: list[Template] | None = None
        self._failed: set[str] = set()
        self._restoring = False
        ctx.api_changed.append(self._forget_catalogs)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(scroll)
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 0, 12, 0)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)
        self.scroll = scroll

        # -- presets (once the store is open: it opens after the window shows) ----------------
        self.preset_bar: PresetBar | None = None
        self._content = content
        self._column = column
        self._place_preset_bar()

        # -- format --------------------------------------------------------------------------
        fmt = _Section(self.tr("Format"), content)
        self.aspect_cards = AspectCards(fmt)
        fmt.content.addWidget(self.aspect_cards)
        length_row = QHBoxLayout()
        length_label = QLabel(self.tr("Length:"), fmt)
        length_row.addWidget(length_label)
        self.length_group = QButtonGroup(self)
        self.length_buttons: dict[VideoLength, QRadioButton] = {}
        for length in VideoLength:
            button = QRadioButton(self.tr("{n} seconds").format(n=int(length)), fmt)
            button.setAccessibleName(self.tr("Length {n} seconds").format(n=int(length)))
            self.length_group.addButton(button, int(length))
            self.length_buttons[length] = button
            length_row.addWidget(button)
        length_row.addStretch(1)
        fmt.content.addLayout(length_row)
        length_note = QLabel(self.tr("A target: JoggAI's videos often run a few seconds longer."), fmt)
        length_note.setObjectName("hint")
        fmt.content.addWidget(length_note)
        column.addWidget(fmt)

        # -- words ---------------------------------------------------------------------------
        words = _Section(self.tr("Script and captions"), content)
        form = QFormLayout()
        self.language = LanguageCombo(words)
        form.addRow(self.tr("Language:"), self.language)
        self.name_edit = QLineEdit(words)
        self.name_edit.setAccessibleName(self.tr("Video name"))
        self.name_edit.setPlaceholderText(self.tr("Optional: a name to find the video by in JoggAI"))
        self.name_edit.setMaxLength(200)
        form.addRow(self.tr("Video name:"), self.name_edit)
        self.caption_check = QCheckBox(self.tr("Show captions (subtitles) in the video"), words)
        self.caption_check.setAccessibleName(self.tr("Captions"))
        form.addRow("", self.caption_check)
        words.content.addLayout(form)
        style_label = QLabel(self.tr("Script style:"), words)
        words.content.addWidget(style_label)
        self.script_style = ScriptStyleList(words)
        style_label.setBuddy(self.script_style)
        words.content.addWidget(self.script_style)
        script_label = QLabel(self.tr("Your own script (optional):"), words)
        words.content.addWidget(script_label)
        self.script_edit = QPlainTextEdit(words)
        self.script_edit.setAccessibleName(self.tr("Your own script"))
        self.script_edit.setPlaceholderText(
            self.tr("Leave empty and JoggAI writes the script from your product details.")
        )
        self.script_edit.setTabChangesFocus(True)
        self.script_edit.setFixedHeight(90)
        script_label.setBuddy(self.script_edit)
        words.content.addWidget(self.script_edit)
        script_note = QLabel(
            self.tr("Honest note: JoggAI may shorten or rewrite your script to fit the video length."),
            words,
        )
        script_note.setObjectName("hint")
        script_note.setWordWrap(True)
        words.content.addWidget(script_note)
        column.addWidget(words)

        # -- avatar --------------------------------------------------------------------------
        self.avatar_section = _Section(self.tr("Avatar"), content)
        self.avatar_grid = AvatarGrid(self.avatar_section, thumbnails=ctx.thumbnails)
        self.avatar_grid.setMinimumHeight(320)
        self.avatar_section.content.addWidget(self.avatar_grid)
        column.addWidget(self.avatar_section)

        # -- voice and music -----------------------------------------------------------------
        self.voice_section = _Section(self.tr("Voice"), content)
        self.voice_list = VoiceList(self.audio, self.voice_section)
        self.voice_section.content.addWidget(self.voice_list)
        column.addWidget(self.voice_section)
        self.music_section = _Section(self.tr("Background music"), content)
        self.music_list = MusicList(self.audio, self.music_section)
        self.music_section.content.addWidget(self.music_list)
        column.addWidget(self.music_section)

        # -- look ----------------------------------------------------------------------------
        self.look_section = _Section(self.tr("Look: visual style or template"), content)
        self.look_chooser = LookChooser(self.look_section, thumbnails=ctx.thumbnails)
        self.look_chooser.setMinimumHeight(280)
        self.look_section.content.addWidget(self.look_chooser)
        column.addWidget(self.look_section)

        # -- cost ----------------------------------------------------------------------------
        self.cost = CostLabel(content)
        column.addWidget(self.cost)
        self.balance_label = QLabel(content)  # JoggAI's figure, where its API gives one (v2)
        self.balance_label.setObjectName("hint")
        self.balance_label.setWordWrap(True)
        self.balance_label.hide()
        column.addWidget(self.balance_label)
        self.missing_label = QLabel(content)
        self.missing_label.setObjectName("hint")
        self.missing_label.setWordWrap(True)
        column.addWidget(self.missing_label)
        column.addStretch(1)

        self.aspect_cards.aspect_changed.connect(self._on_aspect)
        self.length_group.idToggled.connect(self._on_length)
        self.language.language_changed.connect(self._on_language)
        self.avatar_grid.avatar_changed.connect(lambda _a: self._changed())
        self.avatar_grid.shown_changed.connect(self._on_avatars_shown)
        self.look_chooser.look_changed.connect(lambda _l: self._changed())
        self.voice_list.voice_changed.connect(lambda _v: self._changed())
        self.music_list.music_changed.connect(lambda _m: self._changed())
        self.audio.failed.connect(
            lambda _url: self.banner.show_text(self.tr("This sample could not be played."), "warning")
        )

        self._restore(self._remembered())

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
        self.audio.stop()
        self.avatar_grid.grid.stop_preview()
        self.look_chooser.stop_preview()

    def can_go_next(self) -> bool:
        return not self._missing()

    def next_label(self) -> str:
        credits = self.cost.credits()
        cost = self.tr("1 credit") if credits == 1 else self.tr("{n} credits").format(n=credits)
        return self.tr("Make video ({cost})").format(cost=cost)

    def on_next(self) -> None:
        if self._missing():
            return
        settings = self.settings()
        self.ctx.state.settings = settings
        self.ctx.state.job_id = None  # an explicit request for a new render
        self.ctx.settings.set(LAST_SETTINGS, codec.dumps(codec.settings_to_json(settings)))
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
        if self.avatar_grid.avatar() is None or not self.avatar_grid.is_chosen_visible():
            return self.tr("Pick an avatar to present your product.")
        if self.look_chooser.look() is None:
            return self.tr("Pick a template, or choose a visual style instead.")
        return ""

    def _remembered(self) -> VideoSettings | None:
        text = str(self.ctx.settings.get(LAST_SETTINGS) or "")
        if not text:
            return None
        try:
            return codec.settings_from_json(codec.loads(text))
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
        self.script_edit.setPlainText(settings.script)
        if settings.avatar_id:
            self.avatar_grid.set_avatar(settings.avatar_id, settings.avatar_ownership)
        self.voice_list.set_voice(settings.voice_id)
        self.music_list.set_music(settings.music_id)
        self.look_chooser.set_look(settings.look)
        self._restoring = False
        self._apply_aspect(settings.aspect)
        self._on_length_value(settings.length)

    # -- presets ------------------------------------------------------------------------------
    def _place_preset_bar(self) -> None:
        presets = self.ctx.presets
        if self.preset_bar is not None or presets is None:
            return
        self.preset_bar = PresetBar(presets, current=self._preset_settings, parent=self._content)
        self.preset_bar.applied.connect(self.apply_preset)
        self._column.insertWidget(0, self.preset_bar)
        self.preset_bar.show()  # the page may be on screen already

    def _preset_settings(self) -> VideoSettings:
        # A preset is how videos look and sound; the name and own script belong to one product.
        return replace(self.settings(), name="", script="")

    def apply_preset(self, preset: VideoSettings) -> None:
        """Show a preset's settings (keeping this video's name and script) and load what they need."""
        current = self.settings()
        self._restore(replace(preset, name=current.name, script=current.script))
        self._load_voices(self.language.language())
        self._changed()

    # -- reactions ----------------------------------------------------------------------------
    def _on_aspect(self, aspect: AspectRatio) -> None:
        self._apply_aspect(aspect)
        self._changed()

    def _apply_aspect(self, aspect: AspectRatio) -> None:
        self.avatar_grid.set_aspect(aspect)
        self.look_chooser.set_aspect(aspect)
        self._pick_default_avatar()

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
        self.missing_label.setText(self._missing())
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

    def _on_avatars_shown(self) -> None:
        if not self._restoring:
            self._pick_default_avatar()
            self._changed()

    def _pick_default_avatar(self) -> None:
        # Nothing chosen, or the chosen one does not fit this aspect ratio: take the first that does.
        if self.avatar_grid.is_chosen_visible():
            return
        shown = self.avatar_grid.visible_avatars()
        if shown:
            self.avatar_grid.set_avatar(shown[0].id, shown[0].ownership)

    # -- catalogs -----------------------------------------------------------------------------
    def _forget_catalogs(self) -> None:
        self._avatars = self._music = self._styles = self._templates = None
        self._voices.clear()

    def load_catalogs(self) -> None:
        """Start every catalog not loaded yet (all at once); each section shows its own state."""
        self._failed.clear()
        api = self.ctx.api
        if api is None:
            return
        self._offer_styles()  # 16 in v1, 6 in v2
        self._load_balance()
        if self._avatars is None:
            self._load(
                "avatars", self.avatar_section, self.tr("Loading avatars…"),
                lambda: _own_and_library(api.list_avatars, api.list_custom_avatars),
                self._got_avatars,
            )
        self._load_voices(self.language.language())
        if self._music is None:
            self._load(
                "music", self.music_section, self.tr("Loading music…"),
                lambda: _own_and_library(api.list_musics, api.list_custom_musics),
                self._got_music,
            )
        if self._styles is None or self._templates is None:
            self._load(
                "looks", self.look_section, self.tr("Loading visual styles and templates…"),
                lambda: self._fetch_looks(),
                self._got_looks,
            )

    def _load_voices(self, language: str) -> None:
        api = self.ctx.api
        cached = self._voices.get(language)
        if cached is not None:
            self.voice_list.set_voices(cached)
            self.voice_section.set_status("")
            return
        if api is None:
            return
        self.voice_list.set_voices([])
        self._load(
            "voices", self.voice_section, self.tr("Loading voices…"),
            lambda: _own_and_library(
                lambda: api.list_voices(language=language),
                lambda: api.list_custom_voices(language=language),
            ),
            lambda result: self._got_voices(language, result),
        )

    async def _fetch_looks(self) -> tuple[list[VisualStyle], list[Template], JoggError | None]:
        api = self.ctx.require_api()
        # Both coroutines are created right here, in the running task (see _own_and_library).
        styles, (templates, own_error) = await asyncio.gather(
            api.list_visual_styles(), _own_and_library(api.list_templates, api.list_custom_templates)
        )
        return list(styles), templates, own_error

    def _load(
        self,
        name: str,
        section: _Section,
        loading_text: str,
        fetch: Callable[[], Awaitable[Any]],
        on_done: Callable[[Any], None],
    ) -> None:
        section.set_status(loading_text)

        async def run() -> Any:
            return await fetch()

        def failed(error: BaseException) -> None:
            self._failed.add(name)
            section.set_status(self.tr("Could not load this list."))
            self.show_error(error)

        self.run_task(run(), on_done=on_done, on_error=failed, key=f"settings:{name}")

    def _load_balance(self) -> None:
        """The remaining balance, information only (never a gate, API.md §13 #4); quiet on errors."""
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

    def _own_note(self, error: JoggError | None, what: str) -> str:
        if error is None:
            return ""
        return self.tr("Your own {what} could not be loaded; the JoggAI library is shown.").format(what=what)

    def _got_avatars(self, result: tuple[list[Avatar], JoggError | None]) -> None:
        avatars, own_error = result
        self._avatars = avatars
        self.avatar_grid.set_avatars(avatars)
        settings = self.ctx.state.settings
        if settings.avatar_id:
            self.avatar_grid.set_avatar(settings.avatar_id, settings.avatar_ownership)
        self._pick_default_avatar()
        self.avatar_section.set_status(self._own_note(own_error, self.tr("avatars")))
        self._changed()

    def _got_voices(self, language: str, result: tuple[list[Voice], JoggError | None]) -> None:
        voices, own_error = result
        self._voices[language] = voices
        if language == self.language.language():
            self.voice_list.set_voices(voices)
            if not voices:
                self.voice_section.set_status(self.tr("No voices for this language: JoggAI will choose one."))
            else:
                self.voice_section.set_status(self._own_note(own_error, self.tr("voices")))
        self._changed()

    def _got_music(self, result: tuple[list[Music], JoggError | None]) -> None:
        tracks, own_error = result
        self._music = tracks
        self.music_list.set_music_list(tracks)
        self.music_section.set_status(self._own_note(own_error, self.tr("music")))
        self._changed()

    def _got_looks(self, result: tuple[list[VisualStyle], list[Template], JoggError | None]) -> None:
        styles, templates, own_error = result
        self._styles, self._templates = styles, templates
        self.look_chooser.set_visual_styles(styles)
        self.look_chooser.set_templates(templates)
        self.look_section.set_status(self._own_note(own_error, self.tr("templates")))
        self._changed()

    # -- for tests and the wizard -------------------------------------------------------------
    def choose_avatar(self, avatar_id: int, ownership: Ownership = Ownership.PUBLIC) -> None:
        self.avatar_grid.set_avatar(avatar_id, ownership)
        self._changed()
