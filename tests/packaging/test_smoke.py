"""``main.py --smoke`` from the source tree: one OK line and exit 0, or one FAILED line and exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_smoke(tmp_path: Path, *args: str, drop: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(QT_QPA_PLATFORM="offscreen", JOGG_DESKTOP_HOME=str(tmp_path / "home"))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_smoke_prints_one_ok_line(tmp_path: Path) -> None:
    out = tmp_path / "smoke.txt"
    done = run_smoke(tmp_path, "--smoke-out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    [line] = done.stdout.splitlines()
    assert line.startswith("Jogg Desktop ") and " smoke OK: platform=offscreen, keyring=" in line
    for part in ("multimedia=ffmpeg", "resources=icon", "core=jogg_desktop", "frozen=no"):
        assert part in line
    if (ROOT / "jogg_desktop" / "sim" / "__main__.py").exists():
        assert "child=jogg_desktop.sim" in line
    assert out.read_text(encoding="utf-8") == line + "\n"


def test_keyring_round_trip_without_a_secret_service_fails_clearly(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    # The child gets no session bus: no Secret Service, so keyring has no usable backend.
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke", "--smoke-keyring"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        env={**{k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"},
             "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(run),
             "JOGG_DESKTOP_HOME": str(tmp_path / "home")},
    )
    assert done.returncode == 1
    [line] = done.stdout.splitlines()
    assert " smoke FAILED: keyring: " in line, line


def test_an_unexpected_error_is_one_failed_line_not_a_traceback(
    qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    # A windowed build shows a modal dialog for an uncaught exception: CI would hang on it.
    from ui import smoke

    def broken() -> str:
        raise RuntimeError("a plugin crashed")

    monkeypatch.setattr(smoke, "check_multimedia", broken)
    out = tmp_path / "smoke.txt"
    assert smoke.run_smoke(["--smoke", "--smoke-out", str(out)]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert line.endswith(" smoke FAILED: multimedia: unexpected RuntimeError: a plugin crashed"), line
    assert out.read_text(encoding="utf-8") == line + "\n"
