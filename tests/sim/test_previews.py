"""The simulator's previews on both generations: every answer against JoggAI's specs, and what
makes them previews (short, small, marked, in their style, half the price, faults per style).

Spec defects named here (docs/joggai/README.md):
- PROJECT_ID_IS_HEX (v1): ``POST /preview`` types ``data.project_id`` as integer; JoggAI sends a
  32-hex string, as for the render (tests/sim/test_contract.py).
- PREVIEW_LIST_NO_STYLE (v2): the items of ``GET /product_previews`` have no ``visual_style`` in
  the list's schema, though the spec's own ``PreviewInfo`` has it; the sim sends it (checked as
  a string here), and the client reads it where present (jobs/previews.py settles by it).
- NO_ERROR_SCHEMA: error answers are checked against the envelope's common part.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import httpx
import pytest
from PySide6.QtGui import QImage

from jogg_desktop.sim import Fault, SimServer
from jogg_desktop.sim.previews import PREVIEW_SECONDS, STYLE_FAILED_MSG
from jogg_desktop.sim.render import style_hue
from tests.contract.openapi import response_schema, validate
from tests.fixtures.sim import SIM_KEY
from tests.sim.helpers import RENDER_BODY

HEX32 = re.compile(r"^[0-9a-f]{32}$")
PREVIEW_LIST = "/create_video_from_product/preview_list"
SINGLE = "/create_video_from_product/render_single_preview"
STYLES = ["FullScreen", "Avatar Bubble", "Rotary Switch"]
V2_BODY: dict[str, Any] = {
    "visual_styles": STYLES, "language": "english",
    "video_spec": {"aspect_ratio": "portrait", "length": "15", "caption": True, "name": "Compare 1"},
    "avatar": {"id": 81, "type": 0}, "voice": {}, "audio": {},
    "script": {"style": "Storytime", "language": "english"},
}
V1_BODY = {k: v for k, v in RENDER_BODY.items() if k != "music_id"}


def _v2_schema(method: str, template: str) -> dict[str, Any]:
    schema = copy.deepcopy(response_schema(method, f"/v2{template}", version="v2"))
    if template == "/product_previews":
        item = schema["allOf"][1]["properties"]["data"]["properties"]["previews"]["items"]
        item["properties"]["visual_style"] = {"type": "string"}  # PREVIEW_LIST_NO_STYLE
        item["properties"]["status"]["enum"].append("pending")  # STATUS_PENDING_UNDECLARED
    return schema


def _v1_schema(method: str, route: str) -> dict[str, Any]:
    schema = copy.deepcopy(response_schema(method, route))
    if route == "/preview":
        data = schema["allOf"][1]["properties"]["data"]
        data["properties"]["project_id"] = {"type": "string", "pattern": HEX32.pattern}  # PROJECT_ID_IS_HEX
    return schema


def _valid(answer: httpx.Response, schema: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = answer.json()
    if body["code"] == 0:
        validate(body, schema)
    else:  # NO_ERROR_SCHEMA
        validate(body, schema["allOf"][0])
        assert body["data"] is None and body["msg"]
    return body


def _finish(server: SimServer, project_id: str) -> None:
    assert server.wait_for_render(project_id, 120)
    server.ctx.state.projects[project_id].started -= 60  # the timeline over, without waiting


def _product(client: httpx.Client, server: SimServer) -> str:
    made = client.post("/product", json={"url": server.demo_product_urls()[0]}).json()["data"]
    return str(made["product_id"])


def test_v2_preview_answers_match_the_spec_and_one_style_fails_alone(sim: SimServer) -> None:
    sim.inject(Fault(route="POST " + PREVIEW_LIST, kind="style_fail", msg="Avatar Bubble"))
    with httpx.Client(base_url=sim.base_url_v2, headers={"x-api-key": SIM_KEY}, timeout=60) as client:
        body = {**V2_BODY, "product_id": _product(client, sim)}
        started = _valid(client.post(PREVIEW_LIST, json=body), _v2_schema("POST", PREVIEW_LIST))
        previews = started["data"]["previews"]
        assert [p["visual_style"] for p in previews] == STYLES
        failed = previews[1]
        assert failed["err_msg"] == STYLE_FAILED_MSG and not failed["preview_id"]
        ids = [p["preview_id"] for p in previews if p["preview_id"]]
        assert len(ids) == 2 and all(not p["err_msg"] for p in (previews[0], previews[2]))
        assert sim.credits(SIM_KEY) == 100 - 2 * 0.5  # half a credit each, the failed style free

        listing = _valid(client.get("/product_previews"), _v2_schema("GET", "/product_previews"))["data"]
        assert {p["id"] for p in listing["previews"]} == set(ids) and listing["total"] == 2
        assert {p["visual_style"] for p in listing["previews"]} == {"FullScreen", "Rotary Switch"}
        assert all(p["title"] == "Compare 1" for p in listing["previews"])
        too_early = _valid(client.post(SINGLE, json={"preview_id": ids[0]}), _v2_schema("POST", SINGLE))
        assert too_early["code"] == 40000  # a preview must be finished first

        for preview_id in ids:
            _finish(sim, preview_id)
        done = _valid(client.get("/product_previews", params={"status": 4, "page_size": 1}),
                      _v2_schema("GET", "/product_previews"))["data"]
        assert done["total"] == 2 and len(done["previews"]) == 1 and done["previews"][0]["video_url"]
        assert client.get(f"/product_video/{ids[0]}").json()["code"] == 10104  # not a product video
        assert client.get("/product_videos").json()["data"]["total"] == 0

        full = _valid(client.post(SINGLE, json={"preview_id": ids[1]}), _v2_schema("POST", SINGLE))
        video_id = full["data"]["video_id"]
        assert sim.credits(SIM_KEY) == 100 - 1 - 1  # the full video costs a render's price
        assert client.get(f"/product_video/{video_id}").json()["code"] == 0
        assert sim.ctx.state.projects[video_id].style == "Rotary Switch"
        assert client.post(SINGLE, json={"preview_id": "f" * 32}).json()["code"] == 10104

        refused = [
            client.post(PREVIEW_LIST, json={**body, "visual_styles": ["Nope"]}),
            client.post(PREVIEW_LIST, json={**body, "visual_styles": ["FullScreen", "FullScreen"]}),
            client.post(PREVIEW_LIST, json={**body, "language": "french"}),
            client.post(PREVIEW_LIST, json={**body, "script": {"language": "english"}}),
        ]
        codes = [_valid(r, _v2_schema("POST", PREVIEW_LIST))["code"] for r in refused]
        assert codes == [40000, 40000, 40000, 18001]
        sim.set_credits(SIM_KEY, 1.0)  # two previews fit, three do not: nothing is started
        poor = _valid(client.post(PREVIEW_LIST, json=body), _v2_schema("POST", PREVIEW_LIST))
        assert poor["code"] == 18020 and sim.credits(SIM_KEY) == 1.0


def test_v1_previews_are_projects_one_style_a_request(sim: SimServer) -> None:
    sim.inject(Fault(route="POST /preview", kind="style_fail", msg="Avatar Bubble"))
    with httpx.Client(base_url=sim.base_url, headers={"x-api-key": SIM_KEY}, timeout=60) as client:
        body = {**V1_BODY, "product_id": _product(client, sim)}
        answers = [client.post("/preview", json={**body, "visual_style": s}) for s in STYLES]
        bodies = [_valid(a, _v1_schema("POST", "/preview")) for a in answers]
        assert [b["code"] for b in bodies] == [0, 40000, 0]
        assert bodies[1]["msg"] == STYLE_FAILED_MSG
        assert sim.credits(SIM_KEY) == 99.0
        project_id = bodies[0]["data"]["project_id"]
        _finish(sim, project_id)
        answer = client.get("/project", params={"project_id": project_id})
        status = _valid(answer, _v1_schema("GET", "/project"))
        assert status["data"]["status_code"] == 4 and status["data"]["video_url"].endswith(".mp4")
        assert status["data"]["video_duration"] == 15  # the length asked for (the preview is shorter)
        extra = client.post("/preview", json={**body, "music_id": 13}).json()
        assert extra["code"] == 40000 and "music_id" in extra["msg"]


def test_a_preview_is_short_small_marked_and_in_its_style(sim: SimServer) -> None:
    sim.inject(Fault(route="POST " + PREVIEW_LIST, kind="render_fail", msg="Rotary Switch"))
    with httpx.Client(base_url=sim.base_url_v2, headers={"x-api-key": SIM_KEY}, timeout=60) as client:
        body = {**V2_BODY, "product_id": _product(client, sim)}
        previews = client.post(PREVIEW_LIST, json=body).json()["data"]["previews"]
    records = [sim.ctx.state.projects[p["preview_id"]] for p in previews]
    for record in records:
        assert record.kind == "preview" and record.credits == 0.5
        assert sim.wait_for_render(record.project_id, 120)
    fine, _, failed = records
    assert failed.fate == "fail" and fine.fate == ""  # render_fail hit only the style it named
    video = fine.video_path.read_bytes()
    assert video[4:8] == b"ftyp"
    cover = fine.cover_path.read_bytes()
    width, height = _jpeg_size(cover)
    assert (width, height) == (270, 480)  # a quarter of the simulator's 540×960 portrait render
    assert _mp4_seconds(video) == pytest.approx(PREVIEW_SECONDS, abs=0.5) and PREVIEW_SECONDS < 15
    assert records[0].video_path != records[1].video_path  # drawn per style, not one shared file
    for record in records[:2]:  # framed in the colour of its own look
        image = QImage()
        assert image.loadFromData(record.cover_path.read_bytes())
        edge = image.pixelColor(2, image.height() // 2)
        apart = abs(edge.hsvHue() - style_hue(record.style)) % 360
        assert min(apart, 360 - apart) <= 6, (record.style, edge.hsvHue())
    assert style_hue(records[0].style) != style_hue(records[1].style)


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from a JPEG's SOF marker."""
    pos = 2
    while pos < len(data):
        marker, length = data[pos + 1], int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(data[pos + 5 : pos + 7], "big")
            width = int.from_bytes(data[pos + 7 : pos + 9], "big")
            return width, height
        pos += 2 + length
    pytest.fail("no SOF marker")


def _mp4_seconds(data: bytes) -> float:
    """The movie's duration from its ``mvhd`` box (version 0 or 1)."""
    at = data.index(b"mvhd") + 4
    if data[at] == 1:
        scale = int.from_bytes(data[at + 20 : at + 24], "big")
        return int.from_bytes(data[at + 24 : at + 32], "big") / scale
    scale = int.from_bytes(data[at + 12 : at + 16], "big")
    return int.from_bytes(data[at + 16 : at + 20], "big") / scale
