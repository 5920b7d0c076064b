"""Is a media URL a video? (By its file name: that is all a product page gives us.)"""

from __future__ import annotations

from PySide6.QtCore import QUrl

VIDEO_SUFFIXES = (".mp4", ".mov", ".webm", ".m4v", ".avi", ".mkv")


def looks_like_video(url: str) -> bool:
    return QUrl(url).path().lower().endswith(VIDEO_SUFFIXES)
