"""Telling whoever waits why a call is taking longer: a retry after a failure, or a rate limit.

The client retries and throttles on its own (``transport``, ``throttle``, ``poller``); a screen
that shows "This usually takes 10 to 30 seconds" while the client sits out a 429 for a minute
would lie. Whoever starts the work installs a listener for the current task
(:func:`listening`); the client announces every wait before it sleeps (:func:`announce`).
A context variable, so concurrent tasks (two jobs, an analysis) each hear only their own waits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from jogg_desktop.errors import JoggError, NetworkError, RateLimitedError
from jogg_desktop.waiting import WaitReason

__all__ = ["Wait", "WaitReason", "announce", "listening", "reason_for"]


@dataclass(frozen=True)
class Wait:
    reason: WaitReason
    seconds: float
    """How long until the next try."""


WaitListener = Callable[[Wait], None]
_listener: ContextVar[WaitListener | None] = ContextVar("jogg_wait_listener", default=None)


def reason_for(error: JoggError | None) -> WaitReason:
    if isinstance(error, RateLimitedError):
        return WaitReason.RATE_LIMITED
    if isinstance(error, NetworkError):
        return WaitReason.UNREACHABLE
    return WaitReason.SERVER


@contextmanager
def listening(listener: WaitListener) -> Iterator[None]:
    """Within this block (of one task), every announced wait goes to ``listener``."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def announce(reason: WaitReason, seconds: float) -> None:
    listener = _listener.get()
    if listener is not None:
        listener(Wait(reason, max(0.0, seconds)))
