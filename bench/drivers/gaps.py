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
        self.cpu: list[float] = []  # the GUI thread's CPU time at each tick
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(time.thread_time())

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def gaps_ms(self, start: float, end: float) -> list[float]:
        inside = [t for t in self.ticks if start <= t <= end]
        return [(b - a) * 1000 for a, b in itertools.pairwise(inside)]

    def worst(self, start: float, end: float, count: int = 5) -> list[tuple[float, float, float]]:
        """The ``count`` longest gaps: (s after ``start`` when it ended, gap ms, GUI-thread CPU ms).

        A gap with little GUI-thread CPU was spent waiting (a blocking call, the GIL, or a core
        on a busy machine); one with CPU ≈ gap was the app's own work on the GUI thread.
        """
        idx = [i for i, t in enumerate(self.ticks) if start <= t <= end]
        gaps = [
            (
                self.ticks[j] - start,
                (self.ticks[j] - self.ticks[i]) * 1000,
                (self.cpu[j] - self.cpu[i]) * 1000,
            )
            for i, j in itertools.pairwise(idx)
        ]
        return sorted(gaps, key=lambda g: g[1], reverse=True)[:count]

    def max_cpu_block_ms(self, start: float, end: float) -> float:
        """The most GUI-thread CPU spent between two ticks: the longest stretch of app work."""
        idx = [i for i, t in enumerate(self.ticks) if start <= t <= end]
        return max(((self.cpu[j] - self.cpu[i]) * 1000 for i, j in itertools.pairwise(idx)), default=0.0)


def summary(gaps: list[float]) -> dict[str, float]:
    if not gaps:
        return {"p99": float("nan"), "max": float("nan"), "median": float("nan"), "n": 0}
    return {
        "p99": percentile(gaps, 99),
        "max": max(gaps),
        "median": percentile(gaps, 50),
        "n": len(gaps),
    }
