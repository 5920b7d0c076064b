"""The one rule that names a job's video file, and the checks on its folder.

- The name comes from the video's name, else the product's, cleaned by ``pathvalidate`` for every
  platform and cut to :data:`STEM_BYTES` bytes (not characters: 70 "𝐁𝐨𝐥𝐝" letters are 280 bytes),
  so the name plus `` (NN)``, the suffix and ``.part`` stay under the usual 255-byte limit.
- The file is *reserved*: created empty with ``O_EXCL`` before the download, so two runs into
  the same folder can never pick the same name (the download then replaces the empty file).
- :func:`check_save_folder` runs before the charged render request: a folder that cannot be
  written or is nearly full fails while nothing has been paid.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import unicodedata
import uuid
from pathlib import Path

from pathvalidate import sanitize_filename

from jogg_desktop import media_kinds
from jogg_desktop.errors import SaveFolderError

STEM_BYTES = 200
MIN_FREE_BYTES = 100 * 1024 * 1024  # a 60 s 1080p render is well under this
MAX_NUMBER = 10_000


def safe_stem(text: str, default: str = "video", max_bytes: int = STEM_BYTES) -> str:
    """``text`` as a file name stem valid on every platform, at most ``max_bytes`` in UTF-8."""
    text = unicodedata.normalize("NFC", text or "").replace("/", " ").replace("\\", " ").strip(" ._")
    stem = str(sanitize_filename(text, platform="universal", max_len=max_bytes, replacement_text="_"))
    stem = stem.strip(" .")
    return stem if stem and stem not in (".", "..") else default


def video_suffix(video_url: str) -> str:
    """The video link's own suffix (:mod:`jogg_desktop.media_kinds`), else ``.mp4``."""
    return media_kinds.video_suffix(video_url) or ".mp4"


def reserve_video_file(folder: Path, title: str, video_url: str) -> Path:
    """A new, empty file in ``folder`` named after ``title``, created atomically (``O_EXCL``)."""
    suffix = video_suffix(video_url)
    stem = safe_stem(title)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for number in range(1, MAX_NUMBER):
            candidate = folder / (f"{stem}{suffix}" if number == 1 else f"{stem} ({number}){suffix}")
            if _part(candidate).exists():
                continue  # another download's partial file
            try:
                fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue
            os.close(fd)
            return candidate
    except OSError as exc:
        raise _folder_error(folder, exc, AFTER_RENDER) from exc
    raise SaveFolderError(f"The folder {folder} already holds too many videos with this name. "
                          + AFTER_RENDER, path=str(folder), reason="save_folder_after_render")


def release_reservation(path: Path | None) -> None:
    """Remove ``path`` if it is still an empty reservation (a failed or deleted job's)."""
    if path is None:
        return
    with contextlib.suppress(OSError):
        if path.is_file() and path.stat().st_size == 0:
            path.unlink()


def is_reservation(path: Path | None) -> bool:
    try:
        return path is not None and path.is_file() and path.stat().st_size == 0
    except OSError:
        return False


def check_save_folder(folder: Path, *, min_free: int = MIN_FREE_BYTES) -> None:
    """Raise :class:`SaveFolderError` unless a file can be written in ``folder`` and it has room."""
    probe = folder / f".jogg-write-check-{uuid.uuid4().hex}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise _folder_error(folder, exc, BEFORE_RENDER) from exc
    if free < min_free:
        raise SaveFolderError(
            f"The disk with {folder} is nearly full ({free // (1024 * 1024)} MB free). Free some space "
            "or choose another folder. Nothing was charged.",
            path=str(folder), reason="save_folder_full",
        )


BEFORE_RENDER = "Nothing was charged."
AFTER_RENDER = "The video is kept in JoggAI: fetch it again into another folder (nothing is charged again)."


def _folder_error(folder: Path, exc: OSError, outcome: str) -> SaveFolderError:
    return SaveFolderError(
        f"The app cannot save videos in {folder} ({exc.strerror or type(exc).__name__}). Choose "
        f"another folder, or fix its permissions. {outcome}",
        path=str(folder), reason="save_folder" if outcome == BEFORE_RENDER else "save_folder_after_render",
        server_message=f"{type(exc).__name__} errno {exc.errno}",
    )


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")
