"""Writes jogg_desktop/sim/spec_enums.py: every enum JoggAI's specs declare on a request.

The simulator checks requests against these values, read from JoggAI's own specs in
docs/joggai/, so that a wrong value the client sends cannot pass because the simulator shares
the client's constants. Run it after updating a spec:

    .venv/bin/python scripts/gen_spec_enums.py          # rewrite the module
    .venv/bin/python scripts/gen_spec_enums.py --check  # exit 1 if the module is out of date
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = {"v1": ROOT / "docs/joggai/openapi-v1.yaml", "v2": ROOT / "docs/joggai/openapi-v2.yaml"}
TARGET = ROOT / "jogg_desktop/sim/spec_enums.py"
METHODS = ("get", "post", "put", "delete", "patch")
SHORT = 5  # lists up to this long are written where they are used

Enums = dict[str, dict[str, tuple[Any, ...]]]


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s ("#/components/...") to what they name."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _schema_enums(spec: dict[str, Any], schema: Any, prefix: str, out: dict[str, tuple[Any, ...]]) -> None:
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return
    if "enum" in schema and prefix:
        out[prefix] = tuple(schema["enum"])
    for part in schema.get("allOf", []):
        _schema_enums(spec, part, prefix, out)
    for name, sub in schema.get("properties", {}).items():
        _schema_enums(spec, sub, f"{prefix}.{name}" if prefix else name, out)
    if "items" in schema:
        _schema_enums(spec, schema["items"], f"{prefix}[]", out)


def _operation_enums(
    spec: dict[str, Any], op: dict[str, Any], shared: list[Any]
) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    body: dict[str, tuple[Any, ...]] = {}
    query: dict[str, tuple[Any, ...]] = {}
    content = _resolve(spec, op.get("requestBody", {})).get("content", {})
    for media in content.values():
        _schema_enums(spec, media.get("schema", {}), "", body)
    for param in [*shared, *op.get("parameters", [])]:
        param = _resolve(spec, param)
        schema = _resolve(spec, param.get("schema", {}))
        if param.get("in") == "query" and "enum" in schema:
            query[param["name"]] = tuple(schema["enum"])
    return body, query


def collect(spec: dict[str, Any], version: str) -> tuple[Enums, Enums]:
    """(body enums, query enums) by "METHOD /version/path", each {field path: values}."""
    body: Enums = {}
    query: Enums = {}
    prefix = "" if version == "v2" else f"/{version}"  # v2's paths already start with /v2
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method not in item:
                continue
            key = f"{method.upper()} {prefix}{path}"
            b, q = _operation_enums(spec, item[method], shared)
            if b:
                body[key] = b
            if q:
                query[key] = q
    return body, query


def _constant_names(tables: list[Enums]) -> dict[tuple[Any, ...], str]:
    """A named constant for each long list of values (languages, styles), after its first field."""
    names: dict[tuple[Any, ...], str] = {}
    taken: set[str] = set()
    for table in tables:
        for route in sorted(table):
            version = route.split("/")[1]
            for field in sorted(table[route]):
                values = table[route][field]
                if values in names or len(values) <= SHORT:
                    continue
                base = f"{version}_{field.rsplit('.', 1)[-1].replace('[]', '')}".upper()
                name, n = base, 2
                while name in taken:
                    name, n = f"{base}_{n}", n + 1
                names[values] = name
                taken.add(name)
    return names


def _literal(values: tuple[Any, ...]) -> str:
    inner = ", ".join(repr(v) for v in values)
    return f"({inner},)" if len(values) == 1 else f"({inner})"


def _prefix_of(values: tuple[Any, ...], names: dict[tuple[Any, ...], str]) -> str:
    """``OTHER[:n]`` when a longer named list starts with ``values`` (v1 has a 27-language list
    that is the start of its 54-language one), else ``""``."""
    for other, name in sorted(names.items(), key=lambda item: item[1]):
        if len(other) > len(values) and other[: len(values)] == values:
            return f"{name}[: {len(values)}]"
    return ""


def _formatted(source: str) -> str:
    """The module as ruff format writes it (so the check compares like with like)."""
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def render() -> str:
    body: Enums = {}
    query: Enums = {}
    for version, path in SPECS.items():
        b, q = collect(yaml.safe_load(path.read_text(encoding="utf-8")), version)
        body.update(b)
        query.update(q)
    names = _constant_names([body, query])
    lines = [
        '"""Every enum JoggAI\'s published specs declare on a request (docs/joggai/openapi-*.yaml).',
        "",
        "Generated by scripts/gen_spec_enums.py: do not edit; run it again after updating a spec.",
        'Keys are "METHOD /v1|v2/path", then the field (dotted, ``[]`` for list items) or query name.',
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "Values = tuple[str | int | bool, ...]",
        "",
    ]
    whole = [(v, n) for v, n in sorted(names.items(), key=lambda i: i[1]) if not _prefix_of(v, names)]
    slices = [(v, n) for v, n in sorted(names.items(), key=lambda i: i[1]) if _prefix_of(v, names)]
    lines += [f"{name}: Values = {_literal(values)}" for values, name in whole]
    lines += [f"{name}: Values = {_prefix_of(values, names)}" for values, name in slices]
    lines.append("")
    for table_name, table in (("BODY_ENUMS", body), ("QUERY_ENUMS", query)):
        lines.append(f"{table_name}: dict[str, dict[str, Values]] = {{")
        for route in sorted(table):
            lines.append(f"    {route!r}: {{")
            for field in sorted(table[route]):
                values = table[route][field]
                lines.append(f"        {field!r}: {names.get(values) or _literal(values)},")
            lines.append("    },")
        lines.append("}")
        lines.append("")
    return _formatted("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
