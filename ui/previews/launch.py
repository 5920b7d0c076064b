"""Asking JoggAI for previews from the settings page, then showing them as they arrive.

The core stores the set before the request and sends it once (:meth:`PreviewManager.start`);
the compare window opens as soon as the set exists, so the seller sees each look's tile wait,
play or fail. A request refused as a whole (no credits, a wrong key) lands on the page's banner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jogg_desktop.jobs.previews import default_preview_dir
from jogg_desktop.models import JobStage, PreviewJob, VideoSettings
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.pages.settings_page import SettingsPage

START_KEY = "previews:start"


def start_previews(page: SettingsPage, styles: list[str]) -> None:
    """Ask for a preview of the page's video in each of ``styles`` (the seller confirmed the cost)."""
    from ui.previews import close_compare_window, show_compare

    ctx = page.ctx
    product, manager = ctx.state.product, ctx.previews
    if product is None or manager is None:
        page.banner.show_text(
            tr("Previews cannot be made right now: go back to the product, then try again."), "error")
        return
    settings: VideoSettings = page.settings()
    ctx.state.settings = settings
    opened: set[int] = set()

    def show(row: PreviewJob) -> None:
        # The set is stored before anything is sent: its window opens at once and follows it.
        # (Only this new set: other previews may be changing in the background meanwhile.)
        if not opened and row.stage is JobStage.CREATED:
            opened.add(row.set_id)
            show_compare(ctx, row.set_id)

    unsubscribe = manager.subscribe(show)

    async def run() -> list[PreviewJob]:
        try:
            return await manager.start(product, settings, styles, default_preview_dir())
        finally:
            unsubscribe()

    def done(rows: list[PreviewJob]) -> None:
        page.compare_looks.refresh()
        if rows:
            show_compare(ctx, rows[0].set_id)

    def failed(error: BaseException) -> None:
        page.compare_looks.refresh()
        page.show_error(error)
        for set_id in opened:
            if any(row.stage is JobStage.UNCONFIRMED for row in manager.preview_set(set_id)):
                continue  # being looked up in JoggAI: its window says how that ends
            close_compare_window(ctx, set_id)  # nothing was made: it would only repeat the banner

    page.clear_error()
    page.run_task(run(), on_done=done, on_error=failed, key=START_KEY)
    page.compare_looks.refresh()
