from __future__ import annotations

import asyncio

from jogg_desktop.api.throttle import PostThrottle
from tests.api.fakes import FakeClock


def test_twenty_posts_go_at_once_the_21st_waits_for_the_oldest_to_age_out() -> None:
    clock = FakeClock()
    throttle = PostThrottle(20, 60.0, clock=clock, sleep=clock.sleep)

    async def run() -> None:
        for i in range(20):
            assert await throttle.acquire() == 0.0
            clock.now += 1.0 if i == 0 else 0.5  # first at t=0, then every 0.5 s
        assert throttle.in_window == 20
        waited = await throttle.acquire()  # t = 10.5: the first POST (t=0) frees its slot at t=60
        assert waited == 49.5
        assert clock.sleeps == [49.5]

    asyncio.run(run())


def test_rolling_window_never_exceeds_limit() -> None:
    clock = FakeClock()
    throttle = PostThrottle(3, 10.0, clock=clock, sleep=clock.sleep)
    sent: list[float] = []

    async def run() -> None:
        for _ in range(10):
            await throttle.acquire()
            sent.append(clock.now)
            clock.now += 1.0

    asyncio.run(run())
    for i, t in enumerate(sent):
        assert sum(1 for s in sent[: i + 1] if t - s < 10.0) <= 3
    assert sum(clock.sleeps) > 0


def test_concurrent_posts_share_the_budget() -> None:
    clock = FakeClock()
    throttle = PostThrottle(2, 60.0, clock=clock, sleep=clock.sleep)

    async def run() -> list[float]:
        return list(await asyncio.gather(*(throttle.acquire() for _ in range(5))))

    waits = asyncio.run(run())
    assert sorted(waits)[:2] == [0.0, 0.0]
    assert clock.now - 1000.0 >= 120.0  # the 5th POST went in the third minute
