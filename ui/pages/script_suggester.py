""""Suggest a script…" beside the settings page's script box: asks JoggAI (0.2 credit, said first),
waits without blocking the window (stoppable), and puts the chosen suggestion into the box.

What the seller typed is never lost: a box that is not empty is replaced only after asking, and
the replacement is one undoable edit (Ctrl+Z brings the old text back). The request runs on the
app's task runner (:mod:`jogg_desktop.suggestions`: sent once, v2's results polled politely).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from jogg_desktop.api.poller import poll_delay
from jogg_desktop.errors import Action, ScriptSuggestionFailedError
from jogg_desktop.models import LANGUAGES, VideoSettings
from jogg_desktop.suggestions import (
    ScriptRequest,
    ScriptSuggestion,
    ScriptTask,
    TaskState,
    suggest_scripts,
    wait_for_scripts,
)
from ui.catalog_names import catalog_text
from ui.errors import UserMessage, describe
from ui.i18n import seconds_text
from ui.pages.base import WizardPage
from ui.widgets.script_suggestions import ScriptSuggestionsDialog, credit_amount

TASK_KEY = "settings:scripts"
# The Ask button (its label names the cost) is the way to try again: no second, cost-less button.
_ASK_AGAIN = (Action.RETRY, Action.WAIT_AND_RETRY, Action.CHECK_CONNECTION)


def _filled(template: str, *values: str) -> str:
    """``%1``, ``%2``… replaced in one pass (a product name may itself hold "%2")."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


