"""Batches against the simulator on a fast clock: a 60-second POST window passes in 3 seconds.

The simulator (POST window, render timeline), the client's throttle and the jobs' poller share
one :class:`~jogg_desktop.sim.fastclock.FastClock`: the throttle and the poll etiquette are the
real ones (20 POSTs per 60 s, polls at 10 s, 30 s, …), only time runs faster.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.throttle import PostThrottle
from jogg_desktop.api.transport import Timeouts
from jogg_desktop.jobs.batch_model import AvatarChoice, BatchPlan, VariantGrid, rows_from_links
from jogg_desktop.jobs.batch_runner import BatchRunner
from jogg_desktop.jobs.batch_store import BatchStore
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.models import VideoSettings
from jogg_desktop.sim import SimConfig, SimServer
from jogg_desktop.sim.fastclock import FastClock
from jogg_desktop.sim.state import RecordedRequest
from jogg_desktop.store import Store

KEY = "batch-test-key"
SPEED = 20.0  # one simulated minute per 3 real seconds
WINDOW = 60.0
LIMIT = 20
RENDER = "/create_video_from_url"
T = TypeVar("T")

FOUR_VARIANTS = VariantGrid(avatars=(AvatarChoice(81), AvatarChoice(412)),
                            voices=("en-US-ChristopherNeural", "en-US-JennyNeural"))


def sim_config(assets: Path, clock: FastClock, **overrides: object) -> SimConfig:
    settings: dict[str, object] = {
        "valid_keys": {KEY}, "crawl_delay": 0.1, "render_seconds": 30.0, "credits": 10_000,
        "asset_dir": assets, "post_limit": LIMIT, "post_window": WINDOW, "clock": clock, "render_fps": 2,
    }
    settings.update(overrides)
    return SimConfig(**settings)  # type: ignore[arg-type]


@dataclass
class Harness:
    """A client, job manager and batch runner on one store, all on the fast clock."""

    client: JoggClient
    store: Store
    jobs: JobManager
    runner: BatchRunner

    async def aclose(self) -> None:
        await self.jobs.aclose()
        await self.client.aclose()


def harness(sim: SimServer, db: Path, clock: FastClock) -> Harness:
    client = JoggClient(
        KEY, sim.base_url, timeouts=Timeouts(default=20.0, crawl=30.0, connect=10.0, download_read=20.0),
        retry=RetryPolicy(random=lambda: 1.0),
        throttle=PostThrottle(LIMIT, WINDOW, clock=clock, sleep=clock.sleep, margin=1.0),
        sleep=clock.sleep,
    )
    store = Store(db)
    jobs = JobManager(client, store.jobs, poll_sleep=clock.sleep, clock=clock)
    return Harness(client, store, jobs, BatchRunner(client, BatchStore(store.db), jobs, sleep=clock.sleep))


def run_with(sim: SimServer, db: Path, clock: FastClock, work: Callable[[Harness], Awaitable[T]]) -> T:
    async def main() -> T:
        h = harness(sim, db, clock)
        try:
            return await work(h)
        finally:
            await h.aclose()
            h.store.close()

    return asyncio.run(main())


def plan(urls: Sequence[str], grid: VariantGrid = FOUR_VARIANTS) -> BatchPlan:
    return BatchPlan(tuple(rows_from_links("\n".join(urls))), VideoSettings(), grid)


def posts(sim: SimServer) -> list[RecordedRequest]:
    return [r for r in sim.requests if r.method == "POST"]


def busiest_window(times: Sequence[float], window: float) -> int:
    """The most requests that arrived within any ``window`` seconds (``times`` in any order)."""
    ordered = sorted(times)
    best = start = 0
    for end, at in enumerate(ordered):
        while at - ordered[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best
