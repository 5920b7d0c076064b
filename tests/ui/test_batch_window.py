"""The Batch window over a real batch runner, job manager, SQLite store and the simulator."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from jogg_desktop.catalog import CatalogService
from jogg_desktop.jobs.batch_model import parse_vary
from jogg_desktop.jobs.batch_runner import BatchRunner, RetryKind, RowState
from jogg_desktop.jobs.batch_store import BatchStore
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.models import AspectRatio, Ownership, Product, VideoSettings
from jogg_desktop.sim import SimServer
from jogg_desktop.store import Store
from tests.conftest import run_async
from tests.ui.conftest import accessible_problems, fast_client
from ui.batch import BatchWindow
from ui.batch.history_picker import HistoryPicker
from ui.batch.product_editor import ProductEditor
from ui.batch.variants import AVATARS, LOOKS, VOICES
from ui.tasks import TaskRunner
from ui.widgets.picker_dialog import PickerDialog

RENDER = "/create_video_from_url"
DONE_TIMEOUT = 90_000


@dataclass
class Setup:
    window: BatchWindow
    runner: BatchRunner
    sim: SimServer
    out: Path
    notes: list[str] = field(default_factory=list)
    opened: list[QUrl] = field(default_factory=list)
    history: list[Product] = field(default_factory=list)
    client: Any = None


@pytest.fixture
def setup(qtbot: Any, qloop: Any, ctx: Any, sim: SimServer, sim_key: str, tmp_path: Path) -> Iterator[Setup]:
    client = fast_client(sim_key, sim.base_url)
    ctx.api = client
    store = Store(tmp_path / "jobs.sqlite3")
    jobs = JobManager(client, store.jobs, poll_schedule=lambda _elapsed: 0.1)
    runner = BatchRunner(client, BatchStore(store.db), jobs)
    tasks = TaskRunner()
    notes: list[str] = []
    opened: list[QUrl] = []
    history: list[Product] = []
    window = BatchWindow(
        runner, tasks, current_settings=VideoSettings, default_folder=tmp_path / "out",
        notify=notes.append, open_url=opened.append, history=lambda: list(history),
        catalog=CatalogService(client),
        open_editor=lambda parent, row: ProductEditor(ctx, runner, row, parent),
    )
    qtbot.addWidget(window)
    window.show()
    yield Setup(window, runner, sim, tmp_path / "out", notes, opened, history, client)
    run_async(qtbot, tasks.shutdown())
    run_async(qtbot, jobs.aclose())
    run_async(qtbot, client.aclose())
    store.close()


def confirm(qtbot: Any, window: BatchWindow) -> str:
    """Click “Make the videos…”, then the confirmation's accept button; the question asked."""
    qtbot.mouseClick(window.start_button, _left())
    box = window.findChild(QMessageBox, "batchConfirm")
    assert box is not None and box.isVisible()
    text = box.text()
    accept = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(accept, _left())
    return text


def _left() -> Any:
    return Qt.MouseButton.LeftButton


def states(s: Setup) -> list[RowState]:
    assert s.window.batch_id is not None
    return [r.state for r in s.runner.rows(s.window.batch_id)]


def table_text(window: BatchWindow, row: int, column: int) -> str:
    item = window.table.item(row, column)
    return item.text() if item is not None else ""


def click_item(qtbot: Any, view: Any, item: Any) -> None:
    """A seller's click on one item of a list or grid."""
    view.scrollToItem(item)
    qtbot.mouseClick(view.viewport(), _left(), pos=view.visualItemRect(item).center())


def open_picker(qtbot: Any, w: BatchWindow, kind: str) -> PickerDialog:
    button = w.variants.findChild(QPushButton, f"choose_{kind}")
    qtbot.mouseClick(button, _left())
    dialog = w.variants._dialogs[kind]
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: w.variants.has_catalog(kind), timeout=20_000)
    return dialog


def finished(s: Setup) -> bool:
    return s.window.batch_id is not None and not s.runner.is_running(s.window.batch_id) and all(
        st in (RowState.DONE, RowState.FAILED) for st in states(s)
    ) and "Finished" in s.window.status.text()


