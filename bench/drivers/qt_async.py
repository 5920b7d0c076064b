"""Run a coroutine on a qasync loop over a QApplication: the app's own event-loop set-up."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

RESULT = "BENCH_RESULT"


def run(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # closing the scene must not stop the loop early
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result: T = loop.run_until_complete(main())
        return result


def emit(data: dict[str, Any]) -> None:
    """Hand a driver's figures to the harness (one line of JSON on stdout)."""
    sys.stdout.write(f"{RESULT} {json.dumps(data)}\n")
    sys.stdout.flush()


def parse(stdout: str) -> dict[str, Any]:
    for line in stdout.splitlines():
        if line.startswith(RESULT + " "):
            return json.loads(line[len(RESULT) + 1 :])  # type: ignore[no-any-return]
    raise ValueError(f"no {RESULT} line in the output: {stdout[-500:]!r}")
