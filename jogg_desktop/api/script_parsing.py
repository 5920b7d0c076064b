"""Reading script suggestions from either generation's answer (docs/joggai-api.md §8.15, §9.10).

v1 sends each script as one string, v2 as a list of paragraphs; the style may carry a stray
full stop (the v1 spec's example says ``Storytime.``). Tolerant like every parser here (§13 #8):
an item without text is skipped, never fatal.
"""

from __future__ import annotations

import re
from typing import Any

from jogg_desktop.api.parsing import as_object, as_str, first, first_list
from jogg_desktop.models import SCRIPT_STYLE_NOTES
from jogg_desktop.suggestions import ScriptSuggestion

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
