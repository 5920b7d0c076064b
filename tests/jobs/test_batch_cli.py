"""``python -m jogg_desktop batch`` as a child process against the simulator (in this thread).

The simulator's POST window is 5 s here and the command line's throttle gets the same window
(hidden ``--post-window``): the 20-per-window rule is the real one, on a shorter window.
Waits are on observable state: the child's lines as they come and the simulator's request log.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.childproc import python_module_command
from jogg_desktop.jobs.video_check import looks_like_video
from jogg_desktop.sim import SimConfig, SimServer
from jogg_desktop.store import Store
from tests.jobs.batch_tools import LIMIT, RENDER, busiest_window, posts

KEY = "batch-cli-key"
ROOT = Path(__file__).resolve().parents[2]
WINDOW = 5.0
SIM_OPTIONS = ("--poll-every", "0.1", "--post-window", str(WINDOW))
VARY = ("--vary", "avatar=81,412", "--vary", "voice=en-US-ChristopherNeural,en-US-JennyNeural")


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.getbasetemp().parent / "jogg-batch-sim-assets"


@pytest.fixture
def sim(assets: Path) -> Iterator[SimServer]:
    server = SimServer(SimConfig(valid_keys={KEY}, crawl_delay=0.1, render_seconds=2.0, credits=1000,
                                 asset_dir=assets, post_window=WINDOW, render_fps=2))
    server.start()
    yield server
    server.stop()


def start_cli(home: Path, sim: SimServer, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "JOGG_DESKTOP_HOME": str(home), "JOGG_API_KEY": KEY, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        python_module_command("jogg_desktop", *args, "--api-base", sim.base_url, *SIM_OPTIONS),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )


def links_file(sim: SimServer, folder: Path) -> Path:
    path = folder / "links.txt"
    path.write_text("\n".join(sim.demo_product_urls()[:5]) + "\n", encoding="utf-8")
    return path


def requested(line: str, seen: set[str]) -> None:
    """Note the video whose render was answered (the line says rendering, downloading or done)."""
    if line.startswith("Video ") and any(f": {s}" in line for s in ("rendering", "downloading", "done")):
        seen.add(line.split(":", 1)[0])


def run_until(child: subprocess.Popen[str], sim: SimServer, renders: int) -> None:
    """Read the child's lines until ``renders`` render requests were sent and answered."""
    assert child.stdout is not None
    seen: set[str] = set()
    for line in child.stdout:
        requested(line, seen)
        if len(seen) >= renders and len(sim.requests_to("POST", RENDER)) == renders:
            return
    child.wait()
    pytest.fail(f"the child ended ({child.returncode}) early: {child.stderr.read() if child.stderr else ''}")


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def finish(child: subprocess.Popen[str]) -> str:
    stdout, stderr = child.communicate(timeout=300)
    assert child.returncode == 0, stderr
    assert KEY not in stdout + stderr
    return stdout


def window_passed(sim: SimServer) -> None:
    """Wait until the last POST left the simulator's window (another process's POSTs are not
    this one's throttle's to count: with a shared POST ledger this wait is not needed)."""
    last = max(r.at for r in posts(sim))
    time.sleep(max(0.0, last + WINDOW - time.time()))


def results(home: Path) -> list[tuple[str, ...]]:
    """Each video's product, variant, status, file name and credits (the CSV minus addresses)."""
    (csv_path,) = (home / "out").glob("*results.csv")
    with csv_path.open(encoding="utf-8") as f:
        return [(r["product"], r["variant"], r["status"], Path(r["file"]).name, r["credits"])
                for r in csv.DictReader(f)]


def check_files() -> None:
    store = Store()  # the app home's store (JOGG_DESKTOP_HOME)
    try:
        jobs = store.jobs.all()
        assert len(jobs) == 20 and {j.stage.value for j in jobs} == {"done"}
        for job in jobs:
            assert job.video_path is not None and job.video_path.stat().st_size == job.total_bytes
            assert looks_like_video(job.video_path)
    finally:
        store.close()


def test_batch_killed_twice_and_resumed_gives_the_same_result(
    sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    links = links_file(sim, tmp_path)

    # The same batch without interruption: the reference result.
    plain = tmp_path / "plain"
    out = finish(start_cli(plain, sim, "batch", str(links), *VARY, "--yes", "--out", str(plain / "out")))
    assert "5 products × 4 variants = 20 videos, 20 credits" in out
    assert len(sim.requests_to("POST", RENDER)) == 20
    reference = results(plain)
    window_passed(sim)
    sim.clear_requests()

    # 1. Killed once 20 POSTs (5 pages, 15 renders) went out: the 16th render waits for the window.
    home = tmp_path / "killed"
    first = start_cli(home, sim, "batch", str(links), *VARY, "--yes", "--out", str(home / "out"))
    run_until(first, sim, 15)
    kill(first)
    assert len(posts(sim)) == 20
    window_passed(sim)

    # 2. Resumed with ``batch --resume``, killed once every render was requested.
    second = start_cli(home, sim, "batch", "--resume")
    run_until(second, sim, 20)
    kill(second)
    window_passed(sim)

    # 3. Finished by ``resume``.
    finish(start_cli(home, sim, "resume"))
    assert len(sim.requests_to("POST", RENDER)) == 20  # exactly one render request per video
    assert len(posts(sim)) == 25
    assert busiest_window([r.at for r in posts(sim)], WINDOW) <= LIMIT
    assert results(home) == reference
    monkeypatch.setenv("JOGG_DESKTOP_HOME", str(home))
    check_files()


def test_input_problems_are_named_and_nothing_is_sent(sim: SimServer, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("url,length,colour\nhttps://shop.example/a,45,red\n", encoding="utf-8")
    child = start_cli(tmp_path / "home", sim, "batch", str(bad), "--yes")
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 2
    assert "unknown column “colour”" in stderr
    bad.write_text("url,length\nhttps://shop.example/a,45\nnot a link,15\n", encoding="utf-8")
    child = start_cli(tmp_path / "home", sim, "batch", str(bad), "--yes")
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 2
    assert "line 2, column length: “45” is not a length" in stderr and "line 3" in stderr
    links = links_file(sim, tmp_path)
    child = start_cli(tmp_path / "home", sim, "batch", str(links), "--vary", "aspect=9:16,1:1")
    stdout, stderr = child.communicate(timeout=60)
    assert child.returncode == 2  # no terminal to confirm on and no --yes
    assert "5 products × 2 variants = 10 videos, 10 credits" in stdout and "add --yes" in stderr
    assert not sim.requests
