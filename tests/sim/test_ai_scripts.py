"""The simulator's script suggestions (docs/joggai-api.md §8.15, §9.10): every answer validates
against its generation's official schema, suggestions come from the product's own text, each
call costs 0.2 credit (refusals nothing), and v2 tasks move pending → processing → completed,
or fail with ``err_msg`` under a ``render_fail`` fault.

Spec defects handled here, by name:
- NO_ERROR_SCHEMA: only successes are described; error answers (code != 0) are checked against
  the common envelope part (code + msg) with ``data`` null (docs/joggai-api.md §3).
- PATHS_CARRY_VERSION: v2 paths are written with their ``/v2`` prefix, v1's without ``/v1``.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from jogg_desktop.sim import Fault, SimServer
from tests.contract.openapi import response_schema, validate
from tests.fixtures.sim import SIM_KEY

PRODUCT = {"name": "Trail Mug, enamel", "description": "Holds 350 ml of coffee. Survives every campfire. "
           "Weighs only 180 g.", "target_audience": "weekend campers",
           "media": [{"type": 1, "url": "https://cdn.example/mug.jpg"}]}
V2_ASK = {"language": "english", "video_length_seconds": "15", "script_style": "Data"}
PAN = {"source_type": "details", "data": {"name": "Pan", "description": "Heavy."}}


def _schema(version: str, method: str, path: str) -> dict[str, Any]:
    template = "/v2/ai_scripts/results/{task_id}" if "/results/" in path else path
    if version == "v1":
        template = template.removeprefix("/v1")
    return copy.deepcopy(response_schema(method, template, version=version))


def _checked(response: httpx.Response) -> dict[str, Any]:
    """The answer's body, validated against its operation's schema (errors: NO_ERROR_SCHEMA)."""
    path = response.request.url.path
    version = path.split("/")[1]
    schema = _schema(version, response.request.method, path)
    body: dict[str, Any] = response.json()
    if body["code"] == 0:
        validate(body, schema)
    else:
        validate(body, schema["allOf"][0])
        assert body["data"] is None and body["msg"]
    return body


@pytest.fixture
def api(sim: SimServer) -> Any:
    with httpx.Client(base_url=sim.origin, headers={"x-api-key": SIM_KEY}, timeout=30) as client:
        yield client


def _product(api: httpx.Client, version: str) -> str:
    body = PRODUCT if version == "v1" else {k: v for k, v in PRODUCT.items() if k != "media"}
    product_id: str = api.post(f"/{version}/product", json=body).json()["data"]["product_id"]
    return product_id


def test_v1_answers_at_once_from_the_products_own_text(api: httpx.Client, sim: SimServer) -> None:
    product_id = _product(api, "v1")
    body = _checked(api.post("/v1/ai_scripts", json={"product_id": product_id, "language": "english",
                                                     "video_length": "30"}))
    scripts = body["data"]["generated_scripts"]
    assert [s["script_style"] for s in scripts] == ["Don't Worry", "Discovery", "Data", "Top 3 reasons"]
    for script in scripts:
        text = script["script_paragraphs"]
        assert isinstance(text, str) and "Trail Mug" in text and "Made for weekend campers." in text
        assert "Survives every campfire." in text and "Weighs only 180 g." in text
    openings = {s["script_paragraphs"].split("\n")[1] for s in scripts}
    assert len(openings) > 1  # each style leads with another selling point
    details = {"name": "Desk Lamp", "description": "Warm light. Dims by touch.", "language": "french",
               "video_length": "15"}
    by_details = _checked(api.post("/v1/ai_scripts", json=details))["data"]["generated_scripts"]
    assert "Desk Lamp" in by_details[0]["script_paragraphs"]
    assert sim.credits(SIM_KEY) == pytest.approx(100 - 0.4)


def test_v1_refusals_cost_nothing(api: httpx.Client, sim: SimServer) -> None:
    refused = [
        ({"language": "english", "product_id": "NOPE"}, 10104),
        ({"language": "english", "name": "Only a name"}, 40000),
        ({"language": "klingon", "name": "Lamp", "description": "Warm."}, 40000),
        ({"language": "english", "video_length": "20", "name": "Lamp", "description": "Warm."}, 40000),
        ({"name": "Lamp", "description": "Warm."}, 40000),
    ]
    for body, code in refused:
        assert _checked(api.post("/v1/ai_scripts", json=body))["code"] == code, body
    sim.set_credits(SIM_KEY, 0.1)
    assert _checked(api.post("/v1/ai_scripts", json={"language": "english", "name": "Lamp",
                                                     "description": "Warm."}))["code"] == 18020
    assert sim.credits(SIM_KEY) == pytest.approx(0.1)


def test_v2_task_moves_to_completed_with_the_asked_style_first(api: httpx.Client, sim: SimServer) -> None:
    clock = {"now": 1000.0}
    sim.ctx.config.clock = lambda: clock["now"]
    product_id = _product(api, "v2")
    ask = {**V2_ASK, "product_info": {"source_type": "id", "data": {"id": product_id}}}
    task_id = _checked(api.post("/v2/ai_scripts", json=ask))["data"]["task_id"]
    assert sim.credits(SIM_KEY) == pytest.approx(99.8)
    seen = []
    for step in (0.0, sim.ctx.config.script_seconds / 2, sim.ctx.config.script_seconds):
        clock["now"] = 1000.0 + step
        seen.append(_checked(api.get(f"/v2/ai_scripts/results/{task_id}"))["data"])
    assert [d["status"] for d in seen] == ["pending", "processing", "completed"]
    scripts = seen[-1]["data"]["generated_scripts"]
    assert [s["script_style"] for s in scripts] == ["Data", "Top 3 reasons", "Light marketing"]
    assert scripts[0]["script_paragraphs"][0] == "Here are the facts about Trail Mug."
    assert "Made for weekend campers." in scripts[0]["script_paragraphs"]
    details = {**V2_ASK, "target_audience": "cooks",
               "product_info": {"source_type": "details", "data": {"name": "Pan", "description": "Heavy."}}}
    assert _checked(api.post("/v2/ai_scripts", json=details))["code"] == 0
    assert sim.credits(SIM_KEY) == pytest.approx(99.6)


def test_v2_refusals_cost_nothing_and_a_task_can_fail(api: httpx.Client, sim: SimServer) -> None:
    sim.ctx.config.script_seconds = 0.0
    refused = [
        ({**V2_ASK, "product_info": {"source_type": "id", "data": {"id": "NOPE"}}}, 10104),
        ({**V2_ASK, "product_info": {"source_type": "details", "data": {"name": "Pan"}}}, 40000),
        ({**V2_ASK, "script_style": "Soft Selling", "product_info": PAN}, 40000),  # a v1 style
        ({**V2_ASK, "product_info": {"source_type": "url", "data": {}}}, 40000),
        ({"language": "english", "video_length_seconds": "15", "script_style": "Data"}, 40000),
    ]
    for body, code in refused:
        assert _checked(api.post("/v2/ai_scripts", json=body))["code"] == code, body
    assert _checked(api.get("/v2/ai_scripts/results/task_unknown"))["code"] == 10104
    assert sim.credits(SIM_KEY) == 100

    ask = {**V2_ASK, "product_info": PAN}
    sim.inject(Fault(route="POST /ai_scripts", kind="render_fail"))
    failed = _checked(api.post("/v2/ai_scripts", json=ask))["data"]["task_id"]
    result = _checked(api.get(f"/v2/ai_scripts/results/{failed}"))["data"]
    assert result["status"] == "failed" and result["err_msg"] and "data" not in result
    fine = _checked(api.post("/v2/ai_scripts", json=ask))["data"]["task_id"]
    sim.inject(Fault(route="GET /ai_scripts/results/*", kind="render_fail"))
    assert _checked(api.get(f"/v2/ai_scripts/results/{fine}"))["data"]["status"] == "failed"
    assert sim.credits(SIM_KEY) == pytest.approx(99.6)  # failed tasks were charged on request (§12)
    sim.set_credits(SIM_KEY, 0)
    assert _checked(api.post("/v2/ai_scripts", json=ask))["code"] == 18020
