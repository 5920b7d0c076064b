"""Runs video jobs: request the render once, poll, download; persisted before and after each step.

Every render goes through here (the app, ``generate`` with or without ``--no-download``).
Stages (types.JobStage): CREATED → REQUESTING (written BEFORE the POST) → RENDERING (project id
known) → DOWNLOADING → DONE. An ambiguous render request ends in UNCONFIRMED and is never resent
(docs/joggai-api.md §13 #18: no idempotency key, credits charged on request). A kill at any instant leaves
a record that :meth:`JobManager.resume_unfinished` continues: polling and the Range-resumed
download go on; a request that was in flight becomes UNCONFIRMED.

Nothing paid is stranded:
- the save folder is checked before the charged request (:func:`filenames.check_save_folder`);
- the project id is written to the render journal first, then to the store with retries; if the
  store cannot take it, ``resume`` finds it in the journal (:mod:`jogg_desktop.jobs.journal`);
- whatever fails after the request (folder, disk, video host, a poll refused), the job keeps its
  project id and :meth:`JobManager.fetch` (``fetch JOB``, ``resume --all``, History's "Download
  again") gets the video without a new render; a disk-full download drops its ``.part``;
- a job without a save folder (``generate --no-download``) ends DONE with the video's link.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from jogg_desktop.api import waits
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
from jogg_desktop.api.routing import place_render
from jogg_desktop.api.waits import Wait
from jogg_desktop.errors import (
    Action,
    BusyElsewhereError,
    DiskFullError,
    DownloadError,
    JobNotStartedError,
    JoggError,
    NotAVideoError,
    NothingToDownloadError,
    RenderNotRecordedError,
    RenderOutcomeUnknownError,
    SaveFolderError,
    StoreError,
    UnexpectedJobError,
)
from jogg_desktop.jobs import settle
from jogg_desktop.jobs.filenames import (
    AFTER_RENDER,
    check_save_folder,
    is_reservation,
    release_reservation,
    reserve_video_file,
)
from jogg_desktop.jobs.journal import FILE_NAME as JOURNAL_FILE
from jogg_desktop.jobs.journal import RenderJournal
from jogg_desktop.jobs.locks import JobLocks
from jogg_desktop.jobs.progress import ProgressGate
from jogg_desktop.jobs.types import Job, JobListener, JobStage
from jogg_desktop.jobs.video_check import looks_like_video
from jogg_desktop.models import ApiGeneration, Product, ProjectStatus, VideoSettings, credits_for
from jogg_desktop.paths import default_video_dir
from jogg_desktop.store.job_store import JobStore, now
from jogg_desktop.waiting import Waiting

log = logging.getLogger(__name__)

RECORD_RETRIES = (0.2, 1.0, 3.0)  # seconds before each new try to store a render's project id


def unexpected_error(exc: BaseException) -> JoggError:
    return UnexpectedJobError(server_message=type(exc).__name__)


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
        record_retries: tuple[float, ...] = RECORD_RETRIES,
        check_folder: Callable[[Path], None] = check_save_folder,
        settle_grace: float = settle.SETTLE_GRACE,
        settle_interval: float = settle.SETTLE_INTERVAL,
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
        self._waiting: dict[int, Waiting] = {}
        self._locks = locks or JobLocks(store.path.parent / "job-locks")
        self._journal = RenderJournal(store.path.parent / JOURNAL_FILE)
        self._record_retries = record_retries
        self._check_folder = check_folder
        self._settle_grace = settle_grace  # a lost render answer: see jobs/settle.py
        self._settle_interval = settle_interval

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
        job = self._store.get(job_id)
        waiting = self._waiting.get(job_id)
        return replace(job, waiting=waiting) if job is not None and waiting is not None else job

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

    def _api_for(self, job: Job) -> JoggApi:
        """The client of the generation the job runs on (v1 jobs stay on v1 after an upgrade)."""
        return self._api.for_generation(job.generation)

    async def start(
        self,
        product: Product,
        settings: VideoSettings,
        save_dir: Path | None,
        *,
        on_created: Callable[[Job], None] | None = None,
        from_preview: str | None = None,
        generation: ApiGeneration | None = None,
    ) -> Job:
        """Record the job, request the render once, then poll and download in the background.

        ``save_dir`` None: no download (the job ends DONE with the video's link). The folder is
        checked first: a :class:`SaveFolderError` then means nothing was created or charged.
        A template look on v2 runs on v1 (the product copied there); settings are checked first.
        ``on_created`` is called with the stored job before the render request (a batch links it).
        ``from_preview``: render that preview in full instead (v2, jobs/previews.py); its lost
        answer cannot be looked up by name, so it stays UNCONFIRMED for the seller to check.
        ``generation``: make it with that API generation (a preview's full video is made with
        the generation that made the preview, whichever is chosen now).
        """
        if save_dir is not None:
            self._check_folder(save_dir)
        chosen = self._api if generation is None else self._api.for_generation(generation)
        api, product = await place_render(chosen, product, settings)
        created = now()
        name = (settle.render_name(product.name, settings.name, created)
                if api.capabilities.render_history and from_preview is None else None)
        job = self._store.create(product, settings, save_dir, credits=credits_for(settings.length),
                                 at=created, generation=api.generation, render_name=name)
        self._locks.acquire(job.id)  # a new id: nobody else can hold it
        if on_created is not None:
            on_created(job)
        self._notify(job)
        job = self._update(job.id, stage=JobStage.REQUESTING)  # before the POST: see resume
        started = self._clock()
        sent = replace(settings, name=name) if name else settings  # the name to look it up by
        try:
            project_id = await (api.render_preview(from_preview) if from_preview
                                else api.start_render(product.id, sent))
        except RenderOutcomeUnknownError as err:
            job = self._fail(job.id, JobStage.UNCONFIRMED, err)
            try:
                settled = await self._settle(job, waited=lambda: self._clock() - started)
            finally:
                self._locks.release(job.id)
            if settled is None:
                raise
            if settled.stage is not JobStage.RENDERING:
                raise self._errors[job.id] from None
            self._locks.acquire(job.id)
            self._spawn(job.id, poll_now=True)
            return settled
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
        job = await self._record_render(job.id, project_id)
        self._spawn(job.id, poll_now=False)
        return job

    async def _record_render(self, job_id: int, project_id: str) -> Job:
        """Store the project id of a charged render: journal first, then the store with retries."""
        journaled = self._journal.record(job_id, project_id)
        for delay in (*self._record_retries, None):
            try:
                job = self._update(job_id, stage=JobStage.RENDERING, project_id=project_id)
            except StoreError as err:
                log.warning("job %s: project %s not stored yet: %s", job_id, project_id, err.details())
                if delay is None:
                    self._locks.release(job_id)
                    journal = "written" if journaled else "FAILED"
                    raise RenderNotRecordedError(
                        server_message=f"project {project_id}; journal {journal}; {err.details()}",
                        path=str(self._journal.path),
                    ) from err
                await asyncio.sleep(delay)
                continue
            if journaled:
                self._journal.forget({job_id})
            return job
        raise AssertionError("unreachable")

    async def adopt(self, project_id: str, save_dir: Path | None) -> Job:
        """A job for a render made elsewhere (a damaged record, another machine, JoggAI's site):
        polled and downloaded like any other, without a new render request."""
        if save_dir is not None:
            self._check_folder(save_dir)
        job = self._store.create(Product(id="", url=""), VideoSettings(), save_dir,
                                 generation=self._api.generation)  # the id is of the API chosen
        self._locks.acquire(job.id)
        job = self._update(job.id, stage=JobStage.RENDERING, project_id=project_id)
        return await self._spawn(job.id, poll_now=True, raise_errors=True)

    def _reconcile_journal(self) -> None:
        """Attach project ids the journal holds to jobs the store could not update in time."""
        entries = self._journal.entries()
        settled: set[int] = set()
        for job_id, project_id in entries.items():
            try:
                job = self._store.get(job_id)
            except StoreError:
                continue
            if job is None or job.project_id == project_id:
                settled.add(job_id)
            elif job.project_id is None and self._locks.acquire(job_id):
                log.info("job %s: project %s taken from the render journal", job_id, project_id)
                self._update(job_id, stage=JobStage.RENDERING, project_id=project_id, **_NO_ERROR)
                self._locks.release(job_id)
                settled.add(job_id)
        self._journal.forget(settled)

    async def resume_unfinished(self, *, include_failed: bool = False) -> list[Job]:
        """Continue every unfinished job (render ids from the journal first); ``include_failed``
        (``resume --all``): also fetch again every paid render that failed after the request."""
        self._reconcile_journal()
        resumed = self._fetch_failed() if include_failed else []
        for job in self._store.unfinished():
            if job.id in self._tasks or not self._locks.acquire(job.id):
                continue  # running here, or in another window / the command line
            job = self._store.get(job.id) or job  # as it is now that it is ours
            if not job.stage.active and job.stage is not JobStage.CREATED:
                self._locks.release(job.id)  # finished meanwhile by its previous holder
                continue
            if job.stage is JobStage.CREATED:
                job = self._fail(job.id, JobStage.CANCELLED, JobNotStartedError())
                self._locks.release(job.id)
            elif job.stage is JobStage.REQUESTING:
                # The app stopped while the render request was in flight: it may have been
                # charged. Never resend it (docs/joggai-api.md §13 #18); where the API lists renders, the
                # job is looked up there by its name (jobs/settle.py).
                job = self._fail(
                    job.id,
                    JobStage.UNCONFIRMED,
                    RenderOutcomeUnknownError(server_message="the app stopped during the render request"),
                )
                if job.render_name:
                    self._spawn_settle(job.id)
                else:
                    self._locks.release(job.id)
            else:
                log.info("job %s: resuming at %s", job.id, job.stage.value)
                self._spawn(job.id, poll_now=True)
            resumed.append(job)
        for job in self._store.all():
            # Lost answers left unsettled by an earlier run (closed while waiting, or offline).
            if (job.stage is JobStage.UNCONFIRMED and job.render_name and job.id not in self._tasks
                    and all(j.id != job.id for j in resumed) and self._locks.acquire(job.id)):
                self._spawn_settle(job.id)
                resumed.append(job)
        return resumed

    # -- settling a lost render answer (v2) -------------------------------------------------

    async def _settle(self, job: Job, *, waited: Callable[[], float] | None = None) -> Job | None:
        """Look the job's render up by name until found, safely absent, or unknowable.

        Returns the updated job (RENDERING with the render's id, or FAILED "not made"), or None
        when it cannot be known (the job stays UNCONFIRMED: the seller checks in JoggAI).
        """
        if not job.render_name:
            return None
        api = self._api_for(job)
        since = job.created_at

        def wall_waited() -> float:
            return (now() - since).total_seconds()

        elapsed = waited or wall_waited
        while True:
            found = await settle.look_up(api, job.render_name, requested_at=since, waited=elapsed(),
                                         grace=self._settle_grace)
            if found.outcome is settle.Outcome.FOUND and found.render is not None:
                render = found.render
                self._errors.pop(job.id, None)
                log.info("job %s: lost render answer settled: render %s found", job.id, render.project_id)
                return self._update(job.id, stage=JobStage.RENDERING, project_id=render.project_id,
                                    status=render, **_NO_ERROR)
            if found.outcome is settle.Outcome.ABSENT:
                log.info("job %s: lost render answer settled: not made", job.id)
                return self._fail(job.id, JobStage.FAILED, settle.RenderNotMadeError())
            if found.outcome is settle.Outcome.UNKNOWN:
                log.info("job %s: lost render answer cannot be settled: %s", job.id, found.detail)
                return None
            await self._poll_sleep(min(self._settle_interval, max(0.0, self._settle_grace - elapsed())))

    def _spawn_settle(self, job_id: int) -> None:
        async def run() -> Job:
            job = self._store.get(job_id)
            if job is None:
                raise KeyError(job_id)
            settled = await self._settle(job)
            if settled is not None and settled.stage is JobStage.RENDERING:
                return await self._run(job_id, poll_now=True, raise_errors=False)
            return settled or job

        task = asyncio.ensure_future(run())
        self._tasks[job_id] = task

        def forget(done: asyncio.Task[Job]) -> None:
            if self._tasks.get(job_id) is done:
                del self._tasks[job_id]
                self._locks.release(job_id)
            if not done.cancelled() and done.exception() is not None:
                log.warning("job %s: settling failed: %r", job_id, done.exception())

        task.add_done_callback(forget)
    def _fetch_failed(self) -> list[Job]:
        started: list[Job] = []
        for job in reversed(self._store.all()):
            if not self.fetchable(job) or job.id in self._tasks:
                continue
            try:
                self._prepare_fetch(job, None)
            except BusyElsewhereError:
                continue  # being fetched in another window
            self._spawn(job.id, poll_now=True)
            started.append(job)
        return started

    async def download_again(self, job_id: int, dest: Path | None = None) -> Job:
        """Check the render again and download its video (to ``dest``: a folder or a file).

        Works for any job JoggAI started, whatever failed after the request: no new render."""
        return await self.fetch(job_id, dest)

    async def fetch(self, job_id: int, dest: Path | None = None) -> Job:
        """Get a paid render's video again (``fetch JOB`` on the command line, History's button)."""
        job = self._store.get(job_id)
        if job is None:
            raise KeyError(job_id)
        if job.id in self._tasks:
            return await self._tasks[job.id]
        self._prepare_fetch(job, dest)
        return await self._spawn(job.id, poll_now=True, raise_errors=True)

    @staticmethod
    def fetchable(job: Job) -> bool:
        """A paid render that failed after the request and whose video was never saved (not one
        JoggAI could not make or no longer has: those say "start over")."""
        paid = bool(job.project_id) and job.stage is JobStage.FAILED
        return paid and job.error_action is not Action.START_OVER

    def _prepare_fetch(self, job: Job, dest: Path | None) -> None:
        if not job.project_id:
            raise NothingToDownloadError()
        if not self._locks.acquire(job.id):
            raise BusyElsewhereError()
        changes: dict[str, Any] = {"video_path": None}
        if dest is not None and (dest.is_dir() or not dest.suffix):
            changes["save_dir"] = dest
        elif dest is not None:
            changes["video_path"] = dest
        elif job.video_path is not None and (not job.video_path.exists() or is_reservation(job.video_path)):
            changes["video_path"] = job.video_path  # put it back where it was
        if changes.get("save_dir") is None and job.save_dir is None and changes["video_path"] is None:
            changes["save_dir"] = default_video_dir()  # a link-only job, fetched after all
        self._update(job.id, stage=JobStage.RENDERING, **changes, **_NO_ERROR)

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
            release_reservation(job.video_path)
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
        with waits.listening(lambda wait: self._on_wait(job_id, wait)):
            try:
                return await self._run_steps(job_id, poll_now=poll_now, raise_errors=raise_errors)
            finally:
                self._waiting.pop(job_id, None)

    async def _run_steps(self, job_id: int, *, poll_now: bool, raise_errors: bool) -> Job:
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
            release_reservation(self._video_path(job_id))
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
            if current is not None and (current.status != status or job_id in self._waiting):
                self._update(job_id, status=status)

        status = await wait_for_video(
            self._api_for(job),
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
        if job.save_dir is None and job.video_path is None:
            log.info("job %s: render done (no download asked)", job_id)
            return self._update(job_id, stage=JobStage.DONE, status=status, **_NO_ERROR)
        title = job.settings.name or job.product.name or status.title or "video"
        target = job.video_path or reserve_video_file(job.save_dir or default_video_dir(), title,
                                                      status.video_url)
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
            path = await self._download_once(job, progress)
            if looks_like_video(path):
                break
            # An error page or JSON answered with HTTP 200: not the video. Fetch it afresh once.
            log.warning("job %s: the download is not a video (attempt %d)", job.id, attempt + 1)
            path.unlink(missing_ok=True)
            gate = ProgressGate()
        else:
            raise NotAVideoError(server_message="the downloaded file is not an MP4/WebM video")
        size = path.stat().st_size
        log.info("job %s: done, %d bytes", job.id, size)
        return self._update(
            job.id, stage=JobStage.DONE, video_path=path, downloaded_bytes=size, total_bytes=size, **_NO_ERROR
        )

    async def _download_once(self, job: Job, progress: Callable[[int, int | None], None]) -> Path:
        """One download through the client; a local failure is explained with its path."""
        assert job.status is not None and job.status.video_url and job.video_path is not None
        target = job.video_path
        try:
            return await self._api_for(job).download(job.status.video_url, target, progress=progress)
        except DownloadError as err:
            cause = err.__cause__ or err.__context__
            if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
                part_path(target).unlink(missing_ok=True)  # a full disk must not stay full
                raise DiskFullError(path=str(target.parent), server_message=err.server_message) from err
            if isinstance(cause, OSError):
                raise SaveFolderError(
                    f"The video could not be saved in {target.parent} ({cause.strerror}). {AFTER_RENDER}",
                    path=str(target.parent), server_message=err.server_message,
                    reason="save_folder_after_render",
                ) from err
            raise

    # -- persistence and notification -------------------------------------------------------

    def _update(self, job_id: int, **changes: Any) -> Job:
        self._waiting.pop(job_id, None)  # any stored change is news: the wait is over
        job = self._store.update(job_id, **changes)
        self._notify(job)
        return job

    def _on_wait(self, job_id: int, wait: Wait) -> None:
        """The job sits out a failed check or a rate limit: listeners hear why and until when."""
        until = datetime.now(UTC) + timedelta(seconds=wait.seconds)
        self._waiting[job_id] = Waiting(wait.reason, until)
        job = self.get(job_id)
        if job is not None:
            self._notify(job)

    def _fail(self, job_id: int, stage: JobStage, err: JoggError) -> Job:
        self._errors[job_id] = err
        return self._update(
            job_id,
            stage=stage,
            error_message=err.message,
            error_details=err.details(),
            error_action=err.action,
        )

    def _video_path(self, job_id: int) -> Path | None:
        try:
            job = self._store.get(job_id)
        except StoreError:
            return None
        return job.video_path if job is not None else None

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
