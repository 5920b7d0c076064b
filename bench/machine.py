"""The machine a run happened on (printed above the table, stored in the JSON)."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def _os_name() -> str:
    try:
        info = platform.freedesktop_os_release()
        return f"{info.get('PRETTY_NAME', 'Linux')} (kernel {platform.release()})"
    except OSError:
        return f"{platform.system()} {platform.release()}"


def _qt_versions() -> str:
    # QtCore only: no QApplication in the harness process.
    import PySide6
    from PySide6 import QtCore

    return f"Qt {QtCore.qVersion()} (PySide6 {PySide6.__version__})"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "n/a"
    return f"{one:.2f}/{five:.2f}/{fifteen:.2f}"


def machine_info() -> dict[str, str]:
    ram = _ram_gib()
    return {
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "ram": f"{ram:.1f} GiB" if ram else "?",
        "os": _os_name(),
        "python": platform.python_version() + f" ({sys.implementation.name})",
        "qt": _qt_versions(),
    }


def describe(info: dict[str, str]) -> str:
    return (
        f"{info['cpu']}, {info['cores']} cores, {info['ram']} RAM; {info['os']}; "
        f"Python {info['python']}; {info['qt']}"
    )
