"""The v1 adapter's script suggestions: ``POST /v1/ai_scripts``, synchronous (docs/joggai-api.md §9.10).

Part of :mod:`jogg_desktop.api.v1` (it re-exports these): the only place that knows v1's names
for them (``product_id`` or ``name`` + ``description``, ``video_length``, ``generated_scripts``).
Charged (0.2 credit, §12): the call is ``CHARGED``, never resent once it may have arrived.
"""

from __future__ import annotations

from typing import Any

from jogg_desktop.api.parsing import as_object
from jogg_desktop.api.retry import CallKind
from jogg_desktop.api.script_parsing import parse_suggestions
from jogg_desktop.api.transport import ApiCall
from jogg_desktop.errors import InvalidRequestError
from jogg_desktop.suggestions import ScriptRequest, ScriptTask, TaskState


def request_scripts(request: ScriptRequest) -> ApiCall:
    """By product id where there is one, else by name and description (both needed, §9.10)."""
    body: dict[str, Any] = {"language": request.language, "video_length": str(int(request.length))}
    if request.product_id.strip():
        body["product_id"] = request.product_id
    elif request.name.strip() and request.description.strip():
        body["name"] = request.name
        body["description"] = request.description
    else:
        raise InvalidRequestError("Please enter the product's name and description first.")
    if request.target_audience.strip():
        body["target_audience"] = request.target_audience
    return ApiCall("POST", "/ai_scripts", CallKind.CHARGED, json=body, long=True)


def script_results(task_id: str) -> None:
    """v1 answers at once: there are no results to fetch later."""
    return None


def parse_script_task(data: Any, task_id: str = "") -> ScriptTask:
    """The synchronous answer: done, with whatever scripts it holds."""
    return ScriptTask(task_id=task_id, state=TaskState.DONE, suggestions=parse_suggestions(as_object(data)))
