"""The settings page's "Compare looks…": choose the looks, confirm the cost, ask for the previews.

Lives beside the page's "Make video" (the wizard shows it in its footer). Asking JoggAI for the
previews is the core's (:mod:`jogg_desktop.jobs.previews`): stored before the request, sent once.
The compare window then shows them as they arrive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from jogg_desktop.models import TemplateLook, VisualStyleLook
from ui.previews.chooser import CompareLooksDialog
from ui.previews.launch import START_KEY, start_previews

if TYPE_CHECKING:
    from ui.pages.settings_page import SettingsPage


class CompareLooksEntry(QObject):
    """The button and what it opens; ``page`` is the settings page it belongs to."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.button = QPushButton(self.tr("Compare looks…"), page)
        self.button.setObjectName("compareLooksButton")
        self.button.setToolTip(
            self.tr("See short previews of this video in several visual styles, side by side, "
                    "before you pay for the full video.")
        )
        self.button.clicked.connect(self.open)
        self.dialog: CompareLooksDialog | None = None
        page.nav_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Offered once the video could be made and the visual styles of its format are known."""
        ready = self.page.can_go_next() and self.page.look_chooser.style_list.count() > 0
        self.button.setEnabled(ready and not self.page.ctx.tasks.is_running(START_KEY))

    def open(self) -> CompareLooksDialog:
        page = self.page
        settings = page.settings()
        if self.dialog is None:
            self.dialog = CompareLooksDialog(page.window())
            self.dialog.confirmed.connect(self.start)
        dialog = self.dialog
        chosen = settings.look.name if isinstance(settings.look, VisualStyleLook) else ""
        dialog.set_looks(page.look_chooser.style_list.names(), settings.aspect, chosen=chosen)
        dialog.set_length(int(settings.length))
        dialog.set_template_chosen(isinstance(settings.look, TemplateLook))
        dialog.show_over(page.window())
        return dialog

    def start(self, styles: list[str]) -> None:
        """Ask JoggAI for a preview in each style (the seller confirmed the cost)."""
        start_previews(self.page, styles)
