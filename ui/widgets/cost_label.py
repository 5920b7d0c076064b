"""The credit cost of a render, shown before the user starts it (docs/joggai-api.md §12)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from jogg_desktop.models import credits_for
from ui.i18n import credits_text


class CostLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costLabel")
        self.setWordWrap(True)
        self._credits = 0
        self.set_length(15)

    def credits(self) -> int:
        return self._credits

    def set_length(self, seconds: float) -> None:
        self._credits = credits_for(seconds)
        cost = credits_text(self._credits)
        self.setText(
            self.tr("Making this video uses {cost} from your JoggAI account (1 credit per started "
                    "2 minutes of video).").format(cost=cost)
        )
        self.setAccessibleName(self.tr("Cost: {cost}").format(cost=cost))
