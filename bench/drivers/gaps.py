"""A 5 ms precise QTimer on the GUI thread; the gaps between its ticks are the UI's stalls."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QObject, Qt, QTimer

from bench.stats import percentile

INTERVAL_MS = 5


class GapRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def gaps_ms(self, start: float, end: float) -> list[float]:
        inside = [t for t in self.ticks if start <= t <= end]
        return [(b - a) * 1000 for a, b in itertools.pairwise(inside)]

    def worst(self, start: float, end: float, count: int = 5) -> list[tuple[float, float]]:
        """The ``count`` longest gaps as (seconds after ``start`` when the gap ended, gap ms)."""
        inside = [t for t in self.ticks if start <= t <= end]
        pairs = [(b - start, (b - a) * 1000) for a, b in itertools.pairwise(inside)]
        return sorted(pairs, key=lambda p: p[1], reverse=True)[:count]


def summary(gaps: list[float]) -> dict[str, float]:
    if not gaps:
        return {"p99": float("nan"), "max": float("nan"), "median": float("nan"), "n": 0}
    return {
        "p99": percentile(gaps, 99),
        "max": max(gaps),
        "median": percentile(gaps, 50),
        "n": len(gaps),
    }
