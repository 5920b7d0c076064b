"""The POST throttle and the poller against the simulator, on one fake clock shared with it.

The sim's POST window and render timeline run on ``SimConfig.clock``; the client's throttle and
poller get the same fake clock, so minutes pass in no time and no test sleeps.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.poller import wait_for_video
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.throttle import PostThrottle
from jogg_desktop.errors import (
    PollDeadlineError,
    ProjectDeletedError,
    RateLimitedError,
    RenderFailedError,
)
from jogg_desktop.models import JobState, ProjectStatus, VideoSettings
from jogg_desktop.sim import Fault, SimServer
from tests.api.fakes import FakeClock
from tests.api.simtools import make_client, run


def _many_posts(n: int) -> Callable[[JoggClient], object]:
    async def work(c: JoggClient) -> None:
        from jogg_desktop.api import v1

        for i in range(n):
            await c._transport.call(v1.request_upload(f"{i}.jpg"))

    return work


def test_throttle_keeps_the_client_under_the_post_limit(make_sim: Callable[..., SimServer]) -> None:
    clock = FakeClock()
    sim = make_sim(clock=clock, post_limit=20, post_window=60.0)
    throttle = PostThrottle(20, 60.0, clock=clock, sleep=clock.sleep)
    run(make_client(sim.base_url, sleep=clock.sleep, throttle=throttle), _many_posts(45))
    posts = sim.requests_to("POST", "/upload/asset")
    assert len(posts) == 45  # no 429 was met, so nothing was resent
    assert clock.sleeps and sum(clock.sleeps) >= 120.0  # the 21st and 41st waited for a free slot


def test_without_the_throttle_the_server_says_429(make_sim: Callable[..., SimServer]) -> None:
    clock = FakeClock()
    sim = make_sim(clock=clock, post_limit=20, post_window=60.0)
    loose = PostThrottle(1000, 60.0, clock=clock, sleep=clock.sleep)
    client = make_client(sim.base_url, sleep=clock.sleep, throttle=loose, retry=RetryPolicy(max_attempts=1))
    with pytest.raises(RateLimitedError) as info:
        run(client, _many_posts(21))
    assert info.value.code == 429 and info.value.retry_after is not None
    assert len(sim.requests_to("POST", "/upload/asset")) == 21


def test_a_429_is_retried_after_the_servers_retry_after(make_sim: Callable[..., SimServer]) -> None:
    clock = FakeClock()
    sim = make_sim(clock=clock, post_limit=20, post_window=60.0)
    loose = PostThrottle(1000, 60.0, clock=clock, sleep=clock.sleep)
    run(make_client(sim.base_url, sleep=clock.sleep, throttle=loose), _many_posts(21))
    assert len(sim.requests_to("POST", "/upload/asset")) >= 22  # the 21st was refused, then resent
    assert clock.sleeps and max(clock.sleeps) >= 1.0


def _render(
    sim: SimServer, clock: FakeClock, **poll: object
) -> tuple[list[ProjectStatus], ProjectStatus | Exception]:
    seen: list[ProjectStatus] = []

    async def work(c: JoggClient) -> ProjectStatus | Exception:
        product = await c.create_product_from_url(sim.demo_product_urls()[3])
        started = clock()
        project_id = await c.start_render(product.id, VideoSettings(avatar_id=81))
        assert sim.wait_for_render(project_id)  # the MP4 exists: from here the timeline is fake time only
        try:
            return await wait_for_video(c, project_id, started_at=started, on_status=seen.append,
                                        sleep=clock.sleep, clock=clock, **poll)  # type: ignore[arg-type]
        except Exception as exc:
            return exc

    return seen, run(make_client(sim.base_url), work)


def test_poller_follows_the_etiquette_to_a_downloadable_video(make_sim: Callable[..., SimServer]) -> None:
    clock = FakeClock()
    sim = make_sim(clock=clock, render_seconds=200.0)
    seen, final = _render(sim, clock)
    assert isinstance(final, ProjectStatus) and final.video_url
    states = [s.state for s in seen]
    assert states[0] is JobState.QUEUED and JobState.PROCESSING in states and states[-1] is JobState.DONE
    assert clock.sleeps[:6] == [10.0] * 6 and clock.sleeps[6:] == [30.0] * (len(clock.sleeps) - 6)
    polls = sim.requests_to("GET", "/project")
    assert len(polls) == len(seen) == 11  # 10, 20, … 60, 90, … 210 s


@pytest.mark.parametrize(("kind", "cls"), [("render_fail", RenderFailedError),
                                           ("project_deleted", ProjectDeletedError)])
def test_poller_ends_on_failure_and_deletion(make_sim: Callable[..., SimServer], kind: str,
                                             cls: type[Exception]) -> None:
    clock = FakeClock()
    sim = make_sim(clock=clock, render_seconds=30.0)
    sim.inject(Fault(route="POST /create_video_from_url", kind=kind, times=1))
    _, final = _render(sim, clock)
    assert isinstance(final, cls)
    if kind == "render_fail":
        assert final.server_message  # type: ignore[attr-defined]


def test_transient_poll_errors_do_not_end_the_job(make_sim: Callable[..., SimServer]) -> None:
    clock = FakeClock()
    sim = make_sim(clock=clock, render_seconds=30.0)
    sim.inject(Fault(route="GET /project", kind="http_503", times=9))  # > one GET's 4 attempts
    _, final = _render(sim, clock)
    assert isinstance(final, ProjectStatus) and final.state is JobState.DONE


def test_persistent_poll_errors_end_at_the_deadline(make_sim: Callable[..., SimServer]) -> None:
    clock = FakeClock()
    sim = make_sim(clock=clock, render_seconds=30.0)
    sim.inject(Fault(route="GET /project", kind="reset", times=-1))
    _, final = _render(sim, clock, deadline=600.0)
    assert isinstance(final, PollDeadlineError)
    assert "NetworkError" in final.details()
