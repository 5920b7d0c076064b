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
        window.show()
        window.raise_()
        window.activateWindow()
        return window
    if ctx.jobs is None:
        return None
    window = HistoryWindow(ctx.jobs, ctx.tasks, ctx.thumbnails)

    def follow() -> None:
        if ctx.jobs is not None:
            window.set_service(ctx.jobs)

    ctx.events.api_changed.connect(follow)

    def forget() -> None:
        _open.pop(id(ctx), None)
        ctx.events.api_changed.disconnect(follow)

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.on_closed.append(forget)
    _open[id(ctx)] = window
    window.show()
    return window


__all__ = ["HistoryWindow", "show_history"]
