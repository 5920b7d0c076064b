"""Jobs resumed together spread their status requests (docs/joggai-api.md §5 etiquette).

A 100-video batch stopped mid-render and resumed: the simulator (real sockets, v1) counts the
status requests it receives. On a fast clock (the simulator's render timeline, the client and
the poller share one :class:`FastClock`), so the 10-second polling interval passes quickly while
every job still runs concurrently. Nothing here waits on wall time or asserts a duration: the
test counts requests per window of simulated time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jogg_desktop.api.poller import poll_delay
from jogg_desktop.jobs import stagger
from jogg_desktop.models import JobStage, Product, VideoSettings
from jogg_desktop.sim import SimServer
from jogg_desktop.sim.fastclock import FastClock
from jogg_desktop.sim.state import ProjectRecord, RecordedRequest
from jogg_desktop.store import Store
from tests.jobs.batch_tools import KEY, busiest_window, harness, sim_config

JOBS = 100
SPEED = 5.0  # 10 simulated seconds (one polling interval) in 2 real seconds
INTERVAL = poll_delay(0.0)  # the etiquette's interval in a render's first minute: 10 s


def test_first_delays_spread_over_each_interval() -> None:
    assert stagger.first_delays([10.0] * 4) == [0.0, 2.5, 5.0, 7.5]
    assert stagger.first_delays([10.0, 60.0]) == [0.0, 30.0]
    assert stagger.first_delays([]) == []


def test_an_old_render_resumed_is_polled_at_its_age_s_interval() -> None:
    assert stagger.aged(poll_delay, 0.0)(0.0) == 10.0
    assert stagger.aged(poll_delay, 3600.0)(0.0) == 60.0  # not every 10 s as if it were new
    assert stagger.aged(poll_delay, 90.0)(0.0) == 30.0


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.getbasetemp().parent / "jogg-batch-sim-assets"


@pytest.fixture
def clock() -> FastClock:
    return FastClock(SPEED)


@pytest.fixture
def sim(assets: Path, clock: FastClock) -> Iterator[SimServer]:
    server = SimServer(sim_config(assets, clock, render_seconds=3600.0))  # rendering all along
    server.start()
    yield server
    server.stop()


def rendering_project(sim: SimServer, clock: FastClock, number: int) -> str:
    """A render JoggAI already accepted (as if requested before the app stopped)."""
    state = sim.ctx.state
    project_id = state.new_project_id()
    with state.lock:
        state.projects[project_id] = ProjectRecord(
            project_id=project_id, key=KEY, title=f"Product {number}", created_at=time.time(),
            started=clock(), render_seconds=3600.0, length=15, aspect_ratio=0,
            video_path=sim.ctx.work_dir / f"none-{number}.mp4", cover_path=sim.ctx.work_dir / "none.jpg",
        )
    return project_id


def stopped_mid_render(sim: SimServer, clock: FastClock, db: Path) -> list[str]:
    """``JOBS`` jobs left RENDERING in the store, as a kill mid-batch leaves them."""
    store = Store(db)
    projects = []
    try:
        for number in range(JOBS):
            project_id = rendering_project(sim, clock, number)
            job = store.jobs.create(Product(id=f"p{number}", url="https://shop.example/p"), VideoSettings(),
                                    db.parent / "videos")
            store.jobs.update(job.id, stage=JobStage.RENDERING, project_id=project_id)
            projects.append(project_id)
    finally:
        store.close()
    return projects


def status_requests(sim: SimServer) -> list[RecordedRequest]:
    return sim.requests_to("GET", "/project")


async def until(done: Callable[[], bool], clock: FastClock, limit: float) -> None:
    """Let the jobs work until ``done()`` (checked once a simulated second; ``limit`` bounds it)."""
    waited = 0.0
    while not done():
        assert waited < limit, "the resumed jobs never got that far"
        await clock.sleep(1.0)
        waited += 1.0


def test_a_hundred_resumed_jobs_make_no_request_storm(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    db = tmp_path / "jobs.sqlite3"
    projects = stopped_mid_render(sim, clock, db)

    def polled(times: int) -> bool:
        seen = [r.query.get("project_id") for r in status_requests(sim)]
        return all(seen.count(p) >= times for p in projects)

    async def work() -> None:
        h = harness(sim, db, clock)
        try:
            resumed = await h.jobs.resume_unfinished()
            assert len(resumed) == JOBS
            await until(lambda: polled(3), clock, limit=10 * INTERVAL)
        finally:
            await h.aclose()
            h.store.close()

    asyncio.run(work())
    requests = status_requests(sim)
    second = clock.real(1.0)  # the log's wall-clock times: one simulated second
    # All at once, the first second would see all 100; spread over the 10 s interval, about 10.
    # (Threefold room for the machine's scheduling; an unstaggered resume fails at 100.)
    busiest = busiest_window([r.at for r in requests], second)
    assert busiest <= 3 * JOBS / INTERVAL, f"{busiest} status requests in one simulated second"
    # And each job keeps the etiquette: never two of its status requests within 5 s.
    by_project: dict[str, list[float]] = {}
    for request in requests:
        by_project.setdefault(request.query["project_id"], []).append(request.at)
    assert len(by_project) == JOBS
    assert all(busiest_window(times, clock.real(5.0)) == 1 for times in by_project.values())
    # No other request in the meantime: status only (GETs are not rate-limited; no POST was sent).
    assert not [r for r in sim.requests if r.method == "POST"]