def test_pasted_links_variants_grid_cost_confirmation_and_export(
    qtbot: Any, setup: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = setup.window
    assert not w.start_button.isEnabled()
    assert not accessible_problems(w)
    w.links_edit.setPlainText("\n".join(setup.sim.demo_product_urls()[:2]))  # a paste
    assert w.summary.text() == "2 products × 1 variant = 2 videos, 2 credits"
    cards = w.variants.format_cards
    qtbot.mouseClick(cards.button(AspectRatio.PORTRAIT), _left())
    qtbot.mouseClick(cards.button(AspectRatio.SQUARE), _left())
    assert w.summary.text() == "2 products × 2 variants = 4 videos, 4 credits"
    qtbot.mouseClick(cards.button(AspectRatio.SQUARE), _left())  # unticked again: 9:16 only

    dialog = open_picker(qtbot, w, AVATARS)
    grid = w.variants.avatar_grid.grid
    shown = [grid.list.item(i) for i in range(2)]
    assert all(w.variants.avatar_grid.fits(a) for a in w.variants.avatar_grid.visible_avatars())
    for item in shown:
        click_item(qtbot, grid.list, item)
    assert w.summary.text() == "2 products × 2 variants = 4 videos, 4 credits"  # live, picker open
    qtbot.waitUntil(grid.preview.is_playing)  # the last one clicked moves beside the grid
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Done
    picked = [str(item.data(Qt.ItemDataRole.UserRole)[1]) for item in shown]
    assert w.variants.options() == ["aspect=9:16", "avatar=" + ",".join(picked)]  # the CLI's --vary
    assert w.variants.grid().count == parse_vary(w.variants.options()).count == 2
    names = [w.variants.avatar_strip.item(i).text() for i in range(w.variants.avatar_strip.count())]
    assert names == [item.data(Qt.ItemDataRole.AccessibleTextRole) for item in shown]
    assert w.start_button.isEnabled()

    question = confirm(qtbot, w)
    assert "4 videos, 4 credits" in question and "uses 4 credits" in question
    qtbot.waitUntil(lambda: finished(setup), timeout=DONE_TIMEOUT)
    assert states(setup) == [RowState.DONE] * 4
    assert w.table.rowCount() == 4
    assert table_text(w, 0, 2) == "Done" and table_text(w, 0, 3) == "100 %"
    assert table_text(w, 1, 1) == f"9x16 {names[1]}"
    assert "4 of 4 videos done, 0 failed, 4 credits used" in w.status.text()
    assert len(setup.sim.requests_to("POST", RENDER)) == 4
    assert len(list(setup.out.glob("*.mp4"))) == 4

    target = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(w.export_button, _left())
    with target.open(encoding="utf-8") as f:
        lines = list(csv.DictReader(f))
    assert [line["status"] for line in lines] == ["done"] * 4
    assert all(Path(line["file"]).parent == setup.out and line["video address"] for line in lines)
    assert "Results saved" in w.status.text()
    qtbot.mouseClick(w.folder_open_button, _left())
    assert setup.opened == [QUrl.fromLocalFile(str(setup.out))]


def test_pause_holds_the_batch_and_resume_finishes_it(qtbot: Any, setup: Setup) -> None:
    w = setup.window
    w.links_edit.setPlainText(setup.sim.demo_product_urls()[0])
    confirm(qtbot, w)
    qtbot.mouseClick(w.pause_button, _left())  # before the run's first step: nothing is sent
    assert w.batch_id is not None
    qtbot.waitUntil(lambda: setup.runner.is_running(w.batch_id or 0))
    assert "Paused" in w.status.text() and w.resume_button.isEnabled() and not w.pause_button.isEnabled()
    assert states(setup) == [RowState.WAITING]
    assert not [r for r in setup.sim.requests if r.method == "POST"]
    qtbot.mouseClick(w.resume_button, _left())
    qtbot.waitUntil(lambda: finished(setup), timeout=DONE_TIMEOUT)
    assert states(setup) == [RowState.DONE]


def test_a_failing_row_says_why_while_the_others_go_on(qtbot: Any, setup: Setup) -> None:
    w = setup.window
    broken = setup.sim.origin + "/shop/products/no-such-product"
    w.links_edit.setPlainText(f"{broken}\n{setup.sim.demo_product_urls()[1]}")
    confirm(qtbot, w)
    qtbot.waitUntil(lambda: finished(setup), timeout=DONE_TIMEOUT)
    assert states(setup) == [RowState.FAILED, RowState.DONE]
    assert table_text(w, 0, 2).startswith("Failed: the product page could not be read: JoggAI could not read")
    w.table.selectRow(0)
    assert w.retry_button.isEnabled() and "nothing was charged" in w.retry_button.toolTip()
    assert w.selected_row() is not None and w.selected_row().retry is RetryKind.READ_AGAIN  # type: ignore[union-attr]
    w.table.selectRow(1)
    assert not w.retry_button.isEnabled()


def test_closing_leaves_the_batch_running_and_says_so(qtbot: Any, setup: Setup) -> None:
    w = setup.window
    w.links_edit.setPlainText(setup.sim.demo_product_urls()[2])
    confirm(qtbot, w)
    batch_id = w.batch_id
    assert batch_id is not None
    w.close()
    assert setup.notes and "goes on in the background" in setup.notes[0]
    qtbot.waitUntil(lambda: [r.state for r in setup.runner.rows(batch_id)] == [RowState.DONE],
                    timeout=DONE_TIMEOUT)


def test_products_picked_from_the_history_are_not_read_again(qtbot: Any, setup: Setup) -> None:
    w = setup.window
    urls = setup.sim.demo_product_urls()
    mug, lamp = (run_async(qtbot, setup.client.create_product_from_url(u)) for u in (urls[3], urls[4]))
    setup.history.extend([mug, lamp])
    setup.sim.clear_requests()
    qtbot.mouseClick(w.history_button, _left())
    picker = w.findChild(HistoryPicker, "historyPicker")
    assert picker is not None and picker.list.count() == 2
    picker.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    buttons = picker.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, _left())
    assert w.summary.text() == "1 product × 1 variant = 1 video, 1 credit"
    confirm(qtbot, w)
    qtbot.waitUntil(lambda: finished(setup), timeout=DONE_TIMEOUT)
    assert states(setup) == [RowState.DONE]
    assert not setup.sim.requests_to("POST", "/product")  # the page was not read again
    (render,) = setup.sim.requests_to("POST", RENDER)
    assert render.json["product_id"] == mug.id


