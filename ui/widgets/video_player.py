"""An inline video player: picture, play/pause, a seek slider and the time.

QtMultimedia is imported and its player built on first use (a source set, Play pressed): that
costs ~100-200 ms the app's start-up should not pay for pages that are not shown yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import icons
from ui.widgets.audio_preview import later, to_qurl
from ui.widgets.ffmpeg_quiet import quiet_ffmpeg

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

_SEEK_STEP_MS = 5000


def format_time(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


def _black(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("black"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


class SeekSlider(QSlider):
    """A click on the bar jumps right there (a plain QSlider only steps 5 s towards the click)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            handle = self.style().subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
            )
            if not handle.contains(event.position().toPoint()):
                groove = self.style().subControlRect(
                    QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
                )
                span = groove.width() - handle.width()
                x = int(event.position().x()) - groove.x() - handle.width() // 2
                value = QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), x, max(1, span))
                self.setSliderPosition(value)
                self.sliderMoved.emit(value)
                event.accept()
                return
        super().mousePressEvent(event)


class VideoPlayer(QWidget):
    """Keyboard: Space plays/pauses, Left/Right seek 5 seconds (also on the slider)."""

    state_changed = Signal(object)  # QMediaPlayer.PlaybackState
    media_failed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, compact: bool = False, muted: bool = False, loop: bool = False
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Video player"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._muted, self._loop = muted, loop
        self._first_frame_due = False
        self._picture_size: QSize | None = None
        self._player: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._video: QVideoWidget | None = None
        self._surface = QWidget(self)  # stands in for the video until the player exists
        self._surface.setMinimumSize(160 if compact else 320, 200 if compact else 240)
        _black(self._surface)

        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setAccessibleName(self.tr("Play"))
        self.play_button.setIcon(icons.icon("play"))
        self.play_button.setToolTip(self.tr("Play (Space)"))
        self.play_button.clicked.connect(self.toggle)
        self.slider = SeekSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position in the video"))
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(_SEEK_STEP_MS)
        self.slider.sliderMoved.connect(self._set_position)
        self.slider.actionTriggered.connect(self._on_slider_action)
        self.time_label = QLabel(format_time(0) + " / " + format_time(0), self)
        self.time_label.setAccessibleName(self.tr("Time"))
        self.sound_note = QLabel(self.tr("No sound device found: the video plays without sound."), self)
        self.sound_note.setObjectName("hint")
        self.sound_note.setWordWrap(True)
        self.sound_note.hide()

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._surface, 1)
        self._layout.addLayout(controls)
        self._layout.addWidget(self.sound_note)
        self.setFocusProxy(self.play_button)

    def set_picture_only(self, size: QSize) -> None:
        """Only the picture, at ``size``: no controls (a tile that plays muted in a loop)."""
        for widget in (self.play_button, self.slider, self.time_label):
            widget.hide()
        self._picture_size = size
        (self._video or self._surface).setMinimumSize(size)
        self.setFixedSize(size)

    # -- the player, built on first use -------------------------------------------------------
    @property
    def player(self) -> QMediaPlayer:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget

            player = QMediaPlayer(self)
            quiet_ffmpeg()  # FFmpeg is loaded now: no stream dumps on the terminal
            self._audio = QAudioOutput(self)
            self._audio.setMuted(self._muted)
            player.setAudioOutput(self._audio)
            if self._loop:
                player.setLoops(QMediaPlayer.Loops.Infinite)
            video = QVideoWidget(self)
            video.setAccessibleName(self.tr("Video"))
            video.setMinimumSize(self._picture_size or self._surface.minimumSize())
            _black(video)
            self._layout.replaceWidget(self._surface, video)
            self._surface.deleteLater()
            player.setVideoOutput(video)
            player.positionChanged.connect(self._on_position)
            player.durationChanged.connect(self._on_duration)
            player.playbackStateChanged.connect(self._on_state)
            player.errorOccurred.connect(self._on_error)
            player.mediaStatusChanged.connect(self._on_media_status)
            self._player, self._video = player, video
            if not self._muted:
                from PySide6.QtMultimedia import QMediaDevices

                # Without one, FFmpeg only says "No audio device detected" on the terminal.
                self.sound_note.setVisible(not QMediaDevices.audioOutputs())
        return self._player

    @property
    def video(self) -> QVideoWidget:
        self.player  # noqa: B018 - builds the video widget
        assert self._video is not None
        return self._video

    def has_player(self) -> bool:
        return self._player is not None

    # -- control ------------------------------------------------------------------------------
    def set_source(self, source: str) -> None:
        if not source and self._player is None:
            return
        self._first_frame_due = bool(source)
        self.player.setSource(to_qurl(source) if source else to_qurl(""))
        self._on_position(0)

    def source(self) -> str:
        if self._player is None:
            return ""
        url = self._player.source()
        return url.toLocalFile() if url.isLocalFile() else url.toString()

    def play(self) -> None:
        later(self.player, "play")

    def pause(self) -> None:
        if self._player is not None:
            later(self._player, "pause")

    def stop(self) -> None:
        if self._player is not None:
            later(self._player, "stop")

    def is_playing(self) -> bool:
        if self._player is None:
            return False
        from PySide6.QtMultimedia import QMediaPlayer

        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        if self._player is not None:
            self._player.setPosition(max(0, min(ms, self._player.duration())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Left and self._player is not None:
            self.seek(self._player.position() - _SEEK_STEP_MS)
        elif key == Qt.Key.Key_Right and self._player is not None:
            self.seek(self._player.position() + _SEEK_STEP_MS)
        else:
            super().keyPressEvent(event)

    # -- reactions ----------------------------------------------------------------------------
    def _set_position(self, ms: int) -> None:
        if self._player is not None:
            self._player.setPosition(ms)

    def _on_slider_action(self, _action: int) -> None:
        # Keyboard and page clicks on the slider move the video too (sliderMoved is drag only).
        if not self.slider.isSliderDown():
            self._set_position(self.slider.sliderPosition())

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(ms)
            self.slider.blockSignals(False)
        duration = self._player.duration() if self._player is not None else 0
        self.time_label.setText(f"{format_time(ms)} / {format_time(duration)}")

    def _on_duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._on_position(self._player.position() if self._player is not None else 0)

    def _on_media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        # Paused at 0 shows the first frame: never a black box before Play (once per source:
        # Stop must stay stopped).
        stopped = self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        if status == QMediaPlayer.MediaStatus.LoadedMedia and stopped and self._first_frame_due:
            self._first_frame_due = False
            self.player.pause()

    def _on_state(self, _state: QMediaPlayer.PlaybackState) -> None:
        playing = self.is_playing()
        self.play_button.setIcon(icons.icon("pause" if playing else "play"))
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))
        self.state_changed.emit(_state)

    def _on_error(self, error: QMediaPlayer.Error, _text: str) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if error != QMediaPlayer.Error.NoError:
            self.media_failed.emit(self.source())
