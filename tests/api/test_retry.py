from __future__ import annotations

import pytest

from jogg_desktop.api.retry import CallKind, NotSentError, RetryPolicy, is_retryable
from jogg_desktop.errors import (
    AuthError,
    CertificateError,
    InvalidRequestError,
    NetworkError,
    NoCreditsError,
    ProtocolError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
)


@pytest.mark.parametrize("kind", list(CallKind))
def test_never_sent_is_always_retried(kind: CallKind) -> None:
    assert is_retryable(NotSentError(), kind, timed_out=False)


def test_a_rate_limited_render_is_retried_since_nothing_started() -> None:
    assert is_retryable(RateLimitedError(), CallKind.CHARGED, timed_out=False)


def test_a_certificate_failure_is_never_retried() -> None:
    for kind in CallKind:
        assert not is_retryable(CertificateError(), kind, timed_out=False)


@pytest.mark.parametrize("error", [NetworkError(), ServerError(), ProtocolError(), RequestTimeoutError()])
def test_charged_calls_are_never_resent_once_they_may_have_arrived(error: Exception) -> None:
    assert not is_retryable(error, CallKind.CHARGED, timed_out=isinstance(error, RequestTimeoutError))  # type: ignore[arg-type]


@pytest.mark.parametrize("error", [AuthError(), NoCreditsError(), InvalidRequestError()])
@pytest.mark.parametrize("kind", list(CallKind))
def test_definite_refusals_are_not_retried(error: Exception, kind: CallKind) -> None:
    assert not is_retryable(error, kind, timed_out=False)  # type: ignore[arg-type]


def test_free_posts_retry_transients_but_not_a_timed_out_crawl() -> None:
    assert is_retryable(ServerError(), CallKind.FREE_POST, timed_out=False)
    assert is_retryable(RateLimitedError(), CallKind.FREE_POST, timed_out=False)
    assert not is_retryable(RequestTimeoutError(), CallKind.FREE_POST, timed_out=True)
    assert is_retryable(RequestTimeoutError(), CallKind.SAFE, timed_out=True)


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    policy = RetryPolicy(max_attempts=10, base_delay=0.5, max_delay=8.0, random=lambda: 1.0)
    assert [policy.backoff(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert RetryPolicy(random=lambda: 0.25).backoff(3) == 0.5


def test_retry_after_is_honoured_and_attempts_are_bounded() -> None:
    policy = RetryPolicy(max_attempts=3, random=lambda: 0.0, max_retry_after=60.0)
    assert policy.delay_for(RateLimitedError(retry_after=12.0), 1) == 12.0
    assert policy.delay_for(RateLimitedError(retry_after=600.0), 1) is None  # the user waits instead
    assert policy.delay_for(ServerError(), 3) is None


def test_one_retry_loop_for_calls_and_uploads() -> None:
    """#11 item 3: the loop the transport and the upload share, with its call-kind rules."""
    import asyncio

    from jogg_desktop.api.retry import Failed, retrying

    tries: list[int] = []
    heard: list[float] = []

    async def sleep(_seconds: float) -> None:
        return None

    async def flaky() -> str:
        tries.append(1)
        if len(tries) < 3:
            raise Failed(ServerError())
        return "ok"

    policy = RetryPolicy(random=lambda: 1.0)
    assert asyncio.run(retrying(flaky, kind=CallKind.SAFE, policy=policy, sleep=sleep, label="x",
                                on_wait=lambda _e, d: heard.append(d))) == "ok"
    assert len(tries) == 3 and heard == [0.5, 1.0]

    tries.clear()
    with pytest.raises(ServerError):  # charged: a 5xx may have started it, never resent
        asyncio.run(retrying(flaky, kind=CallKind.CHARGED, policy=policy, sleep=sleep, label="x"))
    assert len(tries) == 1
