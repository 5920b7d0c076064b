"""Compare looks (issue #14) against the simulator over real sockets: the settings page's
"Compare looks…", the styles and their cost, the previews as tiles (one failing while the others
go on), a preview watched at full size, another rendered in full, played and saved; and a
restart while previews are pending."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from jogg_desktop.api.generation import ApiGeneration
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.previews import PreviewManager
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.models import AspectRatio, VideoLength, VisualStyleLook
from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.store import Store
from tests.conftest import run_async
from tests.ui.conftest import accessible_problems, fast_client
from tests.ui.media_files import media_test
from tests.ui.render_support import SIM_POLL_SECONDS
from tests.ui.test_wizard_render_flows import LEFT, _click, _finish_and_save, _progress, _to_settings
from ui.app import AppShell
from ui.history import HistoryWindow
from ui.history.player_dialog import PlayerDialog
from ui.pages.settings_page import SettingsPage
from ui.previews import open_compare_windows
from ui.previews.chooser import CompareLooksDialog
from ui.previews.launch import START_KEY
from ui.previews.model import PreviewState
from ui.previews.tile import PreviewTile
from ui.previews.window import CompareWindow
from ui.wizard import WizardWindow

pytestmark = media_test


def _wire(ctx: Any, store: Store, *, poll: float = SIM_POLL_SECONDS) -> None:
    """The app's wiring (ui/app.py attach_jobs) over ``store``, polling the simulator often."""
    ctx.make_jobs = lambda api: JobManager(api, store.jobs, poll_schedule=lambda _e: poll)
    ctx.make_previews = lambda api, jobs: PreviewManager(api, store.previews, jobs,
                                                         poll_schedule=lambda _e: poll)


def _close(qtbot: Any, ctx: Any) -> None:
    """The app's shutdown order: tasks, previews, jobs."""
    for window in open_compare_windows(ctx):
        window.close()
    run_async(qtbot, ctx.tasks.shutdown())
    if ctx.previews is not None:
        run_async(qtbot, ctx.previews.aclose())
    if ctx.jobs is not None:
        run_async(qtbot, ctx.jobs.aclose())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "jobs.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def compare_ctx(
    sim_ctx: Any, sim: SimServer, sim_key: str, store: Store, qtbot: Any, tmp_path: Path
) -> Iterator[Any]:
    """Connected to the simulator's host on v2 (the default), with jobs and previews."""
    sim_ctx.api_base = sim_ctx.real_api_base = sim.origin
    sim_ctx.make_api = lambda key: fast_client(key, sim.origin)
    _wire(sim_ctx, store)
    run_async(qtbot, sim_ctx.connect(sim_ctx.make_api(sim_key)))
    assert sim_ctx.api.generation is ApiGeneration.V2 and sim_ctx.previews is not None
    sim_ctx.settings.set("video/save_dir", str(tmp_path / "videos"))
    yield sim_ctx
    _close(qtbot, sim_ctx)


@pytest.fixture
def window(qtbot: Any, compare_ctx: Any) -> WizardWindow:
    win = WizardWindow(compare_ctx)
    qtbot.addWidget(win)
    win.resize(1100, 820)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("link")
    return win


def _open_chooser(qtbot: Any, window: WizardWindow) -> CompareLooksDialog:
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage) and window.current_name() == "settings"
    qtbot.waitUntil(page.compare_looks.button.isEnabled, timeout=30_000)
    button = page.compare_looks.button
    assert isinstance(button, QPushButton)
    # Beside "Make video" in the wizard's footer, on the settings page only.
    assert button.parent() is window.next_button.parent() and button.isVisible()
    assert button.geometry().right() < window.next_button.geometry().left()
    assert abs(button.geometry().center().y() - window.next_button.geometry().center().y()) <= 2
    _click(qtbot, button)
    dialog = page.compare_looks.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _tick(qtbot: Any, dialog: CompareLooksDialog, names: list[str]) -> None:
    gallery = dialog.gallery
    for name in names:
        row = gallery.names().index(name)
        item = gallery.item(row)
        if not item.isSelected():
            gallery.scrollToItem(item)
            qtbot.mouseClick(gallery.viewport(), LEFT, pos=gallery.visualItemRect(item).center())
    assert set(names) <= set(dialog.chosen())


