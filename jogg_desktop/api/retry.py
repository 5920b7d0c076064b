"""When a failed call may be sent again, and how long to wait first.

Rules (the brief's "only where safe", docs/joggai-api.md §5 and §13 #18):

* A request that never left this machine (``httpx.ConnectError`` / ``ConnectTimeout`` /
  ``PoolTimeout``) is resent, whatever it is: the server cannot have seen it.
* ``SAFE`` calls — GETs, ``PUT /product`` (it sets fields to given values) and the PUT of bytes
  to a signed upload URL — are resent after any transient failure: connection dropped or reset,
  read timeout, HTTP 5xx / code 50000, 429, an unreadable answer.
* ``FREE_POST`` calls — ``POST /product`` and ``POST /upload/asset`` — cost no credits; doing one
  twice only leaves a spare product or signed URL and uses one more slot of the 20-POST budget.
  They are resent after 429 (rejected before processing), HTTP 5xx / code 50000, a dropped
  connection and an unreadable answer — but NOT after a read timeout: the crawl already waited
  ≥ 90 s, so the user decides (a second crawl would double the wait).
* ``CHARGED`` calls — ``POST /create_video_from_url`` — are never resent once they may have
  reached the server. Only never-sent failures and a 429 (refused before anything started:
  wait and try again) are retried; everything ambiguous becomes ``RenderOutcomeUnknownError``
  (in the client), definite refusals keep their own error.
* A certificate that cannot be verified is never retried: it will not verify on a second try.

:func:`retrying` is the one loop that applies these rules (API calls and uploads use it; the
download's resumable loop in :mod:`jogg_desktop.api.download` keeps its own progress rule).

Backoff: exponential with full jitter, capped; a server ``Retry-After`` is honoured (as a
minimum) up to ``max_retry_after``; beyond that the error is raised for the user to wait.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TypeVar

from jogg_desktop.api import waits
from jogg_desktop.errors import (
    CertificateError,
    JoggError,
    NetworkError,
    ProtocolError,
    RateLimitedError,
    ServerError,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


class CallKind(Enum):
    SAFE = "safe"
    FREE_POST = "free_post"
    CHARGED = "charged"


class NotSentError(NetworkError):
    """The connection failed before the request was sent (internal marker; a NetworkError)."""


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    random: Callable[[], float] = field(default=random.random, compare=False)

    def backoff(self, attempt: int) -> float:
        """Delay before attempt ``attempt + 1`` (attempt counts from 1): full jitter."""
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return ceiling * self.random()

    def delay_for(self, error: JoggError, attempt: int) -> float | None:
        """Seconds to wait before retrying after ``error``, or None to give up."""
        if attempt >= self.max_attempts:
            return None
        delay = self.backoff(attempt)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            if error.retry_after > self.max_retry_after:
                return None
            delay = max(delay, error.retry_after)
        return delay


def is_retryable(error: JoggError, kind: CallKind, *, timed_out: bool) -> bool:
    """Whether ``error`` after a call of ``kind`` may be resent (see the module docstring)."""
    if isinstance(error, CertificateError):
        return False
    if isinstance(error, NotSentError):
        return True
    if kind is CallKind.CHARGED:
        # A 429 is a refusal before anything started (no project, no charge): wait, try again.
        return isinstance(error, RateLimitedError)
    transient = isinstance(error, NetworkError | ServerError | RateLimitedError | ProtocolError)
    if kind is CallKind.FREE_POST and timed_out:
        return False
    return transient


class Failed(Exception):
    """Raised by an attempt to hand its typed error (and whether it timed out) to :func:`retrying`."""

    def __init__(self, error: JoggError, *, timed_out: bool = False) -> None:
        super().__init__(error.details())
        self.error = error
        self.timed_out = timed_out


async def retrying(
    attempt: Callable[[], Awaitable[T]],
    *,
    kind: CallKind,
    policy: RetryPolicy,
    sleep: Callable[[float], Awaitable[None]],
    label: str,
    on_wait: Callable[[JoggError, float], None] | None = None,
) -> T:
    """Run ``attempt`` until it succeeds or the rules above say stop; raises the last error.

    ``attempt`` raises :class:`Failed` for a failure the rules should judge; anything else
    propagates at once. ``on_wait`` hears each wait (the error, the seconds) before it starts."""
    tries = 0
    while True:
        tries += 1
        try:
            return await attempt()
        except Failed as failed:
            error, timed_out = failed.error, failed.timed_out
        log.info("%s failed (attempt %d): %s", label, tries, error.details())
        delay = policy.delay_for(error, tries) if is_retryable(error, kind, timed_out=timed_out) else None
        if delay is None:
            raise error
        if on_wait is not None:  # e.g. the UI says "JoggAI is busy: trying again in 20 s"
            on_wait(error, delay)
        waits.announce(waits.reason_for(error), delay)  # whoever listens in this task (waits.py)
        await sleep(delay)
