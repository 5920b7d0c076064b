"""The queue that runs a batch: read pages, request renders, let the jobs poll and download.

- Stored before every step: the batch and all its rows exist before anything is sent; a product
  row is READING before its crawl; a video row is linked to its job (``JobManager.start``'s
  ``on_created``) before the render request. So after a kill, :meth:`BatchRunner.run` continues:
  a crawl that was in flight is sent again (it charges nothing), a render never is — its job is
  the :class:`~jogg_desktop.jobs.manager.JobManager`'s, which resumes or marks it UNCONFIRMED.
- Every POST goes through the client, so its throttle keeps them within JoggAI's 20 a minute per
  key (whatever that throttle shares with other windows and processes). Crawls run a few at a
  time; renders are requested one after another, in row order. Each job polls on its own cadence
  from its own request time: requests are spread by the throttle, so polls are too.
- Pause: nothing new is sent; renders already requested still finish. Cancel: rows not yet
  requested are dropped; requested (paid) renders still finish and are downloaded.
- A failure stops its row only, with its reason; an account-wide one (key, credits) pauses the
  batch, since every next row would meet it too.
- A product open in the editor (:meth:`BatchRunner.hold`) has its renders held back until the
  editor closes: saved edits reach JoggAI and the row before its first render request
  (:mod:`jogg_desktop.jobs.batch_edit` says what can still be changed).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from jogg_desktop.api.download import safe_filename
from jogg_desktop.api.protocol import JoggApi
from jogg_desktop.errors import (
    Action,
    AuthError,
    JoggError,
    NoCreditsError,
    NoPermissionError,
    RateLimitedError,
)
from jogg_desktop.jobs.batch_edit import EditScope, ProductEdit, ViewOnly, edit_scope
from jogg_desktop.jobs.batch_model import BatchPlan, SourceRow
from jogg_desktop.jobs.batch_store import BatchStore
from jogg_desktop.jobs.batch_types import (
    Batch,
    BatchProduct,
    BatchState,
    BatchVideo,
    ProductStage,
    VideoStage,
)
from jogg_desktop.jobs.locks import JobLocks
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.pipeline import default_avatar, default_look
from jogg_desktop.jobs.types import Job, JobStage
from jogg_desktop.models import (
    AspectRatio,
    JobState,
    Ownership,
    Product,
    VideoSettings,
    VisualStyle,
    VisualStyleLook,
)

log = logging.getLogger(__name__)

BATCH_BUSY = JoggError(
    "This batch is being made in another Jogg Desktop window or on the command line. Follow it there.",
    action=Action.NONE,
)
BatchListener = Callable[[int], None]
"""Called with the batch id whenever the batch or one of its rows changed."""

CRAWL_CONCURRENCY = 3
RATE_LIMIT_ATTEMPTS = 5
RATE_LIMIT_PAUSE = 5.0  # seconds, when a 429 names no Retry-After
NAME_LENGTH = 80  # file names are cut there (jobs/filenames.py)
ACCOUNT_WIDE = (AuthError, NoCreditsError, NoPermissionError)
EXPORT_COLUMNS = ("url", "product", "variant", "status", "file", "video address", "credits")


class RowState(Enum):
    WAITING = "waiting"
    READING = "reading the page"
    REQUESTING = "requesting"
    RENDERING = "rendering"
    DOWNLOADING = "downloading"
    DONE = "done"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"
    CANCELLED = "cancelled"


class RetryKind(Enum):
    NONE = "none"  # not safe (it may be charged again) or nothing to retry
    READ_AGAIN = "read_again"  # the product page: nothing was charged
    REQUEST_AGAIN = "request_again"  # the render was never started: nothing was charged
    DOWNLOAD_AGAIN = "download_again"  # the paid render exists: fetch its video again


@dataclass(frozen=True)
class BatchRow:
    """One video of the batch as the table and the export show it."""

    video: BatchVideo
    product: BatchProduct
    job: Job | None
    state: RowState
    reason: str
    retry: RetryKind

    @property
    def product_name(self) -> str:
        return product_label(self.product)

    @property
    def variant_label(self) -> str:
        return self.video.variant.label or "as set"

    @property
    def progress(self) -> float | None:
        """0–1 while downloading, 1 when done, None otherwise."""
        job = self.job
        if self.state is RowState.DONE:
            return 1.0
        if job is not None and job.stage is JobStage.DOWNLOADING and job.total_bytes:
            return min(1.0, job.downloaded_bytes / job.total_bytes)
        return None


@dataclass(frozen=True)
class BatchSummary:
    total: int
    done: int
    failed: int
    in_progress: int
    waiting: int
    cancelled: int
    credits_used: int


class BatchRunner:
    def __init__(
        self,
        api: JoggApi,
        store: BatchStore,
        jobs: JobManager,
        *,
        crawl_concurrency: int = CRAWL_CONCURRENCY,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._sleep = sleep
        self._api = api
        self._store = store
        self._jobs = jobs
        self._crawl_concurrency = crawl_concurrency
        self._listeners: list[BatchListener] = []
        self._gates: dict[int, asyncio.Event] = {}
        self._runs: dict[int, asyncio.Future[Batch]] = {}
        self._locks = JobLocks(store.path.parent / "batch-locks")
        self._avatars: dict[AspectRatio, tuple[int, Ownership] | None] = {}
        self._styles: dict[AspectRatio, list[VisualStyle]] = {}
        self._stop_paused: set[int] = set()
        self._held: set[int] = set()  # product rows open in an editor: their renders wait
        self._sending: set[int] = set()  # product rows whose render request is going out now
        self._hold_changed = asyncio.Event()
        self.pause_reason: dict[int, str] = {}
        jobs.subscribe(self._on_job)

    # -- reading --------------------------------------------------------------------------

    def subscribe(self, listener: BatchListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def batch(self, batch_id: int) -> Batch:
        batch = self._store.get(batch_id)
        if batch is None:
            raise KeyError(batch_id)
        return batch

    def batches(self) -> list[Batch]:
        """Every batch, newest first."""
        return self._store.all()

    def rows(self, batch_id: int) -> list[BatchRow]:
        products = {p.id: p for p in self._store.products(batch_id)}
        return [self._row(v, products[v.product_row]) for v in self._store.videos(batch_id)]

    def summary(self, batch_id: int) -> BatchSummary:
        rows = self.rows(batch_id)
        count = {state: sum(1 for r in rows if r.state is state) for state in RowState}
        active = (RowState.READING, RowState.REQUESTING, RowState.RENDERING, RowState.DOWNLOADING)
        return BatchSummary(
            total=len(rows), done=count[RowState.DONE],
            failed=count[RowState.FAILED] + count[RowState.UNCONFIRMED],
            in_progress=sum(count[s] for s in active), waiting=count[RowState.WAITING],
            cancelled=count[RowState.CANCELLED],
            credits_used=sum(r.video.credits for r in rows if r.job is not None and r.job.project_id),
        )

    def is_running(self, batch_id: int) -> bool:
        return batch_id in self._runs

    async def wait(self, batch_id: int) -> Batch:
        """Wait until the batch's run here (if any) has ended; the batch then."""
        task = self._runs.get(batch_id)
        if task is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(task)
        return self.batch(batch_id)

    # -- creating and controlling ----------------------------------------------------------

    def create(self, plan: BatchPlan, out_dir: Path, name: str = "") -> Batch:
        """Store the batch and every row (nothing is sent yet)."""
        batch = self._store.create(plan, out_dir, name)
        self._notify(batch.id)
        return batch

    def start(self, batch_id: int) -> asyncio.Future[Batch]:
        """Run the batch in the background (its run here, when there is one already)."""
        running = self._runs.get(batch_id)
        return running if running is not None else asyncio.ensure_future(self.run(batch_id))

    def pause(self, batch_id: int) -> None:
        if self.batch(batch_id).state is BatchState.RUNNING:
            self._store.set_state(batch_id, BatchState.PAUSED)
            self._gate(batch_id).clear()
            self._notify(batch_id)

    def resume(self, batch_id: int) -> None:
        if self.batch(batch_id).state is BatchState.PAUSED:
            self.pause_reason.pop(batch_id, None)
            self._store.set_state(batch_id, BatchState.RUNNING)
            self._gate(batch_id).set()
            self._notify(batch_id)

    def cancel(self, batch_id: int) -> None:
        """Nothing new is sent; renders already requested (paid) still finish and download."""
        if self.batch(batch_id).state.open:
            self._store.set_state(batch_id, BatchState.CANCELLED)
            self._store.cancel_pending(batch_id)
            self._gate(batch_id).set()  # wake the workers so they stop
            self._notify(batch_id)

    async def retry(self, video_row_id: int) -> None:
        """Retry one row where that is safe (see :class:`RetryKind`); otherwise ValueError."""
        video = self._store.video(video_row_id)
        row = self._row(video, self._store.product(video.product_row))
        if row.retry is RetryKind.NONE:
            raise ValueError("this row cannot be retried safely")
        if row.retry is RetryKind.DOWNLOAD_AGAIN:
            assert row.job is not None
            with contextlib.suppress(JoggError):
                await self._jobs.download_again(row.job.id)
            self._notify(video.batch_id)
            return
        if row.retry is RetryKind.READ_AGAIN:
            self._store.update_product(row.product.id, stage=ProductStage.PENDING,
                                       error_message=None, error_details=None)
            for other in self._store.videos(video.batch_id):
                if other.product_row == row.product.id and other.stage is VideoStage.SKIPPED:
                    self._store.update_video(other.id, stage=VideoStage.PENDING)
        else:
            self._store.update_video(video.id, stage=VideoStage.PENDING, job_id=None,
                                     error_message=None, error_details=None)
        if not self.batch(video.batch_id).state.open:
            self._store.set_state(video.batch_id, BatchState.RUNNING)
            self._gate(video.batch_id).set()
        self._notify(video.batch_id)  # a run going on here picks the row up; else start() one

    # -- editing a product ----------------------------------------------------------------

    def product_row(self, product_row_id: int) -> BatchProduct:
        return self._store.product(product_row_id)

    def edit_scope(self, product_row_id: int) -> ProductEdit:
        product = self._store.product(product_row_id)
        return edit_scope(product, self._store.videos(product.batch_id))

    def hold(self, product_row_id: int) -> ProductEdit:
        """Open ``product_row_id`` for editing: what can be changed. While held (until
        :meth:`release`), none of its renders is requested."""
        if product_row_id in self._held:
            return ProductEdit(EditScope.VIEW, ViewOnly.ELSEWHERE)
        if product_row_id in self._sending:
            return ProductEdit(EditScope.VIEW, ViewOnly.REQUESTED)
        scope = self.edit_scope(product_row_id)
        if scope.editable:
            self._held.add(product_row_id)
        return scope

    def is_held(self, product_row_id: int) -> bool:
        return product_row_id in self._held

    def release(self, product_row_id: int) -> None:
        """The editor closed: the product's renders may be requested."""
        if product_row_id in self._held:
            self._held.discard(product_row_id)
            self._hold_changed.set()
            self._notify(self._store.product(product_row_id).batch_id)

    async def save_product(self, product_row_id: int, product: Product) -> BatchProduct:
        """Edits of a read product: to JoggAI (update product), then to the row (its details too,
        so the table and the file names follow). ValueError when it can no longer be changed."""
        self._check_editable(product_row_id, EditScope.PRODUCT)
        row = self._store.product(product_row_id)
        assert row.product is not None
        if not product.same_content(row.product):
            await self._api.update_product(product)
        source = replace(row.source, name=product.name, description=product.description,
                         target_audience=product.target_audience)
        saved = self._store.update_product(product_row_id, product=product, source=source)
        self._notify(row.batch_id)
        return saved

    async def save_details(self, product_row_id: int, name: str, description: str,
                           target_audience: str) -> BatchProduct:
        """The CSV's fields of a product not read yet; applied to JoggAI's product when it has
        been read meanwhile. ValueError when it can no longer be changed."""
        self._check_editable(product_row_id, EditScope.DETAILS)
        row = self._store.product(product_row_id)
        source = replace(row.source, name=name.strip(), description=description.strip(),
                         target_audience=target_audience.strip())
        row = self._store.update_product(product_row_id, source=source)
        if row.stage is ProductStage.READY and row.product is not None:  # read while being edited
            product = await self._apply_row_details(row.product, source)
            row = self._store.update_product(product_row_id, product=product)
        self._notify(row.batch_id)
        return row

    def _check_editable(self, product_row_id: int, wanted: EditScope) -> None:
        scope = self.edit_scope(product_row_id)
        if not scope.editable or (wanted is EditScope.PRODUCT and scope.scope is not EditScope.PRODUCT):
            raise ValueError(f"product row {product_row_id} can no longer be changed ({scope.why.value})")

    async def _until_released(self, product_row_id: int) -> None:
        while product_row_id in self._held:
            self._hold_changed.clear()
            await self._hold_changed.wait()

    # -- running ---------------------------------------------------------------------------

    async def run(self, batch_id: int, *, stop_when_paused: bool = False) -> Batch:
        """Work until every row has an outcome. While the batch is paused, wait — or, with
        ``stop_when_paused`` (the command line), return once the renders already requested are done.

        One run per batch: here, a second call waits for the first; in another process (a second
        window, the command line), the batch's lock says so (BATCH_BUSY) and nothing is sent.
        """
        running = self._runs.get(batch_id)
        if running is not None:
            return await asyncio.shield(running)
        if not self._locks.acquire(batch_id):
            raise BATCH_BUSY
        done: asyncio.Future[Batch] = asyncio.get_running_loop().create_future()
        self._runs[batch_id] = done
        if stop_when_paused:
            self._stop_paused.add(batch_id)
        try:
            batch = await self._run(batch_id)
            done.set_result(batch)
            return batch
        except BaseException as exc:
            done.set_exception(exc) if not isinstance(exc, asyncio.CancelledError) else done.cancel()
            with contextlib.suppress(BaseException):
                done.exception()  # retrieved: no "never retrieved" warning when nobody waits
            raise
        finally:
            self._stop_paused.discard(batch_id)
            self._runs.pop(batch_id, None)
            self._locks.release(batch_id)

    async def _run(self, batch_id: int) -> Batch:
        if self.batch(batch_id).state is BatchState.FINISHED:
            return self.batch(batch_id)
        await self._jobs.resume_unfinished()  # requested renders: poll and download go on
        while True:
            self._recover(batch_id)
            await self._send_all(batch_id)
            for video in self._store.videos(batch_id):
                if video.job_id is not None:
                    await self._jobs.wait(video.job_id)
            if not (self.batch(batch_id).state is BatchState.RUNNING and self._has_work(batch_id)):
                return self._settle(batch_id)  # else: rows retried meanwhile — once more

    async def _send_all(self, batch_id: int) -> None:
        """Read the pages and request the renders of every row still to do."""
        renders: asyncio.Queue[BatchVideo | None] = asyncio.Queue()
        for product in self._store.products(batch_id):
            if product.stage is ProductStage.READY:
                self._queue_videos(product, renders)
        crawl = asyncio.ensure_future(self._crawl_all(batch_id, renders))
        try:
            await self._render_all(batch_id, renders, crawl)
            if not crawl.cancelled():  # cancelled by the render loop on Pause/Cancel: nothing to wait for
                await crawl
        finally:
            crawl.cancel()

    def _has_work(self, batch_id: int) -> bool:
        products = {p.id: p for p in self._store.products(batch_id)}
        return any(p.stage is ProductStage.PENDING for p in products.values()) or any(
            _to_request(v) and products[v.product_row].stage is ProductStage.READY
            for v in self._store.videos(batch_id)
        )

    def _recover(self, batch_id: int) -> None:
        """Undo what a kill left half-done, where that charges nothing."""
        for product in self._store.products(batch_id):
            if product.stage is ProductStage.READING:
                self._store.update_product(product.id, stage=ProductStage.PENDING)
        for video in self._store.videos(batch_id):
            job = self._jobs.get(video.job_id) if video.job_id is not None else None
            if video.stage is VideoStage.JOB and job is not None and _never_sent(job):
                self._store.update_video(video.id, stage=VideoStage.PENDING, job_id=None)

    def _settle(self, batch_id: int) -> Batch:
        batch = self.batch(batch_id)
        if batch.state is BatchState.RUNNING and not any(
            r.state in (RowState.WAITING, RowState.READING) for r in self.rows(batch_id)
        ):
            batch = self._store.set_state(batch_id, BatchState.FINISHED)
        self._notify(batch_id)
        return batch

    async def _crawl_all(self, batch_id: int, renders: asyncio.Queue[BatchVideo | None]) -> None:
        todo: asyncio.Queue[BatchProduct] = asyncio.Queue()
        for product in self._store.products(batch_id):
            if product.stage is ProductStage.PENDING:
                todo.put_nowait(product)

        async def worker() -> None:
            while not todo.empty():
                product = todo.get_nowait()
                if not await self._may_send(batch_id):
                    return
                if await self._crawl(product):
                    self._queue_videos(self._store.product(product.id), renders)

        try:
            await asyncio.gather(*(worker() for _ in range(self._crawl_concurrency)))
        finally:
            renders.put_nowait(None)  # no more products: the render loop ends when the queue drains

    async def _crawl(self, row: BatchProduct) -> bool:
        self._store.update_product(row.id, stage=ProductStage.READING)
        self._notify(row.batch_id)
        try:
            product = await self._api.create_product_from_url(row.source.url)
            applied = self._store.product(row.id).source  # as edited while the page was read
            product = await self._apply_row_details(product, applied)
            while (source := self._store.product(row.id).source) != applied:  # edited meanwhile
                applied = source
                product = await self._apply_row_details(product, applied)
        except JoggError as err:
            log.info("batch %s: product %s failed: %s", row.batch_id, row.position, err.details())
            self._store.update_product(row.id, stage=ProductStage.FAILED, error_message=err.message,
                                       error_details=err.details())
            for video in self._store.videos(row.batch_id):
                if video.product_row == row.id and video.stage is VideoStage.PENDING:
                    self._store.update_video(video.id, stage=VideoStage.SKIPPED)
            self._account_wide(row.batch_id, err)
            self._notify(row.batch_id)
            return False
        self._store.update_product(row.id, stage=ProductStage.READY, product=product,
                                   error_message=None, error_details=None)
        self._notify(row.batch_id)
        return True

    async def _apply_row_details(self, product: Product, source: SourceRow) -> Product:
        edited = replace(
            product,
            name=source.name or product.name,
            description=source.description or product.description,
            target_audience=source.target_audience or product.target_audience,
        )
        if edited.same_content(product):
            return product
        await self._api.update_product(edited)
        return edited

    def _queue_videos(self, product: BatchProduct, renders: asyncio.Queue[BatchVideo | None]) -> None:
        for video in self._store.videos(product.batch_id):
            if video.product_row == product.id and _to_request(video):
                renders.put_nowait(video)

    async def _render_all(
        self, batch_id: int, renders: asyncio.Queue[BatchVideo | None], crawl: asyncio.Future[None]
    ) -> None:
        held: list[BatchVideo] = []  # their product is open in the editor: requested last
        queued = True  # until the crawl says no more products (None)
        while True:
            video = await renders.get() if queued else None
            if video is None:
                queued = False
                if not held:
                    return
                video = held.pop(0)
                await self._until_released(video.product_row)
            elif video.product_row in self._held:
                held.append(video)
                continue
            await self._post_slot_free()  # so a pause or cancel meanwhile still holds this one
            if not await self._may_send(batch_id):
                crawl.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await crawl
                return
            await self._request(self._store.video(video.id))

    async def _post_slot_free(self) -> None:
        """Wait, outside the render request, until the client's POST throttle has a free slot."""
        throttle = getattr(self._api, "throttle", None)
        wait_time = getattr(throttle, "wait_time", None)
        while callable(wait_time) and (delay := float(wait_time())) > 0:
            await self._sleep(delay)

    async def _request(self, video: BatchVideo) -> None:
        if not _to_request(video):
            return  # cancelled or requested meanwhile
        batch = self.batch(video.batch_id)
        product = self._store.product(video.product_row)
        assert product.product is not None
        try:
            settings = await self._complete(video, product)
        except JoggError as err:
            self._store.update_video(video.id, error_message=err.message, error_details=err.details())
            self._account_wide(video.batch_id, err)
            self._notify(video.batch_id)
            return
        running = self.batch(video.batch_id).state is BatchState.RUNNING
        if not running or not _to_request(self._store.video(video.id)):
            return  # paused or cancelled while the settings were completed: nothing was sent (a
            # paused row is taken up again by the run's next round)
        if video.product_row in self._held:  # opened in the editor meanwhile: once it is closed
            await self._until_released(video.product_row)
            await self._request(self._store.video(video.id))  # with the product as saved
            return
        self._sending.add(video.product_row)  # from here on, the editor only shows it
        try:
            await self._send_render(video, batch, product, settings)
        finally:
            self._sending.discard(video.product_row)
        self._notify(video.batch_id)

    async def _send_render(self, video: BatchVideo, batch: Batch, product: BatchProduct,
                           settings: VideoSettings) -> None:
        assert product.product is not None
        batch.out_dir.mkdir(parents=True, exist_ok=True)

        def link(job: Job) -> None:  # stored before the render request is sent
            self._store.update_video(video.id, stage=VideoStage.JOB, job_id=job.id, settings=settings,
                                     error_message=None, error_details=None)

        for attempt in range(1, RATE_LIMIT_ATTEMPTS + 1):
            try:
                await self._jobs.start(product.product, settings, batch.out_dir, on_created=link)
            except RateLimitedError as err:
                if attempt == RATE_LIMIT_ATTEMPTS:
                    break  # the job says so; the row offers a retry (nothing was charged)
                # Refused before processing (docs/joggai-api.md §5): nothing started, nothing charged. The
                # refused job is forgotten and the row requested again once the server allows.
                self._forget_refused(video.id)
                await self._sleep(err.retry_after or RATE_LIMIT_PAUSE)
                continue
            except ACCOUNT_WIDE as err:
                # Refused for the whole account (key, credits, plan): nothing was started. The row
                # waits again, the batch pauses with the reason; Resume goes on from this row.
                self._forget_refused(video.id)
                self._account_wide(video.batch_id, err)
            except JoggError as err:  # the job records it (FAILED or UNCONFIRMED); the batch goes on
                log.info("batch %s: video %s failed: %s", video.batch_id, video.position, err.details())
            break

    def _forget_refused(self, video_row_id: int) -> None:
        job_id = self._store.video(video_row_id).job_id
        self._store.update_video(video_row_id, stage=VideoStage.PENDING, job_id=None)
        if job_id is not None:
            self._jobs.delete(job_id)

    async def _complete(self, video: BatchVideo, product: BatchProduct) -> VideoSettings:
        """Fill what the batch left open: a default avatar, a style made for the format, a name."""
        settings = video.settings
        if settings.avatar_id == 0:
            if settings.aspect not in self._avatars:
                self._avatars[settings.aspect] = await default_avatar(self._api, settings.aspect)
            choice = self._avatars[settings.aspect]
            if choice is not None:
                avatar_id, ownership = choice
                settings = replace(settings, avatar_id=avatar_id, avatar_ownership=ownership)
        if isinstance(settings.look, VisualStyleLook):
            if settings.aspect not in self._styles:
                self._styles[settings.aspect] = await self._api.list_visual_styles(settings.aspect)
            names = {s.name for s in self._styles[settings.aspect] if s.aspect in (settings.aspect, None)}
            if names and settings.look.name not in names:
                settings = replace(settings, look=await default_look(self._api, settings.aspect))
        return replace(settings, name=self._video_name(video, product, settings.name))

    def _video_name(self, video: BatchVideo, product: BatchProduct, chosen: str) -> str:
        """“Product - variant”: the video's name in JoggAI and its file's. The same for the same
        row on every run (a file name never depends on which download finished first)."""
        name = chosen or product_label(product)
        mine = product_label(product)
        if sum(1 for p in self._store.products(video.batch_id) if product_label(p) == mine) > 1:
            name = f"{name} #{product.position + 1}"
        label = video.variant.label
        if not label:
            return name[:NAME_LENGTH]
        room = max(20, NAME_LENGTH - len(label) - 3)
        return f"{name[:room].rstrip()} - {label}"

    async def _may_send(self, batch_id: int) -> bool:
        """Wait while paused; False once the batch is cancelled (or gone)."""
        gate = self._gate(batch_id)
        while True:
            batch = self._store.get(batch_id)
            if batch is None or batch.state is BatchState.CANCELLED:
                return False
            if batch.state is BatchState.RUNNING:
                return True
            if batch_id in self._stop_paused:
                return False
            gate.clear()
            await gate.wait()

    def _account_wide(self, batch_id: int, err: JoggError) -> None:
        if isinstance(err, ACCOUNT_WIDE) and self.batch(batch_id).state is BatchState.RUNNING:
            self.pause_reason[batch_id] = err.message
            self.pause(batch_id)

    def _gate(self, batch_id: int) -> asyncio.Event:
        gate = self._gates.get(batch_id)
        if gate is None:
            gate = self._gates[batch_id] = asyncio.Event()
            gate.set()
        return gate

    # -- rows as shown ----------------------------------------------------------------------

    def _row(self, video: BatchVideo, product: BatchProduct) -> BatchRow:
        job = self._jobs.get(video.job_id) if video.job_id is not None else None
        state, reason, retry = _judge(video, product, job)
        return BatchRow(video=video, product=product, job=job, state=state, reason=reason, retry=retry)

    def _on_job(self, job: Job) -> None:
        video = self._store.video_of_job(job.id)
        if video is not None:
            self._notify(video.batch_id)

    def _notify(self, batch_id: int) -> None:
        for listener in list(self._listeners):
            try:
                listener(batch_id)
            except Exception:  # one broken listener must not stop the batch
                log.exception("batch listener failed")

    # -- results --------------------------------------------------------------------------

    def export_csv(self, batch_id: int, path: Path) -> Path:
        """url, product, variant, status, file, video address, credits — one line per video."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        with tmp.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(EXPORT_COLUMNS)
            for row in self.rows(batch_id):
                writer.writerow(export_line(row))
        tmp.replace(path)
        return path


def product_label(product: BatchProduct) -> str:
    return product.source.name or (product.product.name if product.product else "") or product.source.label


def export_line(row: BatchRow) -> list[str]:
    job = row.job
    status = row.state.value + (f": {row.reason}" if row.reason and row.state is not RowState.DONE else "")
    charged = job is not None and job.project_id is not None
    saved = job.video_path if job is not None and row.state is RowState.DONE else None
    return [
        row.product.source.url or (row.product.product.url if row.product.product else ""),
        row.product_name,
        row.variant_label,
        status,
        str(saved) if saved else "",
        (job.status.video_url or "") if job is not None and job.status is not None else "",
        str(row.video.credits if charged else 0),
    ]


def default_export_name(batch: Batch) -> str:
    return safe_filename(f"{batch.name} results.csv", default="batch results.csv")


def _to_request(video: BatchVideo) -> bool:
    """Still to be requested: no job yet, and not stopped by a problem that needs a retry."""
    return video.stage is VideoStage.PENDING and video.job_id is None and not video.error_message


def _never_sent(job: Job) -> bool:
    """A job that the app stopped before its render request (resume marks it CANCELLED)."""
    return job.stage is JobStage.CREATED or (job.stage is JobStage.CANCELLED and job.project_id is None)


def _judge(video: BatchVideo, product: BatchProduct, job: Job | None) -> tuple[RowState, str, RetryKind]:
    if video.stage is VideoStage.CANCELLED:
        return RowState.CANCELLED, "cancelled before it was requested: nothing was charged", RetryKind.NONE
    if video.stage is VideoStage.SKIPPED:
        reason = f"the product page could not be read: {product.error_message or 'unknown reason'}"
        return RowState.FAILED, reason, RetryKind.READ_AGAIN
    if job is None and video.stage is VideoStage.JOB:
        return RowState.CANCELLED, "its video was deleted from the History", RetryKind.NONE
    if job is None:
        if product.stage is ProductStage.READING:
            return RowState.READING, "", RetryKind.NONE
        if video.error_message:
            return RowState.FAILED, video.error_message, RetryKind.REQUEST_AGAIN
        return RowState.WAITING, "", RetryKind.NONE
    return _judge_job(job)


def _judge_job(job: Job) -> tuple[RowState, str, RetryKind]:
    reason = job.error_message or ""
    if job.stage is JobStage.DONE:
        return RowState.DONE, "", RetryKind.NONE
    if job.stage in (JobStage.CREATED, JobStage.REQUESTING):
        return RowState.REQUESTING, "", RetryKind.NONE
    if job.stage is JobStage.RENDERING:
        return RowState.RENDERING, job.status.description if job.status else "", RetryKind.NONE
    if job.stage is JobStage.DOWNLOADING:
        return RowState.DOWNLOADING, "", RetryKind.NONE
    if job.stage is JobStage.UNCONFIRMED:
        return RowState.UNCONFIRMED, reason, RetryKind.NONE  # it may be charged: never resent
    if job.stage is JobStage.CANCELLED:
        again = RetryKind.REQUEST_AGAIN if job.project_id is None else RetryKind.NONE
        return RowState.CANCELLED, reason, again
    if job.project_id is None:
        return RowState.FAILED, reason, RetryKind.REQUEST_AGAIN  # refused before any render started
    if job.status is not None and job.status.state in (JobState.FAILED, JobState.DELETED):
        return RowState.FAILED, reason, RetryKind.NONE  # a new request would be charged again
    return RowState.FAILED, reason, RetryKind.DOWNLOAD_AGAIN  # the paid render: fetch it again
