"""Run a blocking call on a throw-away daemon thread and await it with a timeout.

Keyring backends block on D-Bus/OS calls, may wait for an unlock prompt, and some create their
own asyncio loop (secretstorage does on some paths, which breaks qasync's loop): never on the GUI
thread. A daemon thread per call means a hung
backend can neither block the next call nor keep the app from exiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def call_in_thread(fn: Callable[[], T], timeout: float) -> T:
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def deliver(result: T | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        try:
            result = fn()
        except BaseException as exc:  # handed to the awaiting task
            _post(loop, deliver, None, exc)
        else:
            _post(loop, deliver, result, None)

    threading.Thread(target=run, name="jogg-keyring", daemon=True).start()
    return await asyncio.wait_for(future, timeout)


def _post(
    loop: asyncio.AbstractEventLoop,
    deliver: Callable[[T | None, BaseException | None], None],
    result: T | None,
    error: BaseException | None,
) -> None:
    with contextlib.suppress(RuntimeError):  # the loop is closed: nobody is waiting any more
        loop.call_soon_threadsafe(deliver, result, error)
