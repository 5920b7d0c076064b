"""The v1 adapter's script suggestions: ``POST /v1/ai_scripts``, synchronous (docs/joggai-api.md §9.10).

Part of :mod:`jogg_desktop.api.v1` (it re-exports these): the only place that knows v1's names
for them (``product_id`` or ``name`` + ``description``, ``video_length``, ``generated_scripts``).
Charged (0.2 credit, §12): the call is ``CHARGED``, never resent once it may have arrived.

The answer's readers are shared with v2 (as v2 shares v1's product and catalog parsers): v1 sends
each script as one string, v2 as a list of paragraphs; the style may carry a stray full stop (the
v1 spec's example says ``Storytime.``). Tolerant like every parser here (§13 #8): an item without
text is skipped, never fatal.
"""

from __future__ import annotations

import re
from typing import Any

from jogg_desktop.api.parsing import as_object, as_str, first, first_list
from jogg_desktop.api.retry import CallKind
from jogg_desktop.api.transport import ApiCall
from jogg_desktop.errors import InvalidRequestError
from jogg_desktop.models import SCRIPT_STYLE_NOTES
from jogg_desktop.suggestions import ScriptRequest, ScriptSuggestion, ScriptTask, TaskState


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


_BREAKS = re.compile(r"\n\s*\n|\r\n\s*\r\n")


def paragraphs_of(value: Any) -> tuple[str, ...]:
    """A list of paragraphs, or one string split at blank lines (else at line breaks)."""
    if isinstance(value, list):
        parts = [as_str(item).strip() for item in value]
    else:
        text = as_str(value).strip()
        parts = _BREAKS.split(text) if _BREAKS.search(text) else text.splitlines()
    return tuple(" ".join(p.split()) for p in parts if p.strip())


def style_of(value: Any) -> str:
    """The style's name; a trailing full stop dropped when that names a known style."""
    name = as_str(value).strip()
    bare = name.rstrip(".").strip()
    return bare if bare in SCRIPT_STYLE_NOTES else name


def parse_suggestions(data: Any) -> tuple[ScriptSuggestion, ...]:
    """``generated_scripts[]`` (also under ``scripts``, or a bare list) → suggestions with text."""
    found: list[ScriptSuggestion] = []
    for raw in first_list(data, "generated_scripts", "scripts", "list", "items"):
        item = as_object(raw)
        paragraphs = paragraphs_of(first(item, "script_paragraphs", "paragraphs", "script", "content"))
        if paragraphs:
            found.append(ScriptSuggestion(style=style_of(first(item, "script_style", "style")),
                                          paragraphs=paragraphs))
    return tuple(found)
