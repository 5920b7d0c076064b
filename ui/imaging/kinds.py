"""Is a media URL a video? The core decides (:mod:`jogg_desktop.media_kinds`); the UI imports it here."""

from __future__ import annotations

from jogg_desktop.media_kinds import VIDEO_SUFFIXES
from jogg_desktop.media_kinds import is_video_url as looks_like_video

__all__ = ["VIDEO_SUFFIXES", "looks_like_video"]
