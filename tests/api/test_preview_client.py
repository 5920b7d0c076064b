"""The preview seam: tolerant parsing in both adapters, every parser typed-only, and the client
against the in-process simulator (no single-preview GET on v2: found in the list, across pages;
the paid calls through the never-resend path)."""

from __future__ import annotations

import asyncio
import contextlib
import random

import pytest

from jogg_desktop.api import v1, v2
from jogg_desktop.api.client import JoggClient
from jogg_desktop.api.generation import ApiGeneration
from jogg_desktop.api.retry import RetryPolicy
from jogg_desktop.api.throttle import PostThrottle
from jogg_desktop.errors import InvalidRequestError, JoggError, ProtocolError, RenderOutcomeUnknownError
from jogg_desktop.models import JobState, Media, MediaKind, ProductDraft, VideoSettings
from jogg_desktop.sim import Fault
from tests.api.test_parser_properties import random_json
from tests.fixtures.sim import IN_PROCESS_ORIGIN, SIM_KEY, InProcessSim

STYLES = ("FullScreen", "Avatar Bubble")


def test_v2_preview_answers_with_every_drift() -> None:
    starts = v2.parse_preview_starts({"previews": [
        {"visual_style": "FullScreen", "preview_id": "p1", "err_msg": ""},
        {"visual_style": "Avatar Bubble", "err_msg": "Style not available"},
        {"visual_style": "Not asked", "preview_id": "p9"},
        "junk",
    ]}, STYLES)
    assert [(s.style, s.preview_id, s.error_message) for s in starts] == [
        ("FullScreen", "p1", None), ("Avatar Bubble", None, "Style not available")]
    quiet = v2.parse_preview_starts({"previews": [{"visual_style": "FullScreen", "id": "p2"},
                                                  {"visual_style": "Avatar Bubble"}]}, STYLES)
    assert quiet[0].preview_id == "p2" and quiet[1].preview_id is None and quiet[1].error_message
    with pytest.raises(ProtocolError):
        v2.parse_preview_starts({"previews": []}, STYLES)
    page = v2.parse_preview_page({"previews": [
        {"id": "p1", "title": "T", "status": "completed", "video_url": "https://r/p1.mp4",
         "visual_style": "FullScreen", "created_at": 1640995200},
        {"id": "p2", "status": "processing"}, {"title": "no id", "status": "failed"}, 7,
    ], "total": "2"})
    first, second = page.items
    assert first.status.project_id == "p1" and first.status.state is JobState.DONE
    assert first.style == "FullScreen"
    assert second.style == "" and second.status.state is JobState.PROCESSING and page.total == 2


def test_v1_preview_answers() -> None:
    [start] = v1.parse_preview_starts({"project_id": "7321782d69884a869400beb255e3ca91"}, ["FullScreen"])
    assert start.preview_id == "7321782d69884a869400beb255e3ca91" and start.style == "FullScreen"
    with pytest.raises(ProtocolError):
        v1.parse_preview_starts({}, ["FullScreen"])
    with pytest.raises(InvalidRequestError):
        v1.start_previews("p", VideoSettings(), list(STYLES))  # one style per v1 request


def test_every_preview_parser_raises_only_typed_errors() -> None:
    rng = random.Random(14)
    parsers = [lambda d: v2.parse_preview_starts(d, STYLES), v2.parse_preview_page,
               lambda d: v1.parse_preview_starts(d, ["FullScreen"]), v1.parse_preview_page]
    for _ in range(2000):
        data = random_json(rng)
        for parse in parsers:
            with contextlib.suppress(JoggError):
                parse(data)


def _client(sim: InProcessSim, generation: ApiGeneration = ApiGeneration.V2) -> JoggClient:
    async def no_sleep(_seconds: float) -> None:
        return None

    return JoggClient(SIM_KEY, IN_PROCESS_ORIGIN, generation=generation, transport=sim.transport,
                      retry=RetryPolicy(max_attempts=3, base_delay=0.0, max_delay=0.0), sleep=no_sleep,
                      throttle=PostThrottle(limit=1000))  # the simulator's own limit still applies


def test_a_v2_preview_is_found_in_the_list_across_pages(sim_in_process: InProcessSim) -> None:
    client = _client(sim_in_process)
    settings = VideoSettings(avatar_id=81, script_style="Storytime")
    six = ["FullScreen", "Floating Avatar", "Up&Down Avatar", "Avatar Bubble", "Rotary Switch",
           "No Gaussian blur"]
    server = sim_in_process.server

    async def work() -> None:
        try:
            product = await client.create_product_manual(_draft())
            # Previews that end failed: no render child is started (in-process: no renders).
            server.inject(Fault(route="POST /create_video_from_product/preview_list", kind="render_fail",
                                times=-1))
            made = [start.preview_id for _ in range(9)
                    for start in await client.start_previews(product.id, settings, six)]
            assert len(set(made)) == 54  # more than one page of 50
            for preview_id in made:
                assert preview_id is not None
                assert (await client.get_preview(preview_id)).project_id == preview_id
            pages = {r.query["page"] for r in server.requests_to("GET", "/product_previews")}
            assert pages == {"1", "2"}
            with pytest.raises(ProtocolError):
                await client.get_preview("f" * 32)  # not listed: a transient "not yet" for the poller
            listed = await client.recent_previews(max_pages=1)
            assert listed is not None and len(listed) == 50
        finally:
            await client.aclose()

    asyncio.run(work())


def test_preview_requests_are_never_resent_once_they_may_have_arrived(sim_in_process: InProcessSim) -> None:
    client = _client(sim_in_process)
    server = sim_in_process.server

    async def work() -> None:
        try:
            product = await client.create_product_manual(_draft())
            server.inject(Fault(route="POST /create_video_from_product/preview_list", kind="http_502"))
            with pytest.raises(RenderOutcomeUnknownError):
                await client.start_previews(product.id, VideoSettings(avatar_id=81, script_style="Storytime"),
                                            list(STYLES))
            assert len(server.requests_to("POST", "/create_video_from_product/preview_list")) == 1
            server.inject(Fault(route="POST /create_video_from_product/render_single_preview",
                                kind="malformed_json", after_handler=True))
            with pytest.raises(RenderOutcomeUnknownError):
                await client.render_preview("anything")
            assert len(server.requests_to("POST", "/create_video_from_product/render_single_preview")) == 1
        finally:
            await client.aclose()

    asyncio.run(work())


def test_v1_has_no_list_of_previews_and_no_render_by_id(sim_in_process: InProcessSim) -> None:
    client = _client(sim_in_process, ApiGeneration.V1)

    async def work() -> None:
        try:
            assert await client.recent_previews() is None
            with pytest.raises(InvalidRequestError):
                await client.render_preview("abc")
            with pytest.raises(InvalidRequestError):  # more looks than one v1 request takes
                await client.start_previews("p", VideoSettings(), list(STYLES))
        finally:
            await client.aclose()

    asyncio.run(work())
    assert sim_in_process.server.requests == []


def _draft() -> ProductDraft:
    return ProductDraft("Mug", "A mug.", media=(Media(MediaKind.IMAGE, "https://res.jogg.ai/a.jpg"),))
