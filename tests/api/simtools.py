"""Helpers for client tests against the simulator over real sockets."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.throttle import PostThrottle
from jogg_desktop.api.transport import Timeouts
from jogg_desktop.sim import SimServer
from tests.fixtures.sim import SIM_KEY, fast_config

T = TypeVar("T")

# Generous by default (the machine may be busy: a slow answer must not look like a fault);
# SHORT for tests of the "delay" fault, which holds its answer far longer.
TIMEOUTS = Timeouts(default=15.0, crawl=30.0, connect=10.0, download_read=15.0)
SHORT = Timeouts(default=2.0, crawl=2.0, connect=2.0, download_read=2.0)


class SleepLog:
    """An injected sleep that records the delays and returns at once (backoff is asserted, not waited)."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def make_client(
    base_url: str, key: str = SIM_KEY, *, sleep: Callable[[float], Awaitable[None]] | None = None,
    throttle: PostThrottle | None = None, retry: RetryPolicy | None = None,
    timeouts: Timeouts = TIMEOUTS,
) -> JoggClient:
    return JoggClient(key, base_url, timeouts=timeouts, retry=retry or RetryPolicy(random=lambda: 1.0),
                      throttle=throttle, sleep=sleep or SleepLog())


def run(client: JoggClient, work: Callable[[JoggClient], Awaitable[T]]) -> T:
    async def main() -> T:
        try:
            return await work(client)
        finally:
            await client.aclose()

    return asyncio.run(main())


@pytest.fixture
def make_sim(sim_asset_dir: Path) -> Iterator[Callable[..., SimServer]]:
    servers: list[SimServer] = []

    def make(**overrides: Any) -> SimServer:
        overrides.setdefault("fault_delay", 3.0)
        server = SimServer(fast_config(sim_asset_dir, **overrides))
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
