"""Killed while the render request is in flight: the next run never resends it.

The simulator charges the render and then holds the answer (``delay`` after the handler); the
command line is killed meanwhile. ``resume`` must leave the job UNCONFIRMED ("check before
retrying") without a second render request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jogg_desktop.cli import EXIT_ERROR
from jogg_desktop.errors import Action
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.sim import Fault, SimConfig, SimServer
from tests.crash.test_crash_resume import KEY, kill, only_job, read_until, render_requests, start_cli


@pytest.fixture
def sim_server() -> Iterator[SimServer]:
    server = SimServer(SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=1.0, credits=100))
    server.start()
    yield server
    server.stop()


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Like qtbot.waitUntil: check an observable condition until it holds (bounded)."""
    deadline = time.monotonic() + timeout
    tick = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        tick.wait(0.02)


def test_killed_during_the_render_request_is_never_resent(
    sim_server: SimServer, app_home: Path, tmp_path: Path
) -> None:
    sim_server.inject(Fault(route="POST /create_video_from_url", kind="delay", delay=5.0,
                            after_handler=True, times=1))
    child = start_cli(app_home, "generate", "--url", sim_server.demo_product_urls()[0],
                      "--api-base", sim_server.base_url, "--out", str(tmp_path), "--poll-every", "0.1")
    read_until(child, "requesting the video")
    wait_until(lambda: render_requests(sim_server) == 1)  # it reached JoggAI and was charged
    kill(child)
    assert only_job().stage is JobStage.REQUESTING
    sim_server.clear_faults()

    again = start_cli(app_home, "resume", "--api-base", sim_server.base_url, "--poll-every", "0.1")
    stdout, stderr = again.communicate(timeout=60)
    assert "unconfirmed" in stdout
    assert again.returncode == EXIT_ERROR
    assert "could not confirm whether JoggAI started your video" in stderr
    assert "Traceback" not in stderr
    job = only_job()
    assert job.stage is JobStage.UNCONFIRMED and job.error_action is Action.CHECK_BEFORE_RETRY
    assert render_requests(sim_server) == 1  # never resent

    # A later resume leaves it alone too: only the user decides after checking in JoggAI.
    third = start_cli(app_home, "resume", "--api-base", sim_server.base_url)
    out, _ = third.communicate(timeout=60)
    assert third.returncode == 0 and "No unfinished jobs." in out
    assert render_requests(sim_server) == 1
