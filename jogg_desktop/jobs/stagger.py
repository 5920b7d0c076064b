"""Jobs resumed together start their first status request one after another, not at once.

After a restart (or a batch going on), every unfinished job wants its status at the same moment:
100 jobs would be 100 requests in one burst. JoggAI's polling etiquette (docs/joggai-api.md §5)
asks each job for one status every 10 s in a render's first minute, every 30 s up to 5 minutes,
every 60 s after that. So job *i* of *n* makes its first request *i*/*n* of its own interval
later: the *n* first requests are spread over one interval, the rate the etiquette would give
anyway, and each job then keeps to its own cadence from its own first request, so they stay spread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from jogg_desktop.store.job_store import now

Schedule = Callable[[float], float]


def first_delays(intervals: Sequence[float]) -> list[float]:
    """Seconds before each job's first request: job *i* of *n* waits *i*/*n* of its interval."""
    count = len(intervals)
    return [max(0.0, interval) * index / count for index, interval in enumerate(intervals)]


def age_of(created_at: datetime) -> float:
    """Seconds since the job was made (its render requested then), never negative."""
    return max(0.0, (now() - created_at).total_seconds())


def aged(schedule: Schedule, age: float) -> Schedule:
    """``schedule`` for a job already ``age`` seconds old when its polling (re)starts: an hour-old
    render resumed after a restart is polled every 60 s, not every 10 s as if it were new."""
    if age <= 0:
        return schedule

    def delay(elapsed: float) -> float:
        return schedule(elapsed + age)

    return delay
