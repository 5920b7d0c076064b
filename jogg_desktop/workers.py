"""Blocking work off the event loop, one policy for every worker thread.

- Plain Python pools, never the loop's default executor: under qasync that one runs on QThreads
  still alive at interpreter exit.
- One small named pool per kind of work, made on first use, so a slow kind (copying a video)
  never queues behind another (an fsync, a decode). The name shows in thread dumps.
- Daemon-like at exit: :func:`shutdown` drops queued work and does not wait for running work.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_pools: dict[str, ThreadPoolExecutor] = {}
_lock = threading.Lock()


def pool(name: str, workers: int = 1) -> ThreadPoolExecutor:
    """The pool for one kind of work (``workers`` threads, fixed by its first caller)."""
    with _lock:
        found = _pools.get(name)
        if found is None:
            found = _pools[name] = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"jogg-{name}")
        return found


async def run_blocking(name: str, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` on the ``name`` pool, awaited from the running loop."""
    call = functools.partial(fn, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(pool(name), call)


def shutdown() -> None:
    """Stop every pool: queued work is dropped, running work is not waited for."""
    with _lock:
        pools = list(_pools.values())
        _pools.clear()
    for each in pools:
        each.shutdown(wait=False, cancel_futures=True)
