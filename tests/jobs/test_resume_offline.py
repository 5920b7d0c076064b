"""What resume does with jobs a previous run left before the render request had an answer."""

from __future__ import annotations

import asyncio
from typing import Any

from jogg_desktop.errors import Action
from jogg_desktop.jobs.manager import JobManager
from jogg_desktop.jobs.types import Job, JobStage
from jogg_desktop.store import Store
from tests.store.samples import PRODUCT, SETTINGS


class NoApi:
    """Resuming these jobs must not talk to JoggAI at all (never resend a render request)."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"unexpected API call {name}")


def test_in_flight_request_becomes_unconfirmed_and_unstarted_job_is_cancelled() -> None:
    store = Store()
    created = store.jobs.create(PRODUCT, SETTINGS, None)
    requesting = store.jobs.create(PRODUCT, SETTINGS, None)
    store.jobs.update(requesting.id, stage=JobStage.REQUESTING)
    done = store.jobs.create(PRODUCT, SETTINGS, None)
    store.jobs.update(done.id, stage=JobStage.DONE)

    manager = JobManager(NoApi(), store.jobs)  # type: ignore[arg-type]
    seen: list[Job] = []
    unsubscribe = manager.subscribe(seen.append)
    resumed = asyncio.run(manager.resume_unfinished())
    unsubscribe()

    assert [j.id for j in resumed] == [created.id, requesting.id]
    unsure = store.jobs.get(requesting.id)
    assert unsure is not None and unsure.stage is JobStage.UNCONFIRMED
    assert unsure.error_action is Action.CHECK_BEFORE_RETRY
    assert "Check your videos in JoggAI" in (unsure.error_message or "")
    cancelled = store.jobs.get(created.id)
    assert cancelled is not None and cancelled.stage is JobStage.CANCELLED
    assert "Nothing was charged" in (cancelled.error_message or "")
    assert store.jobs.get(done.id).stage is JobStage.DONE  # type: ignore[union-attr]
    assert {j.id for j in seen} == {created.id, requesting.id}
    assert asyncio.run(manager.resume_unfinished()) == []  # nothing left to resume
    store.close()
