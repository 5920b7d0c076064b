"""The simulator's front door, a raw ASGI wrapper around the Starlette app.

In order, for every request except the admin API (``/_sim/...``): record it; apply a
before-handler fault; for API paths check ``x-api-key`` (10105) and the POST limit (429);
run the handler — capturing its answer when an after-handler fault is armed, then damaging
or replacing it.

Connection-level faults need the socket: the ``send`` callable uvicorn hands to the app is a
bound method of its per-request cycle, which holds the asyncio transport.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from jogg_desktop.sim import envelope
from jogg_desktop.sim.context import SimContext
from jogg_desktop.sim.faults import API_PREFIXES, ARRIVED, Fault, FaultKind, http_status_of, route_of
from jogg_desktop.sim.state import RecordedRequest

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ADMIN_PREFIX = "/_sim"
BODY_BREAKS = frozenset({FaultKind.RESET.value, FaultKind.TRUNCATED.value})
HTML_ERROR_PAGE = (
    "<html>\r\n<head><title>{status} Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>{status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
TEXT_PLAIN = b"text/plain; charset=utf-8"
PLAIN_ERRORS = {404: "404 page not found", 502: "Bad Gateway", 503: "Service Unavailable"}
MALFORMED_BODY = b'{"rid":"00000000000000000000000000000000","code":0,"msg":"success","data":{\'id\': oops,}'


@dataclass
class Captured:
    status: int = 500
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytearray = field(default_factory=bytearray)


def is_api(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in API_PREFIXES)


class Gate:
    def __init__(self, app: ASGIApp, ctx: SimContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        method = scope["method"]
        path = scope["path"]
        route = route_of(path)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        self.ctx.state.record(
            RecordedRequest(
                method=method,
                path=path,
                query=dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), True)),
                headers=headers,
                json=_maybe_json(body),
                at=time.time(),
                body=body,
                route=route,
            )
        )
        replay = _replay(body, receive)
        send = self._throttled(send, path, None)

        arrived = self.ctx.faults.arrival()
        scope[ARRIVED] = arrived  # handlers that take faults themselves filter by it too
        before = self.ctx.faults.take(method, route, after_handler=False, arrived=arrived)
        after: Fault | None = None
        if before is not None and not is_api(path) and before.kind in BODY_BREAKS:
            after, before = before, None  # a download breaks mid-body, so Range resume is testable
        if before is not None:
            if before.kind == FaultKind.DELAY:
                await self.ctx.pause(self._delay_of(before))
            elif before.kind == FaultKind.SLOW:
                send = self._throttled(send, path, before.rate)
            else:
                await self._apply(before, send, None)
                return

        if is_api(path):
            key = headers.get("x-api-key", "")
            if not self.ctx.state.key_valid(key):
                await _send_response(send, envelope.error(envelope.INVALID_KEY))
                return
            if method == "POST":
                wait = self.ctx.state.admit_post(key)
                if wait is not None:
                    reply = envelope.response(
                        envelope.RATE_LIMITED, headers={"Retry-After": str(max(1, round(wait)))}
                    )
                    await _send_response(send, reply)
                    return
                send = _with_header(send, b"x-ratelimit-remaining", str(self.ctx.state.posts_left(key)))

        if after is None:
            after = self.ctx.faults.take(method, route, after_handler=True, arrived=arrived)
        if after is None:
            await self.app(scope, replay, send)
            return
        captured = await _capture(self.app, scope, replay)
        if after.kind == FaultKind.DELAY:
            await self.ctx.pause(self._delay_of(after))
            await _send_captured(send, captured)
        elif after.kind == FaultKind.SLOW:
            await _send_captured(self._throttled(send, path, after.rate), captured)
        else:
            await self._apply(after, send, captured)

    def _delay_of(self, fault: Fault) -> float:
        return fault.delay if fault.delay is not None else self.ctx.config.fault_delay

    def _throttled(self, send: Send, path: str, rate: int | None) -> Send:
        """Media downloads at SimConfig/``set_media_rate`` speed, or a ``slow`` fault's rate."""
        if rate is None:
            if not path.startswith("/media/"):
                return send
            rate = self.ctx.state.media_rate
            if not rate:
                return send
        chunk = max(1, rate // 10)
        ctx = self.ctx

        async def slow_send(message: Message) -> None:
            if message["type"] != "http.response.body" or len(message.get("body", b"")) <= chunk:
                await send(message)
                return
            data = message["body"]
            more = message.get("more_body", False)
            for start in range(0, len(data), chunk):
                last = start + chunk >= len(data)
                await send({"type": "http.response.body", "body": data[start : start + chunk],
                            "more_body": more or not last})
                if not last:
                    await ctx.pause(0.1)

        slow_send.__wrapped_send__ = send  # type: ignore[attr-defined]  # for _transport()
        return slow_send

    async def _apply(self, fault: Fault, send: Send, captured: Captured | None) -> None:
        kind = fault.kind
        status = http_status_of(kind)
        if status is not None:
            if status == 500:
                reply = envelope.response(fault.code or envelope.SYSTEM_ERROR, None, fault.msg, status=500)
                await _send_response(send, reply)
            else:
                text = fault.msg or PLAIN_ERRORS.get(status, "Error")
                await _send_raw(send, status, [(b"content-type", TEXT_PLAIN)], text.encode())
        elif kind == FaultKind.RATE_LIMIT:
            reply = envelope.response(
                envelope.RATE_LIMITED, status=429, headers={"Retry-After": str(fault.retry_after)}
            )
            await _send_response(send, reply)
        elif kind == FaultKind.ENVELOPE:
            assert fault.code is not None
            await _send_response(send, envelope.error(fault.code, fault.msg))
        elif kind == FaultKind.MALFORMED_JSON:
            await _send_raw(send, 200, [(b"content-type", b"application/json")], MALFORMED_BODY)
        elif kind == FaultKind.HTML_ERROR:
            code = fault.status or 502
            page = HTML_ERROR_PAGE.format(status=code).encode()
            await _send_raw(send, code, [(b"content-type", b"text/html")], page)
        elif kind in (FaultKind.RESET, FaultKind.TRUNCATED):
            await self._break(fault, send, captured)
        else:  # pragma: no cover - kinds are validated in Fault
            raise ValueError(kind)

    async def _break(self, fault: Fault, send: Send, captured: Captured | None) -> None:
        if captured is None:
            if fault.kind == FaultKind.RESET:
                await _kill_connection(send, reset=True)
                return
            captured = Captured(200, [(b"content-type", b"application/json")],
                                bytearray(envelope.encode(envelope.body(0, {"id": "x" * 32}))))
        body = bytes(captured.body)
        headers = [(k, v) for k, v in captured.headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": captured.status, "headers": headers})
        cut = int(len(body) * fault.cut_at)
        if cut:
            await send({"type": "http.response.body", "body": body[:cut], "more_body": True})
        await _kill_connection(send, reset=fault.kind == FaultKind.RESET)


async def _read_body(receive: Receive) -> bytes:
    parts: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again


def _with_header(send: Send, name: bytes, value: str) -> Send:
    """Add a header to the answer (S6 saw ``X-RateLimit-Remaining`` on POSTs, docs/joggai-api.md §5)."""

    async def add(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), (name, value.encode())]}
        await send(message)

    add.__wrapped_send__ = send  # type: ignore[attr-defined]  # for _transport()
    return add


