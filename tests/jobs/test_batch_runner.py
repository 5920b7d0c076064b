"""The batch queue against the simulator (real sockets, real SQLite, real files), on a fast clock."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg_desktop.errors import JoggError
from jogg_desktop.jobs.batch_model import BatchPlan, VariantGrid, rows_from_csv
from jogg_desktop.jobs.batch_runner import BATCH_BUSY, BatchRunner, RetryKind, RowState
from jogg_desktop.jobs.batch_store import BatchStore
from jogg_desktop.jobs.batch_types import BatchState
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.jobs.video_check import looks_like_video
from jogg_desktop.models import VideoSettings
from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.sim.fastclock import FastClock
from tests.jobs.batch_tools import (
    KEY,
    LIMIT,
    RENDER,
    SPEED,
    WINDOW,
    Harness,
    busiest_window,
    plan,
    posts,
    run_with,
    sim_config,
)


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


def test_five_products_four_variants_within_the_post_limit(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    out = tmp_path / "videos"

    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:5]), out)
        assert h.runner.summary(batch.id).total == 20
        finished = await h.runner.run(batch.id)
        assert finished.state is BatchState.FINISHED
        rows = h.runner.rows(batch.id)
        assert [r.state for r in rows] == [RowState.DONE] * 20
        for row in rows:
            assert row.job is not None and row.job.video_path is not None
            assert row.job.video_path.parent == out
            assert row.job.video_path.stat().st_size == row.job.total_bytes
            assert looks_like_video(row.job.video_path)
        names = {r.job.video_path.name for r in rows if r.job and r.job.video_path}
        assert len(names) == 20  # one file per product and variant
        assert any("Aurora" in n and "avatar 412" in n and "JennyNeural" in n for n in names)
        projects = {r.job.project_id for r in rows if r.job}
        assert len(projects) == 20
        h.runner.export_csv(batch.id, tmp_path / "results.csv")

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    sent = posts(sim)
    assert len(sent) == 25  # 5 pages + 20 renders: no 429 met, nothing sent twice
    assert len(sim.requests_to("POST", RENDER)) == 20
    # the log's wall-clock times: 60 simulated seconds are 1/SPEED real seconds
    assert busiest_window([r.at for r in sent], clock.real(WINDOW)) <= LIMIT
    with (tmp_path / "results.csv").open(encoding="utf-8") as f:
        lines = list(csv.DictReader(f))
    assert len(lines) == 20
    assert set(lines[0]) == {"url", "product", "variant", "status", "file", "video address", "credits"}
    assert all(line["status"] == "done" and Path(line["file"]).is_file() and line["video address"]
               and line["credits"] == "1" for line in lines)


def test_one_failing_row_says_why_while_the_others_go_on(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    urls = [*sim.demo_product_urls()[:2], sim.origin + "/shop/products/no-such-product"]
    refusal = Fault(route="POST " + RENDER, kind="envelope", code=40000, msg="avatar_id is invalid")
    sim.inject(refusal)

    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(urls, VariantGrid()), tmp_path / "out")
        await h.runner.run(batch.id)
        rows = h.runner.rows(batch.id)
        states = [r.state for r in rows]
        assert states.count(RowState.DONE) == 1 and states.count(RowState.FAILED) == 2
        # The first render request is refused: row 0's or row 1's, whichever page was read first.
        refused = next(i for i, r in enumerate(rows[:2]) if r.state is RowState.FAILED)
        unreadable = rows[2]
        assert rows[refused].reason and rows[refused].retry is RetryKind.REQUEST_AGAIN  # nothing charged
        assert "could not be read" in unreadable.reason and unreadable.retry is RetryKind.READ_AGAIN
        await h.runner.retry(rows[refused].video.id)
        assert h.runner.batch(batch.id).state is BatchState.RUNNING
        await h.runner.run(batch.id)
        assert h.runner.rows(batch.id)[refused].state is RowState.DONE

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    assert len(sim.requests_to("POST", RENDER)) == 3  # the refused one, its retry, the good one


def test_pause_holds_new_requests_and_resume_finishes(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:2], VariantGrid()), tmp_path / "out")
        h.runner.pause(batch.id)
        task = h.runner.start(batch.id)
        for _ in range(50):  # the paused run sends nothing while the loop turns
            await clock.sleep(1.0)
        assert not posts(sim) and not task.done()
        h.runner.resume(batch.id)
        finished = await task
        assert finished.state is BatchState.FINISHED
        assert [r.state for r in h.runner.rows(batch.id)] == [RowState.DONE] * 2

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)


def test_cancel_keeps_the_paid_renders(sim: SimServer, clock: FastClock, tmp_path: Path) -> None:
    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:3], VariantGrid()), tmp_path / "out")
        requested: list[int] = []

        def on_change(batch_id: int) -> None:
            rows = h.runner.rows(batch_id)
            if not requested and any(r.job is not None and r.job.project_id for r in rows):
                requested.append(1)
                h.runner.cancel(batch_id)

        h.runner.subscribe(on_change)
        final = await h.runner.run(batch.id)
        assert final.state is BatchState.CANCELLED
        rows = h.runner.rows(batch.id)
        paid = [r for r in rows if r.job is not None and r.job.project_id]
        assert len(paid) == 1 and paid[0].state is RowState.DONE and paid[0].job is not None
        assert paid[0].job.stage is JobStage.DONE and paid[0].job.video_path is not None
        assert paid[0].job.video_path.is_file()
        assert all(r.state is RowState.CANCELLED for r in rows if r not in paid)

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    assert len(sim.requests_to("POST", RENDER)) == 1


def test_a_render_refused_with_429_is_requested_again(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    sim.inject(Fault(route="POST " + RENDER, kind="rate_limit", retry_after=30, times=1))

    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:1], VariantGrid()), tmp_path / "out")
        await h.runner.run(batch.id)
        (row,) = h.runner.rows(batch.id)
        assert row.state is RowState.DONE
        assert len(h.store.jobs.all()) == 1  # the refused (never started) job was not kept

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    assert len(sim.requests_to("POST", RENDER)) == 2  # refused before processing, then accepted


def test_one_run_per_batch_here_and_elsewhere(sim: SimServer, clock: FastClock, tmp_path: Path) -> None:
    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:2], VariantGrid()), tmp_path / "out")
        first = asyncio.ensure_future(h.runner.run(batch.id))
        await asyncio.sleep(0)  # the first run holds the batch now
        other = BatchRunner(h.client, BatchStore(h.store.db), h.jobs)  # a second window on the same store
        with pytest.raises(JoggError) as info:
            await other.run(batch.id)
        assert info.value is BATCH_BUSY
        second = await h.runner.run(batch.id)  # here: waits for the first
        assert second == await first and second.state is BatchState.FINISHED

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    assert len(sim.requests_to("POST", RENDER)) == 2


def test_csv_details_are_sent_and_name_the_file(sim: SimServer, clock: FastClock, tmp_path: Path) -> None:
    url = sim.demo_product_urls()[4]
    rows = rows_from_csv(f"url,name,target_audience,length\n{url},Spring mug,tea lovers,30\n")

    async def work(h: Harness) -> None:
        batch = h.runner.create(BatchPlan(tuple(rows), VideoSettings()), tmp_path / "out")
        await h.runner.run(batch.id)
        (row,) = h.runner.rows(batch.id)
        assert row.state is RowState.DONE and row.job is not None and row.job.video_path is not None
        assert row.job.video_path.name == "Spring mug.mp4"
        assert row.job.settings.length == 30 and row.product_name == "Spring mug"

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    (put,) = sim.requests_to("PUT", "/product")
    assert put.json["name"] == "Spring mug" and put.json["target_audience"] == "tea lovers"
    (render,) = sim.requests_to("POST", RENDER)
    assert render.json["video_length"] == "30" and render.json["video_name"] == "Spring mug"


def test_no_credits_pauses_the_batch_and_resume_goes_on(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    sim.set_credits(KEY, 1)

    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:3], VariantGrid()), tmp_path / "out")
        paused = await h.runner.run(batch.id, stop_when_paused=True)
        assert paused.state is BatchState.PAUSED
        assert "credits" in h.runner.pause_reason[batch.id]
        assert [r.state for r in h.runner.rows(batch.id)].count(RowState.DONE) == 1
        assert RowState.FAILED not in [r.state for r in h.runner.rows(batch.id)]  # nothing was charged
        sim.set_credits(KEY, 10)
        h.runner.resume(batch.id)
        finished = await h.runner.run(batch.id)
        assert finished.state is BatchState.FINISHED
        assert [r.state for r in h.runner.rows(batch.id)] == [RowState.DONE] * 3
        assert len(h.store.jobs.all()) == 3  # the refused requests left no job behind

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)


def test_cancel_while_pages_are_being_read(sim: SimServer, clock: FastClock, tmp_path: Path) -> None:
    """The run ends normally (it used to end cancelled, leaving paid renders unwatched)."""

    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:5], VariantGrid()), tmp_path / "out")

        def on_change(batch_id: int) -> None:
            rows = h.runner.rows(batch_id)
            if h.runner.batch(batch_id).state.open and any(r.job and r.job.project_id for r in rows):
                h.runner.cancel(batch_id)  # pages of the other products are still being read

        h.runner.subscribe(on_change)
        final = await h.runner.run(batch.id)
        assert final.state is BatchState.CANCELLED
        rows = h.runner.rows(batch.id)
        paid = [r for r in rows if r.job is not None and r.job.project_id]
        assert paid and all(r.state is RowState.DONE for r in paid)
        assert all(r.state is RowState.CANCELLED for r in rows if r not in paid)

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
