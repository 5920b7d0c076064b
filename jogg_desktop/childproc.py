"""How to start a Python child process of the app, frozen or not.

A frozen (PyInstaller) app has no ``python -m``: ``main.py`` understands ``--child MODULE``
and runs that module as ``__main__``, so both cases use the same command shape.
"""

from __future__ import annotations

import sys


def python_module_command(module: str, *args: str) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--child", module, *args]
    return [sys.executable, "-m", module, *args]
