"""One rule for "is this link or file name a video?", shared by the core, the simulator and the UI."""

from __future__ import annotations

import pytest

from jogg_desktop.media_kinds import is_video_url, video_suffix


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("https://cdn.example/p/clip.MP4?v=3", ".mp4"),
        ("https://cdn.example/p/clip.webm#t=2", ".webm"),
        ("clip.m4v", ".m4v"),
        ("/home/seller/Videos/unboxing.mkv", ".mkv"),
        ("C:\\Users\\seller\\Videos\\demo.MOV", ".mov"),
        ("https://cdn.example/p/photo.jpg", ""),
        ("https://cdn.example/mp4", ""),
        ("", ""),
    ],
)
def test_video_suffix(name: str, suffix: str) -> None:
    assert video_suffix(name) == suffix
    assert is_video_url(name) is bool(suffix)
