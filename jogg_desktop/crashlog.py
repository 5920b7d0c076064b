"""Hard crashes leave a report behind: Python's faulthandler writes into the log folder.

A segfault or abort in Qt or a native library kills the process before any Python handler runs,
so the crash dialog never shows. :func:`start` points :mod:`faulthandler` at a file in
``paths.log_dir()``; the next start finds it non-empty, keeps it as ``last-crash.txt`` and
hands the text back (API key redacted) for the app to offer. A clean exit leaves the file empty.
"""

from __future__ import annotations

import faulthandler
import os
import sys
from pathlib import Path
from typing import IO

import jogg_desktop
from jogg_desktop import paths

FAULT_FILE = "faulthandler.log"
KEPT_FILE = "last-crash.txt"

_open: IO[str] | None = None
_previous: str | None = None


def start(log_dir: Path | None = None) -> str | None:
    """Take the last run's crash report (if any), then record this run's. Call once, early."""
    global _open, _previous
    folder = log_dir or paths.log_dir()
    _previous = take_previous(folder)
    _open = (folder / FAULT_FILE).open("w", encoding="utf-8")  # kept open: written at the crash
    _open.write(f"Jogg Desktop {jogg_desktop.__version__}, Python {sys.version.split()[0]} on {_system()}\n")
    _open.flush()
    faulthandler.enable(file=_open, all_threads=True)
    return _previous


def _system() -> str:
    """The OS in a few words, without ``platform`` (its ``platform()`` runs ``uname -p`` as a
    child process: too slow for the first thing the app does)."""
    if sys.platform == "win32":
        version = sys.getwindowsversion()
        return f"Windows {version.major}.{version.minor}.{version.build}"
    system = os.uname()
    return f"{system.sysname} {system.release} {system.machine}"


def previous_report() -> str | None:
    """What :func:`start` found from the last run, or None (no crash, or not started)."""
    return _previous


def take_previous(log_dir: Path) -> str | None:
    """The crash report a run left in ``log_dir``, redacted; kept as ``last-crash.txt``."""
    fault_file = log_dir / FAULT_FILE
    try:
        text = fault_file.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    if "Fatal Python error" not in text:  # a clean exit leaves only the header line
        return None
    from jogg_desktop import logs

    report = logs.redact(text.strip() + "\n")
    (log_dir / KEPT_FILE).write_text(report, encoding="utf-8")
    fault_file.unlink(missing_ok=True)
    return report
