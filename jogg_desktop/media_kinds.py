"""Is a media link or file name a video? By its suffix: all a product page or a picked file gives.

(Whether a downloaded file really is a video, by its first bytes, is
:func:`jogg_desktop.jobs.video_check.looks_like_video`.)
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

VIDEO_SUFFIXES = (".mp4", ".mov", ".webm", ".m4v", ".avi", ".mkv")


def video_suffix(url_or_name: str) -> str:
    """The link's or name's video suffix, lower case (``".mp4"``), or ``""`` if it is not one."""
    suffix = PurePosixPath(urlsplit(url_or_name.replace("\\", "/")).path).suffix.lower()
    return suffix if suffix in VIDEO_SUFFIXES else ""


def is_video_url(url_or_name: str) -> bool:
    """True for ``https://…/clip.MP4?x=1``, ``clip.webm`` or ``C:\\films\\a.mov``; False for pictures."""
    return bool(video_suffix(url_or_name))
