"""The Batch window ("Make many videos…"): one per app, its batches running in the background.

The :class:`~jogg_desktop.jobs.batch_runner.BatchRunner` lives as long as the job service it
uses (a new API key makes a new one): closing the window does not stop a batch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from jogg_desktop import paths
from jogg_desktop.catalog import CatalogService
from jogg_desktop.jobs.batch_runner import BatchRunner
from jogg_desktop.jobs.batch_store import BatchStore
from jogg_desktop.jobs.batch_types import BatchState
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.models import Product
from jogg_desktop.store.database import Database
from ui.batch.product_editor import ProductEditor
from ui.batch.window import BatchWindow
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.context import AppContext

_open: dict[int, BatchWindow] = {}
_runners: dict[int, tuple[JobManager, BatchRunner]] = {}
_catalogs: dict[int, CatalogService] = {}


def runner_for(ctx: AppContext) -> BatchRunner | None:
    """The batch runner of ``ctx``'s job service (made once per service); None without one."""
    jobs, api = ctx.jobs, ctx.api
    if not isinstance(jobs, JobManager) or api is None:
        return None
    known = _runners.get(id(ctx))
    if known is not None and known[0] is jobs:
        return known[1]
    runner = BatchRunner(api, BatchStore(Database(jobs.store_path)), jobs)
    _runners[id(ctx)] = (jobs, runner)
    announce_finished(runner, lambda: ctx.notify, lambda: show_batch_window(ctx))
    return runner


Notify = Callable[[str, str, Callable[[], None] | None], bool]


def announce_finished(
    runner: BatchRunner, notify: Callable[[], Notify | None], show: Callable[[], object]
) -> Callable[[], None]:
    """A desktop notification when a batch finishes (ui.tray: only while the window is not in
    front); clicking it opens the Batch window. Returns the unsubscribe function."""
    finished = {batch.id for batch in runner.batches() if batch.state is BatchState.FINISHED}

    def changed(batch_id: int) -> None:
        tell = notify()
        if tell is None or batch_id in finished:
            return
        try:
            state = runner.batch(batch_id).state
        except KeyError:
            return
        if state is not BatchState.FINISHED:
            return
        finished.add(batch_id)
        s = runner.summary(batch_id)
        text = tr("%1 of %2 videos are ready; %3 failed.").replace("%1", str(s.done)).replace(
            "%2", str(s.total)).replace("%3", str(s.failed))
        def open_batches() -> None:
            show()

        tell(tr("Your batch is finished"), text, open_batches)

    return runner.subscribe(changed)


def catalog_for(ctx: AppContext) -> CatalogService | None:
    """The catalogs of ``ctx``'s API client (made once per client: a new key makes a new one)."""
    api = ctx.api
    if api is None:
        return None
    known = _catalogs.get(id(ctx))
    if known is None or known.api is not api:
        known = _catalogs[id(ctx)] = CatalogService(api)
    return known


def history_products(ctx: AppContext) -> list[Product]:
    """Each product of the History once (newest first)."""
    seen: dict[str, Product] = {}
    for job in ctx.jobs.jobs() if ctx.jobs is not None else []:
        seen.setdefault(job.product.id, job.product)
    return list(seen.values())


def default_folder(ctx: AppContext) -> Path:
    saved = ctx.settings.get("video/save_dir")
    base = Path(str(saved)) if saved else paths.default_video_dir()
    return base / "Batches"


def show_batch_window(
    ctx: AppContext, notify: Callable[[str], None] = lambda _text: None
) -> BatchWindow | None:
    """Show (or raise) the Batch window; None before an API key is set up."""
    window = _open.get(id(ctx))
    if window is not None:
        window.show()
        window.raise_()
        window.activateWindow()
        return window
    runner = runner_for(ctx)
    if runner is None:
        return None
    window = BatchWindow(
        runner, ctx.tasks, current_settings=lambda: ctx.state.settings, default_folder=default_folder(ctx),
        presets=ctx.presets, history=lambda: history_products(ctx), notify=notify,
        catalog=catalog_for(ctx), thumbnails=ctx.thumbnails,
        open_editor=lambda parent, product_row: ProductEditor(ctx, runner, product_row, parent),
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.on_closed.append(lambda: _forget(ctx))
    _open[id(ctx)] = window
    window.show()
    return window


def _forget(ctx: AppContext) -> None:
    _open.pop(id(ctx), None)


__all__ = ["BatchWindow", "runner_for", "show_batch_window"]
