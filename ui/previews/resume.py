"""After a restart: previews the last run left unfinished are picked up by the core
(:meth:`PreviewManager.resume_unfinished`); here they are shown again, one window per set, and
the start page says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jogg_desktop.models import PreviewJob
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.wizard import WizardWindow


def show_resumed(ctx: AppContext, window: WizardWindow, rows: list[PreviewJob]) -> list[int]:
    """Open the compare window of every set in ``rows``; returns the set ids shown."""
    from ui.previews import show_compare

    sets = sorted({row.set_id for row in rows})
    shown = [set_id for set_id in sets if show_compare(ctx, set_id) is not None]
    if shown:
        text = tr("Picking up %n set(s) of previews from last time: each is shown in its own "
                  "window, and History lists them.", "", len(shown))
        banner = window.current_page().banner
        if banner.isVisible() and banner.text:  # the videos picked up too: one message says both
            banner.show_text(f"{banner.text} {text}", banner.severity)
        else:
            banner.show_text(text, "info")
    return shown
