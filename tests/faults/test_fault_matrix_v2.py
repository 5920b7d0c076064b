"""The fault matrix on JoggAI's v2 API: the same kinds × steps as v1, same rules, and the lost
render answer settled through the render list (jobs/settle.py) instead of left to the seller.

v2 differences from :func:`tests.faults.matrix.expected`:
- start render = POST /create_video_from_product, poll = GET /product_video/{id}.
- An ambiguous render request (its answer lost or unreadable) is never sent again: the job looks
  its render up by name in GET /product_videos. Processed by the server (an ``-after`` fault, or
  a request held past the client's timeout and then processed) → found → the job finishes DONE.
  Never processed (the fault answered before the handler) → absent once the settle grace has
  passed → FAILED "not made" (a plain JoggError offering to start over).
- v2 has no "deleted" status: a deleted video is simply gone (10104 on its status), so a
  ``project_deleted`` fault on the poll ends in NotFoundError where v1 says ProjectDeletedError.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from jogg_desktop import errors as e
from jogg_desktop.api.download import part_path
from jogg_desktop.jobs import settle
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import VideoLength, VideoSettings
from jogg_desktop.sim import Fault, SimConfig, SimServer
from jogg_desktop.store import Store
from tests.faults import harness
from tests.faults.matrix import DONE, TIMEOUT_KIND, TRANSIENT_KINDS, Case, Expected, all_cases, expected

KEY = "fault-matrix-v2-key"
RENDER = "/v2/create_video_from_product"
STEPS_V2 = {
    "analyze": "POST /product",
    "save_product": "PUT /product",
    "start_render": "POST /create_video_from_product",
    "poll": "GET /product_video/*",
    "download": "GET /media/renders/*",
}
SETTINGS = VideoSettings(length=VideoLength.SHORT, name="Fault matrix v2", script_style="Storytime")
CASES = all_cases()
HOLD = 5.0  # a delay fault holds the answer this long: past the client's 2.5 s timeouts
GRACE = 8.0  # longer than HOLD: a held request is processed before its render counts as absent


def expected_v2(case: Case) -> Expected:
    if case.step == "poll" and case.kind == "project_deleted":
        return Expected(False, JobStage.FAILED, e.NotFoundError, "job")
    if case.step != "start_render":
        return expected(case)
    ambiguous = (case.kind in (*TRANSIENT_KINDS, TIMEOUT_KIND) and not (
        case.kind == "rate_limit" and not case.after_handler)) or case.code == 50000
    if not ambiguous:
        return expected(case)
    if case.after_handler or case.kind == TIMEOUT_KIND:
        return DONE  # JoggAI made it: found in the list, picked up
    return Expected(False, JobStage.FAILED, settle.RenderNotMadeError, "start_render")


@pytest.fixture(scope="module")
def sim_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    config = SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=0.5, credits=10**6,
                       post_limit=10**6, asset_dir=tmp_path_factory.mktemp("sim-assets"))
    server = SimServer(config)
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fault_v2(case: Case, sim_server: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "JobManager", _manager_with_short_grace)
    sim_server.clear_faults()
    first_request = len(sim_server.requests)
    projects_before = len(sim_server.project_ids())
    sim_server.inject(Fault(route=STEPS_V2[case.step], kind=case.kind, code=case.code, times=1,
                            after_handler=case.after_handler, delay=HOLD if case.kind == "delay" else None))
    store = Store()
    out_dir = tmp_path / "videos"

    async def run() -> harness.RunResult:
        client = harness.make_client(KEY, sim_server.origin)  # the host: v2 by default
        try:
            return await harness.full_run(client, store, sim_server.demo_product_urls()[0], out_dir, SETTINGS)
        finally:
            await client.aclose()

    result = asyncio.run(run())
    sim_server.clear_faults()
    want = expected_v2(case)
    requests = sim_server.requests[first_request:]
    renders = [r for r in requests if r.method == "POST" and r.path == RENDER]
    jobs = store.jobs.all()
    try:
        assert all(not r.path.startswith("/v1/") for r in requests)
        made = len(sim_server.project_ids()) - projects_before
        assert made <= 1  # never charged twice (a 429 refusal made nothing and may be sent again)
        assert len(renders) <= (2 if case.kind == "rate_limit" and case.step == "start_render" else 1)
        assert result.step == want.stopped_at, result.error and result.error.details()
        if want.error is None:
            assert result.error is None, result.error.details()
        else:
            assert type(result.error) is want.error, result.error and result.error.details()
            assert result.error.message
        if want.stage is None:
            assert jobs == [] and renders == []
            return
        assert len(jobs) == 1 and len(renders) >= 1
        job = jobs[0]
        assert job.stage is want.stage and job.generation.value == "v2"
        assert job.render_name and renders[-1].json["video_spec"]["name"] == job.render_name
        looked_up = [r for r in requests if r.path == "/v2/product_videos"]
        if expected(case).stage is JobStage.UNCONFIRMED:  # v1 would have left it to the seller
            assert looked_up, "the lost answer was not looked up in the render list"
        if want.stage is JobStage.DONE:
            assert job.project_id and job.status is not None and job.status.video_url
            assert job.video_path is not None and job.video_path.parent == out_dir
            data = job.video_path.read_bytes()
            assert data[4:8] == b"ftyp" and len(data) == job.downloaded_bytes == job.total_bytes
            assert not part_path(job.video_path).exists() and job.error_message is None
        else:
            assert job.error_message == result.error.message
            if isinstance(result.error, settle.RenderNotMadeError):
                assert "did not make this video" in job.error_message and "credit" in job.error_message
                assert job.project_id is None
    finally:
        store.close()


def _manager_with_short_grace(*args: object, **kwargs: object) -> object:
    from jogg_desktop.jobs.manager import JobManager

    return JobManager(*args, **{**kwargs, "settle_grace": GRACE, "settle_interval": 0.25})  # type: ignore[arg-type]


def test_cases_are_the_v1_cases() -> None:
    assert len(CASES) == 80 and {replace(c).step for c in CASES} == set(STEPS_V2)
