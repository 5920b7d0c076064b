"""One full "URL to video" run against the simulator, recording where it stopped and how.

Real client over real sockets, real job manager, real SQLite store and files. Short client
timeouts and no retry backoff (the client takes its policies in its constructor); the poll
schedule is the simulator's fast one (a poll every 50 ms instead of JoggAI's 10–60 s).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.transport import Timeouts
from jogg_desktop.errors import JoggError
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.pipeline import GenerateOptions, complete_settings
from jogg_desktop.jobs.types import Job, JobListener
from jogg_desktop.models import Product, VideoSettings
from jogg_desktop.store import Store

POLL_EVERY = 0.05  # seconds between polls (the simulator renders in real time)
# Short enough that a held answer times out quickly, long enough for a busy 2-core machine.
TIMEOUTS = Timeouts(default=2.5, crawl=2.5, connect=2.5, download_read=2.5)
NO_BACKOFF = RetryPolicy(max_attempts=4, base_delay=0.0, max_delay=0.0, max_retry_after=120.0)


async def no_sleep(_seconds: float) -> None:
    """Retry waits (backoff, Retry-After) pass at once: tests never wait for time."""
    await asyncio.sleep(0)


def fast_schedule(_elapsed: float) -> float:
    return POLL_EVERY


@dataclass
class RunResult:
    step: str  # the step that raised, "job" (the job failed), or "done"
    error: JoggError | None
    job: Job | None
    product: Product | None = None  # as sent with the render request
    settings: VideoSettings | None = None


def make_client(key: str, base_url: str) -> JoggClient:
    """For fault tests: short timeouts, no backoff."""
    return JoggClient(key, base_url, timeouts=TIMEOUTS, retry=NO_BACKOFF, sleep=no_sleep)


def steady_client(key: str, base_url: str) -> JoggClient:
    """For tests without timeout faults: the client's own timeouts, no backoff."""
    return JoggClient(key, base_url, retry=NO_BACKOFF, sleep=no_sleep)


async def full_run(
    client: JoggClient, store: Store, product_url: str, out_dir: Path, settings: VideoSettings,
    *, listener: JobListener | None = None, after_start: Callable[[], None] | None = None,
    record_retries: tuple[float, ...] = (0.0, 0.0),
) -> RunResult:
    step = "analyze"
    edited: Product | None = None
    try:
        product = await client.create_product_from_url(product_url)
        # A real avatar and visual style from the catalog (GETs, never faulted here).
        settings = await complete_settings(client, GenerateOptions(product_url, settings), lambda _l: None)
        step = "save_product"
        edited = replace(product, description=product.description + " Edited by the seller.")
        await client.update_product(edited)
        step = "start_render"
        manager = JobManager(client, store.jobs, poll_schedule=fast_schedule, record_retries=record_retries)
        if listener is not None:
            manager.subscribe(listener)
        try:
            job = await manager.start(edited, settings, out_dir)
            if after_start is not None:
                after_start()
            final = await manager.wait(job.id)
            error = manager.last_error(job.id)
        finally:
            await manager.aclose()
        assert final is not None
        return RunResult("done" if error is None else "job", error, final, edited, settings)
    except JoggError as err:
        jobs = store.jobs.all()
        return RunResult(step, err, jobs[0] if jobs else None, edited, settings)


async def fetch_again(client: JoggClient, store: Store, job_id: int, dest: Path | None = None) -> Job:
    """Nothing paid is stranded: after any failure past the request, the video can be fetched."""
    manager = JobManager(client, store.jobs, poll_schedule=fast_schedule)
    try:
        return await manager.fetch(job_id, dest)
    finally:
        await manager.aclose()


async def resume_all(client: JoggClient, store: Store) -> list[Job]:
    manager = JobManager(client, store.jobs, poll_schedule=fast_schedule)
    try:
        resumed = await manager.resume_unfinished(include_failed=True)
        finished = [await manager.wait(job.id) for job in resumed]
        return [job for job in finished if job is not None]
    finally:
        await manager.aclose()
