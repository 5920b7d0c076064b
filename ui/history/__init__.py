"""The History window: every video made, with live progress of the running ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.history.window import HistoryWindow

if TYPE_CHECKING:
    from ui.context import AppContext

_open: dict[int, HistoryWindow] = {}


def show_history(ctx: AppContext) -> HistoryWindow | None:
    """Show (or raise) the History window for ``ctx``; None when there is no job service yet."""
    window = _open.get(id(ctx))
    if window is not None:
        if ctx.jobs is not None:
            window.set_service(ctx.jobs)
            window.set_previews(ctx.previews)
        window.show()
        window.raise_()
        window.activateWindow()
        return window
    if ctx.jobs is None:
        return None
    window = HistoryWindow(ctx.jobs, ctx.tasks, ctx.thumbnails, previews=ctx.previews,
                           open_compare=lambda set_id: _open_compare(ctx, set_id),
                           close_compare=lambda set_id: _close_compare(ctx, set_id))

    def follow() -> None:
        if ctx.jobs is not None:
            window.set_service(ctx.jobs)
            window.set_previews(ctx.previews)

    ctx.events.api_changed.connect(follow)

    def forget() -> None:
        _open.pop(id(ctx), None)
        ctx.events.api_changed.disconnect(follow)

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.on_closed.append(forget)
    _open[id(ctx)] = window
    window.show()
    return window


def _open_compare(ctx: AppContext, set_id: int) -> object:
    from ui.previews import show_compare

    return show_compare(ctx, set_id)


def _close_compare(ctx: AppContext, set_id: int) -> None:
    from ui.previews import close_compare_window

    close_compare_window(ctx, set_id)


__all__ = ["HistoryWindow", "show_history"]
