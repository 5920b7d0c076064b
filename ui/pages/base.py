"""The base of every wizard page: a banner on top, a body below, and the navigation contract.

The wizard window owns Back/Next. It asks the page :meth:`WizardPage.can_go_next`,
:meth:`next_label` and :meth:`can_go_back` whenever the page emits ``nav_changed``, and calls
:meth:`on_next` when Next is pressed (the default emits ``go_next``; a page with work to do
first — Analyze, save the product, start the render — runs it through :meth:`run_task` and
emits ``go_next`` when done).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from jogg_desktop.errors import Action
from ui.context import AppContext
from ui.errors import JOGG_APP_URL, UserMessage, describe
from ui.widgets.banner import Banner

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


class WizardPage(QWidget):
    go_next = Signal()
    go_back = Signal()
    nav_changed = Signal()
    """Next/Back availability or labels changed: the wizard asks again."""
    fix_key_requested = Signal()
    """The user wants to change the API key (the wizard shows the key page)."""
    start_over_requested = Signal()
    """Back to the link page with a fresh product."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = Banner(self)
        self.banner.action_requested.connect(self.handle_action)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addWidget(self.banner)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body, 1)

    # -- what the wizard asks -------------------------------------------------------------
    def title(self) -> str:
        return ""

    def subtitle(self) -> str:
        return ""

    def on_enter(self) -> None:
        """The page became visible."""

    def on_leave(self) -> None:
        """The page is about to be hidden."""

    def reset(self) -> None:
        """A new product starts: forget what belonged to the last one (pages override)."""

    def can_go_next(self) -> bool:
        return True

    def can_go_back(self) -> bool:
        return True

    def next_label(self) -> str:
        return self.tr("Next")

    def footer_buttons(self) -> list[QPushButton]:
        """Buttons the wizard shows beside Next while this page is current (asked once)."""
        return []

    def shows_navigation(self) -> bool:
        """False hides the wizard's Back/Next (the page has its own buttons)."""
        return True

    def on_next(self) -> None:
        self.go_next.emit()

    # -- errors ---------------------------------------------------------------------------
    def show_error(self, error: BaseException) -> UserMessage:
        message = describe(error)
        self.banner.show_message(message, "error")
        return message

    def show_message(self, message: UserMessage, severity: str = "error") -> None:
        self.banner.show_message(message, severity)

    def clear_error(self) -> None:
        self.banner.clear()

    def handle_action(self, action: Action) -> None:
        """The banner's button was pressed; pages override for their own actions."""
        if action in (Action.RETRY, Action.WAIT_AND_RETRY, Action.CHECK_CONNECTION):
            self.banner.clear()
            self.retry()
        elif action is Action.FIX_KEY:
            self.fix_key_requested.emit()
        elif action is Action.START_OVER:
            self.banner.clear()
            self.start_over_requested.emit()
        elif action in (
            Action.BUY_CREDITS,
            Action.UPGRADE_PLAN,
            Action.CHECK_BEFORE_RETRY,
            Action.CONTACT_SUPPORT,
        ):
            self.open_link(JOGG_APP_URL)

    def open_link(self, url: str) -> None:
        """Open ``url`` in the browser; where the desktop has no launcher, copy it and say so."""
        if not QDesktopServices.openUrl(QUrl(url)):
            QGuiApplication.clipboard().setText(url)
            self.banner.show_text(
                self.tr("No web browser could be opened from here. The address is copied: paste it "
                        "into your browser: {url}").format(url=url),
                "warning",
            )

    def open_folder(self, folder: Path) -> None:
        """Show ``folder`` in the file manager; where there is none, copy its path and say so."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QGuiApplication.clipboard().setText(str(folder))
            self.banner.show_text(
                self.tr("No file manager could be opened from here. The folder's path is copied: "
                        "{path}").format(path=str(folder)),
                "warning",
            )

    def retry(self) -> None:
        """Run the last failed operation again (pages override)."""

    # -- coroutines -----------------------------------------------------------------------
    def run_task(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_cancel: Callable[[], None] | None = None,
        key: str | None = None,
    ) -> asyncio.Task[None]:
        """Run ``coro`` on the app's task runner; expected errors land in this page's banner."""
        return self.ctx.tasks.run(
            coro,
            on_done=on_done,
            on_error=on_error if on_error is not None else self.show_error,
            on_cancel=on_cancel,
            key=key,
        )
