"""One set of previews from the core's :class:`~jogg_desktop.jobs.previews.PreviewManager`, read
for the compare view (:class:`~ui.previews.model.CompareSource`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jogg_desktop import errors as core
from jogg_desktop.jobs.previews import PreviewManager
from jogg_desktop.models import AspectRatio, JobStage, PreviewJob
from ui.errors import describe
from ui.i18n import tr
from ui.previews.model import PreviewState, PreviewView

_WAITING = (JobStage.CREATED, JobStage.REQUESTING, JobStage.RENDERING, JobStage.DOWNLOADING)


class ManagerSource:
    """The previews of set ``set_id``; ``save_dir`` says where a full video goes."""

    def __init__(self, manager: PreviewManager, set_id: int, save_dir: Callable[[], Path]) -> None:
        self.manager = manager
        self.set_id = set_id
        self._save_dir = save_dir
        rows = manager.preview_set(set_id)
        if not rows:
            raise KeyError(set_id)
        first = rows[0]
        self._title = first.product.name or tr("Untitled video", "History")
        self._aspect = first.settings.aspect
        self._length = int(first.settings.length)

    @property
    def title(self) -> str:
        return self._title

    @property
    def aspect(self) -> AspectRatio:
        return self._aspect

    @property
    def length(self) -> int:
        return self._length

    def rows(self) -> list[PreviewJob]:
        return self.manager.preview_set(self.set_id)

    def views(self) -> list[PreviewView]:
        return [self.view_of(row) for row in self.rows()]

    def view_of(self, row: PreviewJob) -> PreviewView:
        if row.stage in _WAITING:
            return PreviewView(row.id, row.style, PreviewState.WAITING, row.created_at)
        if row.stage is JobStage.DONE:
            source = str(row.video_path) if row.video_path is not None else (row.video_url or "")
            return PreviewView(row.id, row.style, PreviewState.READY, row.created_at, source,
                               full_video=self._full_video(row))
        state = PreviewState.UNCONFIRMED if row.stage is JobStage.UNCONFIRMED else PreviewState.FAILED
        return PreviewView(row.id, row.style, state, row.created_at, reason=self.reason(row),
                           fetchable=self.manager.fetchable(row))

    def _full_video(self, row: PreviewJob) -> int | None:
        """The full video asked for from ``row``, unless it failed (then it may be asked again)."""
        if row.render_job_id is None:
            return None
        job = self.manager.jobs.get(row.render_job_id)
        if job is None or job.stage in (JobStage.FAILED, JobStage.CANCELLED):
            return None
        return job.id

    def reason(self, row: PreviewJob) -> str:
        """Why it was not made, in the seller's words: by the error's reason code while this run
        knows it, else the words stored with the preview."""
        error = self.manager.last_error(row.id) or _known_error(row.error_message or "")
        if error is not None:
            return describe(error).text
        if row.stage is JobStage.UNCONFIRMED:
            return describe(core.RenderOutcomeUnknownError()).text
        if row.stage is JobStage.CANCELLED:
            return describe(core.JobNotStartedError()).text
        return row.error_message or describe(core.RenderFailedError()).text

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        def changed(row: PreviewJob) -> None:
            if row.set_id == self.set_id:
                listener()

        return self.manager.subscribe(changed)

    async def fetch_again(self, key: int) -> None:
        await self.manager.download_again(key)

    async def render(self, key: int) -> int:
        job = await self.manager.render_full(key, self._save_dir())
        return job.id


def _known_error(message: str) -> core.JoggError | None:
    """The core error whose own (English) words were stored, so a preview from an earlier run is
    worded in the seller's language too; JoggAI's own words (a style's ``err_msg``) stay as they
    are."""
    pending: list[type[core.JoggError]] = [core.JoggError]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if message and cls.default_message == message:
            try:
                return cls()
            except TypeError:  # one that needs more to be built: keep the stored words
                return None
    return None
