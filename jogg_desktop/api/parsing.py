"""Tolerant readers for loosely typed JSON values (docs/joggai-api.md §13 #8: field names and types drift).

Every helper accepts any JSON value and never raises: a value of the wrong shape reads as
"absent" (``None`` / ``""`` / ``[]``), so unknown or odd fields are never fatal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

JsonObject = Mapping[str, Any]


def as_object(value: Any) -> JsonObject:
    return value if isinstance(value, Mapping) else {}


def as_str(value: Any) -> str:
    """Strings as they are; integers as their digits; anything else is absent ("")."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


def as_int(value: Any) -> int | None:
    """Integers, integral floats and decimal strings ("42") as int; anything else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in "+-":
            sign, digits = text[:1], text[1:]
        else:
            sign, digits = "", text
        if digits.isascii() and digits.isdigit() and len(digits) <= 30:
            return int(sign + digits)
    return None


def as_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def first(obj: JsonObject, *keys: str) -> Any:
    """The value of the first of ``keys`` present and not null in ``obj``."""
    for key in keys:
        value = obj.get(key)
        if value is not None:
            return value
    return None


def first_list(obj: Any, *keys: str) -> list[Any]:
    """The first list found under ``keys``; a bare list is accepted as the list itself."""
    if isinstance(obj, list):
        return list(obj)
    mapping = as_object(obj)
    for key in keys:
        value = mapping.get(key)
        if isinstance(value, list):
            return list(value)
    return []
