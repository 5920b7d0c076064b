"""The HTTP layer: one long-lived ``httpx.AsyncClient``, headers, timeouts, errors, retries.

The API key is added per request, only to API calls (paths relative to the base URL, redirects
not followed), so it never travels to the media hosts that serve downloads and signed uploads.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from jogg_desktop import APP_ID, __version__
from jogg_desktop.api.envelope import Envelope, decode
from jogg_desktop.api.retry import CallKind, Failed, NotSentError, RetryPolicy, retrying
from jogg_desktop.api.throttle import PostThrottle
from jogg_desktop.errors import (
    AuthError,
    CertificateError,
    InputError,
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
)
from jogg_desktop.validation import api_base

log = logging.getLogger(__name__)

DEFAULT_BASE = "https://api.jogg.ai/v1"
USER_AGENT = f"JoggDesktop/{__version__} ({APP_ID}; python-httpx/{httpx.__version__})"

Sleep = Callable[[float], Awaitable[None]]

MAX_ANSWER_BYTES = 16 * 1024 * 1024  # the largest catalog answer is well under 1 MB

# A charged call that ends in one of these was refused for certain: nothing was started.
ARRIVAL_MARGIN = 1.0  # seconds a POST slot is held past JoggAI's 60-s window (arrival jitter)
_DEFINITE_REFUSALS = (
    AuthError, NoCreditsError, NoPermissionError, InvalidRequestError, NotFoundError, RateLimitedError,
    CertificateError, InputError,
)
_NOT_AMBIGUOUS = (NotSentError, *_DEFINITE_REFUSALS)


@dataclass(frozen=True)
class Timeouts:
    """Seconds. The product crawl is synchronous and takes 10–30 s (docs/joggai-api.md §10.2)."""

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
    if _certificate_failure(exc):
        return CertificateError(server_message=detail), False
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return NotSentError(server_message=detail), False
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(server_message=detail), True
    return NetworkError(server_message=detail), False


def _certificate_failure(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def unsent_error(exc: BaseException) -> JoggError:
    """A failure raised before a request could be sent (a bad port: anyio's ExceptionGroup,
    OverflowError): the address is wrong, nothing reached any server."""
    return NotSentError(
        "The API address could not be used (is its port number right?). Check the API address.",
        server_message=_describe(exc),
    )


def system_tls_context() -> ssl.SSLContext:
    """The operating system's certificate store (truststore), so a company TLS proxy whose
    certificate IT installed is trusted like in the browser; certifi's bundle if unavailable."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception:  # an exotic platform: certifi's bundle, as httpx does by default
        log.warning("the system certificate store is unavailable; using certifi's bundle")
        return ssl.create_default_context()


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
        self._address_problem: InputError | None = None
        try:
            api_base(self.base_url)
        except InputError as problem:  # raised at the first call, before the key goes anywhere
            self._address_problem = problem
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.throttle = throttle or PostThrottle(margin=ARRIVAL_MARGIN)
        self._sleep = sleep
        self.http = http or httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(self.timeouts.default, connect=self.timeouts.connect),
            follow_redirects=True,
            verify=system_tls_context(),
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
        if self._address_problem is not None:
            raise self._address_problem
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

        request = self.http.build_request(
            call.method,
            self._url(call.path),
            params=dict(call.params) if call.params else None,
            content=content,
            headers=headers,
            timeout=self.timeouts.for_call(call.long),
            extensions={"trace": on_trace} if taken is not None else None,
        )
        # A redirect must not carry the key elsewhere: never followed.
        try:
            response = await self.http.send(request, stream=True, follow_redirects=False)
        finally:
            if not settled and taken is not None:
                self.throttle.settle(taken)  # no trace (another transport): the answer is later still
        try:
            body = await _read_capped(response, MAX_ANSWER_BYTES)
        finally:
            await response.aclose()
        envelope = decode(response.status_code, response.headers, body)
        log.debug("%s → HTTP %s rid=%s", call.label, response.status_code, envelope.rid)
        return envelope

    async def call(self, call: ApiCall) -> Envelope:
        """Send ``call`` with the retry rules of :mod:`jogg_desktop.api.retry`."""

        async def attempt() -> Envelope:
            try:
                return await self._send_once(call)
            except JoggError as err:
                raise Failed(err) from None
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                error, timed_out = network_error(exc)
                raise Failed(error, timed_out=timed_out) from None
            except (ExceptionGroup, OverflowError) as exc:  # a port out of range, inside anyio
                raise Failed(unsent_error(exc)) from None

        try:
            return await retrying(attempt, kind=call.kind, policy=self.retry, sleep=self._sleep,
                                  label=call.label)
        except JoggError as error:
            raise self._final(error, call) from None

    @staticmethod
    def _final(error: JoggError, call: ApiCall) -> JoggError:
        if call.kind is CallKind.CHARGED and not isinstance(error, (NotSentError, *_DEFINITE_REFUSALS)):
            # docs/joggai-api.md §13 #18: no idempotency key; it may have been started and charged.
            return RenderOutcomeUnknownError(
                code=error.code, server_message=error.details(), rid=error.rid,
                http_status=error.http_status,
            )
        return error

    async def aclose(self) -> None:
        await self.http.aclose()


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    """The answer's body, refused past ``limit`` bytes (a hostile or broken server)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ProtocolError(server_message=f"answer of {declared} bytes refused (limit {limit})",
                            http_status=response.status_code)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise ProtocolError(server_message=f"answer longer than {limit} bytes refused",
                                http_status=response.status_code)
        chunks.append(chunk)
    return b"".join(chunks)
