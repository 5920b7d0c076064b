"""One task runner that owns every coroutine the UI starts.

Widgets never ``create_task`` themselves: they hand coroutines to :class:`TaskRunner`, which keeps
a reference (asyncio keeps only weak ones), cancels an earlier task started under the same key,
routes failures the user can act on (:func:`ui.errors.is_expected`) to ``on_error`` — or to the
``failed`` signal when there is none — and sends anything unexpected to ``sys.excepthook``
(the app installs the crash dialog there; under pytest-qt it fails the test).

Never call ``QDialog.exec()`` (or a static ``QMessageBox`` helper) inside a coroutine run here:
qasync cannot re-enter its loop ("Cannot enter into task"). Use ``open()`` and ``finished``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ui.errors import is_expected

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


class TaskRunner(QObject):
    failed = Signal(object)
    """An expected error (BaseException) that had no ``on_error`` handler."""
    busy_changed = Signal(bool)
    """True while at least one task runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[Any]] = {}

    def run(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_cancel: Callable[[], None] | None = None,
        key: str | None = None,
    ) -> asyncio.Task[None]:
        import asyncio  # not before the first task: start-up stays close to a bare window

        if key is not None:
            self.cancel(key)
        task = asyncio.ensure_future(self._guard(coro, on_done, on_error, key))
        was_idle = not self._tasks
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task
        task.add_done_callback(lambda t: self._finished(t, key, coro, on_cancel))
        if was_idle:
            self.busy_changed.emit(True)
        return task

    async def _guard(
        self,
        coro: Coroutine[Any, Any, T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], object] | None,
        key: str | None,
    ) -> None:
        try:
            result = await coro
            # The work is over: a cancel(key) from inside on_done (e.g. a page's on_leave when
            # on_done moves on) must not turn this finished task into a cancelled one.
            self._release(key)
            if on_done is not None:
                on_done(result)
        except Exception as exc:
            self._release(key)
            if is_expected(exc):
                if on_error is not None:
                    on_error(exc)
                else:
                    self.failed.emit(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

    def _release(self, key: str | None) -> None:
        import asyncio

        if key is not None and self._keyed.get(key) is asyncio.current_task():
            del self._keyed[key]

    def _finished(
        self,
        task: asyncio.Task[Any],
        key: str | None,
        coro: Coroutine[Any, Any, Any],
        on_cancel: Callable[[], None] | None,
    ) -> None:
        # A task cancelled before its first step never started ``coro``: close it quietly.
        coro.close()
        self._tasks.discard(task)
        if key is not None and self._keyed.get(key) is task:
            del self._keyed[key]
        if task.cancelled() and on_cancel is not None:
            on_cancel()
        if not self._tasks:
            self.busy_changed.emit(False)

    def is_running(self, key: str) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    def cancel(self, key: str) -> bool:
        """Cancel the task started under ``key``; True when one was running."""
        task = self._keyed.pop(key, None)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def cancel_all(self) -> None:
        self._keyed.clear()
        for task in list(self._tasks):
            task.cancel()

    async def shutdown(self) -> None:
        """Cancel every task and wait until all have finished."""
        import asyncio

        pending = [t for t in self._tasks if not t.done()]
        self.cancel_all()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    @property
    def count(self) -> int:
        return len(self._tasks)