def test_an_unfinished_batch_goes_on_when_the_window_opens(qtbot: Any, setup: Setup, tmp_path: Path) -> None:
    """As after a restart: the batch is stored, nothing of it sent; opening the window continues it."""
    from jogg_desktop.jobs.batch_model import BatchPlan, rows_from_links

    rows = rows_from_links(setup.sim.demo_product_urls()[0])
    batch = setup.runner.create(BatchPlan(tuple(rows), VideoSettings()), tmp_path / "later")
    tasks = TaskRunner()
    window = BatchWindow(setup.runner, tasks, current_settings=VideoSettings, default_folder=tmp_path)
    qtbot.addWidget(window)
    assert window.batch_id == batch.id and window.table.rowCount() == 1
    qtbot.waitUntil(lambda: [r.state for r in setup.runner.rows(batch.id)] == [RowState.DONE],
                    timeout=DONE_TIMEOUT)
    run_async(qtbot, tasks.shutdown())


def test_cancel_keeps_every_paid_video(qtbot: Any, setup: Setup) -> None:
    w = setup.window
    w.links_edit.setPlainText("\n".join(setup.sim.demo_product_urls()[:4]))
    confirm(qtbot, w)

    def some_requested() -> bool:
        return any(r.job is not None and r.job.project_id for r in setup.runner.rows(w.batch_id or 0))

    qtbot.waitUntil(some_requested, timeout=DONE_TIMEOUT)
    qtbot.mouseClick(w.cancel_button, _left())
    assert "Cancelled" in w.status.text() and not w.cancel_button.isEnabled()
    assert w.batch_id is not None
    qtbot.waitUntil(lambda: not setup.runner.is_running(w.batch_id or 0), timeout=DONE_TIMEOUT)
    rows = setup.runner.rows(w.batch_id)
    paid = [r for r in rows if r.job is not None and r.job.project_id]
    assert paid and all(r.state is RowState.DONE and r.job and r.job.video_path and r.job.video_path.is_file()
                        for r in paid)
    assert all(r.state is RowState.CANCELLED for r in rows if r not in paid)
    assert len(setup.sim.requests_to("POST", RENDER)) == len(paid)


def test_a_finished_batch_raises_one_desktop_notification(qtbot: Any, setup: Setup) -> None:
    from ui.batch import announce_finished

    told: list[tuple[str, str]] = []
    shown: list[bool] = []

    def notify(title: str, text: str, on_click: Any) -> bool:
        told.append((title, text))
        on_click()
        return True

    unsubscribe = announce_finished(setup.runner, lambda: notify, lambda: shown.append(True))
    w = setup.window
    w.links_edit.setPlainText(setup.sim.demo_product_urls()[0])
    confirm(qtbot, w)
    qtbot.waitUntil(lambda: finished(setup), timeout=DONE_TIMEOUT)
    qtbot.waitUntil(lambda: bool(told))
    unsubscribe()
    assert told == [("Your batch is finished", "1 of 1 videos are ready; 0 failed.")] and shown == [True]


