"""The crash dialog for unexpected exceptions: a plain apology and copyable details.

Details are the traceback with the API key (and anything that looks like one in a header)
redacted. The dialog is opened with ``open()`` (never ``exec()``: qasync pitfall).
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable, Iterable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

import jogg_desktop
from jogg_desktop import logs


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """The core's redaction (registered keys, x-api-key shapes) plus ``secrets``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, logs.MASK)
    return logs.redact(text)


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 secrets: Iterable[str] = ()) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    head = (
        f"Jogg Desktop {getattr(jogg_desktop, '__version__', '')}\n"
        f"Python {platform.python_version()} on {platform.platform()}\n"
        f"PySide6 {pyside_version}\n\n"
    )
    return redact(head + "".join(lines), secrets)


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None, message: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Something went wrong"))
        text = QLabel(
            message
            or self.tr(
                "Sorry — something unexpected went wrong in Jogg Desktop. Your work so far is kept. "
                "If this keeps happening, copy the details below and send them to support. "
                "They contain no API key."
            ),
            self,
        )
        text.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashHandler:
    """Installed as ``sys.excepthook``: shows one dialog at a time, never exits the app."""

    def __init__(self, parent: Callable[[], QWidget | None], secrets: Callable[[], Iterable[str]]) -> None:
        self._parent = parent
        self._secrets = secrets
        self._dialog: CrashDialog | None = None
        self.reports: list[str] = []

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        report = crash_report(exc_type, exc, tb, self._secrets())
        self.reports.append(report)
        sys.stderr.write(report)
        if self._dialog is not None:
            self._dialog.details.appendPlainText("\n" + report)
            return
        self._dialog = CrashDialog(report, self._parent())
        self._dialog.finished.connect(self._closed)
        self._dialog.open()

    def _closed(self, _result: int) -> None:
        self._dialog = None
