"""How to start a Python child process of the app, frozen or not.

A frozen (PyInstaller) app has no ``python -m``: ``main.py`` understands ``--child MODULE``
and runs that module as ``__main__``, so both cases use the same command shape. From source,
the child goes through ``main.py`` too, so it finds the project's packages whatever the
current folder is (``python -m`` would only find them from the project folder).
"""

from __future__ import annotations

import sys
from pathlib import Path

_MAIN = Path(__file__).resolve().parent.parent / "main.py"


def python_module_command(module: str, *args: str) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--child", module, *args]
    if _MAIN.is_file():
        return [sys.executable, str(_MAIN), "--child", module, *args]
    return [sys.executable, "-m", module, *args]
