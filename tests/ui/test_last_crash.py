"""After a hard crash, the next start offers the report to copy, with the key redacted."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from jogg_desktop import crashlog
from ui import app as app_module
from ui.last_crash import offer_last_crash

KEY = "jk-live-0c9d8e7f6a5b4c3d"
REPORT = f'Jogg Desktop 0.1.0\nFatal Python error: Segmentation fault\n  File "/tmp/{KEY}/a.py", line 1\n'


def test_the_report_is_offered_to_copy_without_the_key(qtbot: Any) -> None:
    dialog = offer_last_crash(REPORT, None, secrets=[KEY])
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    shown = dialog.details.toPlainText()
    assert "Segmentation fault" in shown and KEY not in shown
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == shown
    assert "closed unexpectedly" in dialog.windowTitle()


def test_nothing_is_offered_without_a_report() -> None:
    assert offer_last_crash(None, None) is None
    assert offer_last_crash("", None) is None


def test_the_app_offers_what_the_last_run_left(qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.crash import CrashDialog

    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(crashlog, "_previous", REPORT)
    app_module.offer_previous_crash(window)
    qtbot.waitUntil(lambda: window.findChild(CrashDialog) is not None)
    dialog = window.findChild(CrashDialog)
    assert dialog is not None and "Segmentation fault" in dialog.details.toPlainText()
    dialog.close()
