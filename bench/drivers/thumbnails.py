"""60 thumbnails fetched, decoded and shown, in a fresh app process on qasync.

Uses the app's own pieces: ``JoggClient.fetch_bytes`` + ``ui.imaging.ThumbnailLoader`` (cold
disk cache: a fresh app home) feeding the product page's media grid when it exists, else a
plain grid of labels. The clock stops when the last thumbnail has been set on its widget and
the loop has run once more (the paint).

    python -m bench.drivers.thumbnails URLS_FILE
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from bench.drivers import qt_async
from bench.drivers.scene import build_scene


async def _main(urls: list[str]) -> None:
    scene = await build_scene(urls)
    try:
        start = time.perf_counter()
        await scene.show_thumbnails()
        seconds = time.perf_counter() - start
        qt_async.emit(
            {
                "seconds": seconds,
                "shown": scene.shown_count(),
                "fetches": scene.fetch_count(),
                "kind": scene.kind,
            }
        )
    finally:
        await scene.aclose()


def main(argv: list[str]) -> None:
    urls = Path(argv[0]).read_text().split()
    qt_async.run(lambda: _main(urls))
    asyncio.set_event_loop(None)


if __name__ == "__main__":
    main(sys.argv[1:])
