"""JobManager against the simulator: real client, real sockets, real SQLite store and files."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.download import part_path
from jogg_desktop.errors import JoggError
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.pipeline import GenerateOptions, complete_settings
from jogg_desktop.jobs.types import Job, JobStage
from jogg_desktop.models import Product, VideoSettings
from jogg_desktop.sim import Fault, SimConfig, SimServer
from jogg_desktop.store import Store
from tests.faults.harness import steady_client

KEY = "jobs-test-key"
RENDER = "/create_video_from_url"


def fast(_elapsed: float) -> float:
    return 0.05


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Shared by this module's simulators: identical renders are made once."""
    return tmp_path_factory.mktemp("sim-assets")


@pytest.fixture
def sim_server(assets: Path) -> Iterator[SimServer]:
    config = SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=1.0, credits=100, asset_dir=assets)
    server = SimServer(config)
    server.start()
    yield server
    server.stop()


async def prepare(client: JoggClient, server: SimServer, index: int = 0) -> tuple[Product, VideoSettings]:
    url = server.demo_product_urls()[index]
    product = await client.create_product_from_url(url)
    settings = await complete_settings(
        client, GenerateOptions(url, VideoSettings(name="Video")), lambda _line: None)
    return product, settings


def renders(server: SimServer) -> int:
    return len(server.requests_to("POST", RENDER))


class RecordingClient(JoggClient):
    """The real client, noting the job's stored stage at the moment the render is requested."""

    store: Store
    stages_at_request: list[JobStage]

    async def start_render(self, product_id: str, settings: VideoSettings) -> str:
        self.stages_at_request.extend(j.stage for j in self.store.jobs.all())
        return await super().start_render(product_id, settings)


def test_a_job_runs_through_every_stage_persisted_before_the_request(
    sim_server: SimServer, tmp_path: Path
) -> None:
    store = Store()
    seen: list[Job] = []

    async def run() -> Job | None:
        client = RecordingClient(KEY, sim_server.base_url)
        client.store, client.stages_at_request = store, []
        manager = JobManager(client, store.jobs, poll_schedule=fast)
        manager.subscribe(seen.append)
        try:
            product, settings = await prepare(client, sim_server)
            job = await manager.start(product, settings, tmp_path)
            assert job.stage is JobStage.RENDERING and job.project_id
            assert client.stages_at_request == [JobStage.REQUESTING]  # written BEFORE the POST
            return await manager.wait(job.id)
        finally:
            await manager.aclose()
            await client.aclose()

    final = asyncio.run(run())
    assert final is not None and final.stage is JobStage.DONE
    stages = [j.stage for j in seen]
    assert stages[:3] == [JobStage.CREATED, JobStage.REQUESTING, JobStage.RENDERING]
    assert stages[-1] is JobStage.DONE and JobStage.DOWNLOADING in stages
    assert stages.index(JobStage.DOWNLOADING) < len(stages) - 1
    assert final.video_path == tmp_path / "Video.mp4"
    assert final.video_path.read_bytes()[4:8] == b"ftyp"
    assert final.credits == 1 and final.status is not None and final.status.cover_url
    assert store.jobs.get(final.id) == final
    store.close()


def test_several_jobs_at_once(sim_server: SimServer, tmp_path: Path) -> None:
    store = Store()

    async def run() -> list[Job | None]:
        client = steady_client(KEY, sim_server.base_url)
        manager = JobManager(client, store.jobs, poll_schedule=fast)
        try:
            prepared = [await prepare(client, sim_server) for _ in range(3)]
            jobs = [await manager.start(p, s, tmp_path) for p, s in prepared]
            assert all(manager.is_running(j.id) for j in jobs)
            return list(await asyncio.gather(*(manager.wait(j.id) for j in jobs)))
        finally:
            await manager.aclose()
            await client.aclose()

    finals = asyncio.run(run())
    assert [j.stage for j in finals if j] == [JobStage.DONE] * 3
    paths = {j.video_path for j in finals if j}
    assert len(paths) == 3 and all(p is not None and p.exists() for p in paths)
    assert renders(sim_server) == 3
    store.close()


