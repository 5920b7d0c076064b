"""Wait for a render to finish, with JoggAI's polling etiquette (docs/joggai-api.md §5, §10.1).

First poll after ~10 s, every 10 s for the first minute, every 30 s up to 5 minutes, every
60 s after that; never faster than every 5 s. A transient error while polling never ends the
job by itself (the GET was already retried): polling goes on until the overall deadline.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from jogg_desktop.api import waits
from jogg_desktop.errors import (
    JoggError,
    NetworkError,
    PollDeadlineError,
    ProjectDeletedError,
    ProtocolError,
    RateLimitedError,
    RenderFailedError,
    ServerError,
)
from jogg_desktop.models import JobState, ProjectStatus

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
StatusCallback = Callable[[ProjectStatus], None]

DEFAULT_DEADLINE = 30 * 60.0  # the official CLI's max wait (docs/joggai-api.md §5)
MISSING_URL_GRACE = 60.0  # "success" without a video URL: keep polling this long (§10.1)


class _ProjectSource(Protocol):
    async def get_project(self, project_id: str) -> ProjectStatus: ...


def poll_delay(elapsed: float) -> float:
    """Seconds to wait before the next poll, ``elapsed`` seconds after the render was requested."""
    if elapsed < 60:
        return 10.0
    if elapsed < 300:
        return 30.0
    return 60.0


_TRANSIENT = (NetworkError, ServerError, RateLimitedError, ProtocolError)


async def wait_for_video(
    api: _ProjectSource,
    project_id: str,
    *,
    deadline: float = DEFAULT_DEADLINE,
    started_at: float | None = None,
    on_status: StatusCallback | None = None,
    sleep: Sleep = asyncio.sleep,
    clock: Clock = time.monotonic,
    missing_url_grace: float = MISSING_URL_GRACE,
    poll_now: bool = False,
    schedule: Callable[[float], float] = poll_delay,
) -> ProjectStatus:
    """Poll until the render is done with a video URL; returns that final status.

    ``started_at`` (a ``clock()`` reading) is when the render was requested; ``poll_now`` polls
    once at once (a job resumed after a restart) before following the schedule. ``schedule``
    replaces :func:`poll_delay` (only for the simulator: real JoggAI gets the etiquette).
    Raises RenderFailedError (status 5), ProjectDeletedError (99), PollDeadlineError (deadline
    passed; carries the last transient error's details, if any), or a non-transient JoggError
    (e.g. AuthError, NotFoundError) at once.
    """
    start = clock() if started_at is None else started_at
    done_without_url_since: float | None = None
    last_error: JoggError | None = None
    first = True
    while True:
        if not (first and poll_now):
            elapsed = clock() - start
            delay = min(schedule(elapsed), max(0.0, deadline - elapsed))
            if last_error is not None:
                # The status is unknown until the next check: say so, and when it comes (waits.py).
                waits.announce(waits.reason_for(last_error), delay)
            await sleep(delay)
        first = False
        try:
            status = await api.get_project(project_id)
        except _TRANSIENT as err:
            last_error = err
            if clock() - start >= deadline:
                raise _deadline(project_id, last_error) from None
            continue
        last_error = None
        if on_status:
            on_status(status)
        if status.state is JobState.DONE:
            if status.video_url:
                return status
            now = clock()
            done_without_url_since = done_without_url_since if done_without_url_since is not None else now
            if now - done_without_url_since >= missing_url_grace:
                raise ProtocolError(
                    "JoggAI says the video is finished but sent no link to it. Please try again later "
                    "or contact JoggAI support.",
                    server_message=f"project {project_id}: finished without a video link",
                )
        elif status.state is JobState.FAILED:
            raise RenderFailedError(server_message=status.error_message or status.description)
        elif status.state is JobState.DELETED:
            raise ProjectDeletedError(server_message=status.description)
        if clock() - start >= deadline:
            raise _deadline(project_id, last_error)


def _deadline(project_id: str, last_error: JoggError | None) -> PollDeadlineError:
    detail = f"project {project_id}"
    if last_error is not None:
        detail += f"; last error: {last_error.details()}"
    return PollDeadlineError(server_message=detail)
