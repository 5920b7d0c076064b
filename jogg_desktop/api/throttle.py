"""Client-side POST throttle: at most ``limit`` POSTs per rolling ``window`` seconds per key.

JoggAI allows 20 POSTs a minute per API key, every POST counting (docs/joggai-api.md §5, §13 #17). Rather
than meet code 429, the client waits for a slot. Clock and sleep are injectable for tests.

The budget is per key, not per process: with a :class:`PostLedger` (the client's default) the
slots taken live in a small JSON file in the data folder, under a file lock, shared by every
window, command and batch of the app on the machine. The key itself is never written: only a
short hash of it.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import hashlib
import json
import logging
import os
import time
from collections import deque
from collections.abc import Awaitable, Callable
from pathlib import Path

from filelock import FileLock, Timeout

from jogg_desktop.api import waits

log = logging.getLogger(__name__)
LEDGER_FILE = "post-ledger.json"

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


def account_of(api_key: str) -> str:
    """A short, one-way name for the key's budget in the ledger (never the key)."""
    return hashlib.sha256(("jogg-post-ledger:" + api_key).encode()).hexdigest()[:16]


class PostLedger:
    """The POST times of every key, shared between processes (wall-clock seconds)."""

    def __init__(self, path: Path, account: str, *, clock: Clock = time.time) -> None:
        self.path = path
        self.account = account
        self._clock = clock
        self._lock = FileLock(path.with_name(path.name + ".lock"), is_singleton=False, thread_local=False)

    def take(self, limit: int, window: float) -> float:
        """Take a slot now and return 0, or return the seconds until one frees up."""
        try:
            with self._lock.acquire(timeout=5):
                now = self._clock()
                data = self._read()
                times = [t for t in data.get(self.account, []) if 0 <= now - t < window]
                if len(times) >= limit:
                    return max(min(times) + window - now, 0.01)
                data = {a: [t for t in ts if now - t < window] for a, ts in data.items()}
                data[self.account] = [*times, now]
                self._write({a: ts for a, ts in data.items() if ts})
                return 0.0
        except (OSError, Timeout) as exc:  # an unusable ledger must not stop the app
            log.warning("the POST ledger %s is unusable (%s); counting in this process only", self.path, exc)
            return -1.0

    def _read(self) -> dict[str, list[float]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {str(a): [float(t) for t in ts if isinstance(t, int | float)]
                for a, ts in raw.items() if isinstance(ts, list)}

    def _write(self, data: dict[str, list[float]]) -> None:
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temp, self.path)


def shared_ledger(api_key: str) -> PostLedger | None:
    """The ledger in the app's data folder for ``api_key`` (None when that folder is unusable)."""
    from jogg_desktop import paths

    with contextlib.suppress(OSError):
        return PostLedger(paths.data_dir() / LEDGER_FILE, account_of(api_key))
    return None


class PostThrottle:
    def __init__(
        self,
        limit: int = 20,
        window: float = 60.0,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        ledger: PostLedger | None = None,
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
        self.ledger = ledger
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
                waits.announce(waits.WaitReason.RATE_LIMITED, delay)
                await self._sleep(delay)
            window = self.window + self.margin
            while self.ledger is not None and (delay := self.ledger.take(self.limit, window)) > 0:
                waits.announce(waits.WaitReason.RATE_LIMITED, delay)
                await self._sleep(delay)  # other processes used this key's budget
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
