"""One policy for blocking work: a named pool per kind of work, off the event loop."""

from __future__ import annotations

import asyncio
import threading

from jogg_desktop import workers


def test_work_runs_on_its_named_pool_off_the_loop_thread() -> None:
    async def main() -> tuple[str, str]:
        a = await workers.run_blocking("test-a", lambda: threading.current_thread().name)
        b = await workers.run_blocking(
            "test-b", lambda x, y=0: f"{threading.current_thread().name}:{x + y}", 1, y=2
        )
        return a, b

    a, b = asyncio.run(main())
    assert a.startswith("jogg-test-a") and b.startswith("jogg-test-b") and b.endswith(":3")
    assert workers.pool("test-a") is workers.pool("test-a")
    workers.shutdown()
    assert workers.pool("test-a") is not None  # a fresh pool after shutdown
    workers.shutdown()


def test_a_slow_kind_does_not_block_another() -> None:
    release = threading.Event()

    async def main() -> str:
        slow = asyncio.ensure_future(workers.run_blocking("test-slow", release.wait, 30))
        quick = await workers.run_blocking("test-quick", lambda: "done")
        release.set()
        await slow
        return quick

    assert asyncio.run(main()) == "done"
    workers.shutdown()
