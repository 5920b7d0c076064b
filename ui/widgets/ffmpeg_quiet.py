"""Keep FFmpeg's stream dumps ("Input #0, mov,mp4…") off the terminal.

QtMultimedia's FFmpeg backend leaves FFmpeg's own log at its default level, so every video opened
prints its container details to stderr. Once FFmpeg is loaded (after the first QMediaPlayer),
its log level is set to errors only. Best effort: where the library cannot be found under its
Linux name (other systems, other builds), nothing changes.
"""

from __future__ import annotations

import ctypes
import os

_AV_LOG_ERROR = 16
_done = False


def quiet_ffmpeg() -> None:
    global _done
    if _done:
        return
    _done = True
    no_load = getattr(os, "RTLD_NOLOAD", None)
    if no_load is None:
        return
    for name in ("libavutil.so.59", "libavutil.so"):
        try:
            # RTLD_NOLOAD: only the copy QtMultimedia already loaded, never a second one.
            library = ctypes.CDLL(name, mode=no_load | os.RTLD_GLOBAL)
        except OSError:
            continue
        library.av_log_set_level(_AV_LOG_ERROR)
        return
