"""The fault matrix: every fault kind × every step, and the outcome each must end in.

Steps (the v1 flow): analyze = POST /product, save product = PUT /product, start render =
POST /create_video_from_url, poll = GET /project, download = the video GET. Each fault is
injected once (``times=1``) unless said otherwise.

The rules behind the expectations (jogg_desktop/api/retry.py):
- GETs and PUT /product are safe: any transient failure is retried and the run finishes.
- POST /product is free: retried after 5xx/50000/429/a dropped or unreadable answer, but not
  after a read timeout (the crawl already waited; the user decides).
- POST /create_video_from_url charges credits: never resent once it may have reached the server.
  A definite refusal (429, 10105, 18020, 18025, 40000, 10104) fails the job; anything ambiguous
  (5xx, 50000, timeout, reset, truncated/unreadable answer) leaves it UNCONFIRMED.
- Definite refusals elsewhere end the run with their typed error.
- A render that fails (status 5) or is deleted (99) fails the job with that error.
- The download resumes with Range after any transient failure; a 200 answer that is not a
  video (JSON, an error page) is fetched again once by the job manager.
- 40000 on POST /product is how JoggAI reports a page it cannot read: CrawlFailedError.
- A 429 on the render request started nothing: it waits (Retry-After) and tries again once.
- Nothing paid is stranded (#10): every job that fails after JoggAI started its render (a poll
  refused, a folder gone, a disk full, a video host failing past its retries) is fetched again
  afterwards with no new render; a render whose id the store could not take is found by resume.

The extended cases (:func:`extended_cases`, #10) are scenarios rather than one injected fault:
``save_folder/unwritable`` (refused before the charge), ``save_folder/gone_after_render``,
``download/http_503_always`` (past every retry), ``download/disk_full`` (``.part`` on
/dev/full), ``record/store_locked`` (another process holds the store when the id comes back),
``start_render/rate_limit_always`` (429 until the retries run out: nothing charged).
"""

from __future__ import annotations

from dataclasses import dataclass

from jogg_desktop import errors as e
from jogg_desktop.jobs.types import JobStage

STEPS = {
    "analyze": "POST /product",
    "save_product": "PUT /product",
    "start_render": "POST /create_video_from_url",
    "poll": "GET /project",
    "download": "GET /media/renders/*",  # the simulator's rendered videos (not an API path)
}

TRANSIENT_KINDS = (
    "http_500", "http_502", "http_503", "rate_limit", "reset", "truncated", "malformed_json",
    "html_error",
)
TIMEOUT_KIND = "delay"
ENVELOPE_CODES = {
    10105: e.AuthError,
    18020: e.NoCreditsError,
    18025: e.NoPermissionError,
    40000: e.InvalidRequestError,
    10104: e.NotFoundError,
    50000: e.ServerError,
}
RENDER_KINDS = {"render_fail": e.RenderFailedError, "project_deleted": e.ProjectDeletedError}


@dataclass(frozen=True)
class Case:
    step: str
    kind: str
    code: int | None = None
    after_handler: bool = False

    @property
    def id(self) -> str:
        what = f"code{self.code}" if self.code else self.kind
        return f"{self.step}-{what}{'-after' if self.after_handler else ''}"


@dataclass(frozen=True)
class Expected:
    """``stage`` None: no job was created (the run stopped before the render request)."""

    finished: bool
    stage: JobStage | None
    error: type[e.JoggError] | None = None
    stopped_at: str = "done"
    fetched_again: bool = False  # a paid render that failed afterwards: fetched, no new render
    resumed: bool = False  # found again by resume (the render journal)


DONE = Expected(finished=True, stage=JobStage.DONE)


def expected(case: Case) -> Expected:
    step, kind, code = case.step, case.kind, case.code
    if kind == "envelope":
        assert code is not None
        error = ENVELOPE_CODES[code]
        transient = code == 50000
    else:
        error = None
        transient = kind in TRANSIENT_KINDS or kind == TIMEOUT_KIND

    if step in ("analyze", "save_product"):
        if step == "analyze" and kind == TIMEOUT_KIND:
            return Expected(False, None, e.RequestTimeoutError, step)
        if step == "analyze" and code == 40000:  # how JoggAI reports a page it cannot read
            return Expected(False, None, e.CrawlFailedError, step)
        if transient:
            return DONE
        return Expected(False, None, error, step)
    if step == "start_render":
        if kind == "rate_limit" and not case.after_handler:
            return DONE  # refused before anything started: waited and sent again
        if transient:
            return Expected(False, JobStage.UNCONFIRMED, e.RenderOutcomeUnknownError, step)
        return Expected(False, JobStage.FAILED, error, step)
    if step == "poll":
        if kind in RENDER_KINDS:
            return Expected(False, JobStage.FAILED, RENDER_KINDS[kind], "job")
        if transient:
            return DONE
        # A refusal while polling does not undo the render: fetched again (10104: it is gone).
        return Expected(False, JobStage.FAILED, error, "job", fetched_again=code != 10104)
    assert step == "download"
    return DONE


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for step in STEPS:
        kinds = [*TRANSIENT_KINDS, TIMEOUT_KIND]
        for kind in kinds:
            cases.append(Case(step, kind))
        if step != "download":  # the video host is not the API: no envelopes there
            cases.extend(Case(step, "envelope", code) for code in ENVELOPE_CODES)
        if step == "poll":
            cases.extend(Case(step, kind) for kind in RENDER_KINDS)
        if step in ("analyze", "save_product", "start_render"):
            # Processed by the server, answer lost on the way back.
            cases.extend(Case(step, kind, after_handler=True) for kind in ("http_500", "reset", TIMEOUT_KIND))
    return cases


FAILED, REQUESTING = JobStage.FAILED, JobStage.REQUESTING
EXTENDED: dict[tuple[str, str], Expected] = {
    ("save_folder", "unwritable"): Expected(False, None, e.SaveFolderError, "start_render"),
    ("save_folder", "gone_after_render"): Expected(False, FAILED, e.SaveFolderError, "job",
                                                   fetched_again=True),
    ("download", "http_503_always"): Expected(False, FAILED, e.DownloadError, "job", fetched_again=True),
    ("download", "disk_full"): Expected(False, FAILED, e.DiskFullError, "job", fetched_again=True),
    ("record", "store_locked"): Expected(False, REQUESTING, e.RenderNotRecordedError, "start_render",
                                         resumed=True),
    ("start_render", "rate_limit_always"): Expected(False, FAILED, e.RateLimitedError, "start_render"),
}


def extended_cases() -> list[Case]:
    return [Case(step, kind) for step, kind in EXTENDED]


def expected_extended(case: Case) -> Expected:
    return EXTENDED[(case.step, case.kind)]
