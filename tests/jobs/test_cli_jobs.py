"""The command line's job subcommands: ``jobs`` lists the store, ``resume`` with nothing to do."""

from __future__ import annotations

import io

import pytest

from jogg_desktop.cli import EXIT_OK, main
from jogg_desktop.jobs.types import JobStage
from jogg_desktop.store import Store
from tests.store.samples import PRODUCT, SETTINGS


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_jobs_lists_every_job_without_needing_a_key() -> None:
    assert run("jobs") == (EXIT_OK, "No jobs yet.\n", "")
    store = Store()
    job = store.jobs.create(PRODUCT, SETTINGS, None)
    store.jobs.update(job.id, stage=JobStage.UNCONFIRMED, error_message="Check first.")
    store.close()
    code, out, _ = run("jobs")
    assert code == EXIT_OK
    assert f"job {job.id}\tunconfirmed" in out and "Mug video" in out and "Check first." in out


def test_resume_with_nothing_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_API_KEY", "cli-resume-key")
    code, out, err = run("resume", "--api-base", "http://127.0.0.1:9/v1")
    assert (code, out, err) == (EXIT_OK, "No unfinished jobs.\n", "")
