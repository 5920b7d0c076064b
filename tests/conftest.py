"""Shared test set-up.

- Every test gets its own app home (``JOGG_DESKTOP_HOME``): config, data, cache and logs in a
  temporary folder, so no test touches the developer's files.
- Qt tests share one qasync loop built on pytest-qt's ``qapp``, never stopped or closed (see
  shared/notes/qt-stack.md): use the ``qloop`` fixture, drive widgets with qtbot and wait with
  ``qtbot.waitUntil``; await a coroutine with ``run_async(qtbot, coro)``.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from jogg_desktop.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

T = TypeVar("T")

pytest_plugins: list[str] = ["tests.fixtures.sim"]


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "app-home"
    monkeypatch.setenv("JOGG_DESKTOP_HOME", str(home))
    monkeypatch.delenv("JOGG_API_KEY", raising=False)
    monkeypatch.delenv("JOGG_API_BASE", raising=False)
    return home


QT_FIXTURES = frozenset({"qtbot", "qapp", "qloop"})


def pytest_collection_finish(session: pytest.Session) -> None:
    # Everything imported so far (Qt, hypothesis, the specs...) lives for the whole run: keep it
    # out of every later collection, which then costs milliseconds instead of 0.2-0.5 s a test.
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _collect_garbage_on_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    # Cyclic GC freeing Qt objects on a server thread segfaults: after a test that made Qt
    # objects, collect here, on the main thread. Tests without Qt leave no Qt garbage.
    yield
    if QT_FIXTURES.intersection(request.fixturenames):
        gc.collect()


@pytest.fixture
def store(app_home: Path) -> Iterator[Store]:
    """The app's store (jobs, presets) in this test's app home, closed even when the test fails."""
    opened = Store()
    try:
        yield opened
    finally:
        opened.close()


_loop: Any = None


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """The session-wide qasync loop, asserted as the running loop for this test."""
    global _loop
    import qasync

    if _loop is None:
        _loop = qasync.QEventLoop(qapp, already_running=True)
        asyncio.set_event_loop(_loop)
    asyncio.events._set_running_loop(_loop)
    try:
        yield _loop
    finally:
        pending = [t for t in asyncio.all_tasks(_loop) if not t.done()]
        for task in pending:
            task.cancel()
        for _ in range(500):
            if all(t.done() for t in pending):
                break
            qapp.processEvents()
        asyncio.events._set_running_loop(None)


def run_async(qtbot: Any, coro: Coroutine[Any, Any, T], timeout: int = 30_000) -> T:
    """Run ``coro`` on the qasync loop while Qt spins; return its result or raise its error."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()
