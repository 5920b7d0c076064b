"""An inline video player: picture, play/pause, a seek slider and the time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget

from ui.widgets.audio_preview import to_qurl

_SEEK_STEP_MS = 5000


def format_time(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class VideoPlayer(QWidget):
    """Keyboard: Space plays/pauses, Left/Right seek 5 seconds (also on the slider)."""

    state_changed = Signal(object)  # QMediaPlayer.PlaybackState
    media_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False, muted: bool = False) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Video player"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.audio.setMuted(muted)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget(self)
        self.video.setAccessibleName(self.tr("Video"))
        self.video.setMinimumSize(160 if compact else 320, 200 if compact else 240)
        palette = self.video.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.video.setPalette(palette)
        self.video.setAutoFillBackground(True)
        self.player.setVideoOutput(self.video)

        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setAccessibleName(self.tr("Play"))
        self.play_button.setText("▶")
        self.play_button.setToolTip(self.tr("Play (Space)"))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position in the video"))
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(_SEEK_STEP_MS)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.slider.actionTriggered.connect(self._on_slider_action)
        self.time_label = QLabel(format_time(0) + " / " + format_time(0), self)
        self.time_label.setAccessibleName(self.tr("Time"))

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.video, 1)
        layout.addLayout(controls)

        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        self.setFocusProxy(self.play_button)

    def set_source(self, source: str) -> None:
        self.player.setSource(to_qurl(source) if source else to_qurl(""))
        self._on_position(0)

    def source(self) -> str:
        url = self.player.source()
        return url.toLocalFile() if url.isLocalFile() else url.toString()

    def play(self) -> None:
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def stop(self) -> None:
        self.player.stop()

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        self.player.setPosition(max(0, min(ms, self.player.duration())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Left:
            self.seek(self.player.position() - _SEEK_STEP_MS)
        elif key == Qt.Key.Key_Right:
            self.seek(self.player.position() + _SEEK_STEP_MS)
        else:
            super().keyPressEvent(event)

    def _on_slider_action(self, _action: int) -> None:
        # Keyboard and page clicks on the slider move the video too (sliderMoved is drag only).
        if not self.slider.isSliderDown():
            self.player.setPosition(self.slider.sliderPosition())

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(ms)
            self.slider.blockSignals(False)
        self.time_label.setText(f"{format_time(ms)} / {format_time(self.player.duration())}")

    def _on_duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._on_position(self.player.position())

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText("⏸" if playing else "▶")
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))
        self.state_changed.emit(state)

    def _on_error(self, error: QMediaPlayer.Error, _text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self.media_failed.emit(self.source())
