"""Qt child process: paint frames and encode them to MP4 (MPEG-4 Part 2).

Only the simulator's child processes import this (PySide6 is allowed there and nowhere else in
the core). QtMultimedia encodes with no extra dependency: QMediaCaptureSession +
QVideoFrameInput + QMediaRecorder, each frame fed on ``readyToSendVideoFrame`` with its
start/end times set; sound likewise through a QAudioBufferInput (AAC, mono).
A QVideoFrameInput or QAudioBufferInput built WITH a format refuses everything here; the
default ones work (each buffer carries its own format).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, QTimer, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameInput,
)

FrameMaker = Callable[[int], QImage]


def application() -> QCoreApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication(sys.argv[:1])


class EncodeError(RuntimeError):
    pass


def encode_mp4(
    dest: Path, size: tuple[int, int], fps: int, frame_count: int, make_frame: FrameMaker, *,
    audio: bytes | None = None, audio_rate: int = 11025, timeout_ms: int = 180_000,
) -> None:
    """Write ``frame_count`` frames of ``make_frame(i)`` to ``dest`` (atomically), with
    ``audio`` (mono signed 16-bit samples at ``audio_rate``) as the sound track if given."""
    app = application()
    part = dest.with_name(f".{dest.stem}.{os.getpid()}.part.mp4")
    session = QMediaCaptureSession()
    frame_input = QVideoFrameInput()
    session.setVideoFrameInput(frame_input)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    audio_input: QAudioBufferInput | None = None
    if audio is not None:
        audio_input = QAudioBufferInput()
        session.setAudioBufferInput(audio_input)
        media_format.setAudioCodec(QMediaFormat.AudioCodec.AAC)
    audio_format = QAudioFormat()
    audio_format.setSampleRate(audio_rate)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    recorder.setMediaFormat(media_format)
    recorder.setVideoResolution(QSize(*size))
    recorder.setVideoFrameRate(fps)
    recorder.setQuality(QMediaRecorder.Quality.NormalQuality)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(part)))

    sent = 0
    audio_sent = 0
    audio_bytes = len(audio) if audio is not None else 0
    chunk_bytes = 2 * max(1, audio_rate // 5)
    errors: list[str] = []
    frame_us = 1_000_000 / fps

    def stop_when_fed() -> None:
        if sent >= frame_count and audio_sent >= audio_bytes:
            recorder.stop()

    def feed() -> None:
        nonlocal sent
        while sent < frame_count:
            frame = QVideoFrame(make_frame(sent))
            frame.setStartTime(round(sent * frame_us))
            frame.setEndTime(round((sent + 1) * frame_us))
            if not frame_input.sendVideoFrame(frame):
                return  # queue full: readyToSendVideoFrame calls again
            sent += 1
        stop_when_fed()

    def feed_audio() -> None:
        nonlocal audio_sent
        assert audio is not None and audio_input is not None
        while audio_sent < audio_bytes:
            chunk = audio[audio_sent : audio_sent + chunk_bytes]
            start_us = round(audio_sent / 2 * 1_000_000 / audio_rate)
            if not audio_input.sendAudioBuffer(QAudioBuffer(QByteArray(chunk), audio_format, start_us)):
                return  # readyToSendAudioBuffer calls again
            audio_sent += len(chunk)
        stop_when_fed()

    def on_state(state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.RecordingState:
            feed()
            if audio_input is not None:
                feed_audio()
        elif state == QMediaRecorder.RecorderState.StoppedState:
            app.quit()

    def on_error(_error: QMediaRecorder.Error, text: str) -> None:
        errors.append(text)
        app.quit()

    def on_timeout() -> None:
        errors.append("encoding timed out")
        app.quit()

    frame_input.readyToSendVideoFrame.connect(feed)
    if audio_input is not None:
        audio_input.readyToSendAudioBuffer.connect(feed_audio)
    recorder.recorderStateChanged.connect(on_state)
    recorder.errorOccurred.connect(on_error)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(on_timeout)
    guard.start(timeout_ms)
    recorder.record()
    app.exec()
    guard.stop()
    if errors or sent < frame_count or audio_sent < audio_bytes or not part.exists():
        part.unlink(missing_ok=True)
        raise EncodeError(errors[0] if errors else f"only {sent} of {frame_count} frames encoded")
    os.replace(part, dest)


def save_image(image: QImage, dest: Path, quality: int = 85) -> None:
    """Save atomically (JPEG or PNG by the file's suffix)."""
    part = dest.with_name(f".{dest.stem}.{os.getpid()}.part{dest.suffix}")
    if not image.save(str(part), None, quality):  # format from the suffix
        raise EncodeError(f"could not write {dest.name}")
    os.replace(part, dest)
