"""JoggAI's response envelope ``{rid, code, msg, data}`` and its error codes (docs/joggai-api.md §3, §4)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.responses import Response

OK = 0
RATE_LIMITED = 429
NOT_FOUND = 10104
INVALID_KEY = 10105
PARAM_VALIDATION = 18001
NO_CREDIT = 18020
NO_PERMISSION = 18025
PARAM_ERROR = 40000
SYSTEM_ERROR = 50000

MESSAGES: dict[int, str] = {
    OK: "success",
    RATE_LIMITED: "Rate limit exceeded. Please try again later.",
    NOT_FOUND: "Record not found",
    INVALID_KEY: "Invalid API key",
    PARAM_VALIDATION: "Parameter error",
    NO_CREDIT: "Insufficient credit",
    NO_PERMISSION: "No permission to call APIs",
    PARAM_ERROR: "Parameter error",
    SYSTEM_ERROR: "System error",
}

# docs/joggai-api.md §8.1: the only known wording of a crawl failure. Its code is undocumented; the sim
# answers 40000 (parameter error) because the cause is the URL the caller sent: retrying the
# same URL will not help, entering the product by hand will.
CRAWL_FAILED_MSG = "Failed to extract product information"


def new_rid() -> str:
    return uuid.uuid4().hex


def body(code: int, data: Any = None, msg: str | None = None, *, with_data: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"rid": new_rid(), "code": code, "msg": msg or MESSAGES.get(code, "error")}
    if with_data:
        out["data"] = data
    return out


def encode(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def response(
    code: int,
    data: Any = None,
    msg: str | None = None,
    *,
    with_data: bool = True,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    """Business errors come back as HTTP 200 with a non-zero ``code``, as in every example."""
    return Response(
        encode(body(code, data, msg, with_data=with_data)),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def ok(data: Any = None, *, with_data: bool = True) -> Response:
    return response(OK, data, with_data=with_data)


def error(code: int, msg: str | None = None) -> Response:
    return response(code, None, msg)
