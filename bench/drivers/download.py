"""Download one URL with the app's client (``JoggClient.download``) on qasync; print the time.

python -m bench.drivers.download URL DEST_FILE
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.drivers import qt_async


async def _main(url: str, dest: Path) -> None:
    from jogg_desktop.api.client import JoggClient

    # The base URL is never called here: downloads go to other hosts without the key.
    client = JoggClient("bench-key", "http://127.0.0.1:9/v1")
    try:
        start, cpu_start = time.perf_counter(), time.process_time()
        path = await client.download(url, dest)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    finally:
        await client.aclose()
    qt_async.emit({"seconds": seconds, "cpu_seconds": cpu, "bytes": path.stat().st_size})


def main(argv: list[str]) -> None:
    qt_async.run(lambda: _main(argv[0], Path(argv[1])))


if __name__ == "__main__":
    main(sys.argv[1:])
