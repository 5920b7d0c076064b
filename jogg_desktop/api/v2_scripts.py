"""The v2 adapter's script suggestions (docs/joggai-api.md §8.15): ``POST /v2/ai_scripts`` answers a
task id; ``GET /v2/ai_scripts/results/{task_id}`` says ``pending|processing|completed|failed``
with ``data.generated_scripts[]`` or ``err_msg``.

Part of :mod:`jogg_desktop.api.v2` (it re-exports these): the only place that knows v2's names
for them (``video_length_seconds``, ``script_style``, ``product_info {source_type, data}``).
The request is charged (0.2 credit, §12): ``CHARGED``, never resent once it may have arrived.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from jogg_desktop.api.parsing import as_object, as_str, first
from jogg_desktop.api.retry import CallKind
from jogg_desktop.api.status import normalise_state
from jogg_desktop.api.transport import ApiCall
from jogg_desktop.api.v1_scripts import parse_suggestions
from jogg_desktop.errors import InvalidRequestError, ProtocolError
from jogg_desktop.models import JobState
from jogg_desktop.suggestions import ScriptRequest, ScriptTask, TaskState


def request_scripts(request: ScriptRequest) -> ApiCall:
    """``script_style`` is required: the client puts one of v2's six there (§6.5)."""
    if request.product_id.strip():
        product: dict[str, Any] = {"source_type": "id", "data": {"id": request.product_id}}
    elif request.name.strip() and request.description.strip():
        product = {"source_type": "details",
                   "data": {"name": request.name, "description": request.description}}
    else:
        raise InvalidRequestError("Please enter the product's name and description first.")
    body: dict[str, Any] = {
        "language": request.language,
        "video_length_seconds": str(int(request.length)),  # "15" | "30" | "60"
        "script_style": request.style,
        "product_info": product,
    }
    if request.target_audience.strip():
        body["target_audience"] = request.target_audience
    return ApiCall("POST", "/ai_scripts", CallKind.CHARGED, json=body)


def script_results(task_id: str) -> ApiCall:
    """The id goes in the path, escaped whole (ids are opaque, docs/joggai-api.md §6.9)."""
    return ApiCall("GET", f"/ai_scripts/results/{quote(task_id, safe='')}", CallKind.SAFE)


def parse_script_task(data: Any, task_id: str = "") -> ScriptTask:
    """The request's answer (a task id, waiting) or the results' (any status)."""
    obj = as_object(data)
    found_id = as_str(first(obj, "task_id", "id")).strip() or task_id
    if not found_id:
        raise ProtocolError(server_message="the script answer has no task id")
    raw_status = obj.get("status")
    suggestions = parse_suggestions(as_object(obj.get("data")) or obj)
    if raw_status is None:
        state = TaskState.DONE if suggestions else TaskState.WAITING
    else:
        state = {JobState.DONE: TaskState.DONE, JobState.FAILED: TaskState.FAILED,
                 JobState.DELETED: TaskState.FAILED}.get(normalise_state(raw_status), TaskState.WAITING)
    error = as_str(first(obj, "err_msg", "error_msg", "fail_msg")).strip()
    if not error:
        error = as_str(first(as_object(obj.get("error")), "message", "msg")).strip()
    return ScriptTask(task_id=found_id, state=state, suggestions=suggestions, error_message=error)
