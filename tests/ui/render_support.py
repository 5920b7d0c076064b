"""Shared set-up for UI-B's tests that render against the simulator over real sockets.

Builds on ``sim_ctx`` (tests/ui/conftest.py): a real client and a real ``JobManager`` on a real
SQLite store, with the job service's poll schedule shortened for the simulator (the real
etiquette waits 10 s before the first poll, docs/joggai-api.md §5). Tests never sleep: they wait on
conditions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.previews import PreviewManager
from jogg_desktop.models import Product
from jogg_desktop.store import Store
from tests.conftest import run_async

SIM_POLL_SECONDS = 0.2


@pytest.fixture
def connected(sim_ctx: Any, sim_key: str, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """``sim_ctx`` connected with a valid key and a job service (and previews, as the app wires
    them) that poll the simulator often."""
    store = Store(tmp_path / "jobs.sqlite3")
    sim_ctx.make_jobs = lambda api: JobManager(api, store.jobs, poll_schedule=lambda _e: SIM_POLL_SECONDS)
    sim_ctx.make_previews = lambda api, jobs: PreviewManager(
        api, store.previews, jobs, poll_schedule=lambda _e: SIM_POLL_SECONDS)
    run_async(qtbot, sim_ctx.connect(sim_ctx.make_api(sim_key)))
    sim_ctx.settings.set("video/save_dir", str(tmp_path / "videos"))
    yield sim_ctx
    sim_ctx.tasks.cancel_all()
    if sim_ctx.previews is not None:
        run_async(qtbot, sim_ctx.previews.aclose())
    if sim_ctx.jobs is not None:
        run_async(qtbot, sim_ctx.jobs.aclose())
    store.close()


def demo_product(qtbot: Any, ctx: Any, sim: Any, index: int = 0) -> Product:
    product: Product = run_async(qtbot, ctx.api.create_product_from_url(sim.demo_product_urls()[index]))
    ctx.state.product = product
    return product


def render_posts(sim: Any) -> int:
    """How many render requests reached the simulator (each one may charge credits)."""
    return sum(1 for r in sim.requests if r.method == "POST" and r.path.endswith("/create_video_from_url"))
