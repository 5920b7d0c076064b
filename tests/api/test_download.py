"""Downloads: streamed to ``.part``, Range resume (also across restarts), length check, atomic
rename, safe names, progress; no API key to media hosts. Against the simulator's media routes."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from jogg_desktop.api import download
from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.download import part_path, safe_filename
from jogg_desktop.errors import DownloadError
from jogg_desktop.models import JobState, VideoSettings
from jogg_desktop.sim import Fault, SimServer
from tests.api.fakes import FakeClock
from tests.api.simtools import make_client, run


@pytest.fixture
def video(make_sim: Callable[..., SimServer]) -> tuple[SimServer, str, bytes]:
    """A simulator with one finished render: (sim, video URL, the video's bytes)."""
    clock = FakeClock()
    sim = make_sim(clock=clock, render_seconds=1.0)

    async def work(c: JoggClient) -> tuple[str, bytes]:
        product = await c.create_product_from_url(sim.demo_product_urls()[0])
        project_id = await c.start_render(product.id, VideoSettings(avatar_id=81))
        assert sim.wait_for_render(project_id)
        clock.now += 5.0
        status = await c.get_project(project_id)
        assert status.state is JobState.DONE and status.video_url
        return status.video_url, await c.fetch_bytes(status.video_url)

    url, data = run(make_client(sim.base_url), work)
    sim.clear_requests()
    return sim, url, data


def media_gets(sim: SimServer) -> list[dict[str, str]]:
    return [r.headers for r in sim.requests if r.method == "GET" and r.path.startswith("/media/renders/")]


def is_mp4(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and len(data) > 10_000


def test_download_into_a_folder(video: tuple[SimServer, str, bytes], tmp_path: Path) -> None:
    sim, url, data = video
    progress: list[tuple[int, int | None]] = []
    path = run(make_client(sim.base_url),
               lambda c: c.download(url, tmp_path, progress=lambda d, t: progress.append((d, t))))
    assert path.parent == tmp_path and path.suffix == ".mp4" and path.read_bytes() == data
    assert is_mp4(data)
    assert not part_path(path).exists()
    assert progress[0] == (0, len(data)) and progress[-1] == (len(data), len(data))
    assert all(b[0] >= a[0] for a, b in itertools.pairwise(progress))
    [headers] = media_gets(sim)
    assert "x-api-key" not in headers and "range" not in headers


@pytest.mark.parametrize("kind", ["reset", "truncated"])
def test_an_interrupted_download_resumes_with_range(video: tuple[SimServer, str, bytes], tmp_path: Path,
                                                    kind: str) -> None:
    sim, url, data = video
    # After the handler: the headers and half the body go out, then the connection breaks.
    sim.inject(Fault(route="GET /media/renders/*", kind=kind, times=1, cut_at=0.5, after_handler=True))
    dest = tmp_path / "out.mp4"
    assert run(make_client(sim.base_url), lambda c: c.download(url, dest)) == dest
    assert dest.read_bytes() == data
    first, second = media_gets(sim)
    assert "range" not in first
    offset = int(second["range"].removeprefix("bytes=").removesuffix("-"))
    assert 0 < offset < len(data)


def test_a_part_file_from_an_earlier_run_is_resumed(
    video: tuple[SimServer, str, bytes], tmp_path: Path
) -> None:
    sim, url, data = video
    dest = tmp_path / "kept.mp4"
    part_path(dest).write_bytes(data[:12345])
    run(make_client(sim.base_url), lambda c: c.download(url, dest))
    assert dest.read_bytes() == data
    [headers] = media_gets(sim)
    assert headers["range"] == "bytes=12345-"


def test_an_unusable_part_file_is_started_over(video: tuple[SimServer, str, bytes], tmp_path: Path) -> None:
    sim, url, data = video
    dest = tmp_path / "odd.mp4"
    part_path(dest).write_bytes(b"x" * (len(data) + 10))  # longer than the video: 416, start again
    run(make_client(sim.base_url), lambda c: c.download(url, dest))
    assert dest.read_bytes() == data


def test_a_complete_part_file_is_just_renamed(video: tuple[SimServer, str, bytes], tmp_path: Path) -> None:
    sim, url, data = video
    dest = tmp_path / "done.mp4"
    part_path(dest).write_bytes(data)  # killed between the last byte and the rename
    run(make_client(sim.base_url), lambda c: c.download(url, dest))
    assert dest.read_bytes() == data and not part_path(dest).exists()


@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="no posix_fadvise: the final fsync does it all")
@pytest.mark.parametrize("resumed_from", [0, 12345])
def test_the_video_reaches_the_disk_along_the_way_and_is_synced_before_the_rename(
    video: tuple[SimServer, str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, resumed_from: int
) -> None:
    """The disk writes start along the way (contiguous ranges of the .part of at least
    WRITEBACK_STEP bytes, from where this attempt began, on a thread of their own), and the .part
    is still fsync-ed, after the last of them and before it is renamed into place (a paid video
    survives a power cut whole)."""
    sim, url, data = video
    dest = tmp_path / "synced.mp4"
    if resumed_from:
        part_path(dest).write_bytes(data[:resumed_from])
    calls: list[tuple[str, int, int, int]] = []
    real_advise, real_fsync = os.posix_fadvise, os.fsync

    def advise(fd: int, offset: int, length: int, advice: int) -> None:
        calls.append(("advise", fd, offset, length))
        real_advise(fd, offset, length, advice)

    def fsync(fd: int) -> None:
        calls.append(("fsync", fd, 0, 0 if dest.exists() else part_path(dest).stat().st_size))
        real_fsync(fd)

    monkeypatch.setattr(download, "WRITEBACK_STEP", 4096)
    monkeypatch.setattr(os, "posix_fadvise", advise)
    monkeypatch.setattr(os, "fsync", fsync)
    run(make_client(sim.base_url), lambda c: c.download(url, dest))
    assert dest.read_bytes() == data
    [fd] = {fd for kind, fd, _, _ in calls if kind == "advise"}
    mine = [(kind, offset, length) for kind, f, offset, length in calls if f == fd]
    *advised, synced = mine
    assert synced == ("fsync", 0, len(data))  # last, with the whole video in the .part, not yet renamed
    starts = [offset for _, offset, _ in advised]
    assert starts == [resumed_from + sum(length for _, _, length in advised[:i]) for i in range(len(advised))]
    assert all(length >= 4096 for _, _, length in advised)
    assert resumed_from < starts[-1] + advised[-1][2] <= len(data)  # only what was written


def test_a_missing_video_is_a_download_error(video: tuple[SimServer, str, bytes], tmp_path: Path) -> None:
    sim, url, _ = video
    with pytest.raises(DownloadError) as info:
        run(make_client(sim.base_url),
            lambda c: c.download(url.replace(".mp4", "-gone.mp4"), tmp_path / "x.mp4"))
    assert info.value.http_status == 404 and not (tmp_path / "x.mp4").exists()


def test_fetch_bytes_limit(video: tuple[SimServer, str, bytes]) -> None:
    sim, url, _ = video
    with pytest.raises(DownloadError):
        run(make_client(sim.base_url), lambda c: c.fetch_bytes(url, max_bytes=1000))


@pytest.mark.parametrize(("raw", "safe"), [
    ("../../etc/passwd", "passwd"), ("..\\..\\boot.ini", "boot.ini"), ("%2e%2e%2fsecret.mp4", "secret.mp4"),
    ("", "video.mp4"), ("..", "video.mp4"), ("/", "video.mp4"), ("CON.mp4", "_CON.mp4"), ("nul", "_nul"),
    ("My video: *new*?.mp4", "My video_ _new_.mp4"), (".hidden.mp4", "hidden.mp4"),
    ("Vidéo été.mp4", "Vidéo été.mp4"), ("a\x00b.mp4", "a_b.mp4"),
])
def test_safe_filename(raw: str, safe: str) -> None:
    assert safe_filename(raw) == safe


def test_safe_filename_limits_length_and_keeps_the_suffix() -> None:
    name = safe_filename("x" * 500 + ".mp4")
    assert len(name) <= 120 and name.endswith(".mp4")
