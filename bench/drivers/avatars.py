"""1,000 public avatars listed through the v2 API's paging, from the simulator (in this process).

The app's figure: ``JoggClient.list_avatars()`` on a v2 client (every page, parsed into the
domain model). The baseline, same simulator, same process: a bare httpx loop GETting the same
pages (``page_size`` 100, the spec's maximum) until one comes back short. The simulator's
public catalog is widened to N avatars for the run (its own avatars, repeated with new ids).

    python -m bench.drivers.avatars COUNT ASSET_DIR

Prints ``{"skipped": why}`` when this checkout has no v2 client or no v2 routes in the simulator.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.drivers import qt_async
from bench.drivers.sim import BENCH_KEY, SimConfig, SimServer

PAGE_SIZE = 100


def widen_catalog(count: int) -> None:
    from jogg_desktop.sim import catalog

    base = list(catalog.AVATARS)
    catalog.AVATARS = tuple(
        replace(base[i % len(base)], avatar_id=100_000 + i, name=f"{base[i % len(base)].name} {i}")
        for i in range(count)
    )


def v2_missing(server: SimServer) -> str:
    if importlib.util.find_spec("jogg_desktop.api.v2") is None:
        return "no v2 client in this checkout (jogg_desktop/api/v2.py)"
    if not hasattr(server, "base_url_v2"):
        return "the simulator has no v2 routes in this checkout"
    return ""


async def bare_pages(base: str) -> tuple[float, int]:
    import httpx

    start = time.perf_counter()
    count = 0
    async with httpx.AsyncClient(headers={"x-api-key": BENCH_KEY}) as http:
        for page in range(1, 1000):
            response = await http.get(f"{base}/avatars/public", params={"page": page, "page_size": PAGE_SIZE})
            got = len(response.json()["data"]["avatars"])
            count += got
            if got < PAGE_SIZE:
                break
    return time.perf_counter() - start, count


async def app_list(base: str) -> tuple[float, int]:
    from jogg_desktop.api.client import JoggClient

    client: Any = JoggClient(BENCH_KEY, base)
    try:
        start = time.perf_counter()
        avatars = await client.list_avatars()
        return time.perf_counter() - start, len(avatars)
    finally:
        await client.aclose()


async def _main(count: int, asset_dir: Path) -> None:
    widen_catalog(count)
    server = SimServer(SimConfig(valid_keys={BENCH_KEY}, asset_dir=asset_dir))
    server.start()
    try:
        why = v2_missing(server)
        if why:
            qt_async.emit({"skipped": why})
            return
        base = str(server.base_url_v2)
        await app_list(base)  # warm-up: imports, connections, the simulator's first answers
        await bare_pages(base)
        app_s, app_n = await app_list(base)
        bare_s, bare_n = await bare_pages(base)
        qt_async.emit({"app_seconds": app_s, "app_count": app_n,
                       "bare_seconds": bare_s, "bare_count": bare_n})
    finally:
        server.stop()


def main(argv: list[str]) -> None:
    qt_async.run(lambda: _main(int(argv[0]), Path(argv[1])))
    asyncio.set_event_loop(None)


if __name__ == "__main__":
    main(sys.argv[1:])
