"""Client-side POST throttle: at most ``limit`` POSTs per rolling ``window`` seconds per key.

JoggAI allows 20 POSTs a minute per API key, every POST counting (API.md §5, §13 #17). Rather
than meet code 429, the client waits for a slot. Clock and sleep are injectable for tests.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import time
from collections import deque
from collections.abc import Awaitable, Callable

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class PostThrottle:
    def __init__(
        self,
        limit: int = 20,
        window: float = 60.0,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        margin: float = 0.0,
    ) -> None:
        if limit < 1 or window <= 0 or margin < 0:
            raise ValueError("limit must be ≥ 1, window > 0 and margin ≥ 0")
        self.limit = limit
        self.window = window
        self.margin = margin
        """Seconds a slot is held beyond the window: the server counts arrivals, which come a
        little after the request was sent, some later than others."""
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        self._lock = asyncio.Lock()
        self.last_taken = 0.0

    def _prune(self, now: float) -> None:
        while self._sent and now - self._sent[0] >= self.window + self.margin:
            self._sent.popleft()

    def wait_time(self) -> float:
        """Seconds until a POST may go out now (0 when a slot is free)."""
        now = self._clock()
        self._prune(now)
        if len(self._sent) < self.limit:
            return 0.0
        return self._sent[0] + self.window + self.margin - now

    async def acquire(self) -> float:
        """Wait for a slot and take it; returns the seconds waited (by the injected clock)."""
        async with self._lock:
            start = self._clock()
            while (delay := self.wait_time()) > 0:
                await self._sleep(delay)
            self.last_taken = self._clock()
            self._sent.append(self.last_taken)
            return self._clock() - start

    def settle(self, taken_at: float) -> None:
        """The POST whose slot was taken at ``taken_at`` (``last_taken`` right after ``acquire``)
        has now been sent whole (or answered, or failed): its slot counts from now, as the
        server's does from its arrival — however long connecting or a busy loop delayed it
        after the slot was taken (counted from then, the server saw 21 in a window)."""
        with contextlib.suppress(ValueError):
            self._sent.remove(taken_at)
        now = self._clock()
        self._sent.insert(bisect.bisect_right(list(self._sent), now), now)

    @property
    def in_window(self) -> int:
        self._prune(self._clock())
        return len(self._sent)
