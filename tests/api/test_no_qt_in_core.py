"""The core (``jogg_desktop/``) never imports PySide6 (or Qt bindings through qasync/shiboken).

Allowed: the simulator's child-process modules, ``jogg_desktop/sim/render*.py`` and
``jogg_desktop/sim/*child*.py``, which run in their own processes.
"""

from __future__ import annotations

import ast
import fnmatch
import subprocess
import sys
from pathlib import Path

import jogg_desktop

CORE = Path(jogg_desktop.__file__).resolve().parent
ALLOWED = ("sim/render*.py", "sim/*child*.py")
QT_MODULES = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6")


def _allowed(path: Path) -> bool:
    rel = path.relative_to(CORE).as_posix()
    return any(fnmatch.fnmatch(rel, pattern) for pattern in ALLOWED)


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names = [node.args[0].value]
        found += [f"{path.relative_to(CORE)}:{node.lineno} {n}" for n in names
                  if n.split(".")[0] in QT_MODULES]
    return found


def test_no_qt_import_statement_under_the_core() -> None:
    files = [p for p in CORE.rglob("*.py") if not _allowed(p)]
    assert len(files) > 10
    offending = [hit for path in files for hit in _qt_imports(path)]
    assert offending == []


def test_importing_every_core_module_loads_no_qt() -> None:
    script = f"""
import importlib, pkgutil, sys, fnmatch
import jogg_desktop
skip = {ALLOWED!r}
for info in pkgutil.walk_packages(jogg_desktop.__path__, "jogg_desktop."):
    rel = info.name.removeprefix("jogg_desktop.").replace(".", "/") + ".py"
    if info.name == "jogg_desktop.__main__" or any(fnmatch.fnmatch(rel, p) for p in skip):
        continue
    importlib.import_module(info.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in {QT_MODULES!r})
print("QT:", bad)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            cwd=CORE.parent)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "QT: []"


WIRE_NAMES = {"status_code", "status_desc", "avatar_type", "avatar_id", "project_id", "product_id",
              "audition_url", "template_type", "video_length", "script_style", "sign_url", "asset_id",
              # v2 (docs/joggai-api.md §8)
              "video_spec", "product_video_id", "video_id", "deducted_credit", "remaining_quota",
              "has_more", "asset_url", "portrait", "landscape", "file_size", "product_videos",
              # previews (docs/joggai-api.md §8.4, §8.5, §8.7)
              "visual_styles", "preview_id", "err_msg", "product_previews", "preview_list"}


def test_wire_names_stay_inside_the_adapters() -> None:
    """Only the adapters, api/v1.py and api/v2.py (and their parts, api/v1_*.py, api/v2_*.py), know
    field names and wire values of their generation."""
    files = [*(CORE / "api").glob("*.py"), *(CORE / "jobs").glob("*.py"), CORE / "cli.py",
             CORE / "suggestions.py", CORE / "suggestions_cli.py"]
    hits = []
    for path in files:
        if path.stem.split("_")[0] in ("v1", "v2") or path.name == "batch_model.py":
            continue  # batch_model.py: the batch CSV's own column names (avatar_id, …), for sellers
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in WIRE_NAMES:
                hits.append(f"{path.name}:{node.lineno} {node.value}")
    assert hits == []