def test_compare_looks_offers_the_formats_styles_with_the_cost_first(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    page = _to_settings(qtbot, window, sim)
    page.aspect_cards.button(AspectRatio.SQUARE).click()
    page.length_buttons[VideoLength.LONG].click()
    qtbot.waitUntil(lambda: page.compare_looks.button.isEnabled(), timeout=30_000)
    posts_before = sum(1 for r in sim.requests if r.method == "POST")
    _click(qtbot, page.compare_looks.button)
    dialog = page.compare_looks.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.gallery.names() == page.look_chooser.style_list.names()  # this format's styles
    assert len(dialog.chosen()) == 1  # the current look starts ticked
    assert not dialog.make_button.isEnabled()
    assert "pick at least two" in dialog.count_label.text()

    others = [n for n in dialog.gallery.names() if n not in dialog.chosen()]
    _tick(qtbot, dialog, others[:2])
    assert dialog.cost_label.text() == "3 previews × 0.5 credit = 1.5 credits"
    assert dialog.make_button.isEnabled() and dialog.make_button.text() == "Make 3 previews (1.5 credits)"
    _tick(qtbot, dialog, others[2:5])
    assert len(dialog.chosen()) == 6
    seventh = dialog.gallery.item(dialog.gallery.names().index(others[5]))
    qtbot.mouseClick(dialog.gallery.viewport(), LEFT, pos=dialog.gallery.visualItemRect(seventh).center())
    assert len(dialog.chosen()) == 6 and not seventh.isSelected()  # refused, and said
    assert "Six looks at most" in dialog.count_label.text()
    assert dialog.cost_label.text() == "6 previews × 0.5 credit = 3 credits"

    # By keyboard: Enter (or Space) on a style ticks or unticks it, never sends anything.
    gallery = dialog.gallery
    gallery.setFocus()
    row = gallery.names().index(others[0])
    gallery.setCurrentRow(row, gallery.selectionModel().SelectionFlag.NoUpdate)
    qtbot.keyClick(gallery, Qt.Key.Key_Return)
    assert others[0] not in dialog.chosen() and dialog.isVisible()
    qtbot.keyClick(gallery, Qt.Key.Key_Space)
    assert others[0] in dialog.chosen()
    assert not accessible_problems(dialog)

    _click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert sum(1 for r in sim.requests if r.method == "POST") == posts_before  # nothing sent


def test_a_template_look_says_previews_come_in_visual_styles(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    page = _to_settings(qtbot, window, sim)
    qtbot.mouseClick(page.look_chooser.template_radio, LEFT)
    keys = page.look_chooser.template_grid.item_keys()
    page.look_chooser.template_grid.select(keys[0])
    _click(qtbot, page.compare_looks.button)
    dialog = page.compare_looks.dialog
    assert dialog is not None
    assert dialog.template_note.isVisible()
    assert "Templates have no previews" in dialog.template_note.text()
    assert dialog.chosen() == [] and dialog.gallery.count() > 0
    dialog.reject()



PREVIEW_LIST = "/v2/create_video_from_product/preview_list"
RENDER_PREVIEW = "/v2/create_video_from_product/render_single_preview"
TIMEOUT = 90_000


def _posts(sim: SimServer, path: str) -> list[Any]:
    return [r for r in sim.requests if r.method == "POST" and r.path == path]


def _ask_for_previews(qtbot: Any, window: WizardWindow, count: int = 3) -> CompareWindow:
    """Settings page → Compare looks… → ``count`` styles (the current one first) → confirmed."""
    dialog = _open_chooser(qtbot, window)
    others = [n for n in dialog.gallery.names() if n not in dialog.chosen()]
    _tick(qtbot, dialog, others[: count - 1])
    _click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: len(open_compare_windows(window.ctx)) == 1, timeout=TIMEOUT)
    [compare] = open_compare_windows(window.ctx)
    qtbot.waitExposed(compare)
    qtbot.waitUntil(lambda: not window.ctx.tasks.is_running(START_KEY), timeout=TIMEOUT)  # answered
    return compare


def _playing(tile: PreviewTile) -> bool:
    player = tile.player
    return (player.isVisible() and player.has_player() and player.is_playing()
            and player.player.position() > 0 and player.video.videoSink().videoFrame().isValid())


def test_three_looks_one_failing_another_made_in_full_played_and_saved(
    qtbot: Any, window: WizardWindow, sim: SimServer, tmp_path: Path
) -> None:
    page = _to_settings(qtbot, window, sim)
    current = page.look_chooser.look()
    assert isinstance(current, VisualStyleLook)
    failing = next(n for n in page.look_chooser.style_list.names() if n != current.name)
    sim.inject(Fault(route="POST /create_video_from_product/preview_list", kind="style_fail", msg=failing))
    compare = _ask_for_previews(qtbot, window)

    [request] = _posts(sim, PREVIEW_LIST)  # one request for the three looks, sent once
    assert failing in str(request.json)
    tiles = list(compare.tiles.values())
    assert len(tiles) == 3 and failing in [t.style_name for t in tiles]
    bad = compare.tiles[next(k for k, t in compare.tiles.items() if t.style_name == failing)]
    good = [t for t in tiles if t is not bad]
    qtbot.waitUntil(lambda: bad.view().state is PreviewState.FAILED, timeout=TIMEOUT)
    assert bad.status.text().startswith("Not made: ")  # JoggAI's own reason, said plainly
    assert not bad.render_button.isVisible()
    # The others go on, and play muted in a loop side by side.
    qtbot.waitUntil(lambda: all(_playing(t) for t in good), timeout=TIMEOUT)
    assert all(t.player._audio is not None and t.player._audio.isMuted() for t in good)
    assert "1 not made" in compare.summary.text()
    tops = {t.geometry().top() for t in tiles}
    assert len(tops) == 1  # side by side

    # One click: the first look with sound, at full size.
    _click(qtbot, good[0].watch_button)
    [full] = compare.findChildren(PlayerDialog)
    qtbot.waitUntil(lambda: full.player.is_playing() and full.player.player.position() > 0, timeout=20_000)
    assert full.player._audio is not None and not full.player._audio.isMuted()
    assert full.width() > good[0].player.width()
    full.close()

    # Another look is picked: the cost is asked first, then the full video is made once.
    _click(qtbot, good[1].render_button)
    box = compare.confirm_box
    assert box is not None and box.isVisible()
    assert "1 credit" in box.text()
    make = next(b for b in box.buttons() if b.text() == "Make the video (1 credit)")
    assert isinstance(make, QPushButton)
    _click(qtbot, make)
    qtbot.waitUntil(lambda: window.current_name() == "progress", timeout=TIMEOUT)
    assert not open_compare_windows(window.ctx)
    _finish_and_save(qtbot, window, tmp_path, "picked-look.mp4")
    [render] = _posts(sim, RENDER_PREVIEW)
    picked = window.ctx.previews.get(good[1].key)
    assert picked is not None
    assert render.json["preview_id"] == picked.preview_id
    assert not _posts(sim, "/v2/create_video_from_product")  # not a second, ordinary render
    job = _progress(window).job()
    assert job is not None and picked.render_job_id == job.id
    assert job.settings.look == VisualStyleLook(good[1].style_name)
    assert len(_posts(sim, PREVIEW_LIST)) == 1

    # History lists the previews apart from the video, and opens the compare view again.
    history = window.open_history()
    assert isinstance(history, HistoryWindow)
    row = history.set_row_of(picked.set_id)
    assert row is not None and history.row_of(job.id) is not None
    title, status = history.table.item(row, 0), history.table.item(row, 1)
    assert title is not None and title.text().startswith("Previews: ")
    assert status is not None and "1 made in full" in status.text()
    history.select_set(picked.set_id)
    _click(qtbot, history.compare_button)
    qtbot.waitUntil(lambda: len(open_compare_windows(window.ctx)) == 1)
    qtbot.waitUntil(lambda: not window.ctx.thumbnails.busy(), timeout=TIMEOUT)  # covers fetched
    history.close()
    # The look made in full shows its video again: nothing is asked of JoggAI, nothing charged.
    [again] = open_compare_windows(window.ctx)
    tile = again.tiles[picked.id]
    assert tile.render_button.text() == "Show the full video"
    window.show_page("settings")
    _click(qtbot, tile.render_button)
    assert again.confirm_box is None
    qtbot.waitUntil(lambda: window.current_name() == "progress")
    assert _progress(window).job().id == job.id
    assert len(_posts(sim, RENDER_PREVIEW)) == 1

    # Deleting the previews from History: their window closes, the full video stays listed.
    history = window.open_history()
    assert isinstance(history, HistoryWindow)
    history.select_set(picked.set_id)
    _click(qtbot, history.delete_button)
    [box] = [b for b in history.findChildren(QMessageBox) if b.isVisible()]
    assert "The preview files go too" in box.text()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert isinstance(yes, QPushButton)
    _click(qtbot, yes)
    qtbot.waitUntil(lambda: history.set_row_of(picked.set_id) is None)
    assert history.row_of(job.id) is not None and not open_compare_windows(window.ctx)
    assert window.ctx.previews.preview_set(picked.set_id) == []
    assert picked.video_path is not None and not picked.video_path.exists()
    qtbot.waitUntil(lambda: not window.ctx.thumbnails.busy(), timeout=TIMEOUT)  # covers fetched
    history.close()


def _second_context(sim: SimServer, sim_key: str, memory_keys: Any, store: Store) -> Any:
    """A new start of the app over the same store: its own services, the key in the keyring."""
    from jogg_desktop.secrets import SERVICE, USERNAME
    from ui.context import AppContext
    from ui.imaging.qt_fetch import lazy_qt_fetch
    from ui.imaging.thumbnails import ThumbnailLoader
    from ui.settings_store import SettingsStore
    from ui.tasks import TaskRunner

    holder: dict[str, Any] = {}
    ctx = AppContext(
        tasks=TaskRunner(), settings=SettingsStore(),
        thumbnails=ThumbnailLoader(lazy_qt_fetch(lambda url: holder["ctx"].require_api().fetch_bytes(url))),
        api_base=sim.origin, make_api=lambda key: fast_client(key, sim.origin), keys=memory_keys,
    )
    holder["ctx"] = ctx
    memory_keys.test_backend.secrets[(SERVICE, USERNAME)] = sim_key
    _wire(ctx, store)
    return ctx


def test_previews_pending_at_a_restart_are_picked_up_and_shown(
    qtbot: Any, sim_ctx: Any, sim: SimServer, sim_key: str, memory_keys: Any, store: Store, tmp_path: Path
) -> None:
    # The first run asks for three looks and stops while JoggAI is still making them.
    sim_ctx.api_base = sim_ctx.real_api_base = sim.origin
    sim_ctx.make_api = lambda key: fast_client(key, sim.origin)
    _wire(sim_ctx, store, poll=3600)  # it never gets round to looking before it stops
    run_async(qtbot, sim_ctx.connect(sim_ctx.make_api(sim_key)))
    first = WizardWindow(sim_ctx)
    qtbot.addWidget(first)
    first.resize(1100, 820)
    first.show()
    first.show_page("link")
    _to_settings(qtbot, first, sim)
    compare = _ask_for_previews(qtbot, first)
    pending = store.previews.all()
    assert len(pending) == 3 and all(p.stage is JobStage.RENDERING for p in pending)
    assert all(t.view().state is PreviewState.WAITING for t in compare.tiles.values())
    assert all(t.busy.isVisible() and "making this preview" in t.status.text()
               for t in compare.tiles.values())
    _close(qtbot, sim_ctx)  # the app stops (window closed, work cancelled): the rows stay
    first.close()
    assert all(p.stage is JobStage.RENDERING for p in store.previews.all())

    # The next start, over the same store: picked up, shown again, finished; never asked again.
    ctx = _second_context(sim, sim_key, memory_keys, store)
    window = WizardWindow(ctx)
    qtbot.addWidget(window)
    shell = AppShell(ctx, window, demo=False)
    window.show()
    shell.start()
    try:
        qtbot.waitUntil(lambda: len(open_compare_windows(ctx)) == 1, timeout=TIMEOUT)
        [again] = open_compare_windows(ctx)
        assert again.isVisible()
        assert sorted(t.style_name for t in again.tiles.values()) == sorted(p.style for p in pending)
        banner = window.current_page().banner
        assert banner.isVisible() and "Picking up 1 set of previews from last time" in banner.text
        qtbot.waitUntil(lambda: all(_playing(t) for t in again.tiles.values()), timeout=TIMEOUT)
        assert all(p.stage is JobStage.DONE and p.video_path is not None and p.video_path.exists()
                   for p in store.previews.all())
        assert len(_posts(sim, PREVIEW_LIST)) == 1
    finally:
        _close(qtbot, ctx)
        run_async(qtbot, ctx.thumbnails.aclose())
        if ctx.api is not None:
            run_async(qtbot, ctx.api.aclose())


@pytest.fixture
def v1_window(qtbot: Any, sim_ctx: Any, sim_key: str, store: Store, tmp_path: Path) -> Iterator[WizardWindow]:
    """A key on JoggAI's older API (v1): one preview request per look."""
    _wire(sim_ctx, store)
    run_async(qtbot, sim_ctx.connect(sim_ctx.make_api(sim_key)))
    assert sim_ctx.api.generation is ApiGeneration.V1
    sim_ctx.settings.set("video/save_dir", str(tmp_path / "videos"))
    win = WizardWindow(sim_ctx)
    qtbot.addWidget(win)
    win.resize(1100, 820)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("link")
    yield win
    _close(qtbot, sim_ctx)


def test_on_v1_each_look_is_its_own_request_and_the_full_video_a_normal_render(
    qtbot: Any, v1_window: WizardWindow, sim: SimServer
) -> None:
    window = v1_window
    page = _to_settings(qtbot, window, sim)
    current = page.look_chooser.look()
    assert isinstance(current, VisualStyleLook)
    failing = next(n for n in page.look_chooser.style_list.names() if n != current.name)
    sim.inject(Fault(route="POST /preview", kind="style_fail", msg=failing))
    compare = _ask_for_previews(qtbot, window)
    assert len(_posts(sim, "/v1/preview")) == 3  # one per look, each sent once
    bad = next(t for t in compare.tiles.values() if t.style_name == failing)
    good = [t for t in compare.tiles.values() if t is not bad]
    qtbot.waitUntil(lambda: bad.view().state is PreviewState.FAILED, timeout=TIMEOUT)
    assert bad.status.text().startswith("Not made: ")
    qtbot.waitUntil(lambda: all(_playing(t) for t in good), timeout=TIMEOUT)
    assert not accessible_problems(compare)

    _click(qtbot, good[0].render_button)
    box = compare.confirm_box
    assert box is not None
    make = next(b for b in box.buttons() if b.text() == "Make the video (1 credit)")
    assert isinstance(make, QPushButton)
    _click(qtbot, make)
    qtbot.waitUntil(lambda: window.current_name() == "progress", timeout=TIMEOUT)
    progress = _progress(window)
    qtbot.waitUntil(lambda: (job := progress.job()) is not None and job.stage is JobStage.DONE,
                    timeout=TIMEOUT)
    [render] = _posts(sim, "/v1/create_video_from_url")
    assert render.json["visual_style"] == good[0].style_name
    assert len(_posts(sim, "/v1/preview")) == 3


def test_previews_refused_for_lack_of_credits_say_so_on_the_settings_page(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    page = _to_settings(qtbot, window, sim)
    sim.inject(Fault(route="POST /create_video_from_product/preview_list", kind="envelope", code=18020,
                     times=1))
    dialog = _open_chooser(qtbot, window)
    others = [n for n in dialog.gallery.names() if n not in dialog.chosen()]
    _tick(qtbot, dialog, others[:1])
    _click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: page.banner.isVisible() and "run out of credits" in page.banner.text,
                    timeout=TIMEOUT)
    assert page.banner.action_button.text() == "Buy credits in JoggAI"
    assert not open_compare_windows(window.ctx)  # nothing was made: no empty window stays
    assert len(_posts(sim, PREVIEW_LIST)) == 1
    assert all(p.stage is JobStage.FAILED for p in window.ctx.previews.previews())
    assert page.compare_looks.button.isEnabled()  # the seller may ask again, by their own click


def test_a_lost_answer_is_never_sent_again_and_the_previews_are_found(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    _to_settings(qtbot, window, sim)
    # JoggAI makes the previews (and charges), but the answer never arrives.
    sim.inject(Fault(route="POST /create_video_from_product/preview_list", kind="reset", after_handler=True,
                     times=1))
    compare = _ask_for_previews(qtbot, window, count=2)
    # Looked up in JoggAI's list of previews by the request's name: found, followed, shown.
    qtbot.waitUntil(lambda: all(_playing(t) for t in compare.tiles.values()), timeout=TIMEOUT)
    assert len(_posts(sim, PREVIEW_LIST)) == 1


def test_a_look_not_made_last_time_is_worded_by_its_reason(
    qtbot: Any, compare_ctx: Any, store: Store, tmp_path: Path
) -> None:
    """After a restart the core's typed error is gone; its stored words lead back to it, so the
    seller reads the app's wording (in their language), and JoggAI's own words stay as they are."""
    from jogg_desktop.jobs.previews import PreviewNotMadeError
    from jogg_desktop.models import Product, VideoSettings
    from ui.errors import describe
    from ui.previews.source import ManagerSource

    rows = store.previews.create_set(Product(id="p1", name="Mug"), VideoSettings(),
                                     ["FullScreen", "Rotary Switch"], tmp_path, credits=0.5,
                                     generation=ApiGeneration.V2)
    store.previews.update(rows[0].id, stage=JobStage.FAILED, error_message=PreviewNotMadeError().message)
    said = "Style not available for this product"  # JoggAI's err_msg
    store.previews.update(rows[1].id, stage=JobStage.FAILED, error_message=said)
    source = ManagerSource(compare_ctx.previews, rows[0].set_id, lambda: tmp_path)
    first, second = source.views()
    assert first.state is PreviewState.FAILED and second.state is PreviewState.FAILED
    assert first.reason == describe(PreviewNotMadeError()).text != PreviewNotMadeError().message
    assert second.reason == said


def test_a_paid_preview_whose_download_failed_is_got_again_at_no_charge(
    qtbot: Any, window: WizardWindow, sim: SimServer
) -> None:
    _to_settings(qtbot, window, sim)
    sim.inject(Fault(route="GET /media/renders/*", kind="http_503", times=-1))  # the video host is down
    compare = _ask_for_previews(qtbot, window, count=2)
    tiles = list(compare.tiles.values())
    qtbot.waitUntil(lambda: all(t.view().state is PreviewState.FAILED for t in tiles), timeout=TIMEOUT)
    assert all(t.fetch_button.isVisible() and not t.render_button.isVisible() for t in tiles)
    assert "nothing is charged again" in tiles[0].status.text()
    sim.clear_faults()
    _click(qtbot, tiles[0].fetch_button)
    qtbot.waitUntil(lambda: _playing(tiles[0]), timeout=TIMEOUT)
    assert not tiles[0].fetch_button.isVisible() and tiles[1].fetch_button.isVisible()
    assert len(_posts(sim, PREVIEW_LIST)) == 1  # got again: never asked for again
