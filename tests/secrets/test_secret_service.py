"""The real Secret Service: gnome-keyring on a private D-Bus session, in a child process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from jogg_desktop.childproc import python_module_command

ROOT = Path(__file__).resolve().parents[2]
KEY = "secret-service-key-71c2"


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring (scripts/setup.sh installs them)",
)
def test_key_round_trip_through_gnome_keyring(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(run),
        "PYTHONPATH": str(ROOT),
    }
    child = " ".join(f"'{part}'" for part in python_module_command("tests.secrets.secret_service_child"))
    script = (
        "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        f"exec {child}"
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        input=KEY,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert KEY not in done.stdout + done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {
        "location": "secret_service",
        "description": "Saved in GNOME Keyring / Secret Service",
        "backend": "keyring.backends.SecretService.Keyring",
        "reloaded_matches": True,
        "after_forget": None,
    }
