"""The crash tests on JoggAI's v2 API: SIGKILL mid-render and mid-download ends in one complete
file and one render request; killed while the render request is in flight, the next run settles
it through the render list (GET /v2/product_videos) and finishes the video, never resending."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.api.download import part_path
from jogg_desktop.childproc import python_module_command
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.sim import Fault, SimConfig, SimServer
from tests.crash.test_crash_requesting import wait_until
from tests.crash.test_crash_resume import (
    KEY,
    ROOT,
    SLOW_RATE,
    VIDEO_ROUTE,
    kill,
    only_job,
    read_until,
    start_cli,
)

RENDER = "/create_video_from_product"


@pytest.fixture
def sim_server() -> Iterator[SimServer]:
    server = SimServer(SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=4.0, credits=100))
    server.start()
    yield server
    server.stop()


def renders(server: SimServer) -> int:
    made = server.requests_to("POST", RENDER)
    assert not server.requests_to("POST", "/create_video_from_url")
    return len(made)


def test_v2_killed_during_render_and_download_then_finished(
    sim_server: SimServer, app_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "videos"
    first = start_cli(app_home, "generate", "--api-version", "v2", "--url", sim_server.demo_product_urls()[1],
                      "--api-base", sim_server.origin, "--out", str(out), "--poll-every", "0.1")
    read_until(first, "JoggAI started the video")
    kill(first)
    job = only_job()
    assert job.stage is JobStage.RENDERING and job.project_id and job.generation.value == "v2"
    assert renders(sim_server) == 1

    sim_server.inject(Fault(route=VIDEO_ROUTE, kind="slow", rate=SLOW_RATE, times=-1))
    # Resumed with another generation chosen: the job still goes on through v2.
    second = start_cli(app_home, "resume", "--api-version", "v1", "--api-base", sim_server.origin,
                       "--poll-every", "0.1")
    read_until(second, "25%")
    kill(second)
    job = only_job()
    assert job.stage is JobStage.DOWNLOADING and job.video_path is not None and job.total_bytes
    partial = part_path(job.video_path).stat().st_size
    assert 0 < partial < job.total_bytes

    sim_server.clear_faults()
    third = start_cli(app_home, "resume", "--api-base", sim_server.origin, "--poll-every", "0.1")
    stdout, stderr = third.communicate(timeout=120)
    assert third.returncode == 0, stderr
    done = only_job()
    assert done.stage is JobStage.DONE and f"Video saved: {done.video_path}" in stdout
    assert done.video_path is not None
    data = done.video_path.read_bytes()
    assert len(data) == done.total_bytes and data[4:8] == b"ftyp"
    assert not part_path(done.video_path).exists()
    assert renders(sim_server) == 1  # never charged twice
    polls = [r.path for r in sim_server.requests if "/project" in r.path or "/product_video/" in r.path]
    assert polls and all(p.startswith("/v2/product_video/") for p in polls)
    played = subprocess.run(
        python_module_command("tests.crash.play_child", str(done.video_path)),
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=90,
    )
    result = json.loads(played.stdout.strip().splitlines()[-1])
    assert played.returncode == 0 and result["status"] == "end", played.stderr[-2000:]


def test_v2_killed_during_the_render_request_is_settled_by_name(
    sim_server: SimServer, app_home: Path, tmp_path: Path
) -> None:
    sim_server.inject(Fault(route="POST " + RENDER, kind="delay", delay=5.0, after_handler=True, times=1))
    child = start_cli(app_home, "generate", "--url", sim_server.demo_product_urls()[0],
                      "--api-base", sim_server.origin, "--out", str(tmp_path), "--poll-every", "0.1")
    read_until(child, "requesting the video")
    wait_until(lambda: renders(sim_server) == 1)  # it reached JoggAI and was charged
    kill(child)
    job = only_job()
    assert job.stage is JobStage.REQUESTING and job.render_name and job.project_id is None
    sim_server.clear_faults()

    again = start_cli(app_home, "resume", "--api-base", sim_server.origin, "--poll-every", "0.1")
    stdout, stderr = again.communicate(timeout=120)
    assert again.returncode == 0, stdout + stderr
    done = only_job()
    assert done.stage is JobStage.DONE and done.project_id in sim_server.project_ids()
    assert done.video_path is not None and done.video_path.read_bytes()[4:8] == b"ftyp"
    assert sim_server.requests_to("GET", "/product_videos")  # looked up, not resent
    assert renders(sim_server) == 1
