"""The command line killed with SIGKILL during the render and again during the download, then
started again, finishes the job: a complete, playable file, and exactly one render request.

The simulator runs in this test's thread; the command line is a child process. Waits are on
observable state only: the child's progress lines (read as they come) and the store's stage.
The download is made slow with the simulator's ``slow`` fault on the video route.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.api.download import part_path
from jogg_desktop.childproc import python_module_command
from jogg_desktop.jobs.types import Job, JobStage
from jogg_desktop.sim import Fault, SimConfig, SimServer
from jogg_desktop.store import Store

KEY = "crash-test-key"
ROOT = Path(__file__).resolve().parents[2]
VIDEO_ROUTE = "GET /media/renders/*"
SLOW_RATE = 48 * 1024  # bytes per second: a 15 s render's MP4 takes several seconds


@pytest.fixture
def sim_server(tmp_path: Path) -> Iterator[SimServer]:
    server = SimServer(SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=4.0, credits=100))
    server.start()
    yield server
    server.stop()


def start_cli(app_home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "JOGG_DESKTOP_HOME": str(app_home), "JOGG_API_KEY": KEY, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        python_module_command("jogg_desktop", *args),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )


def read_until(child: subprocess.Popen[str], wanted: str) -> list[str]:
    """Lines the child printed up to and including the first containing ``wanted``."""
    assert child.stdout is not None
    lines: list[str] = []
    for line in child.stdout:
        lines.append(line.rstrip("\n"))
        if wanted in line:
            return lines
    child.wait()
    pytest.fail(f"the child ended ({child.returncode}) before printing {wanted!r}: {lines} "
                f"{child.stderr.read() if child.stderr else ''}")


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def only_job() -> Job:
    store = Store()
    try:
        (job,) = store.jobs.all()
        return job
    finally:
        store.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def render_requests(server: SimServer) -> int:
    return len(server.requests_to("POST", "/create_video_from_url"))


def test_killed_during_render_and_download_then_finished(
    sim_server: SimServer, app_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "videos"
    url = sim_server.demo_product_urls()[1]

    # 1. Killed while JoggAI renders.
    first = start_cli(app_home, "generate", "--url", url, "--api-base", sim_server.base_url,
                      "--out", str(out), "--poll-every", "0.1")
    read_until(first, "JoggAI started the video")
    kill(first)
    job = only_job()
    assert job.stage is JobStage.RENDERING and job.project_id
    assert render_requests(sim_server) == 1

    # 2. Resumed, then killed mid-download (the video route is slow now).
    sim_server.inject(Fault(route=VIDEO_ROUTE, kind="slow", rate=SLOW_RATE, times=-1))
    second = start_cli(app_home, "resume", "--api-base", sim_server.base_url, "--poll-every", "0.1")
    read_until(second, "downloading")
    # The downloader reports progress about every 1 MiB (more than this video): watch the .part.
    target = only_job().video_path
    assert target is not None
    deadline = time.monotonic() + 60
    while True:  # observable: the size is stored (first progress) and a quarter has arrived
        total = only_job().total_bytes
        if total and _size(part_path(target)) >= total // 4:
            break
        gets = [(r.path, r.headers.get("range")) for r in sim_server.requests if "/media/renders" in r.path]
        assert time.monotonic() < deadline and second.poll() is None, gets
        time.sleep(0.05)
    kill(second)
    job = only_job()
    assert job.stage is JobStage.DOWNLOADING and job.video_path == target
    assert job.total_bytes
    partial = part_path(job.video_path).stat().st_size
    assert job.downloaded_bytes <= partial < job.total_bytes
    assert job.video_path.stat().st_size == 0  # only its name is reserved (an empty file)

    # 3. Resumed at full speed: finishes from where the download stopped.
    sim_server.clear_faults()
    gets_before = len(sim_server.requests)
    third = start_cli(app_home, "resume", "--api-base", sim_server.base_url, "--poll-every", "0.1")
    stdout, stderr = third.communicate(timeout=120)
    assert third.returncode == 0, stderr
    assert f"Video saved: {job.video_path}" in stdout
    assert KEY not in stdout + stderr

    done = only_job()
    assert done.stage is JobStage.DONE and done.video_path == job.video_path
    data = job.video_path.read_bytes()
    assert len(data) == done.total_bytes == job.total_bytes
    assert data[4:8] == b"ftyp"
    assert not part_path(job.video_path).exists()
    assert render_requests(sim_server) == 1  # never charged twice
    video_gets = [r for r in sim_server.requests[gets_before:] if r.path.startswith("/media/renders/")]
    ranges = [r.headers.get("range", "") for r in video_gets]
    assert f"bytes={partial}-" in ranges  # resumed, not restarted

    played = subprocess.run(
        python_module_command("tests.crash.play_child", str(job.video_path)),
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=90,
    )
    result = json.loads(played.stdout.strip().splitlines()[-1])
    assert played.returncode == 0, (result, played.stderr[-2000:])
    assert result["status"] == "end"
    assert result["duration_ms"] >= 14_000  # a 15 s video (JoggAI may overshoot, docs/joggai-api.md §13 #6)
    assert result["frames"] > 10
    width, height = result["size"]
    assert height > width  # 9:16, as requested
