"""Decides when download progress is worth a store write and a listener call.

A 64 KiB chunk arrives thousands of times a second on a fast line; writing each to SQLite and
repainting for each would cost more than the download. Report every ~1 % (at least 256 KiB).
"""

from __future__ import annotations

MIN_STEP = 256 * 1024


class ProgressGate:
    def __init__(self) -> None:
        self._last = -1

    def due(self, done: int, total: int | None) -> bool:
        step = max(MIN_STEP, (total or 0) // 100)
        if self._last < 0 or done - self._last >= step or (total is not None and done >= total):
            self._last = done
            return True
        return False
