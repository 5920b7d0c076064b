"""Requests checked against the enums JoggAI's published specs declare.

The allowed values come from :mod:`jogg_desktop.sim.spec_enums`, generated from the specs in
docs/joggai/, never from the client's own constants: a value the client gets wrong is refused
here as JoggAI would refuse it (envelope 40000 naming the field), instead of passing both sides.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from jogg_desktop.sim.spec_enums import BODY_ENUMS, QUERY_ENUMS, Values

__all__ = ["enum_problem"]


def enum_problem(route: str, body: Any, query: Mapping[str, str]) -> tuple[str, str] | None:
    """``(field, problem)`` for the first value outside its documented enum, else None.

    ``route`` is "METHOD /v1/path". Absent fields are not checked here (the handlers know
    which are required).
    """
    for name, allowed in QUERY_ENUMS.get(route, {}).items():
        raw = query.get(name)
        if raw not in (None, "") and raw not in {str(v) for v in allowed}:
            return name, _problem(allowed)
    for path, allowed in BODY_ENUMS.get(route, {}).items():
        for where, value in _values_at(body, path.split("."), ""):
            if not any(type(value) is type(a) and value == a for a in allowed):
                return where, _problem(allowed)
    return None


def _values_at(node: Any, parts: list[str], where: str) -> Iterator[tuple[str, Any]]:
    """Every value found at a dotted path (``media[].type``), with the field's name."""
    if not parts:
        yield where, node
        return
    if not isinstance(node, dict):
        return
    head, rest = parts[0], parts[1:]
    name, is_list = head.removesuffix("[]"), head.endswith("[]")
    if name not in node or node[name] is None:
        return
    field = f"{where}.{name}" if where else name
    if not is_list:
        yield from _values_at(node[name], rest, field)
    elif isinstance(node[name], list):
        for i, item in enumerate(node[name]):
            yield from _values_at(item, rest, f"{field}[{i}]")


def _problem(allowed: Values) -> str:
    if len(allowed) > 5:
        return "is not one of the documented values"
    return f"must be one of {', '.join(map(str, allowed))}"
