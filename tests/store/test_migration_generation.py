"""A job database written by the release before API generations existed opens, is upgraded
(migration 2: each job's API generation, the render's name), and its v1 jobs resume on v1 even
when the app now speaks v2.

``tests/fixtures/jobs-release-schema1.sqlite3`` was written by that release's own store code
(commit 7e1a217, schema 1): a finished job and one still rendering a template video.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

import httpx

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.generation import ApiGeneration
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import TemplateLook
from jogg_desktop.sim import SimServer
from jogg_desktop.store import Store
from jogg_desktop.store.database import MIGRATIONS
from tests.sim.helpers import RENDER_BODY

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "jobs-release-schema1.sqlite3"


def _release_db(tmp_path: Path) -> Path:
    path = tmp_path / "jobs.sqlite3"
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    return path


def _v1_project(sim: SimServer, key: str) -> str:
    """A render the simulator really has, made through v1 as the release would have."""
    with httpx.Client(base_url=sim.base_url, headers={"x-api-key": key}, timeout=30) as client:
        product = client.post("/product", json={"url": sim.demo_product_urls()[0]}).json()["data"]
        body = {**RENDER_BODY, "product_id": product["product_id"]}
        project_id: str = client.post("/create_video_from_url", json=body).json()["data"]["project_id"]
    return project_id


def test_the_release_database_is_upgraded_and_keeps_its_jobs(tmp_path: Path) -> None:
    store = Store(_release_db(tmp_path))
    try:
        assert store.db.schema_version == len(MIGRATIONS) >= 2  # 3: the batches (jobs/batch_store.py)
        finished, rendering = sorted(store.jobs.all(), key=lambda j: j.id)
        assert finished.stage is JobStage.DONE and finished.settings.name == "Old finished video"
        assert rendering.stage is JobStage.RENDERING and rendering.settings.look == TemplateLook(136)
        assert {finished.generation, rendering.generation} == {ApiGeneration.V1}
        assert finished.render_name is None and rendering.render_name is None
        updated = store.jobs.update(rendering.id, render_name="x")
        assert store.jobs.get(rendering.id) == updated  # the new columns are written and read
    finally:
        store.close()
    reopened = Store(tmp_path / "jobs.sqlite3")  # opening again migrates nothing
    try:
        assert reopened.db.schema_version == len(MIGRATIONS) and len(reopened.jobs.all()) == 2
    finally:
        reopened.close()


def test_its_v1_jobs_resume_on_v1_with_a_v2_client(sim: SimServer, sim_key: str, tmp_path: Path) -> None:
    path = _release_db(tmp_path)
    project_id = _v1_project(sim, sim_key)
    with sqlite3.connect(path) as conn:  # the rendering job's render is one the simulator has
        conn.execute("UPDATE jobs SET project_id = ?, save_dir = ? WHERE stage = 'rendering'",
                     (project_id, str(tmp_path / "videos")))
    store = Store(path)

    async def resume() -> None:
        client = JoggClient(sim_key, sim.origin)  # the app now speaks v2 by default
        assert client.generation is ApiGeneration.V2
        manager = JobManager(client, store.jobs, poll_schedule=lambda _elapsed: 0.1)
        try:
            [job] = await manager.resume_unfinished()
            await manager.wait(job.id)
        finally:
            await manager.aclose()
            await client.aclose()

    try:
        sim.clear_requests()
        asyncio.run(resume())
        job = next(j for j in store.jobs.all() if j.project_id == project_id)
        assert job.stage is JobStage.DONE and job.generation is ApiGeneration.V1, job.error_details
        assert job.video_path is not None and job.video_path.read_bytes()[4:8] == b"ftyp"
    finally:
        store.close()
    polls = [r.path for r in sim.requests if r.method == "GET" and not r.path.startswith("/media/")]
    assert polls and set(polls) == {"/v1/project"}
    assert not [r for r in sim.requests if r.method == "POST"]  # nothing re-requested
