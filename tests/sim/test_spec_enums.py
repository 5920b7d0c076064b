"""The simulator's enums are JoggAI's (docs/joggai/openapi-*.yaml), and it enforces them.

A value the client gets wrong must not pass both sides: the simulator checks requests against
the generated :mod:`jogg_desktop.sim.spec_enums`, never against the client's constants.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from jogg_desktop.api import v1
from jogg_desktop.api.client import JoggClient
from jogg_desktop.errors import InvalidRequestError
from jogg_desktop.models import Media, MediaKind, ProductDraft, VideoSettings
from jogg_desktop.sim import SimServer, spec_enums
from jogg_desktop.sim.spec_check import enum_problem
from tests.contract.openapi import request_schema
from tests.fixtures.sim import IN_PROCESS_BASE, InProcessSim
from tests.sim.helpers import RENDER_BODY, api, manual_product

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    path = ROOT / "scripts" / "gen_spec_enums.py"
    loaded = importlib.util.spec_from_file_location("gen_spec_enums", path)
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


def test_the_generated_module_matches_the_specs() -> None:
    expected = _generator().render()
    actual = (ROOT / "jogg_desktop" / "sim" / "spec_enums.py").read_text(encoding="utf-8")
    assert actual == expected, "spec_enums.py is out of date: run scripts/gen_spec_enums.py"


def test_render_enums_are_the_specs_own() -> None:
    props = request_schema("POST", "/create_video_from_url")["properties"]
    table = spec_enums.BODY_ENUMS["POST /v1/create_video_from_url"]
    for field in ("aspect_ratio", "video_length", "language", "avatar_type", "script_style", "template_type"):
        assert table[field] == tuple(props[field]["enum"])
    assert len(table["language"]) == 54 and len(table["script_style"]) == 16
    v2 = spec_enums.BODY_ENUMS["POST /v2/create_video_from_product"]
    assert v2["script.style"][1] == "Storytime" and v2["video_spec.aspect_ratio"] == (
        "portrait",
        "landscape",
        "square",
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"script_style": "Storytime"}, "script_style"),  # a v2-only style sent to v1
        ({"language": "English"}, "language"),  # the label instead of the value
        ({"aspect_ratio": "portrait"}, "aspect_ratio"),  # v2's spelling sent to v1
        ({"aspect_ratio": True}, "aspect_ratio"),  # a bool is not the int 1
        ({"video_length": 30}, "video_length"),  # an int where the spec wants "30"
        ({"template_type": "library"}, "template_type"),
    ],
)
def test_values_outside_the_spec_are_found(change: dict[str, object], field: str) -> None:
    problem = enum_problem("POST /v1/create_video_from_url", {**RENDER_BODY, **change}, {})
    assert problem is not None and problem[0] == field
    assert enum_problem("POST /v1/create_video_from_url", RENDER_BODY, {}) is None


def test_nested_list_and_query_values_are_checked() -> None:
    media = {"product_id": "p", "media": [{"type": 1, "url": "https://x/a.jpg"}, {"type": 3}]}
    assert enum_problem("PUT /v1/product", media, {}) == ("media[1].type", "must be one of 1, 2")
    assert enum_problem("GET /v1/visual_styles", None, {"aspect_ratio": "-1"}) is None
    assert enum_problem("GET /v1/visual_styles", None, {"aspect_ratio": "3"}) is not None
    spec_v2 = {"video_spec": {"aspect_ratio": 1}}
    assert enum_problem("POST /v2/create_video_from_product", spec_v2, {}) == (
        "video_spec.aspect_ratio",
        "must be one of portrait, landscape, square",
    )


def test_the_simulator_refuses_a_wrong_value_the_client_would_send(sim: SimServer, sim_key: str) -> None:
    """The client's own render body, with a style its constants could hold by mistake."""
    with api(sim.base_url, sim_key) as client:
        product_id = manual_product(client, sim.origin + "/media/shop/willow-ceramic-mug/1.jpg")
        wrong = dataclasses.replace(VideoSettings(avatar_id=81), script_style="Storytime")
        refused = client.post("/create_video_from_url", json=v1.render_body(product_id, wrong)).json()
    assert refused["code"] == 40000 and "script_style" in refused["msg"]
    assert refused["data"] is None
    assert sim.credits(sim_key) == 100  # refused before anything is charged


def test_a_query_outside_the_spec_is_refused(sim: SimServer, sim_key: str) -> None:
    with api(sim.base_url, sim_key) as client:
        reply = client.get("/voices", params={"language": "en-US"}).json()
    assert reply["code"] == 40000 and "language" in reply["msg"]


def test_the_real_client_gets_a_plain_error_for_a_value_outside_the_spec(
    sim_in_process: InProcessSim, sim_key: str
) -> None:
    """End to end through JoggClient (in process: a socket adds nothing to an enum check)."""
    sim = sim_in_process.server

    async def run() -> InvalidRequestError:
        client = JoggClient(sim_key, IN_PROCESS_BASE, transport=sim_in_process.transport)
        try:
            draft = ProductDraft(
                "Test mug", "A mug for tests.", media=(Media(MediaKind.IMAGE, "https://x.test/mug.jpg"),)
            )
            product = await client.create_product_manual(draft)
            wrong = VideoSettings(avatar_id=81, language="English")  # the label, not the value
            with pytest.raises(InvalidRequestError) as refused:
                await client.start_render(product.id, wrong)
            return refused.value
        finally:
            await client.aclose()

    refused = asyncio.run(run())
    assert "language" in (refused.server_message or "")
    assert len(sim.requests_to("POST", "/create_video_from_url")) == 1  # sent once, refused
    assert sim.credits(sim_key) == 100
