"""The command line killed with SIGKILL while previews are pending, then ``resume``: the
previews are finished (polled, downloaded) and the paid request was sent exactly once.

Killed while the previews render: resume polls them (GET /v2/product_previews) and saves them.
Killed while the preview request is in flight (it reached JoggAI and was charged): resume never
sends it again; it looks the set up by name and style in the list of previews and finishes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.models import JobStage, PreviewJob
from jogg_desktop.sim import Fault, SimConfig, SimServer
from jogg_desktop.store import Store
from tests.crash.test_crash_requesting import wait_until
from tests.crash.test_crash_resume import KEY, kill, read_until, start_cli

PREVIEW_LIST = "/create_video_from_product/preview_list"
STYLES = ("FullScreen", "Avatar Bubble", "Rotary Switch")


@pytest.fixture
def sim_server() -> Iterator[SimServer]:
    server = SimServer(SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=4.0, credits=100))
    server.start()
    yield server
    server.stop()


def previews() -> list[PreviewJob]:
    store = Store()
    try:
        return list(reversed(store.previews.all()))
    finally:
        store.close()


def requests(server: SimServer, version: str = "v2") -> int:
    route = PREVIEW_LIST if version == "v2" else "/preview"
    return len([r for r in server.requests_to("POST", route) if r.path.startswith(f"/{version}/")])


def _previews_cli(server: SimServer, app_home: Path, out: Path, version: str = "v2") -> list[str]:
    args = ["previews", "--url", server.demo_product_urls()[3], "--api-base", server.origin,
            "--api-version", version, "--script-style", "Storytime" if version == "v2" else "Discovery",
            "--out", str(out), "--poll-every", "0.1"]
    for style in STYLES:
        args += ["--visual-style", style]
    return args


def _resume_and_check(server: SimServer, app_home: Path, out: Path, version: str = "v2") -> None:
    again = start_cli(app_home, "resume", "--api-base", server.origin, "--poll-every", "0.1")
    stdout, stderr = again.communicate(timeout=120)
    assert again.returncode == 0, stdout + stderr
    final = previews()
    assert [p.style for p in final] == list(STYLES)
    for preview in final:
        assert preview.stage is JobStage.DONE, preview.error_details
        assert preview.video_path is not None and preview.video_path.parent == out
        assert preview.video_path.read_bytes()[4:8] == b"ftyp"
        assert f"preview {preview.preview_id}\t{preview.style}\t{preview.video_path}" in stdout
    made = {p.project_id: p.style for p in server.ctx.state.projects.values() if p.kind == "preview"}
    assert {str(p.preview_id): p.style for p in final} == made  # each look is the one it says
    assert requests(server, version) == (1 if version == "v2" else 3)  # never sent again
    assert server.credits(KEY) == 100 - 3 * 0.5


@pytest.mark.parametrize("version", ["v2", "v1"])
def test_killed_while_the_previews_render_then_resumed(sim_server: SimServer, app_home: Path,
                                                       tmp_path: Path, version: str) -> None:
    out = tmp_path / "previews"
    child = start_cli(app_home, *_previews_cli(sim_server, app_home, out, version))
    read_until(child, "waiting for the previews")
    kill(child)
    pending = previews()
    assert {p.stage for p in pending} == {JobStage.RENDERING} and all(p.preview_id for p in pending)
    assert requests(sim_server, version) == (1 if version == "v2" else 3)
    _resume_and_check(sim_server, app_home, out, version)


def test_killed_during_the_preview_request_then_settled_by_name(sim_server: SimServer, app_home: Path,
                                                                tmp_path: Path) -> None:
    sim_server.inject(Fault(route="POST " + PREVIEW_LIST, kind="delay", delay=5.0, after_handler=True))
    out = tmp_path / "previews"
    child = start_cli(app_home, *_previews_cli(sim_server, app_home, out))
    read_until(child, "asking for 3 previews")
    wait_until(lambda: len([p for p in sim_server.ctx.state.projects.values() if p.kind == "preview"]) == 3)
    kill(child)  # JoggAI made (and charged) them; the answer never came back
    pending = previews()
    assert {p.stage for p in pending} == {JobStage.REQUESTING} and not any(p.preview_id for p in pending)
    assert all(p.request_name for p in pending)
    sim_server.clear_faults()
    _resume_and_check(sim_server, app_home, out)
    assert sim_server.requests_to("GET", "/product_previews")  # looked up, not resent
