"""The task runner: references, keyed cancellation, error routing."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import pytest

from jogg_desktop.errors import NetworkError
from ui.tasks import TaskRunner


def test_result_reaches_on_done(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    got: list[int] = []

    async def work() -> int:
        await asyncio.sleep(0)
        return 42

    runner.run(work(), on_done=got.append)
    qtbot.waitUntil(lambda: got == [42])
    qtbot.waitUntil(lambda: runner.count == 0)


def test_same_key_cancels_the_earlier_task(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    gate = asyncio.Event()
    cancelled: list[str] = []
    done: list[str] = []

    async def wait(name: str) -> str:
        await gate.wait()
        return name

    first = runner.run(wait("first"), on_done=done.append, on_cancel=lambda: cancelled.append("first"),
                       key="k")
    runner.run(wait("second"), on_done=done.append, key="k")
    assert runner.is_running("k")
    qtbot.waitUntil(first.done)
    gate.set()
    qtbot.waitUntil(lambda: done == ["second"])
    assert cancelled == ["first"]
    assert not runner.is_running("k")


def test_cancel_by_key(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    cancelled: list[bool] = []

    async def forever() -> None:
        await asyncio.Event().wait()

    task = runner.run(forever(), on_cancel=lambda: cancelled.append(True), key="crawl")
    assert runner.cancel("crawl")
    qtbot.waitUntil(task.done)
    assert cancelled == [True]
    assert not runner.cancel("crawl")


def test_expected_error_goes_to_on_error_or_failed_signal(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    async def boom() -> None:
        raise NetworkError()

    runner.run(boom(), on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], NetworkError)
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(boom())
    assert isinstance(blocker.args[0], NetworkError)


def test_unexpected_error_goes_to_excepthook(
    qtbot: Any, qloop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = TaskRunner()
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: seen.append(exc))

    async def bug() -> None:
        raise KeyError("oops")

    handled: list[BaseException] = []
    runner.run(bug(), on_error=handled.append)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert isinstance(seen[0], KeyError)
    assert handled == []


def test_shutdown_cancels_everything(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()

    async def forever() -> None:
        await asyncio.Event().wait()

    tasks = [runner.run(forever()) for _ in range(3)]
    from tests.conftest import run_async

    run_async(qtbot, runner.shutdown())
    assert all(t.cancelled() for t in tasks)
    assert runner.count == 0


def test_cancelling_its_own_key_from_on_done_keeps_the_result(qtbot: Any, qloop: Any) -> None:
    # A page's on_done moves on; the page's on_leave cancels its key: the finished work stays done.
    runner = TaskRunner()
    events: list[str] = []

    async def work() -> str:
        await asyncio.sleep(0)
        return "product"

    def done(result: str) -> None:
        events.append(result)
        runner.cancel("crawl")

    task = runner.run(work(), on_done=done, on_cancel=lambda: events.append("cancelled"), key="crawl")
    qtbot.waitUntil(task.done)
    assert events == ["product"]
    assert not task.cancelled()
