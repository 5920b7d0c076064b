"""10,000+ arbitrary or malformed answers through the envelope decoder and every v1 parser:
only the client's typed errors (JoggError) may escape. No socket: status/headers/bytes in.

Hypothesis' own recursive JSON strategies cost several ms per example on these machines, so
the 10,000-example property draws a seed and builds the answer with a small grammar-based
fuzzer (random JSON shaped like JoggAI answers, wrong types, truncation, HTML, raw bytes);
a second, smaller property uses hypothesis' native JSON strategy for its shrinking.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jogg_desktop.api import v1
from jogg_desktop.api.envelope import decode
from jogg_desktop.errors import JoggError
from jogg_desktop.models import AspectRatio, Ownership

KEYS = ["rid", "code", "msg", "data", "avatars", "voices", "musics", "music", "templates",
        "visual_styles", "product_id", "project_id", "id", "avatar_id", "voice_id", "status",
        "status_code", "status_desc", "video_url", "media", "type", "url", "name", "aspect_ratio",
        "audition_url", "audio_url", "total", "sign_url", "asset_id", "error", "created_at",
        "video_duration", "duration", "user", "email", "product", "project", "message", "err_msg"]
ODD_SCALARS: list[Any] = [
    None, True, False, 0, 1, 4, 5, 99, -1, 2**64, -(2**70), 1.5, 1e308, float("nan"), float("inf"),
    "", "0", "4", "99", "success", "1 success", "failed", "1e400", " 12 ", "１２", "\u2028", "NTQ0MTkzNjg",
    "https://res.jogg.ai/v.mp4", "http://", "../../etc/passwd", "\x00", "9:16", "landscape", "-5", "+7",
    "2026-11-27T00:00:00", "2026-13-45T99:99", 1e20, -1e20, 10**30,
]
STATUSES = [200, 200, 200, 201, 204, 206, 301, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503, 504]
HEADERS: list[dict[str, str]] = [
    {}, {"Content-Type": "application/json"}, {"Retry-After": "5"}, {"retry-after": "-1"},
    {"Retry-After": "1e999"}, {"Retry-After": "nan"}, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},
    {"Retry-After": "Mon, 99 Foo 0000"}, {"Retry-After": ""}, {"Content-Type": "text/html"},
]


def random_json(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 4 or roll < 0.45:
        if rng.random() < 0.7:
            return rng.choice(ODD_SCALARS)
        return "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(8)))
    if roll < 0.65:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(5))]
    keys = rng.sample(KEYS, rng.randrange(1, 7))
    return {k: random_json(rng, depth + 1) for k in keys}


def random_response(rng: random.Random) -> tuple[int, dict[str, str], bytes]:
    roll = rng.random()
    status = 200 if roll < 0.5 else rng.choice(STATUSES) if roll < 0.95 else rng.randrange(100, 600)
    headers = rng.choice(HEADERS)
    shape = rng.randrange(8)
    if shape == 0:
        body = rng.randbytes(rng.randrange(64))
    elif shape == 1:
        body = rng.choice([b"<html><h1>502 Bad Gateway</h1></html>", b"", b"null", b"\xef\xbb\xbf{}",
                           b'{"code":0,"data":' + b"[" * 3000 + b"]" * 3000 + b"}", b"\xff\xfe{}"])
    else:
        envelope: dict[str, Any] = {"code": 0 if rng.random() < 0.8 else rng.choice(ODD_SCALARS)}
        for key in ("rid", "msg"):
            if rng.random() < 0.5:
                envelope[key] = rng.choice(ODD_SCALARS)
        if rng.random() < 0.85:
            envelope["data"] = random_json(rng)
        value: Any = envelope if shape < 6 else random_json(rng)
        body = json.dumps(value, allow_nan=True).encode()
        if shape == 7:  # truncated mid-body
            body = body[: rng.randrange(len(body) + 1)]
    return status, headers, body


PARSERS: list[Callable[[Any], object]] = [
    lambda d: v1.parse_product(d, url="https://shop/p"),
    v1.parse_project_id,
    lambda d: v1.parse_project(d, "p"),
    lambda d: v1.parse_avatars(d, Ownership.PUBLIC),
    lambda d: v1.parse_avatars(d, Ownership.CUSTOM),
    lambda d: v1.parse_voices(d, Ownership.PUBLIC),
    lambda d: v1.parse_musics(d, Ownership.CUSTOM),
    lambda d: v1.parse_visual_styles(d, AspectRatio.PORTRAIT),
    lambda d: v1.parse_templates(d, Ownership.PUBLIC),
    v1.parse_upload,
    v1.parse_account,
]

COUNT = {"n": 0, "decoded": 0, "typed_errors": 0}


def feed(status: int, headers: dict[str, str], body: bytes) -> None:
    COUNT["n"] += 1
    try:
        envelope = decode(status, headers, body)
    except JoggError:
        COUNT["typed_errors"] += 1
        return
    COUNT["decoded"] += 1
    for parse in PARSERS:
        try:
            parse(envelope.data)
        except JoggError:
            COUNT["typed_errors"] += 1


@settings(max_examples=10_000, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**64))
def _only_typed_errors_escape(seed: int) -> None:
    feed(*random_response(random.Random(seed)))


def test_only_typed_errors_escape_the_parser() -> None:
    """The property, then a check that it really ran 10,000 answers (in the test, not a teardown:
    a subset of this module must not error)."""
    before = dict(COUNT)
    _only_typed_errors_escape()
    ran, decoded = COUNT["n"] - before["n"], COUNT["decoded"] - before["decoded"]
    assert ran >= 10_000, COUNT
    assert decoded > 2_500, COUNT  # enough answers got past the envelope to the parsers


native_json = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8),
              st.sampled_from(ODD_SCALARS)),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(KEYS), children, max_size=5)),
    max_leaves=8,
)


@settings(max_examples=500, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=native_json, status=st.sampled_from(STATUSES), code=st.sampled_from([0, 0, 429, 10105, "x"]))
def test_native_hypothesis_json_envelopes(data: Any, status: int, code: object) -> None:
    feed(status, {}, json.dumps({"code": code, "msg": "m", "data": data}).encode())
