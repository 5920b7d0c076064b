"""The tray icon and closing to the background, on a real X11 window (Xvfb) with a status area
and a notification server on a private D-Bus session bus (tests/ui/tray_xcb_driver.py).

While a video is being made the tray shows it; closing the window (as a window manager does)
hides it and says so once; a video that finishes meanwhile is announced, and clicking the
notification brings the window back on the result; with nothing running, closing quits.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("tray_xcb_driver.py")


@pytest.mark.slow
def test_tray_and_closing_to_the_background_on_x11(tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None or shutil.which("dbus-daemon") is None:
        pytest.skip("needs xvfb-run and dbus-daemon (scripts/setup.sh --dev installs them)")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS")}
    run = subprocess.run(["xvfb-run", "-a", sys.executable, str(DRIVER), str(tmp_path / "home")],
                         capture_output=True, text=True, timeout=120, env=env)
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.returncode == 0 and lines, run.stdout + run.stderr
    result = json.loads(lines[-1])
    ready = ("Your video is ready", "“Mug video” is ready to watch and save.")
    still = "Jogg Desktop is still working"
    assert result["tray_available"] and result["tray_shown_while_running"]
    assert result["tooltip"] == "Jogg Desktop — making 1 video(s)"
    assert result["hidden_after_close"] and result["hidden_after_second_close"]
    assert [title for title, _ in result["background_messages"]] == [still]  # said once
    assert [tuple(n) for n in result["notifications"]][-1] == ready
    assert result["opened_by_click"] and result["shown_by_click"]
    assert not result["quit_while_running"] and result["quit_when_idle"]
