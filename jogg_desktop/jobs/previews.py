"""Previews in several looks: paid jobs like renders (docs/joggai-api.md §8.4, §8.5, §9.5, §12).

A *set* is the previews of one product and settings in two to six visual styles. Each style is a
row of its own (:class:`~jogg_desktop.models.PreviewJob`) with its own stage and error; the
whole set is stored before anything is sent. v2 asks for the set in one request
(``preview_list``), v1 sends one request per style (``/preview``). Stages are the video jobs':
CREATED → REQUESTING (written before the POST) → RENDERING (preview id known) → DOWNLOADING →
DONE; FAILED with the style's own reason (``err_msg``) while the others go on.

Never charged twice: a preview request whose answer was lost is never sent again. Its rows end
UNCONFIRMED; on v2 the set is looked up by its request's name in the list of previews
(``GET /product_previews``, as :mod:`jogg_desktop.jobs.settle` does for renders): found → polled
and downloaded; safely absent → FAILED "not made"; otherwise left for the seller to check.
A stopped run leaves rows that :meth:`PreviewManager.resume_unfinished` continues.

"Render this preview in full" (:meth:`PreviewManager.render_full`) makes a normal video job
(:class:`~jogg_desktop.jobs.manager.JobManager`): on v2 through ``render_single_preview``, on v1
as a normal render in the preview's look; it then runs (poll, download, result) like any video.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from jogg_desktop import validation
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
from jogg_desktop.api.routing import check_settings
from jogg_desktop.errors import (
    Action,
    AuthError,
    BusyElsewhereError,
    InvalidRequestError,
    JobNotStartedError,
    JoggError,
    NoCreditsError,
    NoPermissionError,
    NotAVideoError,
    RenderOutcomeUnknownError,
    StoreError,
    UnexpectedJobError,
)
from jogg_desktop.jobs import settle
from jogg_desktop.jobs.filenames import check_save_folder, release_reservation, reserve_video_file
from jogg_desktop.jobs.journal import RenderJournal
from jogg_desktop.jobs.locks import JobLocks
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.video_check import looks_like_video
from jogg_desktop.models import (
    Job,
    JobStage,
    PreviewJob,
    PreviewReading,
    PreviewStart,
    Product,
    ProjectStatus,
    VideoSettings,
    VisualStyleLook,
    preview_credits_for,
)
from jogg_desktop.paths import data_dir
from jogg_desktop.store.job_store import now
from jogg_desktop.store.preview_store import PreviewStore

log = logging.getLogger(__name__)

PreviewListener = Callable[[PreviewJob], None]
LOCKS_FOLDER = "preview-locks"
JOURNAL_FILE = "preview-journal.jsonl"
_ACCOUNT_REFUSALS = (AuthError, NoCreditsError, NoPermissionError)  # every further request would fail too
_NO_ERROR: dict[str, Any] = {"error_message": None, "error_details": None, "error_action": None}
PREVIEW_NAME_PREFIX = "Preview · "
"""A preview request's name (what its list shows, and a lost answer is looked up by) starts so:
readable in JoggAI's lists, and never the name of a render made in the same second."""


def default_preview_dir() -> Path:
    """Where the app keeps preview files (small; the compare step loops them from here)."""
    return data_dir() / "previews"


def preview_set_credits(settings: VideoSettings, styles: int) -> float:
    """What a set of ``styles`` previews of ``settings`` costs (said before asking)."""
    return preview_credits_for(int(settings.length), styles)


class PreviewNotStartedError(JoggError):
    """JoggAI answered the request but did not start this style (its ``err_msg``)."""

    default_message = "JoggAI could not make a preview in this look. The other looks are not affected."
    default_action = Action.START_OVER
    reason = "preview_not_started"


class PreviewNotMadeError(settle.RenderNotMadeError):
    """A preview request whose answer was lost, and which JoggAI's list shows it never made."""

    default_message = (
        "JoggAI did not make these previews: the request never reached it. Please ask again. If your "
        "JoggAI credit balance went down anyway, contact JoggAI support (the app cannot see charges)."
    )
    reason = "preview_not_made"


