"""Settling a lost v2 render answer (jobs/settle.py) against the simulator: found, not made,
and unknowable (the seller is asked to check in JoggAI only then), now and on a later start."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.errors import Action, RenderOutcomeUnknownError
from jogg_desktop.jobs import settle
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import VideoSettings
from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.store import Store

NO_BACKOFF = RetryPolicy(max_attempts=2, base_delay=0.0, max_delay=0.0)
SETTINGS = VideoSettings(avatar_id=81, script_style="Storytime")


async def _no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


def _client(sim: SimServer, key: str) -> JoggClient:
    return JoggClient(key, sim.origin, retry=NO_BACKOFF, sleep=_no_sleep)


def _manager(client: JoggClient, store: Store, grace: float) -> JobManager:
    return JobManager(client, store.jobs, poll_schedule=lambda _e: 0.1, settle_grace=grace,
                      settle_interval=0.1)


def test_render_names_are_readable_and_unique_per_second() -> None:
    at = datetime(2026, 12, 1, 14, 30, 5, tzinfo=UTC)
    name = settle.render_name("Aurora bottle", "", at)
    assert name.startswith("Aurora bottle · 2026-12-") and name.count(":") == 2
    assert settle.render_name("Aurora bottle", "Summer ad", at).startswith("Summer ad · ")
    assert name != settle.render_name("Aurora bottle", "", at.replace(second=6))


def test_an_unreadable_render_list_leaves_it_to_the_seller(
    sim: SimServer, sim_key: str, tmp_path: Path
) -> None:
    sim.inject(Fault(route="POST /create_video_from_product", kind="http_500", after_handler=True))
    sim.inject(Fault(route="GET /product_videos", kind="http_503", times=-1))
    store = Store(tmp_path / "jobs.sqlite3")

    async def run() -> None:
        client = _client(sim, sim_key)
        product = await client.create_product_from_url(sim.demo_product_urls()[0])
        manager = _manager(client, store, grace=0.0)
        try:
            with pytest.raises(RenderOutcomeUnknownError):
                await manager.start(product, SETTINGS, tmp_path)
        finally:
            await manager.aclose()
            await client.aclose()

    try:
        asyncio.run(run())
        [job] = store.jobs.all()
        assert job.stage is JobStage.UNCONFIRMED and job.error_action is Action.CHECK_BEFORE_RETRY
        assert len(sim.requests_to("POST", "/create_video_from_product")) == 1

        # Next start, JoggAI answers again: the job is settled (found) and finished by itself.
        sim.clear_faults()

        async def later() -> None:
            client = _client(sim, sim_key)
            manager = _manager(client, store, grace=0.0)
            try:
                [again] = await manager.resume_unfinished()
                await manager.wait(again.id)
            finally:
                await manager.aclose()
                await client.aclose()

        asyncio.run(later())
        [job] = store.jobs.all()
        assert job.stage is JobStage.DONE and job.video_path is not None and job.video_path.exists()
        assert len(sim.requests_to("POST", "/create_video_from_product")) == 1
    finally:
        store.close()


def test_a_request_that_never_arrived_is_reported_not_made(
    sim: SimServer, sim_key: str, tmp_path: Path
) -> None:
    sim.inject(Fault(route="POST /create_video_from_product", kind="reset"))
    store = Store(tmp_path / "jobs.sqlite3")

    async def run() -> None:
        client = _client(sim, sim_key)
        product = await client.create_product_from_url(sim.demo_product_urls()[0])
        manager = _manager(client, store, grace=0.5)
        try:
            with pytest.raises(settle.RenderNotMadeError):
                await manager.start(product, SETTINGS, tmp_path)
        finally:
            await manager.aclose()
            await client.aclose()

    try:
        asyncio.run(run())
        [job] = store.jobs.all()
        assert job.stage is JobStage.FAILED and job.error_action is Action.START_OVER
        message = job.error_message or ""
        assert "did not make this video" in message and "credit" in message
        assert sim.requests_to("GET", "/product_videos")
    finally:
        store.close()
