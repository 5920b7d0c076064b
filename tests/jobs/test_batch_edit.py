"""A batch row's product edited before its render (simulator, real SQLite, fast clock).

Edits saved while the product is open reach JoggAI (update product) and the row before the
row's render request; a product whose video was requested can be looked at, not changed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from jogg_desktop.jobs.batch_edit import EditScope, ViewOnly
from jogg_desktop.jobs.batch_model import VariantGrid
from jogg_desktop.jobs.batch_runner import BatchRunner, RowState
from jogg_desktop.jobs.batch_types import ProductStage
from jogg_desktop.sim import SimServer
from jogg_desktop.sim.fastclock import FastClock
from jogg_desktop.sim.state import RecordedRequest
from tests.jobs.batch_tools import RENDER, SPEED, Harness, plan, run_with, sim_config


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


async def until(runner: BatchRunner, batch_id: int, done: Callable[[], bool]) -> None:
    """Wait for the batch's next changes until ``done()`` (no timer: the runner's own news)."""
    changed = asyncio.Event()
    unsubscribe = runner.subscribe(lambda _batch: changed.set())
    try:
        while not done():
            changed.clear()
            await asyncio.wait_for(changed.wait(), timeout=20)
    finally:
        unsubscribe()


def in_order(sim: SimServer) -> list[RecordedRequest]:
    return [r for r in sim.requests if (r.method, r.route) in (("PUT", "/product"), ("POST", RENDER))]


def test_edits_saved_while_open_reach_joggai_and_the_row_before_its_render(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:2], VariantGrid()), tmp_path / "out")
        first = h.runner.rows(batch.id)[0].product.id
        assert h.runner.hold(first).scope is EditScope.DETAILS  # not read yet
        assert h.runner.hold(first).why is ViewOnly.ELSEWHERE  # one editor at a time
        run = h.runner.start(batch.id)
        await until(h.runner, batch.id, lambda: h.runner.product_row(first).stage is ProductStage.READY
                    and h.runner.rows(batch.id)[1].state is RowState.DONE)
        # The other product went ahead; this one waits for its editor.
        assert h.runner.rows(batch.id)[0].job is None
        assert h.runner.edit_scope(first).scope is EditScope.PRODUCT  # read meanwhile: everything
        product = h.runner.product_row(first).product
        assert product is not None and product.media
        media = (replace(product.media[-1], description="the mug on a desk"), *product.media[:-1])
        edited = replace(product, name="Desk mug, blue", media=media)
        await h.runner.save_product(first, edited)
        h.runner.release(first)
        await run
        row = h.runner.rows(batch.id)[0]
        assert row.state is RowState.DONE and row.product_name == "Desk mug, blue"
        assert row.job is not None and row.job.product == edited and row.job.video_path is not None
        assert row.job.video_path.name == "Desk mug, blue.mp4"
        # Requested now: it can be looked at, not changed.
        assert h.runner.hold(first).why is ViewOnly.REQUESTED
        with pytest.raises(ValueError):
            await h.runner.save_product(first, replace(edited, name="Too late"))

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    order = in_order(sim)
    put = next(i for i, r in enumerate(order) if r.method == "PUT")
    assert order[put].json["name"] == "Desk mug, blue"
    assert order[put].json["media"][0]["description"] == "the mug on a desk"
    renders = [r for r in order if r.method == "POST"]
    assert len(renders) == 2  # one per row, none twice
    edited_render = next(i for i, r in enumerate(order) if r.method == "POST"
                         and r.json["product_id"] == order[put].json["product_id"])
    assert put < edited_render  # the edits were at JoggAI before the render request


def test_details_of_a_product_not_read_yet_are_applied_once_it_is(
    sim: SimServer, clock: FastClock, tmp_path: Path
) -> None:
    async def work(h: Harness) -> None:
        batch = h.runner.create(plan(sim.demo_product_urls()[:1], VariantGrid()), tmp_path / "out")
        first = h.runner.rows(batch.id)[0].product.id
        assert h.runner.hold(first).scope is EditScope.DETAILS
        await h.runner.save_details(first, " Spring mug ", "Hand-made, 350 ml.", "tea lovers")
        with pytest.raises(ValueError):  # a product not read has no pictures to change yet
            await h.runner.save_product(first, h.runner.product_row(first).product)  # type: ignore[arg-type]
        h.runner.release(first)
        await h.runner.run(batch.id)
        (row,) = h.runner.rows(batch.id)
        assert row.state is RowState.DONE and row.product_name == "Spring mug"

    run_with(sim, tmp_path / "jobs.sqlite3", clock, work)
    (put,) = sim.requests_to("PUT", "/product")
    assert (put.json["name"], put.json["description"], put.json["target_audience"]) == (
        "Spring mug", "Hand-made, 350 ml.", "tea lovers")
    (render,) = sim.requests_to("POST", RENDER)
    assert render.at > put.at