class PreviewsUnmatchedError(RenderOutcomeUnknownError):
    """JoggAI made previews for a request whose answer was lost, but does not say which is which."""

    default_message = (
        "JoggAI made previews for this request, but its answer was lost and its list does not say "
        "which look each one is. See them in JoggAI before asking again."
    )
    reason = "previews_unmatched"


class _PreviewSource:
    """A preview's status as the poller asks for a render's (``get_project``)."""

    def __init__(self, api: JoggApi) -> None:
        self._api = api

    async def get_project(self, project_id: str) -> ProjectStatus:
        return await self._api.get_preview(project_id)


class PreviewManager:
    """Starts, observes, resumes and renders in full the previews (the app and the command line).

    ``jobs`` runs the full videos made from previews. Listeners hear every change of any preview
    (on the event loop's thread), as :meth:`JobManager.subscribe` listeners hear jobs.
    """

    def __init__(
        self,
        api: JoggApi,
        store: PreviewStore,
        jobs: JobManager,
        *,
        poll_sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
        poll_deadline: float = DEFAULT_DEADLINE,
        missing_url_grace: float = MISSING_URL_GRACE,
        poll_schedule: Callable[[float], float] = poll_delay,
        check_folder: Callable[[Path], None] = check_save_folder,
        settle_grace: float = settle.SETTLE_GRACE,
        settle_interval: float = settle.SETTLE_INTERVAL,
    ) -> None:
        self._api = api
        self._store = store
        self._jobs = jobs
        self._poll_sleep = poll_sleep
        self._clock = clock
        self._poll_deadline = poll_deadline
        self._missing_url_grace = missing_url_grace
        self._poll_schedule = poll_schedule
        self._check_folder = check_folder
        self._settle_grace = settle_grace
        self._settle_interval = settle_interval
        self._listeners: list[PreviewListener] = []
        self._tasks: dict[int, asyncio.Task[PreviewJob]] = {}
        self._settling: dict[int, asyncio.Task[None]] = {}  # by set id
        self._errors: dict[int, JoggError] = {}
        self._locks = JobLocks(store.path.parent / LOCKS_FOLDER)
        self._journal = RenderJournal(store.path.parent / JOURNAL_FILE)

    # -- reading ----------------------------------------------------------------------------

    @property
    def jobs(self) -> JobManager:
        """The manager of the full videos (render_full's jobs run there)."""
        return self._jobs

    def subscribe(self, listener: PreviewListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def previews(self) -> list[PreviewJob]:
        """Every preview, newest first (History lists them beside the jobs)."""
        return self._store.all()

    def preview_set(self, set_id: int) -> list[PreviewJob]:
        """The previews asked for together, in the order of their styles."""
        return self._store.of_set(set_id)

    def get(self, preview: int) -> PreviewJob | None:
        return self._store.get(preview)

    def find(self, preview_id: str) -> PreviewJob | None:
        """The stored preview with JoggAI's id ``preview_id`` (None when unknown here)."""
        return self._store.by_preview_id(preview_id)

    def last_error(self, preview: int) -> JoggError | None:
        """The typed error that last stopped ``preview`` in this process (the store keeps its text)."""
        return self._errors.get(preview)

    def is_running(self, preview: int) -> bool:
        return preview in self._tasks

    async def wait(self, preview: int) -> PreviewJob | None:
        """Wait until the preview's background work (if any) has ended; its record then."""
        task = self._tasks.get(preview)
        if task is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(task)
        return self.get(preview)

    async def wait_set(self, set_id: int) -> list[PreviewJob]:
        """Wait until every preview of the set has settled, finished or failed."""
        settling = self._settling.get(set_id)
        if settling is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(settling)
        for preview in self._store.of_set(set_id):
            await self.wait(preview.id)
        return self._store.of_set(set_id)

    # -- starting ---------------------------------------------------------------------------

    async def start(
        self, product: Product, settings: VideoSettings, styles: Sequence[str], save_dir: Path | None,
    ) -> list[PreviewJob]:
        """Store a set of previews (one per style), request them once, then poll and download
        in the background. Returns the set once every request has an answer (rows RENDERING,
        FAILED with the style's reason, or UNCONFIRMED: the answer was lost, never resent, looked
        up on v2). Raises the first error when every look was refused (nothing was charged)."""
        chosen = validation.preview_styles(styles)
        api = self._api
        if not api.capabilities.previews:
            raise InvalidRequestError("Previews are not available with this API.")
        check_settings(api, replace(settings, look=VisualStyleLook(chosen[0])))
        if save_dir is not None:
            self._check_folder(save_dir)
        created = now()
        name = (PREVIEW_NAME_PREFIX + settle.render_name(product.name, settings.name, created)
                if api.capabilities.render_history else None)
        rows = self._store.create_set(product, settings, chosen, save_dir,
                                      credits=preview_credits_for(int(settings.length)),
                                      generation=api.generation, request_name=name, at=created)
        for row in rows:
            self._locks.acquire(row.id)
            self._notify(row)
        sent = replace(settings, name=name) if name else settings
        per = max(1, api.capabilities.preview_styles_per_request)
        refused: JoggError | None = None
        try:
            for first in range(0, len(rows), per):
                chunk = rows[first : first + per]
                if refused is not None:
                    for row in chunk:
                        self._fail(row.id, JobStage.FAILED, refused)
                        self._locks.release(row.id)
                    continue
                error = await self._request(api, product, sent, chunk)
                if isinstance(error, _ACCOUNT_REFUSALS):
                    refused = error
        except BaseException:
            for row in self._store.of_set(rows[0].set_id):
                if row.stage is JobStage.CREATED:
                    self._fail(row.id, JobStage.CANCELLED, JobNotStartedError())
                    self._locks.release(row.id)
            raise
        final = self._store.of_set(rows[0].set_id)
        if all(row.stage in (JobStage.FAILED, JobStage.CANCELLED) for row in final):
            raise self._errors.get(final[0].id) or PreviewNotStartedError()
        return final

    async def _request(
        self, api: JoggApi, product: Product, settings: VideoSettings, chunk: list[PreviewJob],
    ) -> JoggError | None:
        """One preview request for ``chunk`` (its rows REQUESTING before the POST); the rows take
        its outcome. Returns the definite refusal, if it was one."""
        for row in chunk:
            self._update(row.id, stage=JobStage.REQUESTING)
        styles = [row.style for row in chunk]
        try:
            starts = await api.start_previews(product.id, settings, styles)
        except RenderOutcomeUnknownError as err:
            for row in chunk:
                self._fail(row.id, JobStage.UNCONFIRMED, err)
                self._locks.release(row.id)
            self._spawn_settle(chunk[0].set_id)
            return None
        except JoggError as err:  # the client raises these only when nothing was started
            if isinstance(err, InvalidRequestError) and len(chunk) == 1:  # v1: this style refused
                said = err.server_message or None
                err = PreviewNotStartedError(said, code=err.code, server_message=err.server_message,
                                             rid=err.rid)
            for row in chunk:
                self._fail(row.id, JobStage.FAILED, err)
                self._locks.release(row.id)
            return err
        except BaseException as exc:  # cancelled or a bug: the request may have been sent
            unknown = RenderOutcomeUnknownError(server_message=type(exc).__name__)
            for row in chunk:
                self._fail(row.id, JobStage.UNCONFIRMED, unknown)
                self._locks.release(row.id)
            raise
        self._take_starts(chunk, starts)
        return None

    def _take_starts(self, chunk: list[PreviewJob], starts: list[PreviewStart]) -> None:
        by_style = {start.style: start for start in starts}
        for row in chunk:
            start = by_style.get(row.style)
            if start is None:  # not named in the answer: it may have started
                unknown = RenderOutcomeUnknownError(server_message=f"the answer does not name {row.style!r}")
                self._fail(row.id, JobStage.UNCONFIRMED, unknown)
                self._locks.release(row.id)
            elif start.preview_id is None:
                said = start.error_message
                refusal = PreviewNotStartedError(said, server_message=said or "")
                self._fail(row.id, JobStage.FAILED, refusal)
                self._locks.release(row.id)
            else:
                self._record(row.id, start.preview_id)
                self._spawn(row.id, poll_now=False)
        if any(by_style.get(row.style) is None for row in chunk):
            self._spawn_settle(chunk[0].set_id)

    def _record(self, preview: int, preview_id: str) -> PreviewJob:
        """The id of a charged preview: journal first, then the store (resume reads the journal)."""
        journaled = self._journal.record(preview, preview_id)
        job = self._update(preview, stage=JobStage.RENDERING, preview_id=preview_id, **_NO_ERROR)
        if journaled:
            self._journal.forget({preview})
        return job

    @staticmethod
    def fetchable(preview: PreviewJob) -> bool:
        """A paid preview that failed after JoggAI started it (its file never saved): it can be
        fetched again without a new request (not one JoggAI could not make)."""
        return (preview.stage is JobStage.FAILED and bool(preview.preview_id)
                and preview.error_action is not Action.START_OVER)

    async def download_again(self, preview: int) -> PreviewJob:
        """Check a paid preview again and save its file (nothing paid is stranded): no new request.
        Returns once it is done or failed again."""
        row = self._store.get(preview)
        if row is None:
            raise KeyError(preview)
        if preview in self._tasks:
            return await self._tasks[preview]
        if not self.fetchable(row):
            raise InvalidRequestError("This preview cannot be downloaded again: ask for it again instead.")
        if not self._locks.acquire(preview):
            raise BusyElsewhereError()
        self._update(preview, stage=JobStage.RENDERING, **_NO_ERROR)  # same file: a .part resumes
        return await self._spawn(preview, poll_now=True)

    # -- the full video ---------------------------------------------------------------------

    async def render_full(
        self, preview: int, save_dir: Path | None, *, on_created: Callable[[Job], None] | None = None,
    ) -> Job:
        """Make the full video in this preview's look: a normal video job from then on (poll,
        download, result through :attr:`jobs`). Charged like any render and never sent twice: a
        preview whose full video was already asked for gives that job back (unless it failed)."""
        row = self._store.get(preview)
        if row is None:
            raise KeyError(preview)
        if row.stage is not JobStage.DONE or not row.preview_id:
            raise InvalidRequestError("This preview is not ready yet: wait for it, then make the full video.")
        if row.render_job_id is not None:
            earlier = self._jobs.get(row.render_job_id)
            if earlier is not None and earlier.stage not in (JobStage.FAILED, JobStage.CANCELLED):
                return earlier

        def link(job: Job) -> None:
            self._update(row.id, render_job_id=job.id)
            if on_created is not None:
                on_created(job)

        api = self._api.for_generation(row.generation)
        settings = replace(row.settings, look=VisualStyleLook(row.style))
        from_preview = row.preview_id if api.capabilities.render_from_preview else None
        return await self._jobs.start(row.product, settings, save_dir, on_created=link,
                                      from_preview=from_preview, generation=row.generation)

    # -- resuming ---------------------------------------------------------------------------

    async def resume_unfinished(self) -> list[PreviewJob]:
        """Continue every preview a stopped run left unfinished (ids from the journal first); a
        request that was in flight is never sent again (UNCONFIRMED, looked up on v2)."""
        self._reconcile_journal()
        resumed: list[PreviewJob] = []
        to_settle: set[int] = set()
        for row in self._store.unfinished():
            if row.id in self._tasks or not self._locks.acquire(row.id):
                continue
            row = self._store.get(row.id) or row
            if row.stage is JobStage.CREATED:
                row = self._fail(row.id, JobStage.CANCELLED, JobNotStartedError())
                self._locks.release(row.id)
            elif row.stage is JobStage.REQUESTING:
                unknown = RenderOutcomeUnknownError(server_message="the app stopped during the request")
                row = self._fail(row.id, JobStage.UNCONFIRMED, unknown)
                self._locks.release(row.id)
                to_settle.add(row.set_id)
            elif row.stage.active:
                self._spawn(row.id, poll_now=True)
            else:
                self._locks.release(row.id)
                continue
            resumed.append(row)
        for row in self._store.all():
            if row.stage is JobStage.UNCONFIRMED and row.request_name and row.set_id not in self._settling:
                to_settle.add(row.set_id)
                if all(r.id != row.id for r in resumed):
                    resumed.append(row)
        for set_id in sorted(to_settle):
            self._spawn_settle(set_id)
        return resumed

    def _reconcile_journal(self) -> None:
        settled: set[int] = set()
        for preview, preview_id in self._journal.entries().items():
            try:
                row = self._store.get(preview)
            except StoreError:
                continue
            if row is None or row.preview_id == preview_id:
                settled.add(preview)
            elif row.preview_id is None and self._locks.acquire(preview):
                self._update(preview, stage=JobStage.RENDERING, preview_id=preview_id, **_NO_ERROR)
                self._locks.release(preview)
                settled.add(preview)
        self._journal.forget(settled)

    def delete(self, preview: int, *, delete_file: bool = False) -> None:
        """Forget the preview (stopping its work); its file stays unless ``delete_file``. The full
        video made from it, if any, is a job of its own and stays."""
        task = self._tasks.pop(preview, None)
        if task is not None:
            task.cancel()
        self._locks.release(preview)
        row = self._store.get(preview)
        if row is not None and row.video_path is not None:
            with contextlib.suppress(OSError):
                part_path(row.video_path).unlink(missing_ok=True)
                if delete_file:
                    row.video_path.unlink(missing_ok=True)
            release_reservation(row.video_path)
        self._store.delete(preview)

    async def aclose(self) -> None:
        """Stop background work; every preview keeps its stage, so the next start resumes it."""
        tasks: list[asyncio.Task[Any]] = [*self._tasks.values(), *self._settling.values()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._settling.clear()
        self._locks.release_all()

    # -- settling a lost answer (v2) --------------------------------------------------------

    def _spawn_settle(self, set_id: int) -> None:
        if set_id in self._settling:
            return
        task = asyncio.ensure_future(self._settle(set_id))
        self._settling[set_id] = task

        def forget(done: asyncio.Task[None]) -> None:
            if self._settling.get(set_id) is done:
                del self._settling[set_id]
            if not done.cancelled() and done.exception() is not None:
                log.warning("preview set %s: settling failed: %r", set_id, done.exception())

        task.add_done_callback(forget)

    async def _settle(self, set_id: int) -> None:
        """Look the set's lost request up by name until found, safely absent, or unknowable."""
        while True:
            rows = [r for r in self._store.of_set(set_id)
                    if r.stage is JobStage.UNCONFIRMED and r.request_name]
            if not rows:
                return
            api = self._api.for_generation(rows[0].generation)
            waited = (now() - rows[0].created_at).total_seconds()
            outcome = await self._look_up(api, rows, waited)
            if outcome is not settle.Outcome.NOT_YET:
                return
            await self._poll_sleep(min(self._settle_interval, max(0.0, self._settle_grace - waited)))

    async def _look_up(self, api: JoggApi, rows: list[PreviewJob], waited: float) -> settle.Outcome:
        name = rows[0].request_name
        try:
            listed = await api.recent_previews()
        except JoggError as err:
            log.info("preview set %s: the list could not be read: %s", rows[0].set_id, err.details())
            return settle.Outcome.UNKNOWN
        if listed is None:
            return settle.Outcome.UNKNOWN
        matches = [item for item in listed if item.status.title == name]
        if matches:
            return self._take_matches(rows, matches, waited)
        if waited < self._settle_grace:
            return settle.Outcome.NOT_YET
        dated = [item.status.created_at for item in listed if item.status.created_at is not None]
        if listed and not (dated and min(dated) < rows[0].created_at):
            return settle.Outcome.UNKNOWN
        for row in rows:
            self._fail(row.id, JobStage.FAILED, PreviewNotMadeError())
        return settle.Outcome.ABSENT

    def _take_matches(
        self, rows: list[PreviewJob], matches: list[PreviewReading], waited: float,
    ) -> settle.Outcome:
        """The request was made: each row takes its look's preview. Where the list names the looks,
        a look it does not list did not start (once the grace is over); where it names none, which
        preview is which cannot be told (the seller checks in JoggAI)."""
        named = all(m.style for m in matches)
        pending = False
        for row in rows:
            mine = [m for m in matches if m.style == row.style]
            if len(mine) == 1 and self._locks.acquire(row.id):
                log.info("preview %s: lost answer settled: %s found", row.id, mine[0].status.project_id)
                self._errors.pop(row.id, None)
                self._update(row.id, stage=JobStage.RENDERING, preview_id=mine[0].status.project_id,
                             status=mine[0].status, **_NO_ERROR)
                self._spawn(row.id, poll_now=True)
            elif mine:
                continue  # two previews of this look under one name: left for the seller
            elif not named:
                self._fail(row.id, JobStage.UNCONFIRMED, PreviewsUnmatchedError())
            elif waited < self._settle_grace:
                pending = True
            else:
                self._fail(row.id, JobStage.FAILED, PreviewNotMadeError())
        return settle.Outcome.NOT_YET if pending else settle.Outcome.FOUND

    # -- the background steps ---------------------------------------------------------------

    def _spawn(self, preview: int, *, poll_now: bool) -> asyncio.Task[PreviewJob]:
        task = asyncio.ensure_future(self._run(preview, poll_now=poll_now))
        self._tasks[preview] = task

        def forget(done: asyncio.Task[PreviewJob]) -> None:
            if self._tasks.get(preview) is done:
                del self._tasks[preview]
                self._locks.release(preview)

        task.add_done_callback(forget)
        return task

    async def _run(self, preview: int, *, poll_now: bool) -> PreviewJob:
        row = self._store.get(preview)
        if row is None:
            raise KeyError(preview)
        try:
            if row.stage is JobStage.RENDERING:
                row = await self._render(row, poll_now=poll_now)
            if row.stage is JobStage.DOWNLOADING:
                row = await self._download(row)
            return row
        except asyncio.CancelledError:
            raise  # the stage stays: resumed on the next start
        except KeyError:
            return row
        except JoggError as err:
            log.warning("preview %s failed: %s", preview, err.details())
            current = self._store.get(preview)
            release_reservation(current.video_path if current else None)
            return self._fail(preview, JobStage.FAILED, err)
        except Exception as exc:
            log.exception("preview %s: unexpected error", preview)
            return self._fail(preview, JobStage.FAILED, UnexpectedJobError(server_message=type(exc).__name__))

    async def _render(self, row: PreviewJob, *, poll_now: bool) -> PreviewJob:
        assert row.preview_id is not None

        def on_status(status: ProjectStatus) -> None:
            current = self._store.get(row.id)
            if current is not None and current.status != status:
                self._update(row.id, status=status)

        api = self._api.for_generation(row.generation)
        status = await wait_for_video(
            _PreviewSource(api), row.preview_id, deadline=self._poll_deadline, on_status=on_status,
            sleep=self._poll_sleep, clock=self._clock, missing_url_grace=self._missing_url_grace,
            poll_now=poll_now, schedule=self._poll_schedule,
        )
        assert status.video_url is not None
        row = self._store.get(row.id) or row
        if row.save_dir is None and row.video_path is None:
            return self._update(row.id, stage=JobStage.DONE, status=status, **_NO_ERROR)
        title = f"{row.product.name or 'Product'} - preview - {row.style}"
        folder = row.save_dir or default_preview_dir()
        target = row.video_path or reserve_video_file(folder, title, status.video_url)
        return self._update(row.id, stage=JobStage.DOWNLOADING, status=status, video_path=target)

    async def _download(self, row: PreviewJob) -> PreviewJob:
        assert row.status is not None and row.status.video_url and row.video_path is not None
        api = self._api.for_generation(row.generation)
        for attempt in range(2):
            path = await api.download(row.status.video_url, row.video_path)
            if looks_like_video(path):
                break
            log.warning("preview %s: the download is not a video (attempt %d)", row.id, attempt + 1)
            path.unlink(missing_ok=True)
            part_path(row.video_path).unlink(missing_ok=True)
        else:
            raise NotAVideoError(server_message="the downloaded preview is not an MP4/WebM video")
        return self._update(row.id, stage=JobStage.DONE, video_path=path, **_NO_ERROR)

    # -- persistence and notification -------------------------------------------------------

    def _update(self, preview: int, **changes: Any) -> PreviewJob:
        row = self._store.update(preview, **changes)
        self._notify(row)
        return row

    def _fail(self, preview: int, stage: JobStage, err: JoggError) -> PreviewJob:
        self._errors[preview] = err
        return self._update(preview, stage=stage, error_message=err.message, error_details=err.details(),
                            error_action=err.action)

    def _notify(self, row: PreviewJob) -> None:
        for listener in list(self._listeners):
            try:
                listener(row)
            except Exception:  # one broken listener must not stop the previews
                log.exception("preview listener failed")
