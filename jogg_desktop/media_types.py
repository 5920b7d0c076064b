"""Which files JoggAI takes as product pictures and videos, judged by their content.

JoggAI's upload guide lists pictures as JPG, PNG, WebP or GIF (up to 10 MB) and videos as MP4,
WebM or MOV (up to 100 MB) (docs/joggai-api.md, uploads). A file's name says little (``notes.txt``
renamed ``notes.jpg`` is still text), so the first bytes decide: the same check for the app and
the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from jogg_desktop.models import MediaKind

IMAGE_LIMIT = 10 * 1024 * 1024
VIDEO_LIMIT = 100 * 1024 * 1024
_HEAD = 64


@dataclass(frozen=True)
class MediaType:
    kind: MediaKind
    name: str  # e.g. "JPEG", "MP4"
    mime: str


def sniff(head: bytes) -> MediaType | None:
    """The type of a file that starts with ``head`` (its first bytes), or None when JoggAI
    does not take it."""
    if head.startswith(b"\xff\xd8\xff"):
        return MediaType(MediaKind.IMAGE, "JPEG", "image/jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType(MediaKind.IMAGE, "PNG", "image/png")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return MediaType(MediaKind.IMAGE, "GIF", "image/gif")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return MediaType(MediaKind.IMAGE, "WebP", "image/webp")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return MediaType(MediaKind.VIDEO, "WebM", "video/webm")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand.startswith(b"qt"):
            return MediaType(MediaKind.VIDEO, "MOV", "video/quicktime")
        if brand.startswith((b"avif", b"avis", b"heic", b"heix", b"mif1", b"msf1")):
            return None  # HEIC/AVIF pictures share the container; JoggAI does not list them
        return MediaType(MediaKind.VIDEO, "MP4", "video/mp4")
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free"):
        return MediaType(MediaKind.VIDEO, "MOV", "video/quicktime")
    return None


class Problem(Enum):
    UNREADABLE = "unreadable"
    NOT_MEDIA = "not_media"  # not a picture or video type JoggAI takes
    TOO_LARGE = "too_large"
    EMPTY = "empty"


class UnsupportedMedia(ValueError):
    """A file JoggAI would not take: ``problem`` says why (the UI words it for the seller)."""

    def __init__(
        self, path: Path, problem: Problem, *, kind: MediaKind | None = None, limit: int = 0
    ) -> None:
        super().__init__(f"{path.name}: {problem.value}")
        self.path = path
        self.problem = problem
        self.kind = kind
        self.limit = limit


def check_file(path: Path) -> MediaType:
    """The file's type, or :class:`UnsupportedMedia` saying why JoggAI would not take it."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(_HEAD)
    except OSError as exc:
        raise UnsupportedMedia(path, Problem.UNREADABLE) from exc
    if size == 0:
        raise UnsupportedMedia(path, Problem.EMPTY)
    found = sniff(head)
    if found is None:
        raise UnsupportedMedia(path, Problem.NOT_MEDIA)
    limit = IMAGE_LIMIT if found.kind is MediaKind.IMAGE else VIDEO_LIMIT
    if size > limit:
        raise UnsupportedMedia(path, Problem.TOO_LARGE, kind=found.kind, limit=limit)
    return found
