"""The one naming rule for job videos: readable, safe, limited in bytes, reserved atomically."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from jogg_desktop.errors import SaveFolderError
from jogg_desktop.jobs.filenames import (
    check_save_folder,
    is_reservation,
    release_reservation,
    reserve_video_file,
    safe_stem,
)

BOLD = "𝐁𝐨𝐥𝐝" * 70  # marketplace titles: 280 characters of 4 bytes each


def test_readable_unique_names(tmp_path: Path) -> None:
    first = reserve_video_file(tmp_path, "Mug video", "https://cdn.example/x/abc.mp4?sig=1")
    assert first == tmp_path / "Mug video.mp4" and is_reservation(first)
    assert reserve_video_file(tmp_path, "Mug video", "u") == tmp_path / "Mug video (2).mp4"
    (tmp_path / "Mug video (3).mp4.part").write_bytes(b"x")  # another download's partial file
    assert reserve_video_file(tmp_path, "Mug video", "u") == tmp_path / "Mug video (4).mp4"


def test_unsafe_names_and_suffixes(tmp_path: Path) -> None:
    target = reserve_video_file(tmp_path, "../../etc/passwd", "https://cdn.example/v.webm")
    assert target.parent == tmp_path and target.suffix == ".webm"
    assert reserve_video_file(tmp_path, "", "https://cdn.example/v.exe") == tmp_path / "video.mp4"
    assert safe_stem("..") == "video" and safe_stem("CON") != "CON"
    assert safe_stem('a:b*c?"<>|') == "a_b_c_____"


def test_names_are_limited_in_bytes_not_characters(tmp_path: Path) -> None:
    """#10 item 5: 70 bold letters were cut to 80 characters (> 255 bytes) and failed after the charge."""
    target = reserve_video_file(tmp_path, BOLD, "https://cdn.example/v.mp4")
    assert len(target.name.encode()) <= 255 - len(" (99).part")
    assert target.name.startswith("𝐁𝐨𝐥𝐝") and target.exists()
    again = reserve_video_file(tmp_path, BOLD, "https://cdn.example/v.mp4")
    (again.parent / (again.name + ".part")).write_bytes(b"x")  # the .part name fits as well


def test_parallel_reservations_never_share_a_name(tmp_path: Path) -> None:
    """#10 item 3: chosen, checked, then used with nothing in between: now one O_EXCL step."""
    with ThreadPoolExecutor(8) as pool:
        names = list(pool.map(lambda _i: reserve_video_file(tmp_path, "Same", "v.mp4"), range(24)))
    assert len(set(names)) == 24 and all(is_reservation(n) for n in names)
    release_reservation(names[0])
    assert not names[0].exists()
    names[1].write_bytes(b"video")
    release_reservation(names[1])  # a real file is never removed
    assert names[1].read_bytes() == b"video"


def test_save_folder_checked(tmp_path: Path) -> None:
    check_save_folder(tmp_path / "new" / "folder")
    assert (tmp_path / "new" / "folder").is_dir() and not list((tmp_path / "new" / "folder").iterdir())
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SaveFolderError) as caught:
        check_save_folder(blocker / "sub")
    assert str(blocker) in caught.value.message and "Nothing was charged" in caught.value.message
    with pytest.raises(SaveFolderError, match="nearly full"):
        check_save_folder(tmp_path, min_free=2**62)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(SaveFolderError):
            check_save_folder(tmp_path)
    finally:
        tmp_path.chmod(0o700)
