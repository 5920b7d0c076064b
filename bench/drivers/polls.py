"""Status requests for a 10-minute render: the app's job service against the simulator, virtual time.

The simulator and the job service (``JobManager`` → the client's poller) share one virtual
clock; the poller's sleep advances it, so a 600 s render is polled in well under a second of
real time. The simulator's request log is the count. The baseline is measured the same way: a
naive loop polling every 15 s (the official CLI's default interval, docs/joggai-api.md §5).

    python -m bench.drivers.polls RENDER_SECONDS ASSET_DIR
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.drivers.qt_async import emit

NAIVE_INTERVAL = 15.0


class VirtualClock:
    def __init__(self) -> None:
        self.now_s = 1_000.0

    def now(self) -> float:
        return self.now_s

    async def sleep(self, seconds: float) -> None:
        self.now_s += max(0.0, seconds)
        await asyncio.sleep(0)


def _polls_of(server: Any, project_id: str) -> int:
    return sum(1 for r in server.requests_to("GET", "/project") if r.query.get("project_id") == project_id)


async def _warm_render(client: Any, product: Any, settings: Any, clock: VirtualClock) -> None:
    """Render once so the measured renders find the MP4 in the simulator's cache.

    Without it status 4 would wait (in real time) for the render child while virtual time runs
    on, and the poll count would measure the render child, not the poller.
    """
    from jogg_desktop.models import JobState

    project_id = await client.start_render(product.id, settings)
    clock.now_s += 10_000  # past any timeline: status 4 as soon as the file exists
    for _ in range(600):
        status = await client.get_project(project_id)
        if status.state is JobState.DONE:
            return
        if status.state is not JobState.PROCESSING and status.state is not JobState.QUEUED:
            raise RuntimeError(f"warm-up render ended in {status.state}")
        await asyncio.sleep(0.1)  # real time: the render child is working
    raise RuntimeError("warm-up render did not finish in 60 s")


async def _main(render_seconds: float, asset_dir: Path) -> None:
    from bench.drivers.sim import BENCH_KEY, SimConfig, SimServer, bench_render
    from jogg_desktop.api.client import JoggClient
    from jogg_desktop.jobs.manager import JobManager
    from jogg_desktop.models import JobState
    from jogg_desktop.store import Store

    clock = VirtualClock()
    config = SimConfig(
        valid_keys={BENCH_KEY},
        crawl_delay=0.0,
        render_seconds=render_seconds,
        credits=10_000,
        asset_dir=asset_dir,
        clock=clock.now,
    )
    server = SimServer(config)
    server.start()
    client = JoggClient(BENCH_KEY, server.base_url)
    try:
        product, settings = await bench_render(client, server.demo_product_urls()[0])
        await _warm_render(client, product, settings, clock)

        # The app's path: JobManager.start → render request → poller → download.
        store = Store()
        jobs = JobManager(client, store.jobs, poll_sleep=clock.sleep, clock=clock.now)
        with tempfile.TemporaryDirectory() as out:
            job = await jobs.start(product, settings, Path(out))
            started = clock.now()
            final = await jobs.wait(job.id)
            assert final is not None and job.project_id is not None
            if final.stage.value != "done":
                raise RuntimeError(f"the job ended {final.stage.value}: {final.error_details}")
            app_polls = _polls_of(server, job.project_id)
            app_virtual = clock.now() - started

        # Baseline: poll every 15 s until done.
        project_id = await client.start_render(product.id, settings)
        naive_started = clock.now()
        while True:
            await clock.sleep(NAIVE_INTERVAL)
            if (await client.get_project(project_id)).state is JobState.DONE:
                break
        naive_polls = _polls_of(server, project_id)
        emit(
            {
                "app_polls": app_polls,
                "app_virtual_seconds": app_virtual,
                "naive_polls": naive_polls,
                "naive_virtual_seconds": clock.now() - naive_started,
            }
        )
    finally:
        await client.aclose()
        server.stop()


def main(argv: list[str]) -> None:
    asyncio.run(_main(float(argv[0]), Path(argv[1])))


if __name__ == "__main__":
    main(sys.argv[1:])
