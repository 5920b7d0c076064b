"""Every fault kind × every step ends in the right outcome with the job record intact.

See :mod:`tests.faults.matrix` for the steps, the kinds and the rules behind each expectation.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jogg_desktop.api.download import part_path
from jogg_desktop.jobs.types import Job, JobListener, JobStage
from jogg_desktop.models import VideoLength, VideoSettings
from jogg_desktop.sim import Fault, SimConfig, SimServer
from jogg_desktop.store import Store
from tests.faults.harness import fetch_again, full_run, make_client, resume_all
from tests.faults.matrix import STEPS, Case, all_cases, expected, expected_extended, extended_cases

KEY = "fault-matrix-key"
RENDER = "/create_video_from_url"
SETTINGS = VideoSettings(length=VideoLength.SHORT, name="Fault matrix")
CASES = all_cases()
EXTENDED_CASES = extended_cases()
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
    assert len(EXTENDED_CASES) == len({c.id for c in EXTENDED_CASES}) == 6


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fault(case: Case, sim_server: SimServer, tmp_path: Path) -> None:
    sim_server.clear_faults()
    first_request = len(sim_server.requests)
    first_project = len(sim_server.project_ids())
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
    late = case.step == "start_render" and case.kind == "delay"  # held, then handled: charged late
    if late:
        deadline = time.monotonic() + HOLD + 30
        while len(sim_server.project_ids()) == first_project:  # observable: the held render lands
            assert time.monotonic() < deadline, "the held render request was never handled"
            time.sleep(0.05)
    projects = sim_server.project_ids()[first_project:]
    jobs = store.jobs.all()

    # Never charged twice: at most one render started, whatever happened (a 429 started none).
    assert len(projects) <= 1
    assert len(renders) <= (2 if case.kind == "rate_limit" and case.step == "start_render" else 1)
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
    assert len(jobs) == 1 and len(renders) >= 1
    if case.step == "start_render" and want.stage is not JobStage.DONE:
        # Refused, or the answer replaced before the handler: nothing started; processed, then
        # the answer lost (after_handler): one render, which the job marks UNCONFIRMED.
        assert len(projects) == (1 if case.after_handler or late else 0)
    else:
        assert len(projects) == 1
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
    if want.fetched_again:
        assert job.project_id
        check_fetched_again(sim_server, store, job.id, out_dir, first_project)
    store.close()


def check_fetched_again(
    server: SimServer, store: Store, job_id: int, folder: Path, first_project: int
) -> None:
    """The paid render that failed afterwards is fetched again: a whole video, no new render."""

    async def fetch() -> object:
        client = make_client(KEY, server.base_url)
        try:
            return await fetch_again(client, store, job_id, folder)
        finally:
            await client.aclose()

    asyncio.run(fetch())
    job = store.jobs.get(job_id)
    assert job is not None and job.stage is JobStage.DONE and job.video_path is not None
    assert job.video_path.read_bytes()[4:8] == b"ftyp" and job.video_path.parent == folder
    assert not part_path(job.video_path).exists()
    assert len(server.project_ids()[first_project:]) == 1


# -- the extended cases (#10): scenarios after the charge ---------------------------------------


@pytest.mark.parametrize("case", EXTENDED_CASES, ids=[c.id for c in EXTENDED_CASES])
def test_extended(case: Case, sim_server: SimServer, tmp_path: Path) -> None:
    sim_server.clear_faults()
    first_project = len(sim_server.project_ids())
    want = expected_extended(case)
    out_dir = tmp_path / "videos"
    store = Store(timeout=0.05) if case.step == "record" else Store()
    listener, after_start, held = _scenario(case, sim_server, out_dir, store)

    async def run() -> object:
        client = make_client(KEY, sim_server.base_url)
        try:
            return await full_run(client, store, sim_server.demo_product_urls()[0], out_dir, SETTINGS,
                                  listener=listener, after_start=after_start)
        finally:
            await client.aclose()

    result = asyncio.run(run())
    sim_server.clear_faults()
    for conn in held:
        conn.execute("ROLLBACK")
        conn.close()
    projects = sim_server.project_ids()[first_project:]
    assert len(projects) <= 1  # never charged twice
    assert result.step == want.stopped_at, result.error and result.error.details()
    assert type(result.error) is want.error, result.error and result.error.details()
    assert result.error.message
    jobs = store.jobs.all()
    if want.stage is None:
        assert jobs == [] and projects == []
        store.close()
        return
    (job,) = jobs
    assert job.stage is want.stage
    if want.stage is JobStage.FAILED and case.step == "start_render":
        assert projects == [] and job.project_id is None  # refused: nothing charged
    else:
        assert len(projects) == 1
    if want.fetched_again:
        assert job.project_id == projects[0]
        if out_dir.is_file():
            out_dir.unlink()  # the seller fixes the folder
        check_fetched_again(sim_server, store, job.id, out_dir, first_project)
    if want.resumed:
        assert job.project_id is None  # the store missed it; the journal did not
        resumed = asyncio.run(_resume(sim_server, store))
        assert [j.stage for j in resumed] == [JobStage.DONE] and resumed[0].project_id == projects[0]
        assert len(sim_server.project_ids()[first_project:]) == 1
    store.close()


async def _resume(server: SimServer, store: Store) -> list[Job]:
    client = make_client(KEY, server.base_url)
    try:
        return await resume_all(client, store)
    finally:
        await client.aclose()


def _scenario(
    case: Case, server: SimServer, out_dir: Path, store: Store
) -> tuple[JobListener | None, Callable[[], None] | None, list[sqlite3.Connection]]:
    held: list[sqlite3.Connection] = []
    if case.kind == "unwritable":
        out_dir.write_text("a file where the folder should be")
        return None, None, held
    if case.kind == "gone_after_render":
        def replace_folder() -> None:
            out_dir.rmdir()
            out_dir.write_text("the folder became a file")
        return None, replace_folder, held
    if case.kind == "http_503_always":
        server.inject(Fault(route=STEPS["download"], kind="http_503", times=-1))
        return None, None, held
    if case.kind == "rate_limit_always":
        server.inject(Fault(route=STEPS["start_render"], kind="rate_limit", retry_after=1, times=-1))
        return None, None, held
    if case.kind == "disk_full":
        def fill(job: Job) -> None:
            part = part_path(job.video_path) if job.video_path else None
            if job.stage is JobStage.DOWNLOADING and part and not part.exists() and not job.downloaded_bytes:
                os.symlink("/dev/full", part)
        return fill, None, held
    assert case.kind == "store_locked"

    def lock(job: Job) -> None:
        if job.stage is JobStage.REQUESTING and not held:
            conn = sqlite3.connect(store.jobs.path, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            held.append(conn)
    return lock, None, held
