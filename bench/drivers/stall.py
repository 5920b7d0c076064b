"""UI stall: a 5 ms timer's gaps while the app downloads 200 MiB, shows 60 thumbnails, polls 3 jobs.

One fresh app process (qasync, the app's GUI-thread GC policy, the app's context and product
page), the simulator in its own process (as in demo mode) and the files on the bench's
loopback server. First an idle phase (the baseline: the same window, nothing loading), then
everything at once until the download is complete and the 60th thumbnail is shown:

- the 200 MiB file downloaded by the app's job service (``JobManager``: progress gate, SQLite
  writes, ``looks_like_video`` check) for a fourth job, whose status as the job service reads
  it is "done" with the bench file as its video URL (a thin wrapper around the client for that
  one project; everything else is the real path);
- the product page fed a product with the 60 JPEG URLs (cold thumbnail cache);
- three jobs of the app's ``JobManager`` polling the simulator every second each (the real
  schedule polls every 10–60 s: compressed so that polls fall inside the measured window, yet
  not so much that polling dominates it), each status change written to the SQLite store.

    python -m bench.drivers.stall VIDEO_URL URLS_FILE SIM_ASSET_DIR IDLE_SECONDS [PARTS]

PARTS (default ``download,thumbnails,polls``) runs a subset, to see which part stalls the UI.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.drivers import qt_async
from bench.drivers.gaps import GapRecorder, summary

POLL_EVERY = 1.0
JOBS = 3


class _BigVideo:
    """The client, except that one project reads as done with ``video_url`` as its video."""

    def __init__(self, api: Any, video_url: str) -> None:
        self._api = api
        self._video_url = video_url
        self.project_id: str | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._api, name)

    def for_generation(self, _generation: Any) -> _BigVideo:
        """The job service asks for its job's API generation: this wrapper answers for all."""
        return self

    async def get_project(self, project_id: str) -> Any:
        from jogg_desktop.models import JobState

        status = await self._api.get_project(project_id)
        if project_id != self.project_id:
            return status
        return replace(status, state=JobState.DONE, video_url=self._video_url, description="success")


async def _main(
    video_url: str, urls: list[str], asset_dir: Path, idle_seconds: float, parts: set[str]
) -> None:
    from bench.drivers.scene import ProductPageScene, app_context
    from bench.drivers.sim import BENCH_KEY, bench_render
    from jogg_desktop.api.client import JoggClient
    from jogg_desktop.jobs.manager import JobManager
    from jogg_desktop.sim.config import SimConfig
    from jogg_desktop.sim.process import SimProcess
    from jogg_desktop.store import Store
    from ui.app import GuiThreadGc

    gc_guard = GuiThreadGc()
    gc_guard.start()
    config = SimConfig(
        valid_keys={BENCH_KEY}, crawl_delay=0.0, render_seconds=3600.0, credits=10_000, asset_dir=asset_dir
    )
    sim = SimProcess(config).start()
    client = JoggClient(BENCH_KEY, sim.base_url)
    ctx = app_context(client)
    store = Store()
    loading = asyncio.Event()

    woken: set[object] = set()

    async def poll_sleep(_seconds: float) -> None:
        await loading.wait()  # no polls during the idle baseline
        task = asyncio.current_task()
        if task in woken:
            await asyncio.sleep(POLL_EVERY)
        woken.add(task)  # each job's first poll comes as the load starts

    api = _BigVideo(client, video_url)
    jobs = JobManager(api, store.jobs, poll_sleep=poll_sleep)
    ctx.jobs = jobs
    scene = ProductPageScene(ctx, urls)
    out = Path(tempfile.mkdtemp(prefix="stall-"))
    try:
        product, settings = await bench_render(client, sim.demo_product_urls()[0])
        for _ in range(JOBS if "polls" in parts else 0):
            await jobs.start(product, settings, out)
        download_job = None
        if "download" in parts:
            download_job = await jobs.start(product, replace(settings, name="bench-download"), out)
            api.project_id = download_job.project_id

        recorder = GapRecorder()
        recorder.start()
        idle_start = time.perf_counter()
        await asyncio.sleep(idle_seconds)
        load_start = time.perf_counter()
        loading.set()
        download = asyncio.ensure_future(
            jobs.wait(download_job.id) if download_job is not None else asyncio.sleep(0, None)
        )
        thumbs = asyncio.ensure_future(
            scene.show_thumbnails() if "thumbnails" in parts else asyncio.sleep(POLL_EVERY * 4)
        )
        await thumbs
        thumbs_done = time.perf_counter()
        finished = await download
        download_done = time.perf_counter()
        path = finished.video_path if finished is not None and finished.video_path else out / "none"
        if finished is not None and finished.stage.value != "done":
            raise RuntimeError(f"the download job ended {finished.stage.value}: {finished.error_details}")
        await asyncio.sleep(0.05)  # a stall at the very end (e.g. fsync) ends in a tick after this
        load_end = time.perf_counter()
        recorder.stop()
        polls = len(sim.requests_to("GET", "/project")) - (1 if download_job is not None else 0)
        emit = {
            "idle": summary(recorder.gaps_ms(idle_start, load_start)),
            "load": summary(recorder.gaps_ms(load_start, load_end)),
            "worst_gaps": recorder.worst(load_start, load_end),
            "max_cpu_block_ms": recorder.max_cpu_block_ms(load_start, load_end),
            "load_seconds": load_end - load_start,
            "thumbnails_seconds": thumbs_done - load_start,
            "download_seconds": download_done - load_start,
            "download_mb_s": path.stat().st_size / (download_done - load_start) / 1e6
            if path.exists()
            else 0.0,
            "polls": polls,
            "shown": scene.shown_count(),
        }
        qt_async.emit(emit)
        path.unlink(missing_ok=True)
    finally:
        await jobs.aclose()
        await scene.aclose()
        store.close()
        sim.stop()
        gc_guard.stop()


def main(argv: list[str]) -> None:
    urls = Path(argv[1]).read_text().split()
    parts = set((argv[4] if len(argv) > 4 else "download,thumbnails,polls").split(","))
    qt_async.run(lambda: _main(argv[0], urls, Path(argv[2]), float(argv[3]), parts))


if __name__ == "__main__":
    main(sys.argv[1:])
