"""The whole wizard on JoggAI's v2 API against the simulator: a played and saved video with its
credit cost shown, a template video for a v2 user (made with v1, same key), and the advanced
API-generation choice in the menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jogg_desktop.api.generation import ApiGeneration
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.models import AspectRatio, Ownership, TemplateLook, VisualStyleLook
from jogg_desktop.sim import SimServer
from jogg_desktop.store import Store
from tests.conftest import run_async
from tests.ui.conftest import fast_client
from tests.ui.render_support import SIM_POLL_SECONDS
from tests.ui.test_wizard_render_flows import LEFT, _click, _finish_and_save, _progress, _to_settings
from ui.history.status_text import status_text
from ui.wizard import WizardWindow

V2_RENDER = "/v2/create_video_from_product"


@pytest.fixture
def connected_v2(sim_ctx: Any, sim: SimServer, sim_key: str, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """Connected to the simulator's host: the client speaks v2 (the default)."""
    sim_ctx.api_base = sim_ctx.real_api_base = sim.origin
    sim_ctx.make_api = lambda key: fast_client(key, sim.origin)
    store = Store(tmp_path / "jobs.sqlite3")
    sim_ctx.make_jobs = lambda api: JobManager(api, store.jobs, poll_schedule=lambda _e: SIM_POLL_SECONDS)
    run_async(qtbot, sim_ctx.connect(sim_ctx.make_api(sim_key)))
    assert sim_ctx.api.generation is ApiGeneration.V2
    sim_ctx.settings.set("video/save_dir", str(tmp_path / "videos"))
    yield sim_ctx
    sim_ctx.tasks.cancel_all()
    if sim_ctx.jobs is not None:
        run_async(qtbot, sim_ctx.jobs.aclose())
    store.close()


@pytest.fixture
def window(qtbot: Any, connected_v2: Any) -> WizardWindow:
    win = WizardWindow(connected_v2)
    qtbot.addWidget(win)
    win.resize(1100, 820)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("link")
    return win


def _posts(sim: SimServer, path: str) -> list[Any]:
    return [r for r in sim.requests if r.method == "POST" and r.path == path]


def test_v2_wizard_to_a_played_and_saved_video_with_its_cost(
    qtbot: Any, window: WizardWindow, sim: SimServer, tmp_path: Path
) -> None:
    page = _to_settings(qtbot, window, sim)
    styles = [page.script_style.item(i).data(256) for i in range(page.script_style.count())]
    assert styles == ["Don't Worry", "Storytime", "Discovery", "Data", "Top 3 reasons", "Light marketing"]
    qtbot.waitUntil(lambda: page.balance_label.isVisible(), timeout=30_000)
    assert "100 credits" in page.balance_label.text() and "JoggAI's figure" in page.balance_label.text()
    page.script_style.set_style("Storytime")
    page.aspect_cards.button(AspectRatio.SQUARE).click()
    shown = page.avatar_grid.visible_avatars()
    assert shown and all(a.aspect in (AspectRatio.SQUARE, None) for a in shown)
    page.avatar_grid.grid.select((shown[0].ownership, shown[0].id))
    page.look_chooser.style_list.setCurrentRow(0)
    style = page.look_chooser.look()
    assert isinstance(style, VisualStyleLook)
    page.name_edit.setText("Square promo")

    _click(qtbot, window.next_button)
    _finish_and_save(qtbot, window, tmp_path, "square.mp4")

    [render] = _posts(sim, V2_RENDER)
    body = render.json
    assert body["video_spec"]["aspect_ratio"] == "square" and body["script"]["style"] == "Storytime"
    assert body["visual_style"] == style.name and body["avatar"]["id"] == shown[0].id
    assert body["video_spec"]["name"].startswith("Square promo · ")  # readable, unique per job
    assert not _posts(sim, "/v1/create_video_from_url")
    progress = _progress(window)
    assert progress.credits_label.isVisible()
    assert progress.credits_label.text() == "This video used 1 credit (JoggAI's figure)."
    job = progress.job()
    assert job is not None and job.generation is ApiGeneration.V2
    assert status_text(job) == "Ready · 1 credit"  # the History window's status column
    frame = progress.player.video.videoSink().videoSize()
    assert frame.width() == frame.height()


def test_a_v2_user_makes_a_template_video(
    qtbot: Any, window: WizardWindow, sim: SimServer, tmp_path: Path
) -> None:
    page = _to_settings(qtbot, window, sim)
    assert page.script_style.count() == 6
    qtbot.mouseClick(page.look_chooser.template_radio, LEFT)
    assert page.script_style.count() == 16  # a template video is made with v1: its 16 styles
    keys = page.look_chooser.template_grid.item_keys()
    assert keys  # the templates come from v1 with the same key
    chosen = next((k for k in keys if k[0] is Ownership.PUBLIC), keys[0])
    page.look_chooser.template_grid.select(chosen)
    assert page.look_chooser.look() == TemplateLook(chosen[1], chosen[0])
    page.script_style.set_style("Comparison")  # a v1-only style, fine for a v1 job

    _click(qtbot, window.next_button)
    _finish_and_save(qtbot, window, tmp_path, "template-v2-user.mp4")

    [copy] = _posts(sim, "/v1/product")  # the product re-created on v1 from its details
    assert copy.json["name"] == window.ctx.state.product.name
    [render] = _posts(sim, "/v1/create_video_from_url")
    assert render.json["template_id"] == chosen[1] and render.json["script_style"] == "Comparison"
    assert render.json["product_id"] != window.ctx.state.product.id
    assert not _posts(sim, V2_RENDER)
    job = _progress(window).job()
    assert job is not None and job.generation is ApiGeneration.V1
    assert job.product.name == window.ctx.state.product.name


def test_the_api_generation_is_an_advanced_menu_choice(qtbot: Any, window: WizardWindow) -> None:
    actions = window.generation_actions
    assert actions[ApiGeneration.V2].isChecked() and not actions[ApiGeneration.V1].isChecked()
    actions[ApiGeneration.V1].trigger()
    qtbot.waitUntil(lambda: window.ctx.api.generation is ApiGeneration.V1, timeout=10_000)
    assert window.ctx.settings.get("api/version") == "v1"
    actions[ApiGeneration.V2].trigger()
    qtbot.waitUntil(lambda: window.ctx.api.generation is ApiGeneration.V2, timeout=10_000)
