"""The variants grid: several formats × lengths × avatars × voices × looks per product.

Formats and lengths are ticked; avatars, voices and looks are typed as lists (the ids the
catalog shows, e.g. ``81, 412``; looks as ``style:Split, template:12``). Knows nothing of the app:
it says ``changed`` and gives a :class:`~jogg_desktop.jobs.batch_model.VariantGrid`, or the
problem with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from jogg_desktop.jobs.batch_model import BatchInputError, VariantGrid, parse_vary
from jogg_desktop.models import AspectRatio, VideoLength

FORMAT_NAMES = {AspectRatio.PORTRAIT: "9:16 (stories, reels)", AspectRatio.LANDSCAPE: "16:9 (wide)",
                AspectRatio.SQUARE: "1:1 (square)"}


class VariantsGrid(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantsGrid")
        self.format_boxes: dict[AspectRatio, QCheckBox] = {}
        self.length_boxes: dict[VideoLength, QCheckBox] = {}
        formats = QHBoxLayout()
        for aspect, name in FORMAT_NAMES.items():
            box = self.format_boxes[aspect] = QCheckBox(self.tr(name), self)
            box.toggled.connect(self.changed)
            formats.addWidget(box)
        formats.addStretch(1)
        lengths = QHBoxLayout()
        for length in VideoLength:
            box = self.length_boxes[length] = QCheckBox(self.tr("%n s", "", int(length)), self)
            box.toggled.connect(self.changed)
            lengths.addWidget(box)
        lengths.addStretch(1)
        self.avatars_edit = self._edit(self.tr("Avatars"),
                                       self.tr("avatar ids, e.g. 81, 412 (custom:7 for your own)"))
        self.voices_edit = self._edit(self.tr("Voices"), self.tr("voice ids, e.g. en-US-JennyNeural"))
        self.looks_edit = self._edit(self.tr("Looks"), self.tr("e.g. style:Split, template:12"))
        self.problem = QLabel(self)
        self.problem.setObjectName("variantsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Formats"), formats)
        form.addRow(self.tr("Lengths"), lengths)
        form.addRow(self.tr("Avatars"), self.avatars_edit)
        form.addRow(self.tr("Voices"), self.voices_edit)
        form.addRow(self.tr("Looks"), self.looks_edit)
        form.addRow(self.problem)

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.changed)
        return edit

    def grid(self) -> VariantGrid:
        """What is ticked and typed; BatchInputError when something typed cannot be used."""
        options: list[str] = []
        aspects = [a.value for a, box in self.format_boxes.items() if box.isChecked()]
        lengths = [str(int(n)) for n, box in self.length_boxes.items() if box.isChecked()]
        for kind, values in (("aspect", aspects), ("length", lengths)):
            if values:
                options.append(f"{kind}={','.join(values)}")
        typed = (("avatar", self.avatars_edit), ("voice", self.voices_edit), ("look", self.looks_edit))
        for kind, edit in typed:
            if edit.text().strip():
                options.append(f"{kind}={edit.text()}")
        return parse_vary(options) if options else VariantGrid()

    def checked_grid(self) -> VariantGrid | None:
        """The grid, or None with the problem shown under the fields."""
        try:
            grid = self.grid()
        except BatchInputError as err:
            self.problem.setText("; ".join(err.problems))
            self.problem.show()
            return None
        self.problem.hide()
        return grid