def test_variants_are_picked_from_the_catalogs_with_the_count_and_cost_live(qtbot: Any, setup: Setup) -> None:
    w = setup.window
    w.links_edit.setPlainText("\n".join(setup.sim.demo_product_urls()[:3]))
    for length in list(w.variants.length_boxes)[:2]:
        qtbot.mouseClick(w.variants.length_boxes[length], _left())
    assert w.summary.text() == "3 products × 2 variants = 6 videos, 6 credits"

    dialog = open_picker(qtbot, w, VOICES)
    voices = w.variants.voice_list.list
    rows = [voices.item(i) for i in (1, 2, 3)]  # row 0 is "Let JoggAI choose"
    for item in rows:
        click_item(qtbot, voices, item)
    assert w.summary.text() == "3 products × 6 variants = 18 videos, 18 credits"
    click_item(qtbot, voices, rows[2])  # clicked again: left out
    assert w.summary.text() == "3 products × 4 variants = 12 videos, 12 credits"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), _left())
    assert w.variants.voice_strip.count() == 2

    dialog = open_picker(qtbot, w, LOOKS)
    gallery = w.variants.style_gallery
    click_item(qtbot, gallery, gallery.item(0))
    click_item(qtbot, gallery, gallery.item(1))
    assert w.summary.text() == "3 products × 8 variants = 24 videos, 24 credits"
    dialog.reject()  # Cancel: the looks as they were
    assert w.summary.text() == "3 products × 4 variants = 12 videos, 12 credits"
    assert w.variants.look_strip.item(0).flags() == Qt.ItemFlag.NoItemFlags  # "as in the settings"

    dialog = open_picker(qtbot, w, AVATARS)
    w.variants.avatar_grid.grid.set_picked_keys([(Ownership.PUBLIC, 81)])
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), _left())
    qtbot.mouseClick(w.variants.format_cards.button(AspectRatio.LANDSCAPE), _left())
    qtbot.mouseClick(w.variants.format_cards.button(AspectRatio.PORTRAIT), _left())
    assert w.summary.text() == "3 products × 8 variants = 24 videos, 24 credits"
    options = w.variants.options()
    assert options[0] == "aspect=16:9,9:16" or options[0] == "aspect=9:16,16:9"
    assert options[2] == "avatar=81" and options[3].startswith("voice=")
    # Avatar 81 is made for one format: the note says so before anything is sent.
    assert w.variants.note.isVisible() and "another format" in w.variants.note.text()
    assert not accessible_problems(w)
    assert not setup.sim.requests_to("POST", RENDER)


def editor_of(w: BatchWindow) -> ProductEditor:
    (editor,) = [e for e in w.findChildren(ProductEditor, "batchProductEditor") if e.isVisible()]
    return editor


