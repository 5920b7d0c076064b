"""The next start after a hard crash offers the report the crash left (jogg_desktop.crashlog)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

from ui.crash import CrashDialog, redact
from ui.i18n import tr

_CTX = "LastCrash"


def offer_last_crash(
    report: str | None, parent: QWidget | None, secrets: Iterable[str] = ()
) -> CrashDialog | None:
    """Open a dialog with last run's crash report to copy, or do nothing when there is none."""
    if not report:
        return None
    message = tr(
        "Jogg Desktop closed unexpectedly last time. Your videos, jobs and settings are kept, and "
        "videos that were being made are picked up again. If this keeps happening, copy the "
        "details below and send them to support. They contain no API key.",
        _CTX,
    )
    dialog = CrashDialog(redact(report, secrets), parent, message)
    dialog.setWindowTitle(tr("Jogg Desktop closed unexpectedly", _CTX))
    dialog.open()  # never exec(): the qasync loop must keep running
    return dialog
