"""Every fault kind × every step ends in the right outcome with the job record intact.

See :mod:`tests.faults.matrix` for the steps, the kinds and the rules behind each expectation.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.api.download import part_path
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import VideoLength, VideoSettings
from jogg_desktop.sim import Fault, SimConfig, SimServer
from jogg_desktop.store import Store
from tests.faults.harness import full_run, make_client
from tests.faults.matrix import STEPS, Case, all_cases, expected

KEY = "fault-matrix-key"
RENDER = "/create_video_from_url"
SETTINGS = VideoSettings(length=VideoLength.SHORT, name="Fault matrix")
CASES = all_cases()
HOLD = 5.0  # a delay fault holds the answer this long: past the client's 2.5 s timeouts


@pytest.fixture(scope="module")
def sim_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    config = SimConfig(
        valid_keys={KEY},
        crawl_delay=0.0,
        render_seconds=0.5,
        credits=10**6,
        post_limit=10**6,
        asset_dir=tmp_path_factory.mktemp("sim-assets"),
    )
    server = SimServer(config)
    server.start()
    yield server
    server.stop()


def test_matrix_size() -> None:
    assert len(CASES) == len({c.id for c in CASES}) == 80


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fault(case: Case, sim_server: SimServer, tmp_path: Path) -> None:
    sim_server.clear_faults()
    first_request = len(sim_server.requests)
    sim_server.inject(
        Fault(route=STEPS[case.step], kind=case.kind, code=case.code, times=1,
              after_handler=case.after_handler, delay=HOLD if case.kind == "delay" else None)
    )
    store = Store()
    out_dir = tmp_path / "videos"
    product_url = sim_server.demo_product_urls()[0]

    async def run() -> object:
        client = make_client(KEY, sim_server.base_url)
        try:
            return await full_run(client, store, product_url, out_dir, SETTINGS)
        finally:
            await client.aclose()

    result = asyncio.run(run())
    sim_server.clear_faults()
    want = expected(case)
    requests = sim_server.requests[first_request:]
    renders = [r for r in requests if r.method == "POST" and r.path.endswith(RENDER)]
    jobs = store.jobs.all()

    # Never charged twice: at most one render request, whatever happened.
    assert len(renders) <= 1
    assert result.step == want.stopped_at, result.error and result.error.details()
    if want.error is None:
        assert result.error is None
    else:
        assert type(result.error) is want.error, result.error and result.error.details()
        assert result.error.message  # plain words for the user

    if want.stage is None:
        assert jobs == [] and renders == []
        store.close()
        return
    assert len(jobs) == 1 and len(renders) == 1
    job = jobs[0]
    assert job.stage is want.stage
    assert job.product == result.product and job.settings == result.settings  # as sent
    assert job.created_at <= job.updated_at
    if want.stage is JobStage.DONE:
        assert job.project_id and job.status is not None and job.status.video_url
        assert job.video_path is not None and job.video_path.parent == out_dir
        data = job.video_path.read_bytes()
        assert data[4:8] == b"ftyp"
        assert len(data) == job.downloaded_bytes == job.total_bytes
        assert not part_path(job.video_path).exists()
        assert job.error_message is None
    else:
        assert job.error_message == result.error.message
        assert job.error_details == result.error.details()
        assert job.error_action is result.error.action
        if want.stage is JobStage.UNCONFIRMED:
            assert job.project_id is None
        if result.error.code is not None and case.kind == "envelope":
            assert "request id" in job.error_details  # the rid, for support
    store.close()