def test_a_row_opens_in_the_product_editor_and_its_edits_go_into_its_video(qtbot: Any, setup: Setup) -> None:
    w, runner = setup.window, setup.runner
    w.links_edit.setPlainText("\n".join(setup.sim.demo_product_urls()[:2]))
    confirm(qtbot, w)
    qtbot.waitUntil(lambda: w.table.rowCount() == 2)
    w.table.selectRow(0)
    assert w.edit_button.isEnabled()
    rect = w.table.visualItemRect(w.table.item(0, 0))
    qtbot.mouseClick(w.table.viewport(), _left(), pos=rect.center())  # a double-click's first press
    qtbot.mouseDClick(w.table.viewport(), _left(), pos=rect.center())  # opened before the page is read
    editor = editor_of(w)
    assert editor.page.details_only and "hasn't read" in editor.page.intro.text()
    product_row = runner.rows(w.batch_id or 0)[0].product.id
    qtbot.waitUntil(lambda: runner.product_row(product_row).product is not None, timeout=30_000)
    assert runner.rows(w.batch_id or 0)[0].job is None  # held while the editor is open
    qtbot.waitUntil(lambda: runner.rows(w.batch_id or 0)[1].state is RowState.DONE, timeout=DONE_TIMEOUT)
    assert runner.rows(w.batch_id or 0)[0].job is None  # the other row went on; this one waits

    # Read now (and nothing typed yet): the whole product page, with its pictures.
    page = editor.page
    qtbot.waitUntil(lambda: not page.details_only)
    assert page.grid.isVisible() and page.grid.media()
    assert page.name_edit.text() and not page.name_edit.isReadOnly()
    page.name_edit.clear()
    assert editor.save_button is not None and not editor.save_button.isEnabled()  # a name is needed
    qtbot.keyClicks(page.name_edit, "Blue desk mug")
    page.grid.setCurrentRow(0)
    qtbot.keyClicks(page.media_description, "the mug on a desk")
    with qtbot.waitSignal(editor.finished, timeout=20_000):  # saved to JoggAI and the row, then closed
        qtbot.mouseClick(editor.save_button, _left())
    qtbot.waitUntil(lambda: finished(setup), timeout=DONE_TIMEOUT)

    row = runner.rows(w.batch_id or 0)[0]
    assert row.state is RowState.DONE and table_text(w, 0, 0) == "Blue desk mug"
    assert row.job is not None and row.job.video_path is not None
    assert row.job.video_path.name.startswith("Blue desk mug")
    (put,) = setup.sim.requests_to("PUT", "/product")
    assert put.json["name"] == "Blue desk mug" and put.json["media"][0]["description"] == "the mug on a desk"
    renders = setup.sim.requests_to("POST", RENDER)
    render = next(r for r in renders if r.json["product_id"] == put.json["product_id"])
    assert render.at > put.at

    # Made now: it opens to be looked at, and says why it can't be changed.
    w.table.selectRow(0)
    editor = w.edit_selected()  # type: ignore[assignment]
    assert isinstance(editor, ProductEditor) and editor.save_button is None
    assert editor.page.name_edit.isReadOnly() and "can't be changed" in editor.page.intro.text()
    assert not editor.page.add_files_button.isVisible()
    editor.reject()
    assert len(setup.sim.requests_to("POST", RENDER)) == 2  # one render per row


def test_a_row_not_read_yet_has_its_csv_fields_edited(qtbot: Any, setup: Setup, tmp_path: Path) -> None:
    w = setup.window
    url = setup.sim.demo_product_urls()[3]
    csv_file = tmp_path / "products.csv"
    csv_file.write_text(f"url,name\n{url},Mug\n", encoding="utf-8")
    w.import_csv(csv_file)
    w.pause_button.setEnabled(True)
    confirm(qtbot, w)
    w.pause()  # nothing read yet while paused
    qtbot.waitUntil(lambda: w.table.rowCount() == 1)
    w.table.selectRow(0)
    editor = w.edit_selected()
    assert isinstance(editor, ProductEditor) and editor.page.details_only
    page = editor.page
    assert page.name_edit.text() == "Mug" and not page.grid.isVisible()
    assert "hasn't read" in page.intro.text()
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Travel mug")
    qtbot.keyClicks(page.audience_edit, "commuters")
    assert editor.save_button is not None and editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.finished, timeout=20_000):  # saved to JoggAI and the row, then closed
        qtbot.mouseClick(editor.save_button, _left())
    w.resume()
    qtbot.waitUntil(lambda: finished(setup), timeout=DONE_TIMEOUT)
    (put,) = setup.sim.requests_to("PUT", "/product")
    assert put.json["name"] == "Travel mug" and put.json["target_audience"] == "commuters"
    assert table_text(w, 0, 0) == "Travel mug"


def test_an_editor_closed_with_its_window_lets_the_row_go_on(qtbot: Any, setup: Setup) -> None:
    w, runner = setup.window, setup.runner
    w.links_edit.setPlainText(setup.sim.demo_product_urls()[0])
    confirm(qtbot, w)
    w.pause()
    qtbot.waitUntil(lambda: w.table.rowCount() == 1)
    w.table.selectRow(0)
    w.table.customContextMenuRequested.emit(w.table.visualItemRect(w.table.item(0, 0)).center())
    edit = w.row_menu.actions()[0]  # the row's menu: "Edit product…"
    assert edit.text() == "Edit product…" and edit.isEnabled()
    edit.trigger()
    w.row_menu.close()
    editor = editor_of(w)
    row = runner.rows(w.batch_id or 0)[0].product.id
    assert runner.is_held(row)
    editor.deleteLater()  # as when its window goes: no "finished"
    qtbot.waitUntil(lambda: not runner.is_held(row))
    w.resume()
    qtbot.waitUntil(lambda: finished(setup), timeout=DONE_TIMEOUT)
    assert states(setup) == [RowState.DONE]
