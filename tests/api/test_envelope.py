from __future__ import annotations

import json

import pytest

from jogg_desktop.api.envelope import decode, retry_after_seconds
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


def body(**obj: object) -> bytes:
    return json.dumps(obj).encode()


def test_success_returns_data_rid_and_msg() -> None:
    env = decode(200, {}, body(rid="ab" * 16, code=0, msg="success", data={"x": 1}))
    assert env.data == {"x": 1}
    assert env.rid == "ab" * 16
    assert env.msg == "success"


def test_envelope_without_data_or_code_is_tolerated() -> None:
    assert decode(200, {}, body(code=0, msg="ok")).data == {"code": 0, "msg": "ok"}
    assert decode(200, {}, body(endpoint_id="e1")).data == {"endpoint_id": "e1"}
    assert decode(200, {}, body(code="0", data=[1])).data == [1]


@pytest.mark.parametrize(
    ("code", "cls"),
    [(10104, NotFoundError), (10105, AuthError), (18001, InvalidRequestError), (18020, NoCreditsError),
     (18025, NoPermissionError), (40000, InvalidRequestError), (50000, ServerError), (429, RateLimitedError)],
)
def test_envelope_codes_map_to_typed_errors_with_rid_and_msg(code: int, cls: type[JoggError]) -> None:
    with pytest.raises(cls) as info:
        decode(200, {}, body(rid="r1", code=code, msg="server words", data=None))
    err = info.value
    assert type(err) is cls
    assert (err.code, err.rid, err.server_message, err.http_status) == (code, "r1", "server words", 200)
    assert err.message and err.action
    assert "r1" in err.details() and "server words" in err.details()


def test_unknown_code_is_a_plain_jogg_error() -> None:
    with pytest.raises(JoggError) as info:
        decode(200, {}, body(code=77777, msg="new"))
    assert type(info.value) is JoggError and info.value.code == 77777


@pytest.mark.parametrize(
    ("status", "cls"),
    [(401, AuthError), (403, AuthError), (404, NotFoundError), (400, InvalidRequestError),
     (429, RateLimitedError), (500, ServerError), (502, ServerError), (503, ServerError),
     (418, ProtocolError)],
)
def test_http_status_without_envelope(status: int, cls: type[JoggError]) -> None:
    with pytest.raises(cls) as info:
        decode(status, {}, b"<html><body>Bad Gateway</body></html>")
    assert type(info.value) is cls and info.value.http_status == status


def test_non_2xx_with_envelope_code_uses_the_code() -> None:
    with pytest.raises(NoCreditsError):
        decode(400, {}, body(code=18020, msg="Insufficient credit"))
    with pytest.raises(ServerError):  # code 0 on a 500 is still a failure
        decode(500, {}, body(code=0, msg="success"))


def test_rate_limit_carries_retry_after() -> None:
    with pytest.raises(RateLimitedError) as info:
        decode(429, {"Retry-After": "7"}, body(code=429, msg="Rate limit exceeded."))
    assert info.value.retry_after == 7.0


@pytest.mark.parametrize("raw", [b"", b"{", b"<html>oops</html>", b"[1,2]", b'"text"', b"\xff\xfe", b"null"])
def test_unreadable_2xx_is_protocol_error(raw: bytes) -> None:
    with pytest.raises(ProtocolError):
        decode(200, {}, raw)


def test_unreadable_code_is_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        decode(200, {}, body(code="zero", data={}))


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"retry-after": "2.5"}) == 2.5
    assert retry_after_seconds({"Retry-After": "-3"}) == 0.0
    assert retry_after_seconds({}) is None
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=1445412470.0) == 10.0