class ScriptSuggester(QObject):
    """Owns the "Suggest a script…" button and its window, for ``page``'s ``script_edit``."""

    def __init__(
        self, page: WizardPage, script_edit: QPlainTextEdit, host: QWidget,
        settings: Callable[[], VideoSettings],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.script_edit = script_edit
        self._settings = settings
        self.schedule: Callable[[float], float] = poll_delay
        """How v2's results are polled: JoggAI's etiquette; only the simulator gets faster."""
        self.button = QPushButton(self.tr("Suggest a script…"), host)
        tip = self.tr("JoggAI writes scripts for this product in several styles (%1 credit each time "
                      "you ask).")
        self.button.setToolTip(tip.replace("%1", credit_amount()))
        self.button.clicked.connect(self.open)
        self.dialog = ScriptSuggestionsDialog(host)
        self.dialog.ask_requested.connect(self.ask)
        self.dialog.look_requested.connect(self.look_again)
        self.dialog.stop_requested.connect(self.stop)
        self.dialog.script_chosen.connect(self.use)
        self.dialog.banner.action_requested.connect(self._on_action)
        self.confirm: QMessageBox | None = None
        self._shown_for: ScriptRequest | None = None
        """What the cards on show were written for (another product or length: ask again)."""
        self._pending: tuple[ScriptRequest, ScriptTask] | None = None
        """A v2 task paid for and still being written when the wait stopped: looked at again free."""
        page.ctx.events.api_changed.connect(self._offer)
        self._offer()

    def row(self, label: QLabel) -> QHBoxLayout:
        """The script box's label with the button beside it."""
        layout = QHBoxLayout()
        layout.addWidget(label, 1)
        layout.addWidget(self.button)
        return layout

    def available(self) -> bool:
        api = self.page.ctx.api
        return api is not None and api.capabilities.ai_scripts

    def _offer(self) -> None:
        """A new client (key or API generation): its own offer, nothing of the old one's."""
        self.button.setVisible(self.available())
        self._shown_for = None
        self._pending = None

    # -- asking -----------------------------------------------------------------------------
    def open(self) -> None:
        if self.dialog.state != "waiting":
            self.dialog.banner.clear()
            if self.dialog.state != "suggestions" or self._request() != self._shown_for:
                self.dialog.show_ask()
        self.dialog.set_look_again(self._pending_task() is not None)
        self.dialog.set_request_summary(self._summary())
        self._place()
        self.dialog.open()

    def _place(self) -> None:
        """Room for the cards (most of the window); only what it says while asking or waiting."""
        window = self.page.window().size()
        width = max(560, int(window.width() * 0.7))
        if self.dialog.state == "suggestions":
            height = max(480, int(window.height() * 0.8))
        else:
            height = self.dialog.compact_height(width)
        self.dialog.resize(width, height)

    def _summary(self) -> str:
        settings = self._settings()
        product = self.page.ctx.state.product
        language = catalog_text(dict(LANGUAGES).get(settings.language, settings.language))
        name = product.name if product is not None and product.name else self.tr("your product")
        return _filled(self.tr("For “%1”, in %2, for a video of %3."),
                       name, language, seconds_text(int(settings.length)))

    def ask(self) -> None:
        """Send the one charged request (the seller pressed a button that names the cost)."""
        api = self.page.ctx.require_api()
        request = self._request()
        if request is None:
            self._problem(UserMessage(self.tr("Enter the product's details first."), Action.NONE))
            return
        self._pending = None
        self.dialog.show_waiting()

        def remember(task: ScriptTask) -> None:
            if task.state is TaskState.WAITING:
                self._pending = (request, task)

        work = suggest_scripts(api, request, schedule=self.schedule, on_task=remember)
        self.page.ctx.tasks.run(work, on_done=lambda found: self._got(request, found),
                                on_error=self._failed, on_cancel=self._stopped, key=TASK_KEY)

    def look_again(self) -> None:
        """Wait again for the scripts of the request already paid for (only its results are read)."""
        pending = self._pending_task()
        if pending is None:
            self.dialog.show_ask()
            return
        request, task = pending
        self.dialog.show_waiting()
        work = wait_for_scripts(self.page.ctx.require_api(), task, schedule=self.schedule)
        self.page.ctx.tasks.run(work, on_done=lambda found: self._got(request, found),
                                on_error=self._failed, on_cancel=self._stopped, key=TASK_KEY)

    def _pending_task(self) -> tuple[ScriptRequest, ScriptTask] | None:
        """The task still being written for the request the page would make now, if any."""
        if self._pending is None or self._pending[0] != self._request():
            return None
        return self._pending

    def _request(self) -> ScriptRequest | None:
        product = self.page.ctx.state.product
        return None if product is None else ScriptRequest.for_product(product, self._settings())

    def stop(self) -> None:
        self.page.ctx.tasks.cancel(TASK_KEY)

    def _got(self, request: ScriptRequest, suggestions: list[ScriptSuggestion]) -> None:
        self._pending = None
        self._shown_for = request
        self.dialog.show_suggestions(suggestions)
        self._place()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ScriptSuggestionFailedError):
            self._pending = None  # JoggAI said the task failed: nothing more to look for
        self._problem(describe(error))

    def _problem(self, message: UserMessage) -> None:
        if message.action in _ASK_AGAIN:
            message = UserMessage(message.text, Action.NONE, message.details)
        self.dialog.show_problem(message)
        self.dialog.set_look_again(self._pending_task() is not None)
        self._place()

    def _stopped(self) -> None:
        if self._pending_task() is not None:
            self.dialog.show_problem(UserMessage(
                self.tr("Stopped waiting. JoggAI goes on writing the scripts you asked for: “Look again "
                        "(free)” shows them when they are ready."), Action.NONE), "info")
            self.dialog.set_look_again(True)
            self._place()
            return
        self.dialog.show_problem(UserMessage(
            self.tr("Stopped waiting. If JoggAI had the request already, its %1 credit is used.").replace(
                "%1", credit_amount()), Action.NONE), "info")
        self._place()

    def _on_action(self, action: Action) -> None:
        self.dialog.banner.clear()
        self.page.handle_action(action)  # buy credits, fix the key, open JoggAI…

    # -- using one --------------------------------------------------------------------------
    def use(self, text: str) -> None:
        """Into the box; a box with the seller's own text is replaced only once they agree."""
        current = self.script_edit.toPlainText().strip()
        if not current or current == text.strip():
            self._put(text)
            return
        self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace your script?"),
                                   self.tr("Your script box already has text. Replace it with this "
                                           "suggestion? (Ctrl+Z in the box brings your text back.)"),
                                   QMessageBox.StandardButton.NoButton, self.dialog)
        replace = self.confirm.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = self.confirm.addButton(self.tr("Keep my script"), QMessageBox.ButtonRole.RejectRole)
        self.confirm.setDefaultButton(keep)
        self.confirm.finished.connect(
            lambda _r: self._put(text) if self.confirm is not None and self.confirm.clickedButton() is replace
            else None
        )
        self.confirm.open()

    def _put(self, text: str) -> None:
        """One undoable edit (``setPlainText`` would drop the box's undo history)."""
        cursor = QTextCursor(self.script_edit.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.dialog.accept()
        self.script_edit.setFocus()
        self.script_edit.moveCursor(QTextCursor.MoveOperation.Start)
