"""The demo simulator's child process entry: ``jogg_desktop.sim``, ended when the app ends.

The app holds this process's stdin open; when the app goes away — quit, crash or kill -9 — the
pipe closes, this notices the end of input and stops the simulator as its own SIGTERM would.
No Qt here (the simulator's own render children are separate processes).
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
import threading


def _stop_when_parent_goes() -> None:
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    os.kill(os.getpid(), signal.SIGTERM)


def main() -> None:
    threading.Thread(target=_stop_when_parent_goes, name="parent-watch", daemon=True).start()
    sys.argv = ["jogg_desktop.sim", *sys.argv[1:]]
    runpy.run_module("jogg_desktop.sim", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
