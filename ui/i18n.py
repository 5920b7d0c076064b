"""``tr()`` for strings outside a QObject (widgets use their own ``self.tr``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "JoggDesktop", disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
