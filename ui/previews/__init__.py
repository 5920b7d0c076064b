"""Compare looks (issue #14): short previews of one video in several visual styles, side by side.

``chooser`` picks the styles and says the cost; ``entry`` is the settings page's button;
``launch`` asks JoggAI for them; ``window`` shows a set as tiles (``tile``) and renders the
chosen one in full; ``resume`` brings pending previews back after a restart. One window per set
(:func:`show_compare`), from the settings page, History or the start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.previews.window import CompareWindow

_open: dict[tuple[int, int], CompareWindow] = {}


def show_compare(ctx: AppContext, set_id: int) -> CompareWindow | None:
    """Show (or raise) the compare window of preview set ``set_id``; None without previews."""
    from ui.pages.progress_page import video_folder
    from ui.previews.source import ManagerSource
    from ui.previews.window import CompareWindow

    key = (id(ctx), set_id)
    window = _open.get(key)
    if window is None:
        manager = ctx.previews
        if manager is None or not manager.preview_set(set_id):
            return None
        window = CompareWindow(ManagerSource(manager, set_id, lambda: video_folder(ctx)), ctx.tasks)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.render_started.connect(lambda job_id, w=window: _rendered(ctx, w, job_id))
        window.settled.connect(lambda ready, count, w=window: _announce(ctx, w, set_id, ready, count))
        # Another key (or the demo ending): these previews belong to the client that is gone.
        ctx.events.api_changed.connect(window.close)
        closing = window
        window.on_closed.append(lambda: _forget(ctx, key, closing))
        _open[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def _announce(ctx: AppContext, window: CompareWindow, set_id: int, ready: int, count: int) -> None:
    """A desktop notification when the previews are in and the window is not in front."""
    if ctx.notify is None or (window.isVisible() and window.isActiveWindow()):
        return  # the seller is looking at them
    from ui.i18n import tr

    text = tr("“%1”: %2 of %3 looks ready to compare.").replace("%1", window.source.title).replace(
        "%2", str(ready)).replace("%3", str(count))
    ctx.notify(tr("Your previews are ready"), text, lambda: _reopen(ctx, set_id))


def _reopen(ctx: AppContext, set_id: int) -> None:
    show_compare(ctx, set_id)


def _forget(ctx: AppContext, key: tuple[int, int], window: CompareWindow) -> None:
    _open.pop(key, None)
    ctx.events.api_changed.disconnect(window.close)


def close_compare_window(ctx: AppContext, set_id: int) -> None:
    """Close the compare window of set ``set_id`` if it is open (the set was deleted)."""
    window = _open.get((id(ctx), set_id))
    if window is not None:
        window.close()


def close_compare_windows(ctx: AppContext) -> None:
    """Close every compare window of ``ctx`` (the app shuts down: its players stop first)."""
    for window in open_compare_windows(ctx):
        window.close()


def open_compare_windows(ctx: AppContext) -> list[CompareWindow]:
    """The compare windows open for ``ctx`` now (tests, the screenshots)."""
    return [w for (owner, _set), w in _open.items() if owner == id(ctx)]


def _rendered(ctx: AppContext, window: CompareWindow, job_id: int) -> None:
    """The full video is on its way: the main window's progress and result pages follow it."""
    job = ctx.jobs.get(job_id) if ctx.jobs is not None else None
    if job is not None:  # "Change settings" there goes back to this product, in this look
        ctx.state.product, ctx.state.settings = job.product, job.settings
    if ctx.show_video is not None:
        ctx.show_video(job_id)
    window.close()


__all__ = ["close_compare_window", "close_compare_windows", "open_compare_windows", "show_compare"]
