"""The v2 adapter's tolerant parsing (docs/joggai-api.md §13 drifts) and the v2 client against the simulator:
paging rules, escaped ids, uploads signed for a content type, credits, every parser typed-only."""

from __future__ import annotations

import asyncio
import contextlib
import random
from pathlib import Path
from typing import Any

import pytest

from jogg_desktop.api import v2
from jogg_desktop.api.generation import ApiGeneration
from jogg_desktop.errors import JoggError, ProtocolError
from jogg_desktop.models import AspectRatio, JobState, Ownership
from jogg_desktop.sim import SimServer
from tests.api.simtools import make_client, run
from tests.api.test_parser_properties import random_json


def test_render_id_under_either_name() -> None:
    assert v2.parse_project_id({"video_id": "abc", "status": "processing"}) == "abc"
    assert v2.parse_project_id({"product_video_id": "def"}) == "def"  # the guide's name (§13 #1)
    with pytest.raises(ProtocolError):
        v2.parse_project_id({"status": "processing"})


@pytest.mark.parametrize(("raw", "state"), [
    ("processing", JobState.PROCESSING), ("pending", JobState.QUEUED), ("completed", JobState.DONE),
    ("success", JobState.DONE), ("failed", JobState.FAILED), ("Completed", JobState.DONE),
    ("something new", JobState.PROCESSING),
])
def test_every_status_word(raw: str, state: JobState) -> None:
    status = v2.parse_project({"status": raw, "video_url": "https://res.jogg.ai/v.mp4"}, "id1")
    assert status.state is state and status.project_id == "id1"


def test_failure_and_cost_fields() -> None:
    failed = v2.parse_project({"status": "failed", "error": {"code": 50000, "message": "Insufficient media"},
                               "deducted_credit": "0"}, "x")
    assert failed.error_message == "Insufficient media" and failed.credits_charged == 0.0
    done = v2.parse_project({"data": None, "status": "success", "deducted_credit": 1.5,
                             "video_duration": 31.5, "created_at": 1640995200}, "x")
    assert done.credits_charged == 1.5 and done.duration == 31.5 and done.created_at is not None
    assert v2.parse_project({"status": "completed", "deducted_credit": -3}, "x").credits_charged is None


def test_history_page_and_other_answers() -> None:
    page = v2.parse_render_page({"videos": [{"id": "a", "title": "T", "status": "completed"},
                                            {"title": "no id", "status": "completed"}, "junk"],
                                 "total": "7", "page": 1})
    assert [r.project_id for r in page.items] == ["a"] and page.total == 7
    assert v2.parse_remaining_credits({"remaining_quota": 12.5}) == 12.5
    assert v2.parse_remaining_credits({}) is None
    music = v2.parse_music_page(
        {"music": [{"id": 1, "name": "m"}], "pagination": {"page": 2, "total_pages": 2}}, Ownership.PUBLIC)
    assert music.has_more is False and len(music.items) == 1
    voices = v2.parse_voice_page({"voices": [{"voice_id": "v", "audio_url": "https://a"}], "has_more": True},
                                 Ownership.PUBLIC)
    assert voices.has_more is True and voices.items[0].sample_url == "https://a"
    avatars = v2.parse_avatar_page({"avatars": [{"id": 5, "avatar_status": "processing"},
                                                {"id": 6, "status": 1}, {"avatar_id": 7}]}, Ownership.CUSTOM)
    assert [(a.id, a.ready) for a in avatars.items] == [(5, False), (6, True), (7, True)]


PARSERS: list[Any] = [
    lambda d: v2.parse_project(d, "p"), v2.parse_project_id, v2.parse_render_page,
    v2.parse_remaining_credits,
    lambda d: v2.parse_avatar_page(d, Ownership.PUBLIC), lambda d: v2.parse_voice_page(d, Ownership.CUSTOM),
    lambda d: v2.parse_music_page(d, Ownership.PUBLIC),
    lambda d: v2.parse_visual_styles(d, AspectRatio.SQUARE),
    v2.parse_product, v2.parse_account, lambda d: v2.parse_upload(d, "a.png"),
]


def test_every_v2_parser_raises_only_typed_errors() -> None:
    rng = random.Random(12)
    for _ in range(3000):
        data = random_json(rng)
        for parse in PARSERS:
            with contextlib.suppress(JoggError):  # anything else escaping fails the test
                parse(data)


def test_v2_client_against_the_simulator(sim: SimServer, tmp_path: Path) -> None:
    picture = tmp_path / "front view.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)

    async def work(c: Any) -> dict[str, Any]:
        assert c.generation is ApiGeneration.V2 and c.base_url == sim.origin + "/v2"
        return {
            "avatars": await c.list_avatars(AspectRatio.PORTRAIT),
            "custom": await c.list_custom_avatars(),
            "voices": await c.list_voices(),
            "musics": await c.list_musics(),
            "custom_musics": await c.list_custom_musics(),
            "styles": await c.list_visual_styles(),
            "balance": await c.remaining_credits(),
            "asset": await c.upload_asset(picture),
            "missing": await _missing(c),
        }

    got = run(make_client(sim.origin), work)
    assert got["avatars"] and all(a.aspect in (AspectRatio.PORTRAIT, None) for a in got["avatars"])
    assert got["custom"] and got["voices"] and got["musics"] and got["custom_musics"] == []
    assert got["styles"] and got["balance"] == 100.0
    assert got["missing"] == "NotFoundError"
    pages = [r.query for r in sim.requests if r.path == "/v2/avatars/public"]
    assert [q["page"] for q in pages] == ["1", "2"]  # page 2 brought nothing new: stop
    assert all(int(q["page_size"]) <= 100 for q in pages) and pages[0]["aspect_ratio"] == "portrait"
    assert [r.query.get("page") for r in sim.requests if r.path == "/v2/voices"] == ["1"]  # has_more false
    assert "aspect_ratio" not in next(r.query for r in sim.requests if r.path == "/v2/visual_styles")
    [sign] = sim.requests_to("POST", "/upload/asset")
    assert sign.json == {"filename": "front view.png", "content_type": "image/png", "file_size": 72}
    [put] = [r for r in sim.requests if r.method == "PUT" and r.path.startswith("/upload/")]
    assert put.headers["content-type"] == "image/png" and "x-api-key" not in put.headers
    assert got["asset"].startswith(sim.origin + "/media/assets/")
    assert any(r.path == "/v2/product_video/a/b%20c" or r.path == "/v2/product_video/a/b c"
               for r in sim.requests)


async def _missing(c: Any) -> str:
    try:
        await c.get_project("a/b c")  # escaped whole: one path segment on the wire
    except JoggError as err:
        return type(err).__name__
    return "found"


def test_one_post_budget_for_both_generations(sim: SimServer) -> None:
    client = make_client(sim.origin)
    assert client.for_generation(ApiGeneration.V1).throttle is client.throttle
    assert client.for_generation(ApiGeneration.V2) is client
    asyncio.run(client.aclose())


def test_a_wrong_address_is_named_without_a_fallback_call_on_v2(sim: SimServer) -> None:
    async def check(c: Any) -> None:
        await c.check_key()

    with pytest.raises(ProtocolError, match="does not answer like the JoggAI API"):
        run(make_client(sim.origin + "/not-the-api"), check)
    assert [r.path for r in sim.requests] == ["/not-the-api/v2/user/whoami"]
