"""The "Suggest a script" window: the cost said before asking, a wait that can be stopped, then
JoggAI's suggestions as cards by style, each with "Use this script".

Knows nothing of the app: its owner starts and stops the request (``ask_requested``,
``stop_requested``) and hears the chosen text (``script_chosen``). Opened with ``open()``, never
``exec()`` (qasync: no nested event loop).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jogg_desktop.models import SCRIPT_STYLE_NOTES
from jogg_desktop.suggestions import SUGGESTION_CREDITS, ScriptSuggestion
from ui.catalog_names import catalog_text
from ui.errors import UserMessage
from ui.widgets.banner import Banner


def credit_amount() -> str:
    """What one request costs, as the app's language writes the number ("0.2", "0,2")."""
    return QLocale().toString(SUGGESTION_CREDITS, "g", 6)


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class SuggestionCard(QFrame):
    """One suggestion: its style (name and tone), the script, and "Use this script"."""

    use_requested = Signal(str)
    """The script's text."""

    def __init__(self, suggestion: ScriptSuggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.suggestion = suggestion
        name = catalog_text(suggestion.style) if suggestion.style else self.tr("Script")
        self.title = QLabel(name, self)
        self.title.setObjectName("sectionTitle")
        tone = catalog_text(SCRIPT_STYLE_NOTES.get(suggestion.style, ""))
        self.tone = _hint(tone, self)
        self.tone.setVisible(bool(tone))
        self.text = QLabel("\n\n".join(suggestion.paragraphs), self)  # airy to read; the box gets .text
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Suggested script in the style %1").replace("%1", name))
        self.use_button = QPushButton(self.tr("Use this script"), self)
        self.use_button.setAccessibleName(self.tr("Use the %1 script").replace("%1", name))
        self.use_button.clicked.connect(lambda: self.use_requested.emit(self.suggestion.text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.tone)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.use_button)
        layout.addLayout(row)


class ScriptSuggestionsDialog(QDialog):
    """Three states in turn: *ask* (what it costs), *waiting* (stoppable), *suggestions* (cards)."""

    ask_requested = Signal()
    look_requested = Signal()
    """Look again for the scripts of a request already paid for (free)."""
    stop_requested = Signal()
    """Stop waiting (the owner cancels the request's task)."""
    script_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptSuggestions")
        self.setWindowTitle(self.tr("Suggest a script"))
        self.setModal(True)
        self.cards: list[SuggestionCard] = []
        cost = credit_amount()
        self.banner = Banner(self)
        self.intro = _hint(self.tr("JoggAI writes scripts for your product in several styles. Pick one "
                                   "to put it in your script box, where you can still change it."), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._ask_page(cost))
        self.stack.addWidget(self._wait_page(cost))
        self.stack.addWidget(self._cards_page())
        # docs/joggai-api.md §13 #2: the script is a hint for a product video.
        self.rewrite_note = _hint(self.tr("Note: JoggAI may still rewrite the narration of a product "
                                          "video, even when you give it a script."), self)
        self.again_button = QPushButton(self.tr("Ask again (%1 credit)").replace("%1", cost), self)
        self.again_button.clicked.connect(self.ask_requested)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.rewrite_note)
        layout.addLayout(buttons)
        self.rejected.connect(self._on_closed)
        self.show_ask()

    # -- building -------------------------------------------------------------------------
    def _ask_page(self, cost: str) -> QWidget:
        page = QWidget(self)
        self.request_label = QLabel(page)
        self.request_label.setWordWrap(True)
        charge = self.tr("Each time you ask, JoggAI charges %1 credit.")
        self.cost_label = QLabel(charge.replace("%1", cost), page)
        self.cost_label.setObjectName("costLabel")
        self.cost_label.setWordWrap(True)
        self.ask_button = QPushButton(self.tr("Ask JoggAI (%1 credit)").replace("%1", cost), page)
        self.ask_button.setObjectName("primaryButton")
        self.ask_button.setDefault(True)
        self.ask_button.clicked.connect(self.ask_requested)
        self.look_button = QPushButton(self.tr("Look again (free)"), page)
        self.look_button.setToolTip(self.tr("Shows the scripts you already asked for, once JoggAI has "
                                            "written them. Nothing is charged."))
        self.look_button.clicked.connect(self.look_requested)
        self.look_button.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.request_label)
        layout.addWidget(self.cost_label)
        row = QHBoxLayout()
        row.addWidget(self.ask_button)
        row.addWidget(self.look_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _wait_page(self, cost: str) -> QWidget:
        page = QWidget(self)
        self.wait_label = QLabel(self.tr("JoggAI is writing scripts for your product… This usually "
                                         "takes less than a minute."), page)
        self.wait_label.setWordWrap(True)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 0)  # no figure to show: JoggAI gives none
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Waiting for JoggAI"))
        self.stop_button = QPushButton(self.tr("Stop waiting"), page)
        self.stop_button.clicked.connect(self.stop_requested)
        stop_note = _hint(self.tr("Stopping does not give back the %1 credit: JoggAI has the request "
                                  "already.").replace("%1", cost), page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(stop_note)
        layout.addStretch(1)
        return page

    def _cards_page(self) -> QWidget:
        self.cards_scroll = QScrollArea(self)
        self.cards_scroll.setObjectName("pageScroll")
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_box = QWidget(self.cards_scroll)
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 6, 0)
        self.cards_layout.setSpacing(10)
        self.cards_scroll.setWidget(self.cards_box)
        return self.cards_scroll

    # -- states -----------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return ("ask", "waiting", "suggestions")[self.stack.currentIndex()]

    def compact_height(self, width: int) -> int:
        """The height that shows everything of the current state at ``width`` (no empty space)."""
        return max(self.main_layout.totalHeightForWidth(width), self.main_layout.totalMinimumSize().height())

    def set_request_summary(self, text: str) -> None:
        """What JoggAI will write for (product, language, length), shown before asking."""
        self.request_label.setText(text)

    def set_look_again(self, offered: bool) -> None:
        """Offer "Look again (free)": a request already paid for is still being written. Offered,
        it is the first choice (what was paid for), before asking and paying again."""
        self.look_button.setVisible(offered)
        pair = (self.look_button, self.ask_button)
        first, second = pair if offered else pair[::-1]
        first.setObjectName("primaryButton")
        second.setObjectName("")
        first.setDefault(True)
        second.setDefault(False)
        for button in (first, second):
            button.style().unpolish(button)
            button.style().polish(button)

    def show_ask(self) -> None:
        self.stack.setCurrentIndex(0)
        self.again_button.hide()
        (self.look_button if self.look_button.isVisibleTo(self) else self.ask_button).setFocus()

    def show_waiting(self) -> None:
        self.banner.clear()
        self.stack.setCurrentIndex(1)
        self.again_button.hide()
        self.stop_button.setFocus()

    def show_suggestions(self, suggestions: Sequence[ScriptSuggestion]) -> None:
        for card in self.cards:  # gone from view now, deleted once the event loop turns
            card.hide()
            card.deleteLater()
        self.cards = []
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)
        for suggestion in suggestions:
            card = SuggestionCard(suggestion, self.cards_box)
            card.use_requested.connect(self.script_chosen)
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        self.cards_layout.addStretch(1)
        self.stack.setCurrentIndex(2)
        self.cards_scroll.verticalScrollBar().setValue(0)
        self.again_button.show()
        if self.cards:
            self.cards[0].use_button.setFocus()

    def show_problem(self, message: UserMessage, severity: str = "error") -> None:
        """A failure (by reason, with its way forward in the banner's button) back at *ask*."""
        self.show_ask()
        self.banner.show_message(message, severity)

    def _on_closed(self) -> None:
        if self.state == "waiting":
            self.stop_requested.emit()
