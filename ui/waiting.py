"""Waits in plain words: why the app is waiting for JoggAI and how long until the next try."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QWidget

from jogg_desktop.waiting import WaitReason


def wait_text(widget: QWidget, reason: WaitReason, seconds: float) -> str:
    """What a wait means for the seller, with the time to the next try."""
    n = max(0, math.ceil(seconds))
    if reason is WaitReason.RATE_LIMITED:
        if n == 0:
            return widget.tr("JoggAI asked us to slow down — trying again now…")
        return widget.tr("JoggAI asked us to slow down — waiting {n} s before the next try.").format(n=n)
    if reason is WaitReason.UNREACHABLE:
        if n == 0:
            return widget.tr("Can't reach JoggAI — trying again now…")
        return widget.tr("Can't reach JoggAI — still trying (next try in {n} s).").format(n=n)
    if n == 0:
        return widget.tr("JoggAI is having a problem — trying again now…")
    return widget.tr("JoggAI is having a problem — still trying (next try in {n} s).").format(n=n)
