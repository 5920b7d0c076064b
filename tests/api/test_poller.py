"""The poll schedule and the poller's rules, with a fake clock (no test sleeps)."""

from __future__ import annotations

import asyncio

import pytest

from jogg_desktop.api.poller import poll_delay, wait_for_video
from jogg_desktop.errors import (
    AuthError,
    NetworkError,
    PollDeadlineError,
    ProjectDeletedError,
    ProtocolError,
    RenderFailedError,
    ServerError,
)
from jogg_desktop.models import JobState, ProjectStatus
from tests.api.fakes import FakeClock


@pytest.mark.parametrize(
    ("elapsed", "delay"),
    [(0, 10), (9.9, 10), (59.9, 10), (60, 30), (299, 30), (300, 60), (3600, 60)],
)
def test_schedule_is_a_pure_function_of_elapsed_time(elapsed: float, delay: float) -> None:
    assert poll_delay(elapsed) == delay


def test_schedule_never_polls_faster_than_every_5_s() -> None:
    assert all(poll_delay(t / 10) >= 5 for t in range(0, 20000))


class Script:
    """A project source that answers a scripted sequence (status or error) and logs poll times."""

    def __init__(self, clock: FakeClock, answers: list[ProjectStatus | Exception]) -> None:
        self.clock, self.answers, self.times = clock, answers, []

    async def get_project(self, project_id: str) -> ProjectStatus:
        self.times.append(self.clock.now)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def st(state: JobState, url: str | None = None, **kw: str) -> ProjectStatus:
    return ProjectStatus(project_id="p", state=state, video_url=url, **kw)  # type: ignore[arg-type]


def run(script: Script, clock: FakeClock, **kw: object) -> ProjectStatus:
    return asyncio.run(wait_for_video(script, "p", sleep=clock.sleep, clock=clock, **kw))  # type: ignore[arg-type]


def test_follows_the_etiquette_and_returns_on_done_with_url() -> None:
    clock = FakeClock(0.0)
    answers: list[ProjectStatus | Exception] = [st(JobState.QUEUED)] * 2 + [st(JobState.PROCESSING)] * 12
    script = Script(clock, [*answers, st(JobState.DONE, "https://res/v.mp4")])
    seen: list[JobState] = []
    final = run(script, clock, on_status=lambda s: seen.append(s.state))
    assert final.video_url == "https://res/v.mp4"
    assert script.times[:6] == [10, 20, 30, 40, 50, 60]
    assert script.times[6:14] == [90, 120, 150, 180, 210, 240, 270, 300]
    assert script.times[14] == 360
    assert seen[0] is JobState.QUEUED and seen[-1] is JobState.DONE


def test_transient_errors_do_not_end_the_job() -> None:
    clock = FakeClock(0.0)
    script = Script(clock, [NetworkError(), ServerError(), ProtocolError(), st(JobState.DONE, "u")])
    assert run(script, clock).video_url == "u"


def test_persistent_transient_error_ends_at_the_deadline() -> None:
    clock = FakeClock(0.0)
    script = Script(clock, [NetworkError(server_message="down")])
    with pytest.raises(PollDeadlineError) as info:
        run(script, clock, deadline=600.0)
    assert clock.now == 600.0 and "down" in info.value.details()


def test_deadline_while_processing() -> None:
    clock = FakeClock(0.0)
    with pytest.raises(PollDeadlineError):
        run(Script(clock, [st(JobState.PROCESSING)]), clock, deadline=100.0)
    assert clock.now == 100.0


def test_failed_deleted_and_fatal_errors_end_at_once() -> None:
    clock = FakeClock(0.0)
    with pytest.raises(RenderFailedError) as info:
        run(Script(clock, [st(JobState.FAILED, error_message="Insufficient media quality")]), clock)
    assert info.value.server_message == "Insufficient media quality"
    with pytest.raises(ProjectDeletedError):
        run(Script(clock, [st(JobState.DELETED)]), clock)
    with pytest.raises(AuthError):
        run(Script(clock, [AuthError()]), clock)


def test_done_without_url_keeps_polling_briefly_then_fails_clearly() -> None:
    clock = FakeClock(0.0)
    script = Script(clock, [st(JobState.DONE), st(JobState.DONE), st(JobState.DONE, "https://res/v.mp4")])
    assert run(script, clock).video_url == "https://res/v.mp4"
    clock2 = FakeClock(0.0)
    with pytest.raises(ProtocolError) as info:
        run(Script(clock2, [st(JobState.DONE)]), clock2, missing_url_grace=60.0)
    assert "no link" in info.value.message


def test_resumed_job_polls_now_then_follows_the_schedule() -> None:
    clock = FakeClock(1000.0)
    script = Script(clock, [st(JobState.PROCESSING), st(JobState.DONE, "u")])
    run(script, clock, started_at=400.0, poll_now=True)
    assert script.times == [1000.0, 1060.0]
