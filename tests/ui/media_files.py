"""Small real media files for the player tests: a WAV tone (stdlib) and an MP4 (QtMultimedia).

The MP4 is encoded the way the simulator renders (QtMultimedia: QMediaCaptureSession
+ QVideoFrameInput + QMediaRecorder, frames fed on ``readyToSendVideoFrame``).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import (
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameInput,
)

from tests.ui.conftest import QT_LOG_IGNORE

# QtMultimedia's messages about this machine, not about our code: no VA-API/VDPAU/PipeWire
# libraries, no GPU (RHI) under offscreen, no hardware decoder.
MEDIA_LOG_IGNORE = (
    r"Couldn't (load|resolve) .*(library|symbols)",
    r".*No RHI backend.*",
    r".*No HW decoder.*",
    r"No audio device detected",
    r"Invalid frameRate 0 ; Using the default instead",  # the test encoder's frame input above
)
media_test = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE, *MEDIA_LOG_IGNORE)


def write_tone(path: Path, seconds: float = 1.0, hz: float = 440.0, rate: int = 16000) -> Path:
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(
            b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * hz * i / rate))) for i in range(frames)
            )
        )
    return path


class Mp4Writer:
    """Encode ``count`` painted frames of ``size`` at ``fps`` into ``path``; ``done`` when finished."""

    def __init__(self, path: Path, size: QSize | None = None, count: int = 30, fps: int = 15) -> None:
        self.path, self.size, self.count, self.fps = path, size or QSize(160, 288), count, fps
        self.sent = 0
        self.done = False
        self.error = ""
        # No declared frame format: with one, readyToSendVideoFrame never fired here (6.11.3).
        self.input = QVideoFrameInput()
        self.session = QMediaCaptureSession()
        self.recorder = QMediaRecorder()
        self.session.setVideoFrameInput(self.input)
        self.session.setRecorder(self.recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
        media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
        self.recorder.setMediaFormat(media_format)
        self.recorder.setQuality(QMediaRecorder.Quality.LowQuality)
        self.recorder.setVideoFrameRate(fps)
        self.recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
        self.input.readyToSendVideoFrame.connect(self._send)
        self.recorder.recorderStateChanged.connect(self._on_state)
        self.recorder.errorOccurred.connect(self._on_error)

    def start(self) -> None:
        self.recorder.record()

    def _send(self) -> None:
        while self.sent < self.count:
            image = QImage(self.size, QImage.Format.Format_RGB32)
            image.fill(QColor.fromHsv((self.sent * 12) % 360, 200, 220))
            painter = QPainter(image)
            painter.drawText(image.rect(), 0x84, str(self.sent))
            painter.end()
            frame = QVideoFrame(image)
            us = 1_000_000 // self.fps
            frame.setStartTime(self.sent * us)
            frame.setEndTime((self.sent + 1) * us)
            if not self.input.sendVideoFrame(frame):
                return  # wait for readyToSendVideoFrame
            self.sent += 1
        if self.recorder.recorderState() == QMediaRecorder.RecorderState.RecordingState:
            self.recorder.stop()

    def _on_state(self, state: Any) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState and self.sent >= self.count:
            self.done = True

    def _on_error(self, _error: Any, text: str) -> None:
        self.error = text
        self.done = True


def write_mp4(qtbot: Any, path: Path, **kw: Any) -> Path:
    writer = Mp4Writer(path, **kw)
    writer.start()
    qtbot.waitUntil(lambda: writer.done, timeout=20_000)
    assert not writer.error, writer.error
    assert path.exists() and path.stat().st_size > 0
    return path
