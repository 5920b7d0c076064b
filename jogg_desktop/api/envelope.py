"""Turn one HTTP answer (status, headers, body bytes) into the envelope's data or a typed error.

docs/joggai-api.md §3: ``{"rid", "code", "msg", "data"}``; ``code == 0`` is success. HTTP status use is not
specified, so a non-2xx answer is a failure even when its JSON says ``code: 0``, and a 2xx answer
with ``code != 0`` is a failure too. An answer without ``code`` (some v1 docs show bare bodies)
is taken as success, its payload being ``data`` when present, else the whole object.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jogg_desktop.api.parsing import as_int, as_object, as_str
from jogg_desktop.errors import (
    AuthError,
    InvalidRequestError,
    JoggError,
    NoCreditsError,
    NoPermissionError,
    NotFoundError,
    ProtocolError,
    RateLimitedError,
    ServerError,
)

# Envelope codes (docs/joggai-api.md §4) → error class.
_CODE_ERRORS: dict[int, type[JoggError]] = {
    429: RateLimitedError,
    10104: NotFoundError,
    10105: AuthError,
    18001: InvalidRequestError,
    18020: NoCreditsError,
    18025: NoPermissionError,
    40000: InvalidRequestError,
    50000: ServerError,
}


@dataclass(frozen=True)
class Envelope:
    data: Any
    rid: str = ""
    msg: str = ""


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date); None when absent or unreadable."""
    raw = _header(headers, "retry-after")
    if not raw:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        try:
            seconds = when.timestamp() - (time.time() if now is None else now)
        except (OverflowError, ValueError, OSError):
            return None
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(0.0, seconds)


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return ""


def error_for_code(
    code: int, *, msg: str = "", rid: str = "", http_status: int | None = None,
    retry_after: float | None = None,
) -> JoggError:
    cls = _CODE_ERRORS.get(code)
    if cls is RateLimitedError:
        return RateLimitedError(
            retry_after=retry_after, code=code, server_message=msg, rid=rid, http_status=http_status
        )
    if cls is None:
        # An undocumented code: keep the server's words for support, offer a retry.
        return JoggError(code=code, server_message=msg, rid=rid, http_status=http_status)
    return cls(code=code, server_message=msg, rid=rid, http_status=http_status)


def error_for_status(
    status: int, *, msg: str = "", rid: str = "", retry_after: float | None = None
) -> JoggError:
    if status == 429:
        return RateLimitedError(retry_after=retry_after, server_message=msg, rid=rid, http_status=status)
    if status in (401, 403):
        return AuthError(server_message=msg, rid=rid, http_status=status)
    if status in (404, 410):
        return NotFoundError(server_message=msg, rid=rid, http_status=status)
    if status in (400, 422):
        return InvalidRequestError(server_message=msg, rid=rid, http_status=status)
    if status >= 500:
        return ServerError(server_message=msg, rid=rid, http_status=status)
    return ProtocolError(server_message=msg, rid=rid, http_status=status)


def _load_json(body: bytes) -> Any:
    try:
        text = body.decode("utf-8-sig")
        return json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _NOT_JSON


_NOT_JSON: Any = object()


def decode(status: int, headers: Mapping[str, str], body: bytes) -> Envelope:
    """The envelope of a successful answer, or raise the matching :class:`JoggError`."""
    retry_after = retry_after_seconds(headers)
    payload = _load_json(body)
    obj = as_object(payload) if payload is not _NOT_JSON else {}
    rid = as_str(obj.get("rid"))
    msg = as_str(obj.get("msg")) or as_str(obj.get("message"))
    raw_code = obj.get("code")
    code = as_int(raw_code)
    if not 200 <= status < 300:
        if code:
            raise error_for_code(code, msg=msg, rid=rid, http_status=status, retry_after=retry_after)
        raise error_for_status(status, msg=msg, rid=rid, retry_after=retry_after)
    if payload is _NOT_JSON:
        raise ProtocolError(server_message=_snippet(body), http_status=status)
    if not isinstance(payload, dict):
        raise ProtocolError(server_message="the answer is not a JSON object", http_status=status)
    if raw_code is not None and code is None:
        raise ProtocolError(server_message=f"unreadable code {raw_code!r:.40}", rid=rid, http_status=status)
    if code:
        raise error_for_code(code, msg=msg, rid=rid, http_status=status, retry_after=retry_after)
    data = payload.get("data", payload)
    return Envelope(data=data, rid=rid, msg=msg)


def _snippet(body: bytes) -> str:
    text = body[:120].decode("utf-8", "replace").strip()
    return f"not JSON: {text}" if text else "empty answer"
