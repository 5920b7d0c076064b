"""The wizard's steps in a row: done ✓, current (highlighted), to come."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class StepIndicator(QWidget):
    def __init__(self, steps: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepIndicator")
        self._steps = steps
        self._labels: list[QLabel] = []
        self._current = -1
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for index, _name in enumerate(steps):
            if index:
                sep = QLabel("›", self)
                sep.setObjectName("stepSeparator")
                sep.setAccessibleName(" ")
                row.addWidget(sep)
            label = QLabel(self)
            label.setObjectName("step")
            row.addWidget(label)
            self._labels.append(label)
        row.addStretch(1)
        self.set_current(0)

    def set_current(self, index: int) -> None:
        self._current = index
        for i, (label, name) in enumerate(zip(self._labels, self._steps, strict=True)):
            state = "done" if i < index else "current" if i == index else "todo"
            # The number, not a ✓ glyph (a box where the font lacks it); "done" is its colour.
            label.setText(f"{i + 1}  {name}")
            label.setProperty("state", state)
            label.setAccessibleName(
                self.tr("Step %1 of %2: %3").replace("%1", str(i + 1)).replace(
                    "%2", str(len(self._steps))).replace("%3", name)
            )
            label.style().unpolish(label)
            label.style().polish(label)
        self.setAccessibleDescription(
            self._steps[index] if 0 <= index < len(self._steps) else ""
        )

    def current(self) -> int:
        return self._current
