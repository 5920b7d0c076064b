"""Script suggestions: JoggAI writes scripts for a product, in several styles (docs/joggai-api.md
§8.15, §9.10). Qt-free; the UI, the command line and the tests use :func:`suggest_scripts`.

Each request costs 0.2 credit (§12), so it is a *charged* call: said before asking, sent once,
never resent automatically once it may have reached JoggAI (§13 #18). v1 answers at once; v2
answers with a task polled with the app's polling etiquette (§5, :func:`jogg_desktop.api.poller.poll_delay`).

JoggAI may still rewrite the narration of a product video even when given a script (§13 #2):
whoever shows suggestions says so.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Protocol

from jogg_desktop.api import waits
from jogg_desktop.api.poller import poll_delay
from jogg_desktop.errors import (
    JoggError,
    NetworkError,
    ProtocolError,
    RateLimitedError,
    ScriptDeadlineError,
    ScriptSuggestionFailedError,
    ServerError,
)
from jogg_desktop.models import Product, VideoLength, VideoSettings

SUGGESTION_CREDITS = 0.2
"""What one request for suggestions costs (docs/joggai-api.md §12)."""
DEADLINE = 5 * 60.0
"""How long to wait for v2's results before saying so (script writing takes seconds)."""

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


@dataclass(frozen=True)
class ScriptRequest:
    """What JoggAI writes from: the product (its id where JoggAI knows it, else its details),
    the language, the target length and a style (v2 asks for one; v1 picks its own)."""

    product_id: str = ""
    name: str = ""
    description: str = ""
    target_audience: str = ""
    language: str = "english"
    length: VideoLength = VideoLength.SHORT
    style: str = "Don't Worry"

    def in_one_of(self, styles: Sequence[str]) -> ScriptRequest:
        """Itself when its style is one of ``styles``, else asking in the first of them (a style
        chosen for a template video, made with v1, asked of v2)."""
        return self if self.style in styles or not styles else replace(self, style=styles[0])

    @classmethod
    def for_product(cls, product: Product, settings: VideoSettings) -> ScriptRequest:
        return cls(product_id=product.id, name=product.name, description=product.description,
                   target_audience=product.target_audience, language=settings.language,
                   length=settings.length, style=settings.script_style)


@dataclass(frozen=True)
class ScriptSuggestion:
    """One script JoggAI wrote, in one style, as paragraphs."""

    style: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """The script as the script box takes it: one paragraph a line (the box is a few lines high)."""
        return "\n".join(self.paragraphs)


class TaskState(Enum):
    WAITING = "waiting"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class ScriptTask:
    """Where a request for suggestions stands (v1's answer is DONE at once)."""

    task_id: str
    state: TaskState
    suggestions: tuple[ScriptSuggestion, ...] = ()
    error_message: str = ""


class ScriptSource(Protocol):
    async def request_scripts(self, request: ScriptRequest) -> ScriptTask: ...

    async def script_results(self, task_id: str) -> ScriptTask: ...


_TRANSIENT = (NetworkError, ServerError, RateLimitedError, ProtocolError)


async def suggest_scripts(
    api: ScriptSource,
    request: ScriptRequest,
    *,
    schedule: Callable[[float], float] = poll_delay,
    sleep: Sleep = asyncio.sleep,
    clock: Clock = time.monotonic,
    deadline: float = DEADLINE,
    on_task: Callable[[ScriptTask], None] | None = None,
) -> list[ScriptSuggestion]:
    """Ask once (charged), then wait for the results; the suggestions, one per style.

    ``on_task`` hears the answer to the request: a v2 task still being written can be waited for
    again later, for free (:func:`wait_for_scripts`), if this wait is stopped. ``schedule``
    replaces the polling etiquette only for the simulator. Raises ScriptSuggestionFailedError (a
    failed task, or no script in the answer), ScriptDeadlineError, ScriptOutcomeUnknownError
    (from the request), or any other JoggError at once.
    """
    task = await api.request_scripts(request)
    if on_task is not None:
        on_task(task)
    return await wait_for_scripts(api, task, schedule=schedule, sleep=sleep, clock=clock, deadline=deadline)


async def wait_for_scripts(
    api: ScriptSource,
    task: ScriptTask,
    *,
    schedule: Callable[[float], float] = poll_delay,
    sleep: Sleep = asyncio.sleep,
    clock: Clock = time.monotonic,
    deadline: float = DEADLINE,
) -> list[ScriptSuggestion]:
    """The suggestions of a task already asked for (free: only its results are read).

    A transient error while polling does not end the wait (the GET was already retried); the
    deadline does.
    """
    start = clock()
    last_error: JoggError | None = None
    while task.state is TaskState.WAITING:
        elapsed = clock() - start
        if elapsed >= deadline:
            detail = f"task {task.task_id}" + (f"; last error: {last_error.details()}" if last_error else "")
            raise ScriptDeadlineError(server_message=detail)
        delay = min(schedule(elapsed), deadline - elapsed)
        if last_error is not None:
            waits.announce(waits.reason_for(last_error), delay)
        await sleep(delay)
        try:
            task = await api.script_results(task.task_id)
        except _TRANSIENT as err:
            last_error = err
            continue
        last_error = None
    if task.state is TaskState.FAILED:
        raise ScriptSuggestionFailedError(server_message=task.error_message or f"task {task.task_id} failed")
    if not task.suggestions:
        raise ScriptSuggestionFailedError(server_message="the answer holds no script")
    return list(task.suggestions)
