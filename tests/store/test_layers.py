"""#11 item 8 (the part this package owns): the store never imports the job runner."""

from __future__ import annotations

import ast
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "jogg_desktop" / "store"


def test_the_store_never_imports_jobs() -> None:
    for module in STORE.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [n for n in names if n.startswith("jogg_desktop.jobs")], module.name
