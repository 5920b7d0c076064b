"""The "Suggest a script" window in each of its states, light and dark, in English and German (the
longest; ``JOGG_LAYOUT_LANGUAGES`` adds others), at the size it opens with over the smallest and
the default window: nothing cut off, nothing overlapping (tests/ui/layout_check.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from jogg_desktop.errors import Action
from jogg_desktop.suggestions import ScriptSuggestion
from tests.ui import layout_check
from tests.ui.test_layout import DEFAULT, LANGUAGES, language, themed  # noqa: F401
from ui.errors import UserMessage
from ui.widgets.script_suggestions import ScriptSuggestionsDialog

SUGGESTIONS = [
    ScriptSuggestion("Data", ("Here are the facts about the Aurora bottle.",
                              "Keeps drinks ice-cold for 24 hours or hot for 12.",
                              "Double-wall vacuum insulation, a leak-proof lid and a grip that never sweats.",
                              "Get yours today!")),
    ScriptSuggestion("Top 3 reasons", ("Three reasons to love the Aurora bottle.", "It never sweats.")),
    ScriptSuggestion("Light marketing", ("Say hello to the Aurora bottle.",)),
]
# The sizes ScriptSuggester.open gives it: 70 % × 80 % of the window, at least 560 × 480.
SIZES = [QSize(560, 480), QSize(int(DEFAULT.width() * 0.7), int(DEFAULT.height() * 0.8))]


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_state_is_laid_out_right(qtbot: Any, themed: str, language: str) -> None:  # noqa: F811
    dialog = ScriptSuggestionsDialog()
    qtbot.addWidget(dialog)
    dialog.set_request_summary("For “Aurora Insulated Water Bottle 750 ml”, in English, for a video of "
                               "30 seconds.")
    found: list[str] = []
    states = [
        ("ask", dialog.show_ask),
        ("waiting", dialog.show_waiting),
        ("suggestions", lambda: dialog.show_suggestions(SUGGESTIONS)),
        ("problem", lambda: dialog.show_problem(UserMessage(
            "Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.",
            Action.BUY_CREDITS))),
        ("stopped, look again", lambda: (dialog.set_look_again(True), dialog.show_problem(UserMessage(
            "Stopped waiting. JoggAI goes on writing the scripts you asked for: “Look again (free)” "
            "shows them when they are ready.", Action.NONE), "info"))),
    ]
    for size in SIZES:
        dialog.resize(size)
        dialog.show()
        qtbot.waitExposed(dialog)
        for name, show in states:
            dialog.resize(size)
            show()
            QApplication.processEvents()  # the layout follows the state's widgets
            for problem in layout_check.problems(dialog, must_fit=False):
                found.append(f"[{name}, {size.width()}x{size.height()}] {problem}")
            if name != "suggestions":  # asking and waiting: only as high as what they say
                dialog.resize(size.width(), dialog.compact_height(size.width()))
                QApplication.processEvents()
                for problem in layout_check.problems(dialog, must_fit=True):
                    found.append(f"[{name}, compact {size.width()}x{dialog.height()}] {problem}")
        dialog.hide()
    assert found == [], "\n".join(found)
    assert len(dialog.cards) == 3 and dialog.cards[0].title.text()
