"""The persistent job runner on the command line: ``generate``, ``resume``, ``fetch``, ``jobs``.

Every render is a stored job (``--no-download`` too: it ends DONE with the link).

Progress lines go to ``say``; a job that does not end DONE raises its typed error, so the
command line keeps its exit codes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from jogg_desktop.api.poller import poll_delay
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.api.routing import generation_for
from jogg_desktop.errors import Action, JoggError, RenderOutcomeUnknownError
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.pipeline import GenerateOptions, complete_settings
from jogg_desktop.jobs.types import Job, JobStage
from jogg_desktop.models import VideoSettings
from jogg_desktop.store import Store
from jogg_desktop.store.job_store import JobStore

Say = Callable[[str], None]
MakeManager = Callable[[JoggApi, JobStore], JobManager]


def say_generation(api: JoggApi, settings: VideoSettings, say: Say) -> None:
    """Tell when the video is made with another API generation than the one chosen (templates)."""
    generation = generation_for(api, settings)
    if generation is not api.generation:
        say(f"Templates are made with JoggAI's API {generation.value}: the product is copied there.")


def describe_job(job: Job) -> str:
    name = job.settings.name or job.product.name or "untitled"
    where = f" → {job.video_path}" if job.stage is JobStage.DONE and job.video_path else ""
    if job.stage is JobStage.DONE and not job.video_path and job.status and job.status.video_url:
        where = f" → {job.status.video_url}"
    project = f" project {job.project_id}" if job.project_id else ""
    error = f" ({job.error_message})" if job.error_message else ""
    if JobManager.fetchable(job):
        error += f" — paid: “fetch {job.id}” downloads it"
    return f"job {job.id}\t{job.stage.value}\t{job.created_at:%Y-%m-%d %H:%M}\t{name}{project}{where}{error}"


class _Reporter:
    """Prints a line when a job's stage or render status changes, and every 25 % downloaded."""

    def __init__(self, say: Say) -> None:
        self._say = say
        self._last: dict[int, tuple[str, str, int]] = {}

    def __call__(self, job: Job) -> None:
        status = job.status.description or job.status.state.value if job.status else ""
        quarter = job.downloaded_bytes * 4 // job.total_bytes if job.total_bytes else -1
        key = (job.stage.value, status, quarter)
        if self._last.get(job.id) == key:
            return
        self._last[job.id] = key
        if job.stage is JobStage.RENDERING:
            self._say(f"Job {job.id}: rendering ({status or 'requested'})")
        elif job.stage is JobStage.DOWNLOADING:
            where = f" to {job.video_path}" if job.video_path else ""
            percent = f" {quarter * 25}%" if quarter >= 0 else ""
            self._say(f"Job {job.id}: downloading{where}{percent}")
        else:
            self._say(f"Job {job.id}: {job.stage.value}")


def job_outcome(manager: JobManager, job_id: int) -> Job:
    """The finished job, or the error that stopped it (a lost render answer: outcome unknown)."""
    job = manager.get(job_id)
    if job is None:
        raise JoggError("The job was deleted.", action=Action.NONE)
    if job.stage is JobStage.DONE:
        return job
    error = manager.last_error(job_id)
    if error is not None:
        raise error
    if job.stage is JobStage.UNCONFIRMED:
        raise RenderOutcomeUnknownError(server_message=job.error_details or "")
    raise JoggError(job.error_message, action=job.error_action, server_message=job.error_details or "")


async def generate_job(
    api: JoggApi, jobs: JobStore, options: GenerateOptions, say: Say, *, make: MakeManager = JobManager
) -> Job:
    """The four steps, with the render and download as a persistent job (resumable)."""
    say(f"Step 1/4: reading the product page {options.url} (this takes 10–30 seconds)…")
    product = await api.create_product_from_url(options.url)
    say(f"Step 1/4: found “{product.name or 'unnamed product'}” (product id {product.id}).")
    say("Step 2/4: product details kept as found (no changes to send).")
    settings = await complete_settings(api, options, say)
    say_generation(api, settings, say)
    manager = make(api, jobs)
    manager.subscribe(_Reporter(say))
    try:
        say(f"Step 3/4: requesting the video ({settings.aspect.value}, {int(settings.length)} s)…")
        job = await manager.start(product, settings, options.out_dir if options.download else None)
        say(f"Step 3/4: JoggAI started the video: project id {job.project_id} (job {job.id})")
        await manager.wait(job.id)
        return job_outcome(manager, job.id)
    finally:
        await manager.aclose()


