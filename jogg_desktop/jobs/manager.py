"""Runs video jobs: request the render once, poll, download; persisted before and after each step.

Stages (types.JobStage): CREATED → REQUESTING (written BEFORE the POST) → RENDERING (project id
known) → DOWNLOADING → DONE. An ambiguous render request ends in UNCONFIRMED and is never resent
(API.md §13 #18: no idempotency key, credits charged on request). A kill at any instant leaves
a record that :meth:`JobManager.resume_unfinished` continues: polling and the Range-resumed
download go on; a request that was in flight becomes UNCONFIRMED.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jogg_desktop.api.download import part_path
from jogg_desktop.api.poller import (
    DEFAULT_DEADLINE,
    MISSING_URL_GRACE,
    Clock,
    Sleep,
    poll_delay,
    wait_for_video,
)
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.errors import Action, DownloadError, JoggError, RenderOutcomeUnknownError
from jogg_desktop.jobs.filenames import video_target
from jogg_desktop.jobs.locks import JobLocks
from jogg_desktop.jobs.progress import ProgressGate
from jogg_desktop.jobs.types import Job, JobListener, JobStage
from jogg_desktop.jobs.video_check import looks_like_video
from jogg_desktop.models import Product, ProjectStatus, VideoSettings, credits_for
from jogg_desktop.store.job_store import JobStore

log = logging.getLogger(__name__)

NOT_STARTED = JoggError(
    "This video was not started: the app closed before asking JoggAI. Nothing was charged.",
    action=Action.START_OVER,
)
NOT_A_VIDEO = DownloadError(
    "JoggAI sent something that is not a video. Please try downloading it again later.",
    server_message="the downloaded file is not an MP4/WebM video",
)
BUSY_ELSEWHERE = JoggError(
    "This video is being finished in another Jogg Desktop window. Wait for it there.",
    action=Action.NONE,
)
NOTHING_TO_DOWNLOAD = JoggError(
    "This video was never started in JoggAI, so there is nothing to download.",
    action=Action.START_OVER,
)


def unexpected_error(exc: BaseException) -> JoggError:
    return JoggError(
        "Something unexpected went wrong with this video. Please try again.",
        action=Action.RETRY,
        server_message=type(exc).__name__,
    )


class JobManager:
    """The :class:`~jogg_desktop.jobs.types.JobService` of the app and the command line."""

    def __init__(
        self,
        api: JoggApi,
        store: JobStore,
        *,
        poll_sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
        poll_deadline: float = DEFAULT_DEADLINE,
        missing_url_grace: float = MISSING_URL_GRACE,
        poll_schedule: Callable[[float], float] = poll_delay,
        locks: JobLocks | None = None,
    ) -> None:
        self._api = api
        self._store = store
        self._poll_sleep = poll_sleep
        self._clock = clock
        self._poll_deadline = poll_deadline
        self._missing_url_grace = missing_url_grace
        self._poll_schedule = poll_schedule  # only the simulator gets anything but the etiquette
        self._listeners: list[JobListener] = []
        self._tasks: dict[int, asyncio.Task[Job]] = {}
        self._errors: dict[int, JoggError] = {}
        self._locks = locks or JobLocks(store.path.parent / "job-locks")

    # -- reading ----------------------------------------------------------------------------

    @property
    def store_path(self) -> Path:
        """The SQLite file of the jobs (batches are kept in it too)."""
        return self._store.path

    def subscribe(self, listener: JobListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def jobs(self) -> list[Job]:
        return self._store.all()

    def get(self, job_id: int) -> Job | None:
        return self._store.get(job_id)

    def last_error(self, job_id: int) -> JoggError | None:
        """The typed error that last stopped ``job_id`` in this process (the store keeps its text)."""
        return self._errors.get(job_id)

    def is_running(self, job_id: int) -> bool:
        return job_id in self._tasks

    async def wait(self, job_id: int) -> Job | None:
        """Wait until ``job_id``'s background work (if any) has ended; its record then."""
        task = self._tasks.get(job_id)
        if task is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(task)
        return self.get(job_id)

    # -- starting and resuming --------------------------------------------------------------

    async def start(
        self,
        product: Product,
        settings: VideoSettings,
        save_dir: Path,
        *,
        on_created: Callable[[Job], None] | None = None,
    ) -> Job:
        """``on_created`` is called with the stored job before the render request (a batch links it)."""
        job = self._store.create(product, settings, save_dir, credits=credits_for(settings.length))
        self._locks.acquire(job.id)  # a new id: nobody else can hold it
        if on_created is not None:
            on_created(job)
        self._notify(job)
        job = self._update(job.id, stage=JobStage.REQUESTING)  # before the POST: see resume
        try:
            project_id = await self._api.start_render(product.id, settings)
        except RenderOutcomeUnknownError as err:
            self._fail(job.id, JobStage.UNCONFIRMED, err)
            self._locks.release(job.id)
            raise
        except JoggError as err:  # the client raises these only when no render was started
            self._fail(job.id, JobStage.FAILED, err)
            self._locks.release(job.id)
            raise
        except BaseException as exc:  # cancelled or a bug: the request may have been sent
            unknown = RenderOutcomeUnknownError(server_message=type(exc).__name__)
            self._fail(job.id, JobStage.UNCONFIRMED, unknown)
            self._locks.release(job.id)
            raise
        log.info("job %s: render requested, project %s", job.id, project_id)
        job = self._update(job.id, stage=JobStage.RENDERING, project_id=project_id)
        self._spawn(job.id, poll_now=False)
        return job

    async def resume_unfinished(self) -> list[Job]:
        resumed: list[Job] = []
        for job in self._store.unfinished():
            if job.id in self._tasks or not self._locks.acquire(job.id):
                continue  # running here, or in another window / the command line
            job = self._store.get(job.id) or job  # as it is now that it is ours
            if not job.stage.active and job.stage is not JobStage.CREATED:
                self._locks.release(job.id)  # finished meanwhile by its previous holder
                continue
            if job.stage is JobStage.CREATED:
                job = self._fail(job.id, JobStage.CANCELLED, NOT_STARTED)
                self._locks.release(job.id)
            elif job.stage is JobStage.REQUESTING:
                # The app stopped while the render request was in flight: it may have been
                # charged. Never resend it (API.md §13 #18).
                job = self._fail(
                    job.id,
                    JobStage.UNCONFIRMED,
                    RenderOutcomeUnknownError(server_message="the app stopped during the render request"),
                )
                self._locks.release(job.id)
            else:
                log.info("job %s: resuming at %s", job.id, job.stage.value)
                self._spawn(job.id, poll_now=True)
            resumed.append(job)
        return resumed

    async def download_again(self, job_id: int, dest: Path | None = None) -> Job:
        """Check the render again and download its video (to ``dest``: a folder or a file)."""
        job = self._store.get(job_id)
        if job is None:
            raise KeyError(job_id)
        if job.id in self._tasks:
            return await self._tasks[job.id]
        if not job.project_id:
            raise NOTHING_TO_DOWNLOAD
        if not self._locks.acquire(job.id):
            raise BUSY_ELSEWHERE
        changes: dict[str, Any] = {"video_path": None}
        if dest is not None and (dest.is_dir() or not dest.suffix):
            changes["save_dir"] = dest
        elif dest is not None:
            changes["video_path"] = dest
        elif job.video_path is not None and not job.video_path.exists():
            changes["video_path"] = job.video_path  # put it back where it was
        self._update(job.id, stage=JobStage.RENDERING, **changes, **_NO_ERROR)
        return await self._spawn(job.id, poll_now=True, raise_errors=True)

    def delete(self, job_id: int, *, delete_file: bool = False) -> None:
        """Forget the job (stopping its work); the saved video stays unless ``delete_file``."""
        task = self._tasks.pop(job_id, None)
        if task is not None:
            task.cancel()
        self._locks.release(job_id)
        job = self._store.get(job_id)
        if job is not None and job.video_path is not None:
            with contextlib.suppress(OSError):
                part_path(job.video_path).unlink(missing_ok=True)
                if delete_file:
                    job.video_path.unlink(missing_ok=True)
        self._store.delete(job_id)

    async def aclose(self) -> None:
        """Stop background work; every job keeps its stage, so the next start resumes it."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._locks.release_all()

    # -- the background steps ---------------------------------------------------------------

    def _spawn(self, job_id: int, *, poll_now: bool, raise_errors: bool = False) -> asyncio.Task[Job]:
        task = asyncio.ensure_future(self._run(job_id, poll_now=poll_now, raise_errors=raise_errors))
        self._tasks[job_id] = task

        def forget(done: asyncio.Task[Job]) -> None:
            if self._tasks.get(job_id) is done:
                del self._tasks[job_id]
                self._locks.release(job_id)

        task.add_done_callback(forget)
        return task

    async def _run(self, job_id: int, *, poll_now: bool, raise_errors: bool) -> Job:
        job = self._store.get(job_id)
        if job is None:
            raise KeyError(job_id)
        try:
            if job.stage is JobStage.RENDERING:
                job = await self._render(job, poll_now=poll_now)
            if job.stage is JobStage.DOWNLOADING:
                job = await self._download(job)
            return job
        except asyncio.CancelledError:
            raise  # the stage stays: resumed on the next start
        except KeyError:
            return job  # the job was deleted meanwhile: nothing left to record
        except JoggError as err:
            log.warning("job %s failed: %s", job_id, err.details())
            failed = self._fail(job_id, JobStage.FAILED, err)
            if raise_errors:
                raise
            return failed
        except Exception as exc:
            log.exception("job %s: unexpected error", job_id)
            failed = self._fail(job_id, JobStage.FAILED, unexpected_error(exc))
            if raise_errors:
                raise unexpected_error(exc) from exc
            return failed

    async def _render(self, job: Job, *, poll_now: bool) -> Job:
        assert job.project_id is not None
        job_id = job.id

        def on_status(status: ProjectStatus) -> None:
            current = self._store.get(job_id)
            if current is not None and current.status != status:
                self._update(job_id, status=status)

        status = await wait_for_video(
            self._api,
            job.project_id,
            deadline=self._poll_deadline,
            on_status=on_status,
            sleep=self._poll_sleep,
            clock=self._clock,
            missing_url_grace=self._missing_url_grace,
            poll_now=poll_now,
            schedule=self._poll_schedule,
        )
        assert status.video_url is not None
        job = self._store.get(job_id) or job
        taken = {j.video_path for j in self._store.unfinished() if j.video_path and j.id != job_id}
        target = job.video_path or video_target(job, job.save_dir or Path.cwd(), status.video_url, taken)
        log.info("job %s: render done, downloading to %s", job_id, target.name)
        return self._update(
            job_id,
            stage=JobStage.DOWNLOADING,
            status=status,
            video_path=target,
            downloaded_bytes=0,
            total_bytes=None,
        )

    async def _download(self, job: Job) -> Job:
        assert job.status is not None and job.status.video_url and job.video_path is not None
        target = job.video_path
        if job.total_bytes and not part_path(target).exists() and _size(target) == job.total_bytes:
            # Killed between the atomic rename and the DONE write: the file is complete.
            return self._update(job.id, stage=JobStage.DONE, downloaded_bytes=job.total_bytes, **_NO_ERROR)
        gate = ProgressGate()

        def progress(done: int, total: int | None) -> None:
            if gate.due(done, total):
                self._update(job.id, downloaded_bytes=done, total_bytes=total)

        for attempt in range(2):
            path = await self._api.download(job.status.video_url, job.video_path, progress=progress)
            if looks_like_video(path):
                break
            # An error page or JSON answered with HTTP 200: not the video. Fetch it afresh once.
            log.warning("job %s: the download is not a video (attempt %d)", job.id, attempt + 1)
            path.unlink(missing_ok=True)
            gate = ProgressGate()
        else:
            raise NOT_A_VIDEO
        size = path.stat().st_size
        log.info("job %s: done, %d bytes", job.id, size)
        return self._update(
            job.id, stage=JobStage.DONE, video_path=path, downloaded_bytes=size, total_bytes=size, **_NO_ERROR
        )

    # -- persistence and notification -------------------------------------------------------

    def _update(self, job_id: int, **changes: Any) -> Job:
        job = self._store.update(job_id, **changes)
        self._notify(job)
        return job

    def _fail(self, job_id: int, stage: JobStage, err: JoggError) -> Job:
        self._errors[job_id] = err
        return self._update(
            job_id,
            stage=stage,
            error_message=err.message,
            error_details=err.details(),
            error_action=err.action,
        )

    def _notify(self, job: Job) -> None:
        for listener in list(self._listeners):
            try:
                listener(job)
            except Exception:  # one broken listener must not stop the job
                log.exception("job listener failed")


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


_NO_ERROR: dict[str, Any] = {"error_message": None, "error_details": None, "error_action": None}
