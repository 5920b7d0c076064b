"""#11 item 1: ``generate --no-download`` is a stored job like every render. Killed with SIGKILL
after the render request, ``resume`` finds the job: answered → it finishes with the link;
in flight → it is marked "check in JoggAI" (never resent). One render request each time."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.jobs.types import JobStage
from jogg_desktop.sim import Fault, SimConfig, SimServer
from tests.crash.test_crash_resume import KEY, kill, only_job, read_until, render_requests, start_cli

RENDER_ROUTE = "POST /create_video_from_url"


@pytest.fixture
def sim_server(tmp_path: Path) -> Iterator[SimServer]:
    server = SimServer(SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=3.0, credits=100))
    server.start()
    yield server
    server.stop()


def generate(server: SimServer, app_home: Path) -> subprocess.Popen[str]:
    return start_cli(app_home, "generate", "--url", server.demo_product_urls()[1], "--api-base",
                     server.base_url, "--no-download", "--poll-every", "0.1")


def test_killed_after_the_render_answer_then_resume_gives_the_link(
    sim_server: SimServer, app_home: Path
) -> None:
    child = generate(sim_server, app_home)
    read_until(child, "JoggAI started the video")
    kill(child)
    job = only_job()
    assert job.stage is JobStage.RENDERING and job.project_id and job.save_dir is None
    assert render_requests(sim_server) == 1

    resumed = start_cli(app_home, "resume", "--api-base", sim_server.base_url, "--poll-every", "0.1")
    stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    done = only_job()
    assert done.stage is JobStage.DONE and done.status is not None and done.status.video_url
    assert f"Video link: {done.status.video_url}" in stdout and done.video_path is None
    assert render_requests(sim_server) == 1 and KEY not in stdout + stderr


def test_killed_while_the_render_request_is_in_flight_then_resume_finds_it(
    sim_server: SimServer, app_home: Path
) -> None:
    # JoggAI takes (and charges) the request, then holds its answer: the kill lands in between.
    sim_server.inject(Fault(route=RENDER_ROUTE, kind="delay", delay=60.0, after_handler=True, times=1))
    child = generate(sim_server, app_home)
    read_until(child, "requesting the video")
    deadline = time.monotonic() + 60
    while not sim_server.project_ids():  # observable: JoggAI has started (and charged) the render
        assert time.monotonic() < deadline, "the render request never arrived"
        time.sleep(0.02)
    kill(child)
    assert only_job().stage is JobStage.REQUESTING

    resumed = start_cli(app_home, "resume", "--api-base", sim_server.base_url, "--poll-every", "0.1")
    _stdout, stderr = resumed.communicate(timeout=120)
    job = only_job()
    assert job.stage is JobStage.UNCONFIRMED  # found, and never resent
    assert resumed.returncode != 0 and "Check your videos in JoggAI" in stderr
    assert render_requests(sim_server) == 1