async def resume_jobs(
    api: JoggApi, jobs: JobStore, say: Say, *, make: MakeManager = JobManager, include_failed: bool = False
) -> list[Job]:
    """Continue every job a previous run left unfinished (``include_failed``: also fetch again
    every paid render whose video was never saved); raises the first failure's error."""
    manager = make(api, jobs)
    manager.subscribe(_Reporter(say))
    try:
        resumed = await manager.resume_unfinished(include_failed=include_failed)
        if not resumed:
            say("No unfinished jobs.")
        stranded = [j.id for j in manager.jobs() if manager.fetchable(j)]
        if stranded and not include_failed:
            numbers = ", ".join(str(n) for n in stranded[:10])
            say(f"Paid videos that failed after JoggAI made them (jobs {numbers}): “resume --all” or "
                "“fetch JOB” downloads them, with no new render.")
        for job in resumed:
            await manager.wait(job.id)
        finished = [manager.get(job.id) for job in resumed]
        for record in finished:
            if record is not None:
                say(describe_job(record))
        for job in resumed:
            job_outcome(manager, job.id)
        return [record for record in finished if record is not None]
    finally:
        await manager.aclose()


async def fetch_job(
    api: JoggApi, jobs: JobStore, say: Say, job_id: int | None, dest: Path | None, *,
    project_id: str | None = None, make: MakeManager = JobManager,
) -> Job:
    """Download a paid render's video again (a job by id, or any JoggAI project id)."""
    manager = make(api, jobs)
    manager.subscribe(_Reporter(say))
    try:
        if project_id is not None:
            job = await manager.adopt(project_id, dest)
        else:
            assert job_id is not None
            if manager.get(job_id) is None:
                raise JoggError(f"There is no job {job_id}. The command “jobs” lists them.",
                                action=Action.FIX_INPUT)
            job = await manager.fetch(job_id, dest)
        return job_outcome(manager, job.id)
    finally:
        await manager.aclose()


def list_jobs(jobs: JobStore, say: Say) -> None:
    all_jobs = jobs.all()
    damaged = jobs.damaged()
    if not all_jobs and not damaged:
        say("No jobs yet.")
    for job in all_jobs:
        say(describe_job(job))
    for bad in damaged:
        say(bad.describe(jobs.path))


# -- the command line's subcommands (jogg_desktop/cli.py calls these) ----------------------


async def generate_command(api: JoggApi, options: GenerateOptions, say: Say) -> Job:
    store = Store()
    try:
        make = partial(
            JobManager, poll_schedule=options.poll_schedule, poll_deadline=options.poll_deadline
        )
        return await generate_job(api, store.jobs, options, say, make=make)
    finally:
        store.close()


async def resume_command(
    api: JoggApi, say: Say, poll_schedule: Callable[[float], float] = poll_delay, *,
    include_failed: bool = False,
) -> list[Job]:
    store = Store()
    try:
        return await resume_jobs(api, store.jobs, say, make=partial(JobManager, poll_schedule=poll_schedule),
                                 include_failed=include_failed)
    finally:
        store.close()


async def fetch_command(
    api: JoggApi, say: Say, job_id: int | None, dest: Path | None, *, project_id: str | None = None,
    poll_schedule: Callable[[float], float] = poll_delay,
) -> Job:
    store = Store()
    try:
        return await fetch_job(api, store.jobs, say, job_id, dest, project_id=project_id,
                               make=partial(JobManager, poll_schedule=poll_schedule))
    finally:
        store.close()


def jobs_command(say: Say) -> None:
    store = Store()
    try:
        list_jobs(store.jobs, say)
    finally:
        store.close()
