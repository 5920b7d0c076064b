"""Is a downloaded file a video at all? (Not an error page or JSON served with HTTP 200.)"""

from __future__ import annotations

from pathlib import Path

_ISO_BOXES = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot"}  # MP4 / MOV
_EBML = b"\x1a\x45\xdf\xa3"  # WebM / Matroska


def looks_like_video(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return False
    return head[4:8] in _ISO_BOXES or head.startswith(_EBML)
