"""The preset bar over a real store: save, apply, rename, delete through its dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from jogg_desktop.models import VideoSettings
from jogg_desktop.store import Store
from tests.store.samples import SETTINGS
from ui.presets import PresetBar


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store()
    yield store
    store.close()


def answer_prompt(bar: PresetBar, text: str) -> None:
    (dialog,) = [d for d in bar.findChildren(QInputDialog) if d.isVisible()]
    dialog.setTextValue(text)
    dialog.accept()


def visible_boxes(bar: PresetBar) -> list[QMessageBox]:
    return [b for b in bar.findChildren(QMessageBox) if b.isVisible()]


def test_save_apply_rename_delete(qtbot: Any, qloop: Any, store: Store) -> None:
    current = [SETTINGS]
    bar = PresetBar(store.presets, current=lambda: current[0])
    qtbot.addWidget(bar)
    bar.show()
    assert bar.combo.count() == 0 and not bar.apply_button.isEnabled()

    bar.save_button.click()
    answer_prompt(bar, "  Mugs  9:16 ")
    assert store.presets.names() == ["Mugs 9:16"]
    assert bar.selected() == "Mugs 9:16" and bar.apply_button.isEnabled()

    current[0] = VideoSettings(name="other")
    bar.save_button.click()
    answer_prompt(bar, "Other")
    assert bar.selected() == "Other"

    bar.combo.setCurrentText("Mugs 9:16")
    with qtbot.waitSignal(bar.applied) as applied:
        bar.apply_button.click()
    assert applied.args == [SETTINGS]

    bar.rename_button.click()
    answer_prompt(bar, "Other")  # taken: refused with a message
    (message,) = visible_boxes(bar)
    assert "already taken" in message.text()
    message.accept()
    assert store.presets.names() == ["Mugs 9:16", "Other"]
    bar.rename_button.click()
    answer_prompt(bar, "Mugs")
    assert store.presets.names() == ["Mugs", "Other"] and bar.selected() == "Mugs"

    # Saving under a taken name asks first; "Choose another name" is the default (#13.20).
    current[0] = VideoSettings(name="third")
    bar.save_button.click()
    answer_prompt(bar, "other")
    (box,) = visible_boxes(bar)
    assert "Replace" in box.text() and box.defaultButton().text() == "Choose another name"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert store.presets.get("Other") == VideoSettings(name="other")
    bar.save_button.click()
    answer_prompt(bar, "Other")
    (box,) = visible_boxes(bar)
    next(b for b in box.buttons() if b.text() == "Replace").click()
    assert store.presets.get("Other") == VideoSettings(name="third")

    bar.combo.setCurrentText("Mugs")
    bar.delete_button.click()
    (box,) = visible_boxes(bar)
    assert box.defaultButton().text() == "Keep them"  # Enter keeps them
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert store.presets.names() == ["Mugs", "Other"]
    bar.delete_button.click()
    (box,) = visible_boxes(bar)
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert store.presets.names() == ["Other"] and bar.selected() == "Other"
