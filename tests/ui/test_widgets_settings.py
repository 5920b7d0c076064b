"""The settings widgets on their own: choices, filters, keyboard, accessible names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from jogg_desktop.models import (
    LANGUAGES,
    SCRIPT_STYLES,
    AspectRatio,
    Avatar,
    Music,
    Ownership,
    Template,
    TemplateLook,
    VisualStyle,
    VisualStyleLook,
    Voice,
)
from tests.ui.media_files import media_test, write_tone
from ui.imaging.thumbnails import ThumbnailLoader
from ui.widgets.aspect_cards import AspectCards
from ui.widgets.audio_preview import AudioPreview
from ui.widgets.avatar_grid import AvatarGrid
from ui.widgets.cost_label import CostLabel
from ui.widgets.language_combo import LanguageCombo
from ui.widgets.look_chooser import LookChooser
from ui.widgets.music_list import MusicList
from ui.widgets.script_style_list import ScriptStyleList
from ui.widgets.voice_list import VoiceList

pytestmark = media_test  # the grids hold preview players (QtMultimedia)
P, L, S = AspectRatio.PORTRAIT, AspectRatio.LANDSCAPE, AspectRatio.SQUARE


def test_aspect_cards_are_exclusive_and_reachable_by_keyboard(qtbot) -> None:
    cards = AspectCards()
    qtbot.addWidget(cards)
    seen: list[AspectRatio] = []
    cards.aspect_changed.connect(seen.append)
    assert cards.aspect() is P
    qtbot.mouseClick(cards.button(L), Qt.MouseButton.LeftButton)
    assert cards.aspect() is L and seen == [L]
    cards.button(S).setFocus()
    qtbot.keyClick(cards.button(S), Qt.Key.Key_Space)
    assert cards.aspect() is S and not cards.button(L).isChecked()
    assert all(cards.button(a).accessibleName() for a in AspectRatio)


def test_language_combo_has_all_54_and_finds_by_any_part(qtbot) -> None:
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    assert combo.count() == len(LANGUAGES) == 54
    assert combo.language() == "english"
    seen: list[str] = []
    combo.language_changed.connect(seen.append)
    completer = combo.completer()
    completer.setCompletionPrefix("chinese")
    found = {completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())}
    assert found == {"Simplified Chinese", "Traditional Chinese"}
    combo.set_language("traditional-chinese")
    assert seen == ["traditional-chinese"]
    combo.lineEdit().setText("no such language")
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == "Traditional Chinese"


def test_script_styles_list_all_16_with_descriptions(qtbot) -> None:
    styles = ScriptStyleList()
    qtbot.addWidget(styles)
    assert styles.count() == len(SCRIPT_STYLES) == 16
    for row, (name, description) in enumerate(SCRIPT_STYLES):
        assert styles.item(row).text() == f"{name}\n{description}"
    styles.set_style("Comparison")
    assert styles.script_style() == "Comparison"
    styles.setFocus()
    qtbot.keyClick(styles, Qt.Key.Key_Down)
    assert styles.script_style() == "Creative/Innovative"


def test_cost_label_follows_the_length(qtbot) -> None:
    cost = CostLabel()
    qtbot.addWidget(cost)
    for seconds in (15, 30, 60):
        cost.set_length(seconds)
        assert cost.credits() == 1 and "1 credit " in cost.text()
    cost.set_length(121)
    assert cost.credits() == 2 and "2 credits" in cost.text()


def _avatars() -> list[Avatar]:
    return [
        Avatar(1, Ownership.PUBLIC, "Anna", aspect=P, gender="female", age="adult", style="professional"),
        Avatar(2, Ownership.PUBLIC, "Ben", aspect=L, gender="male", age="senior", style="social"),
        Avatar(3, Ownership.PUBLIC, "Cleo", aspect=P, gender="female", age="young_adult", style="social"),
        Avatar(4, Ownership.CUSTOM, "Me", aspect=None, gender="male"),
        Avatar(5, Ownership.CUSTOM, "Not ready", aspect=P, ready=False),
    ]


def test_avatar_grid_filters_by_aspect_and_attributes(qtbot) -> None:
    grid = AvatarGrid()
    qtbot.addWidget(grid)
    grid.set_avatars(_avatars())
    grid.set_aspect(P)
    assert [a.name for a in grid.visible_avatars()] == ["Anna", "Cleo", "Me"]
    grid.set_aspect(L)
    assert [a.name for a in grid.visible_avatars()] == ["Ben", "Me"]
    grid.set_aspect(P)
    grid.gender_filter.setCurrentIndex(grid.gender_filter.findData("female"))
    grid.style_filter.setCurrentIndex(grid.style_filter.findData("social"))
    assert [a.name for a in grid.visible_avatars()] == ["Cleo"]
    grid.style_filter.setCurrentIndex(0)
    grid.gender_filter.setCurrentIndex(0)
    grid.source_filter.setCurrentIndex(grid.source_filter.findData("custom"))
    assert [a.name for a in grid.visible_avatars()] == ["Me"]
    assert grid.grid.list.count() == 1
    grid.source_filter.setCurrentIndex(0)

    chosen: list[Avatar] = []
    grid.avatar_changed.connect(chosen.append)
    grid.grid.list.setFocus()
    grid.grid.list.setCurrentRow(0)
    qtbot.keyClick(grid.grid.list, Qt.Key.Key_Right)
    assert grid.avatar() is not None and grid.avatar().name == "Cleo"
    assert chosen[-1].name == "Cleo"
    grid.set_aspect(L)
    assert not grid.is_chosen_visible()  # Cleo is portrait only


def test_cover_grid_shows_covers_from_the_thumbnail_loader(qtbot, qloop, tmp_path: Path) -> None:
    cover = tmp_path / "cover.png"
    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(cover))

    async def fetch(url: str) -> bytes:  # covers come from the server: web addresses only
        assert url == "https://cdn.example/anna.png"
        return cover.read_bytes()

    loader = ThumbnailLoader(fetch, cache_dir=tmp_path / "cache")
    grid = AvatarGrid(thumbnails=loader)
    qtbot.addWidget(grid)
    anna = Avatar(1, Ownership.PUBLIC, "Anna", cover_url="https://cdn.example/anna.png", aspect=P)
    grid.set_avatars([anna])
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        grid.set_aspect(P)
    icon = grid.grid.list.item(0).icon().pixmap(QSize(96, 128)).toImage()
    center = icon.pixelColor(icon.width() // 2, icon.height() // 2)
    assert center.red() > 200 and center.green() < 50


def test_voice_list_filters_and_plays_a_sample(qtbot, tmp_path: Path) -> None:
    sample = str(write_tone(tmp_path / "v.wav", seconds=3))
    audio = AudioPreview()
    voices = VoiceList(audio)
    qtbot.addWidget(voices)
    voices.set_voices([
        Voice("a", Ownership.PUBLIC, "Alice", sample, "english", "female", "young"),
        Voice("b", Ownership.PUBLIC, "Bob", sample, "english", "male", "old"),
        Voice("c", Ownership.CUSTOM, "My voice", "", "english", "male", "middle_aged"),
    ])
    assert voices.voice_id() is None  # "Let JoggAI choose"
    assert voices.list.item_keys() == ["", "a", "b", "c"]
    voices.gender_filter.setCurrentIndex(voices.gender_filter.findData("male"))
    assert voices.list.item_keys() == ["", "b", "c"]
    voices.list.select("b")
    assert voices.voice_id() == "b"
    voices.list.setFocus()
    qtbot.keyClick(voices.list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: audio.is_playing(sample), timeout=10_000)
    button = voices.list.play_button("b")
    assert button is not None and button.accessibleName().startswith("Stop sample")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not audio.is_playing())
    assert button.accessibleName().startswith("Play sample")
    own = voices.list.play_button("c")
    assert own is not None and not own.isEnabled()  # no sample to play
    voices.gender_filter.setCurrentIndex(voices.gender_filter.findData("female"))
    assert voices.voice_id() is None  # Bob is filtered out: back to automatic


def test_music_list_offers_no_music(qtbot) -> None:
    music = MusicList(AudioPreview())
    qtbot.addWidget(music)
    music.set_music(7)  # remembered, list not loaded yet
    assert music.music_id() == 7
    music.set_music_list(
        [Music(7, Ownership.PUBLIC, "Sunny", "x.wav", 61.0), Music(8, Ownership.CUSTOM, "Mine")]
    )
    assert music.current_key() == 7
    assert music.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "No music"
    music.select(-1)
    assert music.music_id() is None


def test_look_chooser_is_a_clear_choice(qtbot) -> None:
    chooser = LookChooser()
    qtbot.addWidget(chooser)
    looks: list[object] = []
    chooser.look_changed.connect(looks.append)
    chooser.set_visual_styles([VisualStyle(1, "FullScreen", P), VisualStyle(2, "Avatar Bubble", None),
                               VisualStyle(3, "Wide only", L)])
    chooser.set_templates([Template(10, Ownership.PUBLIC, "Promo", aspect=P),
                           Template(11, Ownership.CUSTOM, "Mine", aspect=None),
                           Template(12, Ownership.PUBLIC, "Wide", aspect=L)])
    chooser.set_aspect(P)
    assert chooser.look() == VisualStyleLook("FullScreen")
    assert chooser.style_list.count() == 2
    qtbot.mouseClick(chooser.template_radio, Qt.MouseButton.LeftButton)
    assert chooser.template_mode() and chooser.look() is None
    assert chooser.template_grid.item_keys() == [(Ownership.PUBLIC, 10), (Ownership.CUSTOM, 11)]
    chooser.template_grid.select((Ownership.CUSTOM, 11))
    assert chooser.look() == TemplateLook(11, Ownership.CUSTOM)
    assert looks[-1] == TemplateLook(11, Ownership.CUSTOM)
    chooser.set_aspect(L)
    assert chooser.look() == TemplateLook(11, Ownership.CUSTOM)  # fits any aspect
    chooser.set_look(VisualStyleLook("Wide only"))
    assert not chooser.template_mode() and chooser.look() == VisualStyleLook("Wide only")
    chooser.set_aspect(P)
    assert chooser.look() == VisualStyleLook("FullScreen")  # "Wide only" has no portrait version


def test_every_control_has_an_accessible_name(qtbot) -> None:
    audio = AudioPreview()
    for widget in (AspectCards(), LanguageCombo(), ScriptStyleList(), AvatarGrid(), VoiceList(audio),
                   MusicList(audio), LookChooser()):
        qtbot.addWidget(widget)
        controls = [widget, *widget.findChildren(QWidget)]
        focusable = [c for c in controls if c.focusPolicy() & Qt.FocusPolicy.TabFocus and c.isEnabled()]
        unnamed = [c for c in focusable if not c.accessibleName() and not getattr(c, "text", lambda: "")()]
        assert not unnamed, (type(widget).__name__, [type(c).__name__ for c in unnamed])