def test_stopping_mid_render_and_resuming_in_a_new_manager(sim_server: SimServer, tmp_path: Path) -> None:
    store = Store()

    async def run() -> Job | None:
        client = steady_client(KEY, sim_server.base_url)
        try:
            product, settings = await prepare(client, sim_server)
            first = JobManager(client, store.jobs, poll_schedule=fast)
            job = await first.start(product, settings, tmp_path)
            await first.aclose()  # the app quits while JoggAI renders
            assert store.jobs.get(job.id).stage is JobStage.RENDERING  # type: ignore[union-attr]
            second = JobManager(client, store.jobs, poll_schedule=fast)
            resumed = await second.resume_unfinished()
            assert [j.id for j in resumed] == [job.id]
            final = await second.wait(job.id)
            await second.aclose()
            return final
        finally:
            await client.aclose()

    final = asyncio.run(run())
    assert final is not None and final.stage is JobStage.DONE
    assert renders(sim_server) == 1
    store.close()


def test_failed_download_is_kept_and_download_again_finishes_it(
    sim_server: SimServer, tmp_path: Path
) -> None:
    store = Store()
    sim_server.inject(Fault(route="GET /media/renders/*", kind="http_404", times=-1))

    async def run() -> tuple[Job | None, Job]:
        client = steady_client(KEY, sim_server.base_url)
        manager = JobManager(client, store.jobs, poll_schedule=fast)
        try:
            product, settings = await prepare(client, sim_server)
            job = await manager.start(product, settings, tmp_path)
            failed = await manager.wait(job.id)
            sim_server.clear_faults()
            elsewhere = tmp_path / "elsewhere"
            elsewhere.mkdir()
            again = await manager.download_again(job.id, elsewhere)
            return failed, again
        finally:
            await manager.aclose()
            await client.aclose()

    failed, again = asyncio.run(run())
    assert failed is not None and failed.stage is JobStage.FAILED
    assert failed.project_id and failed.error_message and "HTTP 404" in (failed.error_details or "")
    assert again.stage is JobStage.DONE and again.error_message is None
    assert again.video_path is not None and again.video_path.parent == tmp_path / "elsewhere"
    assert again.video_path.read_bytes()[4:8] == b"ftyp"
    assert renders(sim_server) == 1
    store.close()


def test_delete_stops_the_download_and_removes_the_partial_file(
    sim_server: SimServer, tmp_path: Path
) -> None:
    store = Store()
    sim_server.inject(Fault(route="GET /media/renders/*", kind="slow", rate=64 * 1024, times=-1))

    async def run() -> None:
        client = steady_client(KEY, sim_server.base_url)
        manager = JobManager(client, store.jobs, poll_schedule=fast)
        downloading = asyncio.Event()
        manager.subscribe(lambda j: downloading.set() if j.downloaded_bytes > 0 else None)
        try:
            product, settings = await prepare(client, sim_server)
            job = await manager.start(product, settings, tmp_path)
            await downloading.wait()
            record = store.jobs.get(job.id)
            assert record is not None and record.video_path is not None
            manager.delete(job.id)
            assert not manager.is_running(job.id) and store.jobs.get(job.id) is None
            await asyncio.sleep(0)  # let the cancelled task unwind
            assert not part_path(record.video_path).exists()
        finally:
            await manager.aclose()
            await client.aclose()

    asyncio.run(run())
    store.close()


def test_a_job_running_in_another_manager_is_left_alone(sim_server: SimServer, tmp_path: Path) -> None:
    store = Store()
    sim_server.inject(Fault(route="GET /media/renders/*", kind="slow", rate=64 * 1024, times=-1))

    async def run() -> Job | None:
        client = steady_client(KEY, sim_server.base_url)
        first = JobManager(client, store.jobs, poll_schedule=fast)  # e.g. the first app window
        other = JobManager(client, store.jobs, poll_schedule=fast)  # a second window
        downloading = asyncio.Event()
        first.subscribe(lambda j: downloading.set() if j.downloaded_bytes > 0 else None)
        try:
            product, settings = await prepare(client, sim_server)
            job = await first.start(product, settings, tmp_path)
            await downloading.wait()
            assert await other.resume_unfinished() == []
            with pytest.raises(JoggError, match="another Jogg Desktop window"):
                await other.download_again(job.id)
            await first.aclose()  # the first window closes mid-download
            sim_server.clear_faults()
            assert [j.id for j in await other.resume_unfinished()] == [job.id]
            return await other.wait(job.id)
        finally:
            await first.aclose()
            await other.aclose()
            await client.aclose()

    final = asyncio.run(run())
    assert final is not None and final.stage is JobStage.DONE
    assert final.video_path is not None and final.video_path.stat().st_size == final.total_bytes
    assert renders(sim_server) == 1
    store.close()
