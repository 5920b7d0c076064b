"""Video downloads against a hostile host on 127.0.0.1 (#10 items 9 and 11, download half).

What the host sends is not trusted: no https → http redirect, a size cap (announced and while
reading), the free space checked against Content-Length before a byte is written, a body that
is not a video refused at its first bytes (never downloaded twice). Job-level cases run a real
render on the simulator and assert that nothing paid is lost: one render request, the job keeps
its project id, and fetching again gets the video.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.download import Transfers, part_path
from jogg_desktop.errors import DownloadError
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.types import Job, JobStage
from jogg_desktop.models import ProjectStatus, VideoSettings
from jogg_desktop.sim import SimConfig, SimServer
from jogg_desktop.store import Store
from tests.faults.harness import NO_BACKOFF, no_sleep
from tests.transfers.hostile import HostileServer, Seen, TlsFiles, endless, fixed, make_tls

KEY = "hostile-test-key"
RENDER = "/create_video_from_url"
MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
VIDEO = MP4_HEAD + bytes(range(256)) * 400  # ~100 KB that start like an MP4


@pytest.fixture
def tls(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> TlsFiles:
    files = make_tls(tmp_path_factory.mktemp("tls"))
    monkeypatch.setenv("SSL_CERT_FILE", str(files.ca))  # httpx (trust_env) trusts the test CA
    return files


@pytest.fixture
def plain() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


@pytest.fixture
def secure(tls: TlsFiles) -> Iterator[HostileServer]:
    with HostileServer(tls=tls) as server:
        yield server


def download(url: str, dest: Path, **limits: int) -> Path:
    async def main() -> Path:
        async with httpx.AsyncClient() as http:
            return await Transfers(http, retry=NO_BACKOFF, sleep=no_sleep, **limits).download(url, dest)

    return asyncio.run(main())


# -- redirects --------------------------------------------------------------------------------

def test_an_https_to_http_redirect_is_refused(secure: HostileServer, plain: HostileServer,
                                              tmp_path: Path) -> None:
    plain.routes["/video.mp4"] = fixed(200, VIDEO)
    secure.routes["/video.mp4"] = lambda _s: (302, {"Location": plain.url("/video.mp4"),
                                                    "Content-Length": "0"}, [])
    with pytest.raises(DownloadError) as info:
        download(secure.url("/video.mp4"), tmp_path / "v.mp4")
    assert "insecure" in info.value.message
    assert plain.seen == []  # not even asked
    assert not (tmp_path / "v.mp4").exists() and not part_path(tmp_path / "v.mp4").exists()


def test_redirects_within_https_and_from_http_are_followed(secure: HostileServer, plain: HostileServer,
                                                           tmp_path: Path) -> None:
    secure.routes["/video.mp4"] = fixed(200, VIDEO)
    secure.routes["/moved"] = lambda _s: (301, {"Location": "/video.mp4", "Content-Length": "0"}, [])
    plain.routes["/up"] = lambda _s: (302, {"Location": secure.url("/moved"), "Content-Length": "0"}, [])
    assert download(plain.url("/up"), tmp_path / "v.mp4").read_bytes() == VIDEO


def test_a_redirect_to_a_file_address_is_refused(plain: HostileServer, tmp_path: Path) -> None:
    moved = {"Location": "file:///etc/passwd", "Content-Length": "0"}
    plain.routes["/video.mp4"] = lambda _s: (302, moved, [])
    with pytest.raises(DownloadError):
        download(plain.url("/video.mp4"), tmp_path / "v.mp4")
    assert not part_path(tmp_path / "v.mp4").exists()


# -- size and space ---------------------------------------------------------------------------

def test_an_endless_body_is_cut_at_the_size_limit(plain: HostileServer, tmp_path: Path) -> None:
    plain.routes["/video.mp4"] = lambda _s: (200, {"Content-Type": "video/mp4"}, _video_then_zeros())
    with pytest.raises(DownloadError) as info:
        download(plain.url("/video.mp4"), tmp_path / "v.mp4", max_video_bytes=2 * 1024 * 1024)
    assert "larger than the app accepts" in info.value.message
    assert not part_path(tmp_path / "v.mp4").exists()
    [seen] = plain.seen
    # The client stopped reading at the limit: only socket buffers' worth more went out.
    assert seen.sent < 2 * 1024 * 1024 + 16 * 1024 * 1024


def test_an_announced_size_over_the_limit_is_refused_before_reading(plain: HostileServer,
                                                                    tmp_path: Path) -> None:
    huge = 50 * 1024**3
    plain.routes["/video.mp4"] = lambda _s: (200, {"Content-Type": "video/mp4", "Content-Length": str(huge)},
                                             _video_then_zeros())
    with pytest.raises(DownloadError):
        download(plain.url("/video.mp4"), tmp_path / "v.mp4")
    assert not part_path(tmp_path / "v.mp4").exists()
    [seen] = plain.seen
    assert seen.sent < 16 * 1024 * 1024


def test_free_space_is_checked_against_the_announced_length_before_writing(plain: HostileServer,
                                                                           tmp_path: Path) -> None:
    beyond = shutil.disk_usage(tmp_path).free + 10 * 1024**3
    plain.routes["/video.mp4"] = lambda _s: (200, {"Content-Type": "video/mp4",
                                                   "Content-Length": str(beyond)}, _video_then_zeros())
    with pytest.raises(DownloadError) as info:
        download(plain.url("/video.mp4"), tmp_path / "v.mp4", max_video_bytes=2**62)
    assert "not enough free disk space" in info.value.message
    assert not part_path(tmp_path / "v.mp4").exists()  # not a byte written
    assert len(plain.seen) == 1  # not retried: retrying would not make room


# -- not a video ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "ctype"), [
    (b"<html><body>Access denied</body></html>" * 50, "application/octet-stream"),
    (b'{"code": 404, "msg": "not found"}', "application/json"),
    (b"<html>", "video/mp4"),  # shorter than a video's first box
])
def test_a_body_that_is_not_a_video_is_refused_at_its_first_bytes(plain: HostileServer, tmp_path: Path,
                                                                  body: bytes, ctype: str) -> None:
    plain.routes["/video.mp4"] = fixed(200, body, ctype)
    with pytest.raises(DownloadError) as info:
        download(plain.url("/video.mp4"), tmp_path / "v.mp4")
    assert "not a video" in info.value.message
    assert len(plain.seen) == 2  # asked once more (a passing error page), then refused
    assert not (tmp_path / "v.mp4").exists() and not part_path(tmp_path / "v.mp4").exists()


def test_a_large_body_that_is_not_a_video_is_never_read_in_full(plain: HostileServer, tmp_path: Path) -> None:
    size = 200 * 1024 * 1024
    plain.routes["/video.mp4"] = lambda _s: (200, {"Content-Type": "application/octet-stream",
                                                   "Content-Length": str(size)}, endless(b"<html>" * 10_000))
    with pytest.raises(DownloadError):
        download(plain.url("/video.mp4"), tmp_path / "v.mp4")
    assert len(plain.seen) == 2
    assert all(seen.sent < 64 * 1024 * 1024 for seen in plain.seen)  # cut at the first bytes each time


def test_an_error_page_served_once_is_followed_by_the_video(plain: HostileServer, tmp_path: Path) -> None:
    answers = iter([(200, {"Content-Type": "text/html", "Content-Length": "20"}, [b"<html>busy</html>   "]),
                    (200, {"Content-Type": "video/mp4", "Content-Length": str(len(VIDEO))}, [VIDEO])])
    plain.routes["/video.mp4"] = lambda _s: next(answers)
    assert download(plain.url("/video.mp4"), tmp_path / "v.mp4").read_bytes() == VIDEO


def _video_then_zeros() -> Iterator[bytes]:
    yield MP4_HEAD
    yield from endless()


# -- jobs: nothing paid is lost ---------------------------------------------------------------

@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sim-assets")


@pytest.fixture
def sim(assets: Path) -> Iterator[SimServer]:
    config = SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=1.0, credits=100, asset_dir=assets)
    server = SimServer(config)
    server.start()
    yield server
    server.stop()


class VideoElsewhere(JoggClient):
    """The real client; the finished render's video address is the hostile host's while set."""

    video_url: str | None = None

    async def get_project(self, project_id: str) -> ProjectStatus:
        status = await super().get_project(project_id)
        if status.video_url and self.video_url:
            from dataclasses import replace

            return replace(status, video_url=self.video_url)
        return status


def run_job_then_fetch_again(sim: SimServer, hostile_url: str, out: Path) -> tuple[Job | None, Job]:
    store = Store()

    async def main() -> tuple[Job | None, Job]:
        client = VideoElsewhere(KEY, sim.base_url, retry=NO_BACKOFF, sleep=no_sleep)
        client.video_url = hostile_url
        manager = JobManager(client, store.jobs, poll_schedule=lambda _e: 0.05)
        try:
            product = await client.create_product_from_url(sim.demo_product_urls()[0])
            avatar = (await client.list_avatars())[0]
            job = await manager.start(product, VideoSettings(name="Paid", avatar_id=int(avatar.id)), out)
            failed = await manager.wait(job.id)
            client.video_url = None  # the host behaves again (or JoggAI's own address)
            return failed, await manager.download_again(job.id)
        finally:
            await manager.aclose()
            await client.aclose()

    try:
        return asyncio.run(main())
    finally:
        store.close()


def _assert_paid_video_not_lost(sim: SimServer, failed: Job | None, again: Job) -> None:
    assert failed is not None and failed.stage is JobStage.FAILED and failed.project_id
    assert again.stage is JobStage.DONE and again.project_id == failed.project_id
    assert again.video_path is not None and again.video_path.read_bytes()[4:8] == b"ftyp"
    assert len(sim.requests_to("POST", RENDER)) == 1  # never charged twice


def test_job_refusing_a_downgrade_redirect_can_fetch_again(sim: SimServer, secure: HostileServer,
                                                           plain: HostileServer, tmp_path: Path) -> None:
    plain.routes["/v.mp4"] = fixed(200, VIDEO)
    secure.routes["/v.mp4"] = lambda _s: (302, {"Location": plain.url("/v.mp4"), "Content-Length": "0"}, [])
    failed, again = run_job_then_fetch_again(sim, secure.url("/v.mp4"), tmp_path)
    _assert_paid_video_not_lost(sim, failed, again)
    assert failed is not None and "insecure" in (failed.error_message or "")
    assert plain.seen == []


def test_job_refusing_a_body_that_is_not_a_video_never_reads_it_and_can_fetch_again(
    sim: SimServer, plain: HostileServer, tmp_path: Path
) -> None:
    size = 200 * 1024 * 1024
    plain.routes["/v.mp4"] = lambda _s: (200, {"Content-Type": "application/octet-stream",
                                               "Content-Length": str(size)}, endless(b"<html>" * 10_000))
    failed, again = run_job_then_fetch_again(sim, plain.url("/v.mp4"), tmp_path)
    _assert_paid_video_not_lost(sim, failed, again)
    assert failed is not None and "not a video" in (failed.error_message or "")
    asked = plain.requests_to("/v.mp4")
    assert len(asked) == 2 and all(seen.sent < 64 * 1024 * 1024 for seen in asked)  # never in full


def test_job_refusing_a_video_that_cannot_fit_writes_nothing_and_can_fetch_again(
    sim: SimServer, plain: HostileServer, tmp_path: Path
) -> None:
    # More than the disk holds (and so, here, over the size cap too): refused at the headers.
    beyond = shutil.disk_usage(tmp_path).free + 10 * 1024**3

    def route(_seen: Seen) -> tuple[int, dict[str, str], Iterator[bytes]]:
        return 200, {"Content-Type": "video/mp4", "Content-Length": str(beyond)}, _video_then_zeros()

    plain.routes["/v.mp4"] = route
    failed, again = run_job_then_fetch_again(sim, plain.url("/v.mp4"), tmp_path)
    _assert_paid_video_not_lost(sim, failed, again)
    assert len(plain.requests_to("/v.mp4")) == 1
    assert not list(tmp_path.glob("*.part"))


# -- cancelling -------------------------------------------------------------------------------

def test_a_cancelled_download_stops_its_thread_and_resumes_later(
    plain: HostileServer, tmp_path: Path
) -> None:
    import threading

    body = MP4_HEAD + bytes(range(256)) * (4 * 4096)  # ~4 MiB
    first_part = 2 * 1024 * 1024
    release = threading.Event()

    def stalling(seen: Seen) -> tuple[int, dict[str, str], Iterator[bytes]]:
        if "range" in seen.headers:
            start = int(seen.headers["range"].removeprefix("bytes=").removesuffix("-"))
            return 206, {"Content-Type": "video/mp4", "Content-Length": str(len(body) - start),
                         "Content-Range": f"bytes {start}-{len(body) - 1}/{len(body)}"}, [body[start:]]

        def chunks() -> Iterator[bytes]:
            yield body[:first_part]
            release.wait(30)  # the host stalls mid-body
            yield body[first_part:]

        return 200, {"Content-Type": "video/mp4", "Content-Length": str(len(body))}, chunks()

    plain.routes["/v.mp4"] = stalling
    dest = tmp_path / "v.mp4"

    async def cancel_midway() -> None:
        async with httpx.AsyncClient() as http:
            transfers = Transfers(http, retry=NO_BACKOFF, sleep=no_sleep)
            halfway = asyncio.Event()

            def progress(done: int, _total: int | None) -> None:
                if done >= 1024 * 1024:
                    halfway.set()

            task = asyncio.ensure_future(transfers.download(plain.url("/v.mp4"), dest, progress=progress))
            await halfway.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(cancel_midway())  # returns while the host still stalls
    release.set()
    for thread in [t for t in threading.enumerate() if t.name == "jogg-download"]:
        thread.join(timeout=30)
        assert not thread.is_alive()
    kept = part_path(dest).stat().st_size
    assert 0 < kept < len(body)
    assert download(plain.url("/v.mp4"), dest).read_bytes() == body
    assert plain.seen[-1].headers["range"] == f"bytes={kept}-"
