"""Is a downloaded file a video at all? (Not an error page or JSON served with HTTP 200.)"""

from __future__ import annotations

from pathlib import Path

from jogg_desktop.api.download import looks_like_video_head


def looks_like_video(path: Path) -> bool:
    """Whether the file starts like an MP4/MOV or WebM/Matroska video (the downloader's rule)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return False
    return looks_like_video_head(head)
