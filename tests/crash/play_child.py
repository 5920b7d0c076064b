"""Child process: play a video file with QMediaPlayer to EndOfMedia; print the result as JSON.

Exit 0 at EndOfMedia, 1 on a media error, 2 if nothing happened in time.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QApplication


def main(path: str) -> int:
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    player = QMediaPlayer()
    sink = QVideoSink()  # without an output nothing is decoded and playback never advances
    player.setVideoSink(sink)
    frames = [0]
    size = [0, 0]
    result: dict[str, object] = {"status": "timeout"}
    code = [2]

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid():
            frames[0] += 1
            size[:] = [frame.width(), frame.height()]

    def on_status(status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            player.setPlaybackRate(8.0)  # there is no sound device: it plays on the clock
            player.play()
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            result.update(status="end", duration_ms=player.duration(), frames=frames[0],
                          size=size)
            code[0] = 0
            app.quit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            result.update(status="invalid")
            code[0] = 1
            app.quit()

    def on_error(_error: QMediaPlayer.Error, text: str) -> None:
        result.update(status="error", error=text)
        code[0] = 1
        app.quit()

    sink.videoFrameChanged.connect(on_frame)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(on_error)
    QTimer.singleShot(60_000, app.quit)  # a safety net, not a wait
    player.setSource(QUrl.fromLocalFile(path))
    app.exec()
    print(json.dumps(result), flush=True)
    return code[0]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
