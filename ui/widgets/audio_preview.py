"""One shared audio player for the ▶ samples of voices and music: starting one stops the other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer


def to_qurl(source: str) -> QUrl:
    """An http(s)/file URL as is; anything else is taken as a local path."""
    url = QUrl(source)
    if url.scheme() in ("http", "https", "file"):
        return url
    return QUrl.fromLocalFile(source)


def later(player: QMediaPlayer, slot: str) -> None:
    """Call the player's ``play``/``pause``/``stop`` from the event loop, not from Python.

    QMediaPlayer.stop() waits for FFmpeg's playback threads; called from Python it does so
    holding the GIL, and a playback thread that needs the GIL at that moment deadlocks the app
    (seen in the History test: the main thread stuck in stop() for good). Invoked queued, Qt
    calls it from its event loop, where PySide has released the GIL. play and pause go the same
    way so that the calls keep their order.
    """
    QMetaObject.invokeMethod(player, slot, Qt.ConnectionType.QueuedConnection)


class AudioPreview(QObject):
    """``playing_changed(url, playing)`` follows the player; ``failed(url)`` when a sample cannot play."""

    playing_changed = Signal(str, bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self._url = ""
        self._playing = False

    def _ensure_player(self) -> QMediaPlayer:
        # Created on first use: importing QtMultimedia and starting its backend costs ~100-200 ms
        # that the app's start-up should not pay.
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.playbackStateChanged.connect(self._on_state)
            self._player.errorOccurred.connect(self._on_error)
        return self._player

    def current_url(self) -> str:
        return self._url

    def is_playing(self, url: str | None = None) -> bool:
        return self._playing and (url is None or url == self._url)

    def toggle(self, url: str) -> None:
        if self.is_playing(url):
            self.stop()
        else:
            self.play(url)

    def play(self, url: str) -> None:
        player = self._ensure_player()
        if self._url and self._url != url:
            self._set_playing(False)  # the old sample; setSource below replaces it
        self._url = url
        player.setSource(to_qurl(url))
        later(player, "play")

    def stop(self) -> None:
        if self._player is not None:
            later(self._player, "stop")
        self._set_playing(False)

    def position_ms(self) -> int:
        return self._player.position() if self._player is not None else 0

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        self._set_playing(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_error(self, error: QMediaPlayer.Error, _text: str) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if error != QMediaPlayer.Error.NoError:
            self._set_playing(False)
            self.failed.emit(self._url)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(self._url, playing)
