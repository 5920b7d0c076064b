"""JoggAI's official OpenAPI specs (docs/joggai/openapi-v1.yaml, -v2.yaml), read for contract tests.

Schemas come back with every ``$ref`` resolved inline, ready for ``jsonschema``. The spec's
known defects (docs/joggai/README.md) are not patched here: each contract test names the defects it
works around, so they stay visible.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "docs" / "joggai"
SPEC_V1 = SPEC_DIR / "openapi-v1.yaml"
SPEC_V2 = SPEC_DIR / "openapi-v2.yaml"


@functools.cache
def spec(version: str = "v1") -> dict[str, Any]:
    """The official spec of one API generation (``"v1"`` or ``"v2"``)."""
    path = {"v1": SPEC_V1, "v2": SPEC_V2}[version]
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


def spec_v1() -> dict[str, Any]:
    return spec("v1")


def _resolve(node: Any, spec: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref in seen:
                return {}
            target: Any = spec
            for part in ref[2:].split("/"):
                target = target[part]
            return _resolve(copy.deepcopy(target), spec, (*seen, ref))
        return {k: _resolve(v, spec, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve(v, spec, seen) for v in node]
    return node


def _nullable(node: Any) -> Any:
    """OpenAPI 3.0 ``nullable: true`` → JSON Schema's type list."""
    if isinstance(node, dict):
        node = {k: _nullable(v) for k, v in node.items()}
        if node.pop("nullable", False) and isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        return node
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


def operation(method: str, path: str, version: str = "v1") -> dict[str, Any]:
    op: dict[str, Any] = spec(version)["paths"][path][method.lower()]
    return op


def request_schema(method: str, path: str, version: str = "v1") -> dict[str, Any]:
    body = operation(method, path, version)["requestBody"]["content"]["application/json"]["schema"]
    schema: dict[str, Any] = _nullable(_resolve(body, spec(version)))
    return schema


def response_schema(method: str, path: str, status: str = "200", version: str = "v1") -> dict[str, Any]:
    body = operation(method, path, version)["responses"][status]["content"]["application/json"]["schema"]
    schema: dict[str, Any] = _nullable(_resolve(body, spec(version)))
    return schema


def query_parameters(method: str, path: str, version: str = "v1") -> dict[str, dict[str, Any]]:
    params = operation(method, path, version).get("parameters", [])
    return {p["name"]: _resolve(p, spec(version)) for p in params if p.get("in") == "query"}


def validate(instance: Any, schema: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``instance`` breaks ``schema``."""
    jsonschema.validate(instance, schema, cls=jsonschema.Draft7Validator)
