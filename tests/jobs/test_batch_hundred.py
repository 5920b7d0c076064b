"""A 100-row batch against the simulator on a fast clock: its requests and memory stay flat.

100 products (picked from the History: no page to read, so every POST is a render request) are
made one video each. Identical renders share the simulator's one cached MP4, so the machine
spends its time on the queue, not on encoding. Counted, in simulated time (the log's wall-clock
times scaled by the clock's speed): POSTs per 60-second window (never above 20), status requests
per 10-second window (each video polls every 10 s in its first minute: the requests follow the
number of videos rendering, never a burst), and the Python memory the app's own code holds as
the batch goes from a quarter to all of its rows (tracemalloc; no per-row growth).
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.jobs.batch_model import BatchPlan, rows_from_products
from jogg_desktop.jobs.batch_runner import RowState
from jogg_desktop.models import VideoSettings
from jogg_desktop.sim import SimServer
from jogg_desktop.sim.fastclock import FastClock
from tests.jobs.batch_tools import (
    LIMIT,
    RENDER,
    SPEED,
    WINDOW,
    Harness,
    busiest_window,
    posts,
    run_with,
    sim_config,
)

ROWS = 100
OURS = ("*/jogg_desktop/jobs/*", "*/jogg_desktop/api/*", "*/jogg_desktop/store/*")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.getbasetemp().parent / "jogg-batch-sim-assets"


@pytest.fixture
def clock() -> FastClock:
    return FastClock(SPEED)


@pytest.fixture
def sim(assets: Path, clock: FastClock) -> Iterator[SimServer]:
    server = SimServer(sim_config(assets, clock))
    server.start()
    yield server
    server.stop()


def ours(snapshot: tracemalloc.Snapshot) -> int:
    """Bytes held by allocations made in the app's core (jobs, client, store), not the simulator's."""
    filters = [tracemalloc.Filter(True, pattern) for pattern in OURS]
    return sum(stat.size for stat in snapshot.filter_traces(filters).statistics("filename"))


def test_a_hundred_rows_keep_requests_and_memory_flat(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    held: dict[int, int] = {}  # rows done → bytes held then

    async def work(h: Harness) -> None:
        product = await h.client.create_product_from_url(sim.demo_product_urls()[0])
        plan = BatchPlan(tuple(rows_from_products([product] * ROWS)), VideoSettings())
        batch = h.runner.create(plan, tmp_path / "out")

        def measure(batch_id: int) -> None:
            done = sum(1 for r in h.runner.rows(batch_id) if r.state is RowState.DONE)
            if done in (ROWS // 4, ROWS) and done not in held:
                held[done] = ours(tracemalloc.take_snapshot())

        h.runner.subscribe(measure)
        finished = await h.runner.run(batch.id)
        assert [r.state for r in h.runner.rows(finished.id)] == [RowState.DONE] * ROWS
        assert len({r.job.video_path for r in h.runner.rows(finished.id) if r.job}) == ROWS

    tracemalloc.start()
    try:
        run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    finally:
        tracemalloc.stop()
    renders = sim.requests_to("POST", RENDER)
    assert len(renders) == ROWS and len(posts(sim)) == ROWS + 1  # one crawl; no 429, nothing twice
    assert busiest_window([r.at for r in posts(sim)], clock.real(WINDOW)) <= LIMIT
    # Status requests: about one per rendering video per 10 s, never a burst. At 20 renders a
    # minute and 30 s per render, some 10 videos render at once: ~10 status requests per 10 s.
    polls = [r.at for r in sim.requests_to("GET", "/project")]
    busiest_polls = busiest_window(polls, clock.real(10.0))
    assert busiest_polls <= 3 * 10, f"{busiest_polls} status requests in 10 simulated seconds"
    # Memory: what the core holds does not grow with the rows done (a quarter → all of them);
    # 192 KiB over 75 rows would be 2.5 KiB kept per row (a job record each, say). Measured: none.
    growth = held[ROWS] - held[ROWS // 4]
    assert growth < 192 * 1024, f"the core's memory grew by {growth} bytes over {ROWS * 3 // 4} rows"
    print(f"\n100 rows: {len(polls)} status requests, busiest 10 s: {busiest_polls}; "
          f"core memory at 25 rows {held[ROWS // 4]} B, at 100 rows {held[ROWS]} B")
