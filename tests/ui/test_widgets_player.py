"""The inline video player and the shared audio preview, on real media files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer

from tests.ui.conftest import QT_LOG_IGNORE
from tests.ui.media_files import MEDIA_LOG_IGNORE, media_test, write_mp4, write_tone
from ui.widgets.audio_preview import AudioPreview
from ui.widgets.video_player import VideoPlayer, format_time

pytestmark = media_test


@pytest.fixture
def mp4(qtbot, qapp, tmp_path: Path) -> Path:
    return write_mp4(qtbot, tmp_path / "clip.mp4")


def test_format_time() -> None:
    assert format_time(0) == "0:00"
    assert format_time(65_400) == "1:05"
    assert format_time(-5) == "0:00"


def test_player_plays_seeks_and_pauses_from_the_keyboard(qtbot, mp4: Path) -> None:
    player = VideoPlayer()
    qtbot.addWidget(player)
    player.show()
    player.set_source(str(mp4))
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    assert player.slider.maximum() == player.player.duration()
    assert player.time_label.text().endswith(format_time(player.player.duration()))

    player.play_button.setFocus()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.player.position() > 0, timeout=10_000)
    assert player.play_button.accessibleName() == "Pause"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    assert player.play_button.accessibleName() == "Play"

    player.seek(0)
    qtbot.waitUntil(lambda: player.player.position() == 0)
    player.slider.triggerAction(player.slider.SliderAction.SliderPageStepAdd)
    qtbot.waitUntil(lambda: player.player.position() > 0)

    player.play()
    qtbot.waitUntil(
        lambda: player.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia, timeout=15_000
    )
    assert player.play_button.accessibleName() == "Play"


def test_audio_preview_plays_one_sample_at_a_time(qtbot, qapp, tmp_path: Path) -> None:
    first = str(write_tone(tmp_path / "a.wav", seconds=3))
    second = str(write_tone(tmp_path / "b.wav", seconds=3, hz=660))
    audio = AudioPreview()
    changes: list[tuple[str, bool]] = []
    audio.playing_changed.connect(lambda url, on: changes.append((url, on)))

    audio.toggle(first)
    qtbot.waitUntil(lambda: audio.is_playing(first), timeout=10_000)
    audio.play(second)
    qtbot.waitUntil(lambda: audio.is_playing(second), timeout=10_000)
    assert not audio.is_playing(first)
    assert (first, False) in changes
    audio.toggle(second)
    qtbot.waitUntil(lambda: not audio.is_playing())
    assert changes[-1] == (second, False)


@pytest.mark.qt_log_ignore(*QT_LOG_IGNORE, *MEDIA_LOG_IGNORE, r"Could not open media\..*Invalid data.*")
def test_audio_preview_reports_a_sample_that_cannot_play(qtbot, qapp, tmp_path: Path) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"not audio at all" * 10)
    audio = AudioPreview()
    with qtbot.waitSignal(audio.failed, timeout=10_000) as blocker:
        audio.play(str(broken))
    assert blocker.args == [str(broken)]
    assert not audio.is_playing()


def test_opening_a_video_prints_no_ffmpeg_stream_dump(mp4: Path, tmp_path: Path) -> None:
    """FFmpeg's "Input #0 … Stream #0:0" lines went to the terminal for every video (#13.21)."""
    import os
    import subprocess
    import sys

    script = tmp_path / "play.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.widgets.video_player import VideoPlayer\n"
        "app = QApplication([])\n"
        "player = VideoPlayer()\n"
        "player.show()\n"
        "player.set_source(sys.argv[1])\n"
        "player.player.mediaStatusChanged.connect(lambda s: s.name == 'BufferedMedia' and app.quit())\n"
        "QTimer.singleShot(20_000, app.quit)  # a guard only: the media loads in well under a second\n"
        "app.exec()\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(script), str(mp4)], env=env, cwd=root,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Stream #" not in result.stderr and "Input #" not in result.stderr, result.stderr[-2000:]
