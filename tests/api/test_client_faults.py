"""Error mapping and retry rules against the simulator's injected faults (real sockets).

Backoff sleeps go to a recording fake (asserted, never waited); the ``delay`` fault holds the
answer 3 s against a 1 s client timeout.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest

from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.errors import (
    AuthError,
    InvalidRequestError,
    JoggError,
    NetworkError,
    NoCreditsError,
    NoPermissionError,
    NotFoundError,
    ProtocolError,
    RateLimitedError,
    RenderOutcomeUnknownError,
    RequestTimeoutError,
    ServerError,
)
from jogg_desktop.models import AspectRatio, VideoSettings
from jogg_desktop.sim import Fault, SimServer
from tests.api.simtools import SHORT, TIMEOUTS, SleepLog, make_client, run

TRANSIENT_KINDS = ["http_500", "http_502", "http_503", "reset", "truncated", "malformed_json", "html_error"]


@pytest.mark.parametrize(
    ("code", "cls"),
    [(10104, NotFoundError), (10105, AuthError), (18001, InvalidRequestError), (18020, NoCreditsError),
     (18025, NoPermissionError), (40000, InvalidRequestError), (50000, ServerError), (429, RateLimitedError)],
)
def test_envelope_codes_become_typed_errors(sim: SimServer, code: int, cls: type[JoggError]) -> None:
    sim.inject(Fault(route="GET /avatars", kind="envelope", code=code, msg=f"said {code}", times=-1))
    with pytest.raises(cls) as info:
        run(make_client(sim.base_url), lambda c: c.list_avatars())
    err = info.value
    assert type(err) is cls and err.code == code and err.server_message == f"said {code}"
    assert len(err.rid) == 32 and err.rid in err.details()
    assert err.message and err.action
    retried = cls in (ServerError, RateLimitedError)
    assert len(sim.requests_to("GET", "/avatars")) == (4 if retried else 1)


@pytest.mark.parametrize("kind", TRANSIENT_KINDS)
def test_get_is_retried_after_transient_failures(sim: SimServer, kind: str) -> None:
    sim.inject(Fault(route="GET /visual_styles", kind=kind, times=2))
    sleep = SleepLog()
    styles = run(make_client(sim.base_url, sleep=sleep), lambda c: c.list_visual_styles(AspectRatio.PORTRAIT))
    assert styles
    assert len(sim.requests_to("GET", "/visual_styles")) == 3
    assert sleep.delays == [0.5, 1.0]  # exponential (jitter pinned to its maximum)


def test_get_gives_up_with_a_typed_error_after_max_attempts(sim: SimServer) -> None:
    sim.inject(Fault(route="GET /templates", kind="http_503", times=-1))
    with pytest.raises(ServerError) as info:
        run(make_client(sim.base_url), lambda c: c.list_templates())
    assert info.value.http_status == 503
    assert len(sim.requests_to("GET", "/templates")) == 4


def test_get_timeout_is_retried(sim: SimServer) -> None:
    sim.inject(Fault(route="GET /musics", kind="delay", times=1))
    assert run(make_client(sim.base_url, timeouts=SHORT), lambda c: c.list_musics())
    assert len(sim.requests_to("GET", "/musics")) == 2


def test_rate_limit_honours_retry_after(sim: SimServer) -> None:
    sim.inject(Fault(route="GET /avatars/custom", kind="rate_limit", retry_after=7, times=1))
    sleep = SleepLog()
    assert run(make_client(sim.base_url, sleep=sleep), lambda c: c.list_custom_avatars())
    assert sleep.delays == [7.0]


def test_put_product_is_retried(sim: SimServer) -> None:
    async def work(c: JoggClient) -> None:
        product = await c.create_product_from_url(sim.demo_product_urls()[2])
        sim.inject(Fault(route="PUT /product", kind="http_502", times=1))
        await c.update_product(product)

    run(make_client(sim.base_url), work)
    assert len(sim.requests_to("PUT", "/product")) == 2


@pytest.mark.parametrize("kind", ["http_502", "rate_limit", "reset", "malformed_json"])
def test_free_posts_are_retried_after_transient_failures(sim: SimServer, kind: str) -> None:
    sim.inject(Fault(route="POST /product", kind=kind, times=1, retry_after=1))
    sim.inject(Fault(route="POST /upload/asset", kind=kind, times=1, retry_after=1))

    async def work(c: JoggClient) -> None:
        await c.create_product_from_url(sim.demo_product_urls()[0])
        from jogg_desktop.api import v1

        await c._transport.call(v1.request_upload("a.jpg"))

    run(make_client(sim.base_url), work)
    assert len(sim.requests_to("POST", "/product")) == 2
    assert len(sim.requests_to("POST", "/upload/asset")) == 2


def test_a_timed_out_crawl_is_not_resent(sim: SimServer) -> None:
    sim.inject(Fault(route="POST /product", kind="delay", times=1))
    with pytest.raises(RequestTimeoutError):
        run(make_client(sim.base_url, timeouts=SHORT),
            lambda c: c.create_product_from_url(sim.demo_product_urls()[0]))
    assert len(sim.requests_to("POST", "/product")) == 1


def _render(sim: SimServer, client: JoggClient, fault: Fault | None) -> str:
    async def work(c: JoggClient) -> str:
        product = await c.create_product_from_url(sim.demo_product_urls()[0])
        if fault:
            sim.inject(fault)
        return await c.start_render(product.id, VideoSettings(avatar_id=81))

    return run(client, work)


@pytest.mark.parametrize("after_handler", [False, True])
@pytest.mark.parametrize("kind", [*TRANSIENT_KINDS, "delay", "envelope"])
def test_render_request_is_never_resent_once_it_may_have_arrived(
    sim: SimServer, sim_key: str, kind: str, after_handler: bool
) -> None:
    credits = sim.credits(sim_key)
    fault = Fault(route="POST /create_video_from_url", kind=kind, after_handler=after_handler,
                  code=50000 if kind == "envelope" else None, times=-1)
    sleep = SleepLog()
    with pytest.raises(RenderOutcomeUnknownError) as info:
        client = make_client(sim.base_url, sleep=sleep, timeouts=SHORT if kind == "delay" else TIMEOUTS)
        _render(sim, client, fault)
    assert len(sim.requests_to("POST", "/create_video_from_url")) == 1
    assert sleep.delays == []
    assert info.value.action.value == "check_before_retry"
    charged = credits - sim.credits(sim_key)
    assert charged == (1 if after_handler else 0)  # the ambiguous case really was charged
    for project_id in sim.project_ids():
        sim.wait_for_render(project_id)


@pytest.mark.parametrize(
    ("code", "cls"),
    [(18020, NoCreditsError), (10105, AuthError), (40000, InvalidRequestError), (18025, NoPermissionError)],
)
def test_definite_render_refusals_keep_their_own_error(
    sim: SimServer, code: int, cls: type[JoggError]
) -> None:
    with pytest.raises(cls):
        _render(sim, make_client(sim.base_url), Fault(route="POST /create_video_from_url", kind="envelope",
                                                       code=code, times=1))
    assert len(sim.requests_to("POST", "/create_video_from_url")) == 1


def test_render_rate_limited_waits_and_tries_again(sim: SimServer) -> None:
    """#10 item 6: a 429 on the render request started nothing, so it waits (Retry-After) and
    tries again: one project, charged once."""
    sleep = SleepLog()
    before = len(sim.project_ids())
    fault = Fault(route="POST /create_video_from_url", kind="rate_limit", retry_after=3, times=1)
    project_id = _render(sim, make_client(sim.base_url, sleep=sleep), fault)
    assert project_id and sim.project_ids()[before:] == [project_id]
    assert len(sim.requests_to("POST", "/create_video_from_url")) == 2
    assert 3 in sleep.delays


def test_render_rate_limited_for_too_long_fails_with_nothing_charged(sim: SimServer) -> None:
    before = len(sim.project_ids())
    with pytest.raises(RateLimitedError):
        _render(sim, make_client(sim.base_url),
                Fault(route="POST /create_video_from_url", kind="rate_limit", times=-1))
    assert len(sim.project_ids()) == before


def test_out_of_credits_for_real(sim: SimServer, sim_key: str) -> None:
    sim.set_credits(sim_key, 0)
    with pytest.raises(NoCreditsError) as info:
        _render(sim, make_client(sim.base_url), None)
    assert info.value.code == 18020 and info.value.action.value == "buy_credits"


def test_never_sent_requests_are_retried_even_for_renders() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sleep = SleepLog()
    client = make_client(f"http://127.0.0.1:{port}/v1", sleep=sleep, retry=RetryPolicy(random=lambda: 1.0))
    with pytest.raises(NetworkError) as info:
        run(client, lambda c: c.start_render("p", VideoSettings()))
    assert not isinstance(info.value, RenderOutcomeUnknownError)
    assert len(sleep.delays) == 3  # 4 attempts: a refused connection never reached a server
    assert info.value.action.value == "check_connection"


def test_protocol_error_for_a_2xx_html_page(sim: SimServer) -> None:
    sim.inject(Fault(route="GET /voices/custom", kind="malformed_json", times=-1))
    with pytest.raises(ProtocolError):
        run(make_client(sim.base_url), lambda c: c.list_custom_voices())


def test_nothing_but_typed_errors_escape_any_fault(sim: SimServer) -> None:
    calls: list[Callable[[JoggClient], object]] = [
        lambda c: c.check_key(), lambda c: c.list_avatars(), lambda c: c.list_voices(),
        lambda c: c.list_musics(), lambda c: c.list_templates(), lambda c: c.get_project("nope"),
    ]
    for kind in [*TRANSIENT_KINDS, "http_404", "delay"]:
        sim.clear_faults()
        sim.inject(Fault(route="GET /*", kind=kind, times=-1))
        for call in calls:
            with pytest.raises(JoggError):
                run(make_client(sim.base_url, retry=RetryPolicy(max_attempts=1), timeouts=SHORT), call)  # type: ignore[arg-type]
