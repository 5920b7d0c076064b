"""The first frame of a video as a thumbnail, grabbed with QMediaPlayer (muted, one at a time).

QtMultimedia decodes on its own threads; the player lives on the GUI thread. Only the video's
first frame is needed, so playback stops as soon as one frame arrives (or after a deadline).
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink


class FirstFrameGrabber(QObject):
    grabbed = Signal(str, QImage)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, deadline_ms: int = 15_000) -> None:
        super().__init__(parent)
        self._queue: deque[str] = deque()
        self._current: str | None = None
        self._player: QMediaPlayer | None = None
        self._sink: QVideoSink | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(deadline_ms)
        self._deadline.timeout.connect(lambda: self._finish(None))

    def grab(self, url: str) -> None:
        if url != self._current and url not in self._queue:
            self._queue.append(url)
        self._next()

    def _ensure_player(self) -> QMediaPlayer:
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._sink = QVideoSink(self)
            self._player.setVideoSink(self._sink)
            self._sink.videoFrameChanged.connect(self._on_frame)
            self._player.errorOccurred.connect(lambda *_: self._finish(None))
        return self._player

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        self._current = self._queue.popleft()
        player = self._ensure_player()
        source = QUrl(self._current)
        if not source.scheme():
            source = QUrl.fromLocalFile(self._current)
        player.setSource(source)
        self._deadline.start()
        player.play()

    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._current is None or not frame.isValid():
            return
        image = frame.toImage()
        if not image.isNull():
            self._finish(image)

    def _finish(self, image: QImage | None) -> None:
        url, self._current = self._current, None
        self._deadline.stop()
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        if url is not None:
            if image is None:
                self.failed.emit(url)
            else:
                self.grabbed.emit(url, image)
        QTimer.singleShot(0, self._next)

    def stop(self) -> None:
        self._queue.clear()
        self._deadline.stop()
        self._current = None
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