def _maybe_json(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> Captured:
    captured = Captured()

    async def keep(message: Message) -> None:
        if message["type"] == "http.response.start":
            captured.status = message["status"]
            captured.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            captured.body.extend(message.get("body", b""))

    await app(scope, receive, keep)
    return captured


async def _send_captured(send: Send, captured: Captured) -> None:
    await _send_raw(send, captured.status, captured.headers, bytes(captured.body), keep_length=True)


async def _send_raw(
    send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes, *, keep_length: bool = False
) -> None:
    out = [(k, v) for k, v in headers if keep_length or k.lower() != b"content-length"]
    if not keep_length or not any(k.lower() == b"content-length" for k, _ in out):
        out.append((b"content-length", str(len(body)).encode()))
    out.append((b"x-request-id", envelope.new_rid().encode()))
    await send({"type": "http.response.start", "status": status, "headers": out})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _send_response(send: Send, response: Any) -> None:
    await _send_raw(send, response.status_code, list(response.raw_headers), bytes(response.body))


def _transport(send: Send) -> asyncio.Transport | None:
    owner = getattr(send, "__self__", None)
    while owner is None and hasattr(send, "__wrapped_send__"):
        send = send.__wrapped_send__
        owner = getattr(send, "__self__", None)
    transport = getattr(owner, "transport", None)
    return transport if isinstance(transport, asyncio.Transport) else None


async def _kill_connection(send: Send, *, reset: bool) -> None:
    """Close the client's connection now: RST (reset) or a plain FIN (truncated body)."""
    transport = _transport(send)
    if transport is None:
        raise ConnectionAbortedError("simulated connection failure")
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    # Let uvicorn see the disconnect before the app returns (else it logs an incomplete answer).
    for _ in range(3):
        await asyncio.sleep(0)
