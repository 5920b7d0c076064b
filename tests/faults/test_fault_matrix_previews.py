"""Fault-matrix rows for the paid preview calls: every fault kind on v2 ``preview_list``, v1
``/preview`` and v2 ``render_single_preview``, each request sent exactly once (the simulator's
request log), and the outcome each must end in.

The rules (jogg_desktop/api/retry.py, jobs/previews.py) are the render's:
- a 429 before the handler started nothing: waited for and sent again (2 requests, 1 made);
- anything ambiguous (5xx, 50000, a timeout, a reset, an unreadable answer) is never resent.
  v2 previews then settle through GET /product_previews by name and style: made (the fault came
  after the handler, or the held request was processed) → finished; never made → FAILED "not
  made". v1 keeps no list: that style stays UNCONFIRMED (the seller checks in JoggAI), and the
  other style goes on. The full render from a preview cannot be looked up by name: its job
  stays UNCONFIRMED, and asking again gives that job back (never a second charge);
- a definite refusal fails the request's styles with its error; on v1 an account refusal
  (10105, 18020, 18025) stops the styles not yet sent, another refusal only that style.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jogg_desktop import errors as e
from jogg_desktop.api.client import JoggClient
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.previews import PreviewManager, PreviewNotMadeError, PreviewNotStartedError
from jogg_desktop.models import ApiGeneration, Job, JobStage, PreviewJob, VideoSettings
from jogg_desktop.sim import Fault, SimConfig, SimServer
from jogg_desktop.store import Store
from tests.faults.harness import NO_BACKOFF, TIMEOUTS, no_sleep
from tests.faults.matrix import ENVELOPE_CODES, TIMEOUT_KIND, TRANSIENT_KINDS

KEY = "fault-matrix-previews-key"
CALLS = {
    "preview_list": ("POST /create_video_from_product/preview_list", ApiGeneration.V2),
    "preview_v1": ("POST /preview", ApiGeneration.V1),
    "render_single_preview": ("POST /create_video_from_product/render_single_preview", ApiGeneration.V2),
}
STYLES = ["FullScreen", "Avatar Bubble"]
HOLD = 3.5  # a delay fault holds the answer past the client's 2.5 s timeouts
GRACE = 5.0  # longer than HOLD: a held request is processed before its previews count as absent
ACCOUNT = {10105, 18020, 18025}


@dataclass(frozen=True)
class Case:
    call: str
    kind: str
    code: int | None = None
    after_handler: bool = False

    @property
    def id(self) -> str:
        what = f"code{self.code}" if self.code else self.kind
        return f"{self.call}-{what}{'-after' if self.after_handler else ''}"

    @property
    def ambiguous(self) -> bool:
        if self.kind == "rate_limit" and not self.after_handler:
            return False
        return self.kind in (*TRANSIENT_KINDS, TIMEOUT_KIND) or self.code == 50000

    @property
    def made(self) -> bool:
        """JoggAI processed the request (the answer was lost after, or held and then processed)."""
        return self.after_handler or self.kind == TIMEOUT_KIND


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for call in CALLS:
        cases += [Case(call, kind) for kind in (*TRANSIENT_KINDS, TIMEOUT_KIND)]
        cases += [Case(call, "envelope", code) for code in ENVELOPE_CODES]
        cases += [Case(call, kind, after_handler=True) for kind in ("http_500", "reset", TIMEOUT_KIND)]
    return cases


CASES = all_cases()


@pytest.fixture(scope="module")
def sim_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    config = SimConfig(valid_keys={KEY}, crawl_delay=0.0, render_seconds=0.5, credits=10**6,
                       post_limit=10**6, asset_dir=tmp_path_factory.mktemp("sim-assets"))
    server = SimServer(config)
    server.start()
    yield server
    server.stop()


@dataclass
class Outcome:
    previews: list[PreviewJob]
    job: Job | None
    error: e.JoggError | None
    again: Job | None = None


async def _run(server: SimServer, case: Case, store: Store, tmp_path: Path) -> Outcome:
    route, generation = CALLS[case.call]
    client = JoggClient(KEY, server.origin, generation=generation, timeouts=TIMEOUTS, retry=NO_BACKOFF,
                        sleep=no_sleep)
    jobs = JobManager(client, store.jobs, poll_schedule=lambda _e: 0.05)
    manager = PreviewManager(client, store.previews, jobs, poll_schedule=lambda _e: 0.05, settle_grace=GRACE,
                             settle_interval=0.25)
    fault = Fault(route=route, kind=case.kind, code=case.code, after_handler=case.after_handler,
                  delay=HOLD if case.kind == TIMEOUT_KIND else None)
    style = "Storytime" if generation is ApiGeneration.V2 else "Discovery"
    settings = VideoSettings(avatar_id=81, script_style=style)
    try:
        product = await client.create_product_from_url(server.demo_product_urls()[2])
        if case.call != "render_single_preview":
            server.inject(fault)
        error: e.JoggError | None = None
        set_id = 0
        try:
            set_id = (await manager.start(product, settings, STYLES, tmp_path))[0].set_id
        except e.JoggError as err:
            error = err
        previews = await manager.wait_set(set_id or store.previews.all()[0].set_id)
        if case.call != "render_single_preview":
            return Outcome(previews, None, error)
        server.inject(fault)
        job = None
        try:
            job = await manager.render_full(previews[0].id, tmp_path)
        except e.JoggError as err:
            error = err
        server.clear_faults()
        job = store.jobs.all()[0]
        await jobs.wait(job.id)
        again = None
        if job.stage is JobStage.UNCONFIRMED:  # asked again: the same job, not a second request
            again = await manager.render_full(previews[0].id, tmp_path)
        return Outcome(previews, store.jobs.get(job.id), error, again)
    finally:
        await manager.aclose()
        await jobs.aclose()
        await client.aclose()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_preview_fault(case: Case, sim_server: SimServer, tmp_path: Path) -> None:
    sim_server.clear_faults()
    route, _ = CALLS[case.call]
    path = ("/v1" if case.call == "preview_v1" else "/v2") + route.split(" ", 1)[1]
    before = len(sim_server.requests)
    made_before = {p for p, r in sim_server.ctx.state.projects.items()}
    store = Store()
    try:
        outcome = asyncio.run(_run(sim_server, case, store, tmp_path))
        sim_server.clear_faults()
        sent = [r for r in sim_server.requests[before:] if r.method == "POST" and r.path == path]
        made = [r for p, r in sim_server.ctx.state.projects.items() if p not in made_before]
        retried = case.kind == "rate_limit" and not case.after_handler
        requests_per_set = 2 if case.call == "preview_v1" else 1
        expected_sent = requests_per_set + (1 if retried else 0)
        if case.call == "preview_v1" and case.code in ACCOUNT:
            expected_sent = 1  # the second style is not sent after an account refusal
        assert len(sent) == expected_sent, [r.json for r in sent]  # never sent twice
        if case.call == "render_single_preview":
            _check_full_render(case, outcome, made)
        else:
            _check_previews(case, outcome)
    finally:
        store.close()


def _check_previews(case: Case, outcome: Outcome) -> None:
    first, second = outcome.previews
    v1 = case.call == "preview_v1"
    if not case.ambiguous and case.code is None:  # a 429 refused first: sent again, both made
        assert first.stage is second.stage is JobStage.DONE
        return
    if case.ambiguous:
        if v1:  # no list to look it up in: the seller checks; the other style went on
            assert first.stage is JobStage.UNCONFIRMED and first.error_action is e.Action.CHECK_BEFORE_RETRY
            assert second.stage is JobStage.DONE and second.video_path is not None
        elif case.made:
            assert first.stage is second.stage is JobStage.DONE, (first.error_details, second.error_details)
        else:
            assert first.stage is second.stage is JobStage.FAILED
            assert "did not make" in (first.error_message or "")
        return
    assert case.code is not None
    wanted = ENVELOPE_CODES[case.code]
    assert first.stage is JobStage.FAILED
    if v1 and case.code == 40000:
        assert first.error_details and PreviewNotStartedError.__name__ in first.error_details
    else:
        assert first.error_details and wanted.__name__ in first.error_details
    if v1 and case.code not in ACCOUNT:
        assert second.stage is JobStage.DONE  # one refused style does not stop the other
    else:
        assert second.stage is JobStage.FAILED
        assert outcome.error is not None


def _check_full_render(case: Case, outcome: Outcome, made: list[object]) -> None:
    assert all(p.stage is JobStage.DONE for p in outcome.previews)
    job = outcome.job
    assert job is not None
    if not case.ambiguous and case.code is None:
        assert job.stage is JobStage.DONE and job.video_path is not None
        return
    if case.ambiguous:
        assert job.stage is JobStage.UNCONFIRMED and isinstance(outcome.error, e.RenderOutcomeUnknownError)
        assert outcome.again is not None and outcome.again.id == job.id  # asked again: no new charge
        return
    assert case.code is not None
    assert job.stage is JobStage.FAILED and type(outcome.error) is ENVELOPE_CODES[case.code]


def test_the_rows_cover_every_paid_preview_call() -> None:
    assert {c.call for c in CASES} == set(CALLS) and len(CASES) == 3 * 18
    assert PreviewNotMadeError.reason == "preview_not_made"
