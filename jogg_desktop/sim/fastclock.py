"""A clock that runs ``speed`` times faster than real time, and the sleep that goes with it.

Give the same :class:`FastClock` to the simulator (``SimConfig.clock``: its POST window and render
timeline), the client's POST throttle and the job poller: a 60-second limit window or a 10-second
poll interval then passes in 1/``speed`` of the time, while every task still runs concurrently
on real time (unlike a fake clock whose sleep jumps, which only suits one task at a time).
"""

from __future__ import annotations

import asyncio
import time


class FastClock:
    def __init__(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be > 0")
        self.speed = speed
        self._origin = time.monotonic()

    def __call__(self) -> float:
        return self._origin + (time.monotonic() - self._origin) * self.speed

    def real(self, seconds: float) -> float:
        """Real seconds that ``seconds`` of this clock take."""
        return seconds / self.speed

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.speed)
