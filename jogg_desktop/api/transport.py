"""The HTTP layer: one long-lived ``httpx.AsyncClient``, headers, timeouts, errors, retries.

The API key is added per request, only to API calls (paths relative to the base URL, redirects
not followed), so it never travels to the media hosts that serve downloads and signed uploads.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from jogg_desktop import APP_ID, __version__
from jogg_desktop.api.envelope import Envelope, decode
from jogg_desktop.api.retry import CallKind, NotSentError, RetryPolicy, is_retryable
from jogg_desktop.api.throttle import PostThrottle
from jogg_desktop.errors import (
    AuthError,
    InvalidRequestError,
    JoggError,
    NetworkError,
    NoCreditsError,
    NoPermissionError,
    NotFoundError,
    RateLimitedError,
    RenderOutcomeUnknownError,
    RequestTimeoutError,
)

log = logging.getLogger(__name__)

DEFAULT_BASE = "https://api.jogg.ai/v1"
USER_AGENT = f"JoggDesktop/{__version__} ({APP_ID}; python-httpx/{httpx.__version__})"

Sleep = Callable[[float], Awaitable[None]]

# A charged call that ends in one of these was refused for certain: nothing was started.
ARRIVAL_MARGIN = 1.0  # seconds a POST slot is held past JoggAI's 60-s window (arrival jitter)
_DEFINITE_REFUSALS = (
    AuthError, NoCreditsError, NoPermissionError, InvalidRequestError, NotFoundError, RateLimitedError,
)
_NOT_AMBIGUOUS = (NotSentError, *_DEFINITE_REFUSALS)


@dataclass(frozen=True)
class Timeouts:
    """Seconds. The product crawl is synchronous and takes 10–30 s (API.md §10.2)."""

    default: float = 20.0
    crawl: float = 90.0
    connect: float = 10.0
    download_read: float = 60.0

    def for_call(self, long: bool) -> httpx.Timeout:
        return httpx.Timeout(self.crawl if long else self.default, connect=self.connect)


@dataclass(frozen=True)
class ApiCall:
    method: str
    path: str  # relative to the base URL, e.g. "/product"
    kind: CallKind
    params: Mapping[str, str | int] | None = None
    json: Any = None
    long: bool = False

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


def network_error(exc: Exception) -> tuple[JoggError, bool]:
    """The typed error for an httpx failure, and whether it was a read/write timeout."""
    detail = _describe(exc)
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return NotSentError(server_message=detail), False
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(server_message=detail), True
    return NetworkError(server_message=detail), False


def _json_body(call: ApiCall) -> bytes | None:
    """The JSON body as ASCII: text from a crawl may hold lone surrogates that UTF-8 cannot
    encode (httpx's own encoder would fail untyped); escaped, they round-trip as sent."""
    if call.json is None:
        return None
    try:
        return json.dumps(call.json, separators=(",", ":"), allow_nan=False).encode("ascii")
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(server_message=f"the request could not be encoded: {exc}") from None


class Transport:
    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_BASE,
        *,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        throttle: PostThrottle | None = None,
        http: httpx.AsyncClient | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.__key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.throttle = throttle or PostThrottle(margin=ARRIVAL_MARGIN)
        self._sleep = sleep
        self.http = http or httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(self.timeouts.default, connect=self.timeouts.connect),
            follow_redirects=True,
        )

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r}, api_key=<redacted>)"

    def _url(self, path: str) -> str:
        return self.base_url + "/" + path.lstrip("/")

    def _checked_key(self) -> str:
        key = self.__key
        # A header value must be printable ASCII; anything else could never be a JoggAI key
        # (and would fail inside httpx with an untyped error).
        if not key or not key.isascii() or not key.isprintable() or key != key.strip():
            raise AuthError(
                "This API key contains spaces or characters a JoggAI key never has. Copy it again "
                "from JoggAI (your avatar → API)."
            )
        return key

    async def _send_once(self, call: ApiCall) -> Envelope:
        key = self._checked_key()
        taken: float | None = None
        if call.method == "POST":
            await self.throttle.acquire()
            taken = self.throttle.last_taken
        headers = {"x-api-key": key, "Accept": "application/json"}
        content = _json_body(call)
        if content is not None:
            headers["Content-Type"] = "application/json"
        settled = taken is None

        async def on_trace(event: str, _info: dict[str, Any]) -> None:
            nonlocal settled
            if not settled and taken is not None and event.endswith("send_request_body.complete"):
                settled = True  # the whole request is on its way: its slot counts from now
                self.throttle.settle(taken)

        try:
            response = await self.http.request(
                call.method,
                self._url(call.path),
                params=dict(call.params) if call.params else None,
                content=content,
                headers=headers,
                timeout=self.timeouts.for_call(call.long),
                follow_redirects=False,  # a redirect must not carry the key elsewhere
                extensions={"trace": on_trace} if taken is not None else None,
            )
        finally:
            if not settled and taken is not None:
                self.throttle.settle(taken)  # no trace (another transport): the answer is later still
        envelope = decode(response.status_code, response.headers, response.content)
        log.debug("%s → HTTP %s rid=%s", call.label, response.status_code, envelope.rid)
        return envelope

    async def call(self, call: ApiCall) -> Envelope:
        """Send ``call`` with the retry rules of :mod:`jogg_desktop.api.retry`."""
        attempt = 0
        while True:
            attempt += 1
            timed_out = False
            try:
                return await self._send_once(call)
            except JoggError as err:
                error = err
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                error, timed_out = network_error(exc)
            log.info("%s failed (attempt %d): %s", call.label, attempt, error.details())
            if not is_retryable(error, call.kind, timed_out=timed_out):
                raise self._final(error, call)
            delay = self.retry.delay_for(error, attempt)
            if delay is None:
                raise self._final(error, call)
            await self._sleep(delay)

    @staticmethod
    def _final(error: JoggError, call: ApiCall) -> JoggError:
        if call.kind is CallKind.CHARGED and not isinstance(error, (NotSentError, *_DEFINITE_REFUSALS)):
            # API.md §13 #18: no idempotency key; it may have been started and charged.
            return RenderOutcomeUnknownError(
                code=error.code, server_message=error.details(), rid=error.rid,
                http_status=error.http_status,
            )
        return error

    async def aclose(self) -> None:
        await self.http.aclose()
