from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from jogg_desktop.jobs.filenames import video_target
from jogg_desktop.jobs.types import Job, JobStage
from tests.store.samples import PRODUCT, SETTINGS

NOW = datetime(2026, 11, 27, tzinfo=UTC)
JOB = Job(1, PRODUCT, SETTINGS, JobStage.RENDERING, NOW, NOW)


def test_readable_unique_names(tmp_path: Path) -> None:
    first = video_target(JOB, tmp_path, "https://cdn.example/x/abc.mp4?sig=1")
    assert first == tmp_path / "Mug video.mp4"
    first.write_bytes(b"x")
    assert video_target(JOB, tmp_path, "https://cdn.example/abc.mp4") == tmp_path / "Mug video (2).mp4"
    (tmp_path / "Mug video (2).mp4.part").write_bytes(b"x")
    taken = {tmp_path / "Mug video (3).mp4"}
    assert video_target(JOB, tmp_path, "u", taken) == tmp_path / "Mug video (4).mp4"


def test_unsafe_names_and_suffixes(tmp_path: Path) -> None:
    nasty = replace(JOB, settings=replace(SETTINGS, name="../../etc/passwd"))
    target = video_target(nasty, tmp_path, "https://cdn.example/v.webm")
    assert target.parent == tmp_path and target.suffix == ".webm"
    nameless = replace(JOB, settings=replace(SETTINGS, name=""), product=replace(PRODUCT, name=""))
    assert video_target(nameless, tmp_path, "https://cdn.example/v.exe") == tmp_path / "video.mp4"
