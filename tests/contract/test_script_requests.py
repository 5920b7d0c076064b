"""The script-suggestion requests both adapters build validate against their generation's spec, and
the parsers read the specs' own example answers (docs/joggai-api.md §8.15, §9.10).

Spec defects handled here, by name (docs/joggai/README.md):
- PATHS_CARRY_VERSION: v2 paths are written with their ``/v2`` prefix (tests/contract/test_v2_requests.py).
- No request schema forbids unknown fields: each body's keys are checked against the declared
  properties, at every level.
- V1_STYLE_WITH_FULL_STOP: the v1 answer's example style is ``Storytime.``; the parser drops the
  stop where that names a known style.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jogg_desktop.api import v1, v2
from jogg_desktop.api.retry import CallKind
from jogg_desktop.errors import InvalidRequestError
from jogg_desktop.models import LANGUAGES, SCRIPT_STYLE_NOTES, VideoLength
from jogg_desktop.suggestions import ScriptRequest, TaskState
from tests.contract import openapi
from tests.contract.test_client_requests import check_body as check_v1_body
from tests.contract.test_v2_requests import check_body as check_v2_body
from tests.contract.test_v2_requests import check_query as check_v2_query
from tests.contract.test_v2_requests import spec_path

V2_STYLES = v2.capabilities.script_styles
BY_ID = ScriptRequest(product_id="NTQ0MTkzNjg", name="Bottle", description="Keeps cold.",
                      target_audience="hikers", language="french", length=VideoLength.LONG, style="Data")
BY_DETAILS = ScriptRequest(name="Bottle", description="Keeps cold.", length=VideoLength.MEDIUM)


def test_v1_request_by_id_or_by_details_and_charged() -> None:
    by_id = v1.request_scripts(BY_ID)
    check_v1_body(by_id)
    assert by_id.json == {"product_id": "NTQ0MTkzNjg", "language": "french", "video_length": "60",
                          "target_audience": "hikers"}
    details = v1.request_scripts(BY_DETAILS)
    check_v1_body(details)
    assert details.json == {"name": "Bottle", "description": "Keeps cold.", "language": "english",
                            "video_length": "30"}
    assert by_id.kind is details.kind is CallKind.CHARGED and by_id.method == "POST"
    assert v1.script_results("t") is None  # synchronous: nothing to fetch later


def test_v2_request_by_id_or_by_details_and_charged() -> None:
    by_id = v2.request_scripts(BY_ID)
    check_v2_body(by_id)
    assert by_id.json == {"language": "french", "video_length_seconds": "60", "script_style": "Data",
                          "product_info": {"source_type": "id", "data": {"id": "NTQ0MTkzNjg"}},
                          "target_audience": "hikers"}
    details = v2.request_scripts(BY_DETAILS)
    check_v2_body(details)
    assert details.json["product_info"] == {"source_type": "details",
                                            "data": {"name": "Bottle", "description": "Keeps cold."}}
    assert "target_audience" not in details.json
    assert by_id.kind is details.kind is CallKind.CHARGED


def test_v2_results_path_is_declared_and_escaped() -> None:
    call = v2.script_results("task/1 2")
    assert call.kind is CallKind.SAFE and call.method == "GET"
    template, params = spec_path(call)
    assert template == "/v2/ai_scripts/results/{task_id}" and params == {"task_id": "task%2F1%202"}
    check_v2_query(call)


@pytest.mark.parametrize("adapter", [v1, v2])
def test_a_product_with_neither_id_nor_details_is_refused_before_sending(adapter: object) -> None:
    for request in (ScriptRequest(), ScriptRequest(name="Only a name")):
        with pytest.raises(InvalidRequestError):
            adapter.request_scripts(request)  # type: ignore[attr-defined]


requests = st.builds(
    ScriptRequest,
    product_id=st.one_of(st.just(""), st.text(min_size=1, max_size=20)),
    name=st.text(max_size=20), description=st.text(max_size=40), target_audience=st.text(max_size=20),
    language=st.sampled_from([w for w, _ in LANGUAGES]), length=st.sampled_from(list(VideoLength)),
    style=st.sampled_from(V2_STYLES),
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(request=requests)
def test_every_request_validates(request: ScriptRequest) -> None:
    if not request.product_id.strip() and not (request.name.strip() and request.description.strip()):
        return
    check_v1_body(v1.request_scripts(request))
    check_v2_body(v2.request_scripts(request))


def _example(version: str, method: str, path: str) -> dict[str, object]:
    """An answer built from the spec's own examples of ``data``'s fields."""
    schema = openapi.response_schema(method, path, version=version)["allOf"][1]["properties"]["data"]

    def build(node: dict[str, object]) -> object:
        if "example" in node:
            return node["example"]
        if node.get("type") == "array":
            return [build(node["items"])]  # type: ignore[arg-type]
        return {k: build(v) for k, v in node.get("properties", {}).items()}  # type: ignore[union-attr]

    built = build(schema)
    assert isinstance(built, dict)
    return built


def test_the_parsers_read_the_specs_examples() -> None:
    answer = v1.parse_script_task(_example("v1", "POST", "/ai_scripts"))
    assert answer.state is TaskState.DONE
    [one] = answer.suggestions
    assert one.style == "Storytime" and one.style in SCRIPT_STYLE_NOTES  # V1_STYLE_WITH_FULL_STOP
    assert one.paragraphs and one.text.startswith("Ever tried drinking water while running?")

    task = v2.parse_script_task(_example("v2", "POST", "/v2/ai_scripts"))
    assert task.task_id == "task_123456789" and task.state is TaskState.WAITING
    result = v2.parse_script_task(_example("v2", "GET", "/v2/ai_scripts/results/{task_id}"), "t")
    assert result.state is TaskState.DONE and result.task_id == "task_123456789"
    [two] = result.suggestions
    assert two.style == "Storytime" and len(two.paragraphs) == 2


@pytest.mark.parametrize(("data", "state", "texts", "error"), [
    ({"task_id": "t", "status": "pending"}, TaskState.WAITING, 0, ""),
    ({"task_id": "t", "status": "processing"}, TaskState.WAITING, 0, ""),
    ({"task_id": "t", "status": "success", "data": {"generated_scripts": [
        {"script_style": "Data", "script_paragraphs": ["A.", " ", "B."]},
        {"script_style": "Data", "script_paragraphs": []}, "junk"]}}, TaskState.DONE, 1, ""),
    ({"task_id": "t", "status": "failed", "err_msg": "Failed to generate script"}, TaskState.FAILED, 0,
     "Failed to generate script"),
    ({"status": 5, "error": {"message": "boom"}}, TaskState.FAILED, 0, "boom"),
    ({"status": "who knows"}, TaskState.WAITING, 0, ""),
    ({"generated_scripts": [{"style": "Data", "script_paragraphs": "One.\n\nTwo."}]}, TaskState.DONE, 1, ""),
])
def test_v2_results_are_read_tolerantly(data: object, state: TaskState, texts: int, error: str) -> None:
    task = v2.parse_script_task(data, "t")
    assert task.state is state and len(task.suggestions) == texts and task.error_message == error
    for suggestion in task.suggestions:
        assert all(p.strip() for p in suggestion.paragraphs)


def test_v1_text_is_split_into_paragraphs() -> None:
    data = {"generated_scripts": [{"script_style": "Data", "script_paragraphs": "One.\nTwo.\n\n"},
                                  {"script_style": "Top 3 reasons", "script_paragraphs": ["A", "B"]},
                                  {"script_paragraphs": ""}]}
    first, second = v1.parse_script_task(data).suggestions
    assert first.paragraphs == ("One.", "Two.") and first.text == "One.\nTwo."
    assert second.paragraphs == ("A", "B")
    assert v1.parse_script_task(None).suggestions == ()
