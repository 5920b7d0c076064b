"""A batch of PRODUCTS × VARIANTS videos against the simulator on a fast clock.

    python -m bench.drivers.batch PRODUCTS VARIANTS SPEED ASSET_DIR WORK_DIR

The simulator (POST window, render timeline), the client's POST throttle and the jobs' poller
share one :class:`~jogg_desktop.sim.fastclock.FastClock` running SPEED times real time: the
20-POSTs-a-minute rule and the poll etiquette are the real ones, in simulated minutes. Extra
products are shop pages with their own names (so every render is its own). Prints one
``BENCH_RESULT {json}`` line: POST times (simulated seconds), GETs per simulated minute, the
process's RSS as the batch goes, and the outcome of every row.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.throttle import PostThrottle
from jogg_desktop.api.transport import Timeouts
from jogg_desktop.jobs.batch_model import AvatarChoice, BatchPlan, VariantGrid, rows_from_links
from jogg_desktop.jobs.batch_runner import BatchRunner, RowState
from jogg_desktop.jobs.batch_store import BatchStore
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.models import VideoSettings
from jogg_desktop.sim import SimConfig, SimServer, catalog, shop
from jogg_desktop.sim.fastclock import FastClock
from jogg_desktop.store import Store

KEY = "bench-batch-key"
RESULT = "BENCH_RESULT"
AVATARS = tuple(a.avatar_id for a in catalog.AVATARS if a.aspect_ratio == 0)  # made for 9:16


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def product_urls(sim: SimServer, count: int) -> list[str]:
    urls: list[str] = []
    for i in range(count):
        base = shop.PRODUCTS[i % len(shop.PRODUCTS)]
        page = dataclasses.replace(base, name=f"{base.name} no. {i + 1}")
        urls.append(sim.add_page(f"bench-{i + 1}", shop.render_page(page, sim.origin)))
    return urls


def grid(variants: int) -> VariantGrid:
    # The avatar does not change the simulator's render: variants differ by it and their name.
    return VariantGrid(avatars=tuple(AvatarChoice(a) for a in AVATARS[:variants]))


async def run_batch(
    sim: SimServer, clock: FastClock, products: int, variants: int, work: Path
) -> dict[str, Any]:
    client = JoggClient(
        KEY, sim.base_url, timeouts=Timeouts(default=30.0, crawl=60.0, connect=10.0, download_read=30.0),
        retry=RetryPolicy(), throttle=PostThrottle(20, 60.0, clock=clock, sleep=clock.sleep, margin=1.0),
        sleep=clock.sleep,
    )
    store = Store(work / "jobs.sqlite3")
    # The simulator makes every MP4 for real, two at a time: on a busy machine the last of 100
    # can take longer than the poller's 30 simulated minutes. Not JoggAI's timing: a longer deadline.
    jobs = JobManager(client, store.jobs, poll_sleep=clock.sleep, clock=clock, poll_deadline=6 * 3600.0)
    runner = BatchRunner(client, BatchStore(store.db), jobs, sleep=clock.sleep)
    links = rows_from_links("\n".join(product_urls(sim, products)))
    plan = BatchPlan(tuple(links), VideoSettings(), grid(variants))
    batch = runner.create(plan, work / "videos")
    samples: list[tuple[float, int, float]] = []  # (sim seconds, renders requested, RSS MB)
    start = clock()

    async def sample() -> None:
        while True:
            requested = len(sim.requests_to("POST", "/create_video_from_url"))
            samples.append((clock() - start, requested, rss_mb()))
            await asyncio.sleep(0.5)

    sampler = asyncio.ensure_future(sample())
    t0 = time.monotonic()
    try:
        await runner.run(batch.id)
    finally:
        sampler.cancel()
        real = time.monotonic() - t0
        rows = runner.rows(batch.id)
        await jobs.aclose()
        await client.aclose()
        store.close()
    return {
        "states": {s.value: sum(1 for r in rows if r.state is s) for s in RowState},
        "complete_files": sum(1 for r in rows if r.job and r.job.video_path and r.job.video_path.is_file()
                              and r.job.video_path.stat().st_size == r.job.total_bytes),
        "samples": samples, "real_seconds": real, "sim_seconds": clock() - start,
    }


def main(argv: list[str]) -> int:
    products, variants, speed = int(argv[0]), int(argv[1]), float(argv[2])
    asset_dir, work = Path(argv[3]), Path(argv[4])
    clock = FastClock(speed)
    config = SimConfig(valid_keys={KEY}, crawl_delay=15.0 / speed, render_seconds=60.0, credits=100_000,
                       asset_dir=asset_dir, clock=clock, render_fps=2)
    with SimServer(config) as sim:
        wall0 = time.time()
        outcome = asyncio.run(run_batch(sim, clock, products, variants, work))

        def simulated(at: float) -> float:  # the log's wall-clock time, in simulated seconds
            return (at - wall0) * speed

        requests = sim.requests
    posts = [simulated(r.at) for r in requests if r.method == "POST"]
    renders = [simulated(r.at) for r in requests if r.route == "/create_video_from_url"]
    gets = [simulated(r.at) for r in requests if r.method == "GET" and r.route == "/project"]
    found = {"posts": posts, "renders": renders, "polls": gets, "speed": speed, "products": products,
             "variants": variants}
    print(RESULT + " " + json.dumps({**outcome, **found}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
